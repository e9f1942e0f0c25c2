"""Nothing typed in a dialog is lost (issue 17): the reason of a phone-entry correction, a contact's
corrected name / furigana / memo and a violation report's description survive a lock, a cancelled unlock
(which logs out) and a logout; they are kept encrypted in the database (never in a file in the clear),
come back when the same dialog is opened for the same record, and are forgotten once saved or cancelled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.consent import Outcome
from desktop.domain.roles import Area
from desktop.services import consent, kept, scripts
from desktop.services import session as session_service
from desktop.store import contacts_repo as crepo
from desktop.ui.dialogs_contact_edit import ContactEditDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.contacts import ContactsPage
from desktop.ui.pages.phone import CorrectionDialog, PhonePage
from desktop.ui.pages.violations.report_dialog import open_report_dialog
from tests.conftest import ADMIN_PASSWORD, FakeClock, login

pytestmark = pytest.mark.gui

REASON = "折り返しの電話で本人が拒否と訂正 marker-51d0"


@pytest.fixture
def admin_login(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[object]:
    consent.capture_phone(office, address="kazuko@example.jp", outcome=Outcome.AGREED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")), script_read_confirmed=True,
                          name="木村 和子", furigana="キムラ カズコ")
    office.logout()
    yield lambda: login(data_dir, "admin", ADMIN_PASSWORD, clock)


def _window(c: object) -> MainWindow:
    window = c.window  # type: ignore[attr-defined]
    assert isinstance(window, MainWindow)
    return window


def _files_hold(data_dir: Path, needle: str) -> bool:
    raw = needle.encode("utf-8")
    return any(raw in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def _unlock(qtbot, c, session) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(c.dialog, LoginDialog)
    c.dialog.password.setText(ADMIN_PASSWORD)
    c.dialog._submit()
    qtbot.waitUntil(lambda: not session.locked, timeout=10000)


def _cancel_unlock_and_login_again(qtbot, c, admin_login) -> session_service.Session:  # type: ignore[no-untyped-def]
    assert isinstance(c.dialog, LoginDialog)
    qtbot.keyClick(c.dialog, Qt.Key.Key_Escape)  # Esc on the unlock dialog: logged out
    assert c.session is None
    c.dialog.close()
    again = admin_login()
    c.open_main(again)
    return again  # type: ignore[no-any-return]


def _correction(c: object) -> CorrectionDialog:
    window = _window(c)
    window.select_area(Area.PHONE)
    page = window.pages[Area.PHONE]
    assert isinstance(page, PhonePage)
    page.load_today()
    page.today.selectRow(0)
    dialog = page.open_correction()
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    return dialog


def test_a_correction_reason_survives_lock_unlock_cancel_and_is_gone_once_saved(  # type: ignore[no-untyped-def]
        qtbot, controller, admin_login, data_dir: Path) -> None:
    session = admin_login()
    controller.open_main(session)
    dialog = _correction(controller)
    event_id = dialog.entry.event_id
    dialog.reason.setText(REASON)
    controller.lock()  # type → lock → unlock → the text is back in the same entry's correction
    assert session.locked and not dialog.isVisible() and dialog.reason.text() == ""
    assert not _files_hold(data_dir, "marker-51d0")  # kept encrypted, in no file in the clear
    _unlock(qtbot, controller, session)
    dialog = _correction(controller)
    assert dialog.entry.event_id == event_id and dialog.reason.text() == REASON
    assert "unsaved text was kept" in dialog.status.text()
    assert kept.peek(session, kept.slot("correction", event_id)) is None  # given back once
    controller.lock()  # type → lock → cancel the unlock (logs out) → log in again → the text is back
    again = _cancel_unlock_and_login_again(qtbot, controller, admin_login)
    dialog = _correction(controller)
    assert dialog.reason.text() == REASON
    dialog.to_other.setChecked(True)
    dialog.submit()  # save → nothing kept, even over the next lock
    assert not dialog.isVisible()
    assert [e.kind for e in crepo.events_for_contact(crepo.contact_by_key("kazuko@example.jp").id)] == [  # type: ignore[union-attr]
        "capture", "correction"]
    controller.lock()
    _unlock(qtbot, controller, again)
    assert kept.peek(again, kept.slot("correction", event_id)) is None


def test_a_cancelled_correction_is_not_kept(qtbot, controller, admin_login) -> None:  # type: ignore[no-untyped-def]
    session = admin_login()
    controller.open_main(session)
    dialog = _correction(controller)
    dialog.reason.setText(REASON)
    dialog.reject()  # キャンセル: discarded on purpose
    controller.lock()
    _unlock(qtbot, controller, session)
    assert kept.peek(session, kept.slot("correction", dialog.entry.event_id)) is None
    assert _correction(controller).reason.text() == ""


def _contact_edit(qtbot, c: object) -> ContactEditDialog:  # type: ignore[no-untyped-def]
    window = _window(c)
    window.select_area(Area.CONTACTS)
    page = window.pages[Area.CONTACTS]
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.current is not None, timeout=3000)
    dialog = page.open_edit()
    assert isinstance(dialog, ContactEditDialog) and dialog.isVisible()
    return dialog


def test_a_contact_correction_survives_logout_and_is_gone_once_saved(qtbot, controller, admin_login,  # type: ignore[no-untyped-def]
                                                                     data_dir: Path) -> None:
    session = admin_login()
    controller.open_main(session)
    dialog = _contact_edit(qtbot, controller)
    dialog.furigana.setText("キムラ カズコ（訂正）")
    dialog.memo.setPlainText("夕方に折り返し希望 marker-9a2f")
    controller.lock()
    assert not _files_hold(data_dir, "marker-9a2f")
    again = _cancel_unlock_and_login_again(qtbot, controller, admin_login)
    dialog = _contact_edit(qtbot, controller)
    assert (dialog.name.text(), dialog.furigana.text(), dialog.memo.toPlainText()) == (
        "木村 和子", "キムラ カズコ（訂正）", "夕方に折り返し希望 marker-9a2f")
    assert "unsaved text was kept" in dialog.message.text()
    _window(controller).logout_requested.emit()  # a plain logout keeps it too
    assert controller.session is None
    controller.dialog.close()
    again = admin_login()
    controller.open_main(again)
    dialog = _contact_edit(qtbot, controller)
    assert dialog.memo.toPlainText() == "夕方に折り返し希望 marker-9a2f"
    dialog.save()
    assert not dialog.isVisible()
    assert crepo.contact_memo(crepo.contact_by_key("kazuko@example.jp").id) == "夕方に折り返し希望 marker-9a2f"  # type: ignore[union-attr]
    controller.lock()
    _unlock(qtbot, controller, again)
    assert kept.peek(again, kept.slot("contact", dialog.contact_id)) is None


def test_a_violation_report_survives_a_lock(qtbot, controller, admin_login) -> None:  # type: ignore[no-untyped-def]
    session = admin_login()
    controller.open_main(session)
    dialog = open_report_dialog(session, _window(controller))
    assert dialog is not None
    dialog.description.setPlainText("宛先を誤ってメールを送信しました。")
    dialog.facts.people.setText("1")
    controller.lock()
    _unlock(qtbot, controller, session)
    dialog = open_report_dialog(session, _window(controller))
    assert dialog is not None
    assert dialog.description.toPlainText() == "宛先を誤ってメールを送信しました。"
    assert dialog.facts.people.text() == "1"
    dialog.reject()
    assert kept.peek(session, kept.slot("violation", "new")) is None


def _requests_page(c: object):  # type: ignore[no-untyped-def]
    from desktop.ui.pages.requests import RequestsPage

    window = _window(c)
    window.select_area(Area.ADMIN)
    page = window.findChild(RequestsPage)
    assert page is not None
    return page


def test_a_new_rights_request_survives_a_cancelled_unlock(qtbot, controller, admin_login) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import requests as request_service

    session = admin_login()
    controller.open_main(session)
    dialog = _requests_page(controller).open_new()
    dialog.requester.setText("本人（電話）")
    dialog.address.setText("kazuko@example.jp")
    dialog.identity.setText("生年月日で確認")
    controller.lock()
    again = _cancel_unlock_and_login_again(qtbot, controller, admin_login)
    dialog = _requests_page(controller).open_new()
    assert (dialog.requester.text(), dialog.address.text(), dialog.identity.text()) == (
        "本人（電話）", "kazuko@example.jp", "生年月日で確認")
    dialog.submit()
    assert dialog.created is not None and not dialog.isVisible()
    assert [r.requester for r in request_service.list_requests(again)] == ["本人（電話）"]
    controller.lock()
    _unlock(qtbot, controller, again)
    assert kept.peek(again, kept.slot("request", "new")) is None


def test_a_new_script_version_survives_a_lock_and_is_not_kept_once_published(  # type: ignore[no-untyped-def]
        qtbot, controller, office, data_dir: Path, clock: FakeClock) -> None:
    from tests.conftest import add_user

    add_user(office, "manager", "manager")
    office.logout()
    password = "blue whale orbit 42"
    session = login(data_dir, "manager", password, clock)
    controller.open_main(session)

    def script_dialog():  # type: ignore[no-untyped-def]
        window = _window(controller)
        window.select_area(Area.PHONE)
        page = window.pages[Area.PHONE]
        assert isinstance(page, PhonePage)
        return page.open_script_dialog()

    dialog = script_dialog()
    published_ja = dialog.text_ja.toPlainText()
    dialog.version.setText("2027年版")
    dialog.text_ja.setPlainText(published_ja + "\n\n新しい段落です。")
    controller.lock()
    assert isinstance(controller.dialog, LoginDialog)
    controller.dialog.password.setText(password)
    controller.dialog._submit()
    qtbot.waitUntil(lambda: not session.locked, timeout=10000)
    dialog = script_dialog()
    assert dialog.version.text() == "2027年版"
    assert dialog.text_ja.toPlainText().endswith("新しい段落です。")
    assert "unsaved text was kept" in dialog.status.text()
    dialog.publish()
    assert dialog.status.text() == "Published.", dialog.status.text()
    assert scripts.current(session, "phone").paragraphs[-1] == "新しい段落です。"
    _window(controller).logout_requested.emit()  # the dialog still open: what it shows was published
    controller.dialog.close()
    again = login(data_dir, "manager", password, clock)
    assert kept.peek(again, kept.slot("script", "phone")) is None
    again.logout()

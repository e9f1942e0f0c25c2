"""電話受付 driven with the keyboard only: agree, refuse, duplicate, re-consent after unsubscribe,
correction. Japanese text arrives as committed IME text (``insert``), ASCII as key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.consent import Outcome
from desktop.services import consent, scripts, unsubscribe
from desktop.store import contacts_repo as crepo
from desktop.ui.pages.phone import PhonePage

pytestmark = pytest.mark.gui

NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def page(qtbot, office):  # type: ignore[no-untyped-def]
    page = PhonePage(office)
    qtbot.addWidget(page)
    page.resize(1100, 950)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.refresh()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.address)
    return page


def focus():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, mod: Qt.KeyboardModifier = NO, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(focus(), key, mod)


def tick_script(qtbot, page: PhonePage) -> None:  # type: ignore[no-untyped-def]
    """From the address field: Tab to each paragraph and tick it with Space."""
    for check in page.paragraph_checks:
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is check
        press(qtbot, Qt.Key.Key_Space)
        assert check.isChecked()


def test_agree_with_keyboard_only(qtbot, page: PhonePage) -> None:  # type: ignore[no-untyped-def]
    assert not page.agreed.isEnabled()
    qtbot.keyClicks(focus(), " Hanako.Yamada@GMIAL.com ")
    assert page.normalised.text().endswith("Hanako.Yamada@gmial.com")
    assert page.suggest.isVisible() and "Hanako.Yamada@gmail.com" in page.suggest.text()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert page.address.text() == "Hanako.Yamada@gmail.com" and focus() is page.address
    assert "ジー（ゴルフのG）" in page.readback.text()  # 復唱: letter names with a phonetic word
    tick_script(qtbot, page)
    assert page.agreed.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is page.name
    page.name.insert("山田 花子")
    press(qtbot, Qt.Key.Key_Tab)
    page.furigana.insert("ヤマダ ハナコ")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is page.memo
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focus(), "REC-0042")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is page.agreed
    press(qtbot, Qt.Key.Key_Space)
    assert page.agreed.isChecked()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "agreed and is on the send list" in page.result.text()
    assert focus() is page.address and page.address.text() == "" and page.name.text() == ""
    assert not any(c.isChecked() for c in page.paragraph_checks) and not page.agreed.isChecked()
    assert page.today.rowCount() == 1 and page.today.item(0, 1).text() == "Hanako.Yamada@gmail.com"
    contact = crepo.contact_by_key("hanako.yamada@gmail.com")
    assert contact is not None and contact.name == "山田 花子" and contact.status == "subscribed"
    (event,) = crepo.events_for_contact(contact.id)
    assert event.recording_ref == "REC-0042" and event.script_read_confirmed


def test_refuse_without_the_script_read_and_esc_clears(qtbot, page: PhonePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), "no.thanks@example.jp")
    press(qtbot, Qt.Key.Key_Tab, times=len(page.paragraph_checks) + 5)  # agreed is disabled: lands on refused
    assert focus() is page.refused
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "refused; no e-mail will be sent" in page.result.text()
    contact = crepo.contact_by_key("no.thanks@example.jp")
    assert contact is not None and contact.status == "refused"
    # Esc clears a half-typed entry and nothing is saved
    qtbot.keyClicks(focus(), "half@exa")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Escape)
    assert page.address.text() == "" and focus() is page.address
    # saving without an outcome, or with a bad address, explains and saves nothing
    qtbot.keyClicks(focus(), "bad@@example.jp")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "agreed or refused" in page.result.text()
    assert "more than one @" in page.problem.text()
    assert crepo.count_contacts() == 1


def test_duplicate_shows_status_and_history_before_saving(qtbot, page: PhonePage, office) -> None:  # type: ignore[no-untyped-def]
    consent.capture_phone(office, address="known@example.jp", outcome=Outcome.AGREED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")),
                          script_read_confirmed=True, name="既知 一郎")
    qtbot.keyClicks(focus(), "KNOWN@example.jp")
    qtbot.waitUntil(lambda: page.known_box.isVisible(), timeout=3000)
    text = page.known_box.text()
    assert "Known address: On the send list" in text and "既知 一郎" in text and "Capture" in text
    tick_script(qtbot, page)
    press(qtbot, Qt.Key.Key_Tab, times=5)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "agreed and is on the send list" in page.result.text()
    contact = crepo.contact_by_key("known@example.jp")
    assert contact is not None and len(crepo.events_for_contact(contact.id)) == 2  # same contact, new record


def test_reconsent_after_unsubscribe_needs_an_explicit_agreement(qtbot, page: PhonePage, office) -> None:  # type: ignore[no-untyped-def]
    consent.capture_phone(office, address="back@example.jp", outcome=Outcome.AGREED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")), script_read_confirmed=True)
    unsubscribe.record_request(office, address="back@example.jp", channel="email_reply")
    qtbot.keyClicks(focus(), "back@example.jp")
    qtbot.waitUntil(lambda: page.known_box.isVisible(), timeout=3000)
    assert "Unsubscribed" in page.known_box.text()
    assert "only if the caller now agrees explicitly" in page.known_box.text()
    tick_script(qtbot, page)
    assert "back on the send list" in page.agreed_hint.text()
    press(qtbot, Qt.Key.Key_Tab, times=5)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "agreed again and is back on the send list" in page.result.text()
    assert page.today.item(0, 3).text() == "Re-joined"


def test_correct_a_mistaken_entry(qtbot, page: PhonePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), "oops@example.jp")
    tick_script(qtbot, page)
    press(qtbot, Qt.Key.Key_Tab, times=5)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.today.rowCount() == 1
    # Shift+Tab from the address field walks back: the correct button, then today's list
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is page.correct_button
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is page.today
    press(qtbot, Qt.Key.Key_Down)
    assert page.selected_entry() is not None
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    dialog = page.correction_dialog
    assert dialog is not None and dialog.isVisible() and dialog.to_other.isChecked()
    qtbot.waitUntil(lambda: focus() is dialog.reason)
    press(qtbot, Qt.Key.Key_Return)  # no reason yet
    assert "Say why" in dialog.status.text() and dialog.isVisible()
    qtbot.keyClicks(focus(), "caller said no")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Correction saved" in page.result.text() and "Refused" in page.result.text()
    assert page.today.rowCount() == 2
    assert page.today.item(0, 3).text().startswith("Correction of #")
    assert "(corrected)" in page.today.item(1, 3).text()
    contact = crepo.contact_by_key("oops@example.jp")
    assert contact is not None and contact.status == "refused"
    assert [e.kind for e in crepo.events_for_contact(contact.id)] == ["capture", "correction"]


def test_doubt_and_legacy_warning_and_lock_clears(qtbot, page: PhonePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), "taro..x.@ezweb.ne.jp")
    assert "ezweb" in page.doubt.text() or "au.com" in page.doubt.text()
    assert page.doubt_buttons[1].isVisible() and page.doubt_buttons[1].text() == "au.com"
    assert "old carrier address" in page.warnings.text()
    assert page.problem.text() == ""
    page.clear()
    assert page.address.text() == "" and page.today.rowCount() == 0 and not page.known_box.isVisible()

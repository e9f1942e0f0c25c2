"""連絡先の修正 (issue 17): the dialog corrects name, furigana and memo; cancel and bad input lose nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from desktop.domain.consent import Outcome
from desktop.services import consent, scripts
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.ui.dialogs_contact_edit import ContactEditDialog
from desktop.ui.help import shortcut_rows
from desktop.ui.pages.contacts import ContactsPage
from tests.conftest import add_user, login

pytestmark = pytest.mark.gui


def capture(session, address: str, name: str, furigana: str) -> int:  # type: ignore[no-untyped-def]
    return consent.capture_phone(session, address=address, outcome=Outcome.AGREED,
                                 script=consent.ScriptShown.of(scripts.current(session, "phone")),
                                 script_read_confirmed=True, name=name, furigana=furigana).contact_id


def open_page(qtbot, session) -> ContactsPage:  # type: ignore[no-untyped-def]
    page = ContactsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.current is not None, timeout=3000)
    return page


def edit_dialog(qtbot, page: ContactsPage) -> ContactEditDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # the shortcut, as an office worker would
    qtbot.waitUntil(lambda: isinstance(page.edit_dialog, ContactEditDialog) and page.edit_dialog.isVisible(),
                    timeout=3000)
    dialog = page.edit_dialog
    assert isinstance(dialog, ContactEditDialog)
    return dialog


def test_correcting_name_furigana_and_memo(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    cid = capture(office, "taro@example.jp", "山田 太郎", "ヤマダ タロウ")
    page = open_page(qtbot, office)
    assert page.edit_button.isVisible()
    assert ("F2", "Contacts: correct the selected contact's name, furigana and memo") in shortcut_rows(
        page.findChildren(QAction))  # listed under Help → Keyboard shortcuts
    dialog = edit_dialog(qtbot, page)
    assert dialog.address.text() == "taro@example.jp" and not isinstance(dialog.address, QLineEdit)
    assert (dialog.name.text(), dialog.furigana.text(), dialog.memo.toPlainText()) == ("山田 太郎", "ヤマダ タロウ", "")
    for field in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
        assert field.accessibleName(), field.objectName()
    before = len(store_audit.entries())
    dialog.name.selectAll()
    dialog.name.insert("山田 花子")  # (keyClicks cannot type kanji)
    dialog.furigana.setText("ﾔﾏﾀﾞ ﾊﾅｺ")  # half-width: stored in full width, as the phone desk does
    dialog.memo.setPlainText("平日の午後に連絡")
    dialog.save_button.click()
    assert not dialog.isVisible()
    entries = store_audit.entries()
    assert len(entries) == before + 1  # exactly one entry: the correction (no second "viewed")
    assert entries[-1].action == "contact.correct" and entries[-1].details["fields"] == ["name", "furigana", "memo"]
    assert "花子" not in str(entries[-1].details)
    assert page.detail.subtitle.text() == "山田 花子 / ヤマダ ハナコ"
    assert page.detail.memo.text() == "Memo: 平日の午後に連絡"
    row = page.model.rows[0]
    assert (row.name, row.furigana) == ("山田 花子", "ヤマダ ハナコ")
    stored = crepo.contact_by_id(cid)
    assert stored is not None and stored.address == "taro@example.jp" and stored.name == "山田 花子"
    # the search finds the corrected name
    page.search.setText("はなこ")
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()
    assert [r.contact_id for r in page.model.rows] == [cid]


def test_cancel_changes_nothing(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    cid = capture(office, "jiro@example.jp", "鈴木 次郎", "スズキ ジロウ")
    page = open_page(qtbot, office)
    dialog = edit_dialog(qtbot, page)
    before = len(store_audit.entries())
    dialog.name.setText("別の人")
    dialog.memo.setPlainText("メモ")
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert len(store_audit.entries()) == before
    stored = crepo.contact_by_id(cid)
    assert stored is not None and stored.name == "鈴木 次郎" and crepo.contact_memo(cid) is None
    assert page.detail.subtitle.text() == "鈴木 次郎 / スズキ ジロウ"


def test_bad_input_keeps_what_was_typed(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    cid = capture(office, "saburo@example.jp", "佐藤 三郎", "サトウ サブロウ")
    page = open_page(qtbot, office)
    dialog = edit_dialog(qtbot, page)
    before = len(store_audit.entries())
    dialog.name.setText("   ")
    dialog.memo.setPlainText("残しておくメモ")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == "Enter the name: it cannot be left empty."
    assert dialog.name.text() == "   " and dialog.memo.toPlainText() == "残しておくメモ"
    dialog.name.setText("佐藤 三郎")
    dialog.furigana.setText("\u3000 ")
    dialog.save_button.click()
    assert dialog.message.text() == "The furigana contains only spaces: type it or clear the field."
    dialog.furigana.setText("サトウ サブロウ")
    dialog.memo.setPlainText("x" * 2001)
    dialog.save_button.click()
    assert dialog.message.text() == "The memo is too long (at most 2000 characters)."
    assert dialog.memo.toPlainText() == "x" * 2001
    assert len(store_audit.entries()) == before and crepo.contact_memo(cid) is None
    dialog.memo.setPlainText("残しておくメモ")
    dialog.save_button.click()
    assert not dialog.isVisible() and crepo.contact_memo(cid) == "残しておくメモ"
    assert len(store_audit.entries()) == before + 1


def test_other_roles_are_refused(qtbot, office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    cid = capture(office, "shiro@example.jp", "田中 四郎", "タナカ シロウ")
    add_user(office, "adv", "advisor")
    office.logout()
    advisor = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        page = open_page(qtbot, advisor)
        assert not page.edit_button.isVisible()  # not offered; and the service refuses anyway
        assert not any(keys == "F2" for keys, _ in shortcut_rows(page.findChildren(QAction)))
        assert page.open_edit() is None
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert [b.text() for b in boxes] == ["Your role does not allow this action."]
        for box in boxes:
            box.close()
        assert page.edit_dialog is None
        assert store_audit.entries(action_prefix="contact.correct") == []
        assert store_audit.entries(action_prefix="permission.denied")[-1].target == str(cid)
        page.close()
    finally:
        advisor.logout()


def test_dialog_names_every_input_and_tabs_top_to_bottom(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_accessibility import accessible_name, unnamed

    capture(office, "goro@example.jp", "高橋 五郎", "タカハシ ゴロウ")
    page = open_page(qtbot, office)
    assert unnamed(page) == []
    assert all(accessible_name(w) for w in (page.search, page.table, page.detail.timeline, page.edit_button))
    dialog = edit_dialog(qtbot, page)
    assert unnamed(dialog) == []
    order: list[QWidget] = [dialog.name]
    while len(order) < 5:
        widget = order[-1].nextInFocusChain()
        while widget is not None and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        assert widget is not None
        order.append(widget)
    assert order == [dialog.name, dialog.furigana, dialog.memo, dialog.save_button, dialog.cancel_button]
    dialog.cancel_button.click()


def test_dialog_and_its_messages_in_japanese(qtbot, qapp, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import install_translators

    installed = install_translators(qapp, "ja", [])
    try:
        capture(office, "rokuro@example.jp", "伊藤 六郎", "イトウ ロクロウ")
        page = open_page(qtbot, office)
        assert page.edit_button.text() == "氏名・メモを修正…"
        dialog = edit_dialog(qtbot, page)
        assert dialog.windowTitle() == "連絡先の修正"
        assert (dialog.save_button.text(), dialog.cancel_button.text()) == ("保存", "キャンセル")
        dialog.name.setText(" ")
        dialog.save_button.click()
        assert dialog.message.text() == "氏名を入力してください（空欄にはできません）。"
        dialog.name.setText("伊藤 六郎")
        dialog.memo.setPlainText("折り返し希望")
        dialog.save_button.click()
        assert not dialog.isVisible() and page.detail.memo.text() == "メモ：折り返し希望"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_lock_clears_and_closes_the_dialog(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    cid = capture(office, "nana@example.jp", "中村 七子", "ナカムラ ナナコ")
    page = open_page(qtbot, office)
    dialog = edit_dialog(qtbot, page)
    dialog.memo.setPlainText("未保存のメモ")
    page.clear()  # what the page does when the session locks
    assert not dialog.isVisible() and page.edit_dialog is None
    assert (dialog.name.text(), dialog.furigana.text(), dialog.memo.toPlainText(), dialog.address.text()) == ("",) * 4
    assert crepo.contact_memo(cid) is None

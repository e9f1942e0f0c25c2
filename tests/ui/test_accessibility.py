"""Accessibility: every visible input and button has a name a screen reader can say (as Qt reports it),
forms are walked by Tab top-to-bottom and then to their main action, and main actions have keys."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.domain.roles import Area, Role
from desktop.services import session as session_service
from desktop.ui import pages
from desktop.ui.main_window import MainWindow
from tests.conftest import add_user, login

pytestmark = pytest.mark.gui

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QAbstractItemView,
          QAbstractButton)


# Widgets allowed to stay unnamed, by object name (none: every input and button is named).
AWAITING_OWNERS: set[str] = set()  # none left


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _where(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and not w.objectName().startswith("page_"):
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def unnamed(root: QWidget) -> list[str]:
    """Visible inputs and buttons under ``root`` that a screen reader could not name."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QHeaderView) or not w.isVisible():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or date field: the outer widget carries the name
        if not accessible_name(w) and w.objectName() not in AWAITING_OWNERS:
            found.append(f"{type(w).__name__} {_where(w)}")
    return found


def visit(window: MainWindow) -> Iterator[tuple[Area, QWidget]]:
    """Every page of the window, and every tab of its tab widgets, shown in turn."""
    for area, page in window.pages.items():
        window.select_area(area)
        QApplication.processEvents()
        yield area, page
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                tab = tabs.widget(i)
                assert tab is not None
                yield area, tab


@pytest.fixture
def role_window(qtbot, office: session_service.Session, data_dir: Path, clock):  # type: ignore[no-untyped-def]
    sessions: list[session_service.Session] = []

    def build(role: Role) -> MainWindow:
        session = office
        if role is not Role.ADMIN:
            add_user(office, "someone", role.value)
            office.logout()
            session = login(data_dir, "someone", "blue whale orbit 42", clock)
            sessions.append(session)
        window = MainWindow(session, language="en", page_factories=pages.factories())
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    windows: list[MainWindow] = []
    yield build
    for w in windows:
        w.close()  # before the session closes, also when the test failed
    for s in sessions:
        s.logout()


@pytest.mark.parametrize("role", list(Role))
def test_every_visible_input_and_button_has_an_accessible_name(role_window, role: Role) -> None:  # type: ignore[no-untyped-def]
    window = role_window(role)
    missing: dict[str, list[str]] = {}
    for area, widget in visit(window):
        found = unnamed(widget)
        if found:
            missing.setdefault(area.value, []).extend(found)
    assert not missing, missing
    window.close()


def english_names(root: QWidget) -> list[str]:
    names = []
    for w in root.findChildren(QWidget):
        if isinstance(w, INPUTS) and not isinstance(w, QHeaderView) and w.isVisible():
            name = accessible_name(w)
            if name and name.isascii() and any(c.isalpha() for c in name) and name not in ASCII_OK:
                names.append(name)
    return names


def test_accessible_names_are_translated(qtbot, qapp, role_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import install_translators

    installed = install_translators(qapp, "ja", [])
    try:
        window = role_window(Role.ADMIN)
        window.select_area(Area.PHONE)
        phone = window.pages[Area.PHONE]
        assert accessible_name(phone.name) == "氏名："
        assert accessible_name(phone.today) == "本日の受付"
        english = []
        for area, widget in visit(window):
            english += [f"{area.value}: {name}" for name in english_names(widget)]
        window.close()
        for title, dialog in _dialogs(window.session, data_dir).items():
            qtbot.addWidget(dialog)
            dialog.show()
            english += [f"{title}: {name}" for name in english_names(dialog)]
            dialog.close()
        assert not english, english
    finally:
        for t in installed:
            qapp.removeTranslator(t)


ASCII_OK = {"OK", "CSV", "Excel (.xlsx)"}


def focus_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, in order (once round)."""
    chain = [start]
    w = start.nextInFocusChain()
    while w is not None and w is not start and len(chain) < limit:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisible() and w.isEnabled():
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def assert_tab_order(expected: Sequence[QWidget]) -> None:
    chain = focus_chain(expected[0])
    positions = []
    for w in expected:
        assert w in chain, f"{w.objectName() or type(w).__name__} is not reached by Tab"
        positions.append(chain.index(w))
    order = [expected[i].objectName() or type(expected[i]).__name__ for i in sorted(range(len(expected)),
                                                                                     key=positions.__getitem__)]
    assert positions == sorted(positions), order


def test_phone_form_tab_order_runs_top_to_bottom_then_save(role_window) -> None:  # type: ignore[no-untyped-def]
    window = role_window(Role.ADVISOR)
    window.select_area(Area.PHONE)
    p = window.pages[Area.PHONE]
    assert p.paragraph_checks
    for check in p.paragraph_checks:
        check.setChecked(True)  # 同意 is enabled once the script is read
    assert_tab_order([p.address, *p.paragraph_checks, p.name, p.furigana, p.memo, p.recording, p.agreed,
                      p.save_button])
    window.close()


def test_unsubscribe_form_tab_order_runs_top_to_bottom_then_the_action(role_window) -> None:  # type: ignore[no-untyped-def]
    window = role_window(Role.ADVISOR)
    window.select_area(Area.UNSUBSCRIBE)
    p = window.pages[Area.UNSUBSCRIBE]
    # the received date is rarely changed and Tab steps through its year, month and day: it comes after the action
    assert_tab_order([p.address, p.channel, p.later, p.memo, p.record_button, p.received])
    window.close()


def test_export_form_tab_order_runs_top_to_bottom_then_export(role_window) -> None:  # type: ignore[no-untyped-def]
    window = role_window(Role.MANAGER)
    window.select_area(Area.EXPORT)
    p = window.pages[Area.EXPORT]
    p.use_dates.setChecked(True)
    p.protect.setChecked(True)
    QApplication.processEvents()
    assert_tab_order([p.kind, p.use_dates, p.date_from, p.date_to, p.xlsx, p.protect, p.password, p.password_again,
                      p.preview_button, p.export_button])
    window.close()


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), if any."""
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].upper() if 0 <= i < len(text.replace("&&", "")) - 1 else None


def page_mnemonics(window: MainWindow, page: QWidget) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QLabel

    found = [(m, f"menu {a.text()}") for a in window.menuBar().actions() if (m := mnemonic(a.text()))]
    for w in page.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            if m := mnemonic(w.text()):
                found.append((m, w.text()))
    return found


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("role", list(Role))
def test_alt_letters_do_not_clash_on_any_page(qapp, role_window, role: Role, lang: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import install_translators

    installed = install_translators(qapp, lang, []) if lang == "ja" else []
    try:
        _no_clashes(role_window(role))
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def _no_clashes(window: MainWindow) -> None:
    clashes: dict[str, list[tuple[str, str, str]]] = {}
    for area, widget in visit(window):
        letters = page_mnemonics(window, widget)
        if area is Area.PHONE and widget is window.pages[area]:
            assert {"A", "R", "C", "U", "H"} <= {letter for letter, _ in letters}  # 同意, 拒否, 訂正 and the menus
        seen: dict[str, str] = {}
        for letter, text in letters:
            if letter in seen and seen[letter] != text:
                clashes.setdefault(area.value, []).append((letter, seen[letter], text))
            seen.setdefault(letter, text)
    assert not clashes, clashes
    window.close()


def test_window_shortcuts_are_unique(role_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    window = role_window(Role.MANAGER)
    keys: dict[str, str] = {}  # window-wide keys
    page_keys: dict[tuple[int, str], str] = {}  # keys of one page, active while the focus is on it
    for action in window.findChildren(QAction):
        page_wide = action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for seq in action.shortcuts():
            text = seq.toString()
            where = (id(action.parent()), text)
            assert text not in keys and where not in page_keys, (text, action.text())
            if page_wide:
                page_keys[where] = action.text()
            else:
                keys[text] = action.text()
    clashing = [text for _, text in page_keys if text in keys]
    assert not clashing, clashing
    assert "F1" in keys and "Ctrl+1" in keys
    assert sum(text == "Ctrl+Return" for _, text in page_keys) == 2  # phone entry and unsubscribe
    window.close()


def test_phone_entry_is_saved_from_the_keyboard_alone(qtbot, role_window) -> None:  # type: ignore[no-untyped-def]
    window = role_window(Role.ADVISOR)
    window.select_area(Area.PHONE)
    p = window.pages[Area.PHONE]
    assert "Ctrl+Enter" in p.save_button.text()  # the button tells the key
    qtbot.keyClicks(p.address, "caller@example.jp")
    for check in p.paragraph_checks:
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.keyClick(p.memo, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert p.refused.isChecked()
    before = p.today.rowCount()
    qtbot.keyClick(p.memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert p.today.rowCount() == before + 1
    p.today.selectRow(0)
    qtbot.keyClick(p.today, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    dialog = p.correction_dialog
    assert dialog is not None and dialog.isVisible()
    assert not unnamed(dialog)
    assert_tab_order([dialog.to_other, dialog.read, dialog.void, dialog.reason,
                      dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)])
    dialog.reject()
    window.close()


def has_key(button: QAbstractButton) -> bool:
    return not button.shortcut().isEmpty() or mnemonic(button.text()) is not None


def test_review_decisions_have_keys(role_window) -> None:  # type: ignore[no-untyped-def]
    window = role_window(Role.MANAGER)
    window.select_area(Area.REVIEW)
    queue = window.pages[Area.REVIEW].queue
    missing = [b.text() for b in (queue.approve_button, queue.changes_button) if not has_key(b)]
    assert not missing, missing
    window.close()


def _dialogs(session: session_service.Session, data_dir: Path) -> dict[str, Any]:
    """The dialogs that open without changing anything."""
    from desktop.ui.dialogs_import import ImportDialog
    from desktop.ui.dialogs_suppressions import SuppressionImportDialog
    from desktop.ui.help import HelpDialog, ShortcutsDialog
    from desktop.ui.login import ConfirmPasswordDialog, LoginDialog, RecoveryDialog
    from desktop.ui.main_window import ChangePasswordDialog, area_title
    from desktop.ui.notifications import NotificationsDialog
    from desktop.ui.pages.phone.dialogs import ScriptDialog
    from desktop.ui.pages.phone.yearly_review import YearlyReviewDialog
    from desktop.ui.pages.requests import NewRequestDialog
    from desktop.ui.pages.users import NewUserDialog
    from desktop.ui.pages.violations.report_dialog import ReportViolationDialog
    from desktop.ui.wizard import SetupWizard
    from tests.conftest import TEST_KDF

    return {
        "login": LoginDialog(data_dir, kdf=TEST_KDF),
        "recovery": RecoveryDialog(data_dir, kdf=TEST_KDF),
        "confirm": ConfirmPasswordDialog(session, lambda: None),
        "change password": ChangePasswordDialog(session),
        "wizard": SetupWizard(data_dir / "new", kdf=TEST_KDF),
        "guide": HelpDialog(list(Area), area_title, "en"),
        "shortcuts": ShortcutsDialog([]),
        "notifications": NotificationsDialog(session),
        "script": ScriptDialog(session),
        "yearly review": YearlyReviewDialog(session),
        "new request": NewRequestDialog(session),
        "new user": NewUserDialog(session),
        "report violation": ReportViolationDialog(session),
        "import": ImportDialog(session),
        "suppressions": SuppressionImportDialog(session),
    }


def test_dialogs_name_every_input_and_button(qtbot, office: session_service.Session, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    missing: dict[str, list[str]] = {}
    for title, dialog in _dialogs(office, data_dir).items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = unnamed(dialog)
        if title == "wizard":  # each step of the setup wizard
            for i in range(1, dialog.pages.count()):
                dialog.pages.setCurrentIndex(i)
                QApplication.processEvents()
                found += unnamed(dialog)
        if found:
            missing[title] = found
        dialog.close()
    assert not missing, missing


def test_dialog_forms_tab_top_to_bottom_then_ok(qtbot, office: session_service.Session, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs = _dialogs(office, data_dir)
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    new_user = dialogs["new user"]
    new_user.show()
    ok = new_user.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert_tab_order([new_user.username, new_user.display_name, new_user.role, new_user.password.password,
                      new_user.password.confirm, ok])
    report = dialogs["report violation"]
    report.show()
    f = report.facts
    f.occurred_known.setChecked(True)
    send = report.findChild(QAbstractButton, "sendViolationReport")
    assert_tab_order([f.kind, report.description, f.noticed, f.occurred_known, f.occurred, f.people, send])
    change = dialogs["change password"]
    change.show()
    ok = change.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert_tab_order([change.current, change.new.password, change.new.confirm, ok])


def test_main_actions_have_alt_letters(role_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    window = role_window(Role.ADMIN)
    wanted = ["exportButton", "backupNow", "startQuizButton", "newUserButton"]  # backup and users: admin tabs
    buttons = {b.objectName(): b for page in window.pages.values() for b in page.findChildren(QPushButton)}
    missing = [name for name in wanted if name not in buttons or not has_key(buttons[name])]
    assert not missing, missing
    window.close()


def tab_traps(root: QWidget) -> list[str]:
    """Editable multi-line fields where Tab types a tab character instead of moving on."""
    return [f"{type(w).__name__} {_where(w)}" for w in root.findChildren(QWidget)
            if isinstance(w, (QPlainTextEdit, QTextEdit)) and w.isVisible() and not w.isReadOnly()
            and not w.tabChangesFocus() and w.objectName() not in AWAITING_OWNERS]


def test_tab_leaves_every_multi_line_field(qtbot, role_window, office: session_service.Session,  # type: ignore[no-untyped-def]
                                           data_dir: Path) -> None:
    traps: dict[str, list[str]] = {}
    for title, dialog in _dialogs(office, data_dir).items():
        qtbot.addWidget(dialog)
        dialog.show()
        if found := tab_traps(dialog):
            traps[title] = found
        dialog.close()
    for role in (Role.ADMIN, Role.MANAGER):
        window = role_window(role)
        for area, widget in visit(window):
            if found := tab_traps(widget):
                traps.setdefault(area.value, []).extend(found)
        window.close()
    assert not traps, traps


def test_login_and_request_forms_tab_top_to_bottom(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                   data_dir: Path) -> None:
    dialogs = _dialogs(office, data_dir)
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    login_dialog = dialogs["login"]
    login_dialog.show()
    assert_tab_order([login_dialog.username, login_dialog.password, login_dialog.ok_button])
    request = dialogs["new request"]
    request.show()
    ok = request.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert_tab_order([request.kind, request.requester, request.address, request.identity, request.received, ok])


def test_unsubscribe_process_dialog_names_its_field(qtbot, role_window) -> None:  # type: ignore[no-untyped-def]
    window = role_window(Role.ADVISOR)
    window.select_area(Area.UNSUBSCRIBE)
    p = window.pages[Area.UNSUBSCRIBE]
    qtbot.keyClicks(p.address, "stop.me at example (letter)")
    p.later.setChecked(True)
    qtbot.keyClick(p.memo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter records it
    assert p.queue.rowCount() == 1
    p.queue.selectRow(0)
    dialog = p.open_process()
    assert dialog is not None
    assert accessible_name(dialog.address) == "The address to stop:"
    assert not unnamed(dialog)
    dialog.reject()
    window.close()


def test_phone_save_key_is_in_the_shortcut_list(qtbot, role_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from desktop.ui.help import ShortcutsDialog

    window = role_window(Role.ADVISOR)
    window.select_area(Area.PHONE)
    window.findChild(QAction, "helpShortcutsAction").trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None
    assert any(what == "Phone entry: save the entry" and "Ctrl" in keys for keys, what in dialog.rows())
    dialog.close()
    p = window.pages[Area.PHONE]
    save = next(a for a in p.actions() if a.toolTip() == "Phone entry: save the entry")
    save.trigger()  # the action saves like the button: with nothing chosen it says what is missing
    assert p.result.text() == "Choose whether the caller agreed or refused."
    window.close()

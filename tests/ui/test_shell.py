"""The app shell driven like a person would: wizard, login, navigation, auto-lock, language, users."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.roles import Area, Role
from desktop.services import session as session_service
from desktop.services.prefs import Prefs
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, add_user

pytestmark = pytest.mark.gui


def test_wizard_creates_the_office_and_shows_the_recovery_code_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "new-office"
    wizard = SetupWizard(folder, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 0
    assert "office name" in wizard.error.text()
    # Japanese arrives from an IME as committed text, not key presses (QTest.keyClicks is ASCII only)
    wizard.office_name.insert("みどり市相談窓口")
    wizard.officer_name.insert("山田 花子")
    qtbot.keyClicks(wizard.officer_contact, "03-1234-5678")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 1
    assert wizard.data_dir.text() == str(folder)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 2
    qtbot.keyClicks(wizard.admin_username, "yamada")
    wizard.admin_display.insert("山田 花子")
    qtbot.keyClicks(wizard.admin_password.password, "short")
    assert "at least 8" in wizard.admin_password.hint.text()
    wizard.admin_password.password.clear()
    qtbot.keyClicks(wizard.admin_password.password, "midori kawa 2026 haru")
    qtbot.keyClicks(wizard.admin_password.confirm, "midori kawa 2026 haru")
    with qtbot.waitSignal(wizard.pages.currentChanged, timeout=10000):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 3
    code = wizard.code_label.text()
    assert len(code.replace("-", "")) == 32
    assert not wizard.next_button.isEnabled()
    wizard.reject()  # cannot close before acknowledging the code
    assert wizard.isVisible()
    wizard.stored.setChecked(True)
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    session = created.args[0]
    assert wizard.code_label.text() == ""
    assert session.settings().office_name == "みどり市相談窓口"
    session.logout()
    assert (folder / "office.db").exists()


def test_wizard_refuses_a_folder_with_an_office(qtbot, office: session_service.Session, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(data_dir, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.office_name.setText("X")
    wizard.officer_name.setText("Y")
    wizard.officer_contact.setText("Z")
    wizard._next()
    wizard._next()
    assert wizard.pages.currentIndex() == 1
    assert "already exists" in wizard.error.text()


def test_login_stays_responsive_and_reports_one_message(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # a production-cost slot (scrypt n=2^17, ~0.4 s) so the derivation is long enough to observe
    session, _ = session_service.create_office(
        data_dir, office_name="X", privacy_officer_name="Y", privacy_officer_contact="Z", admin_username="admin",
        admin_display_name="Admin", admin_password=ADMIN_PASSWORD, admin_password_confirm=ADMIN_PASSWORD,
        kdf=session_service.PRODUCTION_KDF)
    session.logout()
    dialog = LoginDialog(data_dir, kdf=session_service.PRODUCTION_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=15000)
    timer.stop()
    assert len(ticks) >= 3, "the GUI thread was blocked during the key derivation"
    assert dialog.status.text() == "The username or password is not correct."
    assert dialog.password.text() == ""


def _window(qtbot, session: session_service.Session, **kw) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session, language="en", **kw)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("role", list(Role))
def test_navigation_shows_only_the_role_areas(qtbot, office: session_service.Session, data_dir: Path,  # type: ignore[no-untyped-def]
                                              clock, role: Role) -> None:
    from desktop.domain.roles import visible_areas
    from tests.conftest import login

    if role is Role.ADMIN:
        session = office
    else:
        add_user(office, "someone", role.value)
        office.logout()
        session = login(data_dir, "someone", "blue whale orbit 42", clock)
    window = _window(qtbot, session)
    assert window.area_names() == [a.value for a in visible_areas(role)]
    assert role.value.capitalize()[:3] in window.status_label.text() or "Administrator" in window.status_label.text()
    window.close()
    session.logout()


def test_unbuilt_areas_say_so_plainly(qtbot, office: session_service.Session) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, office, page_factories={})
    page = window.pages[Area.UNSUBSCRIBE]
    assert page.objectName() == "page_unsubscribe"
    assert page.findChild(object, "notAvailableText") is not None


def test_idle_lock_closes_the_connection_and_clears_screens(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                            data_dir: Path, monkeypatch) -> None:
    from desktop.app import AppController

    monkeypatch.setattr("desktop.app.install_translators", lambda app, lang, prev: [])
    controller = AppController(QApplication.instance(), data_dir=data_dir, language="en", prefs=Prefs(),
                               kdf=TEST_KDF, idle_ms=1500)
    controller.open_main(office)
    window = controller.window
    assert isinstance(window, MainWindow)
    window.select_area(Area.ADMIN)
    assert window.users_page.model.rowCount() == 1
    # input keeps the session open for longer than the idle time (a timeout well above the gaps between
    # keys, so a busy machine that delays one event by a few hundred ms does not lock it)
    for _ in range(20):
        qtbot.wait(100)
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)
    assert not office.locked
    db = office.office.db
    qtbot.waitUntil(lambda: office.locked, timeout=10000)
    assert db.is_closed()
    assert window.users_page.model.rowCount() == 0
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.password.setText(ADMIN_PASSWORD)
    dialog._submit()
    qtbot.waitUntil(lambda: not office.locked, timeout=10000)
    qtbot.waitUntil(lambda: window.users_page.model.rowCount() == 1, timeout=3000)
    controller.shutdown()
    window.close()


def test_language_switch_persists_and_rebuilds_in_japanese(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                           data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from desktop.app import AppController, install_translators

    monkeypatch.setenv("MADOGUCHI_CONFIG_DIR", str(tmp_path / "cfg"))
    app = QApplication.instance()
    controller = AppController(app, data_dir=data_dir, language="en", prefs=Prefs(), kdf=TEST_KDF)
    try:
        controller.open_main(office)
        assert controller.window.nav.item(0).text() == "Phone entry"  # type: ignore[union-attr]
        controller.switch_language("ja")
        assert Prefs.load().language == "ja"
        assert controller.window.nav.item(0).text() == "電話受付"  # type: ignore[union-attr]
    finally:
        controller.translators = install_translators(app, "en", controller.translators)
        for t in controller.translators:
            app.removeTranslator(t)
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()


def test_users_page_creates_a_user_after_password_confirmation(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                               clock) -> None:
    from desktop.ui.pages.users import NewUserDialog, UsersPage

    page = UsersPage(office)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1
    clock.advance(minutes=10)  # the password proof is stale: creating a user asks again
    page.new_button.click()
    confirm = page.findChild(QDialog, "confirmPasswordDialog")
    assert confirm is not None
    confirm.password.setText(ADMIN_PASSWORD)
    confirm._submit()
    qtbot.waitUntil(lambda: page.findChild(QDialog, "newUserDialog") is not None, timeout=5000)
    dialog = page.findChild(NewUserDialog, "newUserDialog")
    qtbot.keyClicks(dialog.username, "suzuki")
    dialog.display_name.insert("鈴木 一郎")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.password.password.setText("ocean breeze 2026 x")
    dialog.password.confirm.setText("ocean breeze 2026 y")
    dialog._submit()
    assert "do not match" in dialog.status.text()
    assert page.model.rowCount() == 1
    dialog.password.confirm.setText("ocean breeze 2026 x")
    dialog._submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    names = [u.username for u in page.model.rows]
    assert "suzuki" in names


def test_lock_still_works_after_a_language_switch(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                  data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from desktop.app import AppController

    monkeypatch.setenv("MADOGUCHI_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setattr("desktop.app.install_translators", lambda app, lang, prev: [])
    controller = AppController(QApplication.instance(), data_dir=data_dir, language="en", prefs=Prefs(),
                               kdf=TEST_KDF)
    controller.open_main(office)
    controller.switch_language("ja")
    window = controller.window
    assert len(office.lock_listeners) == 1
    window.select_area(Area.ADMIN)  # type: ignore[union-attr]
    assert window.users_page.model.rowCount() == 1  # type: ignore[union-attr]
    controller.lock()
    assert office.locked
    assert window.users_page.model.rowCount() == 0  # type: ignore[union-attr]
    assert isinstance(controller.dialog, LoginDialog)
    controller.dialog.done(0)  # cancelling the unlock logs out and shows the login dialog
    controller.dialog.close()  # close that too, so no dialog keeps the focus for later tests
    controller.shutdown()
    window.close()  # type: ignore[union-attr]


def test_lock_closes_open_dialogs_and_clears_their_fields(qtbot, office: session_service.Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.pages.users import NewUserDialog

    window = _window(qtbot, office)
    dialog = NewUserDialog(office, window)
    dialog.open()
    dialog.display_name.insert("山田 花子")
    assert dialog.isVisible()
    office.lock("test")
    assert not dialog.isVisible()
    assert dialog.display_name.text() == ""
    dialog.deleteLater()

"""ヘルプ: F1 opens the guide of the current screen (Japanese first), Ctrl+1… switch screens, and the
キーボード操作 list shows the shortcuts that exist. Every screen has a guide in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.domain.roles import Area
from desktop.services.session import Session
from desktop.ui.help import HelpDialog, ShortcutsDialog, guide_text
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(qtbot, office: Session, language: str = "ja") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(office, language=language, page_factories={})
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_every_screen_has_a_guide_in_both_languages() -> None:
    for area in Area:
        for language in ("ja", "en"):
            path = paths.resource_path(f"help/{language}/{area.value}.md")
            assert path.is_file(), path
            text = path.read_text(encoding="utf-8")
            assert text.startswith("# ") and len(text) > 150
    assert "電話受付" in guide_text(Area.PHONE, "ja") and "Phone entry" in guide_text(Area.PHONE, "en")
    assert guide_text(Area.PHONE, "fr") == guide_text(Area.PHONE, "ja")  # Japanese first


def test_f1_opens_the_guide_of_the_current_screen(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # 4th screen of an admin: 投稿
    assert window.stack.currentWidget() is window.pages[Area.POSTS]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(window.findChildren(HelpDialog)), timeout=3000)
    dialog = window.findChildren(HelpDialog)[-1]
    assert dialog.current_area() is Area.POSTS
    assert "承認を申請" in dialog.browser.toPlainText()
    dialog.close()
    window.select_area(Area.ADMIN)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(window.findChildren(HelpDialog)) == 2, timeout=3000)
    assert window.findChildren(HelpDialog)[-1].current_area() is Area.ADMIN
    assert "監査ログ" in window.findChildren(HelpDialog)[-1].browser.toPlainText()


def test_shortcut_list_names_the_shortcuts_that_exist(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, office, "en")
    action = window.findChild(QAction, "helpShortcutsAction")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(ShortcutsDialog)), timeout=3000)
    rows = dict(window.findChildren(ShortcutsDialog)[-1].rows())
    assert rows["F1"] == "User guide for this screen"
    assert rows["Ctrl+L"] == "Lock"
    assert rows["Ctrl+1"] == "Go to Phone entry" and rows["Ctrl+7"] == "Go to Administration"
    assert "Ctrl+8" not in rows  # an administrator has seven screens
    assert rows["Ctrl+Shift+N"] == "Notifications"

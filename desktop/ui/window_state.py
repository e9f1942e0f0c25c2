"""The main window's size, position and state: remembered per computer (QSettings) when it closes;
the first time, maximised on a small screen (a 1366×768 office laptop) and a comfortable size otherwise."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from desktop.ui.files import settings

__all__ = ["SMALL_SCREEN", "carry_typed_text", "first_size", "restore", "save"]

KEY = "mainWindow/geometry"
#: A screen this small or smaller (available width, height) gets a maximised window.
SMALL_SCREEN = (1440, 900)
DEFAULT_SIZE = (1366, 768)


def restore(window: QWidget) -> None:
    """Give ``window`` its last size, position and state, or the first-time default. Call before show()."""
    saved = settings().value(KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    if QGuiApplication.platformName() == "offscreen" or available is None:
        window.resize(*DEFAULT_SIZE)  # no screen to fill (tests, screenshots): the default size
        return
    size = first_size(available.width(), available.height())
    if size is None:
        window.setGeometry(available)  # fills the screen even where no window manager maximises
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(*size)


def first_size(available_width: int, available_height: int) -> tuple[int, int] | None:
    """The first-time size on a screen with this much room; ``None``: maximised (a small screen)."""
    if available_width <= SMALL_SCREEN[0] or available_height <= SMALL_SCREEN[1]:
        return None
    return min(DEFAULT_SIZE[0], available_width), min(DEFAULT_SIZE[1], available_height)


def save(window: QWidget) -> None:
    """Remember ``window``'s size, position and maximised state."""
    settings().setValue(KEY, window.saveGeometry())


def carry_typed_text(old: QWidget, new: QWidget) -> int:
    """Copy what was typed in ``old``'s named text fields into the same fields of ``new`` (a page
    rebuilt in another language), and keep the same tabs open; passwords are never copied.
    Returns how many text fields were copied."""
    copied = 0
    for field in old.findChildren(QLineEdit):
        name = field.objectName()
        if not name or field.echoMode() is not QLineEdit.EchoMode.Normal or not field.text():
            continue
        target = new.findChild(QLineEdit, name)
        if target is not None and target.isEnabled() and target.text() != field.text():
            target.setText(field.text())
            copied += 1
    for edit in old.findChildren(QPlainTextEdit):
        name = edit.objectName()
        if not name or edit.isReadOnly() or not edit.toPlainText():
            continue
        other = new.findChild(QPlainTextEdit, name)
        if other is not None and not other.isReadOnly() and other.toPlainText() != edit.toPlainText():
            other.setPlainText(edit.toPlainText())
            copied += 1
    for tabs in [old, *old.findChildren(QTabWidget)]:
        if not isinstance(tabs, QTabWidget):
            continue
        twin = new if tabs is old else new.findChild(QTabWidget, tabs.objectName()) if tabs.objectName() else None
        if isinstance(twin, QTabWidget) and twin.count() == tabs.count():
            twin.setCurrentIndex(tabs.currentIndex())  # the same tab (e.g. 管理 → バックアップ)
    return copied

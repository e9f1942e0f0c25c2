"""All message boxes go through here: window-modal, opened with ``open()``, never ``exec()``.

Each function returns the box so tests can read its text and click a button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton, on_finished: Callable[[int], None] | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setObjectName("messageBox")
    if on_finished is not None:
        box.finished.connect(on_finished)
    box.open()
    return box


def error(parent: QWidget | None, title: str, text: str,
          on_finished: Callable[[int], None] | None = None) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, on_finished)


def info(parent: QWidget | None, title: str, text: str,
         on_finished: Callable[[int], None] | None = None) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, on_finished)


def question(parent: QWidget | None, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    def finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            on_yes()

    box = _box(parent, QMessageBox.Icon.Question, title, text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, finished)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box

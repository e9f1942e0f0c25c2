"""Keyboard commands that work wherever the focus is on a page (the phone and unsubscribe screens)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


class KeyFilter(QObject):
    """Ctrl+Enter saves, Esc clears, Alt+<letter> runs the page's keyboard commands, wherever the
    focus is on the page (the mnemonics shown on the buttons say which letter)."""

    def __init__(self, on_save: Callable[[], None], on_clear: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.on_save = on_save
        self.on_clear = on_clear
        self.alt: dict[int, Callable[[], object]] = {}  # results are ignored

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.on_save()
                return True
            if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
                self.on_clear()
                return True
            if mods == Qt.KeyboardModifier.AltModifier and key in self.alt:
                self.alt[key]()
                return True
        return False

"""Small pieces the dialogs and pages build their forms from.

The helpers take texts that are already translated: every visible string stays a ``self.tr``
call in the class that shows it (its translation context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QWidget

from desktop.ui import theme


def error_label(object_name: str = "", *, red: bool = True) -> QLabel:
    """An empty, wrapping label for what went wrong; ``red=False`` where it also shows progress."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    if red:
        theme.set_role(label, "error")
    return label


def paragraph(text: str) -> QLabel:
    """A label whose text wraps."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    """A wrapping, quieter note under a form."""
    label = paragraph(text)
    theme.set_role(label, "hint")
    return label


def note(text: str = "", object_name: str = "") -> QLabel:
    """A wrapping label whose text can be selected (and copied)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show the outcome of an action: ``text`` as done (green) or as what went wrong (red)."""
    label.setText(text)
    theme.set_role(label, "error" if error else "ok")


def ok_cancel_buttons(dialog: QDialog, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK runs ``on_ok`` (which accepts the dialog when it succeeds), Cancel rejects the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def heading(text: str = "", delta: int = 2, *, wrap: bool = False) -> QLabel:
    """A bold label ``delta`` points larger than the normal text."""
    label = QLabel(text)
    font = label.font()
    font.setPointSize(max(1, font.pointSize() + delta))
    font.setBold(True)
    label.setFont(font)
    if wrap:
        label.setWordWrap(True)
    return label


class WrapCheck(QWidget):
    """A check box whose text wraps (QCheckBox text never wraps); clicking the text toggles it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)  # a screen reader names the box by the text
        self.label.mouseReleaseEvent = lambda _e: self.box.toggle() if self.box.isEnabled() else None  # type: ignore[method-assign]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)



def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A label for ``widget``: a screen reader reads ``text`` as the widget's name, Alt+mnemonic focuses it."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def page_shortcut(page: QWidget, keys: str, tip: str, slot: Callable[[], object]) -> QAction:
    """A key for a page's main action while the focus is on the page; the window's shortcut list
    (ヘルプ → キーボード操作) shows it as ``tip``."""
    action = QAction(tip, page)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(tip)
    action.triggered.connect(lambda _=False: slot())
    page.addAction(action)
    return action

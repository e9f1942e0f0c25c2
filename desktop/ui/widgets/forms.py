"""Small pieces the dialogs and pages build their forms from.

The helpers take texts that are already translated: every visible string stays a ``self.tr``
call in the class that shows it (its translation context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"


def error_label(object_name: str = "", *, red: bool = True) -> QLabel:
    """An empty, wrapping label for what went wrong; ``red=False`` where it also shows progress."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    if red:
        label.setStyleSheet(ERROR_STYLE)
    return label


def paragraph(text: str) -> QLabel:
    """A label whose text wraps."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    """A wrapping grey note under a form."""
    label = paragraph(text)
    label.setStyleSheet(HINT_STYLE)
    return label


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

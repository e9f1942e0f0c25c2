"""The plain page shown for an area that a later release will build (never a fake screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui import theme


class NotAvailablePage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notAvailablePage")
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        theme.scaled_font(heading, 1.45, bold=True)
        layout.addWidget(heading)
        text = QLabel(self.tr("This area is not available yet in this version of Madoguchi."))
        text.setObjectName("notAvailableText")
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        """Nothing to load."""

    def clear(self) -> None:
        """Nothing to clear."""

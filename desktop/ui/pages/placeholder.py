"""The plain page shown for an area that a later release will build (never a fake screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotAvailablePage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notAvailablePage")
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
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

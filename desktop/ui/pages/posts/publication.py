"""After approval: record where and when the post was published; after publication: corrections (P6).

The texts keep the translation context of the page they were written for (``PostsPage``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import posts as post_service
from desktop.ui.dates import DATE_TIME_EDIT_FORMAT, local_time
from desktop.ui.text import fill
from desktop.ui.widgets.forms import note


class PublicationBox(QGroupBox):
    """The published address and time of an approved post, and the button that records them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Publication"), parent)
        self.setObjectName("publicationBox")
        form = QFormLayout(self)
        form.addRow(note(QCoreApplication.translate(
            "PostsPage", "After publishing the post on the platform, record its address and time.")))
        self.url = QLineEdit()
        self.url.setObjectName("publishedUrl")
        self.url.setPlaceholderText("https://")
        self.at = QDateTimeEdit()
        self.at.setObjectName("publishedAt")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(DATE_TIME_EDIT_FORMAT)
        self.button = QPushButton(QCoreApplication.translate("PostsPage", "Record publication"))
        self.button.setObjectName("recordPublication")
        form.addRow(QCoreApplication.translate("PostsPage", "Address:"), self.url)
        form.addRow(QCoreApplication.translate("PostsPage", "Published at:"), self.at)
        form.addRow(self.button)


class CorrectionsBox(QGroupBox):
    """The corrections recorded for a published post, and a field to add one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Corrections"), parent)
        self.setObjectName("correctionsBox")
        layout = QVBoxLayout(self)
        layout.addWidget(note(QCoreApplication.translate(
            "PostsPage",
            "A mistake is corrected, never deleted: post the correction on the platform and record it here.")))
        self.list = QListWidget()
        self.list.setObjectName("correctionsList")
        self.list.setMaximumHeight(90)
        self.text = QPlainTextEdit()
        self.text.setObjectName("correctionText")
        self.text.setMaximumHeight(60)
        self.button = QPushButton(QCoreApplication.translate("PostsPage", "Add correction"))
        self.button.setObjectName("addCorrection")
        layout.addWidget(self.list)
        layout.addWidget(self.text)
        layout.addWidget(self.button)

    def show_corrections(self, corrections: Sequence[post_service.CorrectionInfo]) -> None:
        self.list.clear()
        for c in corrections:
            self.list.addItem(fill(QCoreApplication.translate("PostsPage", "%1 — %2: %3"),
                                   local_time(c.created_at), c.created_by_name, c.text))
        self.text.clear()

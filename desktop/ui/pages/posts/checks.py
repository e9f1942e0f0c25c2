"""The right-hand column of the drafting form: the screening findings and the guideline self-check.

The texts keep the translation context of the page (``PostsPage``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from desktop.domain.scopes import SELF_CHECK
from desktop.ui.text import fill, rules_text
from desktop.ui.widgets.findings import FindingsView
from desktop.ui.widgets.forms import WrapCheck, note


class FindingsBox(QGroupBox):
    """The findings of the live screening, with how to read them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Screening findings"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(note(QCoreApplication.translate(
            "PostsPage",
            "Marked in the text: red needs a reviewer, orange needs a careful look. Click a finding to select its text.")))
        self.view = FindingsView("findingsList")
        self.view.setMinimumHeight(170)
        layout.addWidget(self.view)


class SelfCheckBox(QGroupBox):
    """One check box per point of the guideline the author confirms before submitting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Self-check of the social-media guideline"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(note(QCoreApplication.translate("PostsPage", "Before you submit, confirm each point:")))
        self.boxes: dict[str, QCheckBox] = {}
        for item in SELF_CHECK:
            row = WrapCheck(QCoreApplication.translate("Scopes", item.text))
            row.box.setObjectName(f"selfCheck_{item.key}")
            row.setToolTip(fill(QCoreApplication.translate("PostsPage", "Rule: %1"), rules_text(item.rule)))
            layout.addWidget(row)
            self.boxes[item.key] = row.box

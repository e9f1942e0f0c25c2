"""What the author writes at submission, beside the self-check.

* When a serious finding stands against a point of the self-check, the points it contradicts are
  named and the author writes why the post is acceptable all the same (a reviewer reads it).
* When a pre-approved scope is chosen, why the approval of the department head or an appointed
  responsible person cannot be obtained (the guideline allows posting within a scope only then).

The texts keep the translation context of the page (``PostsPage``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.scopes import MAX_SUBMIT_NOTE, NoApprovalReason, contradicted_self_checks
from desktop.domain.screening import Finding
from desktop.ui.text import fill
from desktop.ui.widgets.forms import note


class SubmitNotesBox(QWidget):
    """The self-check override (shown only when needed) and why approval cannot be obtained (with a scope)."""

    def __init__(self, scope: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.override_box = QGroupBox(QCoreApplication.translate("PostsPage", "The screening contradicts your self-check"))
        box = QVBoxLayout(self.override_box)
        self.contradicted = note(object_name="contradictedChecks")
        box.addWidget(self.contradicted)
        self.override = QPlainTextEdit()
        self.override.setObjectName("selfCheckOverride")
        self.override.setPlaceholderText(QCoreApplication.translate("PostsPage", "Why the post is acceptable all the same (a reviewer reads this)"))
        self.override.setMaximumHeight(70)
        box.addWidget(self.override)
        layout.addWidget(self.override_box)

        self.no_approval_box = QGroupBox(QCoreApplication.translate("PostsPage", "Why approval cannot be obtained"))
        box = QVBoxLayout(self.no_approval_box)
        box.addWidget(note(QCoreApplication.translate("PostsPage", 
            "The guideline allows a post within a pre-approved scope only when the approval of the department "
            "head or an appointed responsible person cannot be obtained. Managers see what you record here.")))
        self.reason = QComboBox()
        self.reason.setObjectName("noApprovalReason")
        self.reason.addItem(QCoreApplication.translate("PostsPage", "Choose why…"), None)
        for r in NoApprovalReason:
            self.reason.addItem(QCoreApplication.translate("Scopes", r.label), r.value)
        box.addWidget(self.reason)
        self.reason_note = QLineEdit()
        self.reason_note.setObjectName("noApprovalNote")
        self.reason_note.setMaxLength(MAX_SUBMIT_NOTE)
        self.reason_note.setPlaceholderText(QCoreApplication.translate("PostsPage", "Who is absent, or why the post cannot wait"))
        box.addWidget(self.reason_note)
        layout.addWidget(self.no_approval_box)

        scope.currentIndexChanged.connect(self._scope_changed)
        self.show_findings(())

    def clear(self) -> None:
        self.override.clear()
        self.reason.setCurrentIndex(0)
        self.reason_note.clear()

    def show_findings(self, found: Sequence[Finding]) -> None:
        points = contradicted_self_checks(found)
        self.override_box.setVisible(bool(points))
        self.contradicted.setText(fill(
            QCoreApplication.translate("PostsPage", "A serious finding stands against: %1 Change the post, or write why it is acceptable."),
            " ".join(QCoreApplication.translate("Scopes", p.text) for p in points)))
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.no_approval_box.setVisible(self._scope.currentData() is not None)

    def values(self) -> dict[str, Any]:
        """The keyword arguments of the service's ``submit``."""
        return {
            "override": self.override.toPlainText(),  # the service drops it when nothing contradicts the check
            "no_approval_reason": self.reason.currentData(),
            "no_approval_note": self.reason_note.text(),
        }

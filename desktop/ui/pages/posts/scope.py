"""The pre-approved scope a post claims (optional), its conditions and the evidence it carries.

The texts keep the translation context of the page (``PostsPage``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop.services import posts as post_service
from desktop.ui.text import fill
from desktop.ui.widgets.forms import note


class ScopeBox(QGroupBox):
    """A choice of the scopes the author may use; the chosen scope's conditions; the evidence field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Pre-approved scope (optional)"), parent)
        form = QFormLayout(self)
        self.scope = QComboBox()
        self.scope.setObjectName("claimedScope")
        self.scope.currentIndexChanged.connect(self.show_scope)
        self.conditions = note(object_name="scopeConditions")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        form.addRow(QCoreApplication.translate("PostsPage", "Scope:"), self.scope)
        form.addRow(self.conditions)
        form.addRow(QCoreApplication.translate("PostsPage", "Evidence:"), self.evidence)
        self.scopes: dict[int, post_service.ScopeInfo] = {}

    def set_scopes(self, shown: Sequence[post_service.ScopeInfo], chosen: int | None) -> None:
        """Offer "no scope" and ``shown``; choose ``chosen`` (or no scope)."""
        self.scope.clear()
        self.scope.addItem(QCoreApplication.translate("PostsPage", "No scope: a manager approves the post"), None)
        for s in shown:
            text = fill(QCoreApplication.translate("PostsPage", "%1 — scope %2"),
                        QCoreApplication.translate("Scopes", s.kind.label), s.id)
            self.scope.addItem(text, s.id)
        self.scopes = {s.id: s for s in shown}
        index = self.scope.findData(chosen) if chosen is not None else 0
        self.scope.setCurrentIndex(max(0, index))
        self.show_scope()

    def show_scope(self) -> None:
        scope = self.scopes.get(self.scope.currentData())
        if scope is None:
            self.conditions.setText(QCoreApplication.translate(
                "PostsPage", "Without a scope every post is reviewed by a manager."))
            self.evidence.setPlaceholderText("")
            return
        valid = fill(QCoreApplication.translate("PostsPage", "Valid %1 to %2."), scope.valid_from or "…",
                     scope.valid_to or "…")
        needs = scope.evidence_required or QCoreApplication.translate("Scopes", scope.kind.evidence_label)
        self.conditions.setText(fill(QCoreApplication.translate("PostsPage", "Conditions: %1\n%2 Evidence needed: %3"),
                                     scope.conditions or "—", valid, needs))
        self.evidence.setPlaceholderText(needs)

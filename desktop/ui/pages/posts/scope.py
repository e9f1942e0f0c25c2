"""The pre-approved scope a post claims (optional), its conditions and the evidence it carries.

The texts keep the translation context of the page (``PostsPage``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop.services import posts as post_service
from desktop.ui.dates import day_text
from desktop.ui.text import fill
from desktop.ui.widgets.forms import note


class ScopeBox(QGroupBox):
    """A choice of the scopes the author may use; the chosen scope's conditions; the evidence field."""

    def __init__(self, changed: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Pre-approved scope (optional)"), parent)
        form = self.form = QFormLayout(self)
        self.scope = QComboBox()
        self.scope.setObjectName("claimedScope")
        self.scope.currentIndexChanged.connect(self.show_scope)
        self.conditions = note(object_name="scopeConditions")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        form.addRow(QCoreApplication.translate("PostsPage", "Scope:"), self.scope)
        form.addRow(self.conditions)
        # (b)-(d): the event, procedure document or Q&A entry, chosen from the records the managers keep
        self.record = QComboBox()
        self.record.setObjectName("evidenceRecord")
        form.addRow(QCoreApplication.translate("PostsPage", "Record:"), self.record)
        form.addRow(QCoreApplication.translate("PostsPage", "Evidence:"), self.evidence)
        self.scopes: dict[int, post_service.ScopeInfo] = {}
        self.records: list[post_service.RecordInfo] = []
        if changed is not None:
            self.record.currentIndexChanged.connect(lambda _i: changed())

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

    def chosen_record(self) -> int | None:
        return self.record.currentData() if self.form.isRowVisible(self.record) else None

    def show_records(self, chosen: int | None) -> None:
        """Offer the records of the kind the chosen scope needs; (a) needs an address, not a record."""
        scope = self.scopes.get(self.scope.currentData())
        need = scope.kind.record_kind if scope is not None else None
        self.form.setRowVisible(self.record, need is not None and need is not post_service.RecordKind.PAGE)
        self.record.blockSignals(True)
        self.record.clear()
        self.record.addItem(QCoreApplication.translate("PostsPage", "Choose from the managers' records…"), None)
        for r in self.records:
            if r.kind is need and (not r.retired or r.id == chosen):
                when = day_text(r.on_date) if r.on_date else r.url
                self.record.addItem(fill(QCoreApplication.translate("PostsPage", "%1 (%2)"), r.title, when), r.id)
        self.record.setCurrentIndex(max(0, self.record.findData(chosen)) if chosen is not None else 0)
        self.record.blockSignals(False)

    def show_scope(self) -> None:
        self.show_records(self.record.currentData())
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

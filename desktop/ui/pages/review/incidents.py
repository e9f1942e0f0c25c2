"""承認 → インシデント: flaming, impersonation and false posts, with the actions taken."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import DATE_EDIT_FORMAT, local_time, office_today, optional_date
from desktop.ui.pages.review.common import rows_model, run_change
from desktop.ui.post_text import account_label
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import note, say
from desktop.ui.widgets.table import selected_row, table_view


class IncidentsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsTab")
        self.session = session
        self.model = rows_model(
            lambda: (
                self.tr("Recorded"),
                self.tr("Kind"),
                self.tr("Account"),
                self.tr("Status"),
                self.tr("What happened"),
            ),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "incidentsTable")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("incidentKind")
        for k in post_service.IncidentKind:
            self.kind.addItem(QCoreApplication.translate("Posts", k.label), k.value)
        self.account = QComboBox()
        self.account.setObjectName("incidentAccount")
        self.platform_ref = QLineEdit()
        self.platform_ref.setObjectName("incidentRef")
        self.platform_ref.setPlaceholderText(
            self.tr("Address of the offending account or post, report number")
        )
        self.description = QPlainTextEdit()
        self.description.setObjectName("incidentDescription")
        self.description.setMaximumHeight(60)
        self.has_takedown = QCheckBox(self.tr("Takedown requested on"))
        self.has_takedown.setObjectName("incidentHasTakedown")
        self.takedown = QDateEdit()
        self.takedown.setCalendarPopup(True)
        self.takedown.setDisplayFormat(DATE_EDIT_FORMAT)
        optional_date(self.has_takedown, self.takedown, lambda: office_today(self.session.now()))
        takedown = QHBoxLayout()
        takedown.addWidget(self.has_takedown)
        takedown.addWidget(self.takedown)
        takedown.addStretch(1)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setObjectName("incidentActions")
        self.actions_edit.setMaximumHeight(60)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("incidentOutcome")
        self.outcome.setMaximumHeight(45)
        self.status = QComboBox()
        self.status.setObjectName("incidentStatus")
        for st in post_service.IncidentStatus:
            self.status.addItem(QCoreApplication.translate("Posts", st.label), st.value)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow(self.tr("Platform reference:"), self.platform_ref)
        form.addRow(self.tr("What happened:"), self.description)
        form.addRow(takedown)
        form.addRow(self.tr("Actions taken:"), self.actions_edit)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Status:"), self.status)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record new incident"))
        self.record_button.setObjectName("recordIncident")
        self.update_button = QPushButton(self.tr("Save changes"))
        self.update_button.setObjectName("updateIncident")
        self.record_button.clicked.connect(self.record)
        self.update_button.clicked.connect(self.update_selected)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        self.message = note(object_name="incidentsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Flaming: stay calm, do not argue, correct mistakes instead of deleting. "
                    "Impersonation: ask the platform to remove it and record the date. "
                    "False posts: post the correct information."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _cells(self, i: post_service.IncidentInfo) -> tuple[str, ...]:
        return (
            local_time(i.created_at),
            QCoreApplication.translate("Posts", i.kind.label),
            i.account_name,
            QCoreApplication.translate("Posts", i.status.label),
            " ".join(i.description.split())[:80],
        )

    @staticmethod
    def _colour(i: post_service.IncidentInfo) -> QColor | None:
        return theme.colour("row_warning") if i.status is post_service.IncidentStatus.OPEN else None

    def refresh(self) -> None:
        try:
            accounts = post_service.list_accounts(self.session, include_inactive=True)
            rows = post_service.list_incidents(self.session)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self.account.clear()
        self.account.addItem(self.tr("(none)"), None)
        for a in accounts:
            self.account.addItem(account_label(a), a.id)
        self.model.set_rows(rows)

    def clear(self) -> None:
        self.model.set_rows([])
        for w in (self.description, self.actions_edit, self.outcome):
            w.clear()
        self.platform_ref.clear()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        i = self.model.rows[current.row()]
        self.kind.setCurrentIndex(self.kind.findData(i.kind.value))
        self.account.setCurrentIndex(max(0, self.account.findData(i.account_id)) if i.account_id else 0)
        self.platform_ref.setText(i.platform_ref)
        self.description.setPlainText(i.description)
        self.has_takedown.setChecked(i.takedown_requested_on is not None)
        if i.takedown_requested_on:
            d = i.takedown_requested_on
            self.takedown.setDate(QDate(d.year, d.month, d.day))
        self.actions_edit.setPlainText(i.actions)
        self.outcome.setPlainText(i.outcome)
        self.status.setCurrentIndex(self.status.findData(i.status.value))

    def data(self, post_id: int | None = None) -> post_service.IncidentInput:
        return post_service.IncidentInput(
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            account_id=self.account.currentData(),
            post_id=post_id,
            platform_ref=self.platform_ref.text(),
            takedown_requested_on=cast(date, self.takedown.date().toPython()) if self.has_takedown.isChecked() else None,
            actions=self.actions_edit.toPlainText(),
            outcome=self.outcome.toPlainText(),
            status=self.status.currentData(),
        )

    def record(self) -> None:
        run_change(
            self,
            lambda: post_service.record_incident(self.session, self.data()),
            self.tr("The incident was recorded."),
        )

    def update_selected(self) -> None:
        i = selected_row(self.table)
        if i is None:
            say(self.message, self.tr("Choose an incident in the list first."), error=True)
            return
        run_change(
            self,
            lambda: post_service.update_incident(self.session, i.id, self.data(i.post_id)),
            self.tr("The incident was updated."),
        )

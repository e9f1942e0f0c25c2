"""承認 → 根拠の記録: the events, procedure documents, Q&A entries and published pages posts may name.

A post within a pre-approved scope names one of these as its evidence, so a reviewer can check it;
managers add them (title and date or address) and retire them when they no longer hold.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import DATE_EDIT_FORMAT, day_text, office_today, optional_date
from desktop.ui.pages.review.common import rows_model, run_change
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import note, say
from desktop.ui.widgets.table import selected_row, table_view


class RecordsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsTab")
        self.session = session
        self.model = rows_model(
            lambda: (self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Address"), self.tr("Status")),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "recordsTable")
        self.kind = QComboBox()
        self.kind.setObjectName("recordKind")
        for k in post_service.RecordKind:
            self.kind.addItem(QCoreApplication.translate("Scopes", k.label), k.value)
        self.title = QLineEdit()
        self.title.setObjectName("recordTitle")
        self.dated = QCheckBox(self.tr("Dated"))
        self.dated.setObjectName("recordDated")
        self.dated.setChecked(True)
        self.on_date = QDateEdit()
        self.on_date.setObjectName("recordDate")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat(DATE_EDIT_FORMAT)
        optional_date(self.dated, self.on_date, lambda: office_today(self.session.now()))
        dated = QHBoxLayout()
        dated.addWidget(self.dated)
        dated.addWidget(self.on_date)
        dated.addStretch(1)
        self.url = QLineEdit()
        self.url.setObjectName("recordUrl")
        self.url.setPlaceholderText(self.tr("https://… (required for a published page)"))
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(dated)
        form.addRow(self.tr("Address:"), self.url)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add record"))
        self.add_button.setObjectName("addRecord")
        self.add_button.clicked.connect(self.add)
        self.retire_button = QPushButton(self.tr("Retire the chosen record"))
        self.retire_button.setObjectName("retireRecord")
        self.retire_button.clicked.connect(self.retire)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        self.message = note(object_name="recordsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "A post within a pre-approved scope names one of these records as its evidence, so a reviewer can "
            "check it: an event for (b), a procedure document for (c), a Q&A entry for (d), a page already "
            "published on the organisation's own site for (a). Retire a record when it no longer holds.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _cells(self, r: post_service.RecordInfo) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Scopes", r.kind.label),
            r.title,
            day_text(r.on_date),
            r.url,
            self.tr("Retired") if r.retired else self.tr("In use"),
        )

    @staticmethod
    def _colour(r: post_service.RecordInfo) -> QColor | None:
        return theme.colour("row_muted") if r.retired else None

    def refresh(self) -> None:
        try:
            rows = post_service.list_records(self.session, include_retired=True)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self.model.set_rows(rows)

    def clear(self) -> None:
        self.model.set_rows([])
        self.title.clear()
        self.url.clear()

    def data(self) -> post_service.RecordInput:
        return post_service.RecordInput(
            self.kind.currentData(),
            self.title.text(),
            cast(date, self.on_date.date().toPython()) if self.dated.isChecked() else None,
            self.url.text(),
        )

    def add(self) -> None:
        run_change(self, lambda: post_service.add_record(self.session, self.data()), self.tr("The record was added."))

    def retire(self) -> None:
        r = selected_row(self.table)
        if r is None:
            say(self.message, self.tr("Choose a record in the list first."), error=True)
            return
        run_change(self, lambda: post_service.retire_record(self.session, r.id), self.tr("The record was retired."))

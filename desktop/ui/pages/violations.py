"""違反報告 — violation reports (design A10; seed 003 line 71).

* :func:`open_report_dialog` — any member of staff reports at once (User menu → "Report a
  violation…"): what happened, when it was noticed, how many people, which data, what is known.
* 管理 → 違反報告 (:class:`ViolationsPage`, administrators = the privacy officer): the ledger
  with status, whether a report to the PPC may be needed, the next deadline and overdue
  highlighting; the selected case's facts, analysis, report dates, close and reopen.

All rules (what may need a PPC report, deadlines, overdue, what closing needs) come from
``desktop.domain.violations`` through ``desktop.services.violations``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEventLoop, Qt, QTime, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.domain.violations import REPORT_ITEMS, DataKind, Due, Status, ViolationKind
from desktop.services import violations as service
from desktop.services.session import Session
from desktop.ui import msgbox
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import ERROR_STYLE, error_label, heading, hint, ok_cancel_buttons, paragraph
from desktop.ui.widgets.table import RowsTableModel, selected_row, table_view

__all__ = ["ADMIN_TABS", "SCREENSHOTS", "ReportViolationDialog", "ViolationsPage", "open_report_dialog",
           "reminder_text"]

OVERDUE_BACKGROUND = "#fde0e0"
OK_STYLE = "color: #1b7a3a;"


def _tr(text: str) -> str:
    """A domain label, translated in the context it was marked in ("Violations")."""
    return QCoreApplication.translate("Violations", text)


def kind_text(kind: ViolationKind) -> str:
    return _tr(kind.label)


def status_text(status: Status) -> str:
    return _tr(status.label)


def _qdatetime(dt: datetime) -> QDateTime:
    local = dt.astimezone(OFFICE_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _naive(q: QDateTime) -> datetime:
    """The Japan-time moment shown in a date-time field (the service reads naive times as Japan time)."""
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _minute(dt: datetime | None) -> datetime | None:
    return None if dt is None else dt.astimezone(OFFICE_TZ).replace(second=0, microsecond=0, tzinfo=None)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _datetime_edit(object_name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _text_edit(object_name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(object_name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class _FactsForm:
    """The fields both the staff dialog and the officer's page use for the facts of a case."""

    def __init__(self, owner: QWidget) -> None:
        self.kind = QComboBox(owner)
        self.kind.setObjectName("violationKind")
        for kind in ViolationKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.noticed = _datetime_edit("violationNoticed")
        self.occurred_known = QCheckBox(QCoreApplication.translate("ViolationsPage", "Known:"))
        self.occurred_known.setObjectName("violationOccurredKnown")
        self.occurred = _datetime_edit("violationOccurred")
        self.occurred.setEnabled(False)
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        self.people = QLineEdit()
        self.people.setObjectName("violationPeople")
        self.people.setPlaceholderText(
            QCoreApplication.translate("ViolationsPage", "Leave empty if not known"))
        self.people.setMaximumWidth(200)
        self.data_boxes: dict[DataKind, QCheckBox] = {}
        self.data_grid = QGridLayout()
        self.data_grid.setContentsMargins(0, 0, 0, 0)
        for i, data_kind in enumerate(DataKind):
            box = QCheckBox(_tr(data_kind.label))
            box.setObjectName(f"violationData_{data_kind.value}")
            self.data_boxes[data_kind] = box
            self.data_grid.addWidget(box, i // 2, i % 2)
        self.sensitive = QCheckBox(QCoreApplication.translate(
            "ViolationsPage", "Sensitive personal information (要配慮個人情報) is involved"))
        self.sensitive.setObjectName("violationSensitive")
        self.financial = QCheckBox(
            QCoreApplication.translate("ViolationsPage", "Misuse could cause financial harm"))
        self.financial.setObjectName("violationFinancial")
        self.unlawful = QCheckBox(QCoreApplication.translate(
            "ViolationsPage", "It may have been done on purpose (theft, unauthorised access)"))
        self.unlawful.setObjectName("violationUnlawful")
        self.encrypted = QCheckBox(QCoreApplication.translate(
            "ViolationsPage", "The data was strongly encrypted and the key is safe"))
        self.encrypted.setObjectName("violationEncrypted")
        self.flags_box = QVBoxLayout()
        self.flags_box.setContentsMargins(0, 0, 0, 0)
        for box in (self.sensitive, self.financial, self.unlawful, self.encrypted):
            self.flags_box.addWidget(box)

    def occurred_at(self) -> datetime | None:
        return _naive(self.occurred.dateTime()) if self.occurred_known.isChecked() else None

    def data_kinds(self) -> list[DataKind]:
        return [kind for kind, box in self.data_boxes.items() if box.isChecked()]

    def show(self, info: service.ViolationInfo) -> None:
        self.kind.setCurrentIndex(self.kind.findData(info.kind.value))
        self.noticed.setDateTime(_qdatetime(info.noticed_at))
        self.occurred_known.setChecked(info.occurred_at is not None)
        self.occurred.setDateTime(_qdatetime(info.occurred_at or info.noticed_at))
        self.people.setText("" if info.people_affected is None else str(info.people_affected))
        for kind, box in self.data_boxes.items():
            box.setChecked(kind in info.data_kinds)
        self.sensitive.setChecked(info.sensitive)
        self.financial.setChecked(info.financial_risk)
        self.unlawful.setChecked(info.unlawful_purpose)
        self.encrypted.setChecked(info.encrypted)

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.noticed, self.occurred_known, self.occurred, self.people,
                *self.data_boxes.values(), self.sensitive, self.financial, self.unlawful, self.encrypted]


# --- the staff member's report ---------------------------------------------------------------


class ReportViolationDialog(QDialog):
    """Report a breach of the manual or a possible leak to the privacy officer (any member of staff)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportViolationDialog")
        self.setWindowTitle(self.tr("Report a violation"))
        self.session = session
        settings = session.settings()
        self.filed: service.FiledReport | None = None
        self.confirmation: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(fill(self.tr(
            "Report at once anything that breaks the handling manual or may have let personal data leak: "
            "lost or misplaced data, mail or letters to the wrong person, unauthorised access, e-mail sent "
            "without consent. The report goes to the privacy officer, %1 (%2). Write what you know now; the "
            "privacy officer completes the rest."), settings.privacy_officer_name,
            settings.privacy_officer_contact)))
        self.facts = _FactsForm(self)
        self.facts.noticed.setDateTime(_qdatetime(session.now()))
        self.facts.occurred.setDateTime(_qdatetime(session.now()))
        self.description = _text_edit("violationDescription", 120)
        self.description.setPlaceholderText(self.tr(
            "What happened, which data and whose, and what has been done so far (e.g. asked the recipient to "
            "delete the mail)."))
        form = QFormLayout()
        form.addRow(self.tr("What happened:"), self.facts.kind)
        form.addRow(self.tr("Details:"), self.description)
        form.addRow(self.tr("Noticed at:"), self.facts.noticed)
        occurred = QHBoxLayout()
        occurred.addWidget(self.facts.occurred_known)
        occurred.addWidget(self.facts.occurred, 1)
        form.addRow(self.tr("Happened at:"), occurred)
        form.addRow(self.tr("People affected:"), self.facts.people)
        form.addRow(self.tr("Data involved:"), self.facts.data_grid)
        form.addRow(self.tr("What is known:"), self.facts.flags_box)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Tick only what you know. Times are Japan time.")))
        self.status = error_label("violationError")
        layout.addWidget(self.status)
        buttons = ok_cancel_buttons(self, self.submit)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Send the report"))
        ok.setObjectName("sendViolationReport")
        layout.addWidget(buttons)
        self.facts.kind.setFocus()

    def submit(self) -> None:
        f = self.facts
        try:
            self.filed = service.file_report(
                self.session, kind=f.kind.currentData(), description=self.description.toPlainText(),
                noticed_at=_naive(f.noticed.dateTime()), occurred_at=f.occurred_at(),
                people_affected=f.people.text(), data_kinds=f.data_kinds(), sensitive=f.sensitive.isChecked(),
                financial_risk=f.financial.isChecked(), unlawful_purpose=f.unlawful.isChecked(),
                encrypted=f.encrypted.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was saved
            self.status.setText(error_text(exc))
            return
        filed = self.filed
        lines = [fill(self.tr("Report #%1 was sent to the privacy officer, %2."), filed.report_id,
                      filed.privacy_officer_name)]
        if filed.may_need_report:
            lines.append(fill(self.tr(
                "From what you entered, it may have to be reported to the Personal Information Protection "
                "Commission within a few days. Tell the privacy officer now as well: %1."),
                filed.privacy_officer_contact))
        self.description.clear()
        self.accept()
        self.confirmation = msgbox.info(self.parentWidget(), self.tr("Report sent"), "\n\n".join(lines))


def open_report_dialog(session: Session, parent: QWidget | None) -> ReportViolationDialog | None:
    """Open the staff member's report dialog (User menu → "Report a violation…")."""
    try:
        dialog = ReportViolationDialog(session, parent)
    except DomainError as exc:  # e.g. locked
        title = QCoreApplication.translate("ViolationsPage", "Report a violation")
        msgbox.error(parent, title, error_text(exc))
        return None
    dialog.open()
    return dialog


# --- the privacy officer's ledger ------------------------------------------------------------


class ViolationsModel(RowsTableModel[service.ViolationInfo]):
    COLUMNS = 7

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Noticed"), self.tr("What happened"), self.tr("People"),
                self.tr("PPC report"), self.tr("Next deadline"), self.tr("Status"))

    def cell(self, r: service.ViolationInfo, column: int) -> str:
        if column == 0:
            return f"#{r.report_id}"
        if column == 1:
            return r.noticed_on.isoformat()
        if column == 2:
            return kind_text(r.kind)
        if column == 3:
            return self.tr("unknown") if r.people_affected is None else f"{r.people_affected:,}"
        if column == 4:
            if r.assessment.may_need_report:
                return self.tr("May be needed")
            if r.assessment.encryption_exemption:
                return self.tr("Exemption may apply")
            return "—"
        if column == 5:
            return deadline_text(r)
        return status_text(r.status)

    def role_data(self, r: service.ViolationInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QColor(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue and column == 5:
            return QColor("#b00020")
        return None


def deadline_text(r: service.ViolationInfo) -> str:
    d = r.assessment.deadlines
    if r.overdue and d is not None:
        due = r.overdue[0]
        last = d.preliminary_due if due is Due.PRELIMINARY else d.final_due
        return fill(QCoreApplication.translate("ViolationsPage", "OVERDUE: %1 was due by %2"), _tr(due.label),
                    last.isoformat())
    if r.next_deadline is not None:
        due, when = r.next_deadline
        return fill(QCoreApplication.translate("ViolationsPage", "%1 by %2"), _tr(due.label),
                    when.isoformat())
    return "—"


class _DateRow:
    """"Done on [date]": a date the officer records, or nothing yet."""

    def __init__(self, object_name: str, label: str) -> None:
        self.done = QCheckBox(label)
        self.done.setObjectName(f"{object_name}Done")
        self.date = QDateEdit()
        self.date.setObjectName(object_name)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.done.toggled.connect(self.date.setEnabled)

    def set(self, value: date | None, default: date) -> None:
        self.done.setChecked(value is not None)
        self.date.setDate(_qdate(value or default))

    def value(self) -> date | None:
        return _date(self.date.date()) if self.done.isChecked() else None


class ViolationsPage(QWidget):
    """管理 → 違反報告: the ledger and the selected case (administrators; the service checks too)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("violationsPage")
        self.session = session
        self.close_dialog: QDialog | None = None

        self.report_button = QPushButton(self.tr("Report a violation…"))
        self.report_button.setObjectName("newViolationReport")
        self.report_button.clicked.connect(self.open_report)
        self.open_only = QComboBox()
        self.open_only.setObjectName("violationFilter")
        self.open_only.addItem(self.tr("Open cases"), True)
        self.open_only.addItem(self.tr("All cases"), False)
        self.open_only.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("violationSummary")
        top = QHBoxLayout()
        top.addWidget(self.report_button)
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.model = ViolationsModel(parent=self)
        self.table = table_view(self.model, "violationsTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.detail = self._build_detail()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr(
            "Reports of breaches of the manual and possible leaks, filed by staff (seed rule: report at once "
            "to the privacy officer). Deadlines count the day the case was noticed as day 1.")))
        layout.addWidget(splitter, 1)
        self._show_selected()

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        outer = QVBoxLayout(detail)
        columns = QHBoxLayout()
        box = QVBoxLayout()  # left: the case as filed, the assessment, the analysis
        right = QVBoxLayout()  # right: the facts, the report dates, the buttons
        columns.addLayout(box, 1)
        columns.addLayout(right, 2)
        self.title = heading()
        self.info = QLabel()
        self.info.setObjectName("violationInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.description_view = _text_edit("violationDescriptionView", 100)
        self.description_view.setReadOnly(True)
        self.assessment = QLabel()
        self.assessment.setObjectName("violationAssessment")
        self.assessment.setWordWrap(True)
        self.assessment.setTextFormat(Qt.TextFormat.PlainText)
        self.assessment.setStyleSheet("background: #f4f6f8; padding: 6px; border-radius: 4px;")
        outer.addWidget(self.title)
        outer.addLayout(columns)
        box.addWidget(self.info)
        box.addWidget(self.description_view)
        box.addWidget(self.assessment)

        facts_box = QGroupBox(self.tr("Facts"))
        self.facts = _FactsForm(facts_box)
        facts = QFormLayout(facts_box)
        facts.addRow(self.tr("What happened:"), self.facts.kind)
        facts.addRow(self.tr("Noticed at:"), self.facts.noticed)
        occurred = QHBoxLayout()
        occurred.addWidget(self.facts.occurred_known)
        occurred.addWidget(self.facts.occurred, 1)
        facts.addRow(self.tr("Happened at:"), occurred)
        facts.addRow(self.tr("People affected:"), self.facts.people)
        facts.addRow(self.tr("Data involved:"), self.facts.data_grid)
        facts.addRow(self.tr("What is known:"), self.facts.flags_box)
        right.addWidget(facts_box)

        analysis_box = QGroupBox(self.tr("Analysis and measures"))
        analysis = QVBoxLayout(analysis_box)
        self.cause = _text_edit("violationCause", 60)
        self.secondary_harm = _text_edit("violationSecondaryHarm", 60)
        self.actions_edit = _text_edit("violationActions", 60)
        self.prevention = _text_edit("violationPrevention", 60)
        for label, edit in ((self.tr("Cause:"), self.cause), (self.tr("Secondary harm, or the risk of it:"),
                                                              self.secondary_harm),
                            (self.tr("Done for the people affected, public announcement:"), self.actions_edit),
                            (self.tr("Measures against recurrence:"), self.prevention)):
            caption = paragraph(label)
            caption.setBuddy(edit)
            analysis.addWidget(caption)
            analysis.addWidget(edit)
        box.addWidget(analysis_box)

        dates_box = QGroupBox(self.tr("Reports and notification"))
        dates = QFormLayout(dates_box)
        self.preliminary = _DateRow("violationPreliminary", self.tr("Made on:"))
        self.final = _DateRow("violationFinal", self.tr("Made on:"))
        self.notified = _DateRow("violationNotified", self.tr("Told on:"))
        for label, row in ((self.tr("Preliminary report to the PPC:"), self.preliminary),
                           (self.tr("Final report to the PPC:"), self.final),
                           (self.tr("People affected told:"), self.notified)):
            line = QHBoxLayout()
            line.addWidget(row.done)
            line.addWidget(row.date, 1)
            dates.addRow(label, line)
        right.addWidget(dates_box)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveViolation")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close the case…"))
        self.close_button.setObjectName("closeViolation")
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenViolation")
        self.reopen_button.clicked.connect(self.reopen)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("violationMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        right.addStretch(1)
        box.addStretch(1)
        return detail

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session.locked:
            return
        current = self.selected()
        try:
            rows = service.list_reports(self.session, open_only=bool(self.open_only.currentData()))
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(fill(self.tr("%1 shown, %2 overdue"), len(rows), overdue))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")
        self.table.resizeColumnsToContents()
        if current is not None:
            self.select(current.report_id)
        self._show_selected()

    def clear(self) -> None:
        """On lock: drop the rows and every field that may hold personal data."""
        self.model.set_rows([])
        for edit in (self.description_view, self.cause, self.secondary_harm, self.actions_edit, self.prevention):
            edit.clear()
        self.facts.people.clear()
        self.info.clear()
        self.assessment.clear()
        self.message.clear()
        self.summary.clear()
        self._show_selected()

    def selected(self) -> service.ViolationInfo | None:
        row: service.ViolationInfo | None = selected_row(self.table)
        return row

    def select(self, report_id: int) -> bool:
        for i, r in enumerate(self.model.rows):
            if r.report_id == report_id:
                self.table.selectRow(i)
                return True
        return False

    def _editable(self) -> list[QWidget]:
        return [*self.facts.widgets(), self.cause, self.secondary_harm, self.actions_edit, self.prevention,
                self.preliminary.done, self.final.done, self.notified.done, self.save_button]

    def _show_selected(self) -> None:
        r = self.selected()
        closed = r is not None and r.status is Status.CLOSED
        for w in self._editable():
            w.setEnabled(r is not None and not closed)
        for row in (self.preliminary, self.final, self.notified):
            row.date.setEnabled(r is not None and not closed and row.done.isChecked())
        self.facts.occurred.setEnabled(r is not None and not closed and self.facts.occurred_known.isChecked())
        self.close_button.setVisible(not closed)
        self.close_button.setEnabled(r is not None)
        self.reopen_button.setVisible(closed)
        if r is None:
            self.title.setText(self.tr("No case selected"))
            self.info.setText(self.tr("Select a case in the list."))
            self.description_view.clear()
            self.assessment.setText("")
            self.assessment.setVisible(False)
            return
        self.title.setText(fill(self.tr("Case #%1 — %2"), r.report_id, status_text(r.status)))
        info = [fill(self.tr("Filed by %1 on %2. Noticed %3 (day 1 of the deadlines)."), r.reported_by_name,
                     r.reported_at.astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M"),
                     r.noticed_at.astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M"))]
        if closed and r.closing_note:
            info.append(fill(self.tr("Closing note: %1"), r.closing_note))
        self.info.setText("\n".join(info))
        self.description_view.setPlainText(r.description)
        self.assessment.setText(self.assessment_text(r))
        self.assessment.setVisible(True)
        self.assessment.setStyleSheet(
            ("background: #fde0e0; color: #7a0014;" if r.overdue else "background: #f4f6f8;")
            + " padding: 6px; border-radius: 4px;")
        self.facts.show(r)
        for edit, text in ((self.cause, r.cause), (self.secondary_harm, r.secondary_harm),
                           (self.actions_edit, r.actions), (self.prevention, r.prevention)):
            edit.setPlainText(text)
        today = self.session.now().astimezone(OFFICE_TZ).date()
        self.preliminary.set(r.preliminary_on, today)
        self.final.set(r.final_on, today)
        self.notified.set(r.people_notified_on, today)
        for row in (self.preliminary, self.final, self.notified):
            row.date.setEnabled(not closed and row.done.isChecked())
        self.facts.occurred.setEnabled(not closed and self.facts.occurred_known.isChecked())

    def assessment_text(self, r: service.ViolationInfo) -> str:
        a = r.assessment
        lines: list[str] = []
        if a.may_need_report and a.deadlines is not None:
            lines.append(self.tr(
                "A report to the Personal Information Protection Commission (PPC) may be needed:"))
            lines += [f"• {_tr(reason.label)}" for reason in a.reasons]
            d = a.deadlines
            lines.append(fill(self.tr("Preliminary report: aim for %1, at the latest %2. Final report: by %3 "
                                      "(%4 days)."), d.preliminary_target.isoformat(),
                              d.preliminary_due.isoformat(), d.final_due.isoformat(), d.final_days))
            if r.people_notified_on is None:
                lines.append(self.tr("Tell the people affected promptly, and record the date."))
            if r.missing_items:
                lines.append(fill(self.tr("Report items still to answer: %1"),
                                  ", ".join(_tr(REPORT_ITEMS[n - 1]) for n in r.missing_items)))
        elif a.encryption_exemption:
            lines += [f"• {_tr(reason.label)}" for reason in a.reasons]
            lines.append(self.tr("The data was strongly encrypted and the key is safe, so the exemption from "
                                 "reporting may apply. Record the reasons in the closing note."))
        else:
            lines.append(self.tr("From what is recorded, no report to the PPC is needed. Check the facts, "
                                 "and analyse the case and prevent it happening again."))
        if a.people_unknown:
            lines.append(self.tr(
                "The number of people is not known yet: more than 1,000 people needs a report."))
        for due in r.overdue:
            lines.append(fill(self.tr("OVERDUE: %1."), _tr(due.label)))
        return "\n".join(lines)

    # --- actions -----------------------------------------------------------------------------
    def _ok(self, text: str) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)

    def _fail(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))

    def open_report(self) -> ReportViolationDialog | None:
        dialog = open_report_dialog(self.session, self)
        if dialog is not None:
            dialog.accepted.connect(self.refresh)
        return dialog

    def save(self) -> None:
        r = self.selected()
        if r is None:
            return
        f = self.facts
        noticed = _naive(f.noticed.dateTime())
        occurred = f.occurred_at()
        changes: dict[str, Any] = {}
        if noticed != _minute(r.noticed_at):
            changes["noticed_at"] = noticed
        if occurred != _minute(r.occurred_at):
            changes["occurred_at"] = occurred
        try:
            service.update_report(
                self.session, r.report_id, kind=f.kind.currentData(), people_affected=f.people.text(),
                data_kinds=f.data_kinds(), sensitive=f.sensitive.isChecked(),
                financial_risk=f.financial.isChecked(), unlawful_purpose=f.unlawful.isChecked(),
                encrypted=f.encrypted.isChecked(), cause=self.cause.toPlainText(),
                secondary_harm=self.secondary_harm.toPlainText(),
                actions=self.actions_edit.toPlainText(), prevention=self.prevention.toPlainText(),
                preliminary_on=self.preliminary.value(), final_on=self.final.value(),
                people_notified_on=self.notified.value(), **changes)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self.refresh()
        self._ok(self.tr("Saved."))

    def ask_close(self) -> QDialog | None:
        r = self.selected()
        if r is None:
            return None
        dialog = QDialog(self)
        dialog.setObjectName("closeViolationDialog")
        dialog.setWindowTitle(self.tr("Close the case"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(paragraph(fill(self.tr(
            "Close case #%1. Write what was found and what was done, including any disciplinary step under "
            "the office rules."), r.report_id)))
        note = _text_edit("violationClosingNote", 140)
        layout.addWidget(note)
        status = error_label("closeViolationError")
        layout.addWidget(status)

        def submit() -> None:
            try:
                service.close_report(self.session, r.report_id, closing_note=note.toPlainText())
            except Exception as exc:  # noqa: BLE001
                status.setText(error_text(exc))
                return
            dialog.accept()
            self.refresh()
            self._ok(self.tr("The case was closed."))

        layout.addWidget(ok_cancel_buttons(dialog, submit))
        self.close_dialog = dialog
        dialog.open()
        return dialog

    def reopen(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            service.reopen_report(self.session, r.report_id)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self.refresh()
        self._ok(self.tr("The case was reopened."))


def reminder_text(session: Session) -> str | None:
    """After login, administrators see how many cases have a PPC report past its deadline."""
    if not session.can(Action.VIOLATION_MANAGE):
        return None
    try:
        count = service.overdue_count(session)
    except DomainError:
        return None
    if not count:
        return None
    return fill(QCoreApplication.translate(
        "ViolationsPage", "Violation reports: %1 case(s) have a report to the PPC past its deadline "
        "(Administration → Violation reports)."), count)


def _tab(session: Session, parent: QWidget) -> QWidget:
    return ViolationsPage(session, parent)


ADMIN_TABS: list[tuple[Callable[[], str], Callable[[Session, QWidget], QWidget]]] = [
    (lambda: QCoreApplication.translate("ViolationsPage", "Violation reports"), _tab),
]


# --- screenshots -----------------------------------------------------------------------------


def _settle(ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _demo_cases(session: Session) -> None:
    """A few fictitious cases for the screenshots (filed once per demo office)."""
    from datetime import timedelta

    if service.list_reports(session):
        return
    now = session.now()
    service.file_report(session, kind=ViolationKind.NO_CONSENT, noticed_at=now - timedelta(days=12),
                        description="電話で配信を断られた方に案内メールを1通送信してしまった。", people_affected=1,
                        data_kinds=[DataKind.EMAIL])
    closed = service.list_reports(session)[0].report_id
    service.update_report(session, closed, cause="拒否の記録前に送信リストを出力していた。",
                          prevention="出力直前に最新の状態で出力し直す。")
    service.close_report(session, closed, closing_note="本人に謝罪し、配信停止済み。手順を周知した。")
    leak = service.file_report(session, kind=ViolationKind.UNAUTHORISED_ACCESS,
                               noticed_at=now - timedelta(days=20),
                               description="共有フォルダに外部からのアクセス記録。名簿ファイルが閲覧された可能性。",
                               people_affected=320, data_kinds=[DataKind.EMAIL, DataKind.NAME])
    service.update_report(session, leak.report_id,
                          preliminary_on=(now - timedelta(days=17)).astimezone(OFFICE_TZ).date(),
                          cause="共有設定の誤り。", actions="対象者へ通知済み。")
    service.file_report(session, kind=ViolationKind.LOST, noticed_at=now - timedelta(days=1),
                        description="イベント受付の紙の名簿を会場に置き忘れた。", people_affected=12,
                        data_kinds=[DataKind.NAME, DataKind.PHONE])
    service.file_report(session, kind=ViolationKind.WRONG_RECIPIENT, noticed_at=now - timedelta(days=8),
                        occurred_at=now - timedelta(days=8, hours=3),
                        description="メールマガジンを宛先をBCCではなくTOに入れて送信。アドレスが相互に見える状態。",
                        people_affected=1500, data_kinds=[DataKind.EMAIL])


def _shots(out: Path, lang: str, data_dir: Path, shot_main: Callable[..., None]) -> None:
    from PySide6.QtWidgets import QTabWidget

    from desktop.domain.roles import Area

    def prepare(page: QWidget) -> None:
        if not isinstance(page, QTabWidget):
            return
        for i in range(page.count()):
            tab = page.widget(i)
            if isinstance(tab, ViolationsPage):
                _demo_cases(tab.session)
                dialog = ReportViolationDialog(tab.session, page.window())
                kind = dialog.facts.kind
                kind.setCurrentIndex(kind.findData(ViolationKind.WRONG_RECIPIENT.value))
                dialog.description.setPlainText(
                    "申込確認メールを別の方のアドレスに送ってしまいました。受信者に削除をお願いしました。"
                    if lang == "ja" else
                    "I sent a booking confirmation to another person's address. I asked them to delete it.")
                dialog.facts.people.setText("1")
                dialog.facts.data_boxes[DataKind.EMAIL].setChecked(True)
                dialog.facts.data_boxes[DataKind.NAME].setChecked(True)
                dialog.resize(640, dialog.sizeHint().height())
                dialog.show()
                _settle()
                dialog.grab().save(str(out / f"violations_report_{lang}.png"))
                print(out / f"violations_report_{lang}.png")
                dialog.reject()
                dialog.deleteLater()
                page.setCurrentIndex(i)
                tab.open_only.setCurrentIndex(1)  # all cases
                tab.refresh()
                for row, r in enumerate(tab.model.rows):
                    if r.overdue:
                        tab.table.selectRow(row)
                        break

    shot_main(out, lang, data_dir, "admin", Area.ADMIN, "violations", prepare)


SCREENSHOTS = [_shots]

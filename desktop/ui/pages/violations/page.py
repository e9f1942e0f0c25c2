"""管理 → 違反報告: the privacy officer's ledger of cases and the selected case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.domain.violations import REPORT_ITEMS, Status
from desktop.services import violations as service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import day_text, local_time
from desktop.ui.pages.violations.fields import (
    DateRow,
    FactsForm,
    deadline_text,
    domain_text,
    kind_text,
    naive,
    status_text,
    text_edit,
    to_minute,
)
from desktop.ui.pages.violations.report_dialog import ReportViolationDialog, open_report_dialog
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import error_label, heading, hint, ok_cancel_buttons, paragraph, say
from desktop.ui.widgets.table import RowsTableModel, selected_row, table_view


class ViolationsModel(RowsTableModel[service.ViolationInfo]):
    COLUMNS = 7

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Noticed"), self.tr("What happened"), self.tr("People"),
                self.tr("PPC report"), self.tr("Next deadline"), self.tr("Status"))

    def cell(self, r: service.ViolationInfo, column: int) -> str:
        if column == 0:
            return f"#{r.report_id}"
        if column == 1:
            return day_text(r.noticed_on)
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
            return theme.colour("row_alert")
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue and column == 5:
            return theme.colour("error")
        return None



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
        self.description_view = text_edit("violationDescriptionView", 100)
        self.description_view.setReadOnly(True)
        self.assessment = QLabel()
        self.assessment.setObjectName("violationAssessment")
        self.assessment.setWordWrap(True)
        self.assessment.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.assessment, "banner-info")
        outer.addWidget(self.title)
        outer.addLayout(columns)
        box.addWidget(self.info)
        box.addWidget(self.description_view)
        box.addWidget(self.assessment)

        facts_box = QGroupBox(self.tr("Facts"))
        self.facts = FactsForm(facts_box)
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
        self.cause = text_edit("violationCause", 60)
        self.secondary_harm = text_edit("violationSecondaryHarm", 60)
        self.actions_edit = text_edit("violationActions", 60)
        self.prevention = text_edit("violationPrevention", 60)
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
        self.preliminary = DateRow("violationPreliminary", self.tr("Made on:"))
        self.final = DateRow("violationFinal", self.tr("Made on:"))
        self.notified = DateRow("violationNotified", self.tr("Told on:"))
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
        theme.set_role(self.summary, "error-strong" if overdue else None)
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
                     local_time(r.reported_at),
                     local_time(r.noticed_at))]
        if closed and r.closing_note:
            info.append(fill(self.tr("Closing note: %1"), r.closing_note))
        self.info.setText("\n".join(info))
        self.description_view.setPlainText(r.description)
        self.assessment.setText(self.assessment_text(r))
        self.assessment.setVisible(True)
        theme.set_role(self.assessment, "banner-alert" if r.overdue else "banner-info")
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
            lines += [f"• {domain_text(reason.label)}" for reason in a.reasons]
            d = a.deadlines
            lines.append(fill(self.tr("Preliminary report: aim for %1, at the latest %2. Final report: by %3 "
                                      "(%4 days)."), day_text(d.preliminary_target),
                              day_text(d.preliminary_due), day_text(d.final_due), d.final_days))
            if r.people_notified_on is None:
                lines.append(self.tr("Tell the people affected promptly, and record the date."))
            if r.missing_items:
                lines.append(fill(self.tr("Report items still to answer: %1"),
                                  ", ".join(domain_text(REPORT_ITEMS[n - 1]) for n in r.missing_items)))
        elif a.encryption_exemption:
            lines += [f"• {domain_text(reason.label)}" for reason in a.reasons]
            lines.append(self.tr("The data was strongly encrypted and the key is safe, so the exemption from "
                                 "reporting may apply. Record the reasons in the closing note."))
        else:
            lines.append(self.tr("From what is recorded, no report to the PPC is needed. Check the facts, "
                                 "and analyse the case and prevent it happening again."))
        if a.people_unknown:
            lines.append(self.tr(
                "The number of people is not known yet: more than 1,000 people needs a report."))
        for due in r.overdue:
            lines.append(fill(self.tr("OVERDUE: %1."), domain_text(due.label)))
        return "\n".join(lines)

    # --- actions -----------------------------------------------------------------------------
    def _ok(self, text: str) -> None:
        say(self.message, text)

    def _fail(self, exc: BaseException) -> None:
        say(self.message, error_text(exc), error=True)

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
        noticed = naive(f.noticed.dateTime())
        occurred = f.occurred_at()
        changes: dict[str, Any] = {}
        if noticed != to_minute(r.noticed_at):
            changes["noticed_at"] = noticed
        if occurred != to_minute(r.occurred_at):
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
        note = text_edit("violationClosingNote", 140)
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

"""The staff member's report of a violation (User menu → "Report a violation…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import kept as kept_service
from desktop.services import violations as service
from desktop.services.session import Session
from desktop.ui import msgbox, theme
from desktop.ui.kept_text import TextKeeper
from desktop.ui.pages.violations.fields import FactsForm, naive, text_edit, to_qdatetime
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import buddy_label, error_label, hint, ok_cancel_buttons, paragraph


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
        self.facts = FactsForm(self)
        self.facts.noticed.setDateTime(to_qdatetime(session.now()))
        self.description = text_edit("violationDescription", 120)
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
        form.addRow(buddy_label(self.tr("Happened at:"), self.facts.occurred), occurred)
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
        # the description survives a lock, a cancelled unlock and a logout (kept encrypted, given back here)
        self.keeper = TextKeeper(self, session, kept_service.slot("violation", "new"),
                                 {"description": self.description, "people": self.facts.people}, self._say_kept)

    def _say_kept(self, text: str) -> None:
        theme.set_role(self.status, "hint")
        self.status.setText(text)

    def submit(self) -> None:
        f = self.facts
        try:
            self.filed = service.file_report(
                self.session, kind=f.kind.currentData(), description=self.description.toPlainText(),
                noticed_at=naive(f.noticed.dateTime()), occurred_at=f.occurred_at(),
                people_affected=f.people.text(), data_kinds=f.data_kinds(), sensitive=f.sensitive.isChecked(),
                financial_risk=f.financial.isChecked(), unlawful_purpose=f.unlawful.isChecked(),
                encrypted=f.encrypted.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was saved
            theme.set_role(self.status, "error")
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

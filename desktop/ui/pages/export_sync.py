"""The export screen's "sync before you send" banner (issue 16).

Shows when the mail service's unsubscribes and bounces last came back, and, when the send list
should wait for a new import (services.mail_sync), a warning with a field for the reason to go on.
The export service refuses a send list that needs a reason without one and records the reason in
the export's audit entry; the banner only collects it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.mail_services.sync import MAX_REASON, SyncProblem, clean_reason
from desktop.services import mail_sync
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import local_time
from desktop.ui.text import fill


def problem_text(problem: SyncProblem, max_days: int) -> str:
    return fill(QCoreApplication.translate("MailSync", problem.label), max_days)


class SyncBanner(QWidget):
    """Shown for the send list only; :meth:`reason` is what the user typed (None when not needed)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBanner")
        self.session = session
        self.state: mail_sync.SyncStatus | None = None
        self.last_import = QLabel()
        self.last_import.setObjectName("syncLastImport")
        self.last_import.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("syncWarning")
        self.warning.setWordWrap(True)
        theme.set_role(self.warning, "banner-warning")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("syncReason")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("e.g. an urgent notice that cannot wait for the import"))
        self.reason_form = QWidget()
        form = QFormLayout(self.reason_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Reason to export anyway:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.last_import)
        layout.addWidget(self.warning)
        layout.addWidget(self.reason_form)
        self.refresh()

    def refresh(self) -> None:
        """Read the state again (after an import, an export, or when the page is shown)."""
        try:
            self.state = mail_sync.status(self.session)
        except Exception:  # noqa: BLE001 - a locked session: show nothing rather than stale dates
            self.state = None
        state = self.state
        if state is None:
            self.last_import.clear()
            self.warning.hide()
            self.reason_form.hide()
            return
        if state.last_import is None:
            self.last_import.setText(self.tr("Unsubscribes and bounces have not been imported from the mail "
                                             "service yet (Contacts → Import from the mail service)."))
        else:
            self.last_import.setText(fill(self.tr("Last import from the mail service: %1."),
                                          local_time(state.last_import)))
        if state.problem is None:
            self.warning.hide()
            self.reason_form.hide()
            self.reason_edit.clear()
            return
        self.warning.setText(
            "⚠ " + problem_text(state.problem, state.max_days) + " "
            + self.tr("People who unsubscribed through the service's link may be sent mail again. Import the "
                      "service's unsubscribe and bounce lists first, or give a reason to export anyway (the "
                      "reason is recorded in the audit log)."))
        self.warning.show()
        self.reason_form.show()

    def check_ready(self) -> None:
        """Raise the service's ReasonNeeded when the warning is shown and no reason was typed."""
        if not self.isHidden() and self.state is not None and self.state.problem is not None:
            if self.reason() is None:
                self.reason_edit.setFocus()
                raise mail_sync.ReasonNeeded()
            clean_reason(self.reason())

    def reason(self) -> str | None:
        if self.state is None or self.state.problem is None:
            return None
        return self.reason_edit.text().strip() or None

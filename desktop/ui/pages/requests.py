"""管理 → 請求 — the rights-request ledger (administrators; the service checks the role too).

Disclosure, correction, deletion and stop-of-use requests from receipt to completion. The
actions that fit the request's kind sit next to the ledger: write the disclosure file, erase
the person's data (keeping only the keyed hash on the suppression list), stop use now, correct
the name. Disclosure and deletion ask for the password again if the last proof is older than
five minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import kept as kept_service
from desktop.services import requests as request_service
from desktop.services.requests import RequestKind, RequestStatus
from desktop.services.session import Session
from desktop.ui import dialogs_certificate, files, msgbox, theme
from desktop.ui.consent_text import status_label
from desktop.ui.dates import DATE_EDIT_FORMAT, day_text, office_today, set_blank
from desktop.ui.kept_text import TextKeeper
from desktop.ui.login import with_fresh_proof
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import error_label, hint, ok_cancel_buttons


def kind_text(kind: RequestKind) -> str:
    return QCoreApplication.translate("Requests", kind.label)


def status_text(status: RequestStatus) -> str:
    return QCoreApplication.translate("Requests", status.label)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class NewRequestDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRequestDialog")
        self.setWindowTitle(self.tr("New rights request"))
        self.session = session
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        for kind in RequestKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.requester = QLineEdit()
        self.requester.setObjectName("requestRequester")
        self.requester.setPlaceholderText(self.tr("e.g. the person (by phone), or a reference number"))
        self.address = QLineEdit()
        self.address.setObjectName("requestAddress")
        self.identity = QLineEdit()
        self.identity.setObjectName("requestIdentity")
        self.identity.setPlaceholderText(self.tr("How the identity was checked"))
        self.received = QDateEdit(office_today(session.now()))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(DATE_EDIT_FORMAT)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Requester:"), self.requester)
        form.addRow(self.tr("E-mail address concerned:"), self.address)
        form.addRow(self.tr("Identity check:"), self.identity)
        form.addRow(self.tr("Received:"), self.received)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "The due date is set 10 business days after the date received; change it in the "
            "ledger if needed.")))
        self.status = error_label()
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel_buttons(self, self.submit))
        self.created: request_service.RequestInfo | None = None
        # what was typed survives a lock, a cancelled unlock and a logout (kept encrypted, given back here)
        self.keeper = TextKeeper(self, session, kept_service.slot("request", "new"),
                                 {"requester": self.requester, "address": self.address, "identity": self.identity},
                                 self._say_kept)

    def _say_kept(self, text: str) -> None:
        theme.set_role(self.status, "hint")
        self.status.setText(text)

    def submit(self) -> None:
        try:
            self.created = request_service.create_request(
                self.session, kind=self.kind.currentData(), requester=self.requester.text(),
                address=self.address.text(), identity_check=self.identity.text(),
                received_on=_date(self.received.date()))
        except Exception as exc:  # noqa: BLE001
            theme.set_role(self.status, "error")
            self.status.setText(error_text(exc))
            return
        self.accept()


class RequestsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.session = session
        self.rows: list[request_service.RequestInfo] = []

        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setObjectName("newRequest")
        self.new_button.clicked.connect(self.open_new)
        self.open_only = QComboBox()
        self.open_only.addItem(self.tr("Open requests"), True)
        self.open_only.addItem(self.tr("All requests"), False)
        self.open_only.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.open_only)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("requestsTable")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Kind"), self.tr("Received"), self.tr("Due"),
                                              self.tr("Status"), self.tr("Requester"), self.tr("Address")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)

        detail = QGroupBox(self.tr("Selected request"))
        form = QFormLayout(detail)
        self.info = QLabel()
        self.info.setObjectName("requestInfo")
        self.info.setWordWrap(True)
        self.identity = QLineEdit()
        self.identity.setObjectName("requestIdentityEdit")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("requestStatus")
        for status in RequestStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(DATE_EDIT_FORMAT)
        set_blank(self.due)  # no dummy 2000/01/01 while no request is chosen
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("requestOutcome")
        self.outcome.setMaximumHeight(80)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveRequest")
        self.save_button.clicked.connect(self.save)
        form.addRow(self.info)
        form.addRow(self.tr("Identity check:"), self.identity)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Outcome:"), self.outcome)
        actions = QHBoxLayout()
        self.disclose_button = QPushButton(self.tr("Write the disclosure file…"))
        self.disclose_button.setObjectName("discloseButton")
        self.disclose_button.clicked.connect(self.ask_disclose)
        self.certificate_button = QPushButton(self.tr("Consent certificate…"))
        self.certificate_button.setObjectName("requestCertificateButton")
        self.certificate_button.clicked.connect(self.open_certificate)
        self.delete_button = QPushButton(self.tr("Delete the personal data…"))
        self.delete_button.setObjectName("deleteDataButton")
        self.delete_button.clicked.connect(self.ask_delete)
        self.stop_button = QPushButton(self.tr("Stop use now"))
        self.stop_button.setObjectName("stopUseButton")
        self.stop_button.clicked.connect(self.stop_use)
        self.correct_button = QPushButton(self.tr("Correct name…"))
        self.correct_button.setObjectName("correctDataButton")
        self.correct_button.clicked.connect(self.open_correct)
        for b in (self.disclose_button, self.certificate_button, self.delete_button, self.stop_button,
                  self.correct_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        form.addRow(actions)
        self.message = QLabel()
        self.message.setObjectName("requestMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.file_dialog: QFileDialog | None = None
        self._show_selected()

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session.locked:
            return
        selected = self.selected()
        try:
            self.rows = request_service.list_requests(self.session, open_only=bool(self.open_only.currentData()))
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return
        overdue = sum(1 for r in self.rows if r.overdue)
        self.summary.setText(fill(self.tr("%1 shown, %2 overdue"), len(self.rows), overdue))
        theme.set_role(self.summary, "error-strong" if overdue else None)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = [f"#{r.request_id}", kind_text(r.kind), day_text(r.received_on), day_text(r.due_on),
                     status_text(r.status), r.requester, r.address or ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.overdue:
                    item.setBackground(theme.colour("row_alert"))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        if selected is not None:
            for i, r in enumerate(self.rows):
                if r.request_id == selected.request_id:
                    self.table.selectRow(i)
        self._show_selected()

    def clear(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        self.outcome.clear()
        self.identity.clear()
        self.info.clear()
        self.message.clear()

    def selected(self) -> request_service.RequestInfo | None:
        row = self.table.currentRow()
        items = self.table.selectedItems()
        if not items or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _show_selected(self) -> None:
        r = self.selected()
        enabled = r is not None
        for w in (self.identity, self.status_combo, self.due, self.outcome, self.save_button):
            w.setEnabled(enabled)
        if not enabled:
            set_blank(self.due)
        for b, kind in ((self.disclose_button, RequestKind.DISCLOSURE), (self.delete_button, RequestKind.DELETION),
                        (self.stop_button, RequestKind.STOP_USE), (self.correct_button, RequestKind.CORRECTION)):
            b.setVisible(r is not None and r.kind is kind)
            b.setEnabled(r is not None and not r.status.closed)
        self.certificate_button.setVisible(r is not None and r.kind is RequestKind.DISCLOSURE and r.contact_id is not None)
        if r is None:
            self.info.setText(self.tr("Select a request."))
            return
        lines = [fill(self.tr("#%1 %2, received %3 from %4, due %5."), r.request_id, kind_text(r.kind),
                      day_text(r.received_on), r.requester, day_text(r.due_on))]
        if r.contact_status:
            lines.append(fill(self.tr("Contact held: %1 (%2)."), r.address or "", status_label(r.contact_status)))
        elif r.address:
            lines.append(fill(self.tr("No contact with %1 is held."), r.address))
        if r.kind is RequestKind.DELETION and r.retain_until and not r.status.closed:
            lines.append(fill(self.tr("Note: the consent record is due to be kept until %1 (特定電子メール法)."),
                              day_text(r.retain_until)))
        self.info.setText("\n".join(lines))
        self.identity.setText(r.identity_check)
        self.status_combo.setCurrentIndex(self.status_combo.findData(r.status.value))
        self.due.setDate(_qdate(r.due_on))
        self.outcome.setPlainText(r.outcome)

    # --- actions ---------------------------------------------------------------------------------
    def _ok(self, text: str) -> None:
        theme.set_role(self.message, "ok")
        self.message.setText(text)

    def _fail(self, exc: BaseException) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(error_text(exc))

    def open_new(self) -> NewRequestDialog:
        dialog = NewRequestDialog(self.session, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def save(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            request_service.update_request(self.session, r.request_id, status=self.status_combo.currentData(),
                                           outcome=self.outcome.toPlainText(), identity_check=self.identity.text(),
                                           due_on=_date(self.due.date()))
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._ok(self.tr("Saved."))
        self.refresh()

    def ask_disclose(self) -> QFileDialog | None:
        r = self.selected()
        if r is None:
            return None
        dialog = files.file_dialog(self, files.Purpose.DISCLOSURE, self.tr("Save the disclosure file"), save=True,
                                   default_suffix="txt", suggested_name=f"disclosure-{r.request_id}.txt")
        dialog.fileSelected.connect(lambda path: with_fresh_proof(self.session, self,
                                                                   lambda: self.disclose_to(Path(path))))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def disclose_to(self, path: Path) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            result = request_service.disclose(self.session, r.request_id, path)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._ok(fill(self.tr("The disclosure file was written: %1 (%2 records)."), str(result.path), result.events))

    def open_certificate(self) -> QDialog | None:
        r = self.selected()
        if r is None or r.contact_id is None:
            return None
        return dialogs_certificate.open_for_inquiry(self, self.session, r.contact_id)

    def ask_delete(self) -> None:
        r = self.selected()
        if r is None:
            return
        msgbox.question(self, self.tr("Delete the personal data"), self.tr(
            "Erase the address, name, furigana, memos and recording references of this person? Only a keyed hash "
            "of the address stays, so that it is never added again. This cannot be undone."),
            lambda: with_fresh_proof(self.session, self, self.delete_now))

    def delete_now(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            request_service.delete_data(self.session, r.request_id)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._ok(self.tr("The personal data was deleted. The request is closed."))
        self.refresh()

    def stop_use(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            request_service.stop_use(self.session, r.request_id)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._ok(self.tr("Use stopped: the address receives no more e-mail."))
        self.refresh()

    def open_correct(self) -> QDialog | None:
        r = self.selected()
        if r is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Correct the name"))
        form = QFormLayout(dialog)
        name = QLineEdit()
        kana = QLineEdit()
        form.addRow(self.tr("Name:"), name)
        form.addRow(self.tr("Furigana:"), kana)
        status = QLabel()
        theme.set_role(status, "error")
        form.addRow(status)

        def submit() -> None:
            try:
                request_service.correct_data(self.session, r.request_id, name=name.text(), furigana=kana.text())
            except Exception as exc:  # noqa: BLE001
                status.setText(error_text(exc))
                return
            dialog.accept()
            self._ok(self.tr("The name was corrected."))
            self.refresh()

        form.addRow(ok_cancel_buttons(dialog, submit))
        dialog.open()
        return dialog


def _tab(session: Session, parent: QWidget) -> QWidget:
    return RequestsPage(session, parent)


ADMIN_TABS: list[tuple[Callable[[], str], Callable[[Session, QWidget], QWidget]]] = [
    (lambda: QCoreApplication.translate("RequestsPage", "Rights requests"), _tab),
]

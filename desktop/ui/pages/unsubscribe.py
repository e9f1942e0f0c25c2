"""配信停止 — one fast screen for unsubscribe requests, and a queue that cannot be missed (A5).

On the phone: type the address, Ctrl+Enter — it takes effect at once. A request that cannot
be processed at once (the address in a letter is unclear, a reply must be checked) goes into
the queue with its due date; overdue requests turn the top of the screen red.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import addresses, office_time
from desktop.domain.roles import Area
from desktop.services import consent as consent_service
from desktop.services import unsubscribe as unsubscribe_service
from desktop.services.session import Session
from desktop.services.unsubscribe import RouteChannel
from desktop.ui import theme
from desktop.ui.consent_text import route_label, status_label
from desktop.ui.dates import DATE_EDIT_FORMAT, day_text, local_time
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import buddy_label, error_label, ok_cancel_buttons, page_shortcut
from desktop.ui.widgets.keys import KeyFilter


class UnsubscribePage(QWidget):
    """Signals:
    recorded(object): an UnsubscribeResult after a request was recorded or processed.
    """

    recorded = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsubscribePage")
        self.session = session
        self.queue_rows: list[unsubscribe_service.UnsubscribeInfo] = []
        self.keys = KeyFilter(self.record, self.clear_form, self)

        self.overdue_banner = QLabel()
        self.overdue_banner.setObjectName("overdueBanner")
        self.overdue_banner.setWordWrap(True)
        theme.scaled_font(self.overdue_banner, 1.4)
        theme.set_role(self.overdue_banner, "banner-urgent")
        self.overdue_banner.hide()

        self.address = QLineEdit()
        self.address.setObjectName("unsubscribeAddress")
        self.address.setPlaceholderText(self.tr("The address that should receive no more e-mail"))
        theme.scaled_font(self.address, 1.45)
        self.address.textChanged.connect(self._address_changed)
        self.found = QLabel()
        self.found.setObjectName("unsubscribeFound")
        self.found.setWordWrap(True)
        self.found.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.found.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.channel = QComboBox()
        self.channel.setObjectName("unsubscribeChannel")
        for route in RouteChannel:
            if route is not RouteChannel.MAIL_SERVICE:  # those come in through 連絡先 → 配信サービスから取り込む
                self.channel.addItem(route_label(route.value), route.value)
        self.received = QDateEdit()
        self.received.setObjectName("unsubscribeReceived")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(DATE_EDIT_FORMAT)
        self.later = QCheckBox(self.tr("Cannot be processed now (for example the address in a letter is unclear)"))
        self.later.setObjectName("unsubscribeLater")
        self.later.toggled.connect(self._later_toggled)
        self.memo = QLineEdit()
        self.memo.setObjectName("unsubscribeMemo")
        self.memo.setPlaceholderText(self.tr("Memo (optional)"))
        self.record_button = QPushButton(self.tr("Stop e-mail now (Ctrl+Enter)"))
        self.record_button.setObjectName("unsubscribeRecord")
        theme.set_role(self.record_button, "emphasis")
        self.record_button.clicked.connect(self.record)
        self.result = QLabel()
        self.result.setObjectName("unsubscribeResult")
        self.result.setWordWrap(True)
        theme.scaled_font(self.result, 1.1)
        self.due_hint = QLabel()
        theme.set_role(self.due_hint, "hint")

        form = QFormLayout()
        form.addRow(self.tr("E-mail address:"), self.address)
        form.addRow("", self.found)
        route_row = QHBoxLayout()
        route_row.addWidget(self.channel)
        route_row.addWidget(buddy_label(self.tr("Received:"), self.received))
        route_row.addWidget(self.received)
        route_row.addStretch(1)
        form.addRow(self.tr("Arrived by:"), route_row)
        form.addRow("", self.later)
        form.addRow(self.tr("Memo:"), self.memo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.due_hint, 1)
        buttons.addWidget(self.record_button)

        self.queue = QTableWidget(0, 6)
        self.queue.setObjectName("unsubscribeQueue")
        self.queue.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Received"), self.tr("Arrived by"),
                                              self.tr("Address as received"), self.tr("Memo"), self.tr("State")])
        self.queue.verticalHeader().hide()
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setTabKeyNavigation(False)
        queue_header = self.queue.horizontalHeader()
        queue_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        queue_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        queue_header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.process_button = QPushButton(self.tr("Process the selected request…"))
        self.process_button.setObjectName("processQueued")
        self.process_button.clicked.connect(self.open_process)
        self.process_dialog: ProcessDialog | None = None
        self.recent = QTableWidget(0, 4)
        self.recent.setObjectName("unsubscribeRecent")
        self.recent.setHorizontalHeaderLabels([self.tr("Processed"), self.tr("Arrived by"), self.tr("Address"),
                                               self.tr("By")])
        self.recent.verticalHeader().hide()
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setTabKeyNavigation(False)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        queue_head = QHBoxLayout()
        self.queue_title = buddy_label("", self.queue)
        theme.set_role(self.queue_title, "emphasis")
        queue_head.addWidget(self.queue_title, 1)
        queue_head.addWidget(self.process_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overdue_banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addLayout(queue_head)
        layout.addWidget(self.queue, 2)
        recent_title = buddy_label(self.tr("Recently processed"), self.recent)
        theme.set_role(recent_title, "emphasis")
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 1)

        for w in (self.address, self.channel, self.received, self.later, self.memo, self.record_button, self.queue,
                  self.process_button):
            w.installEventFilter(self.keys)
        page_shortcut(self, "Ctrl+Return", self.tr("Unsubscribe: stop e-mail now"), self.record)
        # the date is rarely changed (and Tab walks through its parts): it comes last
        order = [self.address, self.channel, self.later, self.memo, self.record_button, self.received, self.queue,
                 self.process_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(300)
        self.lookup_timer.timeout.connect(self.lookup_now)
        self._reset_date()
        self._update_due_hint()

    # --- loading ---------------------------------------------------------------------------------
    def _today(self) -> date:
        return office_time.office_date(self.session.now())

    def _reset_date(self) -> None:
        today = self._today()
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setDate(QDate(today.year, today.month, today.day))

    def refresh(self) -> None:
        if self.session.locked:
            return
        self._reset_date()
        self.load_queue()
        self.address.setFocus()

    def clear(self) -> None:
        """On lock: no personal data stays on screen (an open dialog is closed)."""
        if self.process_dialog is not None:
            self.process_dialog.close()
            self.process_dialog = None
        self.clear_form()
        self.queue.setRowCount(0)
        self.recent.setRowCount(0)
        self.queue_rows = []
        self.result.clear()
        self.overdue_banner.hide()

    def load_queue(self) -> None:
        try:
            rows = unsubscribe_service.open_requests(self.session)
            recent = unsubscribe_service.recent_requests(self.session)
        except Exception as exc:  # noqa: BLE001
            self.result.setText(error_text(exc))
            return
        self.queue_rows = rows
        overdue = [r for r in rows if r.overdue]
        if overdue:
            self.overdue_banner.setText(fill(self.tr(
                "%1 unsubscribe request(s) are OVERDUE. Process them now: until then e-mail may still go to "
                "people who asked to stop."), len(overdue)))
            self.overdue_banner.show()
        else:
            self.overdue_banner.hide()
        self.queue_title.setText(fill(self.tr("Waiting to be processed: %1"), len(rows)))
        self.queue.setRowCount(len(rows))
        for i, r in enumerate(rows):
            if r.overdue:
                state = fill(self.tr("Overdue by %1 business day(s)"), -r.business_days_left)
            elif r.business_days_left == 0:
                state = self.tr("Due today")
            else:
                state = fill(self.tr("%1 business day(s) left"), r.business_days_left)
            cells = [day_text(r.due_on), day_text(r.received_on), route_label(r.channel.value), r.address or "",
                     r.memo or "", state]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.overdue:
                    item.setBackground(theme.colour("row_alert"))
                    item.setForeground(theme.colour("alert_fg"))
                self.queue.setItem(i, col, item)
        self.queue.resizeColumnToContents(0)
        self.queue.resizeColumnToContents(1)
        self.recent.setRowCount(len(recent))
        for i, r in enumerate(recent):
            for col, text in enumerate([local_time(r.done_at), route_label(r.channel.value),
                                        r.address or self.tr("(deleted)"), r.recorded_by]):
                self.recent.setItem(i, col, QTableWidgetItem(text))
        self.recent.resizeColumnToContents(0)

    # --- form ------------------------------------------------------------------------------------
    def _later_toggled(self, on: bool) -> None:
        if on and self.channel.currentData() == RouteChannel.PHONE.value:
            self.channel.setCurrentIndex(self.channel.findData(RouteChannel.LETTER.value))
        self.record_button.setText(self.tr("Put in the queue (Ctrl+Enter)") if on
                                   else self.tr("Stop e-mail now (Ctrl+Enter)"))
        self._update_due_hint()

    def _update_due_hint(self) -> None:
        try:
            days = unsubscribe_service.due_days(self.session)
        except Exception:  # noqa: BLE001
            days = unsubscribe_service.DEFAULT_DUE_DAYS
        if self.later.isChecked():
            self.due_hint.setText(fill(self.tr("Due within %1 business days of the date received."), days))
        else:
            self.due_hint.setText(self.tr("Takes effect at once: the address leaves every send list."))

    def _address_changed(self, text: str) -> None:
        self.result.clear()
        self.found.clear()
        if "@" in text:
            self.lookup_timer.start()

    def lookup_now(self) -> None:
        self.lookup_timer.stop()
        text = self.address.text()
        check = addresses.check(text)
        if not check.valid or self.session.locked:
            self.found.setText("")
            return
        try:
            known = consent_service.lookup(self.session, check.normalised)
        except Exception as exc:  # noqa: BLE001
            self.found.setText(error_text(exc))
            return
        if known is None:
            self.found.setText(fill(self.tr("%1 is not in the contacts. It will be recorded so that it is never "
                                            "added."), check.normalised))
        elif known.erased:
            self.found.setText(self.tr("This address was deleted on request earlier; it is already blocked."))
        elif known.contact is not None:
            self.found.setText(fill(self.tr("Found: %1 — %2"), known.contact.address or "",
                                    status_label(known.contact.status)))

    def clear_form(self) -> None:
        self.lookup_timer.stop()
        self.address.clear()
        self.memo.clear()
        self.later.setChecked(False)
        self.channel.setCurrentIndex(0)
        self._reset_date()
        self.found.clear()
        self.address.setFocus()

    def record(self) -> None:
        if self.session.locked:
            return
        self.lookup_timer.stop()
        qd = self.received.date()
        try:
            result = unsubscribe_service.record_request(
                self.session, address=self.address.text(), channel=self.channel.currentData(),
                received_on=date(qd.year(), qd.month(), qd.day()), process_now=not self.later.isChecked(),
                memo=self.memo.text())
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            theme.set_role(self.result, "error-strong")
            self.result.setText(error_text(exc))
            self.address.setFocus()
            return
        address = self.address.text().strip()
        self.clear_form()
        theme.set_role(self.result, "ok-strong")
        if not result.done:
            self.result.setText(fill(self.tr("Queued. Due by %1."), day_text(result.due_on)))
        elif result.erased_before:
            self.result.setText(self.tr("Recorded. The address had been deleted on request and stays blocked."))
        elif result.was_on_list:
            self.result.setText(fill(self.tr("Done: %1 has left the send list."), addresses.normalise(address)))
        else:
            self.result.setText(fill(self.tr("Done: %1 will not receive e-mail."), addresses.normalise(address)))
        self.load_queue()
        self.recorded.emit(result)

    # --- the queue -------------------------------------------------------------------------------
    def selected_request(self) -> unsubscribe_service.UnsubscribeInfo | None:
        row = self.queue.currentRow()
        return self.queue_rows[row] if 0 <= row < len(self.queue_rows) else None

    def open_process(self) -> ProcessDialog | None:
        request = self.selected_request()
        if request is None:
            theme.set_role(self.result, "error")
            self.result.setText(self.tr("Select a request in the queue first."))
            return None
        dialog = ProcessDialog(self.session, request, self)
        dialog.processed.connect(self._processed)
        self.process_dialog = dialog
        dialog.open()
        return dialog

    def _processed(self, result: unsubscribe_service.UnsubscribeResult) -> None:
        theme.set_role(self.result, "ok-strong")
        self.result.setText(self.tr("The queued request was processed; the address receives no more e-mail."))
        self.load_queue()
        self.recorded.emit(result)


class ProcessDialog(QDialog):
    """Process a queued request with the address as finally established.

    Signals:
        processed(object): the UnsubscribeResult.
    """

    processed = Signal(object)

    def __init__(self, session: Session, request: unsubscribe_service.UnsubscribeInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processDialog")
        self.setWindowTitle(self.tr("Process an unsubscribe request"))
        self.session = session
        self.request = request
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr("Received %1 by %2, due %3."), day_text(request.received_on),
                                     route_label(request.channel.value), day_text(request.due_on))))
        if request.memo:
            layout.addWidget(QLabel(fill(self.tr("Memo: %1"), request.memo)))
        self.address = QLineEdit(request.address or "")
        self.address.setObjectName("processAddress")
        layout.addWidget(buddy_label(self.tr("The address to stop:"), self.address))
        layout.addWidget(self.address)
        self.status = error_label("processStatus")
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel_buttons(self, self.submit))
        self.address.setFocus()

    def submit(self) -> None:
        try:
            result = unsubscribe_service.complete_request(self.session, self.request.request_id,
                                                          address=self.address.text())
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        self.processed.emit(result)
        self.accept()


def _page(session: Session, parent: QWidget) -> QWidget:
    return UnsubscribePage(session, parent)


PAGES = {Area.UNSUBSCRIBE: _page}

"""管理 → 監査ログ: read the audit log (filters, keyset pages in a worker) and its verification status.

Administrators only (the service checks the role). Opening the tab writes one ``audit.view`` entry;
filters and further pages only read. Actions are shown by their Japanese names, never by their codes.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import audit_actions, office_time
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.services import audit_log
from desktop.services.session import Session
from desktop.ui import workers
from desktop.ui.dates import local_time, qdate
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import note
from desktop.ui.widgets.table import RowsTableModel, table_view

Index = QModelIndex | QPersistentModelIndex


def action_text(code: str) -> str:
    return QCoreApplication.translate("AuditActions", audit_actions.action_label(code))


class EntriesModel(RowsTableModel[audit_log.Entry]):
    """The entries read so far; scrolling to the end asks the page for the next keyset page."""

    COLUMNS = 5

    def __init__(self, page: AuditLogPage) -> None:
        super().__init__(parent=page)
        self.page = page

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date and time"), self.tr("Person"), self.tr("Action"), self.tr("Target"), self.tr("Result"))

    def cell(self, item: audit_log.Entry, column: int) -> str:
        if column == 0:
            return local_time(item.at)
        if column == 1:
            return item.actor_name or (self.tr("Not logged in") if item.actor == audit_log.ANONYMOUS
                                       else self.tr("Unknown user"))
        if column == 2:
            return QCoreApplication.translate("AuditActions", item.action_label)
        if column == 3:
            return item.target_name or target_text(item.target)
        return QCoreApplication.translate("AuditActions", item.result_label)

    def tooltip(self, item: audit_log.Entry, column: int) -> str | None:
        return details_text(item) or None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.page.can_load_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self.page.load_more()

    def append(self, entries: list[audit_log.Entry]) -> None:
        if not entries:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.rows.extend(entries)
        self.endInsertRows()


# Targets that name a list or screen rather than a record, by their Japanese name (never the code word).
_TARGET_LABELS = {
    "violation_reports": QT_TRANSLATE_NOOP("AuditTargets", "Violation reports"),
    "unsubscribe_recent": QT_TRANSLATE_NOOP("AuditTargets", "Recent unsubscribes"),
    "unsubscribe_queue": QT_TRANSLATE_NOOP("AuditTargets", "Unsubscribe queue"),
    "training": QT_TRANSLATE_NOOP("AuditTargets", "Training"),
    "rights_requests": QT_TRANSLATE_NOOP("AuditTargets", "Rights requests"),
    "retention": QT_TRANSLATE_NOOP("AuditTargets", "Retention"),
    "mailbox": QT_TRANSLATE_NOOP("AuditTargets", "Mailbox keys"),
    "defaults": QT_TRANSLATE_NOOP("AuditTargets", "Default settings"),
    "contacts": QT_TRANSLATE_NOOP("AuditTargets", "Contacts"),
}
# Detail fields most entries carry, by their Japanese name; other fields keep their stored name.
_DETAIL_LABELS = {
    "covers": QT_TRANSLATE_NOOP("AuditDetails", "Entries covered"),
    "count": QT_TRANSLATE_NOOP("AuditDetails", "Count"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "Rows"),
    "sha256": QT_TRANSLATE_NOOP("AuditDetails", "SHA-256 of the file"),
    "file_sha256": QT_TRANSLATE_NOOP("AuditDetails", "SHA-256 of the file"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "Fields"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "Reason"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind"),
    "created": QT_TRANSLATE_NOOP("AuditDetails", "Created"),
    "joined": QT_TRANSLATE_NOOP("AuditDetails", "Added to the send list"),
}


def target_text(target: str | None) -> str:
    """A record number as "#N", a list or screen by its name, anything else as stored."""
    if not target:
        return ""
    if target.isdigit():
        return f"#{target}"
    label = _TARGET_LABELS.get(target)
    return QCoreApplication.translate("AuditTargets", label) if label else target


def details_text(entry: audit_log.Entry) -> str:
    """The entry's details (ids and counts), one "name: value" per line, with its number."""
    lines = [fill(QCoreApplication.translate("AuditLogPage", "Entry number: %1"), entry.seq)]
    for key, value in sorted(entry.details.items()):
        label = _DETAIL_LABELS.get(key)
        name = QCoreApplication.translate("AuditDetails", label) if label else key
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


class _Progress(QObject):
    """Carries the verifier's progress from the worker thread to the GUI thread (queued signal)."""

    moved = Signal(int, int)


class AuditLogPage(QWidget):
    PAGE_SIZE = audit_log.PAGE_SIZE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogPage")
        self.session = session
        self._generation = 0
        self._loading = False
        self._prepared: audit_log.Prepared | None = None
        self._next_after: tuple[str, int] | None = None

        self.person = QComboBox()
        self.person.setObjectName("auditPerson")
        self.person.setAccessibleName(self.tr("Person"))
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("All actions"), None)
        for label, code in sorted((action_text(code), code) for code, _src in audit_actions.filter_choices()):
            self.action.addItem(label, code)
        self.use_dates = QCheckBox(self.tr("Period:"))
        self.use_dates.setObjectName("auditUseDates")
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy/MM/dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.first_day.setObjectName("auditFirstDay")
        self.last_day.setObjectName("auditLastDay")
        self.use_dates.toggled.connect(self.first_day.setEnabled)
        self.use_dates.toggled.connect(self.last_day.setEnabled)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setObjectName("auditApply")
        self.apply_button.clicked.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person:")))
        filters.addWidget(self.person)
        filters.addWidget(QLabel(self.tr("Action:")))
        filters.addWidget(self.action, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.first_day)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.last_day)
        filters.addWidget(self.apply_button)

        self.verify_status = QLabel(self.tr("Verification: not checked since this screen was opened."))
        self.verify_status.setObjectName("auditVerifyStatus")
        self.verify_status.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify the audit log"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        self.progress = QProgressBar()
        self.progress.setObjectName("auditVerifyProgress")
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(240)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._show_progress)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_status, 1)
        verify_row.addWidget(self.progress)
        verify_row.addWidget(self.verify_button)

        self.model = EntriesModel(self)
        self.table = table_view(self.model, "auditTable", resize=QHeaderView.ResizeMode.Interactive,
                                stretch_last=False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 160, 300, 220, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.count_label = note(object_name="auditCount")
        self.details = QLabel()
        self.details.setObjectName("auditDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(verify_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.details)

    # --- opening --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The tab was opened: record the viewing once, fill the person list, show the newest entries."""
        try:
            audit_log.open_view(self.session)
            people = audit_log.people(self.session)
            last = audit_log.last_verification(self.session)
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self.count_label.setText(error_text(exc))
            return
        if self.verify_button.isEnabled():  # not while a verification runs
            self.verify_status.setText(self._last_text(last))
        chosen = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for uid, name in sorted(people, key=lambda p: p[1]):
            self.person.addItem(name, uid)
        self.person.addItem(self.tr("Not logged in"), audit_log.ANONYMOUS)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(0, index))
        if not self.use_dates.isChecked():
            today = office_time.office_date(self.session.now())
            self.first_day.setDate(qdate(today - timedelta(days=30)))
            self.last_day.setDate(qdate(today))
        self.reload()

    def _last_text(self, last: audit_log.Entry | None) -> str:
        if last is None:
            return self.tr("Verification: the audit log has not been verified yet.")
        who = last.actor_name or self.tr("Unknown user")
        if last.result == "ok":
            return fill(self.tr("Last verification: %1 by %2, the audit log was intact."), local_time(last.at), who)
        return fill(self.tr("Last verification: %1 by %2 found problems. Verify again to see them."),
                    local_time(last.at), who)

    def clear(self) -> None:
        self._generation += 1
        self._loading = False
        self._next_after = None
        self._prepared = None
        self.model.set_rows([])
        self.details.clear()
        self.count_label.clear()

    def query(self) -> audit_log.Query:
        first = last = None
        if self.use_dates.isChecked():
            first = _day(self.first_day)
            last = _day(self.last_day)
        return audit_log.Query(self.person.currentData(), self.action.currentData(), first, last)

    # --- pages (in a worker) --------------------------------------------------------------------
    def reload(self) -> None:
        self.clear()
        generation = self._generation
        query = self.query()
        self._loading = True
        self.count_label.setText(self.tr("Reading…"))

        def job() -> tuple[audit_log.Prepared, audit_log.Page]:
            prepared = audit_log.prepare(self.session, query)
            return prepared, audit_log.fetch(self.session, prepared, None, self.PAGE_SIZE)

        workers.run(job, lambda result: self._first_page(generation, result), self._failed, self)

    def can_load_more(self) -> bool:
        return self._prepared is not None and self._next_after is not None and not self._loading

    def load_more(self) -> None:
        if not self.can_load_more():
            return
        generation = self._generation
        prepared, after = self._prepared, self._next_after
        assert prepared is not None  # can_load_more checked it
        self._loading = True
        workers.run(lambda: audit_log.fetch(self.session, prepared, after, self.PAGE_SIZE),
                    lambda page: self._more(generation, page), self._failed, self)

    def _first_page(self, generation: int, result: tuple[audit_log.Prepared, audit_log.Page]) -> None:
        if generation != self._generation:
            return
        self._prepared = result[0]
        self._more(generation, result[1])

    def _more(self, generation: int, page: audit_log.Page) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._next_after = page.next_after
        self.model.append(page.entries)
        shown = len(self.model.rows)
        if not shown:
            self.count_label.setText(self.tr("No entries match."))
        elif page.next_after is not None:
            self.count_label.setText(fill(self.tr("%1 entries shown, newest first. Scroll down for older ones."), shown))
        else:
            self.count_label.setText(fill(self.tr("%1 entries shown, newest first. These are all that match."), shown))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.count_label.setText(error_text(exc))

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.row_at(current)
        self.details.setText(details_text(entry) if entry is not None else "")

    # --- verification ---------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.verify_status.setText(self.tr("Verifying the audit log…"))
        signal = self._progress

        def report(done: int, total: int) -> None:
            signal.moved.emit(done, total)

        workers.run(lambda: audit_log.verify(self.session, report), self._verified, self._verify_failed, self)

    def _show_progress(self, done: int, total: int) -> None:
        """A busy bar with the number of entries until the verifier reports how far it got."""
        if done == 0:
            self.verify_status.setText(fill(self.tr("Verifying the audit log (%1 entries)…"), total))
        elif total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _verified(self, status: audit_log.VerifyStatus) -> None:
        self.verify_button.setEnabled(True)
        self.progress.setVisible(False)
        if status.ok:
            self.verify_status.setText(fill(self.tr("Verification: the audit log is intact (%1 entries checked)."),
                                            status.count))
        else:
            lines = [error_text(f) for f in status.findings] or [self.tr("The audit log did not verify.")]
            self.verify_status.setText(self.tr("Verification FAILED:") + "\n" + "\n".join(lines))

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.progress.setVisible(False)
        self.verify_status.setText(error_text(exc))


def _day(edit: QDateEdit) -> date:
    value: Any = edit.date().toPython()
    if not isinstance(value, date):
        raise TypeError("a QDateEdit holds a date")
    return value

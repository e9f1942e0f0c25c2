"""The contacts list's lazy model: keyset pages read off the GUI thread, from the top or from the end.

Every read runs in a worker (:func:`desktop.ui.workers.run`) and carries the model's *generation*:
a newer :meth:`ContactsModel.open` (the next keystroke), a jump or :meth:`ContactsModel.clear` (the
lock) raises the generation, which cancels the older read inside SQLite (the service's ``cancel``)
and drops its result if it still arrives, so only the newest search ever reaches the table.

The loaded rows are one contiguous window of the list: growing downwards from the top
(``fetchMore``), or, after :meth:`ContactsModel.jump_to_end` (Ctrl+End), upwards from the end
(:meth:`ContactsModel.fetch_before`), so the last row of a million is one keyset page away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.services import contacts as contact_service
from desktop.services.session import Session
from desktop.ui import workers
from desktop.ui.consent_text import channel_label, status_colour, status_label
from desktop.ui.dates import local_time
from desktop.ui.widgets.table import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
Cancel = Callable[[], bool]


class ContactsModel(RowsTableModel[contact_service.ContactListRow]):
    """Keyset pages from the service, read in workers; only the newest request's result is applied.

    Signals:
        opened(int): a new list was opened; the number of matches (above ``COUNT_CAP``: "more").
        failed(object): the newest read failed (the exception, already translatable).
        reached_end(): the list's last page is shown (after :meth:`jump_to_end`).
        reached_start(): the list's first page is shown again (after :meth:`jump_to_start`).
        prepended(int): rows were added above the window (after :meth:`fetch_before`).
    """

    opened = Signal(int)
    failed = Signal(object)
    reached_end = Signal()
    reached_start = Signal()
    prepended = Signal(int)
    COLUMNS = 5

    def __init__(self, session: Session, parent: Any = None, *, page_size: int = contact_service.PAGE_SIZE) -> None:
        super().__init__(parent=parent)
        self.session = session
        self.page_size = page_size
        self.query = contact_service.ContactQuery()
        self.cursor: tuple[Any, ...] | None = None  # the page after the window (None: the window reaches the end)
        self.before: tuple[Any, ...] | None = None  # the page before the window (None: it starts at the top)
        self.total = 0
        self.generation = 0
        self.loading = False  # a read is running (fetchMore / fetch_before wait for it)

    # --- running reads ----------------------------------------------------------------------
    def _run(self, read: Callable[[Cancel], Any], apply: Callable[[Any], None]) -> None:
        generation = self.generation
        session = self.session

        def cancel() -> bool:  # called in the worker thread
            return self.generation != generation or session.locked

        def done(result: Any) -> None:
            if generation != self.generation:
                return  # a newer read replaced this one
            self.loading = False
            apply(result)

        def failed(exc: BaseException) -> None:
            if generation != self.generation:
                return
            self.loading = False
            if not isinstance(exc, contact_service.SearchCancelled):
                self.failed.emit(exc)

        self.loading = True
        workers.run(lambda: read(cancel), done, failed, parent=self)

    def _reset(self, rows: Any, cursor: tuple[Any, ...] | None, before: tuple[Any, ...] | None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.cursor = cursor
        self.before = before
        self.endResetModel()

    def open(self, query: contact_service.ContactQuery) -> None:
        """Open a new list (count, first page, audited) in a worker; ``opened`` when it is shown.
        An older read still running is cancelled."""
        self.generation += 1
        self.query = query
        limit = self.page_size

        def apply(result: tuple[int, contact_service.Page]) -> None:
            total, page = result
            self.total = total
            self._reset(page.rows, page.cursor, None)
            self.opened.emit(total)

        self._run(lambda cancel: contact_service.open_list(self.session, query, limit=limit, cancel=cancel), apply)

    def jump_to_end(self) -> None:
        """Show the list's last page (Ctrl+End), read from the end; ``reached_end`` when shown."""
        self.generation += 1
        query, limit = self.query, self.page_size

        def apply(page: contact_service.Page) -> None:
            self._reset(page.rows, None, page.before)
            self.reached_end.emit()

        self._run(lambda cancel: contact_service.last_page(self.session, query, limit=limit, cancel=cancel), apply)

    def jump_to_start(self) -> None:
        """Show the list's first page again (Ctrl+Home after a jump to the end); ``reached_start``."""
        self.generation += 1
        query, limit = self.query, self.page_size

        def apply(page: contact_service.Page) -> None:
            self._reset(page.rows, page.cursor, None)
            self.reached_start.emit()

        self._run(lambda cancel: contact_service.next_page(self.session, query, None, limit=limit, cancel=cancel),
                  apply)

    def clear(self) -> None:
        """Empty the model (on lock); any read still running is cancelled and its result dropped."""
        self.generation += 1
        self.loading = False
        self.total = 0
        self._reset([], None, None)

    # --- growing the window ---------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.cursor is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.cursor is None or self.loading or self.session.locked:
            return
        query, cursor, limit = self.query, self.cursor, self.page_size

        def apply(page: contact_service.Page) -> None:
            self.cursor = page.cursor
            if not page.rows:
                return
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()

        self._run(lambda cancel: contact_service.next_page(self.session, query, cursor, limit=limit, cancel=cancel),
                  apply)

    def fetch_before(self) -> None:
        """Add the page above the window (scrolling up after Ctrl+End); ``prepended(n)``."""
        if self.before is None or self.loading or self.session.locked:
            return
        query, before, limit = self.query, self.before, self.page_size

        def apply(page: contact_service.Page) -> None:
            self.before = page.before
            if not page.rows:
                return
            self.beginInsertRows(QModelIndex(), 0, len(page.rows) - 1)
            self.rows[:0] = page.rows
            self.endInsertRows()
            self.prepended.emit(len(page.rows))

        self._run(lambda cancel: contact_service.previous_page(self.session, query, before, limit=limit,
                                                               cancel=cancel), apply)

    # --- what a row shows -------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("E-mail address"), self.tr("Name"), self.tr("Status"), self.tr("Obtained through"),
                self.tr("Registered"))

    def cell(self, row: contact_service.ContactListRow, col: int) -> str:
        if col == 0:
            return row.address if row.address is not None else self.tr("(deleted)")
        if col == 1:
            return row.name or ""
        if col == 2:
            return status_label(row.status)
        if col == 3:
            return channel_label(row.channel)
        return local_time(row.created_at, date_only=True)

    def role_data(self, row: contact_service.ContactListRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None


__all__ = ["ContactsModel"]

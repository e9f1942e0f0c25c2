"""出力 → 除外された連絡先: the contacts the send list leaves out and why, opened from the preview.

The reasons are the preview's own words (``Reason`` labels); the list reads keyset pages in a worker
(:mod:`desktop.services.left_out`), a further page when the table is scrolled to its end. Opening the
dialog and each change of the reason filter is audited by the service (personal data is shown).
A deleted contact has no address: 「（削除済み）」.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.consent import Channel, Reason
from desktop.services import left_out
from desktop.services.session import Session
from desktop.ui import workers
from desktop.ui.dates import local_time
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import note
from desktop.ui.widgets.table import RowsTableModel, table_view

Index = QModelIndex | QPersistentModelIndex

__all__ = ["LeftOutDialog", "reason_text"]


def reason_text(reason: Reason) -> str:
    """A reason in the preview's words."""
    return QCoreApplication.translate("Reason", reason.label)


def _channel_text(value: str | None) -> str:
    try:
        return QCoreApplication.translate("Channel", Channel(value).label) if value else ""
    except ValueError:
        return ""


class LeftOutModel(RowsTableModel[left_out.LeftOut]):
    """The rows read so far; scrolling to the end asks the dialog for the next page."""

    COLUMNS = 6

    def __init__(self, dialog: LeftOutDialog) -> None:
        super().__init__(parent=dialog)
        self.dialog = dialog

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reason"), self.tr("Address"), self.tr("Name"), self.tr("Channel"), self.tr("Decided on"),
                self.tr("Why"))

    def cell(self, item: left_out.LeftOut, column: int) -> str:
        if column == 0:
            return reason_text(item.reason)
        if column == 1:
            return item.address if item.address is not None else self.tr("(deleted)")
        if column == 2:
            return item.name or ""
        if column == 3:
            return _channel_text(item.channel)
        if column == 4:
            return local_time(item.decided_at)
        return QCoreApplication.translate("Eligibility", item.detail)

    def tooltip(self, item: left_out.LeftOut, column: int) -> str | None:
        return QCoreApplication.translate("Eligibility", item.detail)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.dialog.can_load_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self.dialog.load_more()

    def append(self, rows: tuple[left_out.LeftOut, ...]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()


class LeftOutDialog(QDialog):
    """除外された連絡先: a reason filter (すべての理由 first), the table, a count line and 閉じる (Esc)."""

    PAGE_SIZE = left_out.PAGE_SIZE

    def __init__(self, session: Session, counts: Mapping[str, int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leftOutDialog")
        self.setWindowTitle(self.tr("Contacts left out of the send list"))
        self.session = session
        self._generation = 0
        self._loading = False
        self._cursor: left_out.Cursor | None = None
        counts = dict(counts or {})

        self.reason = QComboBox()
        self.reason.setObjectName("leftOutReason")
        self.reason.setAccessibleName(self.tr("Reason left out"))
        total = sum(counts.values())
        self.reason.addItem(fill(self.tr("All reasons (%1)"), total) if counts else self.tr("All reasons"), None)
        for reason in left_out.REASONS:
            if counts and not counts.get(reason.label):
                continue  # the preview counted none: nothing to choose
            shown = reason_text(reason)
            self.reason.addItem(fill(self.tr("%1 (%2)"), shown, counts[reason.label]) if counts else shown,
                                reason.value)
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        filters = QHBoxLayout()
        filters.addWidget(label)
        filters.addWidget(self.reason, 1)

        self.model = LeftOutModel(self)
        self.table = table_view(self.model, "leftOutTable", resize=QHeaderView.ResizeMode.Interactive,
                                stretch_last=True)
        self.table.setAccessibleName(self.tr("Contacts left out"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((230, 240, 110, 90, 130)):
            header.resizeSection(column, width)
        self.detail = note(object_name="leftOutDetail")  # the chosen row's whole "why" (the column is cut)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.count_label = note(object_name="leftOutCount")
        hint = note(self.tr("Nobody listed here receives the send list. To change a contact, find it on the Contacts page."))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("leftOutClose")
        self.close_button.setAccessibleName(self.tr("Close the list"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        self.resize(1120, 580)  # fits a 1366×768 screen with the taskbar
        self.reason.currentIndexChanged.connect(lambda _i: self.reload())
        self.reason.setFocus()
        self.reload()

    def current_reason(self) -> Reason | None:
        value = self.reason.currentData()
        return Reason(value) if value else None

    # --- pages (in a worker) --------------------------------------------------------------------
    def reload(self) -> None:
        """The list (again) from its first page: audited by the service (a filter change shows other people)."""
        self._generation += 1
        generation, reason = self._generation, self.current_reason()
        self._cursor = None
        self._loading = True
        self.model.set_rows([])
        self.detail.clear()
        self.count_label.setText(self.tr("Reading…"))
        workers.run(lambda: left_out.open_list(self.session, reason, limit=self.PAGE_SIZE),
                    lambda page: self._arrived(generation, page), lambda exc: self._failed(generation, exc), self)

    def loading(self) -> bool:
        """A page is being read (in a worker)."""
        return self._loading

    def can_load_more(self) -> bool:
        return self._cursor is not None and not self._loading

    def load_more(self) -> None:
        if not self.can_load_more():
            return
        generation, reason, cursor = self._generation, self.current_reason(), self._cursor
        assert cursor is not None  # can_load_more checked it
        self._loading = True
        workers.run(lambda: left_out.next_page(self.session, reason, cursor, limit=self.PAGE_SIZE),
                    lambda page: self._arrived(generation, page), lambda exc: self._failed(generation, exc), self)

    def _arrived(self, generation: int, page: left_out.Page) -> None:
        if generation != self._generation:
            return  # a newer filter replaced this list
        self._loading = False
        self._cursor = page.cursor
        self.model.append(page.rows)
        shown = len(self.model.rows)
        if not shown:
            self.count_label.setText(self.tr("Nobody is left out for this reason."))
        elif page.cursor is not None:
            self.count_label.setText(fill(self.tr("%1 contacts shown. Scroll down for more."), shown))
        else:
            self.count_label.setText(fill(self.tr("%1 contacts shown. These are all."), shown))

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.row_at(current)
        self.detail.setText(QCoreApplication.translate("Eligibility", item.detail) if item is not None else "")

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.count_label.setText(error_text(exc))

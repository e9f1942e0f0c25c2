"""A small read-only table model over a list of rows, and the table view the pages show it in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat, read-only table: one row object per line.

    ``headers()`` gives the column titles (their number is the column count), ``cell(row, column)``
    the shown text, ``tooltip(row, column)`` the tool tip, and ``role_data(row, column, role)``
    any other role (colours, alignment, user data). Pass them as callables, or override the
    methods in a subclass: a subclass that calls ``self.tr`` keeps its own translation context.
    Lazy models add ``canFetchMore``/``fetchMore`` and append to :attr:`rows` themselves.
    """

    COLUMNS: int | None = None
    """A fixed column count, so that the views' many ``columnCount`` calls need not build the headers."""

    def __init__(
        self,
        headers: Callable[[], Sequence[str]] | None = None,
        cell: Callable[[RowT, int], Any] | None = None,
        *,
        tooltip: Callable[[RowT, int], str | None] | None = None,
        role_data: Callable[[RowT, int, int], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cell = cell
        self._tooltip = tooltip
        self._role_data = role_data
        self.rows: list[RowT] = []

    # --- what a row shows (callables or overrides) -------------------------------------------
    def headers(self) -> Sequence[str]:
        return self._headers() if self._headers is not None else ()

    def cell(self, row: RowT, column: int) -> Any:
        return self._cell(row, column) if self._cell is not None else None

    def tooltip(self, row: RowT, column: int) -> str | None:
        return self._tooltip(row, column) if self._tooltip is not None else None

    def role_data(self, row: RowT, column: int, role: int) -> Any:
        return self._role_data(row, column, role) if self._role_data is not None else None

    # --- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index | int) -> RowT | None:
        """The row object at ``index`` (a model index or a row number), or ``None`` outside the rows."""
        if isinstance(index, int):
            number = index
        elif index.isValid():
            number = index.row()
        else:
            return None
        return self.rows[number] if 0 <= number < len(self.rows) else None

    # --- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return self.COLUMNS if self.COLUMNS is not None else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return self.role_data(row, index.column(), role)


def table_view(model: QAbstractTableModel, object_name: str = "", *,
               resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents,
               stretch_last: bool = True) -> QTableView:
    """A read-only table showing ``model``: whole rows, one at a time, no row numbers."""
    table = QTableView()
    if object_name:
        table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(resize)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.setModel(model)
    return table


def selected_row(table: QTableView) -> Any:
    """The row object of the selected line of a table over a :class:`RowsTableModel`, or ``None``."""
    model = table.model()
    rows = table.selectionModel().selectedRows()
    if not rows or not isinstance(model, RowsTableModel):
        return None
    return model.row_at(rows[0].row())

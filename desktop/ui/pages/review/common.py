"""What the review tabs share: a small read-only table and running a change with its message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from desktop.ui.text import error_text
from desktop.ui.widgets.forms import say
from desktop.ui.widgets.table import RowsTableModel


def rows_model(
    headers: Callable[[], tuple[str, ...]],
    cells: Callable[[Any], tuple[str, ...]],
    colour: Callable[[Any], QColor | None] | None = None,
) -> RowsTableModel[Any]:
    """A small read-only table: ``cells(row)`` gives the texts of one row, ``colour(row)`` its background."""

    def background(row: Any, _column: int, role: int) -> QColor | None:
        return colour(row) if colour is not None and role == Qt.ItemDataRole.BackgroundRole else None

    return RowsTableModel(headers, lambda row, column: cells(row)[column], role_data=background)


class Tab(Protocol):
    message: QLabel

    def refresh(self) -> None: ...


def run_change(tab: Tab, fn: Callable[[], object], done: str) -> None:
    """Make a change; then refresh the tab and say ``done``, or say what went wrong."""
    try:
        fn()
    except Exception as exc:  # noqa: BLE001
        say(tab.message, error_text(exc), error=True)
        return
    tab.refresh()
    say(tab.message, done)

"""Today's entries on the phone screen, the newest last; corrected entries are greyed.

The texts keep the translation context of the page (``PhonePage``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.domain.consent import Outcome
from desktop.services import consent as consent_service
from desktop.ui import theme
from desktop.ui.consent_text import outcome_label
from desktop.ui.dates import local_time
from desktop.ui.text import fill


class TodayTable(QTableWidget):
    """One row per entry made today: time, address, outcome and a note (correction, re-joined)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("todayEntries")
        self.setHorizontalHeaderLabels([QCoreApplication.translate("PhonePage", "Time"),
                                        QCoreApplication.translate("PhonePage", "E-mail address"),
                                        QCoreApplication.translate("PhonePage", "Outcome"),
                                        QCoreApplication.translate("PhonePage", "Note")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(120)
        self.setTabKeyNavigation(False)

    def set_entries(self, entries: Sequence[consent_service.TodayEntry]) -> None:
        self.setRowCount(len(entries))
        for row, e in enumerate(entries):
            if e.kind == "correction":
                outcome = outcome_label(e.outcome) if e.outcome else QCoreApplication.translate("PhonePage", "Voided")
                note = fill(QCoreApplication.translate("PhonePage", "Correction of #%1"), e.corrects_id or "")
            elif e.kind == "rejoin":
                outcome, note = outcome_label(e.outcome), QCoreApplication.translate("PhonePage", "Re-joined")
            else:
                outcome, note = outcome_label(e.outcome), ""
            if e.superseded:
                note = (note + " " if note else "") + QCoreApplication.translate("PhonePage", "(corrected)")
            cells = [local_time(e.recorded_at)[11:], e.address or QCoreApplication.translate("PhonePage", "(deleted)"),
                     outcome, note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and e.outcome:
                    item.setForeground(theme.colour("ok" if e.outcome == Outcome.AGREED.value else "error"))
                if e.superseded:
                    item.setForeground(theme.colour("muted"))
                self.setItem(row, col, item)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(2)

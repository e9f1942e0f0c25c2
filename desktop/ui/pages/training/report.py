"""The completion report (managers, administrators): per person, the most-missed questions and
the completion by quarter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import training as rules
from desktop.domain.training import Status
from desktop.services import training as service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import day_text
from desktop.ui.pages.training.texts import (
    current_language,
    percent_text,
    plain_label,
    status_label,
)
from desktop.ui.text import error_text, fill, quarter_text, role_label
from desktop.ui.widgets.completion_chart import CompletionChart
from desktop.ui.widgets.forms import buddy_label
from desktop.ui.widgets.table import RowsTableModel


class PeopleModel(RowsTableModel[service.PersonRow]):
    """Completion per person for one quarter (an office has tens of staff: all rows at once)."""

    COLUMNS = 7


    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Username"), self.tr("Role"), self.tr("Status"),
                self.tr("Attempts"), self.tr("Best score"), self.tr("Passed on"))

    def role_data(self, p: service.PersonRow, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            colours = {Status.PASSED: "ok", Status.OVERDUE: "error", Status.ATTEMPTED: "warning"}
            return theme.colour(colours[p.status]) if p.status in colours else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def cell(self, p: service.PersonRow, col: int) -> str:
        if col == 0:
            return p.display_name if p.active else fill(self.tr("%1 (deactivated)"), p.display_name)
        if col == 1:
            return p.username
        if col == 2:
            return role_label(p.role)
        if col == 3:
            return status_label(p.status)
        if col == 4:
            return str(p.attempts)
        if col == 5:
            if p.best_score is None or p.best_percent is None:
                return "—"
            return fill(self.tr("%1 / %2 (%3)"), p.best_score, p.best_total, percent_text(p.best_percent))
        return day_text(date.fromisoformat(p.passed_on)) if p.passed_on else "—"


class ReportPanel(QWidget):
    """Completion per person, the most-missed questions and the completion chart for one quarter."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPanel")
        self.session = session
        self.lang = current_language()
        self.report: service.TrainingReport | None = None
        self.quarter = QComboBox()
        self.quarter.setObjectName("reportQuarter")
        self.quarter.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = plain_label()
        self.summary.setObjectName("reportSummary")
        self.model = PeopleModel()
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Staff and their training"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missed = QTableWidget(0, 3)
        self.missed.setObjectName("reportMissed")
        self.missed.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Topic"), self.tr("Wrong")])
        self.missed.verticalHeader().hide()
        self.missed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missed.setWordWrap(True)
        mh = self.missed.horizontalHeader()
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        mh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.missed.setColumnWidth(1, 190)
        self.chart = CompletionChart()

        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Quarter:"), self.quarter))
        top.addWidget(self.quarter)
        top.addWidget(self.summary, 1)
        chart_box = QGroupBox(self.tr("Completion by quarter"))
        chart_box.setMaximumWidth(380)
        QVBoxLayout(chart_box).addWidget(self.chart)
        missed_box = QGroupBox(self.tr("Questions most often answered wrongly"))
        QVBoxLayout(missed_box).addWidget(self.missed)
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(missed_box, 1)
        row.addWidget(chart_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _fill_quarters(self) -> None:
        current = self.quarter.currentData()
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for q in service.recent_quarters(self.session):
            text = fill(self.tr("%1 (%2 – %3)"), quarter_text(q.label), day_text(q.start), day_text(q.end))
            self.quarter.addItem(text, q.label)
        index = self.quarter.findData(current) if current else 0
        self.quarter.setCurrentIndex(max(0, index))
        self.quarter.blockSignals(False)

    def refresh(self) -> None:
        try:
            self._fill_quarters()
        except Exception as exc:  # noqa: BLE001
            self.summary.setText(error_text(exc))
            return
        self.load()

    def load(self) -> None:
        label = self.quarter.currentData()
        try:
            report = service.report(self.session, label)
        except Exception as exc:  # noqa: BLE001
            self.summary.setText(error_text(exc))
            return
        self.report = report
        counts = report.counts
        self.summary.setText(fill(self.tr("%1 of %2 passed · %3 attempted · %4 not started · %5 overdue"),
                                  counts[Status.PASSED], len(report.people), counts[Status.ATTEMPTED],
                                  counts[Status.NOT_STARTED], counts[Status.OVERDUE]))
        self.model.set_rows(list(report.people))
        self.missed.setRowCount(len(report.most_missed))
        for r, m in enumerate(report.most_missed):
            q = m.question
            text = q.text(self.lang) if q is not None else m.question_id
            topic = rules.topic(q.topic).label(self.lang) if q is not None else ""
            cells = (text, topic, fill(self.tr("%1 of %2"), m.wrong, m.asked))
            scenario = q.scenario(self.lang) if q is not None else ""
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(scenario + "\n\n" + value if c == 0 and scenario else value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.missed.setItem(r, c, item)
        self.missed.resizeRowsToContents()
        self.chart.set_data(list(report.by_quarter))

    def clear(self) -> None:
        self.report = None
        self.model.set_rows([])
        self.missed.setRowCount(0)
        self.chart.set_data([])
        self.summary.clear()

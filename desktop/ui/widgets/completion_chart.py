"""A bar chart of the share of staff who passed the training, per quarter (painted with QPainter)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.domain.quarter_names import quarter_parts
from desktop.services import training as service
from desktop.ui import theme
from desktop.ui.text import fill


class CompletionChart(QWidget):
    """Bars: share of staff who passed, per quarter (painted; QtCharts is not in PySide6-Essentials)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completionChart")
        self.setMinimumSize(300, 200)
        self.data: list[service.QuarterCompletion] = []

    def set_data(self, data: list[service.QuarterCompletion]) -> None:
        self.data = list(data)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink, quiet = palette.color(QPalette.ColorRole.Text), theme.colour("hint")
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = p.fontMetrics()
        line = metrics.height()
        left, right, top, bottom = metrics.horizontalAdvance("100 %") + 10, 10, line + 8, 2 * line + 10
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        p.setPen(QPen(ink))
        p.drawText(QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignCenter,
                   self.tr("Staff who passed, by quarter"))
        grid = QPen(palette.color(QPalette.ColorRole.Midlight))
        for pct in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.setPen(grid)
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(QPen(quiet))
            p.drawText(QRectF(0, y - line / 2, left - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fill(self.tr("%1 %"), pct))
        if not self.data:
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            p.end()
            return
        slot = plot.width() / len(self.data)
        width = max(4.0, slot * 0.6)
        for i, c in enumerate(self.data):
            x = plot.left() + slot * i + (slot - width) / 2
            h = plot.height() * c.percent / 100
            bar = QRectF(x, plot.bottom() - h, width, h)
            p.fillRect(bar, theme.colour("chart_bar" if i == len(self.data) - 1 else "chart_bar_past"))
            p.setPen(QPen(ink))
            value = fill(self.tr("%1/%2"), c.passed, c.people) if c.people else "—"
            p.drawText(QRectF(plot.left() + slot * i, bar.top() - line - 2, slot, line),
                       Qt.AlignmentFlag.AlignCenter, value)
            parts = quarter_parts(c.label)
            quarter = fill(self.tr("Q%1"), parts[1]) if parts else c.label
            if metrics.horizontalAdvance(quarter) > slot and parts:
                quarter = str(parts[1])  # 第3四半期 -> 3 under a narrow bar
            p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, line),
                       Qt.AlignmentFlag.AlignCenter, quarter)
        # the fiscal year once under its run of quarters
        years = [c.label.partition(" ")[0] for c in self.data]  # the stored key: "FY2026"
        p.setPen(QPen(quiet))
        i = 0
        while i < len(years):
            j = i
            while j + 1 < len(years) and years[j + 1] == years[i]:
                j += 1
            span = QRectF(plot.left() + slot * i, plot.bottom() + 4 + line, slot * (j - i + 1), line)
            year = years[i][2:] if years[i].startswith("FY") else years[i]
            text = fill(self.tr("FY%1"), year)  # 2026年度
            if metrics.horizontalAdvance(text) > span.width():
                text = fill(self.tr("FY%1"), year[-2:])  # FY24 / 24年度 under a single quarter
            p.drawText(span, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, text)
            if i:
                p.drawLine(int(span.left()), int(plot.bottom() + 4), int(span.left()), int(span.bottom()))
            i = j + 1
        p.end()

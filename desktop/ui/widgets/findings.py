"""Screening findings on screen: the list of findings, and their spans marked in the post text
(as rich text for a read-only view, as extra selections in the editor)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QTextEdit, QVBoxLayout, QWidget

from desktop.domain.screening import Finding, Severity, Where
from desktop.services import posts as post_service
from desktop.ui import theme
from desktop.ui.post_text import finding_message, finding_text

SEVERITY_COLOURS = {Severity.HIGH: "severity_high", Severity.MEDIUM: "severity_medium",
                    Severity.LOW: "severity_low"}
"""The theme colour behind a finding's text, by severity."""

SEVERITY_ROLES = {Severity.HIGH: "finding-high", Severity.MEDIUM: "finding-medium", Severity.LOW: "finding-low"}


def highlighted_html(text: str, findings: Sequence[Finding]) -> str:
    """The text as HTML with each finding's span marked in its severity's colour (strongest wins)."""
    spans = [(f.start, f.end, f.severity) for f in findings if f.where is Where.TEXT and f.end > f.start]
    if not spans:
        return "<div style='white-space: pre-wrap;'>" + html.escape(text) + "</div>"
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[a:b])
        sev = max((sv for s, e, sv in spans if s <= a and b <= e), default=None)
        if sev is None:
            out.append(piece)
        else:
            out.append(f"<span style='background-color: {theme.css_colour(SEVERITY_COLOURS[sev])};'>{piece}</span>")
    return "<div style='white-space: pre-wrap;'>" + "".join(out) + "</div>"


def utf16_offsets(text: str) -> list[int] | None:
    """Map code-point offsets to Qt's UTF-16 positions; None when they are the same (no astral chars)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return out


def mark_findings(edit: QPlainTextEdit, text: str, found: Sequence[Finding]) -> None:
    """Mark each text finding's span in the editor (background in its severity's colour, tool tip)."""
    offsets = utf16_offsets(text)
    selections = []
    for f in found:
        if f.where is not Where.TEXT or f.end <= f.start:
            continue
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(theme.colour(SEVERITY_COLOURS[f.severity]))
        fmt.setToolTip(finding_message(f))
        sel.format = fmt
        cursor = QTextCursor(edit.document())
        start, end = (offsets[f.start], offsets[f.end]) if offsets else (f.start, f.end)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        selections.append(sel)
    edit.setExtraSelections(selections)


def select_span(edit: QPlainTextEdit, start: int, end: int) -> None:
    """Select a span (code points) of the editor's text and give the editor the focus."""
    offsets = utf16_offsets(edit.toPlainText())
    if offsets:
        start, end = offsets[start], offsets[end]
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()


class FindingLabel(QLabel):
    """One finding; clicking a finding in the text tells the view which span it covers."""

    def __init__(self, text: str, span: tuple[int, int] | None, owner: FindingsView) -> None:
        super().__init__(text)
        self.span = span
        self.owner = owner
        self.setWordWrap(True)
        if span is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.span is not None:
            self.owner.span_clicked.emit(*self.span)
        super().mouseReleaseEvent(event)


class FindingsView(QScrollArea):
    """The findings, one wrapped line each in its severity's colour; a text finding can be clicked.

    Signals:
        span_clicked(int, int): the span (code points) of the clicked finding in the post text.
    """

    span_clicked = Signal(int, int)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(140)
        self.container = QWidget()
        self.box = QVBoxLayout(self.container)
        self.box.setContentsMargins(4, 4, 4, 4)
        self.box.setSpacing(3)
        self.box.addStretch(1)
        self.setWidget(self.container)
        self.labels: list[FindingLabel] = []
        self.empty: QLabel | None = None

    def clear(self) -> None:
        for label in self.labels:
            label.setParent(None)
            label.deleteLater()
        self.labels = []
        if self.empty is not None:
            self.empty.setParent(None)
            self.empty.deleteLater()
            self.empty = None

    def set_findings(
        self,
        findings: Sequence[Finding],
        links: Sequence[str] = (),
        media: Sequence[post_service.MediaEntry] = (),
    ) -> None:
        self.clear()
        if not findings:
            self.empty = QLabel(
                QCoreApplication.translate("PostsPage", "No findings. Check the post yourself all the same."))
            self.empty.setWordWrap(True)
            self.box.insertWidget(0, self.empty)
            return
        for i, f in enumerate(findings):
            label = FindingLabel(
                finding_text(f, links, media), (f.start, f.end) if f.where is Where.TEXT else None, self
            )
            theme.set_role(label, SEVERITY_ROLES[f.severity])
            self.box.insertWidget(i, label)
            self.labels.append(label)

    def count(self) -> int:
        return len(self.labels)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

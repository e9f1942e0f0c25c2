"""承認 → 承認待ち: the queue (sorted by age with the waiting time) and one post under review: its
findings highlighted, the scope check item by item with ✓/✗, the P3-P5 checklist, the decision with a
reason, and a diff against the version last reviewed."""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.scopes import REVIEW_CHECKLIST, Decision
from desktop.services import review as review_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import day_text, local_time
from desktop.ui.pages.review.common import rows_model
from desktop.ui.post_text import platform_label, status_label
from desktop.ui.text import error_text, fill, rules_text
from desktop.ui.widgets.findings import FindingsView, highlighted_html
from desktop.ui.widgets.forms import heading, note, say
from desktop.ui.widgets.table import table_view


def waiting_text(waiting: timedelta) -> str:
    minutes = int(waiting.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return fill(QCoreApplication.translate("ReviewPage", "%1 d %2 h"), days, hours)
    if hours:
        return fill(QCoreApplication.translate("ReviewPage", "%1 h %2 min"), hours, mins)
    return fill(QCoreApplication.translate("ReviewPage", "%1 min"), mins)


def diff_html(segments: tuple[review_service.DiffSegment, ...]) -> str:
    out = []
    inserted, deleted = theme.css_colour("row_ok"), theme.css_colour("severity_high")
    for s in segments:
        piece = html.escape(s.text)
        if s.op is review_service.DiffOp.INSERT:
            out.append(f"<span style='background-color:{inserted}; text-decoration: underline;'>{piece}</span>")
        elif s.op is review_service.DiffOp.DELETE:
            out.append(
                f"<span style='background-color:{deleted}; text-decoration: line-through;'>{piece}</span>"
            )
        else:
            out.append(piece)
    return "<div style='white-space: pre-wrap;'>" + "".join(out) + "</div>"


class QueueTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueueTab")
        self.session = session
        self.view: review_service.ReviewView | None = None
        self.model = rows_model(
            lambda: (
                self.tr("Waiting"),
                self.tr("Findings"),
                self.tr("Author"),
                self.tr("Text"),
                self.tr("Account"),
            ),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "reviewQueue")
        self.table.setAccessibleName(self.tr("Posts waiting for review"))
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.count_label = note(object_name="queueCount")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(self.tr("Waiting for approval (oldest first)")))
        ll.addWidget(self.count_label)
        ll.addWidget(self.table, 1)

        panel = QWidget()
        pl = QVBoxLayout(panel)
        self.header = note(object_name="reviewHeader")
        theme.set_role(self.header, "banner-info")
        pl.addWidget(self.header)
        self.own_banner = note(self.tr("This is your own post. Another manager or an appointed responsible person must review it."), "ownBanner")
        theme.set_role(self.own_banner, "banner-alert")
        theme.scaled_font(self.own_banner, 1.0, bold=True)
        pl.addWidget(self.own_banner)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("reviewText")
        self.text_view.setAccessibleName(self.tr("Text of the post"))
        self.text_view.setMinimumHeight(80)
        self.text_view.setMaximumHeight(150)
        pl.addWidget(self.text_view)
        self.attachments = note(object_name="reviewAttachments")
        pl.addWidget(self.attachments)
        box = QGroupBox(self.tr("Screening findings"))
        bl = QVBoxLayout(box)
        self.findings = FindingsView("reviewFindings")
        self.findings.setMinimumHeight(190)
        bl.addWidget(self.findings)
        pl.addWidget(box)
        box = QGroupBox(self.tr("Pre-approved scope and routing"))
        bl = QVBoxLayout(box)
        self.scope_check = note(object_name="scopeCheck")
        self.scope_check.setTextFormat(Qt.TextFormat.RichText)
        bl.addWidget(self.scope_check)
        self.reasons = note(object_name="routingReasons")
        bl.addWidget(self.reasons)
        pl.addWidget(box)
        self.diff_box = QGroupBox(self.tr("Changes since the version last reviewed"))
        self.diff_box.setObjectName("diffBox")
        dl = QVBoxLayout(self.diff_box)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("diffView")
        self.diff_view.setMaximumHeight(120)
        self.field_changes = note(object_name="fieldChanges")
        dl.addWidget(self.diff_view)
        dl.addWidget(self.field_changes)
        pl.addWidget(self.diff_box)
        self.history = note(object_name="reviewHistory")
        pl.addWidget(self.history)
        pl.addStretch(1)
        # the decision stays in view below the scrolled post (a 1366×768 screen shows it without scrolling)
        decision = self.decision = QWidget()
        pl = QVBoxLayout(decision)
        pl.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Checklist: confirm before approving"))
        bl = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for item in REVIEW_CHECKLIST:
            check = QCheckBox(QCoreApplication.translate("Scopes", item.text))
            check.setObjectName(f"reviewCheck_{item.key}")
            check.setToolTip(fill(self.tr("Rule: %1"), rules_text(item.rule)))
            check.toggled.connect(self._sync)
            bl.addWidget(check)
            self.checks[item.key] = check
        pl.addWidget(box)
        pl.addWidget(QLabel(self.tr("Reason (required to reject or to ask for changes):")))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(54)
        pl.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.changes_button = QPushButton(self.tr("Request changes"))
        self.changes_button.setObjectName("requestChangesButton")
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("rejectButton")
        self.approve_button.clicked.connect(lambda: self.decide(Decision.APPROVE))
        self.changes_button.clicked.connect(lambda: self.decide(Decision.REQUEST_CHANGES))
        self.reject_button.clicked.connect(lambda: self.decide(Decision.REJECT))
        # keys for the decisions (never plain letters or Enter: a decision must not happen by accident)
        for b, keys in ((self.approve_button, "Ctrl+Alt+A"), (self.changes_button, "Ctrl+Alt+C"),
                        (self.reject_button, "Ctrl+Alt+R")):
            b.setShortcut(QKeySequence(keys))
            b.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            buttons.addWidget(b)
        self.message = note(object_name="reviewMessage")
        buttons.addWidget(self.message, 1)
        pl.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        self.scroll_area = scroll
        self.panel = panel
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(scroll, 1)
        rl.addWidget(decision)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.show_view(None)

    def _cells(self, item: review_service.QueueItem) -> tuple[str, ...]:
        findings = fill(self.tr("%1 high, %2 medium"), item.high, item.medium)
        author = item.author_name + (self.tr(" (you)") if item.own else "")
        text = item.excerpt if not item.edited_since_review else fill(self.tr("(edited) %1"), item.excerpt)
        return (
            waiting_text(item.waiting),
            findings,
            author,
            text,
            fill(self.tr("%1 (%2)"), item.account_name, platform_label(item.platform)),
        )

    @staticmethod
    def _colour(item: review_service.QueueItem) -> QColor | None:
        return theme.colour("severity_high") if item.high else None

    def refresh(self) -> None:
        current = self.view.detail.id if self.view else None
        try:
            rows = review_service.queue(self.session)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self.model.set_rows(rows)
        self.count_label.setText(fill(self.tr("%1 posts waiting."), len(rows)))
        ids = [r.post_id for r in rows]
        if current in ids:
            self.table.selectRow(ids.index(current))
        elif rows:
            self.table.selectRow(0)
        else:
            self.show_view(None)

    def clear(self) -> None:
        self.model.set_rows([])
        self.show_view(None)
        self.message.clear()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.rows):
            self.open_post(self.model.rows[current.row()].post_id)

    def open_post(self, post_id: int) -> None:
        try:
            view = review_service.review_view(self.session, post_id)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self.message.clear()
        self.show_view(view)

    def show_view(self, view: review_service.ReviewView | None) -> None:
        self.view = view
        self.reason.clear()
        for check in self.checks.values():
            check.setChecked(False)
        self.panel.setEnabled(view is not None)
        self.decision.setEnabled(view is not None)
        self.scroll_area.verticalScrollBar().setValue(0)  # the next post opens at its top
        if view is None:
            self.header.setText(self.tr("Choose a post in the queue."))
            for w in (self.text_view, self.diff_view):
                w.clear()
            self.findings.clear()
            for label in (self.attachments, self.scope_check, self.reasons, self.field_changes, self.history):
                label.clear()
            self.own_banner.hide()
            self.diff_box.hide()
            self._sync()
            return
        d = view.detail
        v = d.version
        self.header.setText(
            fill(
                self.tr("Post %1 on %2 by %3 — version %4, %5, waiting %6"),
                d.id,
                fill(self.tr("%1 (%2)"), d.post.account_name, platform_label(d.post.platform)),
                d.post.author_name,
                v.number,
                status_label(d.status),
                waiting_text(view.waiting),
            )
        )
        self.own_banner.setVisible(view.own)
        self.text_view.setHtml(highlighted_html(v.text, view.findings))
        lines = [fill(self.tr("Link %1: %2"), i + 1, link) for i, link in enumerate(v.links)]
        for m in v.media:
            lines.append(
                fill(
                    self.tr(
                        "%1 (%2): people identifiable %3, consent %4; others' work %5, permission %6; "
                        "personal information visible %7"
                    ),
                    m.label,
                    QCoreApplication.translate("Scopes", m.kind.label),
                    self._yes(m.identifiable_people),
                    self._yes(m.portrait_consent),
                    self._yes(m.third_party_work),
                    self._yes(m.permission),
                    self._yes(m.personal_info_visible),
                )
            )
        self.attachments.setText("\n".join(lines) if lines else self.tr("No links, photos or videos."))
        self.findings.set_findings(view.findings, v.links, v.media)
        self.scope_check.setText(self._scope_html(view))
        reasons = [QCoreApplication.translate("Scopes", r) for r in view.routing_reasons]
        why = [fill(self.tr("Why it is here: %1"), " ".join(reasons))] if reasons else []
        if v.self_check_override:
            why.append(fill(self.tr("The author's explanation against the self-check: %1"), v.self_check_override))
        self.reasons.setText("\n".join(why))
        if view.diff is not None:
            self.diff_box.show()
            self.diff_box.setTitle(
                fill(
                    self.tr("Changes since version %1, the version last reviewed"),
                    view.last_reviewed_version_no,
                )
            )
            self.diff_view.setHtml(diff_html(view.diff))
            names = {
                "account": self.tr("Account"),
                "links": self.tr("Links"),
                "media": self.tr("Photos and video"),
                "scope": self.tr("Scope"),
                "evidence": self.tr("Evidence"),
            }
            self.field_changes.setText(
                "\n".join(
                    fill(
                        self.tr("%1 changed: %2 → %3"),
                        names.get(c.field, c.field),
                        c.old.replace("\n", ", ") or "—",
                        c.new.replace("\n", ", ") or "—",
                    )
                    for c in view.field_changes
                )
            )
        else:
            self.diff_box.hide()
        history = [
            fill(
                self.tr("Version %1: %2 by %3, %4. %5"),
                r.version_no,
                QCoreApplication.translate("Scopes", Decision(r.decision).label),
                r.reviewer_name,
                local_time(r.created_at),
                r.reason,
            )
            for r in d.reviews
        ]
        self.history.setText("\n".join(history))
        self._sync()

    def _yes(self, value: bool | None) -> str:
        if value is None:
            return self.tr("not confirmed")
        return self.tr("yes") if value else self.tr("no")

    def _scope_html(self, view: review_service.ReviewView) -> str:
        if view.scope is None or view.scope_check is None:
            return html.escape(self.tr("No pre-approved scope claimed: a manager's approval is needed."))
        s = view.scope
        rows = [
            html.escape(fill(self.tr("Claimed scope %1: %2"), s.id, QCoreApplication.translate("Scopes", s.kind.label))),
            html.escape(fill(self.tr("Conditions: %1"), s.conditions or "—")),
            html.escape(fill(self.tr("Evidence given: %1"), view.detail.version.evidence or "—")),
        ]
        if view.evidence_record is not None:
            r = view.evidence_record
            rows.append(html.escape(fill(self.tr("Record named: %1, %2 (%3)"), QCoreApplication.translate(
                "Scopes", r.kind.label), r.title, day_text(r.on_date) if r.on_date else r.url)))
        ok, wrong = theme.css_colour("ok"), theme.css_colour("error")
        for item in view.scope_check.items:
            mark = f"<span style='color:{ok};'>✓</span>" if item.ok else f"<span style='color:{wrong};'>✗</span>"
            rows.append(f"{mark} {html.escape(QCoreApplication.translate('Scopes', item.message))}")
        return "<br>".join(rows)

    def _sync(self) -> None:
        view = self.view
        can = view is not None and not view.own and view.detail.status.waiting_for_review
        self.approve_button.setEnabled(can and all(c.isChecked() for c in self.checks.values()))
        self.changes_button.setEnabled(can)
        self.reject_button.setEnabled(can)

    def decide(self, decision: Decision) -> None:
        view = self.view
        if view is None:
            return
        ticks = {key: check.isChecked() for key, check in self.checks.items()}
        try:
            review_service.decide(
                self.session,
                view.detail.id,
                version_no=view.detail.version.number,
                decision=decision,
                reason=self.reason.toPlainText(),
                checklist=ticks,
            )
        except Exception as exc:  # noqa: BLE001 - shown, nothing decided
            say(self.message, error_text(exc), error=True)
            return
        done = fill(self.tr("Post %1: %2."), view.detail.id, QCoreApplication.translate("Scopes", decision.label))
        self.view = None
        self.refresh()
        say(self.message, done)

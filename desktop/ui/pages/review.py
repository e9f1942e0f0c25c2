"""承認 — the managers' review of SNS posts, and the management of what the review relies on.

Tabs: the queue (sorted by age with the waiting time; the post with its findings
highlighted, the scope check item by item with ✓/✗, the P3-P5 checklist, the decision with
a reason, and a diff against the version last reviewed), SNS accounts, pre-approved scopes,
word lists and incidents. Every rule is checked again by the services; the buttons only
make the right thing easy.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import office_time
from desktop.domain.platforms import Platform
from desktop.domain.roles import ROLE_LABELS, Area, Role
from desktop.domain.scopes import REVIEW_CHECKLIST, Decision, ScopeKind
from desktop.domain.screening import Severity
from desktop.services import posts as post_service
from desktop.services import review as review_service
from desktop.services import wordlists as wordlist_service
from desktop.services.session import Session
from desktop.ui.dates import local_time, office_today
from desktop.ui.pages.posts import (
    OK_STYLE,
    FindingsView,
    account_label,
    highlighted_html,
    note,
    platform_label,
    status_label,
)
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import ERROR_STYLE, heading
from desktop.ui.widgets.table import RowsTableModel, selected_row, table_view


def waiting_text(waiting: timedelta) -> str:
    minutes = int(waiting.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return fill(QCoreApplication.translate("ReviewPage", "%1 d %2 h"), days, hours)
    if hours:
        return fill(QCoreApplication.translate("ReviewPage", "%1 h %2 min"), hours, mins)
    return fill(QCoreApplication.translate("ReviewPage", "%1 min"), mins)


def _rows_model(
    headers: Callable[[], tuple[str, ...]],
    cells: Callable[[Any], tuple[str, ...]],
    colour: Callable[[Any], QColor | None] | None = None,
) -> RowsTableModel[Any]:
    """A small read-only table: ``cells(row)`` gives the texts of one row, ``colour(row)`` its background."""

    def background(row: Any, _column: int, role: int) -> QColor | None:
        return colour(row) if colour is not None and role == Qt.ItemDataRole.BackgroundRole else None

    return RowsTableModel(headers, lambda row, column: cells(row)[column], role_data=background)


class _Tab(Protocol):
    message: QLabel

    def refresh(self) -> None: ...


def _say(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)


def _run(tab: _Tab, fn: Callable[[], object], done: str) -> None:
    """Make a change; then refresh the tab and say ``done``, or say what went wrong."""
    try:
        fn()
    except Exception as exc:  # noqa: BLE001
        _say(tab.message, error_text(exc), error=True)
        return
    tab.refresh()
    _say(tab.message, done)


def _diff_html(segments: tuple[review_service.DiffSegment, ...]) -> str:
    out = []
    for s in segments:
        piece = html.escape(s.text)
        if s.op is review_service.DiffOp.INSERT:
            out.append(f"<span style='background-color:#c8e6c9; text-decoration: underline;'>{piece}</span>")
        elif s.op is review_service.DiffOp.DELETE:
            out.append(
                f"<span style='background-color:#ffcdd2; text-decoration: line-through;'>{piece}</span>"
            )
        else:
            out.append(piece)
    return "<div style='white-space: pre-wrap;'>" + "".join(out) + "</div>"


# --------------------------------------------------------------------------- the queue and one review


class QueueTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueueTab")
        self.session = session
        self.view: review_service.ReviewView | None = None
        self.model = _rows_model(
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
        self.header.setStyleSheet("padding: 6px; background: #eef3fb; border-radius: 4px;")
        pl.addWidget(self.header)
        self.own_banner = note(self.tr("This is your own post. Another manager must review it."), "ownBanner")
        self.own_banner.setStyleSheet("padding: 6px; background: #ffcdd2; font-weight: bold;")
        pl.addWidget(self.own_banner)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("reviewText")
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
        box = QGroupBox(self.tr("Checklist (P3–P5): confirm before approving"))
        bl = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for item in REVIEW_CHECKLIST:
            check = QCheckBox(QCoreApplication.translate("Scopes", item.text))
            check.setObjectName(f"reviewCheck_{item.key}")
            check.setToolTip(fill(self.tr("Rule %1 (%2)"), item.design_rule, item.rule))
            check.toggled.connect(self._sync)
            bl.addWidget(check)
            self.checks[item.key] = check
        pl.addWidget(box)
        pl.addWidget(QLabel(self.tr("Reason (required to reject or to ask for changes):")))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setMaximumHeight(70)
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
        for b in (self.approve_button, self.changes_button, self.reject_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        pl.addLayout(buttons)
        self.message = note(object_name="reviewMessage")
        pl.addWidget(self.message)
        self.history = note(object_name="reviewHistory")
        pl.addWidget(self.history)
        pl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        self.scroll_area = scroll
        self.panel = panel
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([470, 650])
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
        return QColor("#ffcdd2") if item.high else None

    def refresh(self) -> None:
        current = self.view.detail.id if self.view else None
        try:
            rows = review_service.queue(self.session)
        except Exception as exc:  # noqa: BLE001
            _say(self.message, error_text(exc), error=True)
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
            _say(self.message, error_text(exc), error=True)
            return
        self.message.clear()
        self.show_view(view)

    def show_view(self, view: review_service.ReviewView | None) -> None:
        self.view = view
        self.reason.clear()
        for check in self.checks.values():
            check.setChecked(False)
        self.panel.setEnabled(view is not None)
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
        self.reasons.setText(fill(self.tr("Why it is here: %1"), " ".join(reasons)) if reasons else "")
        if view.diff is not None:
            self.diff_box.show()
            self.diff_box.setTitle(
                fill(
                    self.tr("Changes since version %1, the version last reviewed"),
                    view.last_reviewed_version_no,
                )
            )
            self.diff_view.setHtml(_diff_html(view.diff))
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
            return html.escape(self.tr("No pre-approved scope claimed: a manager's approval is needed (P1)."))
        s = view.scope
        rows = [
            html.escape(fill(self.tr("Claimed scope %1: %2"), s.id, QCoreApplication.translate("Scopes", s.kind.label))),
            html.escape(fill(self.tr("Conditions: %1"), s.conditions or "—")),
            html.escape(fill(self.tr("Evidence given: %1"), view.detail.version.evidence or "—")),
        ]
        for item in view.scope_check.items:
            mark = (
                "<span style='color:#1b5e20;'>✓</span>"
                if item.ok
                else "<span style='color:#b00020;'>✗</span>"
            )
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
            _say(self.message, error_text(exc), error=True)
            return
        done = fill(self.tr("Post %1: %2."), view.detail.id, QCoreApplication.translate("Scopes", decision.label))
        self.view = None
        self.refresh()
        _say(self.message, done)


# --------------------------------------------------------------------------- accounts


class AccountsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTab")
        self.session = session
        self.model = _rows_model(
            lambda: (self.tr("Platform"), self.tr("Name"), self.tr("Address"), self.tr("Status")), self._cells
        )
        self.table = table_view(self.model, "accountsTable")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.setObjectName("accountPlatform")
        for p in Platform:
            self.platform.addItem(platform_label(p), p.value)
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.url = QLineEdit()
        self.url.setObjectName("accountUrl")
        self.url.setPlaceholderText("https://")
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(True)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setObjectName("addAccount")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveAccount")
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("The office's own published contact details"))
        cl = QVBoxLayout(contacts_box)
        cl.addWidget(
            note(
                self.tr(
                    "Phone numbers, e-mail and postal addresses the office publishes itself, one per "
                    "line. Screening does not flag them as personal data. Links to the homepage "
                    "accounts' sites count as the office's own."
                )
            )
        )
        self.contacts = QPlainTextEdit()
        self.contacts.setObjectName("publicContacts")
        self.contacts.setMaximumHeight(80)
        self.contacts_button = QPushButton(self.tr("Save contact details"))
        self.contacts_button.setObjectName("saveContacts")
        self.contacts_button.clicked.connect(self.save_contacts)
        cl.addWidget(self.contacts)
        cl.addWidget(self.contacts_button)
        self.message = note(object_name="accountsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(contacts_box)

    def _cells(self, a: post_service.AccountInfo) -> tuple[str, ...]:
        return (
            platform_label(a.platform),
            a.name,
            a.url,
            self.tr("In use") if a.active else self.tr("Not in use"),
        )

    def refresh(self) -> None:
        try:
            self.model.set_rows(post_service.list_accounts(self.session, include_inactive=True))
            self.contacts.setPlainText("\n".join(post_service.public_contacts(self.session)))
        except Exception as exc:  # noqa: BLE001
            _say(self.message, error_text(exc), error=True)

    def clear(self) -> None:
        self.model.set_rows([])
        self.contacts.clear()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        a = self.model.rows[current.row()]
        self.platform.setCurrentIndex(self.platform.findData(a.platform.value))
        self.name.setText(a.name)
        self.url.setText(a.url)
        self.active.setChecked(a.active)

    def add(self) -> None:
        _run(
            self,
            lambda: post_service.create_account(
                self.session, platform=self.platform.currentData(), name=self.name.text(), url=self.url.text()
            ),
            self.tr("The account was added."),
        )

    def save(self) -> None:
        a = selected_row(self.table)
        if a is None:
            _say(self.message, self.tr("Choose an account in the list first."), error=True)
            return
        _run(
            self,
            lambda: post_service.change_account(
                self.session,
                a.id,
                platform=self.platform.currentData(),
                name=self.name.text(),
                url=self.url.text(),
                active=self.active.isChecked(),
            ),
            self.tr("The account was changed."),
        )

    def save_contacts(self) -> None:
        _run(
            self,
            lambda: post_service.set_public_contacts(self.session, self.contacts.toPlainText().splitlines()),
            self.tr("The contact details were saved."),
        )


# --------------------------------------------------------------------------- scopes


class ScopesTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopesTab")
        self.session = session
        self.accounts: dict[int, post_service.AccountInfo] = {}
        self.staff: dict[str, post_service.StaffMember] = {}
        self.model = _rows_model(
            lambda: (
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Accounts"),
                self.tr("Granted to"),
                self.tr("Valid"),
                self.tr("Status"),
            ),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "scopesTable")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("scopeKind")
        for k in ScopeKind:
            self.kind.addItem(QCoreApplication.translate("Scopes", k.label), k.value)
        self.account_list = QListWidget()
        self.account_list.setObjectName("scopeAccounts")
        self.account_list.setMaximumHeight(80)
        self.user_list = QListWidget()
        self.user_list.setObjectName("scopeUsers")
        self.user_list.setMaximumHeight(80)
        roles = QHBoxLayout()
        self.role_checks: dict[str, QCheckBox] = {}
        for role in (Role.ADVISOR, Role.MANAGER):
            check = QCheckBox(fill(self.tr("Everyone with the role %1"), QCoreApplication.translate("Roles", ROLE_LABELS[role])))
            check.setObjectName(f"scopeRole_{role.value}")
            self.role_checks[role.value] = check
            roles.addWidget(check)
        self.has_from = QCheckBox(self.tr("From"))
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("yyyy-MM-dd")
        self.has_to = QCheckBox(self.tr("To"))
        self.has_to.setObjectName("scopeHasTo")
        self.valid_to = QDateEdit()
        self.valid_to.setObjectName("scopeValidTo")
        self.valid_to.setCalendarPopup(True)
        self.valid_to.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        for w in (self.has_from, self.valid_from, self.has_to, self.valid_to):
            dates.addWidget(w)
        dates.addStretch(1)
        self.conditions = QPlainTextEdit()
        self.conditions.setObjectName("scopeConditions")
        self.conditions.setMaximumHeight(60)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("scopeEvidence")
        self.kind.currentIndexChanged.connect(
            lambda: self.evidence.setPlaceholderText(
                QCoreApplication.translate("Scopes", ScopeKind(self.kind.currentData()).evidence_label)
            )
        )
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Accounts:"), self.account_list)
        form.addRow(self.tr("Granted to users:"), self.user_list)
        form.addRow(self.tr("Granted to roles:"), roles)
        form.addRow(self.tr("Valid:"), dates)
        form.addRow(self.tr("Conditions:"), self.conditions)
        form.addRow(self.tr("Evidence a post must carry:"), self.evidence)
        buttons = QHBoxLayout()
        self.grant_button = QPushButton(self.tr("Grant new scope"))
        self.grant_button.setObjectName("grantScope")
        self.change_button = QPushButton(self.tr("Save changes"))
        self.change_button.setObjectName("changeScope")
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.setObjectName("revokeScope")
        self.grant_button.clicked.connect(self.grant)
        self.change_button.clicked.connect(self.change)
        self.revoke_button.clicked.connect(self.revoke)
        for b in (self.grant_button, self.change_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = note(object_name="scopesMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Staff may post without per-post approval only inside a scope approved in advance: "
                    "(a) content already published on the homepage, (b) facts about events, "
                    "(c) established procedures, (d) confirmed Q&A."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _cells(self, s: post_service.ScopeInfo) -> tuple[str, ...]:
        accounts = ", ".join(self.accounts[a].name for a in sorted(s.account_ids) if a in self.accounts)
        who = [self.staff[u].display_name if u in self.staff else u[:8] for u in sorted(s.user_uids)]
        who += [QCoreApplication.translate("Roles", ROLE_LABELS[Role(r)]) for r in sorted(s.roles)]
        valid = fill(self.tr("%1 to %2"), s.valid_from or "…", s.valid_to or "…")
        today = office_time.office_date(self.session.now())
        status = (
            self.tr("Revoked")
            if s.revoked
            else self.tr("Valid")
            if s.valid_on(today)
            else self.tr("Not valid today")
        )
        return (str(s.id), QCoreApplication.translate("Scopes", s.kind.label), accounts, ", ".join(who), valid, status)

    @staticmethod
    def _colour(s: post_service.ScopeInfo) -> QColor | None:
        return QColor("#eeeeee") if s.revoked else None

    def refresh(self) -> None:
        try:
            self.accounts = {a.id: a for a in post_service.list_accounts(self.session, include_inactive=True)}
            self.staff = {u.uid: u for u in post_service.grantable_users(self.session)}
            scopes = post_service.list_scopes(self.session)
        except Exception as exc:  # noqa: BLE001
            _say(self.message, error_text(exc), error=True)
            return
        self._fill_checklist(
            self.account_list, [(a.id, account_label(a)) for a in self.accounts.values() if a.active]
        )
        self._fill_checklist(
            self.user_list,
            [
                (u.uid, fill(self.tr("%1 (%2)"), u.display_name, QCoreApplication.translate("Roles", ROLE_LABELS[u.role])))
                for u in self.staff.values()
            ],
        )
        self.model.set_rows(scopes)

    def clear(self) -> None:
        self.model.set_rows([])
        self.account_list.clear()
        self.user_list.clear()

    @staticmethod
    def _fill_checklist(widget: QListWidget, items: list[tuple[object, str]]) -> None:
        widget.clear()
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list:  # type: ignore[type-arg]
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _set_checked(widget: QListWidget, keys: set) -> None:  # type: ignore[type-arg]
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in keys
                else Qt.CheckState.Unchecked
            )

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        s = self.model.rows[current.row()]
        self.kind.setCurrentIndex(self.kind.findData(s.kind.value))
        self._set_checked(self.account_list, set(s.account_ids))
        self._set_checked(self.user_list, set(s.user_uids))
        for role, check in self.role_checks.items():
            check.setChecked(role in s.roles)
        self.has_from.setChecked(s.valid_from is not None)
        self.has_to.setChecked(s.valid_to is not None)
        if s.valid_from:
            self.valid_from.setDate(QDate(s.valid_from.year, s.valid_from.month, s.valid_from.day))
        if s.valid_to:
            self.valid_to.setDate(QDate(s.valid_to.year, s.valid_to.month, s.valid_to.day))
        self.conditions.setPlainText(s.conditions)
        self.evidence.setText(s.evidence_required)

    def data(self) -> post_service.ScopeInput:
        return post_service.ScopeInput(
            kind=self.kind.currentData(),
            account_ids=self._checked(self.account_list),
            user_uids=self._checked(self.user_list),
            roles=[r for r, c in self.role_checks.items() if c.isChecked()],
            valid_from=cast(date, self.valid_from.date().toPython()) if self.has_from.isChecked() else None,
            valid_to=cast(date, self.valid_to.date().toPython()) if self.has_to.isChecked() else None,
            conditions=self.conditions.toPlainText(),
            evidence_required=self.evidence.text(),
        )

    def grant(self) -> None:
        _run(
            self,
            lambda: post_service.grant_scope(self.session, self.data()),
            self.tr("The scope was granted."),
        )

    def change(self) -> None:
        s = selected_row(self.table)
        if s is None:
            _say(self.message, self.tr("Choose a scope in the list first."), error=True)
            return
        _run(
            self,
            lambda: post_service.change_scope(self.session, s.id, self.data()),
            self.tr("The scope was changed."),
        )

    def revoke(self) -> None:
        s = selected_row(self.table)
        if s is None:
            _say(self.message, self.tr("Choose a scope in the list first."), error=True)
            return
        _run(self, lambda: post_service.revoke_scope(self.session, s.id), self.tr("The scope was revoked."))


# --------------------------------------------------------------------------- word lists


class WordListsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordListsTab")
        self.session = session
        self.infos: list[wordlist_service.WordListInfo] = []
        self.categories = QListWidget()
        self.categories.setObjectName("wordListCategories")
        self.categories.currentRowChanged.connect(self._chosen)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.about = note(object_name="wordListAbout")
        rl.addWidget(self.about)
        form = QFormLayout()
        self.severity = QComboBox()
        self.severity.setObjectName("wordListSeverity")
        for s in Severity:
            self.severity.addItem(QCoreApplication.translate("Screening", s.label), s.key)
        form.addRow(self.tr("Severity:"), self.severity)
        rl.addLayout(form)
        rl.addWidget(QLabel(self.tr("Words and phrases (one per line; width, kana and case do not matter):")))
        self.words = QPlainTextEdit()
        self.words.setObjectName("wordListWords")
        rl.addWidget(self.words, 2)
        rl.addWidget(QLabel(self.tr("Allowed phrases (a listed word inside one of these is not flagged):")))
        self.allow = QPlainTextEdit()
        self.allow.setObjectName("wordListAllow")
        self.allow.setMaximumHeight(70)
        rl.addWidget(self.allow)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save list"))
        self.save_button.setObjectName("saveWordList")
        self.reset_button = QPushButton(self.tr("Restore the shipped list"))
        self.reset_button.setObjectName("resetWordList")
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        self.message = note(object_name="wordListMessage")
        rl.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.categories)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        row = max(0, self.categories.currentRow())
        try:
            self.infos = wordlist_service.list_word_lists(self.session)
        except Exception as exc:  # noqa: BLE001
            _say(self.message, error_text(exc), error=True)
            return
        self.categories.blockSignals(True)
        self.categories.clear()
        for info in self.infos:
            label = QCoreApplication.translate("Screening", info.category.label)
            self.categories.addItem(fill(self.tr("%1 (changed)"), label) if info.changed else label)
        self.categories.blockSignals(False)
        if self.infos:
            self.categories.setCurrentRow(min(row, len(self.infos) - 1))
            self._chosen(self.categories.currentRow())

    def clear(self) -> None:
        self.infos = []
        self.categories.clear()
        self.words.clear()
        self.allow.clear()

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.infos):
            return
        info = self.infos[row]
        state = (
            fill(self.tr("Changed by a manager on %1."), local_time(info.updated_at))
            if info.changed
            else self.tr("The shipped list.")
        )
        self.about.setText(
            fill(
                self.tr("%1 — rule %2. %3 %4 words, %5 allowed phrases."),
                QCoreApplication.translate("Screening", info.category.label),
                info.rule,
                state,
                len(info.words),
                len(info.allow),
            )
        )
        self.severity.setCurrentIndex(self.severity.findData(info.severity.key))
        self.words.setPlainText("\n".join(info.words))
        self.allow.setPlainText("\n".join(info.allow))

    def _current(self) -> wordlist_service.WordListInfo | None:
        row = self.categories.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def save(self) -> None:
        info = self._current()
        if info is None:
            return
        _run(
            self,
            lambda: wordlist_service.change_word_list(
                self.session,
                info.category,
                words=self.words.toPlainText().splitlines(),
                allow=self.allow.toPlainText().splitlines(),
                severity=self.severity.currentData(),
            ),
            self.tr("The word list was saved. Screening uses it from now on."),
        )

    def reset(self) -> None:
        info = self._current()
        if info is None:
            return
        _run(
            self,
            lambda: wordlist_service.reset_word_list(self.session, info.category),
            self.tr("The shipped list is used again."),
        )


# --------------------------------------------------------------------------- incidents


class IncidentsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsTab")
        self.session = session
        self.model = _rows_model(
            lambda: (
                self.tr("Recorded"),
                self.tr("Kind"),
                self.tr("Account"),
                self.tr("Status"),
                self.tr("What happened"),
            ),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "incidentsTable")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("incidentKind")
        for k in post_service.IncidentKind:
            self.kind.addItem(QCoreApplication.translate("Posts", k.label), k.value)
        self.account = QComboBox()
        self.account.setObjectName("incidentAccount")
        self.platform_ref = QLineEdit()
        self.platform_ref.setObjectName("incidentRef")
        self.platform_ref.setPlaceholderText(
            self.tr("Address of the offending account or post, report number")
        )
        self.description = QPlainTextEdit()
        self.description.setObjectName("incidentDescription")
        self.description.setMaximumHeight(60)
        self.has_takedown = QCheckBox(self.tr("Takedown requested on"))
        self.has_takedown.setObjectName("incidentHasTakedown")
        self.takedown = QDateEdit()
        self.takedown.setCalendarPopup(True)
        self.takedown.setDisplayFormat("yyyy-MM-dd")
        self.takedown.setDate(office_today(self.session.now()))
        takedown = QHBoxLayout()
        takedown.addWidget(self.has_takedown)
        takedown.addWidget(self.takedown)
        takedown.addStretch(1)
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setObjectName("incidentActions")
        self.actions_edit.setMaximumHeight(60)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("incidentOutcome")
        self.outcome.setMaximumHeight(45)
        self.status = QComboBox()
        self.status.setObjectName("incidentStatus")
        for st in post_service.IncidentStatus:
            self.status.addItem(QCoreApplication.translate("Posts", st.label), st.value)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow(self.tr("Platform reference:"), self.platform_ref)
        form.addRow(self.tr("What happened:"), self.description)
        form.addRow(takedown)
        form.addRow(self.tr("Actions taken:"), self.actions_edit)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Status:"), self.status)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record new incident"))
        self.record_button.setObjectName("recordIncident")
        self.update_button = QPushButton(self.tr("Save changes"))
        self.update_button.setObjectName("updateIncident")
        self.record_button.clicked.connect(self.record)
        self.update_button.clicked.connect(self.update_selected)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        self.message = note(object_name="incidentsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Flaming: stay calm, do not argue, correct mistakes instead of deleting. "
                    "Impersonation: ask the platform to remove it and record the date. "
                    "False posts: post the correct information."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _cells(self, i: post_service.IncidentInfo) -> tuple[str, ...]:
        return (
            local_time(i.created_at),
            QCoreApplication.translate("Posts", i.kind.label),
            i.account_name,
            QCoreApplication.translate("Posts", i.status.label),
            " ".join(i.description.split())[:80],
        )

    @staticmethod
    def _colour(i: post_service.IncidentInfo) -> QColor | None:
        return QColor("#ffe0b2") if i.status is post_service.IncidentStatus.OPEN else None

    def refresh(self) -> None:
        try:
            accounts = post_service.list_accounts(self.session, include_inactive=True)
            rows = post_service.list_incidents(self.session)
        except Exception as exc:  # noqa: BLE001
            _say(self.message, error_text(exc), error=True)
            return
        self.account.clear()
        self.account.addItem(self.tr("(none)"), None)
        for a in accounts:
            self.account.addItem(account_label(a), a.id)
        self.model.set_rows(rows)

    def clear(self) -> None:
        self.model.set_rows([])
        for w in (self.description, self.actions_edit, self.outcome):
            w.clear()
        self.platform_ref.clear()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        i = self.model.rows[current.row()]
        self.kind.setCurrentIndex(self.kind.findData(i.kind.value))
        self.account.setCurrentIndex(max(0, self.account.findData(i.account_id)) if i.account_id else 0)
        self.platform_ref.setText(i.platform_ref)
        self.description.setPlainText(i.description)
        self.has_takedown.setChecked(i.takedown_requested_on is not None)
        if i.takedown_requested_on:
            d = i.takedown_requested_on
            self.takedown.setDate(QDate(d.year, d.month, d.day))
        self.actions_edit.setPlainText(i.actions)
        self.outcome.setPlainText(i.outcome)
        self.status.setCurrentIndex(self.status.findData(i.status.value))

    def data(self, post_id: int | None = None) -> post_service.IncidentInput:
        return post_service.IncidentInput(
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            account_id=self.account.currentData(),
            post_id=post_id,
            platform_ref=self.platform_ref.text(),
            takedown_requested_on=cast(date, self.takedown.date().toPython()) if self.has_takedown.isChecked() else None,
            actions=self.actions_edit.toPlainText(),
            outcome=self.outcome.toPlainText(),
            status=self.status.currentData(),
        )

    def record(self) -> None:
        _run(
            self,
            lambda: post_service.record_incident(self.session, self.data()),
            self.tr("The incident was recorded."),
        )

    def update_selected(self) -> None:
        i = selected_row(self.table)
        if i is None:
            _say(self.message, self.tr("Choose an incident in the list first."), error=True)
            return
        _run(
            self,
            lambda: post_service.update_incident(self.session, i.id, self.data(i.post_id)),
            self.tr("The incident was updated."),
        )


# --------------------------------------------------------------------------- the page


class ReviewPage(QTabWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.session = session
        self.queue = QueueTab(session)
        self.accounts = AccountsTab(session)
        self.scopes = ScopesTab(session)
        self.word_lists = WordListsTab(session)
        self.incidents = IncidentsTab(session)
        self.addTab(self.queue, self.tr("Waiting for approval"))
        self.addTab(self.accounts, self.tr("Accounts"))
        self.addTab(self.scopes, self.tr("Scopes"))
        self.addTab(self.word_lists, self.tr("Word lists"))
        self.addTab(self.incidents, self.tr("Incidents"))
        self.currentChanged.connect(lambda _i: None if session.locked else self.refresh())

    def refresh(self) -> None:
        current = self.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def clear(self) -> None:
        for i in range(self.count()):
            clear = getattr(self.widget(i), "clear", None)
            if callable(clear):
                clear()


def _review_page(session: Session, parent: QWidget) -> QWidget:
    return ReviewPage(session, parent)


PAGES = {Area.REVIEW: _review_page}


# --------------------------------------------------------------------------- screenshots


def _shot_queue(out: Path, lang: str, data_dir: Path, shot_main) -> None:  # type: ignore[no-untyped-def]
    shot_main(out, lang, data_dir, "manager", Area.REVIEW, "review_queue")


def _shot_findings(out: Path, lang: str, data_dir: Path, shot_main) -> None:  # type: ignore[no-untyped-def]
    def prepare(page: QWidget) -> None:
        assert isinstance(page, ReviewPage)
        rows = page.queue.model.rows
        worst = max(range(len(rows)), key=lambda i: (rows[i].high, rows[i].medium), default=None)
        if worst is not None:
            page.queue.table.selectRow(worst)
        for key in list(page.queue.checks)[:2]:
            page.queue.checks[key].setChecked(True)
        page.queue.reason.setPlainText(
            "電話番号と未発表の計画を削除し、写真は肖像の同意を確認してください。"
            if lang == "ja"
            else "Remove the phone number and the unpublished plan; confirm the portrait consent."
        )
        QTimer.singleShot(0, lambda: page.queue.scroll_area.ensureWidgetVisible(page.queue.reason, 10, 10))

    shot_main(out, lang, data_dir, "manager", Area.REVIEW, "review_findings", prepare)


def _shot_scopes(out: Path, lang: str, data_dir: Path, shot_main) -> None:  # type: ignore[no-untyped-def]
    def prepare(page: QWidget) -> None:
        assert isinstance(page, ReviewPage)
        page.setCurrentWidget(page.scopes)
        page.scopes.table.selectRow(0)

    shot_main(out, lang, data_dir, "manager", Area.REVIEW, "review_scopes", prepare)


SCREENSHOTS = [_shot_queue, _shot_findings, _shot_scopes]

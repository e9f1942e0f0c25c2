"""投稿 — drafting SNS posts: account, text with the platform's live length counter, links,
photos/videos with the P4 checklist, an optional pre-approved scope with its evidence, the
screening findings highlighted in the text, and the guideline self-check before submitting.
The author's posts are listed on the left; approved posts get their publication recorded,
published posts get corrections (P6), never deletions.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.platforms import Platform, length_rule, measure
from desktop.domain.roles import Area
from desktop.domain.scopes import SELF_CHECK, MediaKind, PostStatus, status_after_edit
from desktop.domain.screening import Finding, Severity, Where
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import workers
from desktop.ui.dates import local_time, qdatetime, read_datetime
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import ERROR_STYLE, heading
from desktop.ui.widgets.table import RowsTableModel, table_view

_Index = QModelIndex | QPersistentModelIndex
BACKGROUND_SCREENING_CHARS = 20_000
DEBOUNCE_MS = 250

SEVERITY_COLOURS = {Severity.HIGH: "#ffcdd2", Severity.MEDIUM: "#ffe0b2", Severity.LOW: "#fff9c4"}
OK_STYLE = "color: #1b5e20;"


# --------------------------------------------------------------------------- shared helpers (review page too)


def status_label(status: PostStatus) -> str:
    return QCoreApplication.translate("Scopes", status.label)


def platform_label(platform: Platform) -> str:
    return QCoreApplication.translate("Platforms", platform.label)


def account_label(account: post_service.AccountInfo) -> str:
    return fill(QCoreApplication.translate("PostsPage", "%1 (%2)"), account.name, platform_label(account.platform))


def finding_message(f: Finding) -> str:
    return fill(QCoreApplication.translate("Screening", f.message), *f.params)


def finding_text(f: Finding, links: Sequence[str] = (), media: Sequence[post_service.MediaEntry] = ()) -> str:
    """One line: severity, category, where, explanation and the rule it comes from."""
    where = ""
    if f.where is Where.LINK and f.item is not None:
        where = fill(QCoreApplication.translate("PostsPage", "Link %1"), f.item + 1)
    elif f.where is Where.MEDIA and f.item is not None:
        label = media[f.item].label if f.item < len(media) else str(f.item + 1)
        where = fill(QCoreApplication.translate("PostsPage", "Photo or video: %1"), label)
    head = fill(
        QCoreApplication.translate("PostsPage", "[%1] %2"), QCoreApplication.translate("Screening", f.severity.label), QCoreApplication.translate("Screening", f.category.label)
    )
    if where:
        head = fill(QCoreApplication.translate("PostsPage", "%1 — %2"), head, where)
    return fill(QCoreApplication.translate("PostsPage", "%1: %2 (rule: %3)"), head, finding_message(f), f.rule)


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
            out.append(f"<span style='background-color: {SEVERITY_COLOURS[sev]};'>{piece}</span>")
    return "<div style='white-space: pre-wrap;'>" + "".join(out) + "</div>"


def utf16_offsets(text: str) -> list[int] | None:
    """Map code-point offsets to Qt's UTF-16 positions; None when they are the same (no astral chars)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return out


class _FindingLabel(QLabel):
    def __init__(self, text: str, span: tuple[int, int] | None, owner: FindingsView) -> None:
        super().__init__(text)
        self.span = span
        self.owner = owner
        self.setWordWrap(True)
        if span is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
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
        self.labels: list[_FindingLabel] = []
        self._empty: QLabel | None = None

    def clear(self) -> None:
        for label in self.labels:
            label.setParent(None)
            label.deleteLater()
        self.labels = []
        if self._empty is not None:
            self._empty.setParent(None)
            self._empty.deleteLater()
            self._empty = None

    def set_findings(
        self,
        findings: Sequence[Finding],
        links: Sequence[str] = (),
        media: Sequence[post_service.MediaEntry] = (),
    ) -> None:
        self.clear()
        if not findings:
            self._empty = QLabel(QCoreApplication.translate("PostsPage", "No findings. Check the post yourself all the same."))
            self._empty.setWordWrap(True)
            self.box.insertWidget(0, self._empty)
            return
        for i, f in enumerate(findings):
            label = _FindingLabel(
                finding_text(f, links, media), (f.start, f.end) if f.where is Where.TEXT else None, self
            )
            label.setStyleSheet(
                f"background-color: {SEVERITY_COLOURS[f.severity]}; padding: 3px; border-radius: 3px;"
            )
            self.box.insertWidget(i, label)
            self.labels.append(label)

    def count(self) -> int:
        return len(self.labels)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]


def note(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class WrapCheck(QWidget):
    """A check box whose text wraps (QCheckBox text never wraps); clicking the text toggles it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.mouseReleaseEvent = lambda _e: self.box.toggle() if self.box.isEnabled() else None  # type: ignore[method-assign]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)


# --------------------------------------------------------------------------- my posts (lazy model)


class MyPostsModel(RowsTableModel[post_service.PostSummary]):
    """The user's posts, newest first, fetched in pages of :attr:`PAGE` (keyset on the id)."""

    PAGE = 100
    COLUMNS = 4

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.more = False

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = post_service.list_my_posts(self.session, limit=self.PAGE)
        self.more = len(self.rows) == self.PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.more = False
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self.rows:
            return
        page = post_service.list_my_posts(self.session, before_id=self.rows[-1].id, limit=self.PAGE)
        self.more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Text"), self.tr("Account"), self.tr("Updated"))

    def cell(self, p: post_service.PostSummary, column: int) -> str:
        return (status_label(p.status), p.excerpt, p.account_name, local_time(p.updated_at))[column]

    def role_data(self, p: post_service.PostSummary, column: int, role: int) -> QColor | None:
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            if p.status is PostStatus.CHANGES_REQUESTED:
                return QColor("#ffe0b2")
            if p.status.may_publish:
                return QColor("#c8e6c9")
        return None


# --------------------------------------------------------------------------- media rows (P4)


class MediaRow(QFrame):
    """One photo, video or image with the checklist: identifiable people / consent, others' work /
    permission, personal information visible."""

    def __init__(
        self,
        on_change: Callable[[], None],
        on_remove: Callable[[MediaRow], None],
        entry: post_service.MediaEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLineEdit()
        self.label.setObjectName("mediaLabel")
        self.label.setPlaceholderText(self.tr("File name or short description"))
        self.kind = QComboBox()
        for kind in MediaKind:
            self.kind.addItem(QCoreApplication.translate("Scopes", kind.label), kind.value)
        self.people = QCheckBox(self.tr("People can be identified"))
        self.people.setObjectName("mediaPeople")
        self.consent = QCheckBox(self.tr("Their portrait consent was obtained"))
        self.consent.setObjectName("mediaConsent")
        self.others_work = QCheckBox(self.tr("Contains someone else's work"))
        self.others_work.setToolTip(
            self.tr("Text, pictures, music, logos or characters made by someone else")
        )
        self.others_work.setObjectName("mediaOthersWork")
        self.permission = QCheckBox(self.tr("Permission to use it was obtained"))
        self.permission.setObjectName("mediaPermission")
        self.personal = QCheckBox(self.tr("Personal information is visible"))
        self.personal.setToolTip(self.tr("Name tags, addresses, screens, number plates"))
        self.personal.setObjectName("mediaPersonal")
        self.remove = QPushButton(self.tr("Remove"))
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.label, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for box, indent in (
            (self.people, 0),
            (self.consent, 24),
            (self.others_work, 0),
            (self.permission, 24),
            (self.personal, 0),
        ):
            line = QHBoxLayout()
            line.addSpacing(indent)
            line.addWidget(box, 1)
            layout.addLayout(line)
        if entry is not None:
            self.label.setText(entry.label)
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind.value)))
            self.people.setChecked(entry.identifiable_people)
            self.consent.setChecked(entry.portrait_consent is True)
            self.others_work.setChecked(entry.third_party_work)
            self.permission.setChecked(entry.permission is True)
            self.personal.setChecked(entry.personal_info_visible)
        self._sync()
        for box in (self.people, self.consent, self.others_work, self.permission, self.personal):
            box.toggled.connect(self._sync)
            box.toggled.connect(on_change)
        self.label.textChanged.connect(on_change)
        self.kind.currentIndexChanged.connect(on_change)
        self.remove.clicked.connect(lambda: on_remove(self))

    def _sync(self) -> None:
        self.consent.setEnabled(self.people.isChecked())
        self.permission.setEnabled(self.others_work.isChecked())

    def entry(self) -> post_service.MediaEntry:
        return post_service.MediaEntry(
            self.label.text(),
            MediaKind(self.kind.currentData()),
            self.people.isChecked(),
            True if self.people.isChecked() and self.consent.isChecked() else None,
            self.others_work.isChecked(),
            True if self.others_work.isChecked() and self.permission.isChecked() else None,
            self.personal.isChecked(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for w in (
            self.label,
            self.kind,
            self.people,
            self.consent,
            self.others_work,
            self.permission,
            self.personal,
            self.remove,
        ):
            w.setEnabled(not read_only)
        if not read_only:
            self._sync()


# --------------------------------------------------------------------------- the page


class PostsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postsPage")
        self.session = session
        self.post: post_service.PostDetail | None = None
        self.screener: post_service.Screener | None = None
        self.accounts: list[post_service.AccountInfo] = []
        self.findings: list[Finding] = []
        self.media_rows: list[MediaRow] = []
        self._generation = 0
        self._loading = False
        self._scopes: dict[int, post_service.ScopeInfo] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.screen_now)

        # left: my posts
        self.model = MyPostsModel(session)
        self.table = table_view(self.model, "myPostsTable")
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(self.tr("New post"))
        self.new_button.setObjectName("newPost")
        self.new_button.clicked.connect(self.new_post)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("My posts")))
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.table, 1)

        # right: the editor
        editor = QWidget()
        outer = QVBoxLayout(editor)
        self.banner = note(object_name="postBanner")
        self.banner.setStyleSheet("padding: 6px; background: #eef3fb; border-radius: 4px;")
        outer.addWidget(self.banner)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        form = QVBoxLayout()  # left column: what is posted
        side = QVBoxLayout()  # right column: findings, self-check, submit
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)
        top = QFormLayout()
        self.account = QComboBox()
        self.account.setObjectName("postAccount")
        self.account.currentIndexChanged.connect(self._account_changed)
        top.addRow(self.tr("Account:"), self.account)
        form.addLayout(top)
        form.addWidget(QLabel(self.tr("Text:")))
        self.text = QPlainTextEdit()
        self.text.setObjectName("postText")
        self.text.setMinimumHeight(150)
        self.text.textChanged.connect(self._changed)
        form.addWidget(self.text)
        self.counter = note(object_name="lengthCounter")
        form.addWidget(self.counter)

        form.addWidget(QLabel(self.tr("Links (one address per line):")))
        self.links = QPlainTextEdit()
        self.links.setObjectName("postLinks")
        self.links.setMaximumHeight(60)
        self.links.textChanged.connect(self._changed)
        form.addWidget(self.links)

        media_box = QGroupBox(self.tr("Photos and video (check each one)"))
        self.media_layout = QVBoxLayout(media_box)
        self.add_media_button = QPushButton(self.tr("Add photo or video"))
        self.add_media_button.setObjectName("addMedia")
        self.add_media_button.clicked.connect(lambda: self.add_media())
        self.media_layout.addWidget(self.add_media_button)
        form.addWidget(media_box)

        scope_box = QGroupBox(self.tr("Pre-approved scope (optional)"))
        scope_form = QFormLayout(scope_box)
        self.scope = QComboBox()
        self.scope.setObjectName("claimedScope")
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.scope_conditions = note(object_name="scopeConditions")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.textChanged.connect(self._changed)
        scope_form.addRow(self.tr("Scope:"), self.scope)
        scope_form.addRow(self.scope_conditions)
        scope_form.addRow(self.tr("Evidence:"), self.evidence)
        form.addWidget(scope_box)

        findings_box = QGroupBox(self.tr("Screening findings"))
        fl = QVBoxLayout(findings_box)
        fl.addWidget(
            note(
                self.tr(
                    "Marked in the text: red needs a reviewer, orange needs a careful look. "
                    "Click a finding to select its text."
                )
            )
        )
        self.findings_list = FindingsView("findingsList")
        self.findings_list.setMinimumHeight(170)
        self.findings_list.span_clicked.connect(self.select_span)
        fl.addWidget(self.findings_list)
        side.addWidget(findings_box, 1)

        check_box = self.check_box = QGroupBox(self.tr("Self-check of the social-media guideline"))
        cl = QVBoxLayout(check_box)
        cl.addWidget(note(self.tr("Before you submit, confirm each point:")))
        self.self_check: dict[str, QCheckBox] = {}
        for item in SELF_CHECK:
            row = WrapCheck(QCoreApplication.translate("Scopes", item.text))
            box = row.box
            box.setObjectName(f"selfCheck_{item.key}")
            row.setToolTip(fill(self.tr("Rule %1 (%2)"), item.design_rule, item.rule))
            box.toggled.connect(self._sync_buttons)
            cl.addWidget(row)
            self.self_check[item.key] = box
        side.addWidget(check_box)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("submitPost")
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        self.message = note(object_name="postMessage")
        side.addWidget(self.message)
        side.addStretch(0)

        self.publication_box = QGroupBox(self.tr("Publication"))
        self.publication_box.setObjectName("publicationBox")
        pf = QFormLayout(self.publication_box)
        pf.addRow(note(self.tr("After publishing the post on the platform, record its address and time.")))
        self.published_url = QLineEdit()
        self.published_url.setObjectName("publishedUrl")
        self.published_url.setPlaceholderText("https://")
        self.published_at = QDateTimeEdit()
        self.published_at.setObjectName("publishedAt")
        self.published_at.setCalendarPopup(True)
        self.published_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.publish_button = QPushButton(self.tr("Record publication"))
        self.publish_button.setObjectName("recordPublication")
        self.publish_button.clicked.connect(self.record_publication)
        pf.addRow(self.tr("Address:"), self.published_url)
        pf.addRow(self.tr("Published at:"), self.published_at)
        pf.addRow(self.publish_button)
        form.addWidget(self.publication_box)

        self.corrections_box = QGroupBox(self.tr("Corrections"))
        self.corrections_box.setObjectName("correctionsBox")
        cf = QVBoxLayout(self.corrections_box)
        cf.addWidget(
            note(
                self.tr(
                    "A mistake is corrected, never deleted: post the correction on the platform "
                    "and record it here."
                )
            )
        )
        self.corrections = QListWidget()
        self.corrections.setObjectName("correctionsList")
        self.corrections.setMaximumHeight(90)
        self.correction_text = QPlainTextEdit()
        self.correction_text.setObjectName("correctionText")
        self.correction_text.setMaximumHeight(60)
        self.correct_button = QPushButton(self.tr("Add correction"))
        self.correct_button.setObjectName("addCorrection")
        self.correct_button.clicked.connect(self.add_correction)
        cf.addWidget(self.corrections)
        cf.addWidget(self.correction_text)
        cf.addWidget(self.correct_button)
        form.addWidget(self.corrections_box)
        form.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([240, 920])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_post(None)

    # --- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.screener = post_service.get_screener(self.session)
            self.accounts = post_service.list_accounts(self.session)
            self.model.reload()
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self._say(error_text(exc), error=True)
            return
        current = self.post.id if self.post else None
        self._fill_accounts()
        if current is not None:
            self.open_post(current)
        else:
            self._account_changed()

    def clear(self) -> None:
        """On lock: drop every row and the text being written (personal data)."""
        self.timer.stop()
        self._generation += 1
        self.model.clear()
        self.post = None
        self.screener = None
        self._loading = True
        try:
            self.text.clear()
            self.links.clear()
            self.evidence.clear()
            self.correction_text.clear()
            self.published_url.clear()
            self.corrections.clear()
            self.findings_list.clear()
            for row in list(self.media_rows):
                self._remove_media(row)
        finally:
            self._loading = False
        self.findings = []
        self.message.clear()

    def _fill_accounts(self) -> None:
        self._loading = True
        try:
            chosen = self.account.currentData()
            self.account.clear()
            for a in self.accounts:
                self.account.addItem(account_label(a), a.id)
            if chosen is not None and self.account.findData(chosen) >= 0:
                self.account.setCurrentIndex(self.account.findData(chosen))
        finally:
            self._loading = False
        if not self.accounts:
            self.banner.setText(
                self.tr(
                    "No SNS account is set up yet. A manager adds the office's accounts under "
                    "Approval → Accounts."
                )
            )

    def platform(self) -> Platform:
        account = next((a for a in self.accounts if a.id == self.account.currentData()), None)
        return account.platform if account else Platform.HOMEPAGE

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and 0 <= current.row() < len(self.model.rows):
            self.open_post(self.model.rows[current.row()].id)

    def open_post(self, post_id: int) -> None:
        try:
            detail = post_service.get_post(self.session, post_id)
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            return
        self._show_post(detail)

    def new_post(self) -> None:
        self.table.clearSelection()
        self._show_post(None)
        self.text.setFocus()

    def _show_post(self, detail: post_service.PostDetail | None) -> None:
        self.post = detail
        self._loading = True
        try:
            v = detail.version if detail else None
            if detail is not None and self.account.findData(detail.post.account_id) >= 0:
                self.account.setCurrentIndex(self.account.findData(detail.post.account_id))
            self.text.setPlainText(v.text if v else "")
            self.links.setPlainText("\n".join(v.links) if v else "")
            for row in list(self.media_rows):
                self._remove_media(row)
            for entry in v.media if v else ():
                self.add_media(entry)
            self._fill_scopes(v.claimed_scope_id if v else None)
            self.evidence.setText(v.evidence if v else "")
            for box in self.self_check.values():
                box.setChecked(False)
            self.corrections.clear()
            for c in detail.corrections if detail else ():
                self.corrections.addItem(
                    fill(self.tr("%1 — %2: %3"), local_time(c.created_at), c.created_by_name, c.text)
                )
            self.correction_text.clear()
            self.published_url.setText(detail.post.published_url or "" if detail else "")
            self.published_at.setDateTime(qdatetime(self.session.now()))
        finally:
            self._loading = False
        self.message.clear()
        self._update_banner()
        self._update_state()
        self.screen_now()

    def _update_banner(self) -> None:
        d = self.post
        if d is None:
            self.banner.setText(
                self.tr(
                    "New post. Write it, check the findings and the self-check, then submit it for approval."
                )
            )
            return
        status = d.status
        parts = [fill(self.tr("Post %1, version %2: %3"), d.id, d.version.number, status_label(status))]
        last = d.reviews[-1] if d.reviews else None
        if status is PostStatus.CHANGES_REQUESTED and last is not None:
            parts.append(fill(self.tr("%1 asked for changes: %2"), last.reviewer_name, last.reason))
        elif status is PostStatus.REJECTED and last is not None:
            parts.append(fill(self.tr("%1 rejected it: %2"), last.reviewer_name, last.reason))
        elif status is PostStatus.APPROVED_IN_SCOPE:
            parts.append(
                fill(
                    self.tr("Approved within pre-approved scope %1. You may publish it."),
                    d.post.scope_used_id,
                )
            )
        elif status is PostStatus.APPROVED and last is not None:
            parts.append(fill(self.tr("Approved by %1. You may publish it."), last.reviewer_name))
        elif status.waiting_for_review:
            parts.append(self.tr("A manager will review it."))
        elif status is PostStatus.PUBLISHED:
            parts.append(
                fill(
                    self.tr("Published at %1: %2"),
                    local_time(d.post.published_at),
                    d.post.published_url or "",
                )
            )
        if status.may_publish or status.waiting_for_review:
            parts.append(self.tr("Changing it sends it (back) to a reviewer."))
        self.banner.setText("\n".join(parts))

    def _update_state(self) -> None:
        status = self.post.status if self.post else PostStatus.DRAFT
        editable = status_after_edit(status) is not None
        for w in (self.account, self.links, self.scope, self.evidence, self.add_media_button):
            w.setEnabled(editable)
        self.text.setReadOnly(not editable)
        for row in self.media_rows:
            row.set_read_only(not editable)
        self.check_box.setVisible(editable)
        self.save_button.setVisible(status in (PostStatus.DRAFT, PostStatus.CHANGES_REQUESTED))
        self.submit_button.setVisible(editable)
        self.submit_button.setText(
            self.tr("Submit for approval")
            if status.may_submit or self.post is None
            else self.tr("Submit the changes for approval")
        )
        self.publication_box.setVisible(self.post is not None and status.may_publish)
        self.corrections_box.setVisible(self.post is not None and status is PostStatus.PUBLISHED)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        ticked = all(box.isChecked() for box in self.self_check.values())
        has_text = bool(self.text.toPlainText().strip())
        self.submit_button.setEnabled(ticked and has_text and self.account.count() > 0)
        self.save_button.setEnabled(has_text and self.account.count() > 0)

    # --- scopes -----------------------------------------------------------------------------
    def _fill_scopes(self, chosen: int | None) -> None:
        was = self._loading
        self._loading = True
        try:
            self.scope.clear()
            self.scope.addItem(self.tr("No scope: a manager approves the post"), None)
            mine: list[post_service.ScopeInfo] = []
            every: dict[int, post_service.ScopeInfo] = {}
            if self.screener is not None:  # loaded (not before the first refresh, nor when locked)
                try:
                    mine = post_service.scopes_for_me(self.session, self.account.currentData())
                    every = {s.id: s for s in post_service.list_scopes(self.session)}
                except Exception:  # noqa: BLE001 - offer no scope; submitting still works
                    mine, every = [], {}
            shown = list(mine)
            if chosen is not None and chosen not in {s.id for s in mine} and chosen in every:
                shown.append(every[chosen])  # claimed earlier, no longer valid: shown so the author sees it
            for s in shown:
                text = fill(self.tr("%1 — scope %2"), QCoreApplication.translate("Scopes", s.kind.label), s.id)
                self.scope.addItem(text, s.id)
            self._scopes = {s.id: s for s in shown}
            index = self.scope.findData(chosen) if chosen is not None else 0
            self.scope.setCurrentIndex(max(0, index))
        finally:
            self._loading = was
        self._show_scope()

    def _show_scope(self) -> None:
        scope = self._scopes.get(self.scope.currentData())
        if scope is None:
            self.scope_conditions.setText(self.tr("Without a scope every post is reviewed by a manager."))
            self.evidence.setPlaceholderText("")
            return
        valid = fill(self.tr("Valid %1 to %2."), scope.valid_from or "…", scope.valid_to or "…")
        needs = scope.evidence_required or QCoreApplication.translate("Scopes", scope.kind.evidence_label)
        self.scope_conditions.setText(
            fill(self.tr("Conditions: %1\n%2 Evidence needed: %3"), scope.conditions or "—", valid, needs)
        )
        self.evidence.setPlaceholderText(needs)

    def _scope_changed(self) -> None:
        self._show_scope()
        self._changed()

    def _account_changed(self) -> None:
        if self._loading:
            return
        claimed = self.scope.currentData()
        self._fill_scopes(claimed)
        self._changed()

    # --- media ------------------------------------------------------------------------------
    def add_media(self, entry: post_service.MediaEntry | None = None) -> MediaRow:
        row = MediaRow(self._changed, self._remove_media, entry)
        self.media_layout.insertWidget(self.media_layout.count() - 1, row)
        self.media_rows.append(row)
        self._changed()
        return row

    def _remove_media(self, row: MediaRow) -> None:
        if row in self.media_rows:
            self.media_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._changed()

    # --- live screening ---------------------------------------------------------------------
    def _changed(self) -> None:
        self._sync_buttons()
        if not self._loading:
            self.timer.start()

    def draft(self) -> post_service.PostDraft:
        return post_service.PostDraft(
            self.account.currentData(),
            self.text.toPlainText(),
            tuple(line.strip() for line in self.links.toPlainText().splitlines() if line.strip()),
            tuple(row.entry() for row in self.media_rows),
            self.scope.currentData(),
            self.evidence.text(),
        )

    def screen_now(self) -> None:
        """Count and screen the current text (off the GUI thread for very long texts)."""
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        draft = self.draft()
        platform = self.platform()
        self._show_counter(platform, draft.text)
        screener = self.screener
        if screener is None:
            return

        def work() -> list[Finding]:
            return screener.findings(platform, draft.text, draft.links, draft.media)

        def done(found: list[Finding]) -> None:
            if generation == self._generation:
                self._show_findings(draft, found)

        if len(draft.text) > BACKGROUND_SCREENING_CHARS:
            workers.run(work, done, lambda exc: self._say(error_text(exc), error=True), self)
        else:
            done(work())

    def _show_counter(self, platform: Platform, text: str) -> None:
        rule = length_rule(platform)
        result = measure(platform, text)
        unit = QCoreApplication.translate("Platforms", rule.unit.label)
        if rule.limit is None:
            self.counter.setText(
                fill(self.tr("%1 %2 (%3 has no limit)"), result.used, unit, platform_label(platform))
            )
            self.counter.setStyleSheet("")
            return
        if result.over:
            self.counter.setText(
                fill(
                    self.tr("%1 / %2 %3 — %4 over the limit of %5"),
                    result.used,
                    rule.limit,
                    unit,
                    result.used - rule.limit,
                    platform_label(platform),
                )
            )
            self.counter.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        else:
            self.counter.setText(
                fill(self.tr("%1 / %2 %3 (%4)"), result.used, rule.limit, unit, platform_label(platform))
            )
            self.counter.setStyleSheet("")

    def _show_findings(self, draft: post_service.PostDraft, found: list[Finding]) -> None:
        self.findings = found
        self.findings_list.set_findings(found, draft.links, draft.media)
        text = draft.text
        offsets = utf16_offsets(text)
        selections = []
        for f in found:
            if f.where is not Where.TEXT or f.end <= f.start:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(SEVERITY_COLOURS[f.severity]))
            fmt.setToolTip(finding_message(f))
            sel.format = fmt
            cursor = QTextCursor(self.text.document())
            start, end = (offsets[f.start], offsets[f.end]) if offsets else (f.start, f.end)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def select_span(self, start: int, end: int) -> None:
        """Select a finding's span (code points) in the editor."""
        offsets = utf16_offsets(self.text.toPlainText())
        if offsets:
            start, end = offsets[start], offsets[end]
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    # --- actions ----------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def _ticked(self) -> bool:
        return all(box.isChecked() for box in self.self_check.values())

    def _after_change(self, detail: post_service.PostDetail) -> None:
        self.model.reload()
        self._show_post(detail)
        for row, p in enumerate(self.model.rows):
            if p.id == detail.id:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                break

    def save_draft(self) -> None:
        try:
            if self.post is None:
                detail = post_service.create_draft(self.session, self.draft())
            else:
                detail = post_service.edit_post(
                    self.session, self.post.id, self.draft(), self_check_confirmed=self._ticked()
                )
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self._say(error_text(exc), error=True)
            return
        self._after_change(detail)
        self._say(fill(self.tr("Saved as version %1."), detail.version.number))

    def submit(self) -> None:
        if not self._ticked():
            self._say(self.tr("Confirm each point of the self-check before submitting."), error=True)
            return
        try:
            if self.post is None:
                detail = post_service.create_draft(self.session, self.draft())
            else:
                detail = post_service.edit_post(
                    self.session, self.post.id, self.draft(), self_check_confirmed=True
                )
            if detail.status.may_submit:
                result = post_service.submit(self.session, detail.id, self_check_confirmed=True)
                detail = result.post
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            if self.post is None:
                self.model.reload()
            return
        self._after_change(detail)
        if detail.status is PostStatus.APPROVED_IN_SCOPE:
            self._say(
                fill(
                    self.tr(
                        "Approved within pre-approved scope %1. You may publish it now, then record "
                        "the address here."
                    ),
                    detail.post.scope_used_id,
                )
            )
        else:
            reasons = [QCoreApplication.translate("Scopes", r) for r in detail.version.routing_reasons]
            self._say(fill(self.tr("Sent for approval. A manager will review it.\n%1"), "\n".join(reasons)))

    def record_publication(self) -> None:
        if self.post is None:
            return
        when = read_datetime(self.published_at)
        try:
            detail = post_service.record_publication(
                self.session, self.post.id, url=self.published_url.text(), published_at=when
            )
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            return
        self._after_change(detail)
        self._say(self.tr("The publication is recorded."))

    def add_correction(self) -> None:
        if self.post is None:
            return
        try:
            detail = post_service.add_correction(
                self.session, self.post.id, self.correction_text.toPlainText()
            )
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            return
        self._after_change(detail)
        self._say(self.tr("The correction is recorded with the post."))


def _posts_page(session: Session, parent: QWidget) -> QWidget:
    return PostsPage(session, parent)


PAGES = {Area.POSTS: _posts_page}


# --------------------------------------------------------------------------- screenshots


def _shot_drafting(out: Path, lang: str, data_dir: Path, shot_main) -> None:  # type: ignore[no-untyped-def]
    def prepare(page: QWidget) -> None:
        assert isinstance(page, PostsPage)
        page.new_post()
        index = next((i for i, a in enumerate(page.accounts) if a.platform is Platform.X), 0)
        page.account.setCurrentIndex(index)
        page.text.setPlainText(
            "本日の「親子で味噌づくり教室」は 24 組の参加で終了しました！参加の山田さん（090-1234-5678）、"
            "ありがとうございました。来年度の新店舗計画（未発表）もお楽しみに。"
            "詳しくは https://shop.example.com/miso へ"
            if lang == "ja"
            else "Today's miso-making class ended with 24 families! Thanks to Ms Yamada (090-1234-5678). "
            "Our unpublished plan (未発表) for a new shop is coming. More at https://shop.example.com/miso"
        )
        page.add_media(post_service.MediaEntry("miso_class.jpg", MediaKind.PHOTO, identifiable_people=True))
        for key in list(page.self_check)[:4]:
            page.self_check[key].setChecked(True)
        page.screen_now()

    shot_main(out, lang, data_dir, "advisor", Area.POSTS, "posts_drafting", prepare)


SCREENSHOTS = [_shot_drafting]

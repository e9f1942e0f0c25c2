"""The drafting page: the author's posts on the left, the post being written on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.platforms import Platform
from desktop.domain.roles import Area
from desktop.domain.scopes import PostStatus, status_after_edit
from desktop.domain.screening import Finding
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme, workers
from desktop.ui.dates import qdatetime, read_datetime
from desktop.ui.pages.posts.checks import FindingsBox, SelfCheckBox
from desktop.ui.pages.posts.keeping import DraftKeeper
from desktop.ui.pages.posts.media import MediaBox, MediaRow
from desktop.ui.pages.posts.my_posts import ListButtons, MyPostsModel
from desktop.ui.pages.posts.publication import CorrectionsBox, PublicationBox
from desktop.ui.pages.posts.scope import ScopeBox
from desktop.ui.pages.posts.submit_notes import SubmitNotesBox
from desktop.ui.pages.posts.texts import banner_text, counter_text, no_accounts_text
from desktop.ui.post_text import account_label
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.findings import mark_findings, select_span
from desktop.ui.widgets.forms import buddy_label, heading, note, say
from desktop.ui.widgets.table import table_view

BACKGROUND_SCREENING_CHARS = 20_000
DEBOUNCE_MS = 250


class PostsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postsPage")
        self.session = session
        self.post: post_service.PostDetail | None = None
        self.screener: post_service.Screener | None = None
        self.accounts: list[post_service.AccountInfo] = []
        self.findings: list[Finding] = []
        self._generation = 0
        self._loading = False
        self.dirty = False  # typed since the post was shown or saved: kept over a lock or logout
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.screen_now)

        # left: my posts
        self.model = MyPostsModel(session)
        self.table = table_view(self.model, "myPostsTable")
        self.table.setAccessibleName(self.tr("My posts"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("My posts")))
        self.list_buttons = ListButtons(self)
        self.new_button, self.copy_button = self.list_buttons.new, self.list_buttons.copy
        left_layout.addWidget(self.list_buttons)
        left_layout.addWidget(self.table, 1)

        # right: the editor
        editor = QWidget()
        outer = QVBoxLayout(editor)
        self.banner = note(object_name="postBanner")
        theme.set_role(self.banner, "banner-info")
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
        self.text = QPlainTextEdit()
        self.text.setObjectName("postText")
        self.text.setTabChangesFocus(True)  # Tab moves on (a post has no use for a tab character)
        self.text.setMinimumHeight(150)
        self.text.textChanged.connect(self._changed)
        form.addWidget(buddy_label(self.tr("Text:"), self.text))
        form.addWidget(self.text)
        self.counter = note(object_name="lengthCounter")
        form.addWidget(self.counter)
        self.links = QPlainTextEdit()
        self.links.setObjectName("postLinks")
        self.links.setTabChangesFocus(True)
        self.links.setMaximumHeight(60)
        self.links.textChanged.connect(self._changed)
        form.addWidget(buddy_label(self.tr("Links (one address per line):"), self.links))
        form.addWidget(self.links)
        self.media_box = MediaBox(self._changed)
        self.media_rows = self.media_box.rows
        self.add_media_button = self.media_box.add_button
        form.addWidget(self.media_box)

        scope_box = self.scope_box = ScopeBox(self._changed)
        self.scope = scope_box.scope
        self.scope.currentIndexChanged.connect(self._changed)
        self.scope_conditions = scope_box.conditions
        self.evidence = scope_box.evidence
        self.evidence.textChanged.connect(self._changed)
        form.addWidget(scope_box)

        findings_box = FindingsBox()
        self.findings_list = findings_box.view
        self.findings_list.span_clicked.connect(self.select_span)
        side.addWidget(findings_box, 1)
        self.check_box = SelfCheckBox()
        self.self_check = self.check_box.boxes
        for box in self.self_check.values():
            box.toggled.connect(self._sync_buttons)
        side.addWidget(self.check_box)
        self.notes = SubmitNotesBox(self.scope)
        side.addWidget(self.notes)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("submitPost")
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        self.message = note(object_name="postMessage")
        buttons.addWidget(self.message, 1)
        side.addStretch(0)

        self.publication_box = PublicationBox()
        self.published_url = self.publication_box.url
        self.published_at = self.publication_box.at
        self.publish_button = self.publication_box.button
        self.publish_button.clicked.connect(self.record_publication)
        form.addWidget(self.publication_box)

        self.corrections_box = CorrectionsBox()
        self.corrections = self.corrections_box.list
        self.correction_text = self.corrections_box.text
        self.correct_button = self.corrections_box.button
        self.correct_button.clicked.connect(self.add_correction)
        form.addWidget(self.corrections_box)
        form.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        right = QWidget()  # the actions stay below the scrolled editor, always in view
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 4)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([240, 920])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.keeper = DraftKeeper(self)
        self.show_post(None)

    # --- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.screener = post_service.get_screener(self.session)
            self.accounts = post_service.list_accounts(self.session)
            self.model.reload()
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self.say(error_text(exc), error=True)
            return
        current = self.post.id if self.post else None
        self._fill_accounts()
        if self.keeper.restore():
            return
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
            for field in (self.text, self.links, self.evidence, self.correction_text, self.published_url,
                          self.corrections, self.findings_list):
                field.clear()
            self.media_box.remove_all()
        finally:
            self._loading = False
        self.findings, self.dirty = [], False
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
            self.banner.setText(no_accounts_text(self.session))

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
            self.say(error_text(exc), error=True)
            return
        self.show_post(detail)

    def new_post(self) -> None:
        self.table.clearSelection()
        self.show_post(None)
        self.text.setFocus()

    def show_post(self, detail: post_service.PostDetail | None, kept: post_service.PostDraft | None = None) -> None:
        """Show ``detail`` (``None``: a new post), with ``kept`` unsaved content instead of its saved text."""
        self.post, self.dirty = detail, False
        self._loading = True
        try:
            v = kept or (detail.version if detail else None)
            account_id = kept.account_id if kept else (detail.post.account_id if detail else None)
            if account_id is not None and self.account.findData(account_id) >= 0:
                self.account.setCurrentIndex(self.account.findData(account_id))
            self.text.setPlainText(v.text if v else "")
            self.links.setPlainText("\n".join(v.links) if v else "")
            self.media_box.remove_all()
            for entry in v.media if v else ():
                self.add_media(entry)
            self._fill_scopes(v.claimed_scope_id if v else None)
            self.evidence.setText(v.evidence if v else "")
            self.scope_box.show_records(v.evidence_record_id if v else None)
            for box in self.self_check.values():
                box.setChecked(False)
            self.notes.clear()
            self.corrections_box.show_corrections(detail.corrections if detail else ())
            self.published_url.setText(detail.post.published_url or "" if detail else "")
            self.published_at.setDateTime(qdatetime(self.session.now()))
        finally:
            self._loading = False
        self.message.clear()
        self._update_banner()
        self._update_state()
        self.screen_now()

    def _update_banner(self) -> None:
        self.banner.setText(banner_text(self.post))

    def _update_state(self) -> None:
        status = self.post.status if self.post else PostStatus.DRAFT
        editable = status_after_edit(status) is not None
        for w in (self.account, self.links, self.scope, self.evidence, self.add_media_button):
            w.setEnabled(editable)
        self.text.setReadOnly(not editable)
        for row in self.media_rows:
            row.set_read_only(not editable)
        self.check_box.setVisible(editable)
        self.notes.setVisible(editable)
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
        mine: list[post_service.ScopeInfo] = []
        every: dict[int, post_service.ScopeInfo] = {}
        if self.screener is not None:  # loaded (not before the first refresh, nor when locked)
            try:
                mine = post_service.scopes_for_me(self.session, self.account.currentData())
                every = {s.id: s for s in post_service.list_scopes(self.session)}
                self.scope_box.records = post_service.list_records(self.session, include_retired=True)
            except Exception:  # noqa: BLE001 - offer no scope; submitting still works
                mine, every = [], {}
        shown = list(mine)
        if chosen is not None and chosen not in {s.id for s in mine} and chosen in every:
            shown.append(every[chosen])  # claimed earlier, no longer valid: shown so the author sees it
        was = self._loading
        self._loading = True
        try:
            self.scope_box.set_scopes(shown, chosen)
        finally:
            self._loading = was

    def _account_changed(self) -> None:
        if self._loading:
            return
        claimed = self.scope.currentData()
        self._fill_scopes(claimed)
        self._changed()

    def add_media(self, entry: post_service.MediaEntry | None = None) -> MediaRow:
        return self.media_box.add(entry)

    # --- live screening ---------------------------------------------------------------------
    def _changed(self) -> None:
        self._sync_buttons()
        if not self._loading:
            self.dirty = True
            self.message.clear()  # a message about the text before this change no longer holds
            self.timer.start()

    def draft(self) -> post_service.PostDraft:
        return post_service.PostDraft(
            self.account.currentData(),
            self.text.toPlainText(),
            tuple(line.strip() for line in self.links.toPlainText().splitlines() if line.strip()),
            tuple(row.entry() for row in self.media_rows),
            self.scope.currentData(),
            self.evidence.text(),
            self.scope_box.chosen_record(),
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
            workers.run(work, done, lambda exc: self.say(error_text(exc), error=True), self)
        else:
            done(work())

    def _show_counter(self, platform: Platform, text: str) -> None:
        counter, over = counter_text(platform, text)
        self.counter.setText(counter)
        theme.set_role(self.counter, "error-strong" if over else None)

    def _show_findings(self, draft: post_service.PostDraft, found: list[Finding]) -> None:
        self.findings = found
        self.findings_list.set_findings(found, draft.links, draft.media)
        self.notes.show_findings(found)
        mark_findings(self.text, draft.text, found)

    def select_span(self, start: int, end: int) -> None:
        """Select a finding's span (code points) in the editor."""
        select_span(self.text, start, end)

    # --- actions ----------------------------------------------------------------------------
    def say(self, text: str, *, error: bool = False) -> None:
        say(self.message, text, error=error)

    def _ticked(self) -> bool:
        return all(box.isChecked() for box in self.self_check.values())

    def _after_change(self, detail: post_service.PostDetail) -> None:
        self.model.reload()
        self.show_post(detail)
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
            self.say(error_text(exc), error=True)
            return
        self._after_change(detail)
        self.say(fill(self.tr("Saved as version %1."), detail.version.number))

    def submit(self) -> None:
        if not self._ticked():
            self.say(self.tr("Confirm each point of the self-check before submitting."), error=True)
            return
        detail = self.post
        try:
            if self.post is None:
                detail = self.post = post_service.create_draft(self.session, self.draft())  # kept if refused
            else:
                detail = post_service.edit_post(self.session, self.post.id, self.draft(), self_check_confirmed=True,
                                                override=self.notes.values()["override"])
            if detail.status.may_submit:
                detail = post_service.submit(self.session, detail.id, self_check_confirmed=True,
                                             **self.notes.values()).post
        except Exception as exc:  # noqa: BLE001
            self.say(error_text(exc), error=True)
            self.model.reload()
            return
        self._after_change(detail)
        if detail.status is PostStatus.APPROVED_IN_SCOPE:
            self.say(
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
            self.say(fill(self.tr("Sent for approval. A manager will review it.\n%1"), "\n".join(reasons)))

    def record_publication(self) -> None:
        if self.post is None:
            return
        when = read_datetime(self.published_at)
        try:
            detail = post_service.record_publication(
                self.session, self.post.id, url=self.published_url.text(), published_at=when
            )
        except Exception as exc:  # noqa: BLE001
            self.say(error_text(exc), error=True)
            return
        self._after_change(detail)
        self.say(self.tr("The publication is recorded."))

    def add_correction(self) -> None:
        if self.post is None:
            return
        try:
            detail = post_service.add_correction(
                self.session, self.post.id, self.correction_text.toPlainText()
            )
        except Exception as exc:  # noqa: BLE001
            self.say(error_text(exc), error=True)
            return
        self._after_change(detail)
        self.say(self.tr("The correction is recorded with the post."))


def _posts_page(session: Session, parent: QWidget) -> QWidget:
    return PostsPage(session, parent)


PAGES = {Area.POSTS: _posts_page}

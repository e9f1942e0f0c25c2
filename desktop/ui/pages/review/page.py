"""承認 — the managers' review of SNS posts, and the management of what the review relies on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from desktop.domain.roles import Action, Area
from desktop.services.session import Session
from desktop.ui.pages.review.accounts import AccountsTab
from desktop.ui.pages.review.all_posts import AllPostsTab
from desktop.ui.pages.review.in_scope import InScopeTab
from desktop.ui.pages.review.incidents import IncidentsTab
from desktop.ui.pages.review.queue import QueueTab
from desktop.ui.pages.review.records import RecordsTab
from desktop.ui.pages.review.scopes import ScopesTab
from desktop.ui.pages.review.word_lists import WordListsTab


class ReviewPage(QTabWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.session = session
        self.queue = QueueTab(session)
        self.in_scope = InScopeTab(session)
        self.all_posts = AllPostsTab(session)
        self.all_posts.open_for_review.connect(self.open_for_review)
        self.accounts = AccountsTab(session)
        self.scopes = ScopesTab(session)
        self.records = RecordsTab(session)
        self.word_lists = WordListsTab(session)
        self.incidents = IncidentsTab(session)
        self.addTab(self.queue, self.tr("Waiting for approval"))
        self.addTab(self.all_posts, self.tr("All posts"))
        self.addTab(self.in_scope, self.tr("Posted within a scope"))
        if session.can(Action.SCOPES_MANAGE):  # managers; an appointed responsible person only reviews posts
            self.addTab(self.accounts, self.tr("Accounts"))
            self.addTab(self.scopes, self.tr("Scopes"))
            self.addTab(self.records, self.tr("Evidence records"))
            self.addTab(self.word_lists, self.tr("Word lists"))
            self.addTab(self.incidents, self.tr("Incidents"))
        self.currentChanged.connect(lambda _i: None if session.locked else self.refresh())

    def refresh(self) -> None:
        current = self.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def open_for_review(self, post_id: int) -> None:
        """Show the queue with ``post_id`` open (from the calendar of all posts)."""
        self.setCurrentWidget(self.queue)  # refreshes the queue
        ids = [r.post_id for r in self.queue.model.rows]
        if post_id in ids:
            self.queue.table.selectRow(ids.index(post_id))
        self.queue.open_post(post_id)

    def clear(self) -> None:
        for i in range(self.count()):
            clear = getattr(self.widget(i), "clear", None)
            if callable(clear):
                clear()


def _review_page(session: Session, parent: QWidget) -> QWidget:
    return ReviewPage(session, parent)


PAGES = {Area.REVIEW: _review_page}

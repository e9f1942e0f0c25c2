"""Nothing typed is lost: the posts editor's unsaved content is kept in the encrypted database before
a lock or a logout (and across a language switch) and put back into the editor on the next visit.

:class:`DraftKeeper` listens on the session's ``before_close_listeners`` (the database is still open
then) and forgets the listener when its page is destroyed.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QComboBox

from desktop.services import posts as post_service
from desktop.services.posts import kept as kept_service
from desktop.services.session import Session

log = logging.getLogger(__name__)


class EditorPage(Protocol):
    """What the keeper needs of the posts page (no import of the page: no circle)."""

    session: Session
    dirty: bool
    account: QComboBox
    post: Any
    destroyed: SignalInstance

    def draft(self) -> post_service.PostDraft: ...
    def show_post(self, detail: Any, kept: post_service.PostDraft | None = None) -> None: ...
    def say(self, text: str, *, error: bool = False) -> None: ...


class DraftKeeper:
    """Keeps and gives back the unsaved content of one posts page."""

    def __init__(self, page: EditorPage) -> None:
        self.page = page
        page.session.before_close_listeners.append(self.keep)
        page.destroyed.connect(self.forget)

    def forget(self, *_: object) -> None:
        """Stop listening (the page is gone)."""
        listeners = self.page.session.before_close_listeners
        if self.keep in listeners:
            listeners.remove(self.keep)

    def keep(self) -> None:
        """Keep the editor's content if it has unsaved changes (called while the database is open)."""
        page = self.page
        if not page.dirty or page.account.currentData() is None or page.session.locked:
            return
        try:
            kept_service.keep(page.session, kept_service.KeptEditor(page.post.id if page.post else None,
                                                                    page.draft()))
        except Exception as exc:  # noqa: BLE001 - the lock or logout goes on; no text in the log
            log.error("the unsaved post could not be kept: %s", type(exc).__name__)

    def restore(self) -> bool:
        """Put kept content back into the editor (once); whether there was any."""
        page = self.page
        try:
            found = kept_service.take(page.session)
        except Exception as exc:  # noqa: BLE001 - nothing kept can be shown; the page works on
            log.error("the kept post could not be read: %s", type(exc).__name__)
            return False
        if found is None:
            return False
        detail = None
        if found.post_id is not None:
            try:
                detail = post_service.get_post(page.session, found.post_id)
            except Exception:  # noqa: BLE001 - the post is gone or no longer yours: shown as a new post
                detail = None
        page.show_post(detail, found.draft)
        page.dirty = True
        page.say(QCoreApplication.translate(
            "PostsPage", "Your unsaved text was kept and is back: save it as a draft or submit it."))
        return True

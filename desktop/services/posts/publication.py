"""Posts: publication and corrections (P6)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.domain import office_time
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.domain.scopes import (
    PostStatus,
    is_web_address,
)
from desktop.services.posts.drafts import (
    get_post,
)
from desktop.services.posts.rows import (
    accounts_by_id,
    local_today,
    post_row,
    post_summary,
    require_own_or,
    scope_info,
    staff_names,
    version_info,
)
from desktop.services.posts.views import (
    MAX_LINK_CHARS,
    MAX_NOTE,
    InScopeItem,
    PostDetail,
    invalid,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

# --------------------------------------------------------------------------- publication, corrections (P6)


def record_publication(
    session: Session, post_id: int, *, url: str, published_at: datetime | None = None
) -> PostDetail:
    """The author (or a reviewer) records where and when an approved post was published."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.publish", str(row.id))
    if not PostStatus(row.status).may_publish:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Only an approved post can be recorded as published."))
    if PostStatus(row.status) is PostStatus.APPROVED_IN_SCOPE:
        # approved by a scope, not by a person: the scope must still hold on the day it is published
        scope = posts_repo.get_scope(row.scope_used_id) if row.scope_used_id is not None else None
        info = scope_info(scope) if scope is not None else None
        if info is None or not info.valid_on(local_today(session)):
            raise invalid(QT_TRANSLATE_NOOP(
                "Posts", "The scope that approved this post has been revoked or has expired. Submit it again so "
                         "that a reviewer can approve it."))
    url = (url or "").strip()
    if len(url) > MAX_LINK_CHARS or not is_web_address(url, need_scheme=True):
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Enter the address of the published post as https://…"))
    now = session.now()
    when = published_at or now
    if when.tzinfo is None:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Enter the time of publication."))
    if when > now + timedelta(minutes=5):
        raise invalid(QT_TRANSLATE_NOOP("Posts", "The time of publication cannot be in the future."))
    with repo.atomic():
        posts_repo.update_post(
            row.id,
            status=PostStatus.PUBLISHED.value,
            published_url=url,
            published_at=office_time.to_utc(when).isoformat(),  # stored in UTC like every moment
            updated_at=now.isoformat(),
        )
        session.audit("post.publish", target=str(row.id), version=row.version_no)
    return get_post(session, row.id)


def add_correction(session: Session, post_id: int, text: str) -> PostDetail:
    """A mistake in a published post is corrected, never deleted (P6); the note is kept with the post."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.correct", str(row.id))
    if PostStatus(row.status) is not PostStatus.PUBLISHED:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Corrections are recorded for published posts."))
    text = (text or "").strip()
    if not text:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Write what was wrong and how it was corrected."))
    if len(text) > MAX_NOTE:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "The text may be at most %1 characters long."), MAX_NOTE)
    with repo.atomic():
        c = posts_repo.insert_correction(
            post_id=row.id, text=text, created_by=session.user.uid, created_at=session.now().isoformat()
        )
        session.audit("post.correct", target=str(row.id), correction=c.id)
    return get_post(session, row.id)


def in_scope_posts(session: Session, *, limit: int = 200) -> list[InScopeItem]:
    """Posts that went out within a scope without individual approval, newest first (managers).

    Each carries why the author could not obtain approval (000 §2-4(2)), for the managers to follow up.
    """
    session.require(Action.POST_REVIEW, "in-scope")
    accounts, names = accounts_by_id(), staff_names()
    return [
        InScopeItem(post_summary(r, v, accounts, names), version_info(v))
        for r, v in posts_repo.list_in_scope(limit=max(1, min(limit, 500)))
    ]

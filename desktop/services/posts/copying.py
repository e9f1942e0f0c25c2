"""Copy a rejected or sent-back post into a new draft: the content and choices, never the review history."""

from __future__ import annotations

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.domain.scopes import PostStatus
from desktop.services.posts.drafts import new_draft
from desktop.services.posts.rows import post_row, require_own_or
from desktop.services.posts.views import MediaEntry, PostDetail, PostDraft, invalid
from desktop.services.session import Session
from desktop.store import posts_repo

#: The posts a new draft may start from: closed (rejected) or sent back for changes.
COPYABLE = frozenset({PostStatus.REJECTED, PostStatus.CHANGES_REQUESTED})


def may_copy(status: PostStatus) -> bool:
    return status in COPYABLE


def copy_post(session: Session, post_id: int) -> PostDetail:
    """A new draft by the current user with the text, links, media answers, account, scope and evidence of
    ``post_id``'s current version (its author, or a reviewer who may read it). Audited once as ``post.copy``."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.copy", str(row.id))
    if not may_copy(PostStatus(row.status)):
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Only a rejected post or one sent back for changes can be copied."))
    v = posts_repo.get_version(row.id, row.version_no)
    assert v is not None
    draft = PostDraft(
        account_id=v.account_id,
        text=v.text,
        links=v.links,
        media=tuple(MediaEntry.from_json(m) for m in v.media),
        claimed_scope_id=v.claimed_scope_id,
        evidence=v.evidence,
        evidence_record_id=v.evidence_record_id,
    )
    return new_draft(session, draft, "post.copy", source=row.id)

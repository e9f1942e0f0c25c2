"""In-app notifications: the per-user read state (migration 11) and the rows the rules need.

Notifications themselves are not stored: they are derived from the posts and reviews each time
(:mod:`desktop.domain.notifications`). Only "this user has read this notification" is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee as pw

from desktop.store.models import DB, BaseModel, tuples
from desktop.store.posts import Post, PostVersion, Review
from desktop.store.server import is_server

__all__ = ["EXTRA_SQL", "MODELS", "NotificationRead", "decisions_for_author", "excerpts", "mark_read", "read_keys",
           "waiting_posts"]


class NotificationRead(BaseModel):
    user_uid = pw.CharField(max_length=36)
    key = pw.CharField(max_length=120)
    read_at = pw.CharField(max_length=40)

    class Meta:
        indexes = ((("user_uid", "key"), True),)


MODELS: list[type[BaseModel]] = [NotificationRead]
EXTRA_SQL: list[str] = []


def read_keys(user_uid: str, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` ``user_uid`` has read."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = list(keys[start:start + 500])
        query = NotificationRead.select(NotificationRead.key).where(
            (NotificationRead.user_uid == user_uid) & NotificationRead.key.in_(chunk))
        found.update(row[0] for row in tuples(query))
    return found


def mark_read(user_uid: str, keys: Iterable[str], at: str) -> int:
    rows = [{"user_uid": user_uid, "key": k, "read_at": at} for k in keys]
    if not rows:
        return 0
    NotificationRead.insert_many(rows).on_conflict_ignore().execute()
    return len(rows)


def decisions_for_author(author_uid: str, since: str, decisions: Sequence[str]) -> list[tuple[int, int, str, str, str]]:
    """(review id, post id, reviewer uid, decision, decided at) on ``author_uid``'s posts since ``since``."""
    query = (Review.select(Review.id, Review.post, Review.reviewer_uid, Review.decision, Review.created_at)
             .join(Post, on=(Review.post == Post.id))
             .where((Post.author_uid == author_uid) & (Review.created_at >= since)
                    & Review.decision.in_(list(decisions)))
             .order_by(Review.id.desc()).limit(200))
    return [(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in tuples(query)]


def waiting_posts(statuses: Sequence[str]) -> list[tuple[int, str, str]]:
    """(post id, author uid, queued at) of the posts waiting for review."""
    query = (Post.select(Post.id, Post.author_uid, Post.queued_at)
             .where(Post.status.in_(list(statuses)) & Post.queued_at.is_null(False))
             .order_by(Post.queued_at).limit(1000))
    return [(int(r[0]), str(r[1]), str(r[2])) for r in tuples(query)]


def excerpts(post_ids: Sequence[int], length: int = 40) -> dict[int, str]:
    """The first characters of each post's current version (shown to the people the post concerns)."""
    out: dict[int, str] = {}
    ids = sorted(set(post_ids))
    for start in range(0, len(ids), 500):
        # the text is sealed on the office server: cut in the app there (a post's text is short)
        text = PostVersion.text if is_server(DB.obj) else pw.fn.substr(PostVersion.text, 1, length)
        query = (PostVersion.select(PostVersion.post, text)
                 .join(Post, on=(PostVersion.post == Post.id))
                 .where(PostVersion.post.in_(ids[start:start + 500]) & (PostVersion.number == Post.version_no)))
        out.update((int(pid), str(text)[:length]) for pid, text in tuples(query))
    return out

"""Unsaved post text kept over a lock, a cancelled unlock or a logout (migration 15).

One row per person: the editor's state as JSON (account, text, links, media checklist, scope,
evidence, the post being edited). It lives in the encrypted database like the posts themselves and
is removed as soon as it is back in the editor or the person discards it.
"""

from __future__ import annotations

import peewee as pw

from desktop.store.models import BaseModel
from desktop.store.sealing import SealedText

__all__ = ["EXTRA_SQL", "MODELS", "KeptDraft", "drop", "get", "put"]


class KeptDraft(BaseModel):
    user_uid = pw.CharField(max_length=36, unique=True)
    post_id = pw.IntegerField(null=True)  # the post being edited; None for a new post
    state = SealedText()  # JSON written by desktop.services.posts.kept
    kept_at = pw.CharField(max_length=40)


MODELS: list[type[BaseModel]] = [KeptDraft]
EXTRA_SQL: list[str] = []


def put(user_uid: str, post_id: int | None, state: str, at: str) -> None:
    """Keep ``state`` for ``user_uid`` (replaces what was kept before)."""
    KeptDraft.insert(user_uid=user_uid, post_id=post_id, state=state, kept_at=at).on_conflict(
        conflict_target=[KeptDraft.user_uid],
        update={KeptDraft.post_id: post_id, KeptDraft.state: state, KeptDraft.kept_at: at},
    ).execute()


def get(user_uid: str) -> tuple[int | None, str, str] | None:
    """``(post id, state, kept at)`` kept for ``user_uid``, or ``None``."""
    row = KeptDraft.get_or_none(KeptDraft.user_uid == user_uid)
    return None if row is None else (row.post_id, row.state, row.kept_at)


def drop(user_uid: str) -> int:
    return int(KeptDraft.delete().where(KeptDraft.user_uid == user_uid).execute())

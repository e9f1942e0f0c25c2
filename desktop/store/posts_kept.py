"""Unsaved text kept over a lock, a cancelled unlock or a logout (migration 15; slots: migration 19).

One row per person and *slot*: the posts editor (slot ``""``) or a dialog opened for one record (e.g.
``"correction:26"``, ``"contact:4"``). ``state`` is JSON written by the services (the posts editor's
account, text, links, media checklist, scope and evidence; a dialog's typed fields). It lives in the
encrypted database (sealed on the office server) like the records themselves and is removed as soon
as it is back on the screen or the person saves or discards it.
"""

from __future__ import annotations

import peewee as pw

from desktop.store.models import BaseModel
from desktop.store.sealing import SealedText

__all__ = ["EDITOR", "EXTRA_SQL", "MODELS", "KeptDraft", "add_slots", "drop", "drop_older", "get", "put"]

EDITOR = ""  # the posts editor's slot


class KeptDraft(BaseModel):
    user_uid = pw.CharField(max_length=36)
    slot = pw.CharField(max_length=80, default=EDITOR)  # "" the posts editor; "<dialog>:<record>" a dialog
    post_id = pw.IntegerField(null=True)  # the post being edited; None for a new post or a dialog
    state = SealedText()  # JSON written by desktop.services.posts.kept / desktop.services.kept
    kept_at = pw.CharField(max_length=40)

    class Meta:
        indexes = ((("user_uid", "slot"), True),)


MODELS: list[type[BaseModel]] = [KeptDraft]
EXTRA_SQL: list[str] = []


def add_slots(db: pw.Database) -> None:
    """Migration 19: several kept texts per person, one per slot (the posts editor keeps slot ``""``)."""
    if "slot" not in {c.name for c in db.get_columns("kept_draft")}:
        db.execute_sql("ALTER TABLE kept_draft ADD COLUMN slot VARCHAR(80) NOT NULL DEFAULT ''")  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
    db.execute_sql('DROP INDEX IF EXISTS "kept_draft_user_uid"')  # type: ignore[no-untyped-call]
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "kept_draft_user_uid_slot" '  # type: ignore[no-untyped-call]
                   'ON "kept_draft" ("user_uid", "slot")')


def put(user_uid: str, post_id: int | None, state: str, at: str, slot: str = EDITOR) -> None:
    """Keep ``state`` for ``user_uid`` in ``slot`` (replaces what was kept there before)."""
    KeptDraft.insert(user_uid=user_uid, slot=slot, post_id=post_id, state=state, kept_at=at).on_conflict(
        conflict_target=[KeptDraft.user_uid, KeptDraft.slot],
        update={KeptDraft.post_id: post_id, KeptDraft.state: state, KeptDraft.kept_at: at},
    ).execute()


def get(user_uid: str, slot: str = EDITOR) -> tuple[int | None, str, str] | None:
    """``(post id, state, kept at)`` kept for ``user_uid`` in ``slot``, or ``None``."""
    row = KeptDraft.get_or_none((KeptDraft.user_uid == user_uid) & (KeptDraft.slot == slot))
    return None if row is None else (row.post_id, row.state, row.kept_at)


def drop(user_uid: str, slot: str = EDITOR) -> int:
    return int(KeptDraft.delete().where((KeptDraft.user_uid == user_uid) & (KeptDraft.slot == slot)).execute())


def drop_older(user_uid: str, before: str) -> int:
    """Forget ``user_uid``'s dialog texts kept before ``before`` (never the posts editor's)."""
    return int(KeptDraft.delete().where((KeptDraft.user_uid == user_uid) & (KeptDraft.slot != EDITOR)
                                        & (KeptDraft.kept_at < before)).execute())

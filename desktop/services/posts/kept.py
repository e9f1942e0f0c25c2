"""Unsaved post text kept over a lock, a cancelled unlock or a logout, and given back once.

The editor calls :func:`keep` while the database is still open (the session's ``before_close``
listeners); after the next login or unlock the posts page calls :func:`take`, which returns the
state and removes it. Kept text stays in the encrypted database, never in a file or a log. Keeping
your own typing changes nothing the office relies on, so it is not audited (saving the draft is).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.roles import Action
from desktop.domain.scopes import MediaEntry, MediaKind, PostDraft
from desktop.services.session import Session
from desktop.store import posts_kept, repo

__all__ = ["KeptEditor", "discard", "keep", "peek", "take"]


@dataclass(frozen=True)
class KeptEditor:
    """What the posts editor held: the post being edited (``None`` for a new one) and its content."""

    post_id: int | None
    draft: PostDraft


def _dump(kept: KeptEditor) -> str:
    d = kept.draft
    return json.dumps({
        "account_id": d.account_id, "text": d.text, "links": list(d.links),
        "media": [{**asdict(m), "kind": m.kind.value} for m in d.media],
        "claimed_scope_id": d.claimed_scope_id, "evidence": d.evidence, "evidence_record_id": d.evidence_record_id,
    }, ensure_ascii=False)


def _load(post_id: int | None, state: str) -> KeptEditor | None:
    try:
        raw: dict[str, Any] = json.loads(state)
        media = tuple(MediaEntry(**{**m, "kind": MediaKind(m["kind"])}) for m in raw.get("media", ()))
        draft = PostDraft(raw["account_id"], str(raw.get("text", "")), tuple(raw.get("links", ())), media,
                          raw.get("claimed_scope_id"), str(raw.get("evidence", "")), raw.get("evidence_record_id"))
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: nothing to give back
    return KeptEditor(post_id, draft)


def keep(session: Session, kept: KeptEditor) -> None:
    """Keep the editor's unsaved content for the person logged in (replaces what was kept)."""
    session.require(Action.POST_COMPOSE)
    with repo.atomic():
        posts_kept.put(session.user.uid, kept.post_id, _dump(kept), session.now().isoformat())


def peek(session: Session) -> KeptEditor | None:
    """What is kept for the person logged in, left in place."""
    session.require(Action.POST_COMPOSE)
    found = posts_kept.get(session.user.uid)
    return None if found is None else _load(found[0], found[1])


def take(session: Session) -> KeptEditor | None:
    """What is kept for the person logged in, removed from the database."""
    session.require(Action.POST_COMPOSE)
    with repo.atomic():
        found = posts_kept.get(session.user.uid)
        if found is None:
            return None
        posts_kept.drop(session.user.uid)
    return _load(found[0], found[1])


def discard(session: Session) -> None:
    """Forget what is kept for the person logged in."""
    session.require(Action.POST_COMPOSE)
    with repo.atomic():
        posts_kept.drop(session.user.uid)

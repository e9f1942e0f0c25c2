"""Unsaved text of a dialog kept over a lock, a cancelled unlock or a logout, and given back once (issue 17).

The same store as the posts editor's kept draft (:mod:`desktop.store.posts_kept`), one *slot* per dialog
and record: ``slot("correction", 26)``. A dialog calls :func:`keep` while the database is still open (the
session's ``before_close`` listeners); when the same dialog is opened again for the same record, after the
unlock or the next login, it calls :func:`take`, which returns the fields and removes them. Saving or
cancelling the dialog leaves nothing kept. The text stays in the encrypted database (sealed on the office
server), never in a file or a log. Keeping your own typing changes nothing the office relies on, so it
is not audited (the save is); a text nobody came back for is forgotten after :data:`KEEP_DAYS` days.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, timedelta

from desktop.services.session import Session
from desktop.store import posts_kept, repo

__all__ = ["KEEP_DAYS", "discard", "keep", "peek", "slot", "take"]

KEEP_DAYS = 14


def _iso(session: Session, days_ago: int = 0) -> str:
    """The office clock's moment ``days_ago`` in the stored shape of a time (UTC, sorts as text)."""
    return (session.now() - timedelta(days=days_ago)).astimezone(UTC).isoformat(timespec="microseconds")


def slot(dialog: str, record: int | str) -> str:
    """The slot of ``dialog`` opened for ``record`` (e.g. ``"correction:26"``)."""
    name = f"{dialog}:{record}"
    if not dialog or len(name) > 80:
        raise ValueError("a slot is a dialog name and a record of at most 80 characters")
    return name


def _check(session: Session, where: str) -> None:
    session.ensure_unlocked()
    if where == posts_kept.EDITOR:
        raise ValueError("the posts editor keeps its text through desktop.services.posts.kept")


def keep(session: Session, where: str, fields: Mapping[str, str]) -> None:
    """Keep a dialog's typed ``fields`` for the person logged in (replaces what was kept in ``where``)."""
    _check(session, where)
    with repo.atomic():
        posts_kept.drop_older(session.user.uid, _iso(session, KEEP_DAYS))
        posts_kept.put(session.user.uid, None, json.dumps(dict(fields), ensure_ascii=False), _iso(session),
                       slot=where)


def _load(state: str) -> dict[str, str] | None:
    try:
        raw = json.loads(state)
    except ValueError:
        return None
    if not isinstance(raw, dict):
        return None
    return {str(k): str(v) for k, v in raw.items()}


def peek(session: Session, where: str) -> dict[str, str] | None:
    """What is kept in ``where`` for the person logged in, left in place."""
    _check(session, where)
    found = posts_kept.get(session.user.uid, where)
    return None if found is None else _load(found[1])


def take(session: Session, where: str) -> dict[str, str] | None:
    """What is kept in ``where`` for the person logged in, removed from the database."""
    _check(session, where)
    with repo.atomic():
        found = posts_kept.get(session.user.uid, where)
        if found is None:
            return None
        posts_kept.drop(session.user.uid, where)
    return _load(found[1])


def discard(session: Session, where: str) -> None:
    """Forget what is kept in ``where`` for the person logged in."""
    _check(session, where)
    with repo.atomic():
        posts_kept.drop(session.user.uid, where)

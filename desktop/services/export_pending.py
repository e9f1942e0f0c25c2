"""Pending exports: the office remembers where an export is being written until its file is in place.

An export commits its database work (inclusions, audit entry) and a pending record (destination,
temp name, start time, audit sequence) in one transaction before anything touches the destination
folder; the record is cleared once the file has its final name. If the process dies in between,
the next start (login or unlock) removes the recorded temp file, writes one audit entry and leaves
a notice for the user. The record lives in the encrypted database (a file name may name a person),
in the settings table under :data:`KEY`.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.fileio import fsync_dir, partial_path, remove_partial
from desktop.services.errors import ServiceError
from desktop.store import repo

KEY = "pending_exports"

Audit = Callable[..., int]


class LeftoverRemoved(ServiceError):
    """A notice (not raised): an interrupted export's unfinished file was removed."""

    def __init__(self, count: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "An export was interrupted before its file was finished. "
                                           "The unfinished file was removed (%1). Export again if you still "
                                           "need it."), count)


def records() -> list[dict[str, Any]]:
    value = repo.get_setting(KEY, [])
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


def begin(destination: Path, started: datetime, audit_seq: int, *, group: str | None = None,
          sha256: str | None = None) -> str:
    """Record a pending export (call inside the export's transaction). Returns its id.

    The files of a split export share a ``group`` and record each file's ``sha256``: if the set was
    not finished, the next start removes the files of the set that are already in place, but only
    those whose content is exactly what this export wrote (never an older file of the same name).
    """
    token = uuid.uuid4().hex
    entry: dict[str, Any] = {"id": token, "path": str(destination), "partial": str(partial_path(destination)),
                             "started": started.isoformat(), "audit_seq": audit_seq, "pid": os.getpid()}
    if group is not None:
        entry.update(group=group, sha256=sha256)
    repo.set_setting(KEY, [*records(), entry])
    return token


def finish(token: str) -> None:
    """Clear the record once the file has its final name (or the write failed and cleaned up)."""
    finish_all([token])


def finish_all(tokens: list[str]) -> None:
    """Clear several records at once (a split export's files, once every one is in place)."""
    with repo.atomic():
        repo.set_setting(KEY, [r for r in records() if r.get("id") not in tokens])


def _same_content(path: Path, sha256: str | None) -> bool:
    if not sha256:
        return False
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def _unfinished_sets(pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries of split exports whose set is incomplete and whose final file is this export's own."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in pending:
        if entry.get("group"):
            groups.setdefault(str(entry["group"]), []).append(entry)
    out: list[dict[str, Any]] = []
    for members in groups.values():
        done = [e for e in members if _same_content(Path(str(e.get("path", ""))), e.get("sha256"))]
        if len(done) < len(members):
            out.extend(done)
    return out


def recover(audit: Audit) -> list[ServiceError]:
    """Remove temp files of exports that never finished; one audit entry. Returns notices for the user.

    Only the recorded ``.<name>.madoguchi-partial`` file is ever deleted. A record whose folder
    cannot be reached now (a removed USB stick) is kept for the next start.
    """
    # an export still running in this process (the session was locked meanwhile) is not a leftover
    pending = [r for r in records() if r.get("pid") != os.getpid()]
    if not pending:
        return []
    removed: list[dict[str, Any]] = []
    kept: list[dict[str, Any]] = []
    finished = 0
    for entry in _unfinished_sets(pending):  # a split export's files already in place: all or nothing
        try:
            Path(str(entry["path"])).unlink()
            fsync_dir(Path(str(entry["path"])).parent)
        except FileNotFoundError:
            pass
        except OSError:
            continue
        entry["set_removed"] = True
    for entry in pending:
        tmp = Path(str(entry.get("partial", "")))
        if not tmp.parent.is_dir():
            kept.append(entry)
            continue
        try:
            if remove_partial(tmp) or entry.get("set_removed"):
                removed.append(entry)
            else:
                finished += 1
        except OSError:
            kept.append(entry)
    with repo.atomic():
        repo.set_setting(KEY, kept + [r for r in records() if r.get("pid") == os.getpid()])
        # never the file names (they may name a person): the export's audit sequence and start time
        audit("export.recovered", result="ok" if not kept else "partial", removed=len(removed),
              exports=[e.get("audit_seq") for e in removed], started=[e.get("started") for e in removed],
              nothing_left=finished, unreachable=len(kept))
    return [LeftoverRemoved(len(removed))] if removed else []

"""監査ログ — reading the audit log on screen (issue 17): filters, keyset pages, verification status.

Administrators only (design.md: audit verification is IT's; the role table gives ``AUDIT_VIEW`` and
``AUDIT_VERIFY`` to administrators). Opening the screen writes one ``audit.view`` entry; turning pages
and changing filters read only. Entries hold ids and counts, never personal data, and that is all the
screen shows (plus staff display names for the actor uids, which the person filter needs anyway).
Pages are keyset pages (:mod:`desktop.store.audit_query`); the screen runs them in a worker.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain import audit_actions, office_time
from desktop.domain.roles import Action
from desktop.services import checkpoints
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import audit_query, repo

__all__ = ["Entry", "Page", "Query", "VerifyStatus", "fetch", "last_verification", "open_view", "people", "prepare",
           "verify"]

PAGE_SIZE = 200
ANONYMOUS = audit_actions.ANONYMOUS


@dataclass(frozen=True)
class Query:
    """What the screen asks for: a person (uid, or ANONYMOUS), an action code, office days (inclusive)."""

    actor: str | None = None
    action: str | None = None
    first_day: date | None = None
    last_day: date | None = None


@dataclass(frozen=True)
class Prepared:
    flt: audit_query.Filter
    empty: bool = False


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    actor: str  # uid, or ANONYMOUS
    actor_name: str  # the staff member's display name; "" for anonymous or unknown
    action: str  # the code (kept for filters and tests; the screen shows action_label)
    action_label: str  # translatable source, context "AuditActions"
    target: str
    result: str
    result_label: str  # translatable source, context "AuditActions"
    details: dict[str, Any]
    target_name: str = ""  # the staff member's name when the target is a user (logins, role changes)


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    next_after: audit_query.Cursor | None  # pass to fetch() for the next (older) page; None at the end


def open_view(session: Session) -> int:
    """Record that the audit log was opened (once per opening of the screen); returns the entry's seq."""
    session.require(Action.AUDIT_VIEW)
    with repo.atomic():
        return session.audit("audit.view")


def people(session: Session) -> list[tuple[str, str]]:
    """(uid, display name) of every user, for the person filter."""
    session.require(Action.AUDIT_VIEW)
    return [(u.uid, u.display_name) for u in repo.list_users(include_inactive=True)]


def prepare(session: Session, query: Query) -> Prepared:
    """Turn the screen's filter into a store filter (office days to UTC times)."""
    session.require(Action.AUDIT_VIEW)
    since = until = None
    if query.first_day is not None:
        since = office_time.to_utc(office_time.day_start(query.first_day)).isoformat(timespec="microseconds")
    if query.last_day is not None:
        until = office_time.to_utc(office_time.day_end(query.last_day)).isoformat(timespec="microseconds")
    flt = audit_query.Filter(query.actor, (query.action,) if query.action else (), since, until)
    return Prepared(flt, empty=since is not None and until is not None and since >= until)


def fetch(session: Session, prepared: Prepared, after: audit_query.Cursor | None = None,
          limit: int = PAGE_SIZE) -> Page:
    """One page of entries (newest first) after the cursor of the previous page."""
    session.require(Action.AUDIT_VIEW)
    if prepared.empty:
        return Page([], None)
    rows = audit_query.page(prepared.flt, after=after, limit=limit)
    names = {u.uid: u.display_name for u in repo.list_users(include_inactive=True)}
    entries = [_entry(r, names) for r in rows]
    return Page(entries, (rows[-1].ts, rows[-1].seq) if len(rows) == limit else None)


def last_verification(session: Session) -> Entry | None:
    """The latest ``audit.verify`` entry (when the chain was last checked, by whom, with what result)."""
    session.require(Action.AUDIT_VIEW)
    rows = audit_query.page(audit_query.Filter(actions=("audit.verify",)), limit=1)
    names = {u.uid: u.display_name for u in repo.list_users(include_inactive=True)}
    return _entry(rows[0], names) if rows else None


def _entry(row: audit_query.Row, names: dict[str, str]) -> Entry:
    try:
        details = json.loads(row.details)
    except ValueError:
        details = {}
    if not isinstance(details, dict):
        details = {}
    return Entry(row.seq, datetime.fromisoformat(row.ts), row.actor, names.get(row.actor, ""), row.action,
                 audit_actions.action_label(row.action), row.target, row.result,
                 audit_actions.result_label(row.result), details, names.get(row.target, ""))


@dataclass(frozen=True)
class VerifyStatus:
    ok: bool
    count: int
    findings: list[checkpoints.AuditFinding]


def verify(session: Session, progress: Callable[[int, int], None] | None = None) -> VerifyStatus:
    """Check the whole chain, its anchors and checkpoints (audited by the verifier itself).

    ``progress(done, total)`` is called as entries are checked when the verifier reports progress,
    and once at the end.
    """
    session.require(Action.AUDIT_VERIFY)
    total = store_audit.head()[0]
    if progress is not None:
        progress(0, total)
    full = checkpoints.verify_all(session, **_progress_arg(progress, total))
    if progress is not None:
        progress(total, total)
    return VerifyStatus(full.ok, full.chain.count, checkpoints.findings(full))


def _progress_arg(progress: Callable[[int, int], None] | None, total: int) -> dict[str, Any]:
    """Pass a progress callback to the verifier when it takes one (``progress(done)``)."""
    import inspect

    if progress is None or "progress" not in inspect.signature(checkpoints.verify_all).parameters:
        return {}
    return {"progress": lambda done: progress(done, total)}

"""Reading the audit log page by page for the audit-log screen (issue 17), fast at a million entries.

Keyset pages, newest first: ``seq < cursor ORDER BY seq DESC LIMIT n``, never OFFSET and never the whole
log. ``seq`` is the table's INTEGER PRIMARY KEY (the rowid), so an index on ``actor`` or ``action`` is
already ordered by seq inside each value: a page filtered by person or action walks the index, not the
table. A date range is turned into seq bounds first (one pass over the ``ts`` index, which holds
(ts, seq)), so a page of an old day does not walk every newer entry; the time condition stays in the
query, so the bounds never change the answer, only how much is read. Migration 12 adds the indexes.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from desktop.store.models import AuditEntry, BaseModel, tuples

__all__ = ["EXTRA_SQL", "MODELS", "Filter", "Row", "page", "seq_bounds"]

MODELS: list[type[BaseModel]] = []
EXTRA_SQL: list[str] = [
    "CREATE INDEX IF NOT EXISTS audit_entry_actor ON audit_entry (actor)",
    "CREATE INDEX IF NOT EXISTS audit_entry_ts ON audit_entry (ts)",
]


@dataclass(frozen=True)
class Filter:
    actor: str | None = None
    actions: tuple[str, ...] = ()
    since: str | None = None  # ISO text, inclusive (stored times are UTC ISO text)
    until: str | None = None  # ISO text, exclusive


@dataclass(frozen=True)
class Row:
    seq: int
    ts: str
    actor: str
    action: str
    target: str
    result: str
    details: str


def seq_bounds(since: str | None, until: str | None) -> tuple[int, int] | None:
    """(lowest, highest) seq of the entries in the time range; None when there are none."""
    query = AuditEntry.select(pw.fn.MIN(AuditEntry.seq), pw.fn.MAX(AuditEntry.seq))
    if since:
        query = query.where(AuditEntry.ts >= since)
    if until:
        query = query.where(AuditEntry.ts < until)
    low, high = next(tuples(query))
    return None if low is None else (int(low), int(high))


def page(flt: Filter, *, before: int | None = None, limit: int = 200,
         bounds: tuple[int, int] | None = None) -> list[Row]:
    """Up to ``limit`` entries matching ``flt`` with seq below ``before``, newest first."""
    fields = (AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action, AuditEntry.target,
              AuditEntry.result, AuditEntry.details)
    query = AuditEntry.select(*fields)
    conditions = []
    if before is not None:
        conditions.append(AuditEntry.seq < before)
    if bounds is not None:
        conditions.append(AuditEntry.seq.between(bounds[0], bounds[1]))
    if flt.actor is not None:
        conditions.append(AuditEntry.actor == flt.actor)
    if len(flt.actions) == 1:
        conditions.append(AuditEntry.action == flt.actions[0])
    elif flt.actions:
        conditions.append(AuditEntry.action.in_(list(flt.actions)))
    if flt.since:
        conditions.append(AuditEntry.ts >= flt.since)
    if flt.until:
        conditions.append(AuditEntry.ts < flt.until)
    for condition in conditions:
        query = query.where(condition)
    query = query.order_by(AuditEntry.seq.desc()).limit(limit)
    return [Row(*r) for r in tuples(query)]


"""Reading the audit log page by page for the audit-log screen (issue 17), fast at a million entries.

Keyset pages, newest first, ordered by (ts, seq): ``(ts, seq) < cursor ORDER BY ts DESC, seq DESC LIMIT n``,
never OFFSET and never the whole log. Migration 12 adds the ``ts`` index (and a person index that
migration 16 replaces), migration 16 the ``(actor, ts)`` and ``(action, ts)`` indexes: every filter of
the screen is a range of one of them (SQLite indexes end with the rowid, here ``seq``).
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from desktop.store.models import DB, BaseModel
from desktop.store.server import is_server

__all__ = ["EXTRA_SQL", "MODELS", "TIME_INDEXES", "Cursor", "Filter", "Row", "add_time_indexes", "page"]

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


Cursor = tuple[str, int]
"""Where the previous page ended: (ts, seq) of its last row."""

_COLUMNS = "seq, ts, actor, action, target, result, details"

TIME_INDEXES: list[str] = [
    "CREATE INDEX IF NOT EXISTS audit_entry_actor_ts ON audit_entry (actor, ts)",
    "CREATE INDEX IF NOT EXISTS audit_entry_action_ts ON audit_entry (action, ts)",
    "DROP INDEX IF EXISTS audit_entry_actor",  # (actor, ts) serves every lookup by person
]


def add_time_indexes(db: pw.Database) -> None:
    """Migration 16: a page filtered by person or action *and* time is one index seek (see :func:`page`)."""
    for statement in TIME_INDEXES:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


PROBE = 10_000


def _indexed(index: str) -> str:
    """SQLite's index hint (its planner cannot see the filter's selectivity); PostgreSQL plans by statistics."""
    return "" if is_server(DB.obj) else f" INDEXED BY {index}"


def _fewer_than(column: str, value: str) -> bool:
    """Whether fewer than :data:`PROBE` entries have ``column = value`` (reads at most that many index entries)."""
    cap = PROBE
    index = {"action": "audit_entry_action_ts", "actor": "audit_entry_actor_ts"}[column]
    sql = f"SELECT count(*) FROM (SELECT 1 FROM audit_entry{_indexed(index)} WHERE {column} = ? LIMIT ?) AS probe"
    return int(DB.execute_sql(sql, (value, cap)).fetchone()[0]) < cap


def page(flt: Filter, *, after: Cursor | None = None, limit: int = 200) -> list[Row]:
    """Up to ``limit`` entries matching ``flt`` that come after ``after``, newest first.

    Pages are ordered by (ts, seq), newest first, and every filter walks an index in that order: the
    ``ts`` index without a person or action, ``(actor, ts)`` for a person, ``(action, ts)`` for an action
    (all hold the rowid ``seq`` last). A time range is then a range of that index, so a page of any
    day, person or action is one index seek and an ordered read: never a scan of the entries outside the
    filter, and exact whatever the clock did (the order is by time, ties by number). Only a person *and*
    an action together walk the action's index when that action has fewer than :data:`PROBE` entries
(a bounded count tells), else the person's: only a person with many entries *and* an action with many
entries but few of them together read many rows.
    """
    where: list[str] = []
    params: list[object] = []
    if len(flt.actions) == 1 and (flt.actor is None or _fewer_than("action", flt.actions[0])):
        index = "audit_entry_action_ts"  # the action alone, or an action rarer than PROBE entries
    elif flt.actor is not None:
        index = "audit_entry_actor_ts"
    else:
        index = "audit_entry_ts"
    if flt.actor is not None:
        where.append("actor = ?")
        params.append(flt.actor)
    if flt.actions:
        where.append(f"action IN ({', '.join('?' * len(flt.actions))})")
        params.extend(flt.actions)
    if flt.since:
        where.append("ts >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("ts < ?")
        params.append(flt.until)
    if after is not None:
        where.append("(ts, seq) < (?, ?)")
        params.extend(after)
    sql = f"SELECT {_COLUMNS} FROM audit_entry{_indexed(index)}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY ts DESC, seq DESC LIMIT ?"
    params.append(limit)
    cursor = DB.execute_sql(sql, params)
    return [Row(*r) for r in cursor.fetchall()]

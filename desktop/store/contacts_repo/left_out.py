"""The contacts a send list leaves out, in keyset pages over the ``(status, id)`` index (never OFFSET).

A contact off the list is off because of its stored decision (``status``, and for an unsubscribed one
``reason``, which tells a complaint from an unsubscribe), or — still eligible — because another row
holds it back (an unprocessed unsubscribe request, another spelling of its mailbox suppressed: those
few ids come from :func:`desktop.store.contacts_repo.send_list.held_back`). Each group is one range
of the ``(status, id)`` index — or, for one stored reason within a status (the complaints among the
unsubscribes), of the ``(reason, status, id)`` index — read newest first, so a page costs its own rows,
whatever the size of the office.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.store.models import DB

# The few complaints among many unsubscribes (and any stored reason within a status) as one range:
# without it, listing complaints walked every unsubscribed row (0.55-0.7 s with 50,000 unsubscribed at a
# million contacts). Reason first: a query on the status alone keeps the ``(status, id)`` index, and the
# send list's "rows still to decide" (``reason IS NULL OR reason = ''``) two short ranges, where a
# ``(status, reason, id)`` index made SQLite scan it whole (ensure_current 50 ms at a million instead of 1).
# Part of the send list's indexes (``send_list.INDEX_SQL``: both stores' schemas).
REASON_STATUS_INDEX = 'CREATE INDEX IF NOT EXISTS "contact_reason_status" ON "contact" ("reason", "status", "id")'

LeftOutRow = tuple[int, str | None, str | None, str | None, str, str | None, bool, bool]
"""(id, address, name, channel, status, reason, deleted, address_valid) — plain tuples."""

_COLUMNS = "id, address, name, channel, status, reason, deleted, address_valid"


def _row(t: Any) -> LeftOutRow:
    return (int(t[0]), t[1], t[2], t[3], t[4], t[5], bool(t[6]), bool(t[7]))


def by_status(status: str, *, reason: str | None = None, not_reason: str | None = None,
              before: int | None = None, limit: int = 100) -> list[LeftOutRow]:
    """Contacts of one ``status`` (optionally with / without one stored ``reason``), id descending,
    below ``before``: one range of the ``(status, id)`` index."""
    clauses: list[str] = ["status = ?"]
    params: list[Any] = [status]
    if reason is not None:
        clauses.append("reason = ?")
        params.append(reason)
    if not_reason is not None:
        clauses.append("reason IS DISTINCT FROM ?")
        params.append(not_reason)
    if before is not None:
        clauses.append("id < ?")
        params.append(before)
    sql = f"SELECT {_COLUMNS} FROM contact WHERE {' AND '.join(clauses)} ORDER BY id DESC LIMIT ?"
    rows: list[Any] = DB.execute_sql(sql, [*params, int(limit)]).fetchall()
    return [_row(r) for r in rows]


def by_ids(ids: Iterable[int]) -> list[LeftOutRow]:
    """The rows of ``ids`` (a page: at most a few hundred), id descending."""
    wanted = sorted({int(i) for i in ids}, reverse=True)
    if not wanted:
        return []
    sql = f"SELECT {_COLUMNS} FROM contact WHERE id IN ({','.join(str(i) for i in wanted)}) ORDER BY id DESC"
    rows: list[Any] = DB.execute_sql(sql).fetchall()
    return [_row(r) for r in rows]


def add_reason_status_index(db: Any) -> None:
    """Migration: the ``(reason, status, id)`` index (the left-out list's reason filter)."""
    db.execute_sql(REASON_STATUS_INDEX)


__all__ = ["REASON_STATUS_INDEX", "LeftOutRow", "add_reason_status_index", "by_ids", "by_status"]

"""The contacts search on the office server: the app's own copy of the search fields (issue 18).

The server holds the search text only sealed (randomised AES-GCM), so it cannot search it, and a keyed
trigram index on the server would tell it which contacts share which three-letter pieces (and, from their
frequencies, much of the text). Instead each app keeps the few fields a search needs — id, folded search
text, canonical key (for the address order), status and channel — decrypted in its own memory, and
searches there. What the server learns: that an app read the contacts' sealed search fields, and when
(at the first search after unlock, then only changed rows); nothing about what is searched for.

Changes from every PC reach the copy at the next search: a trigger on ``contact`` records the writing
transaction's id per changed contact (``contact_change``); a refresh reads the rows written by transactions
at or after the oldest transaction that was still running at the previous refresh (``pg_snapshot_xmin``), so
a slow transaction that commits late is never missed. At 100,000 contacts the copy takes ~25 MB and a
search a few milliseconds; the first load is measured in benchmarks/bench_server.py.
"""

from __future__ import annotations

import bisect
import contextlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

CHANGE_TABLE = "contact_change"

SCHEMA_SQL: tuple[str, ...] = (
    f"CREATE TABLE {CHANGE_TABLE} (id INTEGER PRIMARY KEY, txid xid8 NOT NULL)",
    f"CREATE INDEX {CHANGE_TABLE}_txid ON {CHANGE_TABLE} (txid)",
    "CREATE OR REPLACE FUNCTION contact_change_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"INSERT INTO {CHANGE_TABLE} (id, txid) VALUES (COALESCE(NEW.id, OLD.id), pg_current_xact_id()) "
    "ON CONFLICT (id) DO UPDATE SET txid = EXCLUDED.txid; RETURN NULL; END $$",
    "CREATE TRIGGER contact_change AFTER INSERT OR UPDATE OR DELETE ON contact FOR EACH ROW "
    "EXECUTE FUNCTION contact_change_fn()",
)

_FIELDS = "c.id, c.search_text, c.key, c.status, c.channel"


@dataclass
class _Entry:
    text: str
    key: str | None
    status: str
    channel: str | None


@dataclass
class SearchCopy:
    """One open office's copy of the search fields (kept on the database object)."""

    entries: dict[int, _Entry] = field(default_factory=dict)
    ids: list[int] = field(default_factory=list)  # ascending
    xmin: int | None = None  # the oldest transaction still running at the last refresh
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _put(self, cid: int, entry: _Entry | None) -> None:
        present = cid in self.entries
        if entry is None:
            if present:
                del self.entries[cid]
                self.ids.pop(bisect.bisect_left(self.ids, cid))
            return
        self.entries[cid] = entry
        if not present:
            if not self.ids or cid > self.ids[-1]:
                self.ids.append(cid)
            else:
                bisect.insort(self.ids, cid)


def _copy(db: Any) -> SearchCopy:
    found: SearchCopy | None = getattr(db, "search_copy", None)
    if found is None:
        found = SearchCopy()
        db.search_copy = found
    return found


def copy_of(db: Any) -> SearchCopy:
    """The database's search copy, brought up to date with every committed change."""
    found = _copy(db)
    with found.lock:  # (nothing changed: one indexed query of the change table, under a millisecond)
        _refresh(db, found)
    return found


def preload(db: Any, connect: Any) -> threading.Thread:
    """Load the copy on a connection of its own in the background right after unlock, so the first search does
    not decrypt the whole office on the window's connection (a search meanwhile waits only for the rest)."""
    found = _copy(db)

    def run() -> None:
        with contextlib.suppress(Exception):  # best effort: the first search loads it otherwise
            own = connect()
            try:
                with found.lock:
                    if found.xmin is None:
                        _refresh(own, found)
            finally:
                own.close()

    thread = threading.Thread(target=run, name="search-copy", daemon=True)
    thread.start()
    return thread


def _refresh(db: Any, found: SearchCopy) -> None:
    with db.snapshot():  # one moment of the office, no office lock: the rows read and the xmin belong together
        xmin = int(db.execute_sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").fetchone()[0])
        if found.xmin is None:
            rows = db.execute_sql(f"SELECT {_FIELDS} FROM contact c ORDER BY c.id").fetchall()
            for cid, text, key, status, channel in rows:
                found._put(cid, _Entry(text or "", key, status, channel))
        else:
            changed = db.execute_sql(
                f"SELECT ch.id, {_FIELDS} FROM {CHANGE_TABLE} ch LEFT JOIN contact c ON c.id = ch.id "
                "WHERE ch.txid >= %s::text::xid8", (str(found.xmin),)).fetchall()
            for cid, present, text, key, status, channel in changed:
                found._put(cid, None if present is None else _Entry(text or "", key, status, channel))
        found.xmin = xmin


def _matches(entry: _Entry, text: str | None, status: str | None, channel: str | None,
             statuses: Sequence[str] | None) -> bool:
    return ((not text or text in entry.text) and (not status or entry.status == status)
            and (not statuses or entry.status in statuses) and (not channel or entry.channel == channel))


def _ordered(found: SearchCopy, order: str, after: tuple[Any, ...] | None, reverse: bool) -> Iterator[int]:
    if order == "address":
        keyed = sorted((e.key, cid) for cid, e in found.entries.items() if e.key is not None)
        if reverse:
            keyed.reverse()
        for key, cid in keyed:
            if after is None or ((key, cid) < tuple(after) if reverse else (key, cid) > tuple(after)):
                yield cid
        return
    ids = found.ids
    if reverse:  # oldest first
        start = 0 if after is None else bisect.bisect_right(ids, int(after[0]))
        yield from ids[start:]
    else:
        end = len(ids) if after is None else bisect.bisect_left(ids, int(after[0]))
        yield from reversed(ids[:end])


def search_ids(db: Any, *, text: str | None, status: str | None, channel: str | None, order: str,
               after: tuple[Any, ...] | None, reverse: bool, limit: int | None,
               statuses: Sequence[str] | None = None) -> list[int]:
    """The ids of one keyset page (in the page's order), as :func:`contacts_repo.search.search_contacts`."""
    found = copy_of(db)
    out: list[int] = []
    for cid in _ordered(found, order, after, reverse):
        if _matches(found.entries[cid], text, status, channel, statuses):
            out.append(cid)
            if limit is not None and len(out) >= limit:
                break
    return out


def count(db: Any, *, text: str | None, status: str | None, channel: str | None, cap: int | None) -> int:
    """The number of matches, counting no further than ``cap + 1`` (None: all)."""
    found = copy_of(db)
    n = 0
    for entry in found.entries.values():
        if _matches(entry, text, status, channel, None):
            n += 1
            if cap is not None and n > cap:
                break
    return n

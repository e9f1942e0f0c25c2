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
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.store.contacts import Contact

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
PREFETCH_KEEP_S = 60.0  # a prefetched (sealed) copy no login took up is dropped after this
STATEMENT_WAIT_S = 60.0  # the longest a preload waits for the prefetch still reading (the statement timeout)
_PREFETCHED: dict[str, tuple[float, threading.Thread, dict[str, Any]]] = {}  # place -> (started, reader, result)


_Entry = tuple[str, str, "str | None"]  # (folded search text, status, channel): a plain tuple, 100,000 built at login


@dataclass
class SearchCopy:
    """One open office's copy of the search fields (kept on the database object)."""

    entries: dict[int, _Entry] = field(default_factory=dict)
    ids: list[int] = field(default_factory=list)  # ascending
    # canonical keys (only the address order needs them: the whole-office load leaves them out, and opening the
    # deterministic AES-SIV keys of a whole office costs more than its search texts): sealed (bytes) until used
    keys: dict[int, bytes | str | None] = field(default_factory=dict)
    keys_read: bool = False  # every entry's key is in ``keys`` (read at the first address order)
    xmin: int | None = None  # the oldest transaction still running at the last refresh
    lock: threading.Lock = field(default_factory=threading.Lock)
    opener: Any = None  # opens a sealed canonical key (the sealer of the connection that read it)

    def _put(self, cid: int, entry: _Entry | None, key: bytes | None = None) -> None:
        present = cid in self.entries
        if entry is None:
            if present:
                del self.entries[cid]
                self.keys.pop(cid, None)
                self.ids.pop(bisect.bisect_left(self.ids, cid))
            return
        self.entries[cid] = entry
        self.keys[cid] = key
        if not present:
            if not self.ids or cid > self.ids[-1]:
                self.ids.append(cid)
            else:
                bisect.insort(self.ids, cid)

    def key_of(self, cid: int) -> str | None:
        """The entry's canonical key, opened at its first use."""
        key = self.keys.get(cid)
        if isinstance(key, bytes):
            key = self.keys[cid] = str(self.opener(key))
        return key


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


def prefetch(place: str, connect: Any) -> None:
    """Start reading the office's search fields, still sealed, while the password is being checked.

    Called when the login reads the key slots (before the slow key derivation): the rows and the moment they
    were read (the snapshot's xmin) wait here, sealed, for :func:`preload` to open them once the data key is
    known; changes made meanwhile come from the change table, as at any refresh. Nothing is opened without
    the key; a read no login takes up is dropped after :data:`PREFETCH_KEEP_S` (or replaced by the next one)."""
    now = time.monotonic()
    for where, (started, _thread, _result) in list(_PREFETCHED.items()):
        if now - started > PREFETCH_KEEP_S:
            _PREFETCHED.pop(where, None)
    if place in _PREFETCHED:
        return
    result: dict[str, Any] = {}

    def run() -> None:
        with contextlib.suppress(Exception):  # best effort: the preload reads the office itself otherwise
            own = connect()
            try:
                result["xmin"], result["rows"] = _read_sealed(own)
            finally:
                own.close()

    thread = threading.Thread(target=run, name="search-copy-prefetch", daemon=True)
    _PREFETCHED[place] = (now, thread, result)
    thread.start()


def _take_prefetched(place: str) -> tuple[int, list[Any]] | None:
    found = _PREFETCHED.pop(place, None)
    if found is None or time.monotonic() - found[0] > PREFETCH_KEEP_S:
        return None
    found[1].join(timeout=STATEMENT_WAIT_S)
    result = found[2]
    return (result["xmin"], result["rows"]) if "rows" in result else None


def open_prefetched(place: str, sealer: Any) -> SearchCopy | None:
    """A copy being filled in the background from the rows :func:`prefetch` read for ``place`` (None: none was
    read): started as soon as the data key is known, before the window's own connection is even open. Its lock
    is held until it is filled, so a search meanwhile waits for it (and one that finds it empty reads itself)."""
    early = _PREFETCHED.pop(place, None)
    if early is None or time.monotonic() - early[0] > PREFETCH_KEEP_S:
        return None
    found = SearchCopy()
    found.lock.acquire()

    def run() -> None:
        try:
            early[1].join(timeout=STATEMENT_WAIT_S)
            if "rows" in early[2]:
                _fill(sealer, found, early[2]["xmin"], early[2]["rows"])
        except Exception:  # noqa: BLE001,S110 - best effort: the preload or the first search reads the office itself
            pass
        finally:
            early[2].clear()
            found.lock.release()

    threading.Thread(target=run, name="search-copy-open", daemon=True).start()
    return found


def preload(db: Any, connect: Any, place: str = "") -> threading.Thread:
    """Load the copy on a connection of its own in the background right after unlock, so the first search does
    not decrypt the whole office on the window's connection (a search meanwhile waits only for the rest).
    The rows read by :func:`prefetch` for ``place`` during the login are opened instead of read again."""
    found = _copy(db)

    def run() -> None:
        with contextlib.suppress(Exception), found.lock:  # best effort: the first search loads it otherwise
            if found.xmin is not None:
                return
            early = _take_prefetched(place) if place else None
            if early is not None:  # opened with the window's sealer; the next search reads what changed since
                _fill(db.sealer, found, *early)
                return
            own = connect()
            try:
                _refresh(own, found)
            finally:
                own.close()

    thread = threading.Thread(target=run, name="search-copy", daemon=True)
    thread.start()
    return thread


def _read_sealed(db: Any) -> tuple[int, list[Any]]:
    """(the snapshot's xmin, every contact's id, sealed search text, status and channel) at one moment."""
    with db.snapshot(), db.serial:  # one moment of the office, no office lock: the rows and the xmin belong together
        # the driver's own cursor, binary results (no hex text for the sealed bytes): opened by the caller, by column
        cursor = db.connection().cursor(binary=True)
        cursor.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        xmin = int(cursor.fetchone()[0])
        cursor.execute("SELECT c.id, c.search_text, c.status, c.channel FROM contact c ORDER BY c.id")
        return xmin, cursor.fetchall()


def _fill(sealer: Any, found: SearchCopy, xmin: int, rows: list[Any]) -> None:
    """The whole copy from :func:`_read_sealed`'s rows (the search texts opened in one pass; keys left out)."""
    label = Contact.search_text.aad
    found.entries = {cid: (sealer.open(bytes(text), label) if text else "", status, channel)
                     for cid, text, status, channel in rows}
    found.ids = [row[0] for row in rows]
    found.keys, found.keys_read = {}, False
    found.opener = _key_opener(sealer)
    found.xmin = xmin


def _key_opener(sealer: Any) -> Any:
    label = Contact.key.aad
    return lambda blob: sealer.open(blob, label)


def _refresh(db: Any, found: SearchCopy) -> None:
    if found.xmin is None:
        _fill(db.sealer, found, *_read_sealed(db))
        return
    sealer, label = db.sealer, Contact.search_text.aad
    found.opener = found.opener or _key_opener(sealer)
    with db.snapshot(), db.serial:  # one moment of the office: the changed rows and the new xmin belong together
        cursor = db.connection().cursor(binary=True)
        cursor.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        xmin = int(cursor.fetchone()[0])
        cursor.execute(
            f"SELECT ch.id, {_FIELDS} FROM {CHANGE_TABLE} ch LEFT JOIN contact c ON c.id = ch.id "
            "WHERE ch.txid >= %s::text::xid8", (str(found.xmin),))
        for cid, present, text, key, status, channel in cursor.fetchall():
            found._put(cid, None if present is None else (sealer.open(bytes(text), label) if text else "", status,
                                                           channel), None if key is None else bytes(key))
        found.xmin = xmin


def _read_keys(db: Any, found: SearchCopy) -> None:
    """The sealed canonical keys of the whole copy (the first address order after the load)."""
    with db.serial:
        cursor = db.connection().cursor(binary=True)
        cursor.execute("SELECT c.id, c.key FROM contact c")
        for cid, key in cursor.fetchall():
            if cid in found.entries and cid not in found.keys:
                found.keys[cid] = None if key is None else bytes(key)
    found.keys_read = True


def _matches(entry: _Entry, text: str | None, status: str | None, channel: str | None,
             statuses: Sequence[str] | None) -> bool:
    return ((not text or text in entry[0]) and (not status or entry[1] == status)
            and (not statuses or entry[1] in statuses) and (not channel or entry[2] == channel))


def _ordered(found: SearchCopy, order: str, after: tuple[Any, ...] | None, reverse: bool) -> Iterator[int]:
    if order == "address":
        keyed = sorted((k, cid) for cid in found.entries if (k := found.key_of(cid)) is not None)
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
    if order == "address" and not found.keys_read:
        with found.lock:
            _read_keys(db, found)
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

"""The send list's queries: eligibility read from the contact row, never replayed here.

Every event writes ``status``, ``eligible``, ``reason`` and ``consent_at`` into the contact row
(``services.consent.sync_status``); a daily sweep re-decides the contacts whose consent reached a
dated expiry (``consent_event.valid_until``, partial index). The send list and its preview are then
indexed queries:

* the list: ``WHERE eligible`` in keyset pages by id (``contact_eligible_consent_at`` index for the
  date filter), never the events;
* the preview: ``GROUP BY status`` over the ``(status, id)`` index, complaints told apart from
  unsubscribes by ``reason``, and the two reasons that depend on other rows (an unprocessed
  unsubscribe request, another spelling of the same mailbox that refused or unsubscribed) counted
  through the id, key and mailbox indexes (:func:`held_back`).

The migration (:func:`add_send_list_columns`) adds the columns and indexes and converts the old
export inclusions; rows it cannot fill (``reason`` NULL) are filled by the service's catch-up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from desktop.domain.addresses import mailbox_key
from desktop.store.contacts import ConsentRecord, Contact, UnsubscribeRequest
from desktop.store.contacts_repo.inclusions import convert_legacy_inclusions
from desktop.store.contacts_repo.left_out import REASON_STATUS_INDEX
from desktop.store.contacts_repo.rows import CHUNK
from desktop.store.models import DB, tuples
from desktop.store.sealing import seal_param
from desktop.store.server import is_server

PAGE = 5000
READ_AHEAD_THREAD = "send-list-read-ahead"  # the helper thread's name (tests look for it)
STALE = ""  # reason of a row whose status a writer changed without the cache: decided again in full
# A writer that flips ``eligible`` without writing ``reason`` (which every decision changes with it)
# marks the row stale; the catch-up decides it again from its history: the cache is never silently wrong.
INDEX_SQL = [
    'CREATE INDEX IF NOT EXISTS "contact_eligible_consent_at" ON "contact" ("eligible", "consent_at")',
    'CREATE INDEX IF NOT EXISTS "consent_event_valid_until" ON "consent_event" ("valid_until") '
    "WHERE valid_until IS NOT NULL",
    # the rows still to decide (bulk-written, or changed by a writer that did not know the cache): a
    # partial index, empty once they are filled, so the check before every send list costs nothing
    'CREATE INDEX IF NOT EXISTS "contact_undecided" ON "contact" ("id") WHERE reason IS NULL OR reason = \'\'',
    'CREATE INDEX IF NOT EXISTS "contact_folded" ON "contact" ("mailbox") WHERE mailbox != key',
    REASON_STATUS_INDEX,  # the left-out list by reason (migration 20 for offices made before it)
]
EXTRA_SQL = [
    "CREATE TRIGGER IF NOT EXISTS contact_cache_stale AFTER UPDATE OF eligible ON contact "
    "WHEN NEW.eligible IS NOT OLD.eligible AND NEW.reason IS OLD.reason "
    "BEGIN UPDATE contact SET reason = '' WHERE id = NEW.id; END",
]


@dataclass(frozen=True)
class SendFilter:
    """The send list's filters: first channel, and the consent time in ``[start, end)`` (ISO UTC)."""

    channel: str | None = None
    start: str | None = None
    end: str | None = None


SendRow = tuple[int, str | None, str | None, str | None, str | None, str | None]
"""(id, address, name, furigana, channel, consent_at) — plain tuples: a million rows build no objects."""


def _where(query: Any, f: SendFilter) -> Any:
    query = query.where(Contact.eligible == True)  # noqa: E712 - peewee expression
    if f.channel:
        query = query.where(Contact.channel == f.channel)
    if f.start:
        query = query.where(Contact.consent_at >= f.start)
    if f.end:
        query = query.where(Contact.consent_at < f.end)
    return query


def _where_sql(f: SendFilter, alias: str = "") -> tuple[str, list[Any]]:
    a = f"{alias}." if alias else ""
    sql, params = [f"{a}eligible = TRUE"], []
    if f.channel:
        sql.append(f"{a}channel = ?")
        params.append(f.channel)
    if f.start:
        sql.append(f"{a}consent_at >= ?")
        params.append(f.start)
    if f.end:
        sql.append(f"{a}consent_at < ?")
        params.append(f.end)
    return " AND ".join(sql), params


def eligible_pages(f: SendFilter, page: int = PAGE) -> Generator[list[SendRow], None, None]:
    """The eligible contacts matching ``f`` in id order, one keyset page at a time (memory flat;
    plain tuples from the cursor: no model objects for a million rows).

    On the office server the next page's statement runs on a helper thread while the caller works on this
    page (:func:`_read_ahead`): the server reads and sends the rows meanwhile."""
    where, params = _where_sql(f)
    # "+eligible": walk the table by id (each row once over all pages); through the eligible index
    # every page would sort every remaining eligible row again (quadratic at a million)
    server = is_server(DB.obj)
    if not server:  # (PostgreSQL plans its own way and has no unary + on booleans)
        where = where.replace("eligible = TRUE", "+eligible = TRUE", 1)
    sql = ("SELECT id, address, name, furigana, channel, consent_at FROM contact "
           f"WHERE {where} AND id > ? ORDER BY id LIMIT ?")

    def run(last: int) -> Any:
        return DB.execute_sql(sql, [*params, last, page])

    if server and _read_ahead_possible():
        yield from _read_ahead(run)
        return
    last = 0
    while True:
        rows: list[SendRow] = run(last).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


# ---------------------------------------------------------------------------------------------
# Reading ahead (office server)
# ---------------------------------------------------------------------------------------------
# Measured at 100,000 contacts (95,000 rows, pages of 5,000): of a page's 35-40 ms on the server path about a
# third is the server's work and the transfer, during which this process waits with nothing to do. The helper
# thread only runs the statement (``DB.execute_sql``, like any other thread: the connection's lock, reconnection
# and errors), which waits on the socket without the GIL; the caller turns the result into rows and opens the
# sealed values (``fetchall``) on its own thread. Rows opened on the helper would only take turns with the
# caller's writing for the one GIL (measured: no faster, more CPU). One statement per helper: a helper ends with
# its statement whatever the caller does, and the caller waits for it before going on or stopping.


def _lock_mine(lock: Any) -> bool | None:
    """Whether this thread holds ``lock`` (the connection's re-entrant lock); None when that cannot be told."""
    owned = getattr(lock, "_is_owned", None)  # threading.RLock's own test (threading.Condition relies on it)
    return bool(owned()) if callable(owned) else None


def _read_ahead_possible() -> bool:
    """Not while this thread holds the connection's lock (inside a transaction or a snapshot of its own): a helper
    would wait for a lock held by the thread waiting for it. Those reads run inline (and inside that transaction)."""
    return _lock_mine(getattr(DB.obj, "serial", None)) is False


class _ReadAhead:
    """One statement run on a helper thread: :meth:`result` waits for it and returns its cursor or raises its error."""

    POLL = 0.05  # seconds between looks at the lock while another thread holds it

    def __init__(self, run: Callable[[int], Any], last: int) -> None:
        self._run, self._last = run, last
        self._cursor: Any = None
        self._error: BaseException | None = None
        self._given_up = threading.Event()
        self._thread = threading.Thread(target=self._work, name=READ_AHEAD_THREAD, daemon=True)
        self._thread.start()

    def _work(self) -> None:
        lock = DB.obj.serial
        try:
            # the lock taken here first (execute_sql takes it again: re-entrant), a little at a time, so that a caller
            # that took it meanwhile (a transaction begun between two pages) can tell this thread to give up
            while not lock.acquire(timeout=self.POLL):
                if self._given_up.is_set():
                    return
            try:
                if not self._given_up.is_set():
                    self._cursor = self._run(self._last)
            finally:
                lock.release()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by result(), never dropped here
            self._error = exc

    def result(self) -> Any:
        if self._thread.is_alive() and _lock_mine(DB.obj.serial):
            self._given_up.set()  # the caller holds the lock now: the statement runs here, in its transaction
        self._thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error
        return self._cursor if self._cursor is not None else self._run(self._last)

    def stop(self) -> None:
        """The caller stopped early: the statement in flight ends (its result and any error of it are dropped: the
        caller asked for neither) and no thread is left behind."""
        self._given_up.set()
        self._thread.join()
        self._cursor = self._error = None


def _read_ahead(run: Callable[[int], Any]) -> Generator[list[SendRow], None, None]:
    ahead = _ReadAhead(run, 0)
    try:
        while True:
            rows: list[SendRow] = ahead.result().fetchall()
            if not rows:
                return
            ahead = _ReadAhead(run, rows[-1][0])  # the next page's statement runs while the caller has this one
            yield rows
    finally:
        ahead.stop()


def count_eligible(f: SendFilter) -> int:
    return int(_where(Contact.select(pw.fn.COUNT(Contact.id)), f).scalar() or 0)


def status_counts() -> dict[str, int]:
    """Contacts per status (a covering scan of the ``(status, id)`` index)."""
    return {s: int(n) for s, n in tuples(Contact.select(Contact.status, pw.fn.COUNT(Contact.id))
                                         .group_by(Contact.status))}


def reason_counts(status: str) -> dict[str | None, int]:
    """Contacts of one status per stored reason (e.g. unsubscribed: unsubscribe or complaint)."""
    q = (Contact.select(Contact.reason, pw.fn.COUNT(Contact.id)).where(Contact.status == status)
         .group_by(Contact.reason))
    return {r: int(n) for r, n in tuples(q)}


def pending_requests() -> tuple[set[int], list[str]]:
    """Contact ids and addresses (as received) of unsubscribe requests not yet processed."""
    ids: set[int] = set()
    raw: list[str] = []
    q = (UnsubscribeRequest.select(UnsubscribeRequest.contact, UnsubscribeRequest.address)
         .where(UnsubscribeRequest.done_at.is_null()))
    for cid, address in tuples(q):
        if cid is not None:
            ids.add(int(cid))
        if address:
            raw.append(address)
    return ids, raw


def held_back(f: SendFilter | None, suppressing: Sequence[str], pending_ids: Iterable[int],
              pending_keys: Iterable[str]) -> tuple[set[int], set[int]]:
    """The eligible contacts (among ``f``'s rows; ``None``: all) held back by other rows: (named by an
    unprocessed unsubscribe request, another spelling of their mailbox suppressed or requested).
    Pending wins when both apply. Only the mailboxes of folded spellings (Gmail dots, ``+tags``), the
    requested mailboxes and the suppression list's own contacts are looked at."""
    where, params = _where_sql(f or SendFilter(), "c")
    ids, keys = sorted(set(pending_ids)), sorted(set(pending_keys))
    requested_boxes = sorted({mailbox_key(k) for k in keys})
    pending: set[int] = set()
    for column, values in (("id", ids), ("key", keys)):
        for i in range(0, len(values), CHUNK):
            chunk = values[i:i + CHUNK]
            sql = f"SELECT c.id FROM contact c WHERE {where} AND c.{column} IN ({', '.join('?' for _ in chunk)})"
            field = Contact.key if column == "key" else Contact.id
            pending.update(t[0] for t in DB.execute_sql(sql, [*params, *(seal_param(field, v) for v in chunk)]).fetchall())
    status_marks = ", ".join("?" for _ in suppressing)
    groups: dict[str, list[tuple[int, str | None, bool, bool]]] = {}
    blocked = set(requested_boxes)
    columns = (f"c.id, c.key, c.mailbox, c.status IN ({status_marks}) OR EXISTS (SELECT 1 FROM suppression s "
               f"WHERE s.contact_id = c.id), {where}")
    # Two contacts can share a mailbox only if one of them is a folded spelling (mailbox != key: keys are
    # unique), and those few rows have a partial index: no scan of every mailbox per preview.
    shared = [t[0] for t in DB.execute_sql("SELECT DISTINCT mailbox FROM contact WHERE mailbox != key").fetchall()]
    looked_at = sorted(set(shared) | set(requested_boxes))
    found: list[tuple[Any, ...]] = []
    for i in range(0, len(looked_at), CHUNK):
        chunk = looked_at[i:i + CHUNK]
        sql = f"SELECT {columns} FROM contact c WHERE c.mailbox IN ({', '.join('?' for _ in chunk)})"
        found += DB.execute_sql(sql, [*suppressing, *params, *(seal_param(Contact.mailbox, v) for v in chunk)]).fetchall()
    for cid, key, mailbox, suppressed, wanted in found:
        groups.setdefault(mailbox, []).append((cid, key, bool(wanted), bool(suppressed)))
        if suppressed or cid in pending_ids:
            blocked.add(mailbox)
    same = {cid for box in blocked for cid, key, wanted, _ in groups.get(box, ())
            if wanted and key is not None and cid not in pending}
    # a contact on the suppression list blocks its own mailbox even alone (kept as the replay does)
    join = "JOIN" if is_server(DB.obj) else "CROSS JOIN"  # (SQLite: the suppression list drives the join)
    listed = (f"SELECT c.id, c.key FROM suppression s {join} contact c ON c.id = s.contact_id "
              f"WHERE {where if is_server(DB.obj) else where.replace('c.eligible = TRUE', '+c.eligible = TRUE')} "
              "AND c.mailbox IS NOT NULL")
    same.update(cid for cid, key in DB.execute_sql(listed, params).fetchall() if key is not None and cid not in pending)
    return pending, same


# ---------------------------------------------------------------------------------------------
# Keeping the cache current
# ---------------------------------------------------------------------------------------------


def write_decisions(rows: Iterable[tuple[int, str, bool, str, str | None]]) -> int:
    """Write (id, status, eligible, reason, consent_at) into contact rows. Returns how many changed."""
    cursor = DB.cursor()
    changed = 0
    for cid, status, eligible, reason, consent_at in rows:
        cursor.execute("UPDATE contact SET status = ?, eligible = ?, reason = ?, consent_at = ? WHERE id = ? "
                       "AND (status IS DISTINCT FROM ? OR eligible IS DISTINCT FROM ? OR reason IS DISTINCT FROM ? "
                       "OR consent_at IS DISTINCT FROM ?)",
                       (status, bool(eligible), reason, consent_at, cid, status, bool(eligible), reason, consent_at))
        changed += cursor.rowcount
    return changed


def fill_simple(reason_of_status: Mapping[str, str]) -> int:
    """Fill ``reason``/``consent_at`` of rows never decided with the cache (bulk-imported contacts)
    whose history is one decision without corrections or expiry dates: their reason follows from
    the status and their consent is that one agreement (rows marked stale are not trusted: they are
    decided in full). One pass over their events (aggregated), one UPDATE. Returns the rows filled."""
    statuses = [s for s in reason_of_status if s.isidentifier()]
    cases = " ".join(f"WHEN '{s}' THEN '{reason_of_status[s]}'" for s in statuses
                     if reason_of_status[s].isidentifier())
    marks = ", ".join("?" for _ in statuses)
    cursor = DB.execute_sql(
        "WITH agg AS (SELECT e.contact_id AS cid, COUNT(e.outcome) AS n, "
        "MAX(CASE WHEN e.outcome = 'agreed' THEN e.occurred_at END) AS agreed_at, "
        "MAX(CASE WHEN e.kind = 'correction' OR e.valid_until IS NOT NULL THEN 1 ELSE 0 END) AS complex "
        "FROM consent_event e "
        "WHERE e.contact_id IN (SELECT id FROM contact WHERE reason IS NULL OR reason = '') GROUP BY e.contact_id) "
        f"UPDATE contact SET reason = CASE contact.status {cases} END, "
        "consent_at = CASE WHEN contact.eligible THEN agg.agreed_at END FROM agg "
        f"WHERE contact.id = agg.cid AND contact.reason IS NULL AND contact.status IN ({marks}) "
        "AND agg.n = 1 AND agg.complex = 0", statuses)
    return int(cursor.rowcount or 0)


def undecided_ids(limit: int = PAGE) -> list[int]:
    """Contacts whose cache was never written (``reason`` NULL) or was marked stale, oldest first."""
    sql = "SELECT id FROM contact WHERE reason IS NULL OR reason = '' ORDER BY id LIMIT ?"
    return [t[0] for t in DB.execute_sql(sql, (limit,)).fetchall()]


def ids_with_expiry(since: str | None, until: str) -> list[int]:
    """Contacts with a consent whose ``valid_until`` (a date) lies in ``[since, until)``."""
    q = ConsentRecord.select(ConsentRecord.contact).distinct().where(
        ConsentRecord.valid_until.is_null(False) & (ConsentRecord.valid_until < until))
    if since is not None:
        q = q.where(ConsentRecord.valid_until >= since)
    return sorted(t[0] for t in tuples(q))


def add_send_list_columns(db: Any) -> None:
    """Migration: the send list's cache columns and indexes; the old per-contact inclusions become
    one compact row per export. ``reason`` stays NULL until the service's catch-up fills it."""
    columns = {c.name for c in db.get_columns("contact")}
    if "reason" not in columns:
        db.execute_sql("ALTER TABLE contact ADD COLUMN reason VARCHAR(30)")
    if "consent_at" not in columns:
        db.execute_sql("ALTER TABLE contact ADD COLUMN consent_at VARCHAR(40)")
    for statement in [*INDEX_SQL, *EXTRA_SQL]:
        db.execute_sql(statement)
    convert_legacy_inclusions(db)

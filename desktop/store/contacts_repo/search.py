"""Contact search and paging: keyset pages (never OFFSET), capped counts, and the whole-table walks of exports.

Substring search (the folded ``search_text``; identical results to ``instr(search_text, text) > 0``):

* three characters or more: the FTS5 trigram index (:mod:`desktop.store.search_index`) first gives
  its matching ids, stopping at :data:`COUNT_CAP` + 1 (:func:`index_ids`). A selective query (at most
  :data:`COUNT_CAP` matches) is answered from those ids (``id IN (…)``: primary-key lookups),
  re-checked with ``instr``, sorted in either order. A frequent one (more than :data:`COUNT_CAP` matches, at least one contact in a
  thousand at a million) walks the ordering index with ``instr`` and stops at the page's end, which
  with so many matches comes early. (FTS5 reads doclists fastest in ascending rowid order; newest
  first would make it load every doclist whole.)
* one or two characters (no trigram): the same walk of the ordering index with ``instr``, stopping
  at the page's end or the count's cap; a rare one- or two-character text scans the whole table
  once (about half a second at a million contacts), off the GUI thread and cancellable.

Counts stop at :data:`COUNT_CAP` + 1 ("more than 1,000"), never a second full scan. A search may
be given ``cancel`` (a callable): a progress handler then interrupts its statement as soon as
``cancel()`` turns true, and :class:`SearchCancelled` is raised.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import peewee as pw

from desktop.store import server_search
from desktop.store.contacts import ConsentRecord, Contact
from desktop.store.contacts_repo.rows import (
    CONTACT_FIELDS,
    EVENT_FIELDS,
    ContactRow,
    EventRow,
    contact_from_tuple,
    event_from_tuple,
)
from desktop.store.models import DB, tuples
from desktop.store.search_index import FTS_TABLE, catch_up
from desktop.store.server import is_server

COUNT_CAP = 1000
TRIGRAM = 3  # the shortest text the trigram index can answer
_PROGRESS_STEPS = 2000  # SQLite VM steps between two looks at ``cancel``

Cancel = Callable[[], bool]


class SearchCancelled(Exception):
    """A search was cancelled (a newer one replaced it) before it finished."""


@contextlib.contextmanager
def _cancellable(cancel: Cancel | None) -> Iterator[None]:
    """Run the statements of the block so that ``cancel()`` interrupts them (this thread's only)."""
    if cancel is None or is_server(DB.obj):  # the office server's search runs in this app's memory
        if cancel is not None and cancel():
            raise SearchCancelled()
        yield
        return
    if cancel():
        raise SearchCancelled()
    db = DB.obj
    me = threading.get_ident()

    def handler() -> int:
        return 1 if threading.get_ident() == me and cancel() else 0

    with db.serial:  # no other statement starts on the shared connection meanwhile (store/db.py)
        conn = db.connection()
        conn.set_progress_handler(handler, _PROGRESS_STEPS)
        try:
            yield
        except pw.OperationalError as exc:
            if "interrupted" in str(exc):
                raise SearchCancelled() from None
            raise
        finally:
            conn.set_progress_handler(None, 0)


def _phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (a literal substring for the trigram tokenizer)."""
    return '"' + text.replace('"', '""') + '"'


def _current(text: str | None) -> None:
    """Index the contacts written since the last search first (outside any cancellation: each chunk
    of the catch-up is its own transaction)."""
    if text and len(text) >= TRIGRAM and not is_server(DB.obj):
        catch_up(DB.obj)


def index_ids(text: str | None) -> list[int] | None:
    """The ids of the contacts whose text contains ``text`` according to the trigram index, when
    there are at most COUNT_CAP of them (ascending); None when the index cannot narrow the search
    (no text, fewer than three characters, or more than COUNT_CAP matches)."""
    if not text or len(text) < TRIGRAM:
        return None
    if is_server(DB.obj):
        ids = server_search.search_ids(DB.obj, text=text, status=None, channel=None, order="oldest", after=None,
                                       reverse=True, limit=COUNT_CAP + 1)
        return ids if len(ids) <= COUNT_CAP else None
    ids = [r[0] for r in DB.obj.execute_sql(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?", (_phrase(text), COUNT_CAP + 1)).fetchall()]
    return ids if len(ids) <= COUNT_CAP else None


def text_plan(text: str | None) -> str:
    """How a text is searched: "none" (no text), "index" (at most COUNT_CAP trigram matches) or "scan"."""
    if not text:
        return "none"
    _current(text)
    return "scan" if index_ids(text) is None else "index"


_COLUMNS = ", ".join(f'"{f.column_name}"' for f in CONTACT_FIELDS)


def _where(text: str | None, status: str | None, channel: str | None, statuses: Sequence[str] | None,
           ids: list[int] | None) -> tuple[list[str], list[Any]]:
    """The WHERE clauses and parameters of a search (plain SQL: these run on every keystroke, and
    building them through the ORM cost more than running them)."""
    clauses: list[str] = []
    params: list[Any] = []
    if text:
        if ids is not None:  # the index's few candidates (integers read from SQLite, written inline)
            clauses.append(f"id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})")
        clauses.append("instr(search_text, ?) > 0")  # the old semantics, exactly
        params.append(text)
    if status:
        clauses.append("status = ?")
        params.append(status)
    if statuses:
        clauses.append(f"status IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    if channel:
        clauses.append("channel = ?")
        params.append(channel)
    return clauses, params


def _select(columns: str, clauses: list[str], params: list[Any], order: str, after: tuple[Any, ...] | None,
            reverse: bool, limit: int | None) -> list[tuple[Any, ...]]:
    clauses, params = list(clauses), list(params)
    if order == "address":
        clauses.append("key IS NOT NULL")
        if after is not None:
            clauses.append(f"(key, id) {'<' if reverse else '>'} (?, ?)")
            params += [after[0], after[1]]
        order_by = "key DESC, id DESC" if reverse else "key, id"
    else:
        if after is not None:
            clauses.append(f"id {'>' if reverse else '<'} ?")
            params.append(after[0])
        order_by = "id" if reverse else "id DESC"
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    sql = f"SELECT {columns} FROM contact{where} ORDER BY {order_by}{tail}"
    return list(DB.obj.execute_sql(sql, params).fetchall())


def search_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None,
                    order: str = "newest", after: tuple[Any, ...] | None = None, limit: int = 200,
                    statuses: Sequence[str] | None = None, reverse: bool = False,
                    cancel: Cancel | None = None) -> list[ContactRow]:
    """One keyset page. ``order`` "newest" (id descending; cursor ``(id,)``) or "address"
    (canonical key ascending; cursor ``(key, id)``; deleted contacts have no key and are left out).

    ``reverse``: the page *before* ``after`` (or the list's last page when ``after`` is None), still
    returned in the list's order (for paging up from the end)."""
    if is_server(DB.obj):
        ids = server_search.search_ids(DB.obj, text=text, status=status, channel=channel, order=order, after=after,
                                       reverse=reverse, limit=limit, statuses=statuses)
        rows = _rows_by_id(ids)
        if reverse:
            rows.reverse()
        return rows
    _current(text)
    with _cancellable(cancel):
        clauses, params = _where(text, status, channel, statuses, index_ids(text))
        rows = [contact_from_tuple(t) for t in _select(_COLUMNS, clauses, params, order, after, reverse, limit)]
    if reverse:
        rows.reverse()
    return rows


def _capped_count(text: str | None, status: str | None, channel: str | None, cap: int, ids: list[int] | None) -> int:
    clauses, params = _where(text, status, channel, None, ids)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM contact{where} LIMIT {int(cap) + 1}) AS capped"
    return int(DB.obj.execute_sql(sql, params).fetchone()[0])


def count_matches(*, text: str | None = None, status: str | None = None, channel: str | None = None,
                  cap: int = COUNT_CAP, cancel: Cancel | None = None) -> int:
    """The number of matches, counting no further than ``cap + 1`` (a result above ``cap`` means "more")."""
    if is_server(DB.obj):
        return server_search.count(DB.obj, text=text, status=status, channel=channel, cap=cap)
    _current(text)
    with _cancellable(cancel):
        return _capped_count(text, status, channel, cap, index_ids(text))


def first_page(*, text: str | None = None, status: str | None = None, channel: str | None = None,
               order: str = "newest", limit: int = 200, cancel: Cancel | None = None) -> tuple[int, list[ContactRow]]:
    """The capped count (as :func:`count_matches`) and the first page (as :func:`search_contacts`),
    reading the trigram index once: a selective text's matching ids (at most COUNT_CAP) are counted
    and sorted in one small query, then only the page's rows are read."""
    if is_server(DB.obj):
        return (count_matches(text=text, status=status, channel=channel, cancel=cancel),
                search_contacts(text=text, status=status, channel=channel, order=order, limit=limit, cancel=cancel))
    _current(text)
    with _cancellable(cancel):
        ids = index_ids(text)
        clauses, params = _where(text, status, channel, None, ids)
        if ids is None:
            rows = [contact_from_tuple(t) for t in _select(_COLUMNS, clauses, params, order, None, False, limit)]
            if len(rows) < limit and (order == "newest" or text):  # the page holds every match: no second scan
                return len(rows), rows  # (deleted contacts have no text and no key: the same rows either way)
            frequent = bool(text) and len(text or "") >= TRIGRAM and not status and not channel
            # more than COUNT_CAP trigram matches and nothing else to filter: the count is "more" already
            return (COUNT_CAP + 1 if frequent else _capped_count(text, status, channel, COUNT_CAP, None)), rows
        matched = [t[0] for t in _select("id", clauses, params, order, None, False, None)]
        wanted = matched[:limit]
        by_id = {t[0]: contact_from_tuple(t) for t in DB.obj.execute_sql(
            f"SELECT {_COLUMNS} FROM contact WHERE id IN ({','.join(str(int(i)) for i in wanted) or 'NULL'})")}
    return len(matched), [by_id[i] for i in wanted]


def count_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None) -> int:
    """The exact number of matches (a full count: for small sets and tests; the list uses :func:`count_matches`)."""
    if is_server(DB.obj):
        return server_search.count(DB.obj, text=text, status=status, channel=channel, cap=None)
    q = Contact.select(pw.fn.COUNT(Contact.id))
    if text:
        q = q.where(pw.fn.instr(Contact.search_text, text) > 0)
    if status:
        q = q.where(Contact.status == status)
    if channel:
        q = q.where(Contact.channel == channel)
    return int(q.scalar() or 0)


def _rows_by_id(ids: list[int]) -> list[ContactRow]:
    """The rows of ``ids`` (a page: at most a few hundred), in the order given."""
    if not ids:
        return []
    by_id = {t[0]: contact_from_tuple(t) for t in DB.obj.execute_sql(
        f"SELECT {_COLUMNS} FROM contact WHERE id IN ({','.join(str(int(i)) for i in ids)})").fetchall()}
    return [by_id[i] for i in ids if i in by_id]


def count_contacts_by_status() -> dict[str, int]:
    q = tuples(Contact.select(Contact.status, pw.fn.COUNT(Contact.id)).group_by(Contact.status))
    return {s: int(n) for s, n in q}


def iter_contact_ids(page: int = 2000) -> Iterator[list[int]]:
    """All contact ids in keyset pages (for exports and recomputation)."""
    last = 0
    while True:
        ids = [t[0] for t in tuples(Contact.select(Contact.id).where(Contact.id > last).order_by(Contact.id)
                                    .limit(page))]
        if not ids:
            return
        yield ids
        last = ids[-1]


def iter_contacts_with_events(page: int = 2000) -> Iterator[list[tuple[ContactRow, list[EventRow]]]]:
    """Every contact with its events, in keyset pages read as tuples with range queries (the export path:
    fast at 100,000 contacts, memory flat in the number of pages)."""
    last = 0
    while True:
        query_contacts = Contact.select(*CONTACT_FIELDS).where(Contact.id > last).order_by(Contact.id).limit(page)
        contacts = [contact_from_tuple(t) for t in tuples(query_contacts)]
        if not contacts:
            return
        first_id, last = contacts[0].id, contacts[-1].id
        events: dict[int, list[EventRow]] = {c.id: [] for c in contacts}
        query = tuples(ConsentRecord.select(*EVENT_FIELDS)
                       .where((ConsentRecord.contact >= first_id) & (ConsentRecord.contact <= last))
                       .order_by(ConsentRecord.id))
        for t in query:
            events[t[1]].append(event_from_tuple(t))
        yield [(c, events[c.id]) for c in contacts]

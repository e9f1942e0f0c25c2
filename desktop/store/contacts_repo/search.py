"""Contact search and paging: keyset pages (never OFFSET), capped counts, and the whole-table walks of exports.

Substring search (the folded ``search_text``; identical results to ``instr(search_text, text) > 0``):

* three characters or more: the FTS5 trigram index (:mod:`desktop.store.search_index`) first counts
  its matches, stopping at :data:`COUNT_CAP` + 1. A selective query (at most :data:`COUNT_CAP`
  matches) is answered from those ids: ``id IN (MATCH …)``, re-checked with ``instr``, sorted in
  either order. A frequent one (more than :data:`COUNT_CAP` matches, at least one contact in a
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
from desktop.store.search_index import FTS_TABLE

COUNT_CAP = 1000
TRIGRAM = 3  # the shortest text the trigram index can answer
_PROGRESS_STEPS = 2000  # SQLite VM steps between two looks at ``cancel``

Cancel = Callable[[], bool]


class SearchCancelled(Exception):
    """A search was cancelled (a newer one replaced it) before it finished."""


@contextlib.contextmanager
def _cancellable(cancel: Cancel | None) -> Iterator[None]:
    """Run the statements of the block so that ``cancel()`` interrupts them (this thread's only)."""
    if cancel is None:
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


def text_plan(text: str | None) -> str:
    """How a text is searched: "none" (no text), "index" (at most COUNT_CAP trigram matches) or "scan"."""
    if not text:
        return "none"
    if len(text) < TRIGRAM:
        return "scan"
    row = DB.obj.execute_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)",
        (_phrase(text), COUNT_CAP + 1)).fetchone()
    return "index" if int(row[0]) <= COUNT_CAP else "scan"


def _search_filter(query: pw.ModelSelect[Contact], text: str | None, status: str | None, channel: str | None,
                   statuses: Sequence[str] | None = None, plan: str = "scan") -> pw.ModelSelect[Contact]:
    if text:
        if plan == "index":
            ids = pw.SQL(f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)", [_phrase(text)])
            query = query.where(pw.Expression(Contact.id, pw.OP.IN, ids))
        query = query.where(pw.fn.instr(Contact.search_text, text) > 0)
    if status:
        query = query.where(Contact.status == status)
    if statuses:
        query = query.where(Contact.status.in_(list(statuses)))
    if channel:
        query = query.where(Contact.channel == channel)
    return query


def search_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None,
                    order: str = "newest", after: tuple[Any, ...] | None = None, limit: int = 200,
                    statuses: Sequence[str] | None = None, reverse: bool = False, plan: str | None = None,
                    cancel: Cancel | None = None) -> list[ContactRow]:
    """One keyset page. ``order`` "newest" (id descending; cursor ``(id,)``) or "address"
    (canonical key ascending; cursor ``(key, id)``; deleted contacts have no key and are left out).

    ``reverse``: the page *before* ``after`` (or the list's last page when ``after`` is None), still
    returned in the list's order (for paging up from the end). ``plan``: from :func:`text_plan`
    (computed when not given)."""
    with _cancellable(cancel):
        plan = plan or text_plan(text)
        q = _search_filter(Contact.select(*CONTACT_FIELDS), text, status, channel, statuses, plan)
        if order == "address":
            q = q.where(Contact.key.is_null(False))
            if after is not None:
                cursor = pw.Tuple(Contact.key, Contact.id)
                q = q.where(cursor < pw.Tuple(after[0], after[1]) if reverse else cursor > pw.Tuple(after[0], after[1]))
            q = q.order_by(Contact.key.desc(), Contact.id.desc()) if reverse else q.order_by(Contact.key, Contact.id)
        else:
            if after is not None:
                q = q.where(Contact.id > after[0] if reverse else Contact.id < after[0])
            q = q.order_by(Contact.id if reverse else Contact.id.desc())
        rows = [contact_from_tuple(t) for t in tuples(q.limit(limit))]
    if reverse:
        rows.reverse()
    return rows


def count_matches(*, text: str | None = None, status: str | None = None, channel: str | None = None,
                  cap: int = COUNT_CAP, plan: str | None = None, cancel: Cancel | None = None) -> int:
    """The number of matches, counting no further than ``cap + 1`` (a result above ``cap`` means "more")."""
    with _cancellable(cancel):
        plan = plan or text_plan(text)
        inner = _search_filter(Contact.select(pw.SQL("1")), text, status, channel, None, plan).limit(cap + 1)
        sql, params = inner.sql()
        row = DB.obj.execute_sql(f"SELECT count(*) FROM ({sql})", params).fetchone()
    return int(row[0])


def count_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None) -> int:
    """The exact number of matches (a full count: for small sets and tests; the list uses :func:`count_matches`)."""
    return int(_search_filter(Contact.select(pw.fn.COUNT(Contact.id)), text, status, channel).scalar() or 0)


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

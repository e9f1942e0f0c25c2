"""Contact search and paging: keyset pages (never OFFSET), counts, and the whole-table walks of exports."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
from desktop.store.models import tuples


def _search_filter(query: pw.ModelSelect[Contact], text: str | None, status: str | None, channel: str | None,
                   statuses: Sequence[str] | None = None) -> pw.ModelSelect[Contact]:
    if text:
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
                    statuses: Sequence[str] | None = None) -> list[ContactRow]:
    """One keyset page. ``order`` "newest" (id descending; cursor ``(id,)``) or "address"
    (canonical key ascending; cursor ``(key, id)``; deleted contacts have no key and are left out)."""
    q = _search_filter(Contact.select(*CONTACT_FIELDS), text, status, channel, statuses)
    if order == "address":
        q = q.where(Contact.key.is_null(False))
        if after is not None:
            q = q.where(pw.Tuple(Contact.key, Contact.id) > pw.Tuple(after[0], after[1]))
        q = q.order_by(Contact.key, Contact.id)
    else:
        if after is not None:
            q = q.where(Contact.id < after[0])
        q = q.order_by(Contact.id.desc())
    return [contact_from_tuple(t) for t in tuples(q.limit(limit))]


def count_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None) -> int:
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

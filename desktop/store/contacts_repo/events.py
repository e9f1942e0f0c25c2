"""Consent events: the append-only timeline of each contact."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from desktop.store import compiled
from desktop.store.compiled import Compiled, Param
from desktop.store.contacts import ConsentRecord, Contact
from desktop.store.contacts_repo.rows import (
    CHUNK,
    EVENT_FIELDS,
    EventRow,
    event_from_record,
    event_from_tuple,
)

_OF_CONTACT = Compiled(lambda: ConsentRecord.select(*EVENT_FIELDS).where(ConsentRecord.contact == Param("cid"))
                       .order_by(ConsentRecord.id))


def insert_event(**fields: Any) -> int:
    return compiled.insert(ConsentRecord, fields)


def event_by_id(event_id: int) -> EventRow | None:
    r = ConsentRecord.get_or_none(ConsentRecord.id == event_id)
    return None if r is None else event_from_record(r)


def events_for_contact(contact_id: int) -> list[EventRow]:
    return [event_from_tuple(t) for t in _OF_CONTACT.all(cid=contact_id)]


def events_for_contacts(contact_ids: Iterable[int]) -> dict[int, list[EventRow]]:
    wanted = sorted(set(contact_ids))
    out: dict[int, list[EventRow]] = {cid: [] for cid in wanted}
    for i in range(0, len(wanted), CHUNK):
        q = (ConsentRecord.select().where(ConsentRecord.contact.in_(wanted[i:i + CHUNK]))
             .order_by(ConsentRecord.id))
        for r in q:
            out[r.contact_id].append(event_from_record(r))
    return out


def events_recorded_by(staff_uid: str, since: str, until: str, *, limit: int = 200) -> list[tuple[EventRow, str | None]]:
    """Events a staff member recorded in ``[since, until)``, newest first, with the address."""
    q = (ConsentRecord.select(ConsentRecord, Contact.address.alias("contact_address"))
         .join(Contact, on=(ConsentRecord.contact == Contact.id))
         .where((ConsentRecord.staff_uid == staff_uid) & (ConsentRecord.recorded_at >= since)
                & (ConsentRecord.recorded_at < until))
         .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc()).limit(limit).objects())
    # the aliased column, set by .objects()
    return [(event_from_record(r), cast(Any, r).contact_address) for r in q]


def blank_event_evidence(contact_id: int) -> int:
    """Erase the free-text evidence (memo, recording reference) of a contact's events."""
    return int(ConsentRecord.update(memo=None, recording_ref=None)
               .where(ConsentRecord.contact == contact_id).execute())

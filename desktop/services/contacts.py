"""連絡先 — the contact list, its search and filters, and one contact's whole timeline.

The list is read in keyset pages (never OFFSET, never everything at once); opening a list
(a new search or filter) is audited as "contact.view_list" with the filters and the count,
opening one contact as "contact.view" (design A7). Status and eligibility come from the status
cache written by the domain's eligibility function on every change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.domain.consent import ContactStatus
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.domain.text_normalise import normalise_word
from desktop.services import consent
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

__all__ = [
    "PAGE_SIZE",
    "ContactDetail",
    "ContactListRow",
    "ContactQuery",
    "Page",
    "detail",
    "next_page",
    "open_list",
    "record_export_inclusion",
]

CTX = "Contacts"
PAGE_SIZE = 200
QUERY_MAX = 200

_E_QUERY = QT_TRANSLATE_NOOP("Contacts", "The search text is too long (at most %1 characters).")
_E_EXPORT_ID = QT_TRANSLATE_NOOP("Contacts", "An export needs an identifier.")


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    status: str | None = None  # a ContactStatus value
    channel: str | None = None  # a Channel value
    order: str = "newest"  # "newest" | "address"


@dataclass(frozen=True)
class ContactListRow:
    contact_id: int
    address: str | None
    name: str | None
    furigana: str | None
    status: ContactStatus
    eligible: bool
    channel: str | None
    created_at: str
    updated_at: str
    deleted: bool


@dataclass(frozen=True)
class Page:
    rows: tuple[ContactListRow, ...]
    cursor: tuple[Any, ...] | None  # pass to next_page; None when there is nothing more


@dataclass(frozen=True)
class ContactDetail:
    view: consent.ContactView
    timeline: tuple[consent.TimelineEntry, ...]


def _row(c: crepo.ContactRow) -> ContactListRow:
    return ContactListRow(c.id, c.address, c.name, c.furigana, ContactStatus(c.status), c.eligible, c.channel,
                          c.created_at, c.updated_at, c.deleted)


def _folded(query: ContactQuery) -> str | None:
    text = (query.text or "").strip()
    if len(text) > QUERY_MAX:
        raise ValidationError(_E_QUERY, QUERY_MAX, context=CTX)
    folded = normalise_word(text)
    return folded or None


def _page(query: ContactQuery, after: tuple[Any, ...] | None, limit: int) -> Page:
    rows = crepo.search_contacts(text=_folded(query), status=query.status or None, channel=query.channel or None,
                                 order=query.order, after=after, limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    cursor: tuple[Any, ...] | None = None
    if more and rows:
        last = rows[-1]
        cursor = (last.key, last.id) if query.order == "address" else (last.id,)
    return Page(tuple(_row(c) for c in rows), cursor)


def open_list(session: Session, query: ContactQuery, *, limit: int = PAGE_SIZE) -> tuple[int, Page]:
    """The number of matches and the first page; the read is audited (A7)."""
    session.require(Action.CONTACTS_VIEW)
    folded = _folded(query)
    total = crepo.count_contacts(text=folded, status=query.status or None, channel=query.channel or None)
    page = _page(query, None, limit)
    with repo.atomic():
        session.audit("contact.view_list", target="contacts", count=total, search=bool(folded),
                      status=query.status or "", channel=query.channel or "", order=query.order)
    return total, page


def next_page(session: Session, query: ContactQuery, cursor: tuple[Any, ...], *, limit: int = PAGE_SIZE) -> Page:
    """The page after ``cursor`` of a list opened with :func:`open_list` (not audited again)."""
    session.require(Action.CONTACTS_VIEW)
    return _page(query, cursor, limit)


def detail(session: Session, contact_id: int) -> ContactDetail:
    """One contact: status, why, retention date and the whole timeline (audited)."""
    session.require(Action.CONTACTS_VIEW, str(contact_id))
    contact = crepo.contact_by_id(contact_id)
    if contact is None:
        raise NotFound()
    rows = crepo.events_for_contact(contact_id)
    view = consent.contact_view(session, contact, rows)
    with repo.atomic():
        session.audit("contact.view", target=str(contact_id))
    return ContactDetail(view, tuple(consent.timeline(contact, rows)))


def status_counts(session: Session) -> dict[ContactStatus, int]:
    session.require(Action.CONTACTS_VIEW)
    return {ContactStatus(k): v for k, v in crepo.count_contacts_by_status().items()}


def record_export_inclusion(session: Session, contact_ids: Iterable[int], export_id: str) -> int:
    """Note that export ``export_id`` included these contacts (shown in their timelines and used
    for the retention date). Called by the export service inside its own transaction; the
    export's audit entry covers it, so no entry is written here. Returns the number recorded."""
    session.require(Action.EXPORT)
    export_id = (export_id or "").strip()
    if not export_id or len(export_id) > 64:
        raise ValidationError(_E_EXPORT_ID, context=CTX)
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    with repo.atomic():
        known = crepo.existing_contact_ids(ids)
        return crepo.insert_inclusions([i for i in ids if i in known], export_id, consent.iso(session.now()))

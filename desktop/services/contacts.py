"""連絡先 — the contact list, its search and filters, and one contact's whole timeline.

The list is read in keyset pages (never OFFSET, never everything at once), from the top or, for
Ctrl+End, from the end (:func:`last_page`, :func:`previous_page`); the count stops at
:data:`COUNT_CAP` + 1 ("more than 1,000"). Every read takes an optional ``cancel`` callable: a newer
search cancels an older one (:class:`SearchCancelled`). Opening a list
(a new search or filter) is audited as "contact.view_list" with the filters and the count,
opening one contact as "contact.view" (design A7). Status and eligibility come from the status
cache written by the domain's eligibility function on every change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
    "COUNT_CAP",
    "PAGE_SIZE",
    "SearchCancelled",
    "ContactDetail",
    "ContactEdit",
    "ContactListRow",
    "ContactQuery",
    "Page",
    "correct",
    "detail",
    "edit_form",
    "last_page",
    "next_page",
    "open_list",
    "previous_page",
    "record_export_inclusion",
]

CTX = "Contacts"
PAGE_SIZE = 200
QUERY_MAX = 200
COUNT_CAP = crepo.COUNT_CAP  # counts stop above this ("more than 1,000")
SearchCancelled = crepo.SearchCancelled
Cancel = Callable[[], bool]

_E_QUERY = QT_TRANSLATE_NOOP("Contacts", "The search text is too long (at most %1 characters).")
_E_EXPORT_ID = QT_TRANSLATE_NOOP("Contacts", "An export needs an identifier.")
_E_DELETED = QT_TRANSLATE_NOOP("Contacts", "The personal data of this contact has been deleted: there is nothing to correct.")
_E_NAME_EMPTY = QT_TRANSLATE_NOOP("Contacts", "Enter the name: it cannot be left empty.")
_E_BLANK = {"furigana": QT_TRANSLATE_NOOP("Contacts", "The furigana contains only spaces: type it or clear the field."),
            "memo": QT_TRANSLATE_NOOP("Contacts", "The memo contains only spaces: type it or clear the field.")}


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
    before: tuple[Any, ...] | None = None  # pass to previous_page (pages read from the end); None at the top


@dataclass(frozen=True)
class ContactEdit:
    """What the correction dialog shows: the contact's name, furigana and memo (None: empty)."""

    contact_id: int
    address: str | None
    name: str | None
    furigana: str | None
    memo: str | None


@dataclass(frozen=True)
class ContactDetail:
    view: consent.ContactView
    timeline: tuple[consent.TimelineEntry, ...]
    memo: str | None = None  # the office's memo about the person (corrected with the name)


def _row(c: crepo.ContactRow) -> ContactListRow:
    return ContactListRow(c.id, c.address, c.name, c.furigana, ContactStatus(c.status), c.eligible, c.channel,
                          c.created_at, c.updated_at, c.deleted)


def _folded(query: ContactQuery) -> str | None:
    text = (query.text or "").strip()
    if len(text) > QUERY_MAX:
        raise ValidationError(_E_QUERY, QUERY_MAX, context=CTX)
    folded = normalise_word(text)
    return folded or None


def _cursor(query: ContactQuery, c: crepo.ContactRow) -> tuple[Any, ...]:
    return (c.key, c.id) if query.order == "address" else (c.id,)


def _page(query: ContactQuery, after: tuple[Any, ...] | None, limit: int, *, reverse: bool = False,
          cancel: Cancel | None = None) -> Page:
    rows = crepo.search_contacts(text=_folded(query), status=query.status or None, channel=query.channel or None,
                                 order=query.order, after=after, limit=limit + 1, reverse=reverse, cancel=cancel)
    return _from_rows(query, rows, limit, reverse=reverse)


def _from_rows(query: ContactQuery, rows: list[crepo.ContactRow], limit: int, *, reverse: bool = False) -> Page:
    """A page of ``limit`` rows from ``limit + 1`` read (the extra one says whether there are more)."""
    more = len(rows) > limit
    if reverse:  # the rows before ``after``, in list order: the extra one is the first
        rows = rows[1:] if more else rows
        before = _cursor(query, rows[0]) if more and rows else None
        return Page(tuple(_row(c) for c in rows), None, before)
    rows = rows[:limit]
    cursor = _cursor(query, rows[-1]) if more and rows else None
    return Page(tuple(_row(c) for c in rows), cursor)


def open_list(session: Session, query: ContactQuery, *, limit: int = PAGE_SIZE,
              cancel: Cancel | None = None) -> tuple[int, Page]:
    """The number of matches (at most ``COUNT_CAP + 1``: above COUNT_CAP means "more") and the first
    page; the read is audited (A7). ``cancel``: see :class:`SearchCancelled` (nothing is audited then)."""
    session.require(Action.CONTACTS_VIEW)
    folded = _folded(query)
    total, rows = crepo.first_page(text=folded, status=query.status or None, channel=query.channel or None,
                                   order=query.order, limit=limit + 1, cancel=cancel)
    page = _from_rows(query, rows, limit)
    with repo.atomic():
        session.audit("contact.view_list", target="contacts", count=total, search=bool(folded),
                      status=query.status or "", channel=query.channel or "", order=query.order,
                      more=total > COUNT_CAP)
    return total, page


def next_page(session: Session, query: ContactQuery, cursor: tuple[Any, ...] | None, *, limit: int = PAGE_SIZE,
              cancel: Cancel | None = None) -> Page:
    """The page after ``cursor`` of a list opened with :func:`open_list` (not audited again); with
    ``cursor`` None its first page again (Ctrl+Home after Ctrl+End)."""
    session.require(Action.CONTACTS_VIEW)
    return _page(query, cursor, limit, cancel=cancel)


def last_page(session: Session, query: ContactQuery, *, limit: int = PAGE_SIZE, cancel: Cancel | None = None) -> Page:
    """The list's last ``limit`` rows (Ctrl+End), read from the end by keyset; ``before`` pages upwards.
    Part of a list already opened with :func:`open_list` (not audited again)."""
    session.require(Action.CONTACTS_VIEW)
    return _page(query, None, limit, reverse=True, cancel=cancel)


def previous_page(session: Session, query: ContactQuery, before: tuple[Any, ...], *, limit: int = PAGE_SIZE,
                  cancel: Cancel | None = None) -> Page:
    """The page just above ``before`` (a :attr:`Page.before` of :func:`last_page` or of this function)."""
    session.require(Action.CONTACTS_VIEW)
    return _page(query, before, limit, reverse=True, cancel=cancel)


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
    return ContactDetail(view, tuple(consent.timeline(contact, rows)), crepo.contact_memo(contact_id))


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


# ---------------------------------------------------------------------------------------------
# Correcting the name, furigana and memo (issue 17; design.md: corrections are the administrators')
# ---------------------------------------------------------------------------------------------


def _correctable(session: Session, contact_id: int) -> crepo.ContactRow:
    session.require(Action.RIGHTS_REQUESTS, str(contact_id))
    contact = crepo.contact_by_id(contact_id)
    if contact is None:
        raise NotFound()
    if contact.deleted or contact.key is None:
        raise ValidationError(_E_DELETED, context=CTX)
    return contact


def edit_form(session: Session, contact_id: int) -> ContactEdit:
    """The name, furigana and memo to correct (the address is not editable: another address is
    another person's consent). Administrators only (they handle corrections, design A6)."""
    contact = _correctable(session, contact_id)
    return ContactEdit(contact.id, contact.address, contact.name, contact.furigana, crepo.contact_memo(contact.id))


def _field(value: str | None, limit: int, too_long: str, field: str, *, nfkc: bool = False) -> str | None:
    cleaned = consent.clean_text(value, limit, too_long, nfkc=nfkc)
    if cleaned is None and value:  # typed, but only spaces (or invisible characters)
        raise ValidationError(_E_BLANK[field], context=CTX)
    return cleaned


def correct(session: Session, contact_id: int, *, name: str | None, furigana: str | None,
            memo: str | None) -> tuple[str, ...]:
    """Correct the name, furigana (normalised like the phone desk: NFKC) and memo of a contact.

    The consent history is not touched; the search text (and through its triggers the search index)
    follows. An empty name is refused, an empty furigana or memo clears it; text of spaces only and
    text too long are refused (ValidationError, nothing changed). Returns the fields that changed; a
    change writes exactly one audit entry "contact.correct" naming those fields, never their values.
    """
    contact = _correctable(session, contact_id)
    new_name = consent.clean_text(name, consent.NAME_MAX, consent.E_NAME_LONG, nfkc=True)
    if new_name is None:
        raise ValidationError(_E_NAME_EMPTY, context=CTX)
    new_kana = _field(furigana, consent.FURIGANA_MAX, consent.E_FURIGANA_LONG, "furigana", nfkc=True)
    new_memo = _field(memo, consent.MEMO_MAX, consent.E_MEMO_LONG, "memo")
    with repo.atomic():
        old_memo = crepo.contact_memo(contact.id)
        changed = tuple(f for f, old, new in (("name", contact.name, new_name), ("furigana", contact.furigana, new_kana),
                                              ("memo", old_memo, new_memo)) if old != new)
        if not changed:
            return ()
        crepo.correct_contact(contact.id, name=new_name, furigana=new_kana,
                              search_text=consent.search_text(contact.key, new_name, new_kana), memo=new_memo,
                              at=consent.iso(session.now()), by=session.user.uid)
        session.audit("contact.correct", target=str(contact.id), fields=list(changed))
    return changed

"""The send list by full replay: every contact's history decided again (the reference).

The send list itself reads the cache kept in the contact rows (:mod:`desktop.services.send_list`);
this module decides every contact from its whole history with the one eligibility function, as the
export did before issue 15. Tests compare the two on varied offices; it is not used by exports.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.domain import addresses
from desktop.domain.consent import Reason
from desktop.services import consent
from desktop.services.export_model import ExportRequest, day_bounds
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo


@dataclass(frozen=True)
class Decided:
    contact: crepo.ContactRow
    eligible: bool
    reason: Reason
    consent_at: str | None


def blocked_mailboxes(pending_ids: set[int], pending_keys: set[str]) -> set[str]:
    """Mailbox keys (Gmail dots, ``+tags``) any spelling of which refused, unsubscribed, was
    deleted or has an unsubscribe request waiting: every other spelling stays off the list."""
    out = crepo.suppressed_mailboxes()
    out.update(addresses.mailbox_key(k) for k in pending_keys)
    out.update(addresses.mailbox_key(c.key) for c in crepo.contacts_by_ids(pending_ids).values() if c.key)
    return out


def pending_unsubscribes() -> tuple[set[int], set[str]]:
    """Contacts and address keys with an unsubscribe request not yet processed.

    The request's due date is for the paperwork; the send list leaves the address out from the
    moment the request exists (配信停止を希望されたら即時対応).
    """
    ids: set[int] = set()
    keys: set[str] = set()
    for r in crepo.open_unsubscribes():
        if r.contact_id is not None:
            ids.add(r.contact_id)
        if r.address:
            check = addresses.check(r.address)
            if check.valid:
                keys.add(addresses.canonical_key(check.normalised))
    return ids, keys


def _decided(session: Session, request: ExportRequest) -> Iterator[Decided]:
    """Every contact with its eligibility today, in pages (memory stays flat)."""
    today = consent.today(session)
    pending_ids, pending_keys = pending_unsubscribes()
    blocked = blocked_mailboxes(pending_ids, pending_keys)
    for page in crepo.iter_contacts_with_events():
        for contact, rows in page:
            decision = consent.decide([consent.domain_event(r) for r in rows], deleted=contact.deleted,
                                      address_valid=contact.address_valid, on=today)
            at = None
            if decision.basis_event_id is not None:
                at = next((r.occurred_at for r in rows if r.id == decision.basis_event_id), None)
            if decision.eligible and (contact.id in pending_ids or contact.key in pending_keys):
                yield Decided(contact, False, Reason.UNSUBSCRIBE_PENDING, at)
                continue
            if decision.eligible and contact.key and addresses.mailbox_of_key(contact.key) in blocked:
                yield Decided(contact, False, Reason.SAME_MAILBOX, at)
                continue
            yield Decided(contact, decision.eligible, decision.reason, at)


def _in_filters(item: Decided, request: ExportRequest, start: str | None, end: str | None) -> bool:
    channel = request.filters.get("channel")
    if channel and item.contact.channel != channel:
        return False
    if (start or end) and item.consent_at is None:
        return False
    if start and item.consent_at is not None and item.consent_at < start:
        return False
    return not (end and item.consent_at is not None and item.consent_at >= end)


def replay(session: Session, request: ExportRequest) -> tuple[list[Decided], dict[str, int]]:
    """(the contacts the send list holds, in id order; excluded counts by reason label)."""
    start, end = day_bounds(request)
    chosen: list[Decided] = []
    excluded: dict[str, int] = {}
    for d in _decided(session, request):
        if not d.eligible:
            excluded[d.reason.label] = excluded.get(d.reason.label, 0) + 1
        elif _in_filters(d, request, start, end):
            chosen.append(d)
    return chosen, excluded

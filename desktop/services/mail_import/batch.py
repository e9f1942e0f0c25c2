"""Confirming an import back: the stops of one batch of addresses written together (issue 16).

For each address that changes, the same decision as ``consent.apply_event`` makes for one event
(the history replayed with the stop, the status cache with its reason and consent time, the
suppression entry), but the batch's contacts and histories are read with one query each and the
events, status rows, suppression entries and unsubscribe requests are written with one statement
each. The caller holds the transaction and writes the import's one audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.domain.consent import SUPPRESSING, ConsentEvent, EventKind, RouteChannel, validate_capture
from desktop.services import consent
from desktop.services.consent.records import consent_time
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import suppression_writes
from desktop.store.contacts_repo import bulk as cbulk

_SUPPRESSING = {s.value for s in SUPPRESSING}


ALREADY_SUPPRESSED = "already_suppressed"
AGREED_SINCE = "agreed_since"


def apply_stops(session: Session, stops: Sequence[tuple[int, ConsentEvent]]) -> list[str | None]:
    """Apply each (contact id, stop event) in order; for each, None (applied), :data:`ALREADY_SUPPRESSED`
    (deleted, already off the send list, or stopped earlier in this batch under another spelling) or
    :data:`AGREED_SINCE` (the office holds a newer agreement than the service's time stamp)."""
    if not stops:
        return []
    ids = [cid for cid, _e in stops]
    contacts = crepo.contacts_by_ids(ids)
    histories = crepo.events_for_contacts(ids)
    now = consent.iso(session.now())
    today = consent.today(session)
    next_id = cbulk.next_event_id()
    events: list[tuple[object, ...]] = []
    status: list[tuple[str, bool, str, str | None, str, int]] = []
    suppress: list[suppression_writes.SuppressionWrite] = []
    release: list[tuple[str, int]] = []
    unsubscribes: list[tuple[object, ...]] = []
    done: set[int] = set()
    out: list[str | None] = []
    for cid, event in stops:
        contact = contacts.get(cid)
        if contact is None or contact.deleted or contact.status in _SUPPRESSING or cid in done:
            out.append(ALREADY_SUPPRESSED)
            continue
        history = [consent.domain_event(e) for e in histories.get(cid, [])]
        validate_capture(event, history)
        stored = replace(event, event_id=next_id)
        after = consent.decide([*history, stored], deleted=contact.deleted, address_valid=contact.address_valid,
                               on=today)
        if after.eligible:
            out.append(AGREED_SINCE)
            continue
        done.add(cid)
        events.append(_event_row(stored, cid, now))
        status.append((after.status.value, after.eligible, after.reason.value,
                       consent_time(after, [*history, stored]), now, cid))
        reason = SUPPRESSING.get(after.status)
        if reason is not None:
            suppress.append((contact.key_hash, reason, cid, now))
        else:
            release.append((contact.key_hash, cid))
        if event.kind is not EventKind.BOUNCE:
            received = consent.local_date(event.occurred_at).isoformat()
            unsubscribes.append((cid, contact.address, RouteChannel.MAIL_SERVICE.value, received, received, now, now,
                                 session.user.uid, session.user.uid, None, next_id))
        next_id += 1
        out.append(None)
    cbulk.bulk_insert_events(events)
    cbulk.bulk_update_status(status)
    suppression_writes.put_suppressions(suppress)
    for key_hash, cid in release:  # (a stop always suppresses today; kept as sync_status does it)
        existing = crepo.suppression_by_hash(key_hash)
        if existing is not None and existing.contact_id == cid:
            crepo.remove_suppression(key_hash)
    suppression_writes.insert_unsubscribes(unsubscribes)
    return out


def _event_row(e: ConsentEvent, contact_id: int, now: str) -> tuple[object, ...]:
    """The event in ``contacts_repo.bulk.EVENT_BULK_COLUMNS`` order, as ``consent.apply_event`` stores it."""
    return (e.event_id, contact_id, e.kind.value, e.channel.value if e.channel else None,
            e.outcome.value if e.outcome else None, consent.iso(e.occurred_at), now, None, e.script_version_id,
            e.script_hash, None, e.opt_in_checked, e.notice_given, e.script_read_confirmed, e.imported, None, None,
            e.recorded_by or "")

"""Reading an address's consent: its view, timeline and lookup."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain import addresses
from desktop.domain.consent import (
    EventKind,
    Outcome,
)
from desktop.domain.roles import Action
from desktop.services.consent.records import (
    ContactView,
    KnownAddress,
    TimelineEntry,
    contact_eligibility,
    day_start,
    hmac_key,
    iso,
    local_date,
    parse_iso,
    retention_until,
    stop_moment,
)
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

# ---------------------------------------------------------------------------------------------
# Building views
# ---------------------------------------------------------------------------------------------


def contact_view(session: Session, contact: crepo.ContactRow,
                 rows: Sequence[crepo.EventRow] | None = None) -> ContactView:
    rows = list(rows) if rows is not None else crepo.events_for_contact(contact.id)
    decision = contact_eligibility(session, contact, rows)
    inclusions = crepo.inclusions_for_contact(contact.id)
    last_export = parse_iso(inclusions[-1][1]) if inclusions else None
    until, basis = retention_until(decision, stop_moment(decision, rows), last_export,
                                   measure_order=bool(repo.get_setting("retention_measure_order", False)),
                                   mail_order_ads=bool(repo.get_setting("retention_mail_order_ads", False)))
    suppressed_before = contact.deleted or any(
        r.kind in (EventKind.UNSUBSCRIBE.value, EventKind.DELETION.value, EventKind.BOUNCE.value,
                   EventKind.COMPLAINT.value) or r.outcome == Outcome.REFUSED.value
        for r in rows)
    return ContactView(contact.id, contact.address, contact.name, contact.furigana, decision.status,
                       decision.eligible, decision.reason, decision.detail, decision.rule, contact.channel,
                       contact.deleted, contact.address_valid, contact.created_at, contact.updated_at, until, basis,
                       suppressed_before)


def staff_names() -> dict[str, str]:
    return {u.uid: u.display_name for u in repo.list_users()}


def timeline(contact: crepo.ContactRow, rows: Sequence[crepo.EventRow] | None = None) -> list[TimelineEntry]:
    rows = list(rows) if rows is not None else crepo.events_for_contact(contact.id)
    names = staff_names()
    superseded: dict[int, int] = {}
    for r in rows:
        if r.corrects_id is not None:
            superseded[r.corrects_id] = r.id
    out: list[TimelineEntry] = []
    for r in rows:
        out.append(TimelineEntry(
            at=r.occurred_at, kind=r.kind, event_id=r.id, channel=r.channel, outcome=r.outcome,
            staff=names.get(r.staff_uid, r.staff_uid), recorded_at=r.recorded_at,
            script_version_id=r.script_version_id, script_hash=r.script_hash,
            script_read_confirmed=r.script_read_confirmed, opt_in_checked=r.opt_in_checked,
            notice_given=r.notice_given, imported=r.imported, import_batch_id=r.import_batch_id,
            import_row=r.import_row, recording_ref=r.recording_ref, memo=r.memo, corrects_id=r.corrects_id,
            superseded_by=superseded.get(r.id)))
    for u in crepo.unsubscribes_for_contact(contact.id):
        received = date.fromisoformat(u.received_on)
        at = u.recorded_at if local_date(parse_iso(u.recorded_at)) == received else iso(day_start(received))
        out.append(TimelineEntry(at=at, kind="unsubscribe_request", channel=u.channel,
            staff=names.get(u.recorded_by, u.recorded_by), recorded_at=u.recorded_at, memo=u.memo,
            detail=u.channel, due_on=u.due_on, done=u.done_at is not None))
    for export_id, at in crepo.inclusions_for_contact(contact.id):
        out.append(TimelineEntry(at=at, kind="export", detail=export_id, recorded_at=at))
    for rr in crepo.rights_requests_for_contact(contact.id):
        out.append(TimelineEntry(at=rr.created_at, kind="rights_request", detail=f"{rr.kind}:{rr.status}",
                                 staff=names.get(rr.created_by, rr.created_by), recorded_at=rr.created_at,
                                 due_on=rr.due_on, done=rr.status in ("done", "refused")))
    out.sort(key=lambda e: (e.at, e.recorded_at))
    return out


# ---------------------------------------------------------------------------------------------
# Lookup
# ---------------------------------------------------------------------------------------------


def lookup(session: Session, raw_address: str) -> KnownAddress | None:
    """What is known about ``raw_address`` (normalised quietly), or None when nothing is.

    Finding a contact counts as viewing it (audited "contact.view"); an erased address shows
    only that it was deleted on request."""
    session.require(Action.PHONE_ENTRY)
    normalised = addresses.normalise(raw_address)
    if "@" not in normalised:
        return None
    key = addresses.canonical_key(normalised)
    contact = crepo.contact_of_mailbox(key)  # this spelling, or another of the same mailbox
    if contact is None:
        hit = crepo.suppression_for_key(hmac_key(session), key)
        if hit is None:
            return None
        return KnownAddress(None, erased=hit.reason == "deleted" or hit.contact_id is None,
                            suppression_reason=hit.reason)
    rows = crepo.events_for_contact(contact.id)
    view = contact_view(session, contact, rows)
    with repo.atomic():
        session.audit("contact.view", target=str(contact.id), via="phone")
    return KnownAddress(view, history=tuple(timeline(contact, rows)), other_spelling=contact.key != key)

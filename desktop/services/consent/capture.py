"""Recording consent: phone capture, corrections, today's entries and retention settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.domain import addresses
from desktop.domain.consent import (
    SUPPRESSING,
    Channel,
    ConsentEvent,
    ContactStatus,
    EventKind,
    Outcome,
)
from desktop.domain.errors import ValidationError
from desktop.domain.roles import Action
from desktop.services import scripts as script_service
from desktop.services.consent.records import (
    CTX,
    E_ALREADY_CORRECTED,
    E_DELETED,
    E_FURIGANA_LONG,
    E_MEMO_LONG,
    E_NAME_LONG,
    E_NOT_CORRECTABLE,
    E_REASON,
    E_RECORDING_LONG,
    E_SAME_OUTCOME,
    FURIGANA_MAX,
    MEMO_MAX,
    NAME_MAX,
    RECORDING_MAX,
    CaptureResult,
    ScriptShown,
    TodayEntry,
    apply_event,
    clean_text,
    day_start,
    hmac_key,
    iso,
    new_contact,
    search_text,
    today,
)
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

# ---------------------------------------------------------------------------------------------
# Phone capture
# ---------------------------------------------------------------------------------------------


def capture_phone(session: Session, *, address: str, outcome: Outcome | str, script: ScriptShown,
                  script_read_confirmed: bool, name: str | None = None, furigana: str | None = None,
                  memo: str | None = None, recording_ref: str | None = None,
                  occurred_at: datetime | None = None) -> CaptureResult:
    """Record the outcome of a phone call (A3, A4). Raises ValidationError and changes nothing
    when a rule is broken (invalid address, agreement without the script read, ...)."""
    session.require(Action.PHONE_ENTRY)
    outcome = Outcome(outcome)
    normalised = addresses.check(address).require_valid()
    name = clean_text(name, NAME_MAX, E_NAME_LONG, nfkc=True)
    furigana = clean_text(furigana, FURIGANA_MAX, E_FURIGANA_LONG, nfkc=True)
    memo = clean_text(memo, MEMO_MAX, E_MEMO_LONG)
    recording_ref = clean_text(recording_ref, RECORDING_MAX, E_RECORDING_LONG)
    when = occurred_at or session.now()
    key = addresses.canonical_key(normalised)
    with crepo.mailbox_atomic(hmac_key(session), key):  # on the office server: beside other callers' saves
        shown = script_service.resolve_shown(session, script.version_row_id, script.lang, script.sha256,
                                             channel=Channel.PHONE.value)
        contact = crepo.contact_of_mailbox(key)  # this spelling, or another of the same mailbox
        created = contact is None
        erased = False
        if contact is None:
            erased = crepo.suppression_for_key(hmac_key(session), key) is not None
            contact = new_contact(session, normalised, name=name, furigana=furigana, channel=Channel.PHONE.value)
        else:
            changes: dict[str, Any] = {}
            if name and name != contact.name:
                changes["name"] = name
            if furigana and furigana != contact.furigana:
                changes["furigana"] = furigana
            if changes:
                changes["search_text"] = search_text(contact.key, changes.get("name", contact.name),
                                                     changes.get("furigana", contact.furigana))
                crepo.update_contact(contact.id, **changes)
        rows = crepo.events_for_contact(contact.id)
        before_status = None if created else ContactStatus(contact.status)
        suppressed = before_status in SUPPRESSING
        kind = EventKind.REJOIN if suppressed and outcome is Outcome.AGREED else EventKind.CAPTURE
        event = ConsentEvent(kind=kind, channel=Channel.PHONE, outcome=outcome, occurred_at=when,
                             script_version_id=shown.version_id, script_hash=shown.sha256,
                             script_read_confirmed=bool(script_read_confirmed), imported=False,
                             recorded_by=session.user.uid, recording_id=recording_ref, memo=memo)
        applied = apply_event(session, contact, event, script_text_id=shown.text_id, lang=shown.lang, rows=rows)
        rejoined = (suppressed or erased) and applied.after.eligible
        left = applied.before.eligible and not applied.after.eligible
        session.audit("consent.capture", target=str(contact.id), event=applied.event_id, channel="phone",
                      outcome=outcome.value, script=shown.version_id, new_contact=created, rejoin=rejoined,
                      left_list=left)
    return CaptureResult(contact.id, applied.event_id, created, applied.after.status, applied.after.eligible,
                         applied.after.detail, before_status, rejoined, left)


# ---------------------------------------------------------------------------------------------
# Corrections
# ---------------------------------------------------------------------------------------------


def correct_event(session: Session, event_id: int, *, reason: str, outcome: Outcome | str | None = None,
                  void: bool = False, script_read_confirmed: bool | None = None) -> CaptureResult:
    """Correct a mistaken capture with a new event (the original stays in the history).

    ``void=True``: the record should not exist (e.g. typed for the wrong caller).
    ``outcome``: the other outcome was meant (agreed ↔ refused). An agreement on the phone
    still needs the script read (taken from the original unless given)."""
    session.require(Action.PHONE_ENTRY, str(event_id))
    reason_text = clean_text(reason, MEMO_MAX, E_MEMO_LONG)
    if not reason_text:
        raise ValidationError(E_REASON, context=CTX)
    original = crepo.event_by_id(event_id)
    if original is None:
        raise NotFound()
    if original.kind not in (EventKind.CAPTURE.value, EventKind.REJOIN.value, EventKind.CORRECTION.value):
        raise ValidationError(E_NOT_CORRECTABLE, context=CTX)
    contact = crepo.contact_by_id(original.contact_id)
    if contact is None:
        raise NotFound()
    if contact.deleted:
        raise ValidationError(E_DELETED, context=CTX)
    rows = crepo.events_for_contact(contact.id)
    if any(r.corrects_id == event_id for r in rows):
        raise ValidationError(E_ALREADY_CORRECTED, context=CTX)
    if void:
        event = ConsentEvent(kind=EventKind.CORRECTION, occurred_at=session.now(), supersedes=event_id,
                             memo=reason_text, recorded_by=session.user.uid)
        action = "void"
    else:
        new_outcome = Outcome(outcome) if outcome is not None else None
        if new_outcome is None or new_outcome.value == original.outcome:
            raise ValidationError(E_SAME_OUTCOME, context=CTX)
        read = original.script_read_confirmed if script_read_confirmed is None else script_read_confirmed
        event = ConsentEvent(
            kind=EventKind.CORRECTION, channel=Channel(original.channel) if original.channel is not None else None,
            outcome=new_outcome, occurred_at=session.now(),
            script_version_id=original.script_version_id, script_hash=original.script_hash,
            opt_in_checked=original.opt_in_checked, notice_given=original.notice_given,
            script_read_confirmed=read, imported=original.imported, supersedes=event_id, memo=reason_text,
            recorded_by=session.user.uid)
        action = new_outcome.value
    with repo.atomic():
        applied = apply_event(session, contact, event, script_text_id=original.script_text_id, lang=original.lang,
                              rows=rows)
        session.audit("consent.correct", target=str(contact.id), event=applied.event_id, corrects=event_id,
                      change=action, status=applied.after.status.value)
    return CaptureResult(contact.id, applied.event_id, False, applied.after.status, applied.after.eligible,
                         applied.after.detail, applied.before.status, False,
                         applied.before.eligible and not applied.after.eligible)


# ---------------------------------------------------------------------------------------------
# Today's entries (phone screen)
# ---------------------------------------------------------------------------------------------


def today_entries(session: Session, limit: int = 50) -> list[TodayEntry]:
    """What this user recorded today (Japan time), newest first."""
    session.require(Action.PHONE_ENTRY)
    start = day_start(today(session))
    rows = crepo.events_recorded_by(session.user.uid, iso(start), iso(start + timedelta(days=1)), limit=limit)
    contact_ids = {r.contact_id for r, _ in rows}
    corrected: set[int] = set()
    for _cid, events in crepo.events_for_contacts(contact_ids).items():
        corrected.update(e.corrects_id for e in events if e.corrects_id is not None)
    return [TodayEntry(r.id, r.contact_id, address, r.recorded_at, r.kind, r.outcome, r.channel, r.corrects_id,
                       r.id in corrected) for r, address in rows]


# ---------------------------------------------------------------------------------------------
# Settings used here
# ---------------------------------------------------------------------------------------------


def set_retention_flags(session: Session, *, measure_order: bool, mail_order_ads: bool) -> None:
    """Administrators: a measure order was received / the mail is mail-order advertising (特商法)."""
    session.require(Action.SETTINGS_MANAGE)
    with repo.atomic():
        repo.set_setting("retention_measure_order", bool(measure_order))
        repo.set_setting("retention_mail_order_ads", bool(mail_order_ads))
        session.audit("settings.change", target="retention", measure_order=bool(measure_order),
                      mail_order_ads=bool(mail_order_ads))

"""電話受付 and the consent history of an address (design A1–A5).

Every change goes through :func:`apply_event`: the event is checked by
``desktop.domain.consent.validate_capture`` against the contact's history, stored, and the
contact's status cache and the suppression list are rewritten from THE eligibility
function (``desktop.domain.consent.eligibility``). Nothing here decides eligibility itself.

* :func:`capture_phone` — agreed / refused on the phone, with the exact script version shown
  and the advisor's confirmation that it was read (A3, A4). A refusal suppresses the address
  at once (it leaves the send list if it was on it). After a refusal or an unsubscribe only a
  new explicit "agreed" puts the address back (stored as a re-join).
* :func:`correct_event` — a mistaken entry is corrected by a new, audited correction event;
  the original stays in the history.
* :func:`lookup` — what is known about an address before saving (status and history), also
  when the address was erased after a deletion request (only its keyed hash is left).
* :func:`retention_until` — the date until which the consent record must be kept
  (特定電子メール法 Ordinance Art. 4(2), features.md §2a).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.domain import addresses, office_time, retention
from desktop.domain.consent import (
    Channel,
    ConsentEvent,
    ContactStatus,
    Eligibility,
    EventKind,
    Outcome,
    Reason,
    eligibility,
    validate_capture,
)
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.domain.text_normalise import normalise_word
from desktop.services import scripts as script_service
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

__all__ = [
    "CaptureResult",
    "ContactView",
    "KnownAddress",
    "ScriptShown",
    "TimelineEntry",
    "TodayEntry",
    "apply_event",
    "capture_phone",
    "correct_event",
    "lookup",
    "retention_until",
    "today_entries",
]

CTX = "Consent"

NAME_MAX = 100
FURIGANA_MAX = 100
MEMO_MAX = 2000
RECORDING_MAX = 200

SUPPRESSING = {ContactStatus.REFUSED: "refused", ContactStatus.UNSUBSCRIBED: "unsubscribed",
               ContactStatus.DELETED: "deleted"}

E_NAME_LONG = QT_TRANSLATE_NOOP("Consent", "The name is too long (at most %1 characters).")
E_FURIGANA_LONG = QT_TRANSLATE_NOOP("Consent", "The furigana is too long (at most %1 characters).")
E_MEMO_LONG = QT_TRANSLATE_NOOP("Consent", "The memo is too long (at most %1 characters).")
E_RECORDING_LONG = QT_TRANSLATE_NOOP("Consent", "The call-recording reference is too long (at most %1 characters).")
_E_REASON = QT_TRANSLATE_NOOP("Consent", "Say why the record is being corrected.")
_E_NOT_CORRECTABLE = QT_TRANSLATE_NOOP("Consent", "Only a capture or an earlier correction can be corrected.")
_E_ALREADY_CORRECTED = QT_TRANSLATE_NOOP("Consent", "This record has already been corrected. Correct the latest correction instead.")
_E_SAME_OUTCOME = QT_TRANSLATE_NOOP("Consent", "The record already has this outcome.")
_E_DELETED = QT_TRANSLATE_NOOP("Consent", "The personal data of this contact has been deleted.")

# ---------------------------------------------------------------------------------------------
# Time helpers
# ---------------------------------------------------------------------------------------------


def iso(dt: datetime) -> str:
    """The one stored shape of a time: UTC, microseconds (sorts as text)."""
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


local_date = office_time.office_date
day_start = office_time.day_start


# ---------------------------------------------------------------------------------------------
# Views
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptShown:
    """What the screen showed: the script version, language and the hash of the exact text."""

    version_row_id: int
    lang: str
    sha256: str

    @classmethod
    def of(cls, view: script_service.ScriptView) -> ScriptShown:
        return cls(view.version_row_id, view.lang, view.sha256)


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a contact's history (events, unsubscribe requests, exports, rights requests)."""

    at: str  # ISO UTC: when it happened
    kind: str  # an EventKind value, or "unsubscribe_request", "export", "rights_request"
    event_id: int | None = None
    channel: str | None = None
    outcome: str | None = None
    staff: str = ""
    recorded_at: str = ""
    script_version_id: str | None = None
    script_hash: str | None = None
    script_read_confirmed: bool | None = None
    opt_in_checked: bool | None = None
    notice_given: bool | None = None
    imported: bool = False
    import_batch_id: int | None = None
    import_row: int | None = None
    recording_ref: str | None = None
    memo: str | None = None
    corrects_id: int | None = None
    superseded_by: int | None = None
    detail: str = ""  # export id, unsubscribe channel + due date, rights request kind + status
    due_on: str | None = None
    done: bool = False


@dataclass(frozen=True)
class ContactView:
    contact_id: int
    address: str | None
    name: str | None
    furigana: str | None
    status: ContactStatus
    eligible: bool
    reason: Reason
    detail: str  # translatable template (context "Eligibility")
    rule: str | None
    channel: str | None
    deleted: bool
    address_valid: bool
    created_at: str
    updated_at: str
    retain_until: date | None
    retention_basis: str  # translatable template (context "Retention")
    suppressed_before: bool  # refused, unsubscribed or deleted at some point


@dataclass(frozen=True)
class KnownAddress:
    """What the phone screen shows before saving an address that is already known."""

    contact: ContactView | None
    erased: bool = False  # the address was deleted on request; only its keyed hash is left
    suppression_reason: str | None = None
    history: tuple[TimelineEntry, ...] = ()

    @property
    def needs_explicit_agreement(self) -> bool:
        """After a refusal, an unsubscribe or a deletion only a new explicit "agreed" re-joins."""
        if self.erased:
            return True
        return self.contact is not None and self.contact.status in SUPPRESSING


@dataclass(frozen=True)
class CaptureResult:
    contact_id: int
    event_id: int
    created: bool
    status: ContactStatus
    eligible: bool
    detail: str
    previous_status: ContactStatus | None
    rejoined: bool
    left_list: bool


@dataclass(frozen=True)
class TodayEntry:
    event_id: int
    contact_id: int
    address: str | None
    recorded_at: str
    kind: str
    outcome: str | None
    channel: str | None
    corrects_id: int | None
    superseded: bool


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def clean_text(value: str | None, limit: int, too_long: str, *, nfkc: bool = False,
               context: str = CTX) -> str | None:
    """Trim, drop control characters (keep line breaks in memos), check the length."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value) if nfkc else value
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
    if not text:
        return None
    if len(text) > limit:
        raise ValidationError(too_long, limit, context=context)
    return text


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``normalise_word`` (NFKC, lower case, katakana as hiragana, invisibles dropped); for plain
    ASCII that is just strip + lower, taken directly (bulk imports fold 100,000 addresses)."""
    if text.isascii() and text.isprintable():
        return text.strip().lower()
    return normalise_word(text)


def search_text(key: str | None, name: str | None, furigana: str | None) -> str:
    """Folded text for substring search: NFKC, lower case, katakana as hiragana."""
    return "\x1f".join(fold(p) for p in (key or "", name or "", furigana or ""))


def hmac_key(session: Session) -> bytes:
    return crepo.suppression_key(session.office.key)


def today(session: Session) -> date:
    return local_date(session.now())


def domain_event(row: crepo.EventRow) -> ConsentEvent:
    return ConsentEvent(
        kind=EventKind(row.kind), channel=Channel(row.channel) if row.channel is not None else None,
        outcome=Outcome(row.outcome) if row.outcome is not None else None, occurred_at=parse_iso(row.occurred_at),
        script_version_id=row.script_version_id, script_hash=row.script_hash, opt_in_checked=row.opt_in_checked,
        notice_given=row.notice_given, script_read_confirmed=row.script_read_confirmed, imported=row.imported,
        recorded_by=row.staff_uid, recording_id=row.recording_ref, memo=row.memo, event_id=row.id,
        supersedes=row.corrects_id, valid_until=date.fromisoformat(row.valid_until) if row.valid_until else None)


def decide(events: Sequence[ConsentEvent], *, deleted: bool, address_valid: bool, on: date) -> Eligibility:
    return eligibility(events, deleted=deleted, address_valid=address_valid, today=on)


def _contact_eligibility(session: Session, contact: crepo.ContactRow,
                         rows: Sequence[crepo.EventRow]) -> Eligibility:
    return decide([domain_event(r) for r in rows], deleted=contact.deleted, address_valid=contact.address_valid,
                  on=today(session))


def sync_status(session: Session, contact: crepo.ContactRow, decision: Eligibility) -> None:
    """Write the status cache and the suppression list from a decision (inside a transaction)."""
    at = iso(session.now())
    crepo.update_contact(contact.id, status=decision.status.value, eligible=decision.eligible, updated_at=at)
    reason = SUPPRESSING.get(decision.status)
    if reason is not None:
        crepo.put_suppression(contact.key_hash, reason, contact.id, at)
    else:
        existing = crepo.suppression_by_hash(contact.key_hash)
        if existing is not None and existing.contact_id == contact.id:
            crepo.remove_suppression(contact.key_hash)


@dataclass
class Applied:
    event_id: int
    before: Eligibility
    after: Eligibility


def apply_event(session: Session, contact: crepo.ContactRow, event: ConsentEvent, *,
                script_text_id: int | None = None, lang: str | None = None, import_batch_id: int | None = None,
                import_row: int | None = None, rows: Sequence[crepo.EventRow] | None = None) -> Applied:
    """Validate ``event`` against the history, store it, refresh status and suppression.

    Call inside a transaction; the caller writes the one audit entry."""
    history_rows = list(rows) if rows is not None else crepo.events_for_contact(contact.id)
    history = [domain_event(r) for r in history_rows]
    validate_capture(event, history)
    before = decide(history, deleted=contact.deleted, address_valid=contact.address_valid, on=today(session))
    event_id = crepo.insert_event(
        contact=contact.id, kind=event.kind.value, channel=event.channel.value if event.channel else None,
        outcome=event.outcome.value if event.outcome else None, occurred_at=iso(event.occurred_at),
        recorded_at=iso(session.now()), script_text=script_text_id, script_version_id=event.script_version_id,
        script_hash=event.script_hash, lang=lang, opt_in_checked=event.opt_in_checked,
        notice_given=event.notice_given, script_read_confirmed=event.script_read_confirmed,
        imported=event.imported, import_batch=import_batch_id, import_row=import_row,
        staff_uid=event.recorded_by or session.user.uid, recording_ref=event.recording_id, memo=event.memo,
        corrects=event.supersedes, valid_until=event.valid_until.isoformat() if event.valid_until else None)
    stored = ConsentEvent(**{**_fields(event), "event_id": event_id})
    after = decide([*history, stored], deleted=contact.deleted, address_valid=contact.address_valid,
                   on=today(session))
    sync_status(session, contact, after)
    return Applied(event_id, before, after)


def _fields(e: ConsentEvent) -> dict[str, Any]:
    return {f: getattr(e, f) for f in ConsentEvent.__dataclass_fields__}


def new_contact(session: Session, address: str, *, name: str | None = None, furigana: str | None = None,
                channel: str | None = None, valid: bool = True) -> crepo.ContactRow:
    key = addresses.canonical_key(address)
    cid = crepo.insert_contact(address=address, key=key, key_hash=crepo.key_hash(hmac_key(session), key),
                               name=name, furigana=furigana, search_text=search_text(key, name, furigana),
                               status=ContactStatus.NO_CONSENT.value, eligible=False, channel=channel,
                               address_valid=valid, at=iso(session.now()))
    row = crepo.contact_by_id(cid)
    assert row is not None
    return row


# ---------------------------------------------------------------------------------------------
# Retention (特定電子メール法 Ordinance Art. 4(2), features.md §2a)
# ---------------------------------------------------------------------------------------------

def retention_until(decision: Eligibility, stop: datetime | None, last_export: datetime | None, *,
                    measure_order: bool = False, mail_order_ads: bool = False) -> tuple[date | None, str]:
    """The date until which the consent record must be kept, and why: the domain rule
    (``desktop.domain.retention.retention_until``) applied to the office-local dates of
    ``stop`` (when sending stopped) and ``last_export``."""
    return retention.retention_until(
        decision, local_date(stop) if stop is not None else None,
        local_date(last_export) if last_export is not None else None,
        measure_order=measure_order, mail_order_ads=mail_order_ads)


def _stop_moment(decision: Eligibility, rows: Sequence[crepo.EventRow]) -> datetime | None:
    if decision.deciding_event_id is not None:
        for r in rows:
            if r.id == decision.deciding_event_id:
                return parse_iso(r.occurred_at)
    if not rows:
        return None
    return max(parse_iso(r.occurred_at) for r in rows)


# ---------------------------------------------------------------------------------------------
# Building views
# ---------------------------------------------------------------------------------------------


def contact_view(session: Session, contact: crepo.ContactRow,
                 rows: Sequence[crepo.EventRow] | None = None) -> ContactView:
    rows = list(rows) if rows is not None else crepo.events_for_contact(contact.id)
    decision = _contact_eligibility(session, contact, rows)
    inclusions = crepo.inclusions_for_contact(contact.id)
    last_export = parse_iso(inclusions[-1][1]) if inclusions else None
    until, basis = retention_until(decision, _stop_moment(decision, rows), last_export,
                                   measure_order=bool(repo.get_setting("retention_measure_order", False)),
                                   mail_order_ads=bool(repo.get_setting("retention_mail_order_ads", False)))
    suppressed_before = contact.deleted or any(
        r.kind in (EventKind.UNSUBSCRIBE.value, EventKind.DELETION.value) or r.outcome == Outcome.REFUSED.value
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
    contact = crepo.contact_by_key(key)
    if contact is None:
        hit = crepo.suppression_by_hash(crepo.key_hash(hmac_key(session), key))
        if hit is None:
            return None
        return KnownAddress(None, erased=hit.reason == "deleted" or hit.contact_id is None,
                            suppression_reason=hit.reason)
    rows = crepo.events_for_contact(contact.id)
    view = contact_view(session, contact, rows)
    with repo.atomic():
        session.audit("contact.view", target=str(contact.id), via="phone")
    return KnownAddress(view, history=tuple(timeline(contact, rows)))


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
    with repo.atomic():
        shown = script_service.resolve_shown(session, script.version_row_id, script.lang, script.sha256,
                                             channel=Channel.PHONE.value)
        key = addresses.canonical_key(normalised)
        contact = crepo.contact_by_key(key)
        created = contact is None
        erased = False
        if contact is None:
            erased = crepo.suppression_by_hash(crepo.key_hash(hmac_key(session), key)) is not None
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
        raise ValidationError(_E_REASON, context=CTX)
    original = crepo.event_by_id(event_id)
    if original is None:
        raise NotFound()
    if original.kind not in (EventKind.CAPTURE.value, EventKind.REJOIN.value, EventKind.CORRECTION.value):
        raise ValidationError(_E_NOT_CORRECTABLE, context=CTX)
    contact = crepo.contact_by_id(original.contact_id)
    if contact is None:
        raise NotFound()
    if contact.deleted:
        raise ValidationError(_E_DELETED, context=CTX)
    rows = crepo.events_for_contact(contact.id)
    if any(r.corrects_id == event_id for r in rows):
        raise ValidationError(_E_ALREADY_CORRECTED, context=CTX)
    if void:
        event = ConsentEvent(kind=EventKind.CORRECTION, occurred_at=session.now(), supersedes=event_id,
                             memo=reason_text, recorded_by=session.user.uid)
        action = "void"
    else:
        new_outcome = Outcome(outcome) if outcome is not None else None
        if new_outcome is None or new_outcome.value == original.outcome:
            raise ValidationError(_E_SAME_OUTCOME, context=CTX)
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

"""Consent records: times, views, shared helpers and retention (A1-A5)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from desktop.domain import addresses, office_time, retention
from desktop.domain.consent import (
    SUPPRESSING,
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
from desktop.domain.text_normalise import normalise_word, strip_controls
from desktop.services import scripts as script_service
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo

CTX = "Consent"

NAME_MAX = 100
FURIGANA_MAX = 100
MEMO_MAX = 2000
RECORDING_MAX = 200


E_NAME_LONG = QT_TRANSLATE_NOOP("Consent", "The name is too long (at most %1 characters).")
E_FURIGANA_LONG = QT_TRANSLATE_NOOP("Consent", "The furigana is too long (at most %1 characters).")
E_MEMO_LONG = QT_TRANSLATE_NOOP("Consent", "The memo is too long (at most %1 characters).")
E_RECORDING_LONG = QT_TRANSLATE_NOOP("Consent", "The call-recording reference is too long (at most %1 characters).")
E_REASON = QT_TRANSLATE_NOOP("Consent", "Say why the record is being corrected.")
E_NOT_CORRECTABLE = QT_TRANSLATE_NOOP("Consent", "Only a capture or an earlier correction can be corrected.")
E_ALREADY_CORRECTED = QT_TRANSLATE_NOOP("Consent", "This record has already been corrected. Correct the latest correction instead.")
E_SAME_OUTCOME = QT_TRANSLATE_NOOP("Consent", "The record already has this outcome.")
E_DELETED = QT_TRANSLATE_NOOP("Consent", "The personal data of this contact has been deleted.")

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
    other_spelling: bool = False  # found under another spelling of the same mailbox (Gmail dots, +tags)

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
    text = strip_controls(text)
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


def contact_eligibility(session: Session, contact: crepo.ContactRow,
                         rows: Sequence[crepo.EventRow]) -> Eligibility:
    return decide([domain_event(r) for r in rows], deleted=contact.deleted, address_valid=contact.address_valid,
                  on=today(session))


def consent_time(decision: Eligibility, events: Sequence[ConsentEvent]) -> str | None:
    """When the consent that makes the address eligible was given (ISO UTC), else None."""
    if not decision.eligible or decision.basis_event_id is None:
        return None
    return next((iso(e.occurred_at) for e in events if e.event_id == decision.basis_event_id), None)


def sync_status(session: Session, contact: crepo.ContactRow, decision: Eligibility,
                events: Sequence[ConsentEvent] = ()) -> None:
    """Write the status cache (status, eligible, reason, consent time: what the send list reads) and
    the suppression list from a decision over ``events`` (inside a transaction)."""
    at = iso(session.now())
    crepo.update_contact(contact.id, status=decision.status.value, eligible=decision.eligible,
                         reason=decision.reason.value, consent_at=consent_time(decision, events), updated_at=at)
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
    sync_status(session, contact, after, [*history, stored])
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


def stop_moment(decision: Eligibility, rows: Sequence[crepo.EventRow]) -> datetime | None:
    if decision.deciding_event_id is not None:
        for r in rows:
            if r.id == decision.deciding_event_id:
                return parse_iso(r.occurred_at)
    if not rows:
        return None
    return max(parse_iso(r.occurred_at) for r in rows)

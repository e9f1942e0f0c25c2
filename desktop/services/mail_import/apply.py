"""Applying a mail service's unsubscribes, bounces and complaints to the office's contacts.

:func:`preview` reads the file and says, per address, what confirming would do; nothing is
written. :func:`confirm` applies all of it in one transaction: an unsubscribe takes effect at
once (an UNSUBSCRIBE event and a processed request with the channel "mail service", at the
service's own time when it can be read), a complaint is an unsubscribe with the reason
"complaint", a hard bounce takes the address off every send list (a BOUNCE event); a soft bounce
and a row of a still-subscribed reader are only counted. An address the office does not hold is
left alone (nothing is recorded about it). An address that is already suppressed is left alone,
so importing the same file again changes nothing. One audit entry per import: the counts by
outcome, the file's SHA-256 and its format, never an address. Consent records are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from desktop.domain import addresses, office_time
from desktop.domain.consent import SUPPRESSING, ConsentEvent, EventKind, RouteChannel
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.mail_services import FileFormat, Outcome
from desktop.domain.roles import Action
from desktop.services import consent
from desktop.services.lp_import.parsing import ImportCancelled, parse_date
from desktop.services.mail_import.reading import read_file
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

CTX = "MailImport"
PROGRESS_EVERY = 2000
SAMPLE_SIZE = 20

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Effect(StrEnum):
    """What confirming does with one address, as the preview counts it."""

    UNSUBSCRIBE_NOW = "unsubscribe_now"
    COMPLAINT = "complaint"
    HARD_BOUNCE = "hard_bounce"
    ALREADY_SUPPRESSED = "already_suppressed"
    AGREED_SINCE = "agreed_since"
    UNKNOWN = "unknown"
    SOFT_BOUNCE = "soft_bounce"
    STILL_SUBSCRIBED = "still_subscribed"
    INVALID_ROW = "invalid_row"
    DUPLICATE = "duplicate"

    @property
    def label(self) -> str:
        return _EFFECT_LABELS[self]

    @property
    def changes(self) -> bool:
        return self in (Effect.UNSUBSCRIBE_NOW, Effect.COMPLAINT, Effect.HARD_BOUNCE)


_EFFECT_LABELS = {
    Effect.UNSUBSCRIBE_NOW: QT_TRANSLATE_NOOP("MailImport", "Unsubscribed now"),
    Effect.COMPLAINT: QT_TRANSLATE_NOOP("MailImport", "Complaint (unsubscribed now)"),
    Effect.HARD_BOUNCE: QT_TRANSLATE_NOOP("MailImport", "Hard bounce (taken off every send list)"),
    Effect.ALREADY_SUPPRESSED: QT_TRANSLATE_NOOP("MailImport", "Already off the send list (no change)"),
    Effect.AGREED_SINCE: QT_TRANSLATE_NOOP(
        "MailImport", "Agreed again at the office after the service's date (no change)"),
    Effect.UNKNOWN: QT_TRANSLATE_NOOP("MailImport", "Address not in the office (nothing recorded)"),
    Effect.SOFT_BOUNCE: QT_TRANSLATE_NOOP("MailImport", "Soft bounce (counted only)"),
    Effect.STILL_SUBSCRIBED: QT_TRANSLATE_NOOP("MailImport", "Still subscribed (no change)"),
    Effect.INVALID_ROW: QT_TRANSLATE_NOOP("MailImport", "Row without a usable address"),
    Effect.DUPLICATE: QT_TRANSLATE_NOOP("MailImport", "Repeated address (counted once)"),
}

_KIND_OF = {Effect.UNSUBSCRIBE_NOW: EventKind.UNSUBSCRIBE, Effect.COMPLAINT: EventKind.COMPLAINT,
            Effect.HARD_BOUNCE: EventKind.BOUNCE}
_EFFECT = {Outcome.UNSUBSCRIBE: Effect.UNSUBSCRIBE_NOW, Outcome.COMPLAINT: Effect.COMPLAINT,
           Outcome.HARD_BOUNCE: Effect.HARD_BOUNCE, Outcome.SOFT_BOUNCE: Effect.SOFT_BOUNCE,
           Outcome.STILL_SUBSCRIBED: Effect.STILL_SUBSCRIBED, Outcome.INVALID_ROW: Effect.INVALID_ROW}
# When one address appears with several outcomes, the strongest counts.
_STRENGTH = {Outcome.COMPLAINT: 5, Outcome.HARD_BOUNCE: 4, Outcome.UNSUBSCRIBE: 3, Outcome.SOFT_BOUNCE: 2,
             Outcome.STILL_SUBSCRIBED: 1, Outcome.INVALID_ROW: 0}
_SUPPRESSING = {s.value for s in SUPPRESSING}


@dataclass(frozen=True, slots=True)
class PlannedRow:
    line: int  # row number in its table (header = 1)
    part: str  # the table's name (the ZIP member's, or the file's)
    address: str  # normalised; shown only to a user allowed to import, never logged
    effect: Effect
    contact_id: int | None = None
    occurred_at: datetime | None = None  # the service's own time, when it could be read


@dataclass(frozen=True)
class SuppressionPreview:
    file_name: str
    sha256: str
    formats: tuple[FileFormat, ...]
    rows: tuple[PlannedRow, ...] = field(repr=False)
    counts: dict[Effect, int] = field(default_factory=dict)
    skipped_members: tuple[str, ...] = ()

    @property
    def changes(self) -> int:
        return sum(n for e, n in self.counts.items() if e.changes)

    def sample(self, n: int = SAMPLE_SIZE) -> list[PlannedRow]:
        """The first rows of each effect, changes first, at most ``n`` in all."""
        order = list(Effect)
        return sorted(self.rows, key=lambda r: (order.index(r.effect), r.part, r.line))[:n]


@dataclass(frozen=True)
class SuppressionResult:
    counts: dict[Effect, int]  # what actually happened
    changed: int
    audit_seq: int


def _when(text: str, now: datetime) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and 9 <= len(text) <= 10:  # SendGrid's Unix time stamps
        found: datetime | None = datetime.fromtimestamp(int(text), UTC)
    else:
        try:
            found = parse_date(text)
        except (ValueError, OverflowError):
            return None
    if found is None:
        return None
    if ":" not in text and not text.isdigit():  # a date without a time: the stop counts from the end of that day
        found = min(office_time.day_end(office_time.office_date(found)) - timedelta(microseconds=1), now)
    if found > now:
        return None
    return found


def _check(progress: ProgressFn | None, cancelled: CancelFn | None, done: int, total: int) -> None:
    if done % PROGRESS_EVERY == 0:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)


def preview(session: Session, path: Path | str, fmt: FileFormat | str | None = None,
            progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> SuppressionPreview:
    """What importing ``path`` would do (nothing is written)."""
    session.require(Action.UNSUBSCRIBE)
    chosen = FileFormat(fmt) if fmt else None
    data = read_file(Path(path), chosen, cancelled=cancelled)
    now = session.now()
    total = sum(len(p.rows) for p in data.parts)
    best: dict[str, tuple[int, str, str, Outcome, str]] = {}  # key -> (line, part, address, outcome, when)
    invalid: list[PlannedRow] = []
    dupes: list[PlannedRow] = []
    done = 0
    for part in data.parts:
        for row in part.rows:
            done += 1
            _check(progress, cancelled, done, total)
            address = addresses.normalise(row.address) if row.address else ""
            if row.outcome is Outcome.INVALID_ROW or not addresses.check(address).valid:
                invalid.append(PlannedRow(row.line, part.name, address, Effect.INVALID_ROW))
                continue
            key = addresses.canonical_key(address)
            seen = best.get(key)
            if seen is None:
                best[key] = (row.line, part.name, address, row.outcome, row.when)
                continue
            dupes.append(PlannedRow(row.line, part.name, address, Effect.DUPLICATE))
            if _STRENGTH[row.outcome] > _STRENGTH[seen[3]]:
                best[key] = (row.line, part.name, address, row.outcome, row.when)
    contacts = crepo.contacts_by_keys(best)
    planned: list[PlannedRow] = []
    for key, (line, name, address, outcome, when) in best.items():
        contact = contacts.get(key)
        effect = _EFFECT[outcome]
        if effect.changes:
            if contact is None:
                effect = Effect.UNKNOWN
            elif contact.status in _SUPPRESSING or contact.deleted:
                effect = Effect.ALREADY_SUPPRESSED
        planned.append(PlannedRow(line, name, address, effect, contact.id if contact else None,
                                  _when(when, now) if effect.changes else None))
    planned = _newer_agreements(session, planned)
    rows = tuple(planned + invalid + dupes)
    counts = {e: 0 for e in Effect}
    for r in rows:
        counts[r.effect] += 1
    if progress is not None:
        progress(total, total)
    formats = tuple(dict.fromkeys(p.fmt for p in data.parts))
    return SuppressionPreview(data.name, data.sha256, formats, rows, counts, data.skipped_members)


def _stop_event(session: Session, row: PlannedRow) -> ConsentEvent:
    return ConsentEvent(kind=_KIND_OF[row.effect], occurred_at=row.occurred_at or session.now(),
                        recorded_by=session.user.uid)


def _newer_agreements(session: Session, planned: list[PlannedRow]) -> list[PlannedRow]:
    """Rows whose stop is older than an agreement the office recorded since become AGREED_SINCE."""
    ids = [r.contact_id for r in planned if r.effect.changes and r.occurred_at is not None and r.contact_id]
    if not ids:
        return planned
    contacts = crepo.contacts_by_ids(ids)
    events = crepo.events_for_contacts(ids)
    today = consent.today(session)
    out = []
    for r in planned:
        if r.effect.changes and r.occurred_at is not None and r.contact_id in contacts:
            contact = contacts[r.contact_id]
            history = [consent.domain_event(e) for e in events.get(r.contact_id, [])]
            trial = consent.decide([*history, _stop_event(session, r)], deleted=contact.deleted,
                                   address_valid=contact.address_valid, on=today)
            if trial.eligible:
                r = PlannedRow(r.line, r.part, r.address, Effect.AGREED_SINCE, r.contact_id)
        out.append(r)
    return out


def _apply(session: Session, row: PlannedRow) -> Effect | None:
    """Apply one change (inside the transaction); else what the row turned out to be."""
    assert row.contact_id is not None
    contact = crepo.contact_by_id(row.contact_id)
    if contact is None or contact.deleted or contact.status in _SUPPRESSING:
        return Effect.ALREADY_SUPPRESSED
    event = _stop_event(session, row)
    kind, when = event.kind, event.occurred_at
    rows = crepo.events_for_contact(contact.id)
    trial = consent.decide([*(consent.domain_event(r) for r in rows), event], deleted=contact.deleted,
                           address_valid=contact.address_valid, on=consent.today(session))
    if trial.eligible:
        return Effect.AGREED_SINCE  # the office holds a newer agreement than the service's time stamp
    applied = consent.apply_event(session, contact, event, rows=rows)
    if kind is not EventKind.BOUNCE:
        now = consent.iso(session.now())
        received = consent.local_date(when).isoformat()
        crepo.insert_unsubscribe(
            contact=contact.id, address=contact.address, channel=RouteChannel.MAIL_SERVICE.value,
            received_on=received, due_on=received, done_at=now, recorded_at=now, recorded_by=session.user.uid,
            done_by=session.user.uid, memo=None, event=applied.event_id)
    return None


def confirm(session: Session, plan: SuppressionPreview) -> SuppressionResult:
    """Apply the preview in one transaction, with one audit entry (counts, SHA-256, format)."""
    session.require(Action.UNSUBSCRIBE)
    counts = dict(plan.counts)
    with repo.atomic():
        for row in plan.rows:
            if not row.effect.changes:
                continue
            became = _apply(session, row)
            if became is not None:
                counts[row.effect] -= 1
                counts[became] += 1
        changed = sum(n for e, n in counts.items() if e.changes)
        seq = session.audit("suppressions.import", target=plan.sha256, format=",".join(plan.formats),
                            changed=changed, counts={e.value: n for e, n in counts.items()})
    return SuppressionResult(counts, changed, seq)

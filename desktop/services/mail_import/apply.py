"""Applying a mail service's unsubscribes, bounces and complaints to the office's contacts.

:func:`preview` reads the file and counts, per outcome, what confirming would do, with a sample;
nothing is written. :func:`confirm` reads the same file again (its SHA-256 must not have changed)
and applies all of it in one transaction: an unsubscribe takes effect at
once (an UNSUBSCRIBE event and a processed request with the channel "mail service", at the
service's own time when it can be read), a complaint is an unsubscribe with the reason
"complaint", a hard bounce takes the address off every send list (a BOUNCE event); a soft bounce
and a row of a still-subscribed reader are only counted. An address the office does not hold is
left alone (nothing is recorded about it). An address that is already suppressed is left alone,
so importing the same file again changes nothing. One audit entry per import: the counts by
outcome, the file's SHA-256 and its format, never an address. Consent records are kept.

Bounded memory (a file of 1,000,000 rows): the rows are streamed in chunks; each chunk's
addresses are looked up together and staged in a TEMP table of digests (store.suppression_stage; on
the office server in an in-memory database of this app, matched with sealed lookups: store.server_stage),
so only a chunk of rows, the counts and a bounded sample are ever held as Python objects.
"""

from __future__ import annotations

import contextlib
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from desktop.domain import addresses, office_time
from desktop.domain.consent import SUPPRESSING, ConsentEvent, EventKind
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.mail_services import FileFormat, Outcome
from desktop.domain.mail_services.suppressions import usable
from desktop.domain.roles import Action
from desktop.services import consent
from desktop.services.lp_import import import_limits
from desktop.services.lp_import.parsing import ImportCancelled, parse_date
from desktop.services.mail_import import batch as batch_apply
from desktop.services.mail_import.reading import open_parts
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.server_stage import ServerSuppressionStage, open_stage, stages_in_memory
from desktop.store.suppression_stage import KnownRow, StagedRow, SuppressionStage

CTX = "MailImport"
PROGRESS_EVERY = 2000
CHUNK = 5000  # rows read, normalised and looked up together
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


_BY_STRENGTH = {v: k for k, v in _STRENGTH.items()}
_ORDER = {e: i for i, e in enumerate(Effect)}
_AFTER: dict[str | None, Effect] = {batch_apply.ALREADY_SUPPRESSED: Effect.ALREADY_SUPPRESSED,
                                   batch_apply.AGREED_SINCE: Effect.AGREED_SINCE}
_E_CHANGED = QT_TRANSLATE_NOOP("MailImport", "The file changed since the preview. Preview it again.")


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
    rows: tuple[PlannedRow, ...] = field(repr=False)  # the sample: at most SAMPLE_SIZE rows, changes first
    counts: dict[Effect, int] = field(default_factory=dict)
    skipped_members: tuple[str, ...] = ()
    path: Path | None = field(default=None, repr=False)  # read again by confirm
    chosen: FileFormat | None = None  # the format the user chose (None: recognised)
    total: int = 0  # rows read

    @property
    def changes(self) -> int:
        return sum(n for e, n in self.counts.items() if e.changes)

    def sample(self, n: int = SAMPLE_SIZE) -> list[PlannedRow]:
        """The first rows of each effect, changes first, at most ``n`` in all."""
        return sorted(self.rows, key=_sample_key)[:n]


@dataclass(frozen=True)
class SuppressionResult:
    counts: dict[Effect, int]  # what actually happened
    changed: int
    audit_seq: int


def _sample_key(r: PlannedRow) -> tuple[int, str, int]:
    return (_ORDER[r.effect], r.part, r.line)


class _Sample:
    """The SAMPLE_SIZE first rows by (effect, part, line): a bounded heap."""

    def __init__(self) -> None:
        self.heap: list[tuple[tuple[int, int, int], int, PlannedRow]] = []
        self.seq = 0

    def add(self, row: PlannedRow, part_index: int) -> None:
        key = (-_ORDER[row.effect], -part_index, -row.line)  # a max-heap of the smallest keys
        self.seq += 1
        if len(self.heap) < SAMPLE_SIZE:
            heapq.heappush(self.heap, (key, self.seq, row))
        elif key > self.heap[0][0]:
            heapq.heapreplace(self.heap, (key, self.seq, row))

    def rows(self) -> tuple[PlannedRow, ...]:
        return tuple(sorted((r for _k, _s, r in self.heap), key=_sample_key))


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


def _cancel(cancelled: CancelFn | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _check(progress: ProgressFn | None, cancelled: CancelFn | None, done: int, total: int) -> None:
    if done % PROGRESS_EVERY == 0:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)


@dataclass
class _Run:
    """One pass over the file: counts, the sample, and (on confirm) the changes made."""

    counts: dict[Effect, int]
    sample: _Sample
    total: int = 0
    sha256: str = ""
    formats: tuple[FileFormat, ...] = ()
    skipped: tuple[str, ...] = ()
    file_name: str = ""
    duplicates_shown: int = 0


def _stage_chunk(stage: SuppressionStage | ServerSuppressionStage, chunk: list[tuple[int, int, str, Outcome, str]],
                 part_names: list[str], run: _Run) -> None:
    """Normalise and stage one chunk of (part, line, address, outcome, when) rows."""
    staged: list[StagedRow] = []
    for part, line, raw, outcome, when in chunk:
        address = addresses.normalise(raw) if raw else ""
        if outcome is Outcome.INVALID_ROW or not usable(address):
            run.counts[Effect.INVALID_ROW] += 1
            run.sample.add(PlannedRow(line, part_names[part], address, Effect.INVALID_ROW), part)
            continue
        # canonical_key and mailbox_key of the normalised address without normalising it twice more
        key = address.lower() if address[:7].lower() != "mailto:" else addresses.canonical_key(address)
        mailbox = addresses.mailbox_of_key(key)
        staged.append((key, None if mailbox == key else mailbox, _STRENGTH[outcome], line, part, when,
                       None if address == key else address))
    if run.duplicates_shown < SAMPLE_SIZE:  # a few repeated rows for the sample
        seen = stage.present([r[0] for r in staged])
        for key, _m, _s, line, part, _w, as_read in staged:
            if key in seen and run.duplicates_shown < SAMPLE_SIZE:
                run.duplicates_shown += 1
                run.sample.add(PlannedRow(line, part_names[part], as_read or key, Effect.DUPLICATE), part)
            seen.add(key)
    stage.add(staged)


def _decide(session: Session, batch: list[KnownRow], part_names: list[str], now: datetime,
            apply: bool) -> list[PlannedRow]:
    """The effect for each staged address the office holds; with ``apply``, the changes are made (the
    newer-agreement check is then part of applying them)."""
    by_mailbox = crepo.contacts_by_keys(k for k, *_, c in batch if c is None)  # another spelling of the mailbox
    contacts = crepo.contacts_by_ids([c for *_, c in batch if c is not None])
    planned: list[PlannedRow] = []
    for key, strength, line, part, when, address, cid in batch:
        contact = contacts.get(cid) if cid is not None else by_mailbox.get(key)
        if contact is None:
            continue
        effect = _EFFECT[_BY_STRENGTH[strength]]
        if effect.changes and (contact.status in _SUPPRESSING or contact.deleted):
            effect = Effect.ALREADY_SUPPRESSED
        planned.append(PlannedRow(line, part_names[part], address, effect, contact.id,
                                  _when(when, now) if effect.changes else None))
    if not apply:
        return _newer_agreements(session, planned)
    changing = [r for r in planned if r.effect.changes]
    whats = iter(batch_apply.apply_stops(session, [(r.contact_id or 0, _stop_event(session, r)) for r in changing]))
    return [PlannedRow(r.line, r.part, r.address, _AFTER.get(next(whats), r.effect), r.contact_id, r.occurred_at)
            if r.effect.changes else r for r in planned]


def _pass(session: Session, path: Path, fmt: FileFormat | None, progress: ProgressFn | None,
          cancelled: CancelFn | None, apply: bool, expect: str | None = None,
          finish: Callable[[_Run], None] | None = None, hold: bool = False) -> _Run:
    """Read the file once (streamed), stage its addresses, decide each one the office holds, and on
    ``apply`` make the changes (the caller holds the transaction)."""
    run = _Run({e: 0 for e in Effect}, _Sample())
    now = session.now()
    with open_parts(path, fmt, cancelled=cancelled, limits=import_limits(session)) as data:
        if expect is not None and data.sha256 != expect:
            raise ValidationError(_E_CHANGED, context=CTX)
        run.sha256, run.file_name, run.skipped = data.sha256, data.name, data.skipped_members
        run.formats = tuple(dict.fromkeys(p.fmt for p in data.parts))
        part_names = [p.name for p in data.parts]
        estimated = max(1, sum(p.estimated for p in data.parts))
        with open_stage(lambda: _cancel(cancelled)) as stage:
            chunk: list[tuple[int, int, str, Outcome, str]] = []
            for index, part in enumerate(data.parts):
                for row in part.rows:
                    run.total += 1
                    _check(progress, cancelled, run.total, max(estimated, run.total))
                    chunk.append((index, row.line, row.address, row.outcome, row.when))
                    if len(chunk) >= CHUNK:
                        _stage_chunk(stage, chunk, part_names, run)
                        chunk = []
            _stage_chunk(stage, chunk, part_names, run)
            _cancel(cancelled)
            with repo.atomic() if hold else contextlib.nullcontext():  # (see confirm)
                valid = run.total - run.counts[Effect.INVALID_ROW]
                run.counts[Effect.DUPLICATE] = valid - stage.distinct()
                for strength, n in stage.unknown_by_strength().items():
                    effect = _EFFECT[_BY_STRENGTH[strength]]
                    run.counts[Effect.UNKNOWN if effect.changes else effect] += n
                for batch in stage.known():
                    _cancel(cancelled)
                    for planned in _decide(session, batch, part_names, now, apply):
                        run.counts[planned.effect] += 1
                        run.sample.add(planned, part_names.index(planned.part))
                if finish is not None:
                    finish(run)
    if progress is not None:
        progress(run.total, run.total)
    return run


def preview(session: Session, path: Path | str, fmt: FileFormat | str | None = None,
            progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> SuppressionPreview:
    """What importing ``path`` would do: counts by outcome and a sample (nothing is written)."""
    session.require(Action.UNSUBSCRIBE)
    chosen = FileFormat(fmt) if fmt else None
    run = _pass(session, Path(path), chosen, progress, cancelled, apply=False)
    return SuppressionPreview(run.file_name, run.sha256, run.formats, run.sample.rows(), run.counts, run.skipped,
                              Path(path), chosen, run.total)


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


def confirm(session: Session, plan: SuppressionPreview, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None) -> SuppressionResult:
    """Read the previewed file again and apply it in one transaction, with one audit entry (counts, SHA-256,
    format). A cancel, a changed file or any failure leaves nothing behind."""
    session.require(Action.UNSUBSCRIBE)
    if plan.path is None:
        raise ValidationError(_E_CHANGED, context=CTX)
    seq = 0

    def audit(run: _Run) -> None:
        nonlocal seq
        seq = session.audit("suppressions.import", target=run.sha256, format=",".join(run.formats),
                            changed=sum(n for e, n in run.counts.items() if e.changes),
                            counts={e.value: n for e, n in run.counts.items()})

    if stages_in_memory():
        # the office server: the file is read and staged in this app before the transaction begins, so the other
        # PCs keep saving while it is read; the match, the changes and the audit entry are one transaction
        run = _pass(session, plan.path, plan.chosen, progress, cancelled, apply=True, expect=plan.sha256,
                    finish=audit, hold=True)
    else:
        with repo.atomic():
            run = _pass(session, plan.path, plan.chosen, progress, cancelled, apply=True, expect=plan.sha256,
                        finish=audit)
    return SuppressionResult(run.counts, sum(n for e, n in run.counts.items() if e.changes), seq)

"""Landing-page import: confirming a preview, all or nothing.

The file is read again (its SHA-256 must still be the previewed one, before and after the pass)
and classified chunk by chunk exactly as the preview did, against the contacts as they were
before the import began; each chunk is written as it is classified (new contacts and their
events with one prepared statement each; known contacts with their histories read for the whole
chunk at once). Everything happens in ONE transaction: a changed file, a changed database, a
cancel or any failure rolls it all back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime
from typing import Any

from desktop.domain import addresses
from desktop.domain.consent import (
    SUPPRESSING,
    Channel,
    ConsentEvent,
    EventKind,
    Outcome,
    validate_capture,
)
from desktop.domain.errors import ValidationError
from desktop.domain.roles import Action
from desktop.exports import readers
from desktop.services import consent
from desktop.services import scripts as script_service
from desktop.services.consent.records import consent_time
from desktop.services.lp_import.classify import (
    ChunkMark,
    Classifier,
    FirstRows,
    Record,
    RowPlan,
    changed_rows,
)
from desktop.services.lp_import.parsing import (
    CTX,
    E_CHANGED,
    E_FILE_CHANGED,
    E_NOTHING,
    CancelFn,
    ProgressFn,
    RowOutcome,
    Source,
)
from desktop.services.lp_import.preview import ImportPreview, ImportResult, import_limits
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.contacts_repo import bulk as cbulk

# the rows an import writes: joins, kept records without opt-in, and refusals stated in the file
_APPLIED = (RowOutcome.JOIN, RowOutcome.NO_OPT_IN, RowOutcome.REFUSED)


@contextmanager
def _rows_again(session: Session, preview: ImportPreview) -> Iterator[Iterator[Record]]:
    """The previewed rows once more: the file read again (the same bytes), or the rows kept."""
    if preview.given_rows is not None:
        yield iter(preview.given_rows)
        return
    assert preview.path is not None
    with ExitStack() as stack:
        try:
            table = stack.enter_context(readers.open_file(preview.path, limits=import_limits(session)))
        except ValidationError:  # gone, unreadable, or over a limit now
            raise ValidationError(E_FILE_CHANGED, context=CTX) from None
        if table.sha256 != preview.file_sha256 or table.headers != preview.headers:
            raise ValidationError(E_FILE_CHANGED, context=CTX)
        yield table.rows
    if readers.file_sha256(preview.path) != preview.file_sha256:  # changed while it was read
        raise ValidationError(E_FILE_CHANGED, context=CTX)


class _Writer:
    """Writes one chunk of plans at a time (inside the import's transaction)."""

    def __init__(self, session: Session, preview: ImportPreview, stored: Any, batch_id: int) -> None:
        self.session = session
        self.source = preview.source
        self.municipal = preview.source is Source.MUNICIPAL_LP
        self.stored = stored
        self.batch_id = batch_id
        self.now = session.now()
        self.now_text = consent.iso(self.now)
        self.uid = session.user.uid
        self.hkey = consent.hmac_key(session)
        self.on = consent.today(session)
        self.first_contact = crepo.next_contact_id()
        self.next_contact = self.first_contact
        self.next_event = crepo.next_event_id()
        self.status_before: dict[int, str] = {}  # contacts whose status this import changed
        self.decided: dict[tuple[Any, ...], tuple[Any, int | None]] = {}  # each shape of history decided once
        self.created = self.joined = 0

    def capture_for(self, p: RowPlan, when: datetime) -> ConsentEvent:
        stored, uid = self.stored, self.uid
        if p.outcome is RowOutcome.REFUSED:
            return ConsentEvent(kind=EventKind.CAPTURE,
                                channel=Channel.MUNICIPAL_LP if self.municipal else Channel.OTHER_LP,
                                outcome=Outcome.REFUSED, occurred_at=when, script_version_id=stored.version_id,
                                script_hash=stored.sha256, opt_in_checked=False,
                                notice_given=None if self.municipal else True, imported=True, recorded_by=uid)
        if self.municipal:
            ticked = p.opt_in is True
            return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.MUNICIPAL_LP,
                                outcome=Outcome.AGREED if ticked else None, occurred_at=when,
                                script_version_id=stored.version_id, script_hash=stored.sha256,
                                opt_in_checked=ticked, imported=True, recorded_by=uid)
        return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.OTHER_LP, outcome=Outcome.AGREED,
                            occurred_at=when, script_version_id=stored.version_id, script_hash=stored.sha256,
                            notice_given=True, opt_in_checked=p.opt_in, imported=True, recorded_by=uid)

    def confirmation(self) -> ConsentEvent:
        return ConsentEvent(kind=EventKind.OPT_IN_CONFIRMED, occurred_at=self.now, imported=False, recorded_by=self.uid)

    def confirms(self, p: RowPlan) -> bool:
        """The advisor's opt-in confirmation is recorded for a municipal row that joins (A1)."""
        return self.municipal and p.opt_in is True and p.outcome is RowOutcome.JOIN

    def _decide_new(self, p: RowPlan) -> tuple[Any, int | None]:
        """The decision for a new contact of this row's shape, and which of its events (0: the capture,
        1: the confirmation) is the basis of its consent (for the send list's ``consent_at``)."""
        shape = (p.outcome, p.opt_in is True)  # REFUSED rows are a shape of their own
        if shape not in self.decided:
            events = [dataclasses.replace(self.capture_for(p, self.now), event_id=1)]
            validate_capture(events[0])
            if self.confirms(p):
                conf = dataclasses.replace(self.confirmation(), event_id=2)
                validate_capture(conf, events)
                events.append(conf)
            decision = consent.decide(events, deleted=False, address_valid=True, on=self.on)
            basis = {1: 0, 2: 1}.get(decision.basis_event_id) if decision.eligible else None  # type: ignore[call-overload]
            self.decided[shape] = (decision, basis)
        return self.decided[shape]

    def _event_row(self, event_id: int, cid: int, ev: ConsentEvent, p: RowPlan) -> tuple[Any, ...]:
        stored = self.stored
        scripted = ev.kind is EventKind.CAPTURE
        return (event_id, cid, ev.kind.value, ev.channel.value if ev.channel else None,
                ev.outcome.value if ev.outcome else None, consent.iso(ev.occurred_at), self.now_text,
                stored.text_id if scripted else None, stored.version_id if scripted else None,
                stored.sha256 if scripted else None, stored.lang if scripted else None, ev.opt_in_checked,
                ev.notice_given, None, ev.imported, self.batch_id, p.row, self.uid)

    def write(self, plans: list[RowPlan]) -> None:
        contact_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        known: list[RowPlan] = []
        for p in plans:
            if p.outcome not in _APPLIED:
                continue
            if p.outcome is RowOutcome.NO_OPT_IN and not self.municipal:
                continue  # other LP, opt-in column says no: not imported
            if p.contact_id is not None:
                known.append(p)
                continue
            decision, basis = self._decide_new(p)
            cid = self.next_contact
            self.next_contact += 1
            key = p.key or addresses.canonical_key(p.address)
            when = p.occurred_at or self.now
            consent_at = None if basis is None else consent.iso(when) if basis == 0 else self.now_text
            # crepo.key_hash without normalising the canonical key again
            key_hash = crepo.legacy_key_hash(self.hkey, addresses.mailbox_of_key(key))
            contact_rows.append((cid, p.address, key, key_hash, p.name, p.furigana,
                                 consent.search_text(key, p.name, p.furigana), decision.status.value,
                                 decision.eligible, self.source.value, True, False, self.now_text, self.now_text,
                                 decision.reason.value, consent_at))
            event_rows.append(self._event_row(self.next_event, cid, self.capture_for(p, when), p))
            self.next_event += 1
            if self.confirms(p):
                event_rows.append(self._event_row(self.next_event, cid, self.confirmation(), p))
                self.next_event += 1
            self.created += 1
            self.joined += int(decision.eligible)
        if known:
            self._write_known(known, event_rows)
        crepo.bulk_insert_contacts(contact_rows, cached=True)
        crepo.bulk_insert_events(event_rows)

    def _write_known(self, known: list[RowPlan], event_rows: list[tuple[Any, ...]]) -> None:
        """Add the rows' events to contacts already on file: histories, contacts and suppression
        entries read for the whole chunk at once, the domain deciding each contact as before."""
        ids = {p.contact_id for p in known if p.contact_id is not None}
        contacts = crepo.contacts_by_ids(ids)
        histories = {cid: [consent.domain_event(r) for r in rows] for cid, rows in crepo.events_for_contacts(ids).items()}
        owners = cbulk.suppression_owners(c.key_hash for c in contacts.values())
        updates: dict[int, tuple[str, bool, str, str | None, str, int]] = {}
        for p in known:
            assert p.contact_id is not None
            contact = contacts[p.contact_id]
            history = histories[contact.id]
            events = [self.capture_for(p, p.occurred_at or self.now)]
            if self.confirms(p):
                events.append(self.confirmation())
            for ev in events:
                validate_capture(ev, history)
                history.append(dataclasses.replace(ev, event_id=self.next_event))
                event_rows.append(self._event_row(self.next_event, contact.id, ev, p))
                self.next_event += 1
            after = consent.decide(history, deleted=contact.deleted, address_valid=contact.address_valid, on=self.on)
            if after.status.value != contact.status:
                self.status_before.setdefault(contact.id, contact.status)
            contact = dataclasses.replace(contact, status=after.status.value, eligible=after.eligible)
            contacts[contact.id] = contact
            updates[contact.id] = (after.status.value, after.eligible, after.reason.value,
                                   consent_time(after, history), self.now_text, contact.id)
            reason = SUPPRESSING.get(after.status)
            if reason is not None:
                crepo.put_suppression(contact.key_hash, reason, contact.id, self.now_text)
                owners[contact.key_hash] = contact.id
            elif owners.get(contact.key_hash) == contact.id:
                crepo.remove_suppression(contact.key_hash)
                owners.pop(contact.key_hash)
            self.joined += int(after.eligible)
        cbulk.bulk_update_status(list(updates.values()))


def confirm(session: Session, preview: ImportPreview, *, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None) -> ImportResult:
    """The advisor confirms the preview: import it all in one transaction (or nothing)."""
    session.require(Action.LP_IMPORT)
    if not any(preview.counts.get(o) for o in _APPLIED):
        raise ValidationError(E_NOTHING, context=CTX)
    source = preview.source
    total = preview.total
    with repo.atomic():
        stored = script_service.resolve_shown(session, preview.wording.version_row_id, preview.wording.lang,
                                              preview.wording.sha256, channel=source.value)
        batch_id = crepo.insert_import_batch(
            source=source.value, file_name_hash=preview.file_name_hash, file_sha256=preview.file_sha256,
            file_kind=preview.file_kind, encoding=preview.encoding, total_rows=total,
            counts={o.value: n for o, n in preview.counts.items()}, mapping=preview.mapping,
            notice_text_id=stored.text_id, confirmed_by=session.user.uid, confirmed_at=consent.iso(session.now()))
        writer = _Writer(session, preview, stored, batch_id)
        classifier = Classifier(session, source, preview.headers, preview.mapping,
                                now=preview.checked_at or writer.now, below_id=writer.first_contact,
                                status_before=writer.status_before, invalid_rows=preview.invalid_rows)
        marks = iter(preview.chunks)
        changed = 0

        def on_chunk(plans: list[RowPlan], mark: ChunkMark) -> None:
            nonlocal changed
            before: ChunkMark = next(marks, (b"", ()))
            if before[1] == ():
                changed += len(plans)  # more rows than the preview had
                return
            changed += changed_rows(before, mark)
            if not changed:  # once anything differs, only classify the rest (to count), write nothing
                writer.write(plans)

        with _rows_again(session, preview) as records:
            tally = classifier.run(records, FirstRows(total), progress=progress, cancelled=cancelled, total=total,
                                   on_chunk=on_chunk)
        changed += sum(sum(counts) for _digest, counts in marks)  # rows the preview had and this pass did not
        if changed:
            raise ValidationError(E_CHANGED, changed, context=CTX)
        crepo.set_mapping(source.value, preview.mapping, writer.now_text, session.user.uid)
        counts: dict[str, Any] = {o.value: n for o, n in preview.counts.items()}
        seq = session.audit("import.confirm", target=str(batch_id), source=source.value, total=total,
                            created=writer.created, joined=writer.joined, file_kind=preview.file_kind,
                            file_sha256=preview.file_sha256, wording=stored.version_id, **counts)
    if progress is not None:
        progress(tally.total, tally.total)
    return ImportResult(batch_id, dict(preview.counts), writer.created, writer.joined, total, seq)

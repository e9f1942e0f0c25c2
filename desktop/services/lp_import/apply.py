"""Landing-page import: confirming a preview, all or nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.domain import addresses
from desktop.domain.consent import Channel, ConsentEvent, ContactStatus, EventKind, Outcome, validate_capture
from desktop.domain.errors import ValidationError
from desktop.domain.roles import Action
from desktop.services import consent
from desktop.services import scripts as script_service
from desktop.services.lp_import.parsing import (
    CTX,
    E_CHANGED,
    E_NOTHING,
    CancelFn,
    ImportCancelled,
    ProgressFn,
    RowOutcome,
    Source,
)
from desktop.services.lp_import.preview import (
    ImportPreview,
    ImportResult,
    RowPlan,
    check_progress,
)
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

# ---------------------------------------------------------------------------------------------
# Confirm
# ---------------------------------------------------------------------------------------------


# the rows an import writes: joins, kept records without opt-in, and refusals stated in the file
_APPLIED = (RowOutcome.JOIN, RowOutcome.NO_OPT_IN, RowOutcome.REFUSED)

def confirm(session: Session, preview: ImportPreview, *, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None) -> ImportResult:
    """The advisor confirms the preview: import it all in one transaction (or nothing)."""
    session.require(Action.LP_IMPORT)
    if not any(p.outcome in _APPLIED for p in preview.rows):
        raise ValidationError(E_NOTHING, context=CTX)
    source = preview.source
    municipal = source is Source.MUNICIPAL_LP
    now = session.now()
    now_text = consent.iso(now)
    uid = session.user.uid
    hkey = consent.hmac_key(session)
    on = consent.today(session)
    total = len(preview.rows)
    with repo.atomic():
        # re-check against the database as it is now (someone may have saved an entry meanwhile)
        existing = crepo.contacts_by_keys(p.key for p in preview.rows
                                          if p.key and p.outcome in _APPLIED)
        changed = 0
        for p in preview.rows:
            if p.outcome not in _APPLIED or p.key is None:
                continue
            c = existing.get(p.key)
            if (c.id if c else None) != p.contact_id or (
                    c is not None and ContactStatus(c.status) in consent.SUPPRESSING):
                changed += 1
        if changed:
            raise ValidationError(E_CHANGED, changed, context=CTX)
        stored = script_service.resolve_shown(session, preview.wording.version_row_id, preview.wording.lang,
                                              preview.wording.sha256, channel=source.value)
        batch_id = crepo.insert_import_batch(
            source=source.value, file_name_hash=preview.file_name_hash, file_sha256=preview.file_sha256,
            file_kind=preview.file_kind, encoding=preview.encoding, total_rows=total,
            counts={o.value: n for o, n in preview.counts.items()}, mapping=preview.mapping,
            notice_text_id=stored.text_id, confirmed_by=uid, confirmed_at=now_text)

        # the domain decides each shape of history once (all rows of one shape are alike)
        decided: dict[tuple[Any, ...], Any] = {}

        def capture_for(p: RowPlan, when: datetime) -> ConsentEvent:
            ticked = p.opt_in is True
            if p.outcome is RowOutcome.REFUSED:
                return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.MUNICIPAL_LP if municipal else Channel.OTHER_LP,
                                    outcome=Outcome.REFUSED, occurred_at=when, script_version_id=stored.version_id,
                                    script_hash=stored.sha256, opt_in_checked=False,
                                    notice_given=None if municipal else True, imported=True, recorded_by=uid)
            if municipal:
                return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.MUNICIPAL_LP,
                                    outcome=Outcome.AGREED if ticked else None, occurred_at=when,
                                    script_version_id=stored.version_id, script_hash=stored.sha256,
                                    opt_in_checked=ticked, imported=True, recorded_by=uid)
            return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.OTHER_LP, outcome=Outcome.AGREED,
                                occurred_at=when, script_version_id=stored.version_id, script_hash=stored.sha256,
                                notice_given=True, opt_in_checked=p.opt_in, imported=True, recorded_by=uid)

        def confirmation(when: datetime) -> ConsentEvent:
            return ConsentEvent(kind=EventKind.OPT_IN_CONFIRMED, occurred_at=when, imported=False, recorded_by=uid)

        def decide_new(p: RowPlan) -> Any:
            shape = (p.outcome, p.opt_in is True)  # REFUSED rows are a shape of their own
            if shape not in decided:
                cap = capture_for(p, now)
                validate_capture(cap)
                events = [cap]
                if municipal and p.opt_in is True and p.outcome is RowOutcome.JOIN:
                    conf = confirmation(now)
                    validate_capture(conf, events)
                    events.append(conf)
                decided[shape] = consent.decide(events, deleted=False, address_valid=True, on=on)
            return decided[shape]

        contact_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        next_contact = crepo.next_contact_id()
        next_event = crepo.next_event_id()
        created = joined = 0
        for done, p in enumerate(preview.rows, start=1):
            check_progress(progress, cancelled, done, total)
            if p.outcome not in _APPLIED:
                continue
            if p.outcome is RowOutcome.NO_OPT_IN and not municipal:
                continue  # other LP, opt-in column says no: not imported
            when = p.occurred_at or now
            if p.contact_id is not None:
                contact = crepo.contact_by_id(p.contact_id)
                assert contact is not None
                applied = consent.apply_event(session, contact, capture_for(p, when), script_text_id=stored.text_id,
                                              lang=stored.lang, import_batch_id=batch_id, import_row=p.row)
                if municipal and p.opt_in is True and p.outcome is RowOutcome.JOIN:
                    applied = consent.apply_event(session, contact, confirmation(now))
                joined += int(applied.after.eligible)
                continue
            decision = decide_new(p)
            cid = next_contact
            next_contact += 1
            key = p.key or addresses.canonical_key(p.address)
            contact_rows.append((cid, p.address, key, crepo.key_hash(hkey, key), p.name, p.furigana,
                                 consent.search_text(key, p.name, p.furigana), decision.status.value,
                                 decision.eligible, source.value, True, False, now_text, now_text))
            cap = capture_for(p, when)
            event_rows.append((next_event, cid, cap.kind.value, cap.channel.value if cap.channel else None,
                               cap.outcome.value if cap.outcome else None, consent.iso(when), now_text,
                               stored.text_id, stored.version_id, stored.sha256, stored.lang, cap.opt_in_checked,
                               cap.notice_given, None, True, batch_id, p.row, uid))
            next_event += 1
            if municipal and p.opt_in is True:
                event_rows.append((next_event, cid, EventKind.OPT_IN_CONFIRMED.value, None, None, now_text,
                                   now_text, None, None, None, None, None, None, None, False, batch_id, p.row, uid))
                next_event += 1
            created += 1
            joined += int(decision.eligible)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        crepo.bulk_insert_contacts(contact_rows)
        crepo.bulk_insert_events(event_rows)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        crepo.set_mapping(source.value, preview.mapping, now_text, uid)
        counts: dict[str, Any] = {o.value: n for o, n in preview.counts.items()}
        seq = session.audit("import.confirm", target=str(batch_id), source=source.value, total=total,
                            created=created, joined=joined, file_kind=preview.file_kind,
                            wording=stored.version_id, **counts)
    if progress is not None:
        progress(total, total)
    return ImportResult(batch_id, dict(preview.counts), created, joined, total, seq)

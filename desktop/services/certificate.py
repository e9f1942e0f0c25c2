"""Consent certificate (issue 16): for one address, every capture with its exact script or notice text and hash,
the stops (unsubscribes, complaints, bounces, deletion), the unsubscribe requests and the retention date.

:func:`gather` collects the facts (role-checked: ``EXPORT`` for a certificate handed to the caller,
``RIGHTS_REQUESTS`` for an inquiry or A6 disclosure). :func:`write` is the deliberate export: the
caller (the UI) renders the PDF with Qt's printing and passes the bytes' maker; the audit entry
(contact id, purpose, counts, SHA-256, never the address) and the pending-export record commit
first, then the file is published in one step (:func:`desktop.fileio.publish`), like every export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from desktop.domain.consent import Channel, EventKind, RouteChannel
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.fileio import publish
from desktop.services import consent, export_pending, scripts
from desktop.services.export_model import ExportFailed
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

CTX = "Certificate"


class Purpose(StrEnum):
    CALLER = "caller"  # handed to the person the record is about
    INQUIRY = "inquiry"  # an authority's inquiry, or a disclosure request (A6)

    @property
    def label(self) -> str:
        return _PURPOSE_LABELS[self]


_PURPOSE_LABELS = {
    Purpose.CALLER: QT_TRANSLATE_NOOP("Certificate", "For the person concerned"),
    Purpose.INQUIRY: QT_TRANSLATE_NOOP("Certificate", "For an inquiry or a disclosure request"),
}
ACTIONS = {Purpose.CALLER: Action.EXPORT, Purpose.INQUIRY: Action.RIGHTS_REQUESTS}
_STOPS = {EventKind.UNSUBSCRIBE.value, EventKind.COMPLAINT.value, EventKind.BOUNCE.value, EventKind.DELETION.value}
_E_NO_CONTACT = QT_TRANSLATE_NOOP("Certificate", "This contact does not exist or its data was erased.")


@dataclass(frozen=True)
class CaptureLine:
    at: datetime
    kind: str  # EventKind value
    channel: str | None  # Channel or RouteChannel value
    outcome: str | None  # consent Outcome value
    advisor: str  # the staff member's display name
    script_version: str | None
    script_text: str | None  # the exact text shown or read out
    script_hash: str | None
    opt_in_checked: bool | None
    notice_given: bool | None
    imported: bool
    superseded: bool  # corrected by a later entry


@dataclass(frozen=True)
class StopLine:
    at: datetime
    kind: str  # EventKind value: unsubscribe, complaint, bounce, deletion
    channel: str | None
    advisor: str


@dataclass(frozen=True)
class RequestLine:
    received_on: date
    channel: str  # RouteChannel value
    done_at: datetime | None


@dataclass(frozen=True)
class Certificate:
    purpose: Purpose
    office_name: str
    made_at: datetime
    made_by: str
    contact_id: int
    address: str
    name: str | None
    status: str  # ContactStatus value
    eligible: bool
    retain_until: date | None
    retention_basis: str  # translatable (context "Retention")
    captures: tuple[CaptureLine, ...]
    stops: tuple[StopLine, ...]
    requests: tuple[RequestLine, ...]


@dataclass(frozen=True)
class CertificateResult:
    path: Path
    sha256: str
    bytes: int
    audit_seq: int


def channel_label(value: str | None) -> tuple[str, str]:
    """(context, source text) of a channel code, for the UI to translate."""
    if value in {c.value for c in Channel}:
        return "Channel", Channel(value).label
    if value in {c.value for c in RouteChannel}:
        return "Unsubscribe", RouteChannel(value).label
    return "", value or ""


def gather(session: Session, contact_id: int, purpose: Purpose | str) -> Certificate:
    """Everything the certificate shows (nothing written)."""
    purpose = Purpose(purpose)
    session.require(ACTIONS[purpose], str(contact_id))
    contact = crepo.contact_by_id(contact_id)
    if contact is None or contact.deleted or not contact.address:
        raise ValidationError(_E_NO_CONTACT, context=CTX)
    rows = crepo.events_for_contact(contact.id)
    view = consent.contact_view(session, contact, rows)
    names = consent.staff_names()
    texts = crepo.script_texts_by_ids(r.script_text_id for r in rows if r.script_text_id is not None)
    corrected = {r.corrects_id for r in rows if r.corrects_id is not None}
    captures: list[CaptureLine] = []
    stops: list[StopLine] = []
    for r in rows:
        at = consent.parse_iso(r.occurred_at)
        advisor = names.get(r.staff_uid, "")
        if r.kind in _STOPS:
            stops.append(StopLine(at, r.kind, r.channel, advisor))
            continue
        text = texts.get(r.script_text_id) if r.script_text_id is not None else None
        if text is None and r.script_hash:
            text = crepo.script_text_by_hash(r.script_hash)
        captures.append(CaptureLine(at, r.kind, r.channel, r.outcome, advisor, scripts.version_name(r.script_version_id),
                                    text.text if text is not None else None, r.script_hash, r.opt_in_checked,
                                    r.notice_given, r.imported, r.id in corrected))
    requests = tuple(RequestLine(date.fromisoformat(u.received_on), u.channel,
                                 consent.parse_iso(u.done_at) if u.done_at else None)
                     for u in crepo.unsubscribes_for_contact(contact.id))
    return Certificate(purpose, session.settings().office_name, session.now(), session.user.display_name,
                       contact.id, contact.address, contact.name, view.status.value, view.eligible,
                       view.retain_until, view.retention_basis, tuple(captures), tuple(stops), requests)


def write(session: Session, contact_id: int, purpose: Purpose | str, out: Path | str,
          render: Callable[[Certificate], bytes]) -> CertificateResult:
    """Gather, render (``render`` makes the PDF's bytes), audit, then publish ``out`` in one step."""
    session.require_fresh_proof()
    cert = gather(session, contact_id, purpose)
    data = render(cert)
    digest = hashlib.sha256(data).hexdigest()
    out = Path(out)
    with repo.atomic():
        # the target is the contact's id; the address and the file name (it may name the person) are not recorded
        seq = session.audit("contact.certificate", target=str(contact_id), purpose=cert.purpose.value,
                            captures=len(cert.captures), stops=len(cert.stops), sha256=digest, bytes=len(data))
        token = export_pending.begin(out, session.now(), seq)
    try:
        publish(out, data)
    except OSError:
        with repo.atomic():
            session.audit("export.failed", result="failed", export=seq)
        export_pending.finish(token)
        raise ExportFailed() from None
    export_pending.finish(token)
    return CertificateResult(out, digest, len(data), seq)

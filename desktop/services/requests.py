"""管理 → 請求 — the rights-request ledger (design A6; APPI Arts. 33–35), administrators only.

Disclosure, correction, deletion and stop-of-use requests are tracked from receipt to
completion: received date, requester (a reference), identity check, due date, status, outcome.

* Disclosure writes a file with everything held about the person (contact data, the whole
  consent history with the exact script texts, unsubscribe requests, exports that included
  the address, other requests).
* Deletion erases the personal data (address, name, furigana, memos, recording references,
  the address held in requests) and keeps only the keyed hash of the address on the
  suppression list, so a later import cannot silently add it again. The consent history
  keeps its skeleton (times, channels, outcomes, script versions, staff) without the address.
* Stop of use suppresses the address at once (an unsubscribe event); correction fixes the
  name or furigana.

Disclosure and deletion need a password proof at most five minutes old (R19).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain import addresses, rights
from desktop.domain.business_days import is_overdue
from desktop.domain.consent import ConsentEvent, EventKind
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import display, display_day
from desktop.domain.rights import RequestKind as RequestKind
from desktop.domain.rights import RequestStatus as RequestStatus
from desktop.domain.roles import Action
from desktop.exports import disclosure
from desktop.services import consent, scripts
from desktop.services import disclosure_words as words
from desktop.services.errors import NotFound, ServiceError
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

__all__ = [
    "DEFAULT_DUE_DAYS",
    "DisclosureResult",
    "RequestInfo",
    "RequestKind",
    "RequestStatus",
    "correct_data",
    "create_request",
    "delete_data",
    "disclose",
    "list_requests",
    "stop_use",
    "update_request",
]

CTX = "Requests"
DEFAULT_DUE_DAYS = rights.DEFAULT_DUE_DAYS


_E_KIND = QT_TRANSLATE_NOOP("Requests", "Choose the kind of request.")
_E_REQUESTER = QT_TRANSLATE_NOOP("Requests", "Enter who made the request (a name or a reference, at most %1 characters).")
_E_TEXT = QT_TRANSLATE_NOOP("Requests", "The text is too long (at most %1 characters).")
_E_STATUS = QT_TRANSLATE_NOOP("Requests", "Choose a status.")
_E_CLOSED = QT_TRANSLATE_NOOP("Requests", "This request is closed.")
_E_OUTCOME = QT_TRANSLATE_NOOP("Requests", "Describe the outcome before closing the request.")
_E_WRONG_KIND = QT_TRANSLATE_NOOP("Requests", "This action does not fit a request of this kind.")
_E_NO_CONTACT = QT_TRANSLATE_NOOP("Requests", "No contact with this address is held.")
_E_NO_ADDRESS = QT_TRANSLATE_NOOP("Requests", "The request names no address.")

REQUESTER_MAX = 200
TEXT_MAX = 4000


class DisclosureFailed(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The file could not be written. The folder may be "
                                           "read-only or the disk full. Nothing was changed."))


@dataclass(frozen=True)
class RequestInfo:
    request_id: int
    kind: RequestKind
    received_on: date
    requester: str
    address: str | None
    contact_id: int | None
    identity_check: str
    due_on: date
    status: RequestStatus
    outcome: str
    overdue: bool
    created_at: str
    created_by: str
    closed_at: str | None
    contact_status: str | None  # a ContactStatus value
    retain_until: date | None  # the consent record's retention date (deletion may conflict with it)


@dataclass(frozen=True)
class DisclosureResult:
    path: Path
    sha256: str
    size: int
    events: int


def _info(session: Session, row: crepo.RightsRequestRow, names: dict[str, str]) -> RequestInfo:
    status = RequestStatus(row.status)
    contact_status = None
    retain: date | None = None
    if row.contact_id is not None:
        contact = crepo.contact_by_id(row.contact_id)
        if contact is not None:
            view = consent.contact_view(session, contact)
            contact_status, retain = view.status.value, view.retain_until
    due = date.fromisoformat(row.due_on)
    return RequestInfo(row.id, RequestKind(row.kind), date.fromisoformat(row.received_on), row.requester, row.address,
                       row.contact_id, row.identity_check, due, status, row.outcome,
                       not status.closed and is_overdue(due, consent.today(session)), row.created_at,
                       names.get(row.created_by, row.created_by), row.closed_at, contact_status, retain)


def _existing(request_id: int) -> crepo.RightsRequestRow:
    row = crepo.rights_request_by_id(request_id)
    if row is None:
        raise NotFound()
    return row


def _text(value: str | None) -> str:
    return consent.clean_text(value, TEXT_MAX, _E_TEXT, context=CTX) or ""


def create_request(session: Session, *, kind: RequestKind | str, requester: str, address: str | None = None,
                   identity_check: str = "", received_on: date | None = None,
                   due_on: date | None = None) -> RequestInfo:
    session.require(Action.RIGHTS_REQUESTS)
    try:
        kind = RequestKind(kind)
    except ValueError:
        raise ValidationError(_E_KIND, context=CTX) from None
    who = consent.clean_text(requester, REQUESTER_MAX, _E_REQUESTER, context=CTX)
    if not who:
        raise ValidationError(_E_REQUESTER, REQUESTER_MAX, context=CTX)
    received, due = rights.request_dates(received_on, consent.today(session), due_on)
    normalised: str | None = None
    contact_id = None
    if address and address.strip():
        normalised = addresses.normalise(address)
        if len(normalised) > 400:
            raise ValidationError(_E_TEXT, 400, context=CTX)
        contact = crepo.contact_by_key(addresses.canonical_key(normalised))
        contact_id = contact.id if contact else None
    now = consent.iso(session.now())
    with repo.atomic():
        rid = crepo.insert_rights_request(
            kind=kind.value, received_on=received.isoformat(), requester=who, address=normalised, contact=contact_id,
            identity_check=_text(identity_check), due_on=due.isoformat(), status=RequestStatus.OPEN.value, outcome="",
            created_at=now, created_by=session.user.uid, updated_at=now)
        session.audit("request.create", target=str(rid), kind=kind.value, contact=contact_id, due=due.isoformat())
    return _info(session, _existing(rid), consent.staff_names())


def list_requests(session: Session, *, open_only: bool = False) -> list[RequestInfo]:
    """The ledger, newest first (a list naming people: audited, A7)."""
    session.require(Action.RIGHTS_REQUESTS)
    rows = crepo.rights_requests(open_only=open_only)
    with repo.atomic():
        session.audit("contact.view_list", target="rights_requests", count=len(rows))
    names = consent.staff_names()
    return [_info(session, r, names) for r in rows]


def update_request(session: Session, request_id: int, *, status: RequestStatus | str | None = None,
                   outcome: str | None = None, identity_check: str | None = None,
                   due_on: date | None = None) -> RequestInfo:
    session.require(Action.RIGHTS_REQUESTS, str(request_id))
    row = _existing(request_id)
    fields: dict[str, object] = {}
    if status is not None:
        try:
            new_status = RequestStatus(status)
        except ValueError:
            raise ValidationError(_E_STATUS, context=CTX) from None
        if new_status.value != row.status:
            fields["status"] = new_status.value
            fields["closed_at"] = consent.iso(session.now()) if new_status.closed else None
    if outcome is not None:
        fields["outcome"] = _text(outcome)
    if identity_check is not None:
        fields["identity_check"] = _text(identity_check)
    if due_on is not None:
        rights.check_due(due_on, date.fromisoformat(row.received_on))
        fields["due_on"] = due_on.isoformat()
    closing = RequestStatus(fields.get("status", row.status)).closed  # type: ignore[arg-type]
    if closing and not str(fields.get("outcome", row.outcome)).strip():
        raise ValidationError(_E_OUTCOME, context=CTX)
    if fields:
        fields["updated_at"] = consent.iso(session.now())
        with repo.atomic():
            crepo.update_rights_request(request_id, **fields)
            session.audit("request.update", target=str(request_id), fields=sorted(k for k in fields
                                                                                    if k != "updated_at"),
                          status=fields.get("status", row.status))
    return _info(session, _existing(request_id), consent.staff_names())


def _contact_for(row: crepo.RightsRequestRow) -> crepo.ContactRow | None:
    if row.contact_id is not None:
        return crepo.contact_by_id(row.contact_id)
    if row.address:
        return crepo.contact_by_key(addresses.canonical_key(row.address))
    return None


# ---------------------------------------------------------------------------------------------
# Disclosure
# ---------------------------------------------------------------------------------------------


def _yes_no(v: bool | None) -> str:
    return "-" if v is None else ("はい / yes" if v else "いいえ / no")


def _local(text: str | None) -> str:
    """A stored moment in the office's one format, Japan time (``2026/12/05 14:30``)."""
    if not text:
        return "-"
    return display(consent.parse_iso(text))


def _day(value: str | date | None) -> str:
    """A stored day (``received_on``, ``due_on``) in the office's one format (``2026/12/05``)."""
    if not value:
        return "-"
    return display_day(value if isinstance(value, date) else date.fromisoformat(value))


def _document(session: Session, row: crepo.RightsRequestRow,
              contact: crepo.ContactRow | None) -> tuple[disclosure.DisclosureDocument, int]:
    office = session.settings()
    header = [("事業者 / Office", office.office_name),
              ("個人情報保護管理責任者 / Privacy officer", f"{office.privacy_officer_name} ({office.privacy_officer_contact})"),
              ("請求番号 / Request", f"#{row.id}"),
              ("受付日 / Received", _day(row.received_on)),
              ("作成日時 / Generated", _local(consent.iso(session.now())) + " JST")]
    none = "保有している情報はありません。 / No data held."
    if contact is None:
        sections = [disclosure.Section("連絡先 / Contact", [], none)]
        return disclosure.DisclosureDocument("保有個人データの開示 / Disclosure of personal data held", header,
                                             sections), 0
    rows = crepo.events_for_contact(contact.id)
    view = consent.contact_view(session, contact, rows)
    contact_lines = [("メールアドレス / E-mail address", contact.address or "-"),
                     ("氏名 / Name", contact.name or "-"), ("フリガナ / Furigana", contact.furigana or "-"),
                     ("メモ / Memo", crepo.contact_memo(contact.id) or "-"),
                     ("配信状況 / Status", words.contact_status(view.status)),
                     ("取得経路 / Obtained through", words.channel(contact.channel)),
                     ("登録日時 / Registered", _local(contact.created_at)),
                     ("同意記録の保存期限 / Consent record kept until",
                      _day(view.retain_until) if view.retain_until else "配信中 / while mail is sent")]
    texts = crepo.script_texts_by_ids(r.script_text_id for r in rows if r.script_text_id is not None)
    names = consent.staff_names()
    event_lines: list[tuple[str, str]] = []
    for r in rows:
        parts = [f"種別 / Kind: {words.event_kind(r.kind)}", f"経路 / Channel: {words.channel(r.channel)}",
                 f"結果 / Outcome: {words.outcome(r.outcome)}"]
        if r.script_version_id:
            parts.append(f"文言 / Script: {scripts.version_name(r.script_version_id)}")
        if r.script_read_confirmed is not None:
            parts.append(f"読み上げ確認 / Script read: {_yes_no(r.script_read_confirmed)}")
        if r.opt_in_checked is not None:
            parts.append(f"オプトイン / Opt-in: {_yes_no(r.opt_in_checked)}")
        if r.notice_given is not None:
            parts.append(f"告知 / Notice: {_yes_no(r.notice_given)}")
        if r.corrects_id:
            parts.append(f"訂正対象 / Corrects: #{r.corrects_id}")
        parts.append(f"担当 / Staff: {names.get(r.staff_uid, r.staff_uid)}")
        value = "\n".join(parts)
        if r.memo:
            value += f"\nメモ / memo: {r.memo}"
        if r.recording_ref:
            value += f"\n録音 / recording: {r.recording_ref}"
        if r.script_text_id in texts:
            value += "\n文言 / text shown:\n" + texts[r.script_text_id].text
        event_lines.append((f"#{r.id} {_local(r.occurred_at)}", value))
    unsub_lines = [(f"#{u.id} {_day(u.received_on)}", f"経路 / Channel: {words.unsubscribe_channel(u.channel)}\n"
                    f"期限 / Due: {_day(u.due_on)}\n処理 / Done: {_local(u.done_at)}")
                   for u in crepo.unsubscribes_for_contact(contact.id)]
    export_lines = [(_local(at), f"出力の記録番号 / Export record: {eid}")
                    for eid, at in crepo.inclusions_for_contact(contact.id)]
    request_lines = [(f"#{q.id} {_day(q.received_on)}", words.request(q.kind, q.status))
                     for q in crepo.rights_requests_for_contact(contact.id)]
    sections = [
        disclosure.Section("連絡先 / Contact", contact_lines, none),
        disclosure.Section("同意・拒否の記録 / Consent history", event_lines, none),
        disclosure.Section("配信停止の受付 / Unsubscribe requests", unsub_lines, "なし / none"),
        disclosure.Section("このアドレスを含んだ出力 / Exports that included the address", export_lines,
                           "なし / none"),
        disclosure.Section("開示等の請求 / Rights requests", request_lines, "なし / none"),
    ]
    return disclosure.DisclosureDocument("保有個人データの開示 / Disclosure of personal data held", header,
                                         sections), len(rows)


def disclose(session: Session, request_id: int, target: Path | str) -> DisclosureResult:
    """Write the disclosure file for a request to ``target`` (audited with the file's hash)."""
    session.require(Action.RIGHTS_REQUESTS, str(request_id))
    session.require_fresh_proof()
    row = _existing(request_id)
    if RequestKind(row.kind) is not RequestKind.DISCLOSURE:
        raise ValidationError(_E_WRONG_KIND, context=CTX)
    contact = _contact_for(row)
    doc, events = _document(session, row, contact)
    path = Path(target)
    try:
        digest, size = disclosure.write(path, doc)
    except OSError:
        raise DisclosureFailed() from None
    with repo.atomic():
        session.audit("request.disclose", target=str(request_id), contact=contact.id if contact else None,
                      events=events, sha256=digest, bytes=size)
    return DisclosureResult(path, digest, size, events)


# ---------------------------------------------------------------------------------------------
# Deletion, stop of use, correction
# ---------------------------------------------------------------------------------------------


def delete_data(session: Session, request_id: int) -> RequestInfo:
    """Erase the person's data and keep only the keyed hash on the suppression list."""
    session.require(Action.RIGHTS_REQUESTS, str(request_id))
    session.require_fresh_proof()
    row = _existing(request_id)
    if RequestKind(row.kind) is not RequestKind.DELETION:
        raise ValidationError(_E_WRONG_KIND, context=CTX)
    if RequestStatus(row.status).closed:
        raise ValidationError(_E_CLOSED, context=CTX)
    contact = _contact_for(row)
    if contact is None and not row.address:
        raise ValidationError(_E_NO_ADDRESS, context=CTX)
    now = consent.iso(session.now())
    with repo.atomic():
        blanked = 0
        queued: list[int] = []
        if contact is not None and not contact.deleted:
            consent.apply_event(session, contact, ConsentEvent(kind=EventKind.DELETION, occurred_at=session.now(),
                                                               recorded_by=session.user.uid))
            blanked = crepo.blank_event_evidence(contact.id)
            crepo.update_contact(contact.id, address=None, key=None, name=None, furigana=None, search_text="",
                                 deleted=True, updated_at=now)
            queued = crepo.forget_address_everywhere(contact.id, contact.key)
            crepo.put_suppression(contact.key_hash, "deleted", contact.id, now)
        elif row.address:
            key = addresses.canonical_key(row.address)
            queued = crepo.forget_address_everywhere(None, key)
            crepo.put_suppression(crepo.key_hash(consent.hmac_key(session), key), "deleted", None, now)
        for unsubscribe_id in queued:
            # the keyed hash on the suppression list carries out the queued unsubscribe (as
            # ``unsubscribe.complete_request`` does for an erased address)
            crepo.update_unsubscribe(unsubscribe_id, done_at=now, done_by=session.user.uid)
        outcome = row.outcome or "個人データを削除しました（アドレスの鍵付きハッシュのみ配信停止リストに保持）"
        crepo.update_rights_request(request_id, address=None, contact=contact.id if contact else None,
                                    status=RequestStatus.DONE.value, outcome=outcome, closed_at=now, updated_at=now)
        session.audit("request.delete_data", target=str(request_id), contact=contact.id if contact else None,
                      events_blanked=blanked, held=contact is not None, unsubscribes_closed=len(queued))
    return _info(session, _existing(request_id), consent.staff_names())


def stop_use(session: Session, request_id: int) -> RequestInfo:
    """Stop using the address now: an unsubscribe that takes effect at once."""
    session.require(Action.RIGHTS_REQUESTS, str(request_id))
    row = _existing(request_id)
    if RequestKind(row.kind) is not RequestKind.STOP_USE:
        raise ValidationError(_E_WRONG_KIND, context=CTX)
    contact = _contact_for(row)
    if contact is None or contact.deleted:
        raise ValidationError(_E_NO_CONTACT, context=CTX)
    with repo.atomic():
        applied = consent.apply_event(session, contact, ConsentEvent(
            kind=EventKind.UNSUBSCRIBE, occurred_at=session.now(), recorded_by=session.user.uid,
            memo=f"rights request #{request_id}"))
        crepo.update_rights_request(request_id, contact=contact.id, status=RequestStatus.IN_PROGRESS.value
                                    if row.status == RequestStatus.OPEN.value else row.status,
                                    updated_at=consent.iso(session.now()))
        session.audit("request.update", target=str(request_id), change="stop_use", contact=contact.id,
                      event=applied.event_id)
    return _info(session, _existing(request_id), consent.staff_names())


def correct_data(session: Session, request_id: int, *, name: str | None, furigana: str | None) -> RequestInfo:
    """Correct the name and furigana held for the person (APPI Art. 34)."""
    session.require(Action.RIGHTS_REQUESTS, str(request_id))
    row = _existing(request_id)
    if RequestKind(row.kind) is not RequestKind.CORRECTION:
        raise ValidationError(_E_WRONG_KIND, context=CTX)
    contact = _contact_for(row)
    if contact is None or contact.deleted:
        raise ValidationError(_E_NO_CONTACT, context=CTX)
    new_name = consent.clean_text(name, consent.NAME_MAX, consent.E_NAME_LONG, nfkc=True)
    new_kana = consent.clean_text(furigana, consent.FURIGANA_MAX, consent.E_FURIGANA_LONG, nfkc=True)
    with repo.atomic():
        crepo.update_contact(contact.id, name=new_name, furigana=new_kana,
                             search_text=consent.search_text(contact.key, new_name, new_kana),
                             updated_at=consent.iso(session.now()))
        crepo.update_rights_request(request_id, contact=contact.id, status=RequestStatus.IN_PROGRESS.value
                                    if row.status == RequestStatus.OPEN.value else row.status,
                                    updated_at=consent.iso(session.now()))
        session.audit("request.update", target=str(request_id), change="correct", contact=contact.id,
                      fields=[f for f, old, new in (("name", contact.name, new_name),
                                                    ("furigana", contact.furigana, new_kana)) if old != new])
    return _info(session, _existing(request_id), consent.staff_names())

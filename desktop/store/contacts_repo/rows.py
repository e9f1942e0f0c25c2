"""Row types of the contacts feature and the converters more than one query module shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.store.contacts import ConsentRecord, Contact

CHUNK = 400  # rows per insert_many / IN (...) (SQLite's variable limit is far above 400 × fields)


@dataclass(frozen=True)
class ScriptVersionRow:
    id: int
    key: str
    version: str
    purpose: str
    channel: str | None
    form: str
    title: dict[str, str]
    paragraphs: dict[str, list[str]]
    source: dict[str, Any]
    origin: str
    published_at: str
    published_by: str
    reviewed_at: str
    reviewed_by: str


@dataclass(frozen=True)
class ScriptTextRow:
    id: int
    sha256: str
    text: str
    lang: str
    script_version_id: int


@dataclass(frozen=True)
class ContactRow:
    id: int
    address: str | None
    key: str | None
    key_hash: str
    name: str | None
    furigana: str | None
    status: str
    eligible: bool
    channel: str | None
    address_valid: bool
    deleted: bool
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class EventRow:
    id: int
    contact_id: int
    kind: str
    channel: str | None
    outcome: str | None
    occurred_at: str
    recorded_at: str
    script_text_id: int | None
    script_version_id: str | None
    script_hash: str | None
    lang: str | None
    opt_in_checked: bool | None
    notice_given: bool | None
    script_read_confirmed: bool | None
    imported: bool
    import_batch_id: int | None
    import_row: int | None
    staff_uid: str
    recording_ref: str | None
    memo: str | None
    corrects_id: int | None
    valid_until: str | None


@dataclass(frozen=True)
class UnsubscribeRow:
    id: int
    contact_id: int | None
    address: str | None
    channel: str
    received_on: str
    due_on: str
    done_at: str | None
    recorded_at: str
    recorded_by: str
    done_by: str | None
    memo: str | None
    event_id: int | None


@dataclass(frozen=True)
class ImportBatchRow:
    id: int
    source: str
    file_name_hash: str
    file_sha256: str
    file_kind: str
    encoding: str
    total_rows: int
    counts: dict[str, int]
    mapping: dict[str, str]
    notice_text_id: int | None
    confirmed_by: str
    confirmed_at: str


@dataclass(frozen=True)
class RightsRequestRow:
    id: int
    kind: str
    received_on: str
    requester: str
    address: str | None
    contact_id: int | None
    identity_check: str
    due_on: str
    status: str
    outcome: str
    created_at: str
    created_by: str
    updated_at: str
    closed_at: str | None


@dataclass(frozen=True)
class SuppressionRow:
    id: int
    key_hash: str
    reason: str
    contact_id: int | None
    created_at: str
    updated_at: str


# ---------------------------------------------------------------------------------------------
# Converters shared by the query modules
# ---------------------------------------------------------------------------------------------

CONTACT_FIELDS = (Contact.id, Contact.address, Contact.key, Contact.key_hash, Contact.name, Contact.furigana,
                  Contact.status, Contact.eligible, Contact.channel, Contact.address_valid, Contact.deleted,
                  Contact.created_at, Contact.updated_at)


def contact_from_tuple(t: Sequence[Any]) -> ContactRow:
    """A contact read as a tuple of :data:`CONTACT_FIELDS`."""
    return ContactRow(t[0], t[1], t[2], t[3], t[4], t[5], t[6], bool(t[7]), t[8], bool(t[9]), bool(t[10]),
                      t[11], t[12])


def _opt_bool(v: Any) -> bool | None:
    return None if v is None else bool(v)


def event_from_record(r: ConsentRecord) -> EventRow:
    return EventRow(r.id, r.contact_id, r.kind, r.channel, r.outcome, r.occurred_at, r.recorded_at,
                    r.script_text_id, r.script_version_id, r.script_hash, r.lang, _opt_bool(r.opt_in_checked),
                    _opt_bool(r.notice_given), _opt_bool(r.script_read_confirmed), bool(r.imported),
                    r.import_batch_id, r.import_row, r.staff_uid, r.recording_ref, r.memo, r.corrects_id,
                    r.valid_until)


EVENT_FIELDS = (ConsentRecord.id, ConsentRecord.contact, ConsentRecord.kind, ConsentRecord.channel,
                ConsentRecord.outcome, ConsentRecord.occurred_at, ConsentRecord.recorded_at,
                ConsentRecord.script_text, ConsentRecord.script_version_id, ConsentRecord.script_hash,
                ConsentRecord.lang, ConsentRecord.opt_in_checked, ConsentRecord.notice_given,
                ConsentRecord.script_read_confirmed, ConsentRecord.imported, ConsentRecord.import_batch,
                ConsentRecord.import_row, ConsentRecord.staff_uid, ConsentRecord.recording_ref, ConsentRecord.memo,
                ConsentRecord.corrects, ConsentRecord.valid_until)


def event_from_tuple(t: Sequence[Any]) -> EventRow:
    """An event read as a tuple of :data:`EVENT_FIELDS`."""
    return EventRow(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], _opt_bool(t[11]),
                    _opt_bool(t[12]), _opt_bool(t[13]), bool(t[14]), t[15], t[16], t[17], t[18], t[19], t[20],
                    t[21])

"""Queries of the contacts feature. Every function returns plain dataclasses, tuples or ids.

Speed at 100,000 contacts (see benchmarks/bench_contacts.py):

* exact lookup by canonical key: unique index on ``contact.key``;
* substring search: one folded ``search_text`` column scanned with ``instr`` (no LIKE
  escaping, no case folding at query time) — a full scan, fast with the 64 MiB page cache;
* lists: keyset pagination (``id < last`` / ``(key, id) > last``), never OFFSET;
* bulk import: ``insert_many`` with ids assigned up front (one writer, one transaction).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.domain import addresses
from desktop.store.contacts import (
    ColumnMapping,
    ConsentRecord,
    Contact,
    ExportInclusion,
    ImportBatch,
    RightsRequest,
    ScriptText,
    ScriptVersion,
    Suppression,
    UnsubscribeRequest,
)
from desktop.store.models import DB, BaseModel, tuples

_CHUNK = 400  # rows per insert_many / IN (...) (SQLite's variable limit is far above 400 × fields)

# ---------------------------------------------------------------------------------------------
# Keyed hashes (suppression list)
# ---------------------------------------------------------------------------------------------


def suppression_key(db_key: bytes | bytearray) -> bytes:
    """HMAC key for the suppression list: HKDF-SHA256(database key, info "suppression-v1")."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"suppression-v1").derive(bytes(db_key))


def key_hash(hmac_key: bytes, canonical: str) -> str:
    return hmac.new(hmac_key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


# ---------------------------------------------------------------------------------------------
# Row types
# ---------------------------------------------------------------------------------------------


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
# Converters
# ---------------------------------------------------------------------------------------------


def _script_version(r: ScriptVersion) -> ScriptVersionRow:
    return ScriptVersionRow(r.id, r.key, r.version, r.purpose, r.channel, r.form, json.loads(r.title_json),
                            json.loads(r.paragraphs_json), json.loads(r.source_json or "{}"), r.origin,
                            r.published_at, r.published_by, r.reviewed_at, r.reviewed_by)


def _script_text(r: ScriptText) -> ScriptTextRow:
    return ScriptTextRow(r.id, r.sha256, r.text, r.lang, r.script_version_id)


_CONTACT_FIELDS = (Contact.id, Contact.address, Contact.key, Contact.key_hash, Contact.name, Contact.furigana,
                   Contact.status, Contact.eligible, Contact.channel, Contact.address_valid, Contact.deleted,
                   Contact.created_at, Contact.updated_at)


def _contact_t(t: Sequence[Any]) -> ContactRow:
    return ContactRow(t[0], t[1], t[2], t[3], t[4], t[5], t[6], bool(t[7]), t[8], bool(t[9]), bool(t[10]),
                      t[11], t[12])


def _opt_bool(v: Any) -> bool | None:
    return None if v is None else bool(v)


def _event(r: ConsentRecord) -> EventRow:
    return EventRow(r.id, r.contact_id, r.kind, r.channel, r.outcome, r.occurred_at, r.recorded_at,
                    r.script_text_id, r.script_version_id, r.script_hash, r.lang, _opt_bool(r.opt_in_checked),
                    _opt_bool(r.notice_given), _opt_bool(r.script_read_confirmed), bool(r.imported),
                    r.import_batch_id, r.import_row, r.staff_uid, r.recording_ref, r.memo, r.corrects_id,
                    r.valid_until)


def _unsubscribe(r: UnsubscribeRequest) -> UnsubscribeRow:
    return UnsubscribeRow(r.id, r.contact_id, r.address, r.channel, r.received_on, r.due_on, r.done_at,
                          r.recorded_at, r.recorded_by, r.done_by, r.memo, r.event_id)


def _batch(r: ImportBatch) -> ImportBatchRow:
    return ImportBatchRow(r.id, r.source, r.file_name_hash, r.file_sha256, r.file_kind, r.encoding, r.total_rows,
                          json.loads(r.counts_json), json.loads(r.mapping_json), r.notice_text_id, r.confirmed_by,
                          r.confirmed_at)


def _rights(r: RightsRequest) -> RightsRequestRow:
    return RightsRequestRow(r.id, r.kind, r.received_on, r.requester, r.address, r.contact_id, r.identity_check,
                            r.due_on, r.status, r.outcome, r.created_at, r.created_by, r.updated_at, r.closed_at)


def _suppression(r: Suppression) -> SuppressionRow:
    return SuppressionRow(r.id, r.key_hash, r.reason, r.contact_id, r.created_at, r.updated_at)


# ---------------------------------------------------------------------------------------------
# Scripts
# ---------------------------------------------------------------------------------------------


def latest_script_version(key: str) -> ScriptVersionRow | None:
    r = (ScriptVersion.select().where(ScriptVersion.key == key)
         .order_by(ScriptVersion.published_at.desc(), ScriptVersion.id.desc()).first())
    return None if r is None else _script_version(r)


def script_version_by_id(version_id: int) -> ScriptVersionRow | None:
    r = ScriptVersion.get_or_none(ScriptVersion.id == version_id)
    return None if r is None else _script_version(r)


def script_version_by_label(key: str, version: str) -> ScriptVersionRow | None:
    r = ScriptVersion.get_or_none((ScriptVersion.key == key) & (ScriptVersion.version == version))
    return None if r is None else _script_version(r)


def script_versions(key: str | None = None) -> list[ScriptVersionRow]:
    q = ScriptVersion.select().order_by(ScriptVersion.key, ScriptVersion.published_at.desc(), ScriptVersion.id.desc())
    if key is not None:
        q = q.where(ScriptVersion.key == key)
    return [_script_version(r) for r in q]


def script_keys() -> list[str]:
    return [r[0] for r in tuples(ScriptVersion.select(ScriptVersion.key).distinct())]


def insert_script_version(*, key: str, version: str, purpose: str, channel: str | None, form: str,
                          title: dict[str, str], paragraphs: dict[str, list[str]], source: dict[str, Any],
                          origin: str, at: str, by: str) -> int:
    return int(ScriptVersion.insert(
        key=key, version=version, purpose=purpose, channel=channel, form=form,
        title_json=json.dumps(title, ensure_ascii=False), paragraphs_json=json.dumps(paragraphs, ensure_ascii=False),
        source_json=json.dumps(source, ensure_ascii=False), origin=origin, published_at=at, published_by=by,
        reviewed_at=at, reviewed_by=by).execute())


def mark_script_reviewed(version_id: int, at: str, by: str) -> None:
    ScriptVersion.update(reviewed_at=at, reviewed_by=by).where(ScriptVersion.id == version_id).execute()


def script_text_by_hash(sha256: str) -> ScriptTextRow | None:
    r = ScriptText.get_or_none(ScriptText.sha256 == sha256)
    return None if r is None else _script_text(r)


def script_text_by_id(text_id: int) -> ScriptTextRow | None:
    r = ScriptText.get_or_none(ScriptText.id == text_id)
    return None if r is None else _script_text(r)


def script_texts_by_ids(ids: Iterable[int]) -> dict[int, ScriptTextRow]:
    wanted = sorted(set(ids))
    out: dict[int, ScriptTextRow] = {}
    for i in range(0, len(wanted), _CHUNK):
        for r in ScriptText.select().where(ScriptText.id.in_(wanted[i:i + _CHUNK])):
            out[r.id] = _script_text(r)
    return out


def ensure_script_text(*, sha256: str, text: str, lang: str, script_version_id: int, at: str) -> int:
    """The id of the stored text with this hash, inserting it the first time."""
    found = ScriptText.get_or_none(ScriptText.sha256 == sha256)
    if found is not None:
        return int(found.id)
    return int(ScriptText.insert(sha256=sha256, text=text, lang=lang, script_version=script_version_id,
                                 created_at=at).execute())


# ---------------------------------------------------------------------------------------------
# Contacts
# ---------------------------------------------------------------------------------------------


def contact_by_key(key: str) -> ContactRow | None:
    t = Contact.select(*_CONTACT_FIELDS).where(Contact.key == key).tuples().first()
    return None if t is None else _contact_t(t)


def contact_by_id(contact_id: int) -> ContactRow | None:
    t = Contact.select(*_CONTACT_FIELDS).where(Contact.id == contact_id).tuples().first()
    return None if t is None else _contact_t(t)


def contacts_by_ids(ids: Iterable[int]) -> dict[int, ContactRow]:
    wanted = sorted(set(ids))
    out: dict[int, ContactRow] = {}
    for i in range(0, len(wanted), _CHUNK):
        for t in tuples(Contact.select(*_CONTACT_FIELDS).where(Contact.id.in_(wanted[i:i + _CHUNK]))):
            out[t[0]] = _contact_t(t)
    return out


def contacts_by_keys(keys: Iterable[str]) -> dict[str, ContactRow]:
    wanted = list(dict.fromkeys(keys))
    out: dict[str, ContactRow] = {}
    for i in range(0, len(wanted), _CHUNK):
        for t in tuples(Contact.select(*_CONTACT_FIELDS).where(Contact.key.in_(wanted[i:i + _CHUNK]))):
            out[t[2]] = _contact_t(t)
    return out


def insert_contact(*, address: str, key: str, key_hash: str, name: str | None, furigana: str | None,
                   search_text: str, status: str, eligible: bool, channel: str | None, address_valid: bool,
                   at: str) -> int:
    return int(Contact.insert(address=address, key=key, key_hash=key_hash, name=name, furigana=furigana,
                              search_text=search_text, status=status, eligible=eligible, channel=channel,
                              address_valid=address_valid, deleted=False, created_at=at, updated_at=at).execute())


def update_contact(contact_id: int, **fields: Any) -> None:
    Contact.update(**fields).where(Contact.id == contact_id).execute()


def _next_id(model: type[BaseModel]) -> int:
    row = model.select(pw.fn.MAX(model.id)).scalar()
    return int(row or 0) + 1


def next_contact_id() -> int:
    """The first free contact id (bulk insert with ids known up front; call inside the transaction)."""
    return _next_id(Contact)


def next_event_id() -> int:
    return _next_id(ConsentRecord)


def _bulk(model: type[pw.Model], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """executemany with one prepared statement (several times faster than insert_many)."""
    if not rows:
        return
    fields = [model._meta.fields[c] for c in columns]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields), ", ".join("?" for _ in fields))
    cursor = DB.cursor()
    cursor.executemany(sql, rows)  # plain str / int / bool / None values: no per-field conversion needed


CONTACT_BULK_COLUMNS = ("id", "address", "key", "key_hash", "name", "furigana", "search_text", "status", "eligible",
                        "channel", "address_valid", "deleted", "created_at", "updated_at")
EVENT_BULK_COLUMNS = ("id", "contact", "kind", "channel", "outcome", "occurred_at", "recorded_at", "script_text",
                      "script_version_id", "script_hash", "lang", "opt_in_checked", "notice_given",
                      "script_read_confirmed", "imported", "import_batch", "import_row", "staff_uid")


def bulk_insert_contacts(rows: Sequence[Sequence[Any]]) -> None:
    """Insert contacts given as tuples in :data:`CONTACT_BULK_COLUMNS` order, ids set (see :func:`next_contact_id`)."""
    _bulk(Contact, CONTACT_BULK_COLUMNS, rows)


def bulk_insert_events(rows: Sequence[Sequence[Any]]) -> None:
    """Insert events given as tuples in :data:`EVENT_BULK_COLUMNS` order, ids set."""
    _bulk(ConsentRecord, EVENT_BULK_COLUMNS, rows)


def _search_filter(query: pw.ModelSelect[Contact], text: str | None, status: str | None, channel: str | None,
                   statuses: Sequence[str] | None = None) -> pw.ModelSelect[Contact]:
    if text:
        query = query.where(pw.fn.instr(Contact.search_text, text) > 0)
    if status:
        query = query.where(Contact.status == status)
    if statuses:
        query = query.where(Contact.status.in_(list(statuses)))
    if channel:
        query = query.where(Contact.channel == channel)
    return query


def search_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None,
                    order: str = "newest", after: tuple[Any, ...] | None = None, limit: int = 200,
                    statuses: Sequence[str] | None = None) -> list[ContactRow]:
    """One keyset page. ``order`` "newest" (id descending; cursor ``(id,)``) or "address"
    (canonical key ascending; cursor ``(key, id)``; deleted contacts have no key and are left out)."""
    q = _search_filter(Contact.select(*_CONTACT_FIELDS), text, status, channel, statuses)
    if order == "address":
        q = q.where(Contact.key.is_null(False))
        if after is not None:
            q = q.where(pw.Tuple(Contact.key, Contact.id) > pw.Tuple(after[0], after[1]))
        q = q.order_by(Contact.key, Contact.id)
    else:
        if after is not None:
            q = q.where(Contact.id < after[0])
        q = q.order_by(Contact.id.desc())
    return [_contact_t(t) for t in tuples(q.limit(limit))]


def count_contacts(*, text: str | None = None, status: str | None = None, channel: str | None = None) -> int:
    return int(_search_filter(Contact.select(pw.fn.COUNT(Contact.id)), text, status, channel).scalar() or 0)


def count_contacts_by_status() -> dict[str, int]:
    q = tuples(Contact.select(Contact.status, pw.fn.COUNT(Contact.id)).group_by(Contact.status))
    return {s: int(n) for s, n in q}


def iter_contact_ids(page: int = 2000) -> Iterator[list[int]]:
    """All contact ids in keyset pages (for exports and recomputation)."""
    last = 0
    while True:
        ids = [t[0] for t in tuples(Contact.select(Contact.id).where(Contact.id > last).order_by(Contact.id)
                                    .limit(page))]
        if not ids:
            return
        yield ids
        last = ids[-1]


# ---------------------------------------------------------------------------------------------
# Consent events
# ---------------------------------------------------------------------------------------------


def insert_event(**fields: Any) -> int:
    return int(ConsentRecord.insert(**fields).execute())


def event_by_id(event_id: int) -> EventRow | None:
    r = ConsentRecord.get_or_none(ConsentRecord.id == event_id)
    return None if r is None else _event(r)


def events_for_contact(contact_id: int) -> list[EventRow]:
    q = ConsentRecord.select().where(ConsentRecord.contact == contact_id).order_by(ConsentRecord.id)
    return [_event(r) for r in q]


def events_for_contacts(contact_ids: Iterable[int]) -> dict[int, list[EventRow]]:
    wanted = sorted(set(contact_ids))
    out: dict[int, list[EventRow]] = {cid: [] for cid in wanted}
    for i in range(0, len(wanted), _CHUNK):
        q = (ConsentRecord.select().where(ConsentRecord.contact.in_(wanted[i:i + _CHUNK]))
             .order_by(ConsentRecord.id))
        for r in q:
            out[r.contact_id].append(_event(r))
    return out


def events_recorded_by(staff_uid: str, since: str, until: str, *, limit: int = 200) -> list[tuple[EventRow, str | None]]:
    """Events a staff member recorded in ``[since, until)``, newest first, with the address."""
    q = (ConsentRecord.select(ConsentRecord, Contact.address.alias("contact_address"))
         .join(Contact, on=(ConsentRecord.contact == Contact.id))
         .where((ConsentRecord.staff_uid == staff_uid) & (ConsentRecord.recorded_at >= since)
                & (ConsentRecord.recorded_at < until))
         .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc()).limit(limit).objects())
    return [(_event(r), cast(Any, r).contact_address) for r in q]  # the aliased column, set by .objects()


def blank_event_evidence(contact_id: int) -> int:
    """Erase the free-text evidence (memo, recording reference) of a contact's events."""
    return int(ConsentRecord.update(memo=None, recording_ref=None)
               .where(ConsentRecord.contact == contact_id).execute())


# ---------------------------------------------------------------------------------------------
# Suppression list
# ---------------------------------------------------------------------------------------------


def suppression_by_hash(h: str) -> SuppressionRow | None:
    r = Suppression.get_or_none(Suppression.key_hash == h)
    return None if r is None else _suppression(r)


def suppressed_hashes(hashes: Iterable[str]) -> dict[str, str]:
    """{hash: reason} for the given hashes that are on the list."""
    wanted = list(dict.fromkeys(hashes))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), _CHUNK):
        q = tuples(Suppression.select(Suppression.key_hash, Suppression.reason).where(
            Suppression.key_hash.in_(wanted[i:i + _CHUNK])))
        out.update({h: reason for h, reason in q})
    return out


def put_suppression(h: str, reason: str, contact_id: int | None, at: str) -> None:
    existing = Suppression.get_or_none(Suppression.key_hash == h)
    if existing is None:
        Suppression.insert(key_hash=h, reason=reason, contact=contact_id, created_at=at, updated_at=at).execute()
    elif existing.reason != reason or existing.contact_id != contact_id:
        Suppression.update(reason=reason, contact=contact_id, updated_at=at).where(
            Suppression.key_hash == h).execute()


def remove_suppression(h: str) -> None:
    Suppression.delete().where(Suppression.key_hash == h).execute()


def count_suppressions() -> int:
    return int(Suppression.select().count())


# ---------------------------------------------------------------------------------------------
# Unsubscribe requests
# ---------------------------------------------------------------------------------------------


def insert_unsubscribe(**fields: Any) -> int:
    return int(UnsubscribeRequest.insert(**fields).execute())


def update_unsubscribe(request_id: int, **fields: Any) -> None:
    UnsubscribeRequest.update(**fields).where(UnsubscribeRequest.id == request_id).execute()


def unsubscribe_by_id(request_id: int) -> UnsubscribeRow | None:
    r = UnsubscribeRequest.get_or_none(UnsubscribeRequest.id == request_id)
    return None if r is None else _unsubscribe(r)


def open_unsubscribes() -> list[UnsubscribeRow]:
    q = (UnsubscribeRequest.select().where(UnsubscribeRequest.done_at.is_null())
         .order_by(UnsubscribeRequest.due_on, UnsubscribeRequest.id))
    return [_unsubscribe(r) for r in q]


def recent_unsubscribes(limit: int = 50) -> list[UnsubscribeRow]:
    q = UnsubscribeRequest.select().order_by(UnsubscribeRequest.id.desc()).limit(limit)
    return [_unsubscribe(r) for r in q]


def unsubscribes_for_contact(contact_id: int) -> list[UnsubscribeRow]:
    q = UnsubscribeRequest.select().where(UnsubscribeRequest.contact == contact_id).order_by(UnsubscribeRequest.id)
    return [_unsubscribe(r) for r in q]


def count_overdue_unsubscribes(today: str) -> int:
    return int(UnsubscribeRequest.select().where(UnsubscribeRequest.done_at.is_null()
                                                 & (UnsubscribeRequest.due_on < today)).count())


# ---------------------------------------------------------------------------------------------
# Imports and column mappings
# ---------------------------------------------------------------------------------------------


def insert_import_batch(*, source: str, file_name_hash: str, file_sha256: str, file_kind: str, encoding: str,
                        total_rows: int, counts: dict[str, int], mapping: dict[str, str],
                        notice_text_id: int | None, confirmed_by: str, confirmed_at: str) -> int:
    return int(ImportBatch.insert(
        source=source, file_name_hash=file_name_hash, file_sha256=file_sha256, file_kind=file_kind,
        encoding=encoding, total_rows=total_rows, counts_json=json.dumps(counts, sort_keys=True),
        mapping_json=json.dumps(mapping, ensure_ascii=False, sort_keys=True), notice_text=notice_text_id,
        confirmed_by=confirmed_by, confirmed_at=confirmed_at).execute())


def import_batch_by_id(batch_id: int) -> ImportBatchRow | None:
    r = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    return None if r is None else _batch(r)


def import_batches_by_file(file_sha256: str) -> list[ImportBatchRow]:
    q = ImportBatch.select().where(ImportBatch.file_sha256 == file_sha256).order_by(ImportBatch.id)
    return [_batch(r) for r in q]


def get_mapping(source: str) -> dict[str, str] | None:
    r = ColumnMapping.get_or_none(ColumnMapping.source == source)
    return None if r is None else dict(json.loads(r.mapping_json))


def set_mapping(source: str, mapping: dict[str, str], at: str, by: str) -> None:
    ColumnMapping.insert(source=source, mapping_json=json.dumps(mapping, ensure_ascii=False, sort_keys=True),
                         updated_at=at, updated_by=by).on_conflict(
        conflict_target=[ColumnMapping.source],
        update={ColumnMapping.mapping_json: json.dumps(mapping, ensure_ascii=False, sort_keys=True),
                ColumnMapping.updated_at: at, ColumnMapping.updated_by: by}).execute()


# ---------------------------------------------------------------------------------------------
# Rights requests
# ---------------------------------------------------------------------------------------------


def insert_rights_request(**fields: Any) -> int:
    return int(RightsRequest.insert(**fields).execute())


def update_rights_request(request_id: int, **fields: Any) -> None:
    RightsRequest.update(**fields).where(RightsRequest.id == request_id).execute()


def rights_request_by_id(request_id: int) -> RightsRequestRow | None:
    r = RightsRequest.get_or_none(RightsRequest.id == request_id)
    return None if r is None else _rights(r)


def rights_requests(*, open_only: bool = False) -> list[RightsRequestRow]:
    q = RightsRequest.select().order_by(RightsRequest.id.desc())
    if open_only:
        q = q.where(RightsRequest.status.in_(["open", "in_progress"]))
    return [_rights(r) for r in q]


def rights_requests_for_contact(contact_id: int) -> list[RightsRequestRow]:
    q = RightsRequest.select().where(RightsRequest.contact == contact_id).order_by(RightsRequest.id)
    return [_rights(r) for r in q]


def forget_address_everywhere(contact_id: int | None, key: str | None = None) -> list[int]:
    """Blank a deleted address wherever a request holds it; returns the ids of the open (queued)
    unsubscribe requests whose address was blanked, for the caller to close.

    * Rights requests and unsubscribe records of the contact ``contact_id``: the address.
    * Requests recorded without a contact (an unsubscribe queued before it was processed, a
      rights request for an address not held) whose text names the address with canonical key
      ``key`` (:func:`desktop.domain.addresses.mentions`): the address.
    * An unsubscribe memo of either kind that names the address: the memo.

    Requests without a contact are few (the unsubscribe queue and erased requests), so they are
    read and matched here rather than by an index over free text."""
    if contact_id is not None:
        RightsRequest.update(address=None).where(RightsRequest.contact == contact_id).execute()
        UnsubscribeRequest.update(address=None).where(UnsubscribeRequest.contact == contact_id).execute()
    if not key:
        return []
    mine = UnsubscribeRequest.contact.is_null()
    if contact_id is not None:
        mine = mine | (UnsubscribeRequest.contact == contact_id)
    blank_address: list[int] = []
    blank_memo: list[int] = []
    open_ids: list[int] = []
    q = tuples(UnsubscribeRequest.select(UnsubscribeRequest.id, UnsubscribeRequest.address, UnsubscribeRequest.memo,
                                         UnsubscribeRequest.done_at)
               .where(mine & (UnsubscribeRequest.address.is_null(False) | UnsubscribeRequest.memo.is_null(False))))
    for rid, address, memo, done_at in q:
        if addresses.mentions(address, key):
            blank_address.append(rid)
            if done_at is None:
                open_ids.append(rid)
        if addresses.mentions(memo, key):
            blank_memo.append(rid)
    for i in range(0, len(blank_address), _CHUNK):
        (UnsubscribeRequest.update(address=None)
         .where(UnsubscribeRequest.id.in_(blank_address[i:i + _CHUNK])).execute())
    for i in range(0, len(blank_memo), _CHUNK):
        (UnsubscribeRequest.update(memo=None)
         .where(UnsubscribeRequest.id.in_(blank_memo[i:i + _CHUNK])).execute())
    rights = [rid for rid, address in tuples(RightsRequest.select(RightsRequest.id, RightsRequest.address)
                                             .where(RightsRequest.contact.is_null()
                                                    & RightsRequest.address.is_null(False)))
              if addresses.mentions(address, key)]
    for i in range(0, len(rights), _CHUNK):
        RightsRequest.update(address=None).where(RightsRequest.id.in_(rights[i:i + _CHUNK])).execute()
    return open_ids


# ---------------------------------------------------------------------------------------------
# Export inclusions
# ---------------------------------------------------------------------------------------------


def insert_inclusions(contact_ids: Iterable[int], export_id: str, at: str) -> int:
    rows = [{"contact": cid, "export_id": export_id, "included_at": at} for cid in dict.fromkeys(contact_ids)]
    for i in range(0, len(rows), _CHUNK):
        ExportInclusion.insert_many(rows[i:i + _CHUNK]).execute()
    return len(rows)


def inclusions_for_contact(contact_id: int) -> list[tuple[str, str]]:
    q = tuples(ExportInclusion.select(ExportInclusion.export_id, ExportInclusion.included_at)
               .where(ExportInclusion.contact == contact_id).order_by(ExportInclusion.included_at))
    return [(e, at) for e, at in q]


def existing_contact_ids(ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(ids))
    out: set[int] = set()
    for i in range(0, len(wanted), _CHUNK):
        out.update(t[0] for t in tuples(Contact.select(Contact.id).where(Contact.id.in_(wanted[i:i + _CHUNK]))))
    return out


def atomic() -> Any:
    return DB.obj.atomic()  # the database's own atomic(): serialised across threads (store/db.py)


_EVENT_FIELDS = (ConsentRecord.id, ConsentRecord.contact, ConsentRecord.kind, ConsentRecord.channel,
                 ConsentRecord.outcome, ConsentRecord.occurred_at, ConsentRecord.recorded_at,
                 ConsentRecord.script_text, ConsentRecord.script_version_id, ConsentRecord.script_hash,
                 ConsentRecord.lang, ConsentRecord.opt_in_checked, ConsentRecord.notice_given,
                 ConsentRecord.script_read_confirmed, ConsentRecord.imported, ConsentRecord.import_batch,
                 ConsentRecord.import_row, ConsentRecord.staff_uid, ConsentRecord.recording_ref, ConsentRecord.memo,
                 ConsentRecord.corrects, ConsentRecord.valid_until)


def _event_t(t: Sequence[Any]) -> EventRow:
    return EventRow(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], _opt_bool(t[11]),
                    _opt_bool(t[12]), _opt_bool(t[13]), bool(t[14]), t[15], t[16], t[17], t[18], t[19], t[20],
                    t[21])


def iter_contacts_with_events(page: int = 2000) -> Iterator[list[tuple[ContactRow, list[EventRow]]]]:
    """Every contact with its events, in keyset pages read as tuples with range queries (the export path:
    fast at 100,000 contacts, memory flat in the number of pages)."""
    last = 0
    while True:
        contacts = [_contact_t(t) for t in tuples(Contact.select(*_CONTACT_FIELDS).where(Contact.id > last)
                                                  .order_by(Contact.id).limit(page))]
        if not contacts:
            return
        first_id, last = contacts[0].id, contacts[-1].id
        events: dict[int, list[EventRow]] = {c.id: [] for c in contacts}
        query = tuples(ConsentRecord.select(*_EVENT_FIELDS)
                       .where((ConsentRecord.contact >= first_id) & (ConsentRecord.contact <= last))
                       .order_by(ConsentRecord.id))
        for t in query:
            events[t[1]].append(_event_t(t))
        yield [(c, events[c.id]) for c in contacts]

"""Bulk import: ids assigned up front, rows written with one prepared statement, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import peewee as pw

from desktop.domain.addresses import mailbox_key
from desktop.domain.consent import SUPPRESSING
from desktop.store.contacts import ConsentRecord, Contact, Suppression
from desktop.store.contacts_repo.rows import CHUNK, CONTACT_FIELDS, ContactRow, contact_from_tuple
from desktop.store.models import DB, BaseModel, tuples


def atomic() -> Any:
    return DB.obj.atomic()  # the database's own atomic(): serialised across threads (store/db.py)


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
    """Insert contacts given as tuples in :data:`CONTACT_BULK_COLUMNS` order, ids set (see :func:`next_contact_id`).
    The mailbox key is added here from the canonical key."""
    key_at = CONTACT_BULK_COLUMNS.index("key")
    _bulk(Contact, (*CONTACT_BULK_COLUMNS, "mailbox"),
          [(*r, mailbox_key(r[key_at]) if r[key_at] else None) for r in rows])


def bulk_insert_events(rows: Sequence[Sequence[Any]]) -> None:
    """Insert events given as tuples in :data:`EVENT_BULK_COLUMNS` order, ids set."""
    _bulk(ConsentRecord, EVENT_BULK_COLUMNS, rows)


def bulk_update_status(rows: Sequence[tuple[str, bool, str, int]]) -> None:
    """Set (status, eligible, updated_at) of contacts given as (status, eligible, updated_at, id)."""
    if rows:
        DB.cursor().executemany('UPDATE "contact" SET "status" = ?, "eligible" = ?, "updated_at" = ? WHERE "id" = ?',
                                rows)


def suppression_owners(hashes: Iterable[str]) -> dict[str, int | None]:
    """{hash: contact id of its entry} for the given hashes that are on the suppression list."""
    wanted = list(dict.fromkeys(hashes))
    out: dict[str, int | None] = {}
    for i in range(0, len(wanted), CHUNK):
        q = Suppression.select(Suppression.key_hash, Suppression.contact).where(
            Suppression.key_hash.in_(wanted[i:i + CHUNK]))
        out.update({h: c for h, c in tuples(q)})
    return out


def contacts_for_import(mailboxes: Mapping[str, str], below_id: int | None = None) -> dict[str, ContactRow]:
    """{canonical key: contact} for ``mailboxes`` ({canonical key: its mailbox key}), as
    :func:`~desktop.store.contacts_repo.contacts.contacts_by_keys` finds them (own spelling first, else a
    spelling of the same mailbox, a suppressing one first, then the oldest), with the mailbox keys
    given rather than computed again; with ``below_id``, among the contacts older than it only (an
    import sees the contacts as they were before it began)."""
    wanted = list(mailboxes)
    older = (Contact.id < below_id) if below_id is not None else True
    out: dict[str, ContactRow] = {}
    for i in range(0, len(wanted), CHUNK):
        q = Contact.select(*CONTACT_FIELDS).where(Contact.key.in_(wanted[i:i + CHUNK]) & older)
        for t in tuples(q):
            out[t[2]] = contact_from_tuple(t)
    missing = {k: mailboxes[k] for k in wanted if k not in out}
    boxes: dict[str, list[ContactRow]] = {}
    wanted_boxes = list(dict.fromkeys(missing.values()))
    for i in range(0, len(wanted_boxes), CHUNK):
        q = Contact.select(*CONTACT_FIELDS, Contact.mailbox).where(
            Contact.mailbox.in_(wanted_boxes[i:i + CHUNK]) & older).order_by(Contact.id)
        for t in tuples(q):
            boxes.setdefault(t[-1], []).append(contact_from_tuple(t))
    suppressing = {s.value for s in SUPPRESSING}
    for k, box in missing.items():
        siblings = boxes.get(box)
        if siblings:
            out[k] = min(siblings, key=lambda c: (c.status not in suppressing, c.id))
    return out

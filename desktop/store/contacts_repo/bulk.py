"""Bulk import: ids assigned up front, rows written with one prepared statement, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import peewee as pw

from desktop.domain.addresses import mailbox_key
from desktop.store.contacts import ConsentRecord, Contact
from desktop.store.models import DB, BaseModel


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

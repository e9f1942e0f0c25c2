"""Writes of one batch of a mail service's import (issue 16): many stops with a few statements.

Used by ``services.mail_import`` inside its transaction, beside ``contacts_repo.bulk`` (event ids
assigned up front, events and the status cache written with one prepared statement each). These
write what ``contacts_repo.put_suppression`` and ``insert_unsubscribe`` write for one row (the same SQL on
the SQLCipher file and the office server; an unsubscribe's address sealed on the server).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.store.contacts import Suppression, UnsubscribeRequest
from desktop.store.models import DB
from desktop.store.sealing import seal_values

# key hash, reason, contact id, at
SuppressionWrite = tuple[str, str, int, str]
UNSUBSCRIBE_COLUMNS = ("contact", "address", "channel", "received_on", "due_on", "done_at", "recorded_at",
                       "recorded_by", "done_by", "memo", "event")


def put_suppressions(rows: Sequence[SuppressionWrite]) -> None:
    """Put each hash on the suppression list with its reason and contact (an entry that differs is updated;
    an equal one is left as it is, its times too)."""
    if not rows:
        return
    meta = Suppression._meta
    table, contact = meta.table_name, meta.fields["contact"].column_name
    DB.cursor().executemany(
        f'INSERT INTO "{table}" ("key_hash", "reason", "{contact}", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?) '
        f'ON CONFLICT("key_hash") DO UPDATE SET "reason" = excluded."reason", "{contact}" = excluded."{contact}", '
        f'"updated_at" = excluded."updated_at" WHERE "{table}"."reason" IS DISTINCT FROM excluded."reason" '
        f'OR "{table}"."{contact}" IS DISTINCT FROM excluded."{contact}"',
        [(h, reason, cid, at, at) for h, reason, cid, at in rows])


def insert_unsubscribes(rows: Sequence[Sequence[object]]) -> None:
    """Insert processed unsubscribe requests given in :data:`UNSUBSCRIBE_COLUMNS` order."""
    if not rows:
        return
    meta = UnsubscribeRequest._meta
    columns = ", ".join(f'"{meta.fields[c].column_name}"' for c in UNSUBSCRIBE_COLUMNS)
    DB.cursor().executemany(f'INSERT INTO "{meta.table_name}" ({columns}) '
                            f'VALUES ({", ".join("?" for _ in UNSUBSCRIBE_COLUMNS)})',
                            seal_values(UnsubscribeRequest, [meta.fields[c].column_name for c in UNSUBSCRIBE_COLUMNS],
                                        rows))

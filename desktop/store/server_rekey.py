"""Changing the office data key on the office server (R8, R14, R23; issue 18).

On one PC a rekey re-encrypts the SQLCipher file. On the office server the personal columns are sealed by
the app under keys derived from the data key (store/sealing.py), so a new data key means: every sealed value
opened with the old key and sealed with the new one, the key slots on the server re-sealed to the new key,
and the old key kept (inside the office, sealed by nothing but the server's access rules, as on one PC inside
the encrypted file) so that backups made before the rekey still verify. All of it runs in **one
transaction** under the office-wide write lock: a failure or a cut connection leaves the old key working and
nothing half re-sealed. This PC's sealer switches only after the commit.

Every other PC signed in holds the old key and would seal what it saves with it, so the rekey is refused
while anyone else is signed in (their session lock, store/office.py ``_claim_user``, shows in ``pg_locks``).

Tables the server keeps "as written" (saved posts, reviews, consent events: their no-update triggers) are
re-sealed too: the transaction sets ``madoguchi.reseal`` for the triggers; a server whose triggers do not
know it refuses, and the rekey is refused as a whole (:class:`KeptAsWritten`), nothing changed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import peewee as pw
import psycopg

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.store import keyslots as ks
from desktop.store.audit import AUDIT_HEAD_LOCK
from desktop.store.errors import StoreError
from desktop.store.models import BaseModel
from desktop.store.sealing import LookupText, SealedText, Sealer
from desktop.store.server import OFFICE_WRITE_LOCK, server_fault
from desktop.store.server_schema import all_models
from desktop.store.server_slots import TABLE as SLOTS_TABLE

PAGE = 2000  # rows re-sealed per statement batch

RESEAL_SETTING = "madoguchi.reseal"  # read by the server's no-update triggers (a rekey re-seals, nothing else)


class OthersSignedIn(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StoreError", "Other people are signed in to the office server. The office key can only be changed "
            "while everyone else is signed out: ask them to sign out, then try again. Nothing was changed."))


class KeptAsWritten(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StoreError", "The office key could not be changed: the office server keeps saved records as "
            "written and refused to encrypt them again. Ask the server's administrator to update the server "
            "database. Nothing was changed."))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sealed_columns() -> list[tuple[type[BaseModel], list[pw.Field]]]:
    """Each table with personal columns and those columns."""
    found = []
    for model in all_models():
        fields: list[pw.Field] = [f for f in model._meta.sorted_fields if isinstance(f, SealedText | LookupText)]
        if fields:
            found.append((model, fields))
    return found


def others_signed_in(conn: Any) -> int:
    """How many session locks other connections hold on this office database (each is a signed-in user)."""
    row = conn.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND NOT (classid = 0 AND objid IN (%s, %s))", (OFFICE_WRITE_LOCK, AUDIT_HEAD_LOCK)).fetchone()
    return int(row[0])


def _reseal_table(conn: Any, model: type[BaseModel], fields: list[pw.Field], old: Sealer, new: Sealer) -> int:
    """Re-seal one table's personal columns, streaming its rows through a server-side cursor."""
    table = _q(model._meta.table_name)
    cols = [_q(f.column_name) for f in fields]
    lookup = [isinstance(f, LookupText) for f in fields]
    aads = [f.aad for f in fields]  # type: ignore[attr-defined]
    update = f"UPDATE {table} SET {', '.join(f'{c} = %s' for c in cols)} WHERE ctid = %s::tid"
    done = 0

    def convert(value: Any, i: int) -> Any:
        if value is None:
            return None
        plain = old.open(bytes(value), aads[i])
        return new.seal_lookup(plain, aads[i]) if lookup[i] else new.seal(plain, aads[i])

    with conn.cursor(name=f"reseal_{model._meta.table_name}") as reader:
        # the cursor's snapshot is taken when it opens: rows updated below are not read again
        reader.execute(f"SELECT ctid::text, {', '.join(cols)} FROM {table}")
        while True:
            rows = reader.fetchmany(PAGE)
            if not rows:
                break
            batch = [(*[convert(v, i) for i, v in enumerate(row[1:])], row[0]) for row in rows]
            with conn.cursor() as writer:
                writer.executemany(update, batch)
            done += len(batch)
    return done


def _reseal_slots(conn: Any, new_key: bytearray, path: Path) -> ks.SlotFile:
    """Re-seal the slot document stored on the server (locked: another PC's throttle write waits)."""
    row = conn.execute(f"SELECT generation, doc FROM {_q(SLOTS_TABLE)} WHERE id = 1 FOR UPDATE").fetchone()
    if row is None:
        raise FileNotFoundError("no office on this server")
    stored = ks.SlotFile.from_bytes(bytes(row[1]), path)
    for slot in stored.slots:
        ks.seal(slot, new_key, stored.db_uuid)
    stored.generation = int(row[0]) + 1
    raw = stored.to_bytes()
    conn.execute(f"UPDATE {_q(SLOTS_TABLE)} SET generation = %s, doc = %s WHERE id = 1", (stored.generation, raw))
    stored.base = raw
    return stored


def rekey_server(office: Any, new_key: bytearray, previous_keys_setting: str) -> ks.SlotFile:
    """Re-seal the office on its server under ``new_key`` in one transaction (see the module's text).

    Returns the re-sealed slots (bound to the office's slot remote); the caller switches its key and slots."""
    db = office.db
    old, new = db.sealer, Sealer(new_key)
    if old is None:
        raise ValueError("the office server connection has no office key")
    try:
        with db.atomic():  # BEGIN + the office-wide write lock: no other save runs meanwhile
            conn = db.connection()
            if others_signed_in(conn):
                raise OthersSignedIn()
            previous = [bytes(office.key).hex(), *[k.hex() for k in _previous(conn, previous_keys_setting)]]
            conn.execute("SELECT set_config(%s, 'on', true)", (RESEAL_SETTING,))
            for model, fields in sealed_columns():
                try:
                    _reseal_table(conn, model, fields, old, new)
                except psycopg.errors.IntegrityError:  # a no-update trigger that does not know the rekey
                    raise KeptAsWritten() from None
            conn.execute(
                'INSERT INTO "setting" ("key", "value") VALUES (%s, %s) '
                'ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value"',
                (previous_keys_setting, json.dumps(previous)))
            slots = _reseal_slots(conn, new_key, office.slots.path)
    except psycopg.Error as exc:
        fault = server_fault(exc)
        if fault is not None:
            raise fault from None
        raise
    db.sealer = new  # only now: what this PC saves from here on is sealed under the new key
    slots.remote = office.slots.remote
    return slots


def _previous(conn: Any, setting: str) -> list[bytes]:
    rows = conn.execute('SELECT "value" FROM "setting" WHERE "key" = %s', (setting,)).fetchall()
    return [bytes.fromhex(k) for k in json.loads(rows[0][0])] if rows else []


__all__ = ["KeptAsWritten", "OthersSignedIn", "RESEAL_SETTING", "others_signed_in", "rekey_server", "resealed",
           "sealed_columns"]


def resealed(slots: ks.SlotFile, new_key: bytearray) -> ks.SlotFile:
    """A copy of ``slots`` with every slot sealed to ``new_key`` (the single-PC rekey's pending slot file)."""
    pending = ks.SlotFile(path=slots.path, db_uuid=slots.db_uuid, generation=slots.generation, slots=[],
                          throttle=dict(slots.throttle), pending=list(slots.pending),
                          audit_public_key=slots.audit_public_key)
    for slot in slots.slots:
        copy = ks.Slot.from_json(slot.to_json())
        ks.seal(copy, new_key, slots.db_uuid)
        pending.slots.append(copy)
    return pending

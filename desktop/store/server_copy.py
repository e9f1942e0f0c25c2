"""Copying an office between the SQLCipher file and the office server, row for row (issue 18).

Used to move a single-PC office onto a new office server and to write a server office back into a SQLCipher
file (which is also the backup format). Every table of the schema (:func:`server_schema.all_models`) is
copied in dependency order, ids kept, in keyset pages of :data:`PAGE` rows, so memory stays flat whatever
the office's size. Values go through each column's own conversion, read from one store and written to the
other; the personal columns (store/sealing.py) are opened with the source's sealer and sealed with the
destination's (plain inside the SQLCipher file), here, explicitly: the models' database proxy points at
one store only, so the fields' own conversion could seal for the wrong one. Audit entries (seq, prev,
mac) and the forward-secure key state are copied byte for byte, so the audit chain verifies on the
destination.

Tables only one store has are rebuilt there: the SQLCipher file's search index (FTS5) from the copied
contacts; the server's record of changed contacts fills itself from its trigger. The key slots (the
server's ``key_slot_file``, the file's ``office.keys``) are the caller's.

The caller holds a transaction on each side (one snapshot read, one all-or-nothing write).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw
import psycopg

from desktop.store import audit_fs
from desktop.store.audit import AuditLog
from desktop.store.models import AuditEntry, BaseModel, Setting
from desktop.store.sealing import LookupText, SealedText, Sealer
from desktop.store.search_index import FTS_TABLE, QUEUE
from desktop.store.server import is_server, server_fault, to_pyformat
from desktop.store.server_schema import all_models
from desktop.store.server_slots import KeySlotFile

PAGE = 2000  # rows per keyset page (read and written in one statement each)
AUDIT_KEY_SETTING = "audit_mac_key_v1"  # the same setting as store/office.py (the chain's HMAC key)

Progress = Callable[[int, int], None]  # (rows copied, rows in all)


@dataclass(frozen=True)
class CopyResult:
    rows: dict[str, int]  # rows copied per table

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_models() -> list[type[BaseModel]]:
    """The tables both stores have, parents before the tables that refer to them."""
    return list(pw.sort_models(all_models()))  # type: ignore[attr-defined]  # not in peewee's stubs


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _fields(model: type[BaseModel]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def _key_fields(model: type[BaseModel]) -> list[pw.Field]:
    pk = model._meta.primary_key
    if isinstance(pk, pw.CompositeKey):
        return [model._meta.fields[name] for name in pk.field_names]
    if pk is None or pk is False:
        return _fields(model)
    return [pk]


def _fetch(db: Any, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Rows as stored (on the server: sealed values still sealed; they are opened per column here)."""
    if not is_server(db):
        return [tuple(r) for r in db.execute_sql(sql, params).fetchall()]
    with db.serial:
        try:
            cursor = db.connection().cursor()
            cursor.execute(to_pyformat(sql), params)
            return [tuple(r) for r in cursor.fetchall()]
        except psycopg.Error as exc:
            fault = server_fault(exc)
            if fault is not None:
                raise fault from None
            raise


def _write(db: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    if not is_server(db):
        db.cursor().executemany(sql, rows)
        return
    try:
        db.cursor().executemany(sql, rows)
    except psycopg.Error as exc:
        fault = server_fault(exc)
        if fault is not None:
            raise fault from None
        raise


def _as_bytes(value: Any) -> Any:
    return value if value is None else bytes(value)


def _read_step(sealer: Sealer | None, f: pw.Field) -> Callable[[Any], Any]:
    if isinstance(f, SealedText | LookupText):
        aad = f.aad

        def opened(value: Any) -> Any:
            if isinstance(value, bytes | memoryview):
                if sealer is None:
                    raise ValueError("a sealed value in a store without the office key")
                return sealer.open(bytes(value), aad)
            return value

        return opened
    if isinstance(f, pw.BlobField):
        return _as_bytes

    def converted(value: Any) -> Any:
        return None if value is None else f.python_value(value)  # type: ignore[no-untyped-call]

    return converted


def _write_step(sealer: Sealer | None, f: pw.Field) -> Callable[[Any], Any]:
    if isinstance(f, SealedText | LookupText):
        if sealer is None:  # the SQLCipher file: plain inside the encrypted file
            return lambda value: value
        aad, lookup = f.aad, isinstance(f, LookupText)

        def sealed(value: Any) -> Any:
            if value is None:
                return None
            return sealer.seal_lookup(str(value), aad) if lookup else sealer.seal(str(value), aad)

        return sealed
    if isinstance(f, pw.BlobField):  # plain bytes: the field's own wrapper is the proxied store's type
        return _as_bytes

    def converted(value: Any) -> Any:
        return None if value is None else f.db_value(value)  # type: ignore[no-untyped-call]

    return converted


def _converter(steps: list[Callable[[Any], Any]]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    return lambda row: tuple(step(v) for step, v in zip(steps, row, strict=True))


def _reader(db: Any, fields: list[pw.Field]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """Stored values of one store as Python values (personal columns opened with the source's sealer)."""
    sealer = getattr(db, "sealer", None)
    return _converter([_read_step(sealer, f) for f in fields])


def _writer(db: Any, fields: list[pw.Field]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """Python values as the destination stores them (personal columns sealed on the server only)."""
    sealer = getattr(db, "sealer", None) if is_server(db) else None
    if is_server(db) and sealer is None:
        raise ValueError("the office server connection has no office key")
    return _converter([_write_step(sealer, f) for f in fields])


def iter_rows(db: Any, model: type[BaseModel], page: int = PAGE) -> Iterator[tuple[Any, ...]]:
    """Every row of ``model`` in ``db`` as Python values (personal values opened), in key order, by pages."""
    fields = _fields(model)
    keys = _key_fields(model)
    at = [fields.index(k) for k in keys]
    table = _q(model._meta.table_name)
    cols = ", ".join(_q(f.column_name) for f in fields)
    order = ", ".join(_q(k.column_name) for k in keys)
    key_tuple = f"({order})" if len(keys) > 1 else order
    marks = "(" + ", ".join("?" for _ in keys) + ")" if len(keys) > 1 else "?"
    read = _reader(db, fields)
    after: list[Any] | None = None
    while True:
        where = "" if after is None else f" WHERE {key_tuple} > {marks}"
        raw = _fetch(db, f"SELECT {cols} FROM {table}{where} ORDER BY {order} LIMIT ?", [*(after or []), page])
        if not raw:
            return
        after = [raw[-1][i] for i in at]
        for row in raw:
            yield read(row)
        if len(raw) < page:
            return


def count_rows(db: Any, model: type[BaseModel]) -> int:
    return int(_fetch(db, f"SELECT COUNT(*) FROM {_q(model._meta.table_name)}", [])[0][0])


def is_empty(db: Any) -> bool:
    """Whether the destination holds no office yet (no rows in any table, no key slots)."""
    models: list[type[BaseModel]] = [*copy_models(), *([KeySlotFile] if is_server(db) else [])]
    return all(not _fetch(db, f"SELECT 1 FROM {_q(m._meta.table_name)} LIMIT 1", []) for m in models)


def copy_rows(source: Any, target: Any, *, progress: Progress | None = None, page: int = PAGE) -> CopyResult:
    """Copy every row of every table from ``source`` into the empty ``target`` (see the module's text)."""
    models = copy_models()
    total = sum(count_rows(source, m) for m in models)
    done = 0
    copied: dict[str, int] = {}
    if progress is not None:
        progress(0, total)
    paused = _pause_index_triggers(target)
    for model in models:
        fields = _fields(model)
        write = _writer(target, fields)
        sql = (f"INSERT INTO {_q(model._meta.table_name)} ({', '.join(_q(f.column_name) for f in fields)}) "
               f"VALUES ({', '.join('?' for _ in fields)})")
        batch: list[tuple[Any, ...]] = []
        n = 0
        for row in iter_rows(source, model, page):
            batch.append(write(row))
            if len(batch) >= page:
                _write(target, sql, batch)
                n += len(batch)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(done, total)
        _write(target, sql, batch)
        n += len(batch)
        done += len(batch)
        copied[model._meta.table_name] = n
        if progress is not None and batch:
            progress(done, total)
    for statement in paused:
        target.execute_sql(statement)
    after_copy(target)
    return CopyResult(copied)


def _pause_index_triggers(target: Any) -> list[str]:
    """The SQLCipher file's search-index triggers are dropped for the copy (inside its transaction) and
    given back after it, as they were: the index is rebuilt whole from the copied contacts
    (:func:`after_copy`), and queueing each copied contact cost ~0.5 ms a row (6 s at 10,000 contacts)."""
    if is_server(target):
        return []
    found = _fetch(target, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contact' "
                           "AND name LIKE 'contact_fts_%' ORDER BY name", [])
    for name, _sql in found:
        target.execute_sql(f"DROP TRIGGER {_q(name)}")
    return [str(sql) for _name, sql in found]


def after_copy(target: Any) -> None:
    """What the destination store keeps beside the rows: the server's id sequences; the file's search index."""
    if is_server(target):
        for model in copy_models():
            pk = model._meta.primary_key
            if isinstance(pk, pw.AutoField):  # BigAutoField is an AutoField too
                table, col = model._meta.table_name, pk.column_name
                _fetch(target, f"SELECT setval(pg_get_serial_sequence(?, ?), "
                               f"COALESCE((SELECT MAX({_q(col)}) FROM {_q(table)}), 0) + 1, false)", [table, col])
        return
    target.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    target.execute_sql(f"DELETE FROM {QUEUE}")


def create_office_file(path: Any, key: bytearray) -> Any:
    """A new SQLCipher office database at ``path`` keyed with ``key``, at this app's schema, no rows yet.

    The migrations create tables through the models, which are bound to it meanwhile (the models' proxy
    points at the open office: the server this copy is made from)."""
    from desktop.store import db as dbmod
    from desktop.store.migrations import migrate

    db = dbmod.open_database(path, key, create=True)
    try:
        with db.bind_ctx(all_models()):
            migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def close_office_file(db: Any, path: Any) -> None:
    """Close an office file made by :func:`create_office_file`: its WAL moved into the file, no empty journal left."""
    from desktop.store import db as dbmod

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    dbmod.drop_empty_journal(path)


@contextlib.contextmanager
def snapshot(db: Any) -> Iterator[None]:
    """One consistent read of the whole office.

    On the server: a repeatable-read, read-only transaction of its own, without the office-wide write lock
    that the app's transactions take (store/server.py), so the other PCs keep saving while the copy runs
    (what they save meanwhile is not in it). This app's other threads wait for the connection meanwhile."""
    if not is_server(db):
        with db.atomic():
            yield
        return
    with db.serial:
        if db.transaction_depth() > 0:
            raise RuntimeError("a snapshot cannot start inside a transaction")
        _run(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield
        finally:
            with contextlib.suppress(Exception):  # a read-only transaction: nothing to keep
                _run(db, "ROLLBACK")


def _run(db: Any, sql: str) -> None:
    try:
        db.connection().execute(sql)
    except psycopg.Error as exc:
        fault = server_fault(exc)
        if fault is not None:
            raise fault from None
        raise


def slots_document(db: Any) -> bytes | None:
    """The key slots document stored on the server (None when it holds no office)."""
    rows = _fetch(db, f"SELECT doc FROM {_q(KeySlotFile._meta.table_name)} WHERE id = 1", [])
    return bytes(rows[0][0]) if rows else None


def put_slots_document(db: Any, generation: int, doc: bytes) -> None:
    """Store the key slots document on the server (a new office: no row yet)."""
    with db.bind_ctx([KeySlotFile]):
        KeySlotFile.insert(id=1, generation=generation, doc=doc).execute()


def append_audit(db: Any, *, ts: datetime, actor: str, action: str, target: str = "",
                 details: Mapping[str, Any] | None = None) -> tuple[int, str, str, int | None]:
    """Append one entry to ``db``'s audit chain (by its own key and forward-secure state, read from ``db``).

    Returns the head afterwards: (seq, mac hex, ts, forward-secure start seq)."""
    models = [Setting, AuditEntry, audit_fs.AuditKeyState]
    with db.bind_ctx(models):
        row = Setting.get_or_none(Setting.key == AUDIT_KEY_SETTING)
        if row is None:
            raise ValueError("the copied office has no audit key")
        log = AuditLog(bytes.fromhex(json.loads(row.value)))
        seq = log.append(ts=ts, actor=actor, action=action, target=target, details=details)
        last = AuditEntry.get(AuditEntry.seq == seq)
        state = audit_fs.load()
        return seq, bytes(last.mac).hex(), str(last.ts), state.start_seq if state else None


__all__ = ["PAGE", "CopyResult", "Progress", "after_copy", "append_audit", "copy_models", "copy_rows",
           "count_rows",
           "create_office_file", "is_empty", "iter_rows", "put_slots_document", "slots_document", "snapshot"]

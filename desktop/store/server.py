"""The office server: the same office on a stock PostgreSQL server over TLS (issue 18).

Each PC keeps a small connection file, ``server.json`` (0600), in its office folder: the server's address,
the database, the app's database role and its password, and the office CA's certificate, against which the
server's certificate is checked (``sslmode=verify-full``: the name must match too). Nothing personal is in it.

:class:`ServerDatabase` is peewee's PostgreSQL database with what the SQLCipher office has around its
connection (store/db.py): one connection shared by the window and its workers under a re-entrant lock held
for each statement and each whole transaction, hooks after each outermost commit, and one clear error for
the environment's faults (server down, connection cut, wrong certificate). Personal fields are sealed by the
app before they leave (store/sealing.py). Raw statements written for SQLite keep working: ``?``
placeholders become ``%s``, and sealed values in their results are opened.

A connection that broke is re-opened at the next statement outside a transaction; a transaction that was cut
is rolled back by the server (nothing half-written) and reported once as :class:`ServerUnavailable`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import peewee as pw
import psycopg

from desktop.fileio import atomic_write
from desktop.store.errors import (
    ServerCertificateWrong,
    ServerNewer,
    ServerNotReady,
    ServerUnavailable,
    SignedInElsewhere,
    StoreError,
    os_fault,
)
from desktop.store.sealing import Sealer, open_row

PROFILE_NAME = "server.json"
CA_NAME = "office-ca.pem"
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 60_000
OFFICE_WRITE_LOCK = 0x4D44_4754  # advisory lock every office transaction takes first ("MDGT")
SCHEMA_TABLE = "madoguchi_schema"  # the server schema's version row (store/server_schema.py)
SNAPSHOT = "REPEATABLE READ READ ONLY"  # ServerDatabase.snapshot(): a consistent read that takes no lock


@dataclass(frozen=True)
class Keyed:
    """How :meth:`ServerDatabase.keyed` begins: the office lock shared, then one exclusive lock per key."""

    locks: tuple[int, ...]


@dataclass(frozen=True)
class ServerProfile:
    """How this PC reaches the office server (``server.json``)."""

    host: str
    port: int
    dbname: str
    user: str
    password: str
    ca_pem: str  # the office CA's certificate (PEM): the server's certificate must chain to it
    office_uuid: str = ""

    @classmethod
    def load(cls, folder: Path) -> ServerProfile:
        doc = json.loads((folder / PROFILE_NAME).read_text(encoding="utf-8"))
        return cls(host=str(doc["host"]), port=int(doc["port"]), dbname=str(doc["dbname"]),
                   user=str(doc["user"]), password=str(doc["password"]), ca_pem=str(doc["ca_pem"]),
                   office_uuid=str(doc.get("office_uuid", "")))

    def save(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write(folder / PROFILE_NAME, json.dumps(asdict(self), indent=1).encode("utf-8"))
            os.chmod(folder / PROFILE_NAME, 0o600)
        except OSError as exc:
            raise (os_fault(exc) or exc) from None

    def ca_path(self, folder: Path) -> Path:
        """The CA certificate as a file beside the profile (libpq reads the root certificate from a file)."""
        path = folder / CA_NAME
        data = self.ca_pem.encode("ascii")
        if not path.exists() or path.read_bytes() != data:
            atomic_write(path, data)
        return path

    def connect_params(self, folder: Path) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "user": self.user, "password": self.password,
                "sslmode": "verify-full", "sslrootcert": str(self.ca_path(folder)),
                "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "madoguchi",
                "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c TimeZone=UTC"}


def is_server_folder(folder: Path) -> bool:
    return (folder / PROFILE_NAME).exists()


def server_fault(exc: BaseException) -> StoreError | None:
    """The user-readable error for a failed server statement caused by the network, the server or TLS.

    Decided on the driver's own error (peewee wraps it in its OperationalError): a cancelled statement
    (timeout), a lock not available or a transaction the server rolled back (deadlock, serialization) are
    not the network, and stay what they are."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and not any(seen is c for c in chain):
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for link in chain:
        if isinstance(link, StoreError):
            return link
    driver = next((link for link in chain if isinstance(link, psycopg.Error)), None)
    if driver is None:  # peewee's own: no connection open (the last reopening failed)
        return ServerUnavailable() if any(isinstance(link, pw.InterfaceError) for link in chain) else None
    if not isinstance(driver, psycopg.OperationalError | psycopg.InterfaceError) or isinstance(
            driver, psycopg.errors.QueryCanceled | psycopg.errors.LockNotAvailable | psycopg.errors.TransactionRollback):
        return None
    text = str(driver).lower()
    if "certificate" in text or "ssl" in text and "verify" in text:
        return ServerCertificateWrong()
    if "password authentication failed" in text or "パスワード認証に失敗" in text:  # server new-login since
        from desktop.store.errors import ServerLoginChanged

        return ServerLoginChanged()
    return ServerUnavailable()


_DEFERRABLE = re.compile(r"\s*(SAVEPOINT |RELEASE SAVEPOINT |SELECT pg_advisory_xact_lock\(%s\)$)")


class _NoRows:
    """What a deferred statement returns (its result is never read)."""

    rowcount = -1

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []


_NO_ROWS = _NoRows()
_DRIVER_FAULTS = (pw.OperationalError, pw.InterfaceError, psycopg.OperationalError, psycopg.InterfaceError)
_PLACEHOLDER = re.compile(r"'[^']*'|\?|%")


def to_pyformat(sql: str) -> str:
    """``?`` placeholders (SQLite) as ``%s`` (psycopg), outside string literals; a literal ``%`` doubled."""
    if "?" not in sql:
        return sql
    return _PLACEHOLDER.sub(lambda m: "%s" if m.group(0) == "?" else ("%%" if m.group(0) == "%" else m.group(0)), sql)


class _OpeningCursor:
    """A cursor whose rows come back with their sealed values opened (raw statements written for SQLite)."""

    def __init__(self, cursor: Any, sealer: Sealer | None) -> None:
        self._cursor = cursor
        self._sealer = sealer

    def fetchone(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else open_row(self._sealer, row)

    def fetchmany(self, size: int | None = None) -> list[Any]:
        rows = self._cursor.fetchmany(size) if size is not None else self._cursor.fetchmany()
        return [open_row(self._sealer, r) for r in rows]

    def fetchall(self) -> list[Any]:
        return [open_row(self._sealer, r) for r in self._cursor.fetchall()]

    def __iter__(self) -> Any:
        for row in self._cursor:
            yield open_row(self._sealer, row)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._cursor.executemany(to_pyformat(sql), rows)

    def execute(self, sql: str, params: Any = None) -> Any:
        self._cursor.execute(to_pyformat(sql), params)
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class ServerDatabase(pw.PostgresqlDatabase):
    """PostgreSQL with the single-connection discipline of :class:`desktop.store.db.OfficeDatabase`."""

    field_types = {**pw.PostgresqlDatabase.field_types, "SEALED": "BYTEA"}  # noqa: RUF012 - peewee's class-level mapping
    server = True

    def __init__(self, *args: Any, sealer: Sealer | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.serial = threading.RLock()
        self.after_commit: list[Any] = []  # type: ignore[assignment]
        self.sealer = sealer
        self._open_wanted = False  # opened by the app and not closed by it (a lost connection is reopened)
        # session locks this connection holds (one session per user: store/server_office.claim_user); a new
        # connection takes them again, and if another PC took one meanwhile this session ends with a message
        self.session_claims: list[str] = []
        self.claim_lost = False
        # the schema version this app needs (set for the app's own office connection): a connection opened again
        # (e.g. after ``madoguchi server upgrade`` ended every PC's session) checks it, and a newer schema stops
        # this app with one message instead of letting an older version write into it
        self.expected_version: int | None = None
        self.not_ready = False
        self.search_copy: Any = None  # the contacts search's decrypted copy (store/server_search.py)
        # statements of a transaction whose result nobody reads (savepoints, a transaction lock), sent with the
        # next statement in one round trip (psycopg's pipeline): each round trip made while the office lock is
        # held keeps every other PC's save waiting
        self._deferred: list[tuple[str, Any]] = []

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        with self.serial:
            if self.claim_lost:
                raise SignedInElsewhere()
            if self.not_ready:
                raise ServerNewer()  # (the only way a schema changes under an open app: a newer app's upgrade)
            self._reconnect_if_broken()
            if self.transaction_depth() > 0 and _DEFERRABLE.match(sql):
                self._deferred.append((to_pyformat(sql), params))
                return _NO_ROWS
            try:
                if self._deferred:
                    cursor = self._with_deferred(lambda: super(ServerDatabase, self).execute_sql(  # type: ignore[no-untyped-call]
                        to_pyformat(sql), params, *args, **kwargs))
                else:
                    cursor = super().execute_sql(to_pyformat(sql), params, *args, **kwargs)  # type: ignore[no-untyped-call]
            except _DRIVER_FAULTS as exc:
                fault = server_fault(exc)
                if fault is None:
                    raise
                if not (isinstance(fault, ServerUnavailable) and self._may_retry(sql)):
                    raise fault from None
                # a read outside a transaction on a connection that died meanwhile (the server restarted):
                # nothing was changed, so it runs again on a new connection instead of failing once
                self._reopen()
                try:
                    cursor = super().execute_sql(to_pyformat(sql), params, *args, **kwargs)  # type: ignore[no-untyped-call]
                except _DRIVER_FAULTS as again:
                    raise (server_fault(again) or again) from None
            # peewee ran it on :meth:`cursor`'s cursor, which opens sealed values already (not twice)
            return cursor if isinstance(cursor, _OpeningCursor) else _OpeningCursor(cursor, self.sealer)

    def _with_deferred(self, run: Any) -> Any:
        """Send the deferred statements and then ``run``'s in one round trip (in order: a deferred lock is taken
        before the statement that follows it). A failure of any of them fails the transaction, as it would have."""
        pending, self._deferred = self._deferred, []
        conn = self.connection()  # type: ignore[no-untyped-call]
        with conn.pipeline():
            for sql, params in pending:
                conn.execute(sql, params)
            return run()

    def commit(self) -> None:
        with self.serial:
            if not self._deferred:
                return super().commit()
            pending, self._deferred = self._deferred, []
            if any(params for _sql, params in pending):
                self._deferred = pending
                return self._with_deferred(super().commit)  # type: ignore[no-any-return]
            # parameterless (RELEASE SAVEPOINT ...): one simple query with the COMMIT
            self.cursor().execute("; ".join([sql.rstrip("; ") for sql, _params in pending] + ["COMMIT"]))
            return None

    def cursor(self, named_cursor: Any = None) -> Any:
        with self.serial:
            self._reconnect_if_broken()
            return _OpeningCursor(super().cursor(named_cursor), self.sealer)  # type: ignore[no-untyped-call]

    def _lost(self) -> bool:
        """Whether the open connection was closed by the server or the network (psycopg knows after a failure)."""
        if self.is_closed():
            return False
        conn = self.connection()  # type: ignore[no-untyped-call]
        return bool(conn.closed or conn.broken)

    def _may_retry(self, sql: str) -> bool:
        head = sql.lstrip()[:6].upper()
        return (self.transaction_depth() == 0 and head == "SELECT" and "pg_advisory" not in sql
                and "nextval" not in sql and self._lost())

    def _reopen(self) -> None:
        self._deferred = []
        with contextlib.suppress(Exception):
            self.close()
        self._open_wanted = True  # still wanted if this attempt fails: the next statement tries again
        try:
            self.connect()
        except _DRIVER_FAULTS as exc:
            raise (server_fault(exc) or ServerUnavailable()) from None
        self._check_version()
        self._reclaim()

    def _check_version(self) -> None:
        """On a new connection: the server's schema must still be the one this app was opened with."""
        if self.expected_version is None:
            return
        row = super().execute_sql(  # type: ignore[no-untyped-call]
            f"SELECT (SELECT version FROM {SCHEMA_TABLE} WHERE id = 1) WHERE to_regclass(%s) IS NOT NULL",
            (SCHEMA_TABLE,)).fetchone()
        if row is None or row[0] != self.expected_version:
            self.not_ready = True
            raise ServerNewer() if row is not None and row[0] > self.expected_version else ServerNotReady()

    def _reclaim(self) -> None:
        """Take this session's user locks again on a new connection (the old one's ended with it)."""
        for claim in self.session_claims:
            row = super().execute_sql("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))",  # type: ignore[no-untyped-call]
                                      (claim,)).fetchone()
            if not row[0]:
                self.claim_lost = True
                raise SignedInElsewhere()

    def connect(self, reuse_if_open: bool = False) -> Any:
        opened = super().connect(reuse_if_open)
        self._open_wanted = True
        return opened

    def _reconnect_if_broken(self) -> None:
        """Outside a transaction, a connection the server or the network closed is opened again (also one
        whose last reopening failed, e.g. while the server was down); not one the app closed itself."""
        if self.transaction_depth() > 0:
            return
        if self.is_closed() and not self._open_wanted:
            return
        if self.is_closed() or self._lost():
            self._reopen()

    def begin(self, isolation_level: Any = None) -> None:
        """Open a transaction that runs alone among the office's PCs.

        The services were written for the SQLCipher file, where one transaction runs at a time: they read,
        decide, then write (is this address known? is today's script stored?). Under PostgreSQL's READ
        COMMITTED two PCs would both decide "new" and one would fail on the unique index, or, for another
        spelling of the same mailbox, both would write. So each transaction first takes one office-wide
        advisory lock (held to COMMIT/ROLLBACK, released by the server if the connection drops): the same
        guarantee as the file, at the cost of PCs queueing for a few milliseconds per save. Statements outside
        a transaction (the plain reads of the screens) do not wait. The phone desk's save, the one many PCs
        make at once, names what it touches instead (:meth:`keyed`) and runs beside other callers' saves.

        A connection found dead at BEGIN (the server restarted since the last save) is replaced and the
        transaction begins on the new one: nothing had been sent, so the save goes through without a message.
        """
        try:
            try:
                self._begin(isolation_level)
            except _DRIVER_FAULTS as exc:
                if not (isinstance(server_fault(exc), ServerUnavailable) and self._lost()):
                    raise
                self._reopen()
                self._begin(isolation_level)
        except _DRIVER_FAULTS as exc:
            fault = server_fault(exc)
            if fault is not None:
                raise fault from None
            raise

    def _begin(self, isolation_level: Any) -> None:
        if isolation_level == SNAPSHOT:
            super().begin(isolation_level)  # a read-only snapshot: consistent by itself, it keeps no PC waiting
            return
        if isinstance(isolation_level, Keyed):
            taken = [f"pg_advisory_xact_lock_shared({int(OFFICE_WRITE_LOCK)})",
                     *(f"pg_advisory_xact_lock({int(k)})" for k in sorted(set(isolation_level.locks)))]
        else:
            taken = [f"pg_advisory_xact_lock({int(OFFICE_WRITE_LOCK)})"]
        try:  # BEGIN and the locks in one round trip (simple query protocol: no parameter)
            self.cursor().execute("BEGIN; SELECT " + ", ".join(taken))
        except BaseException:
            with contextlib.suppress(Exception):
                self.connection().execute("ROLLBACK")  # type: ignore[no-untyped-call]
            raise

    def keyed(self, locks: tuple[int, ...]) -> Any:
        """A transaction that only touches what ``locks`` name (e.g. one mailbox's contact, events and
        suppression, plus the audit head, which serialises itself): it takes the office lock *shared* and one
        exclusive advisory lock per key, so two PCs saving different callers run side by side, two saving the
        same caller queue, and an ordinary transaction (the office lock exclusive) still runs alone. Nested in
        a transaction it is that transaction (which holds the office lock already).

        The lock numbers are visible to the server (``pg_locks``) while held: callers derive them from the
        office's keyed hashes, never from an address."""
        return self.atomic(isolation_level=Keyed(tuple(locks)))

    def snapshot(self) -> Any:
        """A read-only transaction that sees one moment of the office (REPEATABLE READ) without taking the
        office lock: for long reads (the search copy, exports, verifying the audit log) that should neither
        wait for nor hold up the other PCs' saves. Nested in a transaction it is that transaction."""
        return self.atomic(isolation_level=SNAPSHOT)

    def rollback(self) -> None:
        with self.serial:
            self._deferred = []  # never sent: nothing of them to undo
            if self.is_closed() or self._lost():
                return  # the connection dropped: the server rolled the transaction back itself
            try:
                super().rollback()
            except _DRIVER_FAULTS as exc:
                if self._lost():
                    return
                fault = server_fault(exc)
                if fault is not None:
                    raise fault from None
                raise

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        from desktop.store.db import Serialized

        return Serialized(self.serial, super().atomic(*args, **kwargs), server_fault)

    def close(self) -> Any:
        with self.serial:
            self._open_wanted = False
            self._deferred = []
            try:
                return super().close()
            except (pw.OperationalError, pw.InterfaceError, psycopg.Error):
                self._state.reset()  # type: ignore[attr-defined]
                return True

    def _close(self, conn: Any) -> None:
        with contextlib.suppress(psycopg.Error):
            conn.close()


def connect_server(profile: ServerProfile, folder: Path, key: bytes | bytearray | None) -> ServerDatabase:
    """Open a connection to the office server (``key``: the office data key, for the personal fields)."""
    params = profile.connect_params(folder)
    db = ServerDatabase(profile.dbname, sealer=Sealer(key) if key is not None else None, autoconnect=False,
                        thread_safe=False, autorollback=False, **params)
    try:
        db.connect()
    except (pw.OperationalError, pw.InterfaceError, psycopg.Error) as exc:
        raise (server_fault(exc) or ServerUnavailable()) from None
    return db


def is_server(db: Any) -> bool:
    """Whether ``db`` is an office server database (PostgreSQL) rather than the SQLCipher file."""
    return bool(getattr(db, "server", False))

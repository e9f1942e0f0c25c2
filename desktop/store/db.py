"""Opening the encrypted office database (SQLCipher 4 through peewee).

Rules (shared/reference/security.md): a random 256-bit raw key, never a passphrase (R1); refuse
an empty key and a library without SQLCipher (R2); one clear error for a wrong key or a damaged
file (R4); SQLCipher defaults kept (R5); pragmas in a fixed order (R6); a single writer on a local
disk (R9). Integrity (R7): the cheap checks run at unlock (a missing, 0-byte or plain file is refused
before SQLCipher touches it; page 1 and the schema must decrypt and authenticate, which a wrong key or
a foreign file fails); the full ``cipher_integrity_check`` + ``quick_check`` reads every page, so it runs
on its own connection (:func:`open_reader`, :func:`full_check`) in the background after unlock, after an
unclean shutdown and before every backup (services/integrity.py, store/backup.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.errors import (
    AlreadyOpenElsewhere,
    Corrupt,
    DatabaseEmpty,
    DatabaseNotEncrypted,
    DataFolderUnusable,
    DiskFull,
    EncryptionUnavailable,
    StoreError,
    UnsafeLocation,
    WrongKeyOrCorrupt,
    os_fault,
)

log = logging.getLogger(__name__)

KEY_BYTES = 32
SQLITE_NOTADB = 26
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# Applied after the key and the checks, in this order (R6). Chosen from measurement (benchmarks/bench_login.py
# prints the figures; issue 15):
# * page size: SQLCipher 4's default 4096 is kept. It is fixed when a file is created (changing it needs a full
#   sqlcipher_export of every office), and with the 64 MiB cache below a 1M-contact scan is already as fast as
#   plain SQLite, so a larger page would only grow each write's re-encrypted, re-HMACed unit.
# * KDF iterations: the key is a random 256-bit raw key (``x'<hex>'``), for which SQLCipher skips PBKDF2
#   entirely (opening costs ~0.2 ms at any size); ``kdf_iter`` stays at its default (R5) and costs nothing.
#   The one slow KDF is the password's scrypt in the key slot (keyslots.py), the unlock's floor.
CONNECTION_PRAGMAS: tuple[tuple[str, Any], ...] = (
    # Wipe freed SQLite memory so decrypted pages and keys do not linger in the heap (R5). Measured cost: about
    # 8 % on single-row commits (security.md E9) and nothing measurable on unlock, which reads a few pages
    # (bench_login.py); the app's writes are a few per minute, so the protection is worth it.
    ("cipher_memory_security", "ON"),
    # WAL: readers never wait for the writer, so the integrity check and the backup copy run on their own
    # connections beside the window's work. FULL: the WAL is synced at every commit, so an acknowledged commit
    # also survives a power loss; under kill -9 WAL/FULL and WAL/NORMAL both lost nothing (security.md E10),
    # NORMAL only trades the power-loss guarantee for speed on bulk writes, which batch in one transaction here.
    ("journal_mode", "wal"),
    ("synchronous", 2),  # FULL
    ("foreign_keys", 1),
    ("secure_delete", 1),
    ("temp_store", 2),  # MEMORY: sorts and temp indexes never reach the disk in plaintext
    # 64 MiB page cache: scans as fast as plain SQLite (performance.md §2: 14-17 ms vs 78-93 ms with the
    # default 2 MB for a 100k substring search); it is a ceiling, filled only as pages are read.
    ("cache_size", -65536),
    ("busy_timeout", 500),
)
READER_CACHE_KIB = 8192  # a background reader reads each page once: a small cache, no eviction of the main one

_LOG_SILENCED = False


def silence_cipher_log() -> None:
    """Stop SQLCipher printing 'hmac check failed' lines to stderr on a wrong key (R4)."""
    global _LOG_SILENCED
    if _LOG_SILENCED:
        return
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    _LOG_SILENCED = True


def _sqlite_errorcode(exc: BaseException) -> int | None:
    seen: BaseException | None = exc
    while seen is not None:
        code = getattr(seen, "sqlite_errorcode", None)
        if code is not None:
            return int(code)
        seen = seen.__cause__ or seen.__context__
    return None


def fault_of(exc: BaseException) -> StoreError | None:
    """The user-readable error for a failed SQLite statement caused by the disk, or None.

    A full disk, a read-only folder or an I/O error is a fault of the environment, not a bug: it is
    reported in one clear line (and the transaction is rolled back by SQLite, so nothing is lost).
    """
    seen: BaseException | None = exc
    while seen is not None:  # a failed rollback hides the commit's own error in its context
        found = _fault_here(seen)
        if found is not None:
            return found
        seen = seen.__cause__ or seen.__context__
    return None


def _fault_here(exc: BaseException) -> StoreError | None:
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        return os_fault(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # extended result codes carry the primary code in the low byte
    text = str(exc).lower()
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull()
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) or "readonly database" in text or "unable to open" in text:
        return DataFolderUnusable()
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return DiskFull() if _disk_is_full() else DataFolderUnusable()
    return None


_FULL_PATHS: list[str] = []


def _disk_is_full() -> bool:
    """Whether a folder of an open office has (almost) no free space left (an I/O error's likely cause)."""
    for folder in _FULL_PATHS:
        with contextlib.suppress(OSError):
            st = os.statvfs(folder)
            if st.f_bavail * st.f_frsize < 1 << 20:
                return True
    return False


class Serialized:
    """A transaction that holds the database's lock from BEGIN to COMMIT (see :class:`OfficeDatabase`).

    ``faults`` maps a failed commit or rollback to the user-readable error (the SQLCipher file's by default;
    the office server passes its own, store/server.py)."""

    def __init__(self, lock: threading.RLock, inner: Any, faults: Any = None) -> None:
        self._lock = lock
        self._inner = inner
        self._faults = faults or fault_of

    def __enter__(self) -> Any:
        self._lock.acquire()
        try:
            return self._inner.__enter__()
        except BaseException:
            self._lock.release()
            raise

    def __exit__(self, *exc: Any) -> Any:
        try:
            result = self._inner.__exit__(*exc)
            db = getattr(self._inner, "db", None)
            if exc[0] is None and db is not None and db.transaction_depth() == 0:
                for hook in list(getattr(db, "after_commit", ())):  # e.g. the audit head anchor (store/anchor.py)
                    hook()
            return result
        except Exception as failure:
            # A commit that hit a full disk, or a rollback after SQLite already rolled back on its own
            # ("cannot rollback - no transaction is active"): report the fault, not the driver's words.
            fault = self._faults(failure) or (self._faults(exc[1]) if exc[1] is not None else None)
            if fault is not None:
                raise fault from None
            raise
        finally:
            self._lock.release()


class OfficeDatabase(SqlCipherDatabase):  # type: ignore[misc]
    field_types = {**SqlCipherDatabase.field_types, "SEALED": "TEXT"}  # noqa: RUF012 - personal fields: plain inside the encrypted file (store/sealing.py)

    """SqlCipherDatabase that checks encryption before any statement and sets pragmas in order.

    One connection is shared by the GUI thread and background workers (exports, imports, backups).
    A re-entrant lock is held for every statement and for the whole of each transaction, so a
    statement from another thread can never run inside (or interleave with) someone else's
    transaction, and the database cannot be closed in the middle of one.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.serial = threading.RLock()
        self.after_commit: list[Any] = []  # called after each outermost commit, lock still held

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        with self.serial:
            try:
                return super().execute_sql(sql, params, *args, **kwargs)
            except (peewee.OperationalError, sqlcipher.OperationalError) as exc:
                fault = fault_of(exc)
                if fault is not None:
                    raise fault from None
                raise

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        return Serialized(self.serial, super().atomic(*args, **kwargs))

    def close(self) -> Any:
        with self.serial:
            return super().close()

    def _add_conn_hooks(self, conn: Any) -> None:
        version = conn.execute("PRAGMA cipher_version").fetchall()
        if not version or not version[0][0]:
            raise EncryptionUnavailable()
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.DatabaseError as exc:
            if _sqlite_errorcode(exc) == SQLITE_NOTADB:
                raise WrongKeyOrCorrupt() from exc
            raise (fault_of(exc) or WrongKeyOrCorrupt()) from exc
        try:
            for name, value in CONNECTION_PRAGMAS:
                conn.execute(f"PRAGMA {name} = {value}")
        except sqlcipher.DatabaseError as exc:
            fault = fault_of(exc)
            if fault is None:
                raise
            with contextlib.suppress(sqlcipher.Error):
                conn.close()  # peewee never saw this connection: close it so its journal files can go
            raise fault from exc
        super()._add_conn_hooks(conn)


def key_literal(key: bytes | bytearray) -> str:
    """The raw-key form SQLCipher understands: ``x'<64 hex>'`` (peewee doubles the quotes)."""
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise ValueError("a 32-byte raw key is required")
    if not any(key):
        raise ValueError("an all-zero key is refused")
    return "x'" + bytes(key).hex() + "'"


def check_database_file(path: Path) -> None:
    """Refuse a missing, empty or plain (unencrypted) database file before SQLCipher touches it.

    SQLCipher treats a missing or 0-byte file as a new database and would write a fresh schema into
    it, destroying the evidence of what happened; only creating an office may start a new file.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_SQLITE_HEADER))
    except FileNotFoundError:
        raise DatabaseEmpty() from None
    except OSError as exc:
        raise (os_fault(exc) or DataFolderUnusable()) from None
    if not head:
        raise DatabaseEmpty()
    if head == PLAIN_SQLITE_HEADER:
        raise DatabaseNotEncrypted()


def open_database(path: Path, key: bytes | bytearray, *, create: bool = False) -> OfficeDatabase:
    """Open the office database at ``path`` with the raw ``key`` and check it (``create``: a new file).

    Raises:
        ValueError: the key is empty or not 32 bytes.
        DatabaseEmpty / DatabaseNotEncrypted: the file is missing, empty or plain SQLite (never opened).
        WrongKeyOrCorrupt: the key does not fit or the file is not a database.
        EncryptionUnavailable: the driver has no SQLCipher.
        DiskFull / DataFolderUnusable: the folder cannot take the database's journal.
    """
    literal = key_literal(key)
    if create:
        if path.exists():
            raise FileExistsError(str(path))
    else:
        check_database_file(path)
    if str(path.parent) not in _FULL_PATHS:
        _FULL_PATHS.append(str(path.parent))
    silence_cipher_log()
    # thread_safe=False: one connection shared by the GUI thread and the worker that opened it.
    db = OfficeDatabase(str(path), passphrase=literal, check_same_thread=False, autoconnect=False,
                        thread_safe=False)
    try:
        db.connect()
    except StoreError:
        drop_empty_journal(path)
        raise
    except peewee.DatabaseError as exc:
        if _sqlite_errorcode(exc) == SQLITE_NOTADB or isinstance(exc.__cause__, WrongKeyOrCorrupt):
            raise WrongKeyOrCorrupt() from None
        fault = fault_of(exc)
        if fault is not None:
            raise fault from None
        raise
    except sqlcipher.DatabaseError as exc:
        raise (fault_of(exc) or WrongKeyOrCorrupt()) from None
    # The open connection keeps the key; do not keep a second copy of the hex around.
    db.connect_params["passphrase"] = ""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return db


def drop_empty_journal(db_path: Path) -> None:
    """With no connection open: remove an empty WAL and its index, which SQLite leaves behind when it
    could not finish opening or closing (a full disk). They hold nothing; the folder is left as it was."""
    wal = db_path.with_name(db_path.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()
            db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)


def integrity_check(db: peewee.Database) -> None:
    """``cipher_integrity_check`` must be empty and ``quick_check`` 'ok' (R7); raise Corrupt otherwise.

    On the shared connection it holds the database's lock for the whole check (seconds at 1M contacts): the
    app uses :func:`full_check` on a connection of its own instead.
    """
    full_check(db.connection())  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


def full_check(conn: Any) -> None:
    """The full check (R7) on a raw connection: every page's HMAC, then SQLite's ``quick_check``.

    Raises Corrupt when a page or the b-trees are damaged (or the check cannot run); an interrupt
    (``conn.interrupt()`` from another thread) surfaces as ``sqlcipher.OperationalError`` for the caller.
    """
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            # It reads the file's pages directly, beside the window's connection, whose WAL checkpoints may
            # rewrite a page while it is read: a failure is confirmed by a second pass before it is reported.
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
    except sqlcipher.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            raise
        raise Corrupt("integrity check could not run") from exc
    except sqlcipher.DatabaseError as exc:
        raise Corrupt("integrity check could not run") from exc
    if problems:
        raise Corrupt("; ".join(str(p[0]) for p in problems[:5]))
    if not quick or quick[0][0] != "ok":
        raise Corrupt("quick_check failed")


def open_reader(path: Path, key: bytes | bytearray) -> Any:
    """A second, read-only connection to an open office (WAL: it never blocks or waits for the window's writes).

    Raises WrongKeyOrCorrupt when the key does not fit. The caller closes it.
    """
    literal = key_literal(key)
    check_database_file(path)
    silence_cipher_log()
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"{literal}\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute("PRAGMA query_only = 1")
        conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
        conn.execute("PRAGMA temp_store = 2")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise (fault_of(exc) or WrongKeyOrCorrupt()) from None
    return conn


# --- the single-writer lock (R9) -------------------------------------------------------------


class OfficeLock:
    """An OS-level exclusive lock on ``office.lock`` held while the office is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise (os_fault(exc) or DataFolderUnusable()) from None
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise AlreadyOpenElsewhere() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


# --- where an office may live (R9, R29) -------------------------------------------------------

_CLOUD_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud drive", "icloud~",
                  "mobile documents", "box sync", "pcloud")
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "sshfs", "fuse.sshfs", "9p", "davfs",
               "fuse.rclone", "webdav"}


def _mount_fs_type(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux only; None elsewhere)."""
    mounts = Path("/proc/self/mounts")
    if not mounts.exists():
        return None
    best, best_type = "", None
    target = str(path.resolve())
    try:
        for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) < 3:
                continue
            mount_point = parts[1].replace("\\040", " ")
            if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
                mount_point
            ) > len(best):
                best, best_type = mount_point, parts[2]
    except OSError:
        return None
    return best_type


def check_location(path: Path) -> None:
    """Refuse UNC paths, network mounts and cloud-sync folders for the office data (R9)."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        raise UnsafeLocation()
    lowered = text.replace("\\", "/").lower()
    if any(marker in lowered for marker in _CLOUD_MARKERS):
        raise UnsafeLocation()
    if sys.platform.startswith("linux"):
        existing = path
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        fs_type = _mount_fs_type(existing)
        if fs_type and fs_type.lower() in _NETWORK_FS:
            raise UnsafeLocation()


def library_versions() -> dict[str, str]:
    """SQLCipher and SQLite versions of the loaded driver (for About and --version)."""
    conn = sqlcipher.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
    finally:
        conn.close()
    return {
        "sqlcipher": row[0] if row and row[0] else "missing",
        "cipher_provider": provider[0] if provider and provider[0] else "",
        "sqlite": ".".join(str(p) for p in sqlcipher.sqlite_version_info),
    }

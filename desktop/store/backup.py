"""Backup sets (R25, R26): an encrypted copy of the database, the slot file and a manifest.

A set is a folder ``madoguchi-YYYYMMDD-HHMMSS`` under the backup location holding:

* ``office.db`` — made with SQLite's online backup API into a keyed target (same key; keeps
  ``user_version`` and the encryption, E6),
* ``office.keys`` and ``office.keys.bak`` — without the slots a backup cannot be opened,
* ``checkpoint.json`` — the latest signed audit checkpoint, if any,
* ``manifest.json`` — time, schema version, database id, row counts and SHA-256 of the files.

The set is written under a temp name, reopened and checked (integrity, counts) and only then
renamed into place; older sets are pruned only after the new one verified.

The copy runs on connections of its own, as a job of the open office (store/jobs.py): the window keeps
working meanwhile (WAL), the copy and the row counts it is checked against come from one read snapshot,
and ``progress(phase, done, total)`` reports each step. Reading every page for the copy checks each page's
HMAC, and the copy then passes the full ``cipher_integrity_check`` + ``quick_check``, so a damaged office
is found before a backup is published (never a backup of a damaged file). A lock or logout cancels the
job between steps (a long statement is interrupted): the temp folder is removed, nothing half-written stays.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.fileio import fsync_dir
from desktop.store import db as dbmod
from desktop.store.errors import Corrupt, DataFolderUnusable, StoreError, WrongKeyOrCorrupt
from desktop.store.jobs import Job
from desktop.store.office import DB_NAME, LOCK_NAME, SLOTS_NAME, OfficeFiles, OpenOffice
from desktop.store.server import ServerProfile, connect_server, is_server

PREFIX = "madoguchi-"
MANIFEST = "manifest.json"
CHECKPOINT = "checkpoint.json"
SET_FILES = (DB_NAME, SLOTS_NAME, SLOTS_NAME + ".bak")
COPY_STEP_PAGES = 2048  # 8 MiB a step: progress about every 0.1 s, and a cancel is seen as quickly

# the phases reported to ``progress``: copying pages, checking the copy, hashing and syncing the files
PHASE_COPY, PHASE_VERIFY, PHASE_SEAL = "copy", "verify", "seal"
Progress = Callable[[str, int, int], None]


def _no_progress(phase: str, done: int, total: int) -> None:
    return None


class BackupInvalid(StoreError):
    def __init__(self) -> None:
        from desktop.domain.errors import QT_TRANSLATE_NOOP

        super().__init__(QT_TRANSLATE_NOOP("StoreError", "The backup set is incomplete or damaged."))


@dataclass(frozen=True)
class BackupSet:
    path: Path
    created: str
    schema_version: int
    db_uuid: str
    counts: dict[str, int]
    verified: bool

    @property
    def name(self) -> str:
        return self.path.name


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


Keys = bytes | bytearray | list[bytes]


def _open_raw(path: Path, key: Keys, *, readonly: bool = True, job: Job | None = None) -> Any:
    """Open with the key, or with the first of several keys that fits (backups older than a rekey)."""
    if isinstance(key, list):
        for candidate in key:
            try:
                return _open_raw(path, candidate, readonly=readonly, job=job)
            except WrongKeyOrCorrupt:
                continue
        raise WrongKeyOrCorrupt()
    dbmod.silence_cipher_log()
    uri = f"file:{path}?mode=ro" if readonly else str(path)
    conn = sqlcipher.connect(uri, uri=readonly, check_same_thread=False)
    if job is not None:
        job.adopt(conn)  # a lock interrupts the check
    conn.execute(f"PRAGMA key = \"{dbmod.key_literal(key)}\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher.DatabaseError:
        conn.close()
        raise WrongKeyOrCorrupt() from None
    return conn


def table_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def check_database(path: Path, key: Keys, job: Job | None = None) -> tuple[dict[str, int], int]:
    """Open ``path`` read-only with ``key``; run the integrity checks; return (counts, user_version)."""
    conn = _open_raw(path, key, job=job)
    try:
        try:
            dbmod.full_check(conn)
        except Corrupt:
            raise Corrupt("backup integrity check failed") from None
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return table_counts(conn), version
    finally:
        conn.close()
        _drop_sidecars(path)


def _drop_sidecars(path: Path) -> None:
    """A read-only open of a WAL database leaves ``-shm`` (and an empty ``-wal``); remove them."""
    wal = path.with_name(path.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
    with contextlib.suppress(OSError):
        path.with_name(path.name + "-shm").unlink()


def make_set(office: OpenOffice, root: Path, now: datetime, checkpoint: dict[str, Any] | None = None,
             progress: Progress | None = None) -> BackupSet:
    """Write, verify and publish one backup set. Raises on any failure (JobCancelled when the office is
    locked meanwhile), leaving no partial set."""
    report = progress or _no_progress
    dbmod.check_location(root)
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        raise DataFolderUnusable() from None
    name = f"{PREFIX}{now:%Y%m%d-%H%M%S}"
    final = root / name
    n = 2
    while final.exists():
        final = root / f"{name}-{n}"
        n += 1
    tmp = root / f".tmp-{final.name}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        with office.jobs.job() as job:
            tmp.mkdir(mode=0o700)
            if is_server(office.db):
                live = _copy_server(office, job, tmp, report)
            else:
                live = _copy(office, job, tmp / DB_NAME, report)
                for extra in (SLOTS_NAME, SLOTS_NAME + ".bak"):
                    source = office.files.data_dir / extra
                    if source.exists():
                        shutil.copy2(source, tmp / extra)
            if checkpoint is not None:
                (tmp / CHECKPOINT).write_text(json.dumps(checkpoint, indent=1, sort_keys=True), encoding="utf-8")
            report(PHASE_VERIFY, 0, 1)
            counts, version = check_database(tmp / DB_NAME, office.key, job)
            # the server's copy has the file's own tables too (its search index): its copied tables must match
            if (counts if not is_server(office.db) else {name: counts.get(name) for name in live}) != live:
                raise Corrupt("backup row counts differ from the live database")
            report(PHASE_SEAL, 0, 1)
            job.check()
            manifest = {
                "format": "madoguchi-backup",
                "version": 1,
                "created": now.isoformat(),
                "schema_version": version,
                "db_uuid": office.slots.db_uuid,
                "counts": counts,
                "files": {p.name: _sha256(p) for p in sorted(tmp.iterdir())},
            }
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
            for p in tmp.iterdir():
                with contextlib.suppress(OSError):
                    os.chmod(p, 0o600)
                with p.open("rb") as f:
                    os.fsync(f.fileno())
            job.check()  # the last moment a lock cancels: after the rename the set is complete
            os.replace(tmp, final)
            fsync_dir(root)
            report(PHASE_SEAL, 1, 1)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return read_set(final, verified=True)


def _copy(office: OpenOffice, job: Job, target: Path, report: Progress) -> dict[str, int]:
    """Copy the office into ``target`` (same key) with the backup API, step by step, from one read snapshot
    of a connection of the job's own; return the row counts of that snapshot."""
    src = job.reader(office.files.db_path, office.key)
    src.execute("BEGIN")  # the snapshot: the window's commits meanwhile go to the WAL, not into this copy
    try:
        live = table_counts(src)
        dst = sqlcipher.connect(str(target), check_same_thread=False)
        job.adopt(dst)
        dst.execute(f"PRAGMA key = \"{dbmod.key_literal(office.key)}\"")

        def step(_status: int, remaining: int, total: int) -> None:
            job.check()  # raising here aborts the copy
            report(PHASE_COPY, total - remaining, total)

        try:
            src.backup(dst, pages=COPY_STEP_PAGES, progress=step)
        except sqlcipher.DatabaseError as exc:  # a page failed its HMAC or the file is malformed
            if job.cancelled or "interrupt" in str(exc).lower():
                raise
            raise Corrupt("a page of the office failed its check while being copied") from None
        dst.close()
    finally:
        with contextlib.suppress(sqlcipher.Error):
            src.execute("COMMIT")
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    return live


def _copy_server(office: OpenOffice, job: Job, folder: Path, report: Progress) -> dict[str, int]:
    """A server office's backup: the office written into a new SQLCipher file keyed with the office key (the
    backup format, issue 18), from one repeatable-read snapshot of the server on a connection of its own (this
    window and the other PCs keep saving; what they save meanwhile is not in it), and the server's key slots as
    ``office.keys``; returns the rows copied per table (the snapshot's counts)."""
    from desktop.store import keyslots as ks
    from desktop.store import server_copy as copier

    def step(done: int, total: int) -> None:
        job.check()  # raising here rolls the copy back; the temp folder is removed by the caller
        report(PHASE_COPY, done, total)

    # a connection of the job's own: the window keeps saving on the office's connection meanwhile
    src = connect_server(ServerProfile.load(office.files.data_dir), office.files.data_dir, office.key)
    try:
        dst = copier.create_office_file(folder / DB_NAME, bytearray(office.key))
        try:
            with copier.snapshot(src), dst.atomic():
                result = copier.copy_rows(src, dst, progress=step)
                raw = copier.slots_document(src)
            if raw is None:
                raise BackupInvalid()
            dst.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
    dbmod.drop_empty_journal(folder / DB_NAME)
    ks.SlotFile.from_bytes(raw, folder / SLOTS_NAME).save()
    with contextlib.suppress(OSError):
        os.chmod(folder / DB_NAME, 0o600)
    return dict(result.rows)


def read_set(folder: Path, *, verified: bool = False) -> BackupSet:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return BackupSet(folder, str(manifest["created"]), int(manifest["schema_version"]),
                         str(manifest["db_uuid"]), {str(k): int(v) for k, v in manifest["counts"].items()},
                         verified)
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupInvalid() from None


def list_sets(root: Path) -> list[BackupSet]:
    """Complete sets under ``root``, newest first (sets without a readable manifest are skipped)."""
    if not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        if folder.is_dir() and folder.name.startswith(PREFIX):
            with contextlib.suppress(BackupInvalid):
                found.append(read_set(folder))
    return sorted(found, key=lambda s: s.created, reverse=True)


def verify_audit_chain(path: Path, key: Keys, k0: bytes | None = None) -> Any:
    """Verify the audit chain inside a backup copy (R24), read-only, with the copy's own K_audit (and, with
    ``k0``, the forward-secure part up to the copy's own stored key)."""
    from desktop.store.audit import AUDIT_COLUMNS_SQL, derive_audit_key, verify_rows
    from desktop.store.audit_fs import load_raw
    from desktop.store.office import AUDIT_KEY_SETTING

    conn = _open_raw(path, key)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (AUDIT_KEY_SETTING,)).fetchone()
        if row is not None:
            audit_key = bytes.fromhex(json.loads(row[0]))
        else:
            audit_key = derive_audit_key(key[0] if isinstance(key, list) else key)
        rows = conn.execute(f"SELECT {AUDIT_COLUMNS_SQL} FROM audit_entry ORDER BY seq")
        state = load_raw(conn)
        return verify_rows(audit_key, list(rows), k0=k0, state=state, fs_known=k0 is not None)
    finally:
        conn.close()
        _drop_sidecars(path)


def verify_set(backup: BackupSet, key: Keys) -> BackupSet:
    """Check file hashes, the database integrity and the manifest's counts."""
    manifest = json.loads((backup.path / MANIFEST).read_text(encoding="utf-8"))
    for name, digest in manifest.get("files", {}).items():
        path = backup.path / name
        if not path.is_file() or _sha256(path) != digest:
            raise BackupInvalid()
    counts, version = check_database(backup.path / DB_NAME, key)
    if counts != backup.counts or version != backup.schema_version:
        raise BackupInvalid()
    return BackupSet(backup.path, backup.created, backup.schema_version, backup.db_uuid, backup.counts, True)


def prune(root: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest sets. Call only after a new set verified."""
    removed = []
    for old in list_sets(root)[max(1, keep):]:
        shutil.rmtree(old.path, ignore_errors=True)
        removed.append(old.path)
    return removed


def install_set(backup: BackupSet, files: OfficeFiles, aside: Path) -> None:
    """Move the current office files into ``aside`` and copy the set's files in their place.

    The office must be closed. :func:`undo_install` puts the old files back.
    """
    aside.mkdir(parents=True, exist_ok=False, mode=0o700)
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SLOTS_NAME, SLOTS_NAME + ".bak"):
        source = files.data_dir / name
        if source.exists():
            os.replace(source, aside / name)
    for name in SET_FILES:
        source = backup.path / name
        if source.exists():
            shutil.copy2(source, files.data_dir / name)
    fsync_dir(files.data_dir)


def undo_install(files: OfficeFiles, aside: Path) -> None:
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SLOTS_NAME, SLOTS_NAME + ".bak"):
        with contextlib.suppress(FileNotFoundError):
            (files.data_dir / name).unlink()
    for item in aside.iterdir():
        os.replace(item, files.data_dir / item.name)
    shutil.rmtree(aside, ignore_errors=True)
    fsync_dir(files.data_dir)


__all__ = ["BackupInvalid", "BackupSet", "LOCK_NAME", "check_database", "install_set", "list_sets", "make_set",
           "prune", "read_set", "undo_install", "verify_set"]

"""An office on disk: ``office.db`` (SQLCipher), ``office.keys`` (slots), ``office.lock``.

:class:`OpenOffice` is what the services hold while a session is unlocked: the database, the
slot file, the lock, the audit log and the key. :meth:`OpenOffice.close` stops its background
jobs, closes the database, releases the lock and overwrites the key buffer.

``office.running`` marks an office that is open: a clean close removes it, so finding it at the next
open means the last session ended uncleanly (a crash, a kill, a power loss) and the full integrity
check is due (:attr:`OpenOffice.unclean_shutdown`). It holds no data.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.fileio import atomic_write
from desktop.store import db as dbmod
from desktop.store import keyslots as ks
from desktop.store import server_office
from desktop.store.audit import AuditLog, derive_audit_key
from desktop.store.errors import (
    DataFolderUnusable,
    FolderNotEmpty,
    SignedInElsewhere,
    SlotFileError,
    WrongKeyOrCorrupt,
    os_fault,
)
from desktop.store.jobs import Jobs
from desktop.store.migrations import migrate
from desktop.store.models import DB, Setting, upsert
from desktop.store.server import is_server, is_server_folder
from desktop.store.server_slots import ServerSlots

log = logging.getLogger(__name__)

DB_NAME = "office.db"
SLOTS_NAME = "office.keys"
LOCK_NAME = "office.lock"
RUNNING_NAME = "office.running"
PENDING_SUFFIX = ".pending"


@dataclass(frozen=True)
class OfficeFiles:
    data_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def slots_path(self) -> Path:
        return self.data_dir / SLOTS_NAME

    @property
    def lock_path(self) -> Path:
        return self.data_dir / LOCK_NAME

    @property
    def running_path(self) -> Path:
        return self.data_dir / RUNNING_NAME

    @property
    def server(self) -> bool:
        """Whether this folder connects to an office server (``server.json``) instead of holding the office."""
        return is_server_folder(self.data_dir)

    def exists(self) -> bool:
        return self.server or self.db_path.exists() or self.slots_path.exists()


class BadCredentials(Exception):
    """A slot did not unwrap (wrong password, unknown user, edited slot). Mapped by the services."""


@dataclass
class OpenOffice:
    files: OfficeFiles
    db: dbmod.OfficeDatabase
    slots: ks.SlotFile
    lock: dbmod.OfficeLock
    key: bytearray
    audit: AuditLog
    migrated: int = 0
    closed: bool = field(default=False)
    signing_key: bytes | None = None  # raw Ed25519 private key; only in administrators' sessions
    restored_generation: int | None = None  # set when the key file was restored from its previous copy
    jobs: Jobs = field(default_factory=Jobs)
    unclean_shutdown: bool = False  # ``office.running`` was found at open: the last session did not close
    checked: bool = False  # the full integrity check passed since this open (see :meth:`full_check`)

    def full_check(self) -> None:
        """The full integrity check (R7) on a connection of its own, as a job (:class:`JobCancelled` when the
        office closes meanwhile); raises Corrupt. Meanwhile the window's work goes on (WAL). On the office server,
        the server keeps its own pages (checksums, WAL); the app's check there is the audit chain's."""
        if is_server(self.db):
            self.checked = True
            return
        with self.jobs.job() as job:
            dbmod.full_check(job.reader(self.files.db_path, self.key))
        self.checked = True

    def close(self) -> None:
        if self.closed:
            return
        self.jobs.stop()  # cancel the integrity check / backup copy and wait for them (nothing half-written)
        self.closed = True
        try:
            if not self.db.is_closed():
                self.db.close()
            dbmod.drop_empty_journal(self.files.db_path)
            if self.checked or not self.unclean_shutdown:
                with contextlib.suppress(OSError):  # kept after an unclean shutdown until a full check passed
                    self.files.running_path.unlink()
        finally:
            DB.initialize(None)
            self.audit.forget_key()
            self.signing_key = None
            ks.wipe(self.key)
            self.lock.release()

    def rekey(self, new_key: bytearray) -> None:
        """Change the database key (R8), journaled: ``office.keys.pending`` (re-sealed slots) first, then the database
        rekey, then the pending file replaces the slot file: a crash at any step leaves an office that opens with the
        old or the new key (:func:`unlock_with_slot`). Office server: one transaction (store/server_rekey.py)."""
        from desktop.store.server_rekey import rekey_server, resealed

        if is_server(self.db):
            with self.jobs.paused():
                self.slots = rekey_server(self, new_key, PREVIOUS_KEYS_SETTING)
            self.key, old = new_key, self.key
            return ks.wipe(old)
        pending = resealed(self.slots, new_key)
        pending_path = self.files.slots_path.with_name(SLOTS_NAME + PENDING_SUFFIX)
        try:
            atomic_write(pending_path, pending.to_bytes())
        except OSError as exc:  # a full disk or read-only folder before anything changed: one clear error
            fault = os_fault(exc)
            if fault is None:
                raise
            raise fault from None
        # Earlier keys stay inside the database so backups made before can still be verified and restored by
        # an administrator. A removed user gains nothing from them: they cannot open the current database.
        previous = previous_keys()
        upsert(Setting, Setting.key, key=PREVIOUS_KEYS_SETTING,
               value=json.dumps([bytes(self.key).hex(), *[k.hex() for k in previous]]))
        with self.jobs.paused():  # no integrity check or backup copy reads pages under the old key meanwhile
            self.db.rekey(dbmod.key_literal(new_key))
            # cipher_integrity_check reads the file's pages, not the WAL: move the re-keyed pages into the file
            self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.connect_params["passphrase"] = ""
        pending.save()  # the new generation replaces office.keys (previous kept as .bak)
        with contextlib.suppress(FileNotFoundError):
            pending_path.unlink()
        self.slots = pending
        self.key, old = new_key, self.key
        ks.wipe(old)

    def all_keys(self) -> list[bytes]:
        """The current key first, then earlier ones (to open backups made before a rekey)."""
        return [bytes(self.key), *previous_keys()]

    def backup_to(self, target: Path) -> None:
        """Online backup API into a keyed target: same key, user_version and WAL kept (R25, E6).

        On the shared connection (the pre-migration copy, taken while nothing else runs); the backup sets
        copy on a connection of their own (store/backup.py)."""
        dst = sqlcipher.connect(str(target))
        try:
            dst.execute(f"PRAGMA key = \"{dbmod.key_literal(self.key)}\"")
            self.db.connection().backup(dst)
        finally:
            dst.close()
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)


AUDIT_KEY_SETTING = "audit_mac_key_v1"
PREVIOUS_KEYS_SETTING = "previous_db_keys_v1"


def previous_keys() -> list[bytes]:
    """Database keys from before earlier rekeys, newest first (read from the open database)."""
    row = Setting.get_or_none(Setting.key == PREVIOUS_KEYS_SETTING)
    return [bytes.fromhex(k) for k in json.loads(row.value)] if row is not None else []


def _audit_key(db_key: bytearray) -> bytes:
    """K_audit = HKDF(first database key, "audit-mac-v1"), kept inside the encrypted database so the chain
    (and the signed checkpoints over it) stays verifiable after a rekey changes the database key."""
    row = Setting.get_or_none(Setting.key == AUDIT_KEY_SETTING)
    if row is not None:
        return bytes.fromhex(json.loads(row.value))
    key = derive_audit_key(db_key)
    Setting.insert(key=AUDIT_KEY_SETTING, value=json.dumps(key.hex())).on_conflict_ignore().execute()
    return key


def folder_is_empty(data_dir: Path) -> bool:
    """Whether a new office may be created in ``data_dir``: nothing in it but a lock file or the app's own
    log folder (on Windows the default log folder lies inside the default data folder)."""
    for entry in data_dir.iterdir():
        if entry.name == LOCK_NAME or (entry.name.lower() in {"logs", "log"} and entry.is_dir()):
            continue
        return False
    return True


def prepare_folder(data_dir: Path) -> None:
    """Create the data folder 0700 and check it is local and writable."""
    dbmod.check_location(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(data_dir, 0o700)
        probe = data_dir / f".probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise (os_fault(exc) or DataFolderUnusable()) from None


def _open(files: OfficeFiles, key: bytearray, slots: ks.SlotFile, lock: dbmod.OfficeLock,
          *, create: bool = False) -> OpenOffice:
    """Open the database with the cheap checks (see store/db.py); the full check runs later, in the background
    (:meth:`OpenOffice.full_check`), except before a migration, which must not rewrite a damaged file."""
    if files.server:
        return _open_server(files, key, slots, lock)
    db = dbmod.open_database(files.db_path, key, create=create)
    try:
        DB.initialize(db)
        office = OpenOffice(files=files, db=db, slots=slots, lock=lock, key=key, audit=AuditLog(b""),
                            unclean_shutdown=files.running_path.exists())

        def _backup(found: int) -> Path:
            dbmod.integrity_check(db)  # a migration rewrites tables: never over a damaged file
            office.checked = True
            target = files.db_path.with_name(f"office.v{found}.premigration.db")
            office.backup_to(target)
            return target

        office.migrated = migrate(db, backup=_backup)
        office.audit = AuditLog(_audit_key(key))
        _mark_running(files)
        return office
    except BaseException:
        DB.initialize(None)
        db.close()
        dbmod.drop_empty_journal(files.db_path)
        raise


def _server_connector(files: OfficeFiles, key: bytes | bytearray | None = None) -> Any:
    return server_office.connector(files.data_dir, key)


def _open_server(files: OfficeFiles, key: bytearray, slots: ks.SlotFile, lock: dbmod.OfficeLock) -> OpenOffice:
    """Open the office on its server (store/server_office.py); the personal fields open with ``key``."""
    db = server_office.open_database(files.data_dir, key, slots)
    try:
        office = OpenOffice(files=files, db=db, slots=slots, lock=lock, key=key, audit=AuditLog(b""),  # type: ignore[arg-type]
                            unclean_shutdown=files.running_path.exists())
        office.audit = AuditLog(_audit_key(key))
        _mark_running(files)
        server_office.after_open(db, files.data_dir, key)
        return office
    except BaseException:
        DB.initialize(None)
        db.close()
        raise


def _mark_running(files: OfficeFiles) -> None:
    """Write ``office.running`` (best effort: without it an unclean end is only not detected)."""
    with contextlib.suppress(OSError):
        fd = os.open(files.running_path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)


def create_office(files: OfficeFiles, *, admin_uid: str, admin_username: str, admin_password: str,
                  kdf: ks.KdfParams) -> tuple[OpenOffice, str]:
    """Create the database and the slot file (admin slot + recovery slot). Returns (office, code)."""
    remote: ServerSlots | None = None
    if files.server:  # the first administrator of an office server (set up by ``madoguchi server init``)
        remote = ServerSlots(_server_connector(files), files.slots_path)
        if remote.exists():
            raise FileExistsError(str(files.data_dir))
    else:
        prepare_folder(files.data_dir)
        if files.exists():
            raise FileExistsError(str(files.data_dir))
        if not folder_is_empty(files.data_dir):
            raise FolderNotEmpty()  # an office is only ever created in an empty folder (never over evidence)
    lock = dbmod.OfficeLock(files.lock_path)
    lock.acquire()
    key = ks.new_db_key()
    try:
        slots = ks.SlotFile.new(files.slots_path)
        if remote is not None:
            slots.remote = remote
        signing = Ed25519PrivateKey.generate()
        signing_raw = signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        slots.audit_public_key = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
        slots.put(ks.wrap(key, admin_password, slot_id=str(uuid.uuid4()), user_id=admin_uid,
                          tag=ks.make_tag(slots.db_uuid, admin_username), kind=ks.KIND_PASSWORD,
                          db_uuid=slots.db_uuid, params=kdf, signing_key=signing_raw))
        code = ks.new_recovery_code()
        slots.put(ks.wrap(key, ks.normalise_recovery_code(code), slot_id=str(uuid.uuid4()),
                          user_id=ks.RECOVERY_USER_ID, tag=ks.KIND_RECOVERY, kind=ks.KIND_RECOVERY,
                          db_uuid=slots.db_uuid, params=kdf, signing_key=signing_raw))
        if remote is not None:
            remote.create(slots)  # the slots first: a server office is found by its slots
        office = _open(files, key, slots, lock, create=True)
        office.signing_key = signing_raw
        if remote is not None:
            server_office.claim_user(office.db, admin_uid)  # the first administrator's session, as at a login
        try:
            if remote is None:
                slots.save()
        except BaseException:
            office.close()
            for leftover in (files.db_path, files.db_path.with_name(DB_NAME + "-wal"),
                             files.db_path.with_name(DB_NAME + "-shm"), files.running_path):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return office, code
    except BaseException:
        ks.wipe(key)
        lock.release()
        raise


BACKUP_SUFFIX = ".bak"
DAMAGED_SUFFIX = ".damaged"


def load_slots(files: OfficeFiles) -> ks.SlotFile:
    if files.server:
        return ServerSlots(_server_connector(files), files.slots_path).load()
    if not files.db_path.exists() and not files.slots_path.exists():
        raise FileNotFoundError(str(files.db_path))
    return ks.SlotFile.load(files.slots_path)


def backup_slots(files: OfficeFiles) -> ks.SlotFile | None:
    """The previous generation of the slot file (``office.keys.bak``) when it is intact, else None.

    The returned file is bound to ``office.keys``: it is only written there by
    :func:`restore_slots_backup`, after it has opened the database.
    """
    path = files.slots_path.with_name(SLOTS_NAME + BACKUP_SUFFIX)
    if not path.exists():
        return None
    try:
        slots = ks.SlotFile.load(path)
    except SlotFileError:
        return None
    slots.path = files.slots_path
    return slots


def restore_slots_backup(office: OpenOffice) -> None:
    """Make the previous generation the slot file again; the damaged file is kept as ``office.keys.damaged``
    (nothing is deleted). Only after that generation has opened the database."""
    slots_path = office.files.slots_path
    damaged = slots_path.with_name(SLOTS_NAME + DAMAGED_SUFFIX)
    try:
        if slots_path.exists():
            atomic_write(damaged, slots_path.read_bytes())
        office.restored_generation = office.slots.generation
        office.slots.generation += 1
        atomic_write(slots_path, office.slots.to_bytes())
    except OSError as exc:
        fault = os_fault(exc)
        if fault is None:
            raise
        raise fault from None


def unlock_with_slot(files: OfficeFiles, slots: ks.SlotFile, slot: ks.Slot | None, secret: str) -> OpenOffice:
    """Unwrap ``slot`` with ``secret`` and open the office. Unknown slot: same cost, same error."""
    lock = dbmod.OfficeLock(files.lock_path)
    lock.acquire()
    try:
        if slot is None:
            # Same KDF cost for an unknown user, so timing does not reveal which usernames exist.
            with contextlib.suppress(InvalidTag, SlotFileError):
                ks.derive_kek(secret, b"\0" * 16, _any_params(slots))
            raise BadCredentials()
        try:
            key, signing = ks.unwrap_all(slot, secret, slots.db_uuid)
        except InvalidTag:
            raise BadCredentials() from None
        try:
            office = _open(files, key, slots, lock)
        except WrongKeyOrCorrupt:
            ks.wipe(key)
            pending = _open_pending(files, slot, secret, lock)
            if pending is None:
                raise
            return pending
        except BaseException:
            ks.wipe(key)
            raise
        office.signing_key = signing
        if files.server and not server_office.claim_user(office.db, slot.user_id):
            office.close()  # (releases the local lock too)
            raise SignedInElsewhere()
        with contextlib.suppress(FileNotFoundError):
            files.slots_path.with_name(SLOTS_NAME + PENDING_SUFFIX).unlink()  # a rekey that never happened
        return office
    except BaseException:
        lock.release()
        raise


def _open_pending(files: OfficeFiles, slot: ks.Slot, secret: str, lock: dbmod.OfficeLock) -> OpenOffice | None:
    """After a crash between the database rekey and the slot-file switch: open with the pending slots."""
    path = files.slots_path.with_name(SLOTS_NAME + PENDING_SUFFIX)
    if not path.exists():
        return None
    pending = ks.SlotFile.load(path)
    pending.path = files.slots_path
    match = next((s for s in pending.slots if s.slot_id == slot.slot_id), None)
    if match is None:
        return None
    try:
        key, signing = ks.unwrap_all(match, secret, pending.db_uuid)
    except InvalidTag:
        return None
    office = _open(files, key, pending, lock)
    office.signing_key = signing
    pending.save()
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return office


def _any_params(slots: ks.SlotFile) -> ks.KdfParams:
    for slot in slots.slots:
        with contextlib.suppress(SlotFileError):
            return slot.params()
    return ks.PRODUCTION_KDF


def open_with_key(files: OfficeFiles, key: bytes | bytearray) -> OpenOffice:
    """Open with a known raw key (tests, self-test, backup drills)."""
    slots = ks.SlotFile.load(files.slots_path)
    lock = dbmod.OfficeLock(files.lock_path)
    lock.acquire()
    try:
        return _open(files, bytearray(key), slots, lock)
    except BaseException:
        lock.release()
        raise


__all__ = [
    "BadCredentials",
    "OfficeFiles",
    "OpenOffice",
    "WrongKeyOrCorrupt",
    "create_office",
    "load_slots",
    "open_with_key",
    "prepare_folder",
    "unlock_with_slot",
]

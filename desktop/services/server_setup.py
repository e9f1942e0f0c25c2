"""Setting up an office server and moving an office onto it and back (``madoguchi server``, issue 18).

* :func:`init_server` — a new, empty office database on a PostgreSQL server, with its least-rights app
  role; when the office has no CA yet, first the office CA and the server's certificate.
* :func:`move_to_server` — a single-PC office (SQLCipher) copied into that database: same data key, same
  key slots (everyone logs in with the same password), the audit chain verbatim. The file is left as it was.
* :func:`export_to_file` — a server office written into a new SQLCipher office folder, which is also the
  backup format (``madoguchi verify`` checks it like any office).

Only an administrator's session may move an office, with a fresh password proof. Each move writes one audit
entry on each side (counts only, nothing personal).
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action, Role
from desktop.services import clock as system_clock
from desktop.services import server_certs
from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.session import Session
from desktop.store import anchor as store_anchor
from desktop.store import checkpoints as store_cp
from desktop.store import keyslots as ks
from desktop.store import repo
from desktop.store import server_copy as copier
from desktop.store.errors import FolderNotEmpty, ServerNotReady
from desktop.store.migrations import schema_version
from desktop.store.office import DB_NAME, SLOTS_NAME, folder_is_empty, prepare_folder
from desktop.store.server import PROFILE_NAME, ServerProfile, connect_server, is_server, is_server_folder
from desktop.store.server_admin import AdminLogin
from desktop.store.server_admin import init_server as store_init_server
from desktop.store.server_schema import schema_version as server_version

Progress = Callable[[int, int], None]  # (rows copied, rows in all)

CA_CERT = "office-ca.pem"
CA_KEY = "office-ca.key"
SERVER_CERT = "server.crt"
SERVER_KEY = "server.key"
MOVED_TO_SERVER = "office.moved_to_server"
EXPORTED_TO_FILE = "office.exported_to_file"


class ServerNotEmpty(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "ServiceError", "The office server database already holds an office. Set up a new, empty one first."))


class WrongStore(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "ServiceError", "This office is not stored where this step expects it (this PC or the office server)."))


@dataclass(frozen=True)
class CertFiles:
    """What ``init`` made for the server's administrator (when the office had no CA yet)."""

    folder: Path
    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    fingerprint: str


@dataclass(frozen=True)
class InitResult:
    profile: ServerProfile | None  # None: only the certificates were made (install them, then run init again)
    connection_file: Path | None
    certs: CertFiles | None


@dataclass(frozen=True)
class MoveResult:
    rows: dict[str, int]
    total: int
    seconds: float
    target_seq: int  # the destination's audit head after its entry


def make_certificates(out_dir: Path, hostnames: list[str], office_name: str, *,
                      clock: Callable[[], datetime] = system_clock.system_now) -> CertFiles:
    """A new office CA and a server certificate for ``hostnames``, written to ``out_dir`` (keys 0600)."""
    now = clock()
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    ca_pem, ca_key = server_certs.make_office_ca(office_name, now=now)
    cert_pem, key_pem = server_certs.make_server_cert(ca_pem, ca_key, hostnames, now=now)
    files = CertFiles(out_dir, out_dir / CA_CERT, out_dir / CA_KEY, out_dir / SERVER_CERT, out_dir / SERVER_KEY,
                      server_certs.fingerprint(ca_pem))
    server_certs.write_private(files.ca_key, ca_key)
    server_certs.write_private(files.server_key, key_pem)
    files.ca_cert.write_bytes(ca_pem)
    files.server_cert.write_bytes(cert_pem)
    return files


def init_server(*, host: str, port: int, admin_user: str, admin_password: str, dbname: str, out_dir: Path,
                ca_path: Path | None = None, office_name: str = "Madoguchi",
                clock: Callable[[], datetime] = system_clock.system_now) -> InitResult:
    """Set up an office database (``madoguchi server init``).

    With the office CA's certificate (``ca_path``, or ``office-ca.pem`` already in ``out_dir``) this creates
    the database ``dbname``, its app role and schema, and writes the **connection file** ``server.json``
    (0600) into ``out_dir``: each PC imports it into its office folder. It holds the app role's password
    (the database login every PC uses; the personal data stay sealed under the office key, which it does
    not hold), so hand it over like a key: never by e-mail, never on a shared folder.

    Without a CA, nothing is done on the server: the office CA and a server certificate for ``host`` are
    written to ``out_dir`` (keys 0600) for the server's administrator to install; then run init again."""
    out_dir = Path(out_dir)
    if ca_path is None and (out_dir / CA_CERT).exists():
        ca_path = out_dir / CA_CERT
    if ca_path is None:
        return InitResult(None, None, make_certificates(out_dir, [host], office_name, clock=clock))
    login = AdminLogin(host=host, port=port, user=admin_user, password=admin_password, ca_path=Path(ca_path))
    profile = store_init_server(login, dbname)
    profile.save(out_dir)
    return InitResult(profile, out_dir / PROFILE_NAME, None)


def _require_admin(session: Session, action: Action) -> None:
    session.require(action)
    session.require_fresh_proof()
    if session.user.role is not Role.ADMIN or session.office.signing_key is None:
        raise PermissionDenied()


def _folder_files(session: Session, target: Path, head: tuple[int, str, str, int | None]) -> None:
    """The signed checkpoints and the head anchors a fresh office would have, for the copy in ``target``."""
    office = session.office
    seq, mac, ts, fs_start = head
    source = session.files.data_dir / store_cp.FILE_NAME
    if source.exists():
        shutil.copyfile(source, target / store_cp.FILE_NAME)
    store_anchor.write(target, office.slots.db_uuid, seq, mac, ts, fs_start, signing_key=office.signing_key,
                       public_hex=store_anchor.public_key_of(office))


# what a PC's office folder holds once it has an office (the connection file and the CA may be there before)
_OFFICE_FILES = (DB_NAME, SLOTS_NAME, store_anchor.FILE_NAME, store_cp.FILE_NAME)


def move_to_server(session: Session, profile: ServerProfile, target_folder: Path,
                   progress: Progress | None = None) -> MoveResult:
    """Copy this PC's office into the new, empty office server database ``profile`` names.

    ``target_folder`` (empty, or holding only the connection file and certificates ``init`` wrote) becomes
    the office folder of a PC that works on the server: it gets ``server.json``, the checkpoints and the
    head anchors. Nothing is written there, nor on the server, unless the whole copy succeeded. The office
    file itself is left untouched (one audit entry says it was moved); keep it as a backup, and work on the
    server from now on."""
    _require_admin(session, Action.RESTORE)
    office = session.office
    if is_server(office.db):
        raise WrongStore()
    target = Path(target_folder)
    prepare_folder(target)
    if any((target / name).exists() for name in _OFFICE_FILES):
        raise FolderNotEmpty()
    started = time.monotonic()
    dst = connect_server(profile, target, office.key)
    try:
        if server_version(dst) != schema_version():
            raise ServerNotReady()
        if not copier.is_empty(dst) or copier.slots_document(dst) is not None:
            raise ServerNotEmpty()
        now = session.now()
        with copier.snapshot(office.db), dst.atomic():
            result = copier.copy_rows(office.db, dst, progress=progress)
            slots = ks.SlotFile.from_bytes(office.slots.to_bytes(), target / SLOTS_NAME)
            copier.put_slots_document(dst, slots.generation + 1, slots.to_bytes())
            head = copier.append_audit(dst, ts=now, actor=session.user.uid, action=MOVED_TO_SERVER,
                                       details={"from": "file", "rows": result.total})
    except BaseException:
        dst.close()
        raise
    dst.close()
    replace(profile, office_uuid=office.slots.db_uuid).save(target)
    _folder_files(session, target, head)
    with repo.atomic():
        session.audit(MOVED_TO_SERVER, target=office.slots.db_uuid, to="server", rows=result.total)
    return MoveResult(result.rows, result.total, time.monotonic() - started, head[0])


def export_to_file(session: Session, target_folder: Path, progress: Progress | None = None) -> MoveResult:
    """Write the server office into a new SQLCipher office in the empty ``target_folder``: ``office.db`` keyed
    with the office's data key, ``office.keys`` from the server's key slots, the checkpoints and anchors.

    A consistent snapshot of the server (others may keep working meanwhile; their later changes are not in it)."""
    _require_admin(session, Action.BACKUP)
    office = session.office
    if not is_server(office.db):
        raise WrongStore()
    target = Path(target_folder)
    prepare_folder(target)
    if not folder_is_empty(target) or is_server_folder(target):
        raise FolderNotEmpty()
    started = time.monotonic()
    now = session.now()
    dst = copier.create_office_file(target / DB_NAME, bytearray(office.key))
    try:
        if not copier.is_empty(dst):
            raise FolderNotEmpty()
        with copier.snapshot(office.db), dst.atomic():
            result = copier.copy_rows(office.db, dst, progress=progress)
            raw = copier.slots_document(office.db)
            head = copier.append_audit(dst, ts=now, actor=session.user.uid, action=EXPORTED_TO_FILE,
                                       details={"from": "server", "rows": result.total})
        if raw is None:
            raise WrongStore()
        slots = ks.SlotFile.from_bytes(raw, target / SLOTS_NAME)
        copier.close_office_file(dst, target / DB_NAME)
        slots.save()
        _folder_files(session, target, head)
    except BaseException:
        with contextlib.suppress(Exception):
            dst.close()
        _clear(target)
        raise
    with repo.atomic():
        session.audit(EXPORTED_TO_FILE, target=office.slots.db_uuid, to="file", rows=result.total)
    return MoveResult(result.rows, result.total, time.monotonic() - started, head[0])


def _clear(target: Path) -> None:
    """Remove what a failed move wrote into its (empty before) target folder."""
    for path in target.iterdir() if target.exists() else []:
        if path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()


def load_connection_file(path: Path) -> ServerProfile:
    """A connection file written by :func:`init_server` (``server.json`` or the folder holding it)."""
    path = Path(path)
    return ServerProfile.load(path if path.is_dir() else path.parent)


__all__ = ["EXPORTED_TO_FILE", "MOVED_TO_SERVER", "CertFiles", "InitResult", "MoveResult", "ServerNotEmpty",
           "WrongStore", "export_to_file", "init_server", "load_connection_file", "make_certificates",
           "move_to_server"]

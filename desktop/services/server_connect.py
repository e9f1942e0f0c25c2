"""Connect this PC to the office server (issue 18): the connection file, a probe, the CA fingerprint.

The server administrator hands each PC a *connection file*: the same JSON as the ``server.json`` that the
PC keeps in its office folder (server address, database, the app's database role and password, the office
CA's certificate). :func:`read_connection_file` checks it, :func:`ca_fingerprint` gives the CA's SHA-256
fingerprint for the user to compare with the one the administrator reads out, :func:`probe` asks the server
whether an office exists yet, and :func:`connect_folder` makes a folder this PC's connection to it.
:func:`replace_connection` puts the new file in place of a PC's old one after ``madoguchi server new-login``.

Nothing personal is in the file; its messages name no file and no field value.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.services import server_certs
from desktop.services import session as session_service
from desktop.store import anchor as store_anchor
from desktop.store import migrations
from desktop.store.errors import DataFolderUnusable, ServerLoginChanged, ServerNotReady, os_fault
from desktop.store.server import CA_NAME, PROFILE_NAME, ServerProfile, connect_server, is_server_folder
from desktop.store.server_schema import schema_version
from desktop.store.server_slots import ServerSlots

__all__ = ["EMPTY", "READY", "ServerLoginChanged", "ServerProfile", "ca_fingerprint", "connect_folder",
           "connect_new_folder", "forget_folder", "is_server_folder", "parse_connection", "probe",
           "read_connection_file", "replace_connection", "server_address"]

READY = "ready"  # the schema is this app's and an office exists: log in
EMPTY = "empty"  # the schema is ready but no office yet: the first administrator creates it

MAX_FILE_BYTES = 64 * 1024  # a connection file is about 1 KB (the CA certificate is most of it)
_TEXT_FIELDS = {"host": 253, "dbname": 63, "user": 63, "password": 1024}


def _unreadable() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "ServerConnect", "The connection file could not be read. Choose the file the administrator gave you."))


def _garbled() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "ServerConnect", "This is not an office server connection file, or it is damaged. Ask the "
        "administrator for a new one."))


def _text(doc: dict[str, Any], name: str) -> str:
    value = doc.get(name)
    if not isinstance(value, str) or not value.strip() or len(value) > _TEXT_FIELDS[name] or "\0" in value:
        raise _garbled()
    if name != "password" and any(c.isspace() for c in value):
        raise _garbled()
    return value


def parse_connection(raw: bytes) -> ServerProfile:
    """The profile in a connection file's bytes; :class:`ValidationError` when it is not one."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _garbled() from None
    if not isinstance(doc, dict):
        raise _garbled()
    port = doc.get("port")
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise _garbled()
    ca_pem = doc.get("ca_pem")
    if not isinstance(ca_pem, str) or not ca_pem.isascii():
        raise _garbled()
    try:
        server_certs.fingerprint(ca_pem.encode("ascii"))
    except ValueError:
        raise _garbled() from None
    office_uuid = doc.get("office_uuid", "")
    if not isinstance(office_uuid, str) or len(office_uuid) > 64:
        raise _garbled()
    return ServerProfile(host=_text(doc, "host"), port=port, dbname=_text(doc, "dbname"), user=_text(doc, "user"),
                         password=_text(doc, "password"), ca_pem=ca_pem, office_uuid=office_uuid)


def read_connection_file(path: Path) -> ServerProfile:
    """Read and check the connection file the server administrator handed out."""
    try:
        with Path(path).open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise _unreadable() from None
    if len(raw) > MAX_FILE_BYTES:
        raise _garbled()
    return parse_connection(raw)


def ca_fingerprint(profile: ServerProfile) -> str:
    """The office CA certificate's SHA-256 fingerprint (colon hex) to compare with the administrator's."""
    return server_certs.fingerprint(profile.ca_pem.encode("ascii"))


def server_address(profile: ServerProfile) -> str:
    """The server as a user reads it: ``host:port``."""
    host = f"[{profile.host}]" if ":" in profile.host else profile.host
    return f"{host}:{profile.port}"


def _office_on(profile: ServerProfile, folder: Path) -> str | None:
    """The uuid of the office on the server ``profile`` reaches (None: no office there yet), with
    :func:`probe`'s errors; the CA certificate is written into ``folder``."""
    db = connect_server(profile, folder, None)
    try:
        if schema_version(db) != migrations.schema_version():
            raise ServerNotReady()
        slots = ServerSlots(None, folder / "office.keys")
        slots.db = db  # on this connection, read only: the slot document's office uuid, never a key
        return slots.load().db_uuid if slots.exists() else None
    finally:
        db.close()


def probe(profile: ServerProfile, folder: Path) -> str:
    """Ask the server whether an office exists: :data:`READY` or :data:`EMPTY`.

    Raises the store's ``ServerUnavailable`` / ``ServerCertificateWrong`` (TLS checked with the file's CA)
    or ``ServerNotReady`` (no schema, or another version's). ``folder`` receives the CA certificate.
    """
    try:
        Path(folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise (os_fault(exc) or DataFolderUnusable()) from None
    return READY if _office_on(profile, Path(folder)) is not None else EMPTY


def connect_folder(profile: ServerProfile, folder: Path) -> None:
    """Make ``folder`` this PC's connection to the office server (``server.json``, readable by its owner only)."""
    profile.save(Path(folder))


def connect_new_folder(profile: ServerProfile, folder: Path) -> str:
    """The wizard's step: ``folder`` (new or empty) becomes the connection once the server answered.

    Returns :func:`probe`'s answer. On any failure the folder is left as it was found: nothing is written
    but the CA certificate, which is removed again.
    """
    folder = Path(folder)
    session_service.check_new_data_folder(folder)
    try:
        state = probe(profile, folder)
        connect_folder(profile, folder)
    except BaseException:
        forget_folder(folder)
        raise
    return state


def forget_folder(folder: Path) -> None:
    """Undo :func:`connect_new_folder` before an office was created or opened through it."""
    for name in (PROFILE_NAME, CA_NAME):
        with contextlib.suppress(FileNotFoundError):
            (Path(folder) / name).unlink()


def _not_a_server_folder() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "ServerConnect", "This office is kept on this computer, not on an office server, so it has no connection "
        "file to replace."))


def _other_office() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "ServerConnect", "This connection file is for another office, so nothing was changed. Ask the "
        "administrator for this office's new connection file."))


def _known_office(folder: Path, old: ServerProfile | None) -> str:
    """The office this PC's folder belongs to, as far as the PC itself knows: the old file's ``office_uuid``,
    else the office named by the audit head anchor its earlier logins left (``""``: neither says)."""
    if old is not None and old.office_uuid:
        return old.office_uuid
    return store_anchor.office_named(folder)


def _database(profile: ServerProfile) -> tuple[str, int, str]:
    return profile.host.lower(), profile.port, profile.dbname





def replace_connection(folder: Path, profile: ServerProfile) -> None:
    """Put the administrator's new connection file ``profile`` in place of this PC's ``server.json``.

    After ``madoguchi server new-login`` the old file's login is refused (``ServerLoginChanged``) and each
    PC needs the new file. It is taken only when it is this office's and works:

    - ``folder`` must be an office-server folder (a one-PC office has no connection file);
    - the file must be for the same office: the ``office_uuid`` the old file (or this PC's audit anchor)
      names must match the new file's and the office found on the server; when the PC knows no uuid, the
      server's address and database must be the old file's (a damaged old file on a PC that never opened
      the office leaves nothing to compare: the fingerprint the user confirmed is the check);
    - the server must accept it (:func:`probe`'s ``ServerUnavailable`` / ``ServerCertificateWrong`` /
      ``ServerNotReady`` / ``ServerLoginChanged`` pass through: a stale file fails with the last).

    The server is asked from a temporary folder inside ``folder``, so on any failure ``server.json`` and
    ``office-ca.pem`` are left exactly as they were; the new file is then saved atomically (0600), with the
    office's uuid written in. The new CA certificate reaches ``office-ca.pem`` at the next connection.

    Nobody is logged in yet, so there is no session to check a role against and no audit log to write to;
    the file holds no personal data. Anyone who can write this PC's office folder can do the same by hand.
    """
    folder = Path(folder)
    if not is_server_folder(folder):
        raise _not_a_server_folder()
    try:
        old: ServerProfile | None = parse_connection((folder / PROFILE_NAME).read_bytes())
    except ValidationError:
        old = None  # a damaged old file: replacing it is the way out
    except OSError as exc:
        raise (os_fault(exc) or DataFolderUnusable()) from None
    known = _known_office(folder, old)
    if known and profile.office_uuid and profile.office_uuid != known:
        raise _other_office()
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".connection-check-", dir=folder))
    except OSError as exc:
        raise (os_fault(exc) or DataFolderUnusable()) from None
    try:
        found = _office_on(profile, scratch) or ""
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    expected = known or profile.office_uuid
    if not found or (expected and found != expected):
        raise _other_office()
    if not known and old is not None and _database(old) != _database(profile):
        raise _other_office()
    replace(profile, office_uuid=found).save(folder)

"""Opening an office on its server (issue 18): the connection, the schema check, one session per user.

The office itself is the same :class:`desktop.store.office.OpenOffice` as on one PC; this module holds what
differs when its database is the office server rather than the SQLCipher file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.store import keyslots as ks
from desktop.store import server_search
from desktop.store.errors import ServerNewer, ServerNotReady
from desktop.store.models import DB
from desktop.store.sealing import Sealer
from desktop.store.server import ServerDatabase, ServerProfile, connect_server
from desktop.store.server_slots import ServerSlots


def connector(folder: Path, key: bytes | bytearray | None = None) -> Any:
    """A function that opens a new connection to the office server of ``folder`` (with ``key``: personal fields).

    Without the key (reading the key slots at a login, before the password's slow key derivation) it also starts
    reading the contacts' sealed search fields on a connection of its own (store/server_search.prefetch), so the
    search copy needs only to be opened once the data key is known."""
    profile = ServerProfile.load(folder)
    if key is None:
        return lambda: _slots_connection(profile, folder)
    return lambda: connect_server(profile, folder, key)


def _slots_connection(profile: ServerProfile, folder: Path) -> ServerDatabase:
    db = connect_server(profile, folder, None)  # first: a server that is down fails here, once, with its message
    server_search.prefetch(_place(folder), lambda: connect_server(profile, folder, None))
    return db


def _place(folder: Path) -> str:
    return str(Path(folder).resolve())


def open_database(folder: Path, key: bytes | bytearray, slots: ks.SlotFile) -> ServerDatabase:
    """Connect with the data key and make it the models' database. The schema must be this app's: an
    administrator upgrades it with the server command (the app's role cannot change the schema)."""
    from desktop.store.migrations import schema_version
    from desktop.store.server_schema import schema_version as server_version

    early = server_search.open_prefetched(_place(folder), Sealer(key))  # opened while the connection is made
    db: ServerDatabase = connector(folder, key)()
    if early is not None:
        db.search_copy = early
    try:
        found = server_version(db)
        if found != schema_version():
            raise ServerNewer() if found > schema_version() else ServerNotReady()
        db.expected_version = schema_version()  # checked again on every new connection (store/server.py)
        DB.initialize(db)
        if isinstance(slots.remote, ServerSlots):
            slots.remote.db = db
        return db
    except BaseException:
        DB.initialize(None)
        db.close()
        raise


def after_open(db: ServerDatabase, folder: Path, key: bytes | bytearray) -> None:
    """Start loading the contacts search copy on a connection of its own (store/server_search.py)."""
    server_search.preload(db, connector(folder, key), _place(folder))


def claim_user(db: Any, user_id: str) -> bool:
    """One session per user on the office server (as one PC allows one window): a session-level advisory lock
    on the user's id, held by this connection until it closes (a PC that crashed lets go with its connection)."""
    claim = "madoguchi-user:" + user_id
    row = db.execute_sql("SELECT pg_try_advisory_lock(hashtextextended(?, 0))", (claim,))
    if not row.fetchone()[0]:
        return False
    db.session_claims.append(claim)  # taken again if the connection is replaced (store/server.py)
    return True

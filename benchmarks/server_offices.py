"""Office-server offices for the benchmarks: a generated office of N contacts on a throw-away PostgreSQL cluster.

    from benchmarks.server_offices import server_office
    folder = server_office(100_000)                    # an office folder whose server.json names the database
    pc = pc_folder(folder, "pc2")                       # a second PC's connection folder for the same office

The cluster is the test suite's (``tests.pg.cluster.get_cluster``: TLS on, started as the ``postgres`` user
when run as root, stopped when the process ends); importing from ``tests/`` is deliberate, so the benchmark
measures exactly the server the tests check. The office gets the same generated contacts as the cached
SQLCipher office (``benchmarks.generated.populate``), with the personal columns sealed the way the models seal
them (``store.sealing.seal_values``): the store's bulk insert writes raw tuples as they are, which is right in
the SQLCipher file but would put plaintext on the server. The SQLite-only full-text catch-up is skipped: the
server searches the app's own decrypted copy (``store.server_search``), built at the first search. The id
sequences are moved past the bulk-set ids afterwards (the bulk insert sets ids itself).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

from benchmarks.offices import ADMIN, PASSWORD

OFFICE_NAME = "ベンチ事務所"


def _sealed_bulk_insert(rows: Sequence[Sequence[Any]], *, cached: bool = False) -> None:
    """``contacts_repo.bulk_insert_contacts`` with the sealed columns sealed (what the server needs), and the
    send list's cache written with the rows, as an LP import writes it (``cached=True``; each generated contact has
    one decision, made at its creation), so the server is not timed filling it: on the SQLCipher office the first,
    untimed, preview fills it."""
    from desktop.domain.addresses import mailbox_of_key
    from desktop.domain.consent import REASON_OF_STATUS
    from desktop.store.contacts import Contact
    from desktop.store.contacts_repo import bulk
    from desktop.store.models import DB
    from desktop.store.sealing import seal_values

    at = {c: k for k, c in enumerate(bulk.CONTACT_BULK_COLUMNS)}
    if not cached:
        rows = [(*r, REASON_OF_STATUS[r[at["status"]]], r[at["created_at"]] if r[at["eligible"]] else None)
                for r in rows]
    columns = (*bulk.CONTACT_BULK_COLUMNS, *bulk.CONTACT_CACHE_COLUMNS, "mailbox")
    plain = [(*r, mailbox_of_key(r[at["key"]]) if r[at["key"]] else None) for r in rows]
    sealed = seal_values(Contact, columns, plain)
    sql = 'INSERT INTO "contact" ({}) VALUES ({})'.format(", ".join(f'"{c}"' for c in columns),
                                                         ", ".join("?" for _ in columns))
    DB.cursor().executemany(sql, sealed)


def server_office(n: int, *, kdf: Any = None) -> tuple[Path, float]:
    """A new server office of ``n`` generated contacts: (its first PC's folder, seconds the fill took)."""
    from benchmarks.generated import populate
    from desktop.services import session as session_service
    from desktop.store import contacts_repo, search_index
    from tests.pg import offices as pg_offices

    folder = Path(tempfile.mkdtemp(prefix=f"madoguchi-bench-server-{n}-")) / "office"
    pg_offices.new_server_folder(folder)
    extra = {"kdf": kdf} if kdf is not None else {}
    session, _code = session_service.create_office(
        folder, office_name=OFFICE_NAME, privacy_officer_name="担当", privacy_officer_contact="c",
        admin_username=ADMIN, admin_display_name="Admin", admin_password=PASSWORD, admin_password_confirm=PASSWORD,
        **extra)
    start = time.perf_counter()
    with mock.patch.object(contacts_repo, "bulk_insert_contacts", _sealed_bulk_insert), \
            mock.patch.object(search_index, "catch_up", lambda db: None):
        populate(session, n)
    seconds = time.perf_counter() - start
    session.logout()
    _advance_sequences(folder)
    return folder, seconds


def _advance_sequences(folder: Path) -> None:
    """Move the id sequences past the ids the bulk insert set (PostgreSQL does not do it for explicit ids)."""
    from desktop.store.server import ServerProfile
    from tests.pg import offices as pg_offices

    with pg_offices.cluster().admin_connect(ServerProfile.load(folder).dbname) as conn:
        for table in ("contact", "consent_event"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")


def pc_folder(office_folder: Path, name: str) -> Path:
    """Another PC's connection folder for the same server office (its own server.json, lock and state)."""
    from desktop.store.server import ServerProfile

    target = office_folder.parent / name
    shutil.rmtree(target, ignore_errors=True)
    replace(ServerProfile.load(office_folder)).save(target)
    return target


def drop_all() -> None:
    """Drop the databases this process made on the cluster."""
    from tests.pg import offices as pg_offices

    pg_offices.drop_created()


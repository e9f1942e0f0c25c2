"""Office-server offices for the benchmarks: a generated office of N contacts on a throw-away PostgreSQL cluster.

    from benchmarks.server_offices import server_office
    folder, _fill_s = server_office(100_000)           # an office folder whose server.json names the database
    pc = pc_folder(folder, "pc2")                       # a second PC's connection folder for the same office

The cluster is the test suite's (``tests.pg.cluster.get_cluster``: TLS on, started as the ``postgres`` user
when run as root, stopped when the process ends); importing from ``tests/`` is deliberate, so the benchmark
measures exactly the server the tests check. The office gets the same generated contacts as the cached
SQLCipher office (``benchmarks.generated.populate``: the store's bulk insert seals the personal columns on the
server); its SQLite-only full-text catch-up is skipped, the server searching the app's own decrypted copy
(``store.server_search``), built at the first search after login.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

from benchmarks.offices import ADMIN, PASSWORD

OFFICE_NAME = "ベンチ事務所"


def server_office(n: int, *, kdf: Any = None) -> tuple[Path, float]:
    """A new server office of ``n`` generated contacts: (its first PC's folder, seconds the fill took)."""
    from benchmarks.generated import populate
    from desktop.services import session as session_service
    from desktop.store import search_index
    from tests.pg import offices as pg_offices

    folder = Path(tempfile.mkdtemp(prefix=f"madoguchi-bench-server-{n}-")) / "office"
    pg_offices.new_server_folder(folder)
    extra = {"kdf": kdf} if kdf is not None else {}
    session, _code = session_service.create_office(
        folder, office_name=OFFICE_NAME, privacy_officer_name="担当", privacy_officer_contact="c",
        admin_username=ADMIN, admin_display_name="Admin", admin_password=PASSWORD, admin_password_confirm=PASSWORD,
        **extra)
    start = time.perf_counter()
    with mock.patch.object(search_index, "catch_up", lambda db: None):  # SQLite's FTS5 index: none on the server
        populate(session, n)
    seconds = time.perf_counter() - start
    session.logout()
    return folder, seconds


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


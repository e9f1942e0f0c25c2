"""A PC takes the administrator's new connection file after ``madoguchi server new-login`` (issue 18):
:func:`desktop.services.server_connect.replace_connection` on the real test cluster, the command through
:func:`desktop.cli.main`, real offices.

The file is taken only when it is this office's and the server accepts it; otherwise the PC's office folder
is left byte for byte as it was (no temp folder, no CA certificate written).
"""

from __future__ import annotations

import json
import stat
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.errors import ValidationError
from desktop.services import server_connect
from desktop.services import session as session_service
from desktop.store.errors import ServerLoginChanged, ServerUnavailable
from desktop.store.server import CA_NAME, PROFILE_NAME, ServerProfile
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock
from tests.pg import offices as pg_offices
from tests.pg.cluster import PgCluster
from tests.pg.concurrent_writer import other_pc
from tests.pg.test_server_new_login import office_setup

OTHER_OFFICE = "This connection file is for another office, so nothing was changed. Ask the administrator for " \
    "this office's new connection file."


@pytest.fixture
def setup(cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``server init`` of a database of this test's own (``setup/server.json``) with an office on it, made on
    the PC ``pc1`` (which so knows the office: its audit anchor names it)."""
    yield from office_setup(cluster, tmp_path, monkeypatch, "mdg_replace_")


def _login(folder: Path) -> session_service.Session:
    clock = FakeClock()
    return session_service.login(folder, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)


def _new_login(cluster: PgCluster, setup: Path) -> None:
    assert cli.main(["server", "new-login", "--setup", str(setup), "--admin-user", cluster.admin_user]) == cli.EXIT_OK


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Everything in the folder: each file's bytes and mode, each folder by name (a temp folder left shows)."""
    found: dict[str, bytes | None] = {}
    for p in sorted(folder.rglob("*")):
        name = str(p.relative_to(folder))
        found[name] = p.read_bytes() + oct(p.stat().st_mode).encode() if p.is_file() else None
    return found


def another_office(tmp_path: Path) -> ServerProfile:
    """Another office on the same cluster (its own database, its first administrator), and its file."""
    admin_pc = tmp_path / "other-office"
    pg_offices.new_server_folder(admin_pc)
    clock = FakeClock()
    session, _ = session_service.create_office(
        admin_pc, office_name="別の事務所", privacy_officer_name="佐藤 一郎", privacy_officer_contact="03-0000-0000",
        admin_username="admin", admin_display_name="管理者 次郎", admin_password=ADMIN_PASSWORD,
        admin_password_confirm=ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)
    session.logout()
    return ServerProfile.load(admin_pc)


def test_the_new_file_replaces_the_old_one_and_the_login_works(cluster: PgCluster, setup: Path,
                                                               tmp_path: Path) -> None:
    pc1 = tmp_path / "pc1"
    pc2 = other_pc(setup, tmp_path / "pc2")  # a PC that has never logged in: only its connection file
    office_uuid = json.loads((pc1 / "office.head").read_text())["db_uuid"]
    assert ServerProfile.load(pc1).office_uuid == ""  # the file of `server init` names no office
    _new_login(cluster, setup)
    with pytest.raises(ServerLoginChanged):
        _login(pc1)

    # the old file once more (what a PC that never got the new one would offer): refused, nothing changed
    for pc in (pc1, pc2):
        before = snapshot(pc)
        with pytest.raises(ServerLoginChanged):
            server_connect.replace_connection(pc, ServerProfile.load(pc))
        assert snapshot(pc) == before

    new = server_connect.read_connection_file(setup / PROFILE_NAME)
    for pc in (pc1, pc2):
        ca_before = (pc / CA_NAME).read_bytes() if (pc / CA_NAME).exists() else None
        server_connect.replace_connection(pc, new)
        assert stat.S_IMODE((pc / PROFILE_NAME).stat().st_mode) == 0o600
        saved = ServerProfile.load(pc)
        assert saved == replace(new, office_uuid=office_uuid)  # the office it was checked against is kept
        assert sorted(p.name for p in pc.iterdir() if p.name.startswith(".")) == []
        assert ((pc / CA_NAME).read_bytes() if (pc / CA_NAME).exists() else None) == ca_before
        session = _login(pc)
        try:
            assert session.office.slots.db_uuid == office_uuid
        finally:
            session.logout()
    # the same file again (a second click): still this office, still fine
    server_connect.replace_connection(pc1, new)
    _login(pc1).logout()


def test_a_file_of_another_office_is_refused_and_nothing_changes(cluster: PgCluster, setup: Path,
                                                                 tmp_path: Path) -> None:
    pc1 = tmp_path / "pc1"
    pc2 = other_pc(setup, tmp_path / "pc2")
    _new_login(cluster, setup)
    other = another_office(tmp_path)
    assert other.office_uuid == ""  # like every file `server init` writes: the server says which office it is
    # pc1 knows its office from its anchor, pc2 from nothing but its old file's server and database
    for pc in (pc1, pc2):
        before = snapshot(pc)
        with pytest.raises(ValidationError) as refused:
            server_connect.replace_connection(pc, other)
        assert refused.value.message == OTHER_OFFICE and refused.value.context == "ServerConnect"
        assert snapshot(pc) == before

    # a file that names another office is refused before the server is asked (this one could log in)
    named = replace(server_connect.read_connection_file(setup / PROFILE_NAME), office_uuid=str(uuid.uuid4()))
    before = snapshot(pc1)
    with pytest.raises(ValidationError, match="another office"):
        server_connect.replace_connection(pc1, named)
    assert snapshot(pc1) == before

    # once the PC's file names its office, a file of another office is refused on that alone
    server_connect.replace_connection(pc2, server_connect.read_connection_file(setup / PROFILE_NAME))
    assert ServerProfile.load(pc2).office_uuid
    before = snapshot(pc2)
    with pytest.raises(ValidationError, match="another office"):
        server_connect.replace_connection(pc2, replace(other, office_uuid=""))
    assert snapshot(pc2) == before
    _login(pc2).logout()


def test_a_damaged_file_an_unreachable_server_or_a_one_pc_office_change_nothing(
        cluster: PgCluster, setup: Path, tmp_path: Path) -> None:
    pc1 = tmp_path / "pc1"
    before = snapshot(pc1)
    garbled = tmp_path / "handed-out.json"
    garbled.write_text('{"host": "localhost", "port": "not a port"}', encoding="utf-8")
    with pytest.raises(ValidationError, match="not an office server connection file"):
        server_connect.read_connection_file(garbled)
    with pytest.raises(ValidationError, match="could not be read"):
        server_connect.read_connection_file(tmp_path / "nowhere.json")

    good = server_connect.read_connection_file(setup / PROFILE_NAME)
    with pytest.raises(ServerUnavailable):
        server_connect.replace_connection(pc1, replace(good, port=cluster.port + 1 if cluster.port < 65535 else 1))
    assert snapshot(pc1) == before

    # a folder with no connection file (a one-PC office, or none at all) has nothing to replace
    for folder in (tmp_path / "one-pc-office", tmp_path / "missing"):
        if folder.name == "one-pc-office":
            folder.mkdir()
            (folder / "office.db").write_bytes(b"")
        with pytest.raises(ValidationError, match="no connection file to replace"):
            server_connect.replace_connection(folder, good)
        assert not (folder / PROFILE_NAME).exists()

    # a damaged old file is replaced by this office's file (the server and the PC's anchor agree)
    (pc1 / PROFILE_NAME).write_bytes(b"\x00garbled")
    server_connect.replace_connection(pc1, good)
    _login(pc1).logout()

"""``madoguchi server new-login``: someone left, so the office's shared database login gets a new password
(issue 18). Real cluster (``log_statement=all``), the command through :func:`desktop.cli.main`, real offices.

Each test makes its own office database with ``server init`` (its own app role: the other server tests share
``mdg_schema_app``, whose password must not change under them) and drops it at the end.
"""

from __future__ import annotations

import contextlib
import json
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from desktop import cli
from desktop.domain.consent import Outcome
from desktop.services import consent, scripts, server_upgrade
from desktop.services import session as session_service
from desktop.store import audit as store_audit
from desktop.store.errors import ServerLoginChanged, ServerUnavailable
from desktop.store.server import PROFILE_NAME, ServerProfile
from desktop.store.server_schema import UPGRADE_TABLE
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock
from tests.pg.cluster import PgCluster
from tests.pg.concurrent_writer import other_pc

SENTINEL = "newlogin.sentinel.5be1@example-office.jp"


def _drop(c: PgCluster, dbname: str) -> None:
    with c.admin_connect() as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(dbname + "_app")))


@pytest.fixture
def setup(cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``server init`` of a database of this test's own (``setup/server.json``) with an office on it."""
    yield from office_setup(cluster, tmp_path, monkeypatch, "mdg_newlogin_")


def office_setup(cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str) -> Iterator[Path]:
    """The ``setup`` fixtures' body: the database ``prefix`` + a number, its office made on the PC ``pc1``."""
    dbname = f"{prefix}{abs(hash(str(tmp_path))) % 10**8}"
    _drop(cluster, dbname)
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", cluster.admin_password)
    folder = tmp_path / "setup"
    assert cli.main(["server", "init", "--host", cluster.host, "--port", str(cluster.port), "--admin-user",
                     cluster.admin_user, "--ca", str(cluster.ca_cert_path), "--dbname", dbname,
                     "--out", str(folder)]) == cli.EXIT_OK
    clock = FakeClock()
    session, _code = session_service.create_office(
        other_pc(folder, tmp_path / "pc1"), office_name="テスト事務所", privacy_officer_name="山田 花子",
        privacy_officer_contact="03-1234-5678", admin_username="admin", admin_display_name="管理者 太郎",
        admin_password=ADMIN_PASSWORD, admin_password_confirm=ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock,
        wall=clock.wall)
    session.logout()
    try:
        yield folder
    finally:
        _drop(cluster, dbname)


def _login(folder: Path) -> session_service.Session:
    clock = FakeClock()
    return session_service.login(folder, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)


def _save(session: session_service.Session, address: str) -> None:
    shown = consent.ScriptShown.of(scripts.current(session, "phone"))
    consent.capture_phone(session, address=address, outcome=Outcome.AGREED, script=shown, script_read_confirmed=True)


def _app_connect(folder: Path) -> Any:
    profile = ServerProfile.load(folder)
    return psycopg.connect(**{**profile.connect_params(folder), "dbname": profile.dbname}, autocommit=True)


def _events(c: PgCluster, folder: Path) -> list[tuple[str, bool]]:
    with c.admin_connect(ServerProfile.load(folder).dbname) as conn:
        return [(str(k), bool(n)) for k, n in conn.execute(f"SELECT kind, noted FROM {UPGRADE_TABLE} ORDER BY id")]


def test_new_login_ends_the_old_file_and_the_new_one_works(cluster: PgCluster, setup: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    pc1, pc2 = tmp_path / "pc1", other_pc(tmp_path / "pc1", tmp_path / "pc2")
    old_text = (setup / PROFILE_NAME).read_text()
    old_password = ServerProfile.load(setup).password
    working = _login(pc2)  # a PC at work, and a bare connection with the old file (a leaver's PC)
    leaver = _app_connect(pc1)
    try:
        _save(working, SENTINEL)
        assert cli.main(["server", "new-login", "--setup", str(setup), "--admin-user",
                         cluster.admin_user]) == cli.EXIT_OK
        out = capsys.readouterr().out
        # both sessions of the app role were ended (the working PC's window and its search copy may be more)
        ended = int(out.split(" open sessions ended")[0].rsplit(" ", 1)[1])
        assert ended >= 2 and str(setup / PROFILE_NAME) in out
        with pytest.raises(psycopg.OperationalError):
            leaver.execute("SELECT 1")
        # the working PC: its connection is gone, and with the old file it cannot come back
        errors = []
        for _ in range(2):
            try:
                _save(working, "second." + SENTINEL)
            except (ServerUnavailable, ServerLoginChanged) as exc:
                errors.append(exc)
        assert [type(e) for e in errors][-1] is ServerLoginChanged
        assert errors[-1].message == ServerLoginChanged().message and errors[-1].context == "StoreError"
        assert errors[-1].__cause__ is None and "psycopg" not in str(errors[-1])
    finally:
        leaver.close()
        with contextlib.suppress(ServerUnavailable, ServerLoginChanged):
            working.logout()

    new_file = setup / PROFILE_NAME
    assert stat.S_IMODE(new_file.stat().st_mode) == 0o600
    assert not (setup / (PROFILE_NAME + server_upgrade.NEW_SUFFIX)).exists()
    new = ServerProfile.load(setup)
    assert new.password != old_password and len(new.password) >= 43  # 32 random bytes, base64
    assert json.loads(new_file.read_text()) == {**json.loads(old_text), "password": new.password}
    # the password never reached the server's log (log_statement=all): only its SCRAM verifier did
    log = cluster.log_text()
    assert new.password not in log and old_password not in log
    assert f'ALTER ROLE "{new.user}" PASSWORD \'SCRAM-SHA-256$' in log

    # a PC with the old file: the login is refused with the one translated line
    with pytest.raises(ServerLoginChanged):
        _login(pc1)
    # the new file copied into the office folder: login, save, and the administrator's action is audited once
    (pc1 / PROFILE_NAME).write_bytes(new_file.read_bytes())
    session = _login(pc1)
    try:
        _save(session, "third." + SENTINEL)
        entries = store_audit.entries(action_prefix=server_upgrade.NEW_LOGIN)
        assert [e.action for e in entries] == ["server.new_login"]
    finally:
        session.logout()
    assert _events(cluster, setup) == [("new_login", True)]
    session = _login(pc1)
    try:
        assert len(store_audit.entries(action_prefix=server_upgrade.NEW_LOGIN)) == 1
    finally:
        session.logout()


def test_office_folder_is_replaced_in_place_and_a_wrong_admin_password_changes_nothing(
        cluster: PgCluster, setup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    pc1 = tmp_path / "pc1"
    before = (pc1 / PROFILE_NAME).read_bytes()
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", "wrong")
    args = ["server", "new-login", "--office", str(pc1), "--admin-user", cluster.admin_user]
    assert cli.main(args) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert (pc1 / PROFILE_NAME).read_bytes() == before
    assert not (pc1 / (PROFILE_NAME + server_upgrade.NEW_SUFFIX)).exists()
    assert _events(cluster, setup) == []
    with _app_connect(pc1) as conn:  # the login's password is the old one still
        conn.execute("SELECT 1")

    # a temp file left by an earlier run may hold the current password: refused, nothing changed
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", cluster.admin_password)
    left = pc1 / (PROFILE_NAME + server_upgrade.NEW_SUFFIX)
    left.write_bytes(b"{}")
    assert cli.main(args) == cli.EXIT_ERROR
    assert "left from an earlier new-login" in capsys.readouterr().err
    assert _events(cluster, setup) == []
    left.unlink()

    assert cli.main(args) == cli.EXIT_OK
    assert "0 open sessions ended" in capsys.readouterr().out
    assert stat.S_IMODE((pc1 / PROFILE_NAME).stat().st_mode) == 0o600
    assert ServerProfile.load(pc1).password != json.loads(before)["password"]
    session = _login(pc1)  # this PC's own file was replaced: it works at once
    session.logout()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _app_connect(setup).close()  # the setup folder's file is the old one now


def test_a_file_that_cannot_be_replaced_says_where_the_new_one_is(
        cluster: PgCluster, setup: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real_replace = server_upgrade.os.replace
    target = setup / PROFILE_NAME

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == target:
            raise OSError(5, "Input/output error")  # the disk failed at the rename, after the server changed
        real_replace(src, dst)

    monkeypatch.setattr(server_upgrade.os, "replace", replace)
    assert cli.main(["server", "new-login", "--setup", str(setup), "--admin-user", cluster.admin_user]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    pending = setup / (PROFILE_NAME + server_upgrade.NEW_SUFFIX)
    assert err.count("\n") == 1 and str(pending) in err and "has a new password" in err
    assert stat.S_IMODE(pending.stat().st_mode) == 0o600
    with pytest.raises(psycopg.OperationalError):
        _app_connect(setup).close()  # the old file no longer connects
    monkeypatch.setattr(server_upgrade.os, "replace", real_replace)
    real_replace(pending, target)  # what the line tells the administrator to do
    with _app_connect(setup) as conn:
        conn.execute("SELECT 1")
    assert _events(cluster, setup) == [("new_login", False)]

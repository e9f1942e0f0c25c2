"""``madoguchi server init / move / export`` through :func:`desktop.cli.main` on the test PostgreSQL (issue 18)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from psycopg import sql

from desktop import cli
from desktop.store.server import ServerProfile
from tests.conftest import ADMIN_PASSWORD, make_office


def _drop(c: Any, dbname: str) -> None:
    with c.admin_connect() as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(dbname + "_app")))


def test_init_move_export_verify(cluster: Any, tmp_path: Path, clock: Any, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    dbname = f"mdg_cli_{abs(hash(str(tmp_path))) % 10**8}"
    _drop(cluster, dbname)
    session, _code = make_office(tmp_path / "office", clock)
    session.logout()
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", cluster.admin_password)
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    pc = tmp_path / "pc"
    try:
        assert cli.main(["server", "init", "--host", cluster.host, "--port", str(cluster.port), "--admin-user",
                         cluster.admin_user, "--ca", str(cluster.ca_cert_path), "--dbname", dbname,
                         "--out", str(pc)]) == cli.EXIT_OK
        conn_file = pc / "server.json"
        assert stat.S_IMODE(conn_file.stat().st_mode) == 0o600
        profile = ServerProfile.load(pc)
        assert profile.dbname == dbname and profile.user == dbname + "_app"
        assert cluster.admin_password not in conn_file.read_text()

        # the same database again: one line, no traceback
        assert cli.main(["server", "init", "--host", cluster.host, "--port", str(cluster.port), "--admin-user",
                         cluster.admin_user, "--ca", str(cluster.ca_cert_path), "--dbname", dbname,
                         "--out", str(tmp_path / "again")]) == cli.EXIT_ERROR
        assert "already exists" in capsys.readouterr().err
        # move without a connection file in --to
        assert cli.main(["server", "move", "--office", str(tmp_path / "office"), "--to", str(tmp_path / "none"),
                         "--user", "admin"]) == cli.EXIT_ERROR
        assert "server init" in capsys.readouterr().err
        assert cli.main(["server", "move", "--office", str(tmp_path / "office"), "--to", str(pc),
                         "--user", "admin"]) == cli.EXIT_OK
        assert "onto the office server" in capsys.readouterr().out
        # the office file stays usable and whole (its log has the move's entry)
        assert cli.main(["verify", "--data-dir", str(tmp_path / "office"), "--user", "admin"]) == cli.EXIT_OK
        assert "audit log ok" in capsys.readouterr().out
        # a second move into the same server is refused with one line, no traceback
        assert cli.main(["server", "move", "--office", str(tmp_path / "office"), "--to", str(tmp_path / "pc2"),
                         "--user", "admin"]) == cli.EXIT_ERROR
        assert capsys.readouterr().err.count("\n") == 1

        assert cli.main(["server", "export", "--office", str(pc), "--to", str(tmp_path / "back"),
                         "--user", "admin"]) == cli.EXIT_OK
        assert cli.main(["verify", "--data-dir", str(tmp_path / "back"), "--user", "admin"]) == cli.EXIT_OK
        out = capsys.readouterr().out
        assert "audit log ok" in out and "database integrity ok" in out
    finally:
        _drop(cluster, dbname)


def test_init_without_a_ca_makes_the_certificates_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", raising=False)
    out = tmp_path / "certs"
    assert cli.main(["server", "init", "--host", "office-db.local", "--admin-user", "postgres",
                     "--dbname", "office", "--out", str(out)]) == cli.EXIT_OK
    for name in ("office-ca.key", "server.key"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
    assert (out / "office-ca.pem").exists() and (out / "server.crt").exists()
    assert not (out / "server.json").exists()
    assert "run this command again" in capsys.readouterr().out
    # the second run finds the CA in --out and needs the server administrator's password
    monkeypatch.setattr("sys.stdin", None)
    assert cli.main(["server", "init", "--host", "office-db.local", "--admin-user", "postgres",
                     "--dbname", "office", "--out", str(out)]) == cli.EXIT_ERROR
    assert "MADOGUCHI_SERVER_ADMIN_PASSWORD" in capsys.readouterr().err


def test_password_is_never_an_argument() -> None:
    parser = cli.build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["server", "init", "--host", "h", "--admin-user", "u", "--dbname", "d", "--out", "o",
                           "--password", "x"])


def test_new_login_needs_one_connection_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    parser = cli.build_parser()
    for extra in ([], ["--office", "a", "--setup", "b"], ["--setup", "b", "--password", "x"]):
        with pytest.raises(SystemExit):  # one of --office / --setup; the password never an argument
            parser.parse_args(["server", "new-login", "--admin-user", "postgres", *extra])
    capsys.readouterr()
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", "x")
    assert cli.main(["server", "new-login", "--office", str(tmp_path), "--admin-user", "postgres"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no server.json" in err
    assert list(tmp_path.iterdir()) == []  # nothing written
    monkeypatch.delenv("MADOGUCHI_SERVER_ADMIN_PASSWORD")
    monkeypatch.setattr("sys.stdin", None)
    assert cli.main(["server", "new-login", "--setup", str(tmp_path), "--admin-user", "postgres"]) == cli.EXIT_ERROR
    assert "MADOGUCHI_SERVER_ADMIN_PASSWORD" in capsys.readouterr().err

"""The test PostgreSQL cluster itself (issue 18): TLS only, certificates checked, statements logged."""

from __future__ import annotations

import secrets
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.services.server_certs import make_office_ca
from tests.conftest import CLOCK_START
from tests.pg.cluster import PgCluster, get_cluster, skip_reason, sweep_stale


@pytest.fixture(scope="module")
def cluster() -> PgCluster:
    found = get_cluster()
    if found is None:
        pytest.skip(skip_reason())
    return found


def test_the_cluster_runs_with_tls_and_started_quickly(cluster: PgCluster) -> None:
    with cluster.admin_connect() as conn:
        ssl_on, version = conn.execute("SELECT current_setting('ssl'), current_setting('server_version_num')"
                                       ).fetchone()
        used_ssl, protocol = conn.execute(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        listen = conn.execute("SELECT current_setting('listen_addresses')").fetchone()[0]
    assert ssl_on == "on" and int(version) >= 150000
    assert used_ssl is True and protocol in ("TLSv1.2", "TLSv1.3")
    assert listen == "127.0.0.1"
    assert cluster.ca_cert_path.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert cluster.start_seconds < 5


def test_a_plain_tcp_connection_is_refused(cluster: PgCluster) -> None:
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(host="127.0.0.1", port=cluster.port, user=cluster.admin_user,
                        password=cluster.admin_password, dbname="postgres", sslmode="disable",
                        connect_timeout=5)


def test_the_wrong_host_name_fails_verify_full(cluster: PgCluster) -> None:
    import psycopg

    # the right server at the right address, but dialled under a name its certificate does not carry
    dsn = cluster.dsn(host="office-server.invalid") + " hostaddr=127.0.0.1"
    with pytest.raises(psycopg.OperationalError, match="does not match host name"):
        psycopg.connect(dsn)
    # the same with the right name connects: the failure above is the name, nothing else
    psycopg.connect(cluster.dsn(host="localhost") + " hostaddr=127.0.0.1").close()


def test_a_certificate_from_another_ca_fails(cluster: PgCluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    other_ca, _ = make_office_ca("Another office", now=CLOCK_START)
    wrong = tmp_path / "other-ca.crt"
    wrong.write_bytes(other_ca)
    dsn = cluster.dsn().replace(str(cluster.ca_cert_path), str(wrong))
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(dsn)


def test_a_wrong_password_is_refused(cluster: PgCluster) -> None:
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(cluster.dsn(password="not-the-password"))


def test_statements_are_written_to_the_server_log(cluster: PgCluster) -> None:
    marker = f"log_marker_{secrets.token_hex(6)}"
    with cluster.admin_connect() as conn:
        conn.execute(f"SELECT '{marker}'")
    deadline = time.monotonic() + 10
    while marker not in cluster.log_text():  # the logging collector writes asynchronously
        assert time.monotonic() < deadline, "statement not logged"
        time.sleep(0.05)
    files = {path for path, data in cluster.files_bytes() if marker.encode() in data}
    assert any(path.parent == cluster.log_dir for path in files)


def test_databases_dumps_and_a_restart_on_the_same_port(cluster: PgCluster) -> None:
    name = f"t_{secrets.token_hex(4)}"
    cluster.create_database(name)
    try:
        with cluster.admin_connect(name) as conn:
            conn.execute("CREATE TABLE kept (v text)")
            conn.execute("INSERT INTO kept VALUES ('before restart')")
        port = cluster.port
        started = time.monotonic()
        cluster.restart()
        restart_seconds = time.monotonic() - started
        assert cluster.port == port and restart_seconds < 5
        with cluster.admin_connect(name) as conn:
            assert conn.execute("SELECT v FROM kept").fetchall() == [("before restart",)]
        assert b"before restart" in cluster.pg_dump(name)
    finally:
        cluster.drop_database(name)
    with cluster.admin_connect() as conn:
        assert conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)


def test_a_session_open_across_a_restart_is_cut_and_a_new_one_works(cluster: PgCluster) -> None:
    import psycopg

    conn = cluster.admin_connect()
    try:
        cluster.restart()
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
    finally:
        conn.close()
    with cluster.admin_connect() as again:
        assert again.execute("SELECT 1").fetchone() == (1,)


def test_the_server_runs_in_its_own_process_group(cluster: PgCluster) -> None:
    import os

    pid = int((cluster.base / "server.pid").read_text())
    assert os.getpgid(pid) == pid != os.getpgid(0)
    assert int((cluster.base / "owner.pid").read_text()) == os.getpid()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_a_killed_test_process_takes_its_server_along_and_the_next_run_sweeps_the_folder(
        cluster: PgCluster) -> None:
    import os
    import subprocess

    script = ("import os, signal\n"
              "from tests.pg.cluster import get_cluster\n"
              "c = get_cluster()\n"
              "print(c.base, flush=True)\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "MADOGUCHI_REQUIRE_POSTGRES"}
    env["PYTHONPATH"] = str(root)
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True,
                          cwd=root, env=env, timeout=60)
    assert done.returncode == -9, done.stderr
    left = Path(done.stdout.strip())
    server_pid = int((left / "server.pid").read_text())
    deadline = time.monotonic() + 15
    while Path(f"/proc/{server_pid}").exists() and b"postgres" in _cmdline(server_pid):
        assert time.monotonic() < deadline, "the orphaned server kept running"
        time.sleep(0.05)
    assert left.exists()  # SIGKILL left the folder: the next run removes it
    assert sweep_stale(left.parent) >= 1
    assert not left.exists() and cluster.base.exists()  # our own (live) cluster's folder is kept


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_a_missing_server_skips_but_fails_when_required(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pg import cluster as module

    monkeypatch.setattr(module, "_cluster", None)
    monkeypatch.setattr(module, "_skip_reason", "")
    monkeypatch.setattr(module, "find_bindir", lambda: (None, "PostgreSQL server binaries (initdb) not found"))
    monkeypatch.delenv("MADOGUCHI_REQUIRE_POSTGRES", raising=False)
    assert module.get_cluster() is None
    assert "not found" in module.skip_reason()
    monkeypatch.setenv("MADOGUCHI_REQUIRE_POSTGRES", "1")
    with pytest.raises(RuntimeError, match="MADOGUCHI_REQUIRE_POSTGRES=1"):
        module.get_cluster()


def test_the_binaries_found_are_version_15_or_newer() -> None:
    from tests.pg.cluster import find_bindir, server_version

    bindir, why = find_bindir()
    if bindir is None:
        pytest.skip(why)
    assert (server_version(bindir / "postgres") or 0) >= 15


def test_a_server_showing_a_wrong_certificate_is_refused_until_it_is_put_back(cluster: PgCluster) -> None:
    import psycopg

    from desktop.services.server_certs import make_server_cert

    now = datetime.now(UTC)  # the TLS library checks validity against the real clock
    other_ca, other_key = make_office_ca("Another office", now=now)
    cases = [
        make_server_cert(other_ca, other_key, ["localhost", "127.0.0.1"], now=now),  # not our CA
        make_server_cert(cluster.ca_cert_pem, cluster.ca_key_pem, ["other-host.invalid"], now=now),
    ]
    try:
        for (cert, key), message in zip(cases, ("certificate verify failed", "does not match host name"),
                                        strict=True):
            cluster.replace_server_cert(cert, key)
            with pytest.raises(psycopg.OperationalError, match=message):
                psycopg.connect(cluster.dsn())
    finally:
        cluster.reset_server_cert()
    with cluster.admin_connect() as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)

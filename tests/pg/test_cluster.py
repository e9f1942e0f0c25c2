"""The test PostgreSQL cluster itself (issue 18): TLS only, certificates checked, statements logged."""

from __future__ import annotations

import secrets
import time

import pytest

from desktop.services.server_certs import make_office_ca
from tests.conftest import CLOCK_START
from tests.pg.cluster import PgCluster, get_cluster, skip_reason


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

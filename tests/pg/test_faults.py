"""The office server's faults as an office user meets them (issue 18): server down, restarted, the
connection cut in the middle of a save, a wrong TLS certificate or host name.

Each fault gives one clear translated message (the store's ServerUnavailable / ServerCertificateWrong, no
driver words), leaves nothing half-written, and the app reconnects by itself: no new login is needed.

What a careful office user expects after the server restarted between two saves: the next save simply
works. Nothing of it had reached the server when the old connection was found dead (at BEGIN), so the app
opens a new connection and saves; a message there would only teach people to press "save" twice. A save
that was already under way when the connection dropped is different: its transaction is gone, so the user
is told once that nothing was saved, and the next attempt works.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.consent import Outcome
from desktop.services import consent, scripts
from desktop.services import session as session_service
from desktop.services.server_certs import make_office_ca, make_server_cert
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.store.audit import AUDIT_HEAD_LOCK
from desktop.store.errors import ServerCertificateWrong, ServerUnavailable
from desktop.store.server import ServerProfile
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, TEST_KDF, FakeClock
from tests.pg.cluster import PgCluster
from tests.pg.concurrent_writer import create_server_office

SENTINEL = "fault.sentinel.41c9@example-office.jp"




@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def office(cluster: PgCluster, tmp_path: Path, clock: FakeClock) -> Iterator[session_service.Session]:
    session: session_service.Session = create_server_office(tmp_path / "office", clock)  # type: ignore[assignment]
    scripts.current(session, "phone")  # the phone page was opened once
    try:
        yield session
    finally:
        try:
            session.logout()
        except ServerUnavailable:
            pass


def save(session: session_service.Session, address: str, **kw: str) -> consent.CaptureResult:
    shown = consent.ScriptShown.of(scripts.current(session, "phone"))
    return consent.capture_phone(session, address=address, outcome=Outcome.AGREED, script=shown,
                                 script_read_confirmed=True, **kw)


def login(folder: Path, clock: FakeClock) -> session_service.Session:
    return session_service.login(folder, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)


def assert_clear(error: BaseException, kind: type) -> None:
    """One translated sentence of the store, with no driver text, address or host behind it."""
    assert type(error) is kind
    assert error.message == kind().message and error.context == "StoreError"  # type: ignore[attr-defined]
    assert error.__cause__ is None and error.__suppress_context__
    assert SENTINEL not in str(error) and "psycopg" not in str(error) and "127.0.0.1" not in str(error)


def test_server_stopped_before_login(office, cluster: PgCluster, tmp_path: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "office"
    logins = _logins()
    office.logout()
    cluster.stop()
    started = time.monotonic()
    with pytest.raises(ServerUnavailable) as err:
        login(folder, clock)
    assert time.monotonic() - started < 10  # refused at once, not after a long hang
    assert_clear(err.value, ServerUnavailable)
    cluster.start()
    session = login(folder, clock)  # the same folder, nothing to repair: the server is back
    try:
        assert _logins() == [*logins, "login.ok"]  # the login that worked, nothing of the failed one
    finally:
        session.logout()


def test_the_next_save_after_a_server_restart_just_works(office, cluster: PgCluster) -> None:  # type: ignore[no-untyped-def]
    shown = consent.ScriptShown.of(scripts.current(office, "phone"))  # the phone page is open
    first = save(office, "before.restart@example-office.jp")
    cluster.restart()  # every session is cut; this PC does not know yet
    # the save's first statement is its BEGIN, on the dead connection: a new one is opened, the save goes on
    second = consent.capture_phone(office, address=SENTINEL, outcome=Outcome.AGREED, script=shown,
                                   script_read_confirmed=True, name="再起動 後")
    assert first.created and second.created
    assert crepo.contact_by_id(second.contact_id) is not None
    # the screens' plain reads reconnect the same way (the address lookup while typing)
    cluster.restart()
    known = consent.lookup(office, SENTINEL)
    assert known is not None


def test_a_save_while_the_server_is_down_fails_clearly_and_the_one_after_it_is_back_works(office,  # type: ignore[no-untyped-def]
                                                                                         cluster: PgCluster) -> None:
    shown = consent.ScriptShown.of(scripts.current(office, "phone"))
    entries = store_audit.count()
    cluster.stop()
    for _ in range(2):  # each try while it is down: the same one message, no hang
        started = time.monotonic()
        with pytest.raises(ServerUnavailable) as err:
            consent.capture_phone(office, address=SENTINEL, outcome=Outcome.AGREED, script=shown,
                                  script_read_confirmed=True)
        assert time.monotonic() - started < 10
        assert_clear(err.value, ServerUnavailable)
    cluster.start()
    result = consent.capture_phone(office, address=SENTINEL, outcome=Outcome.AGREED, script=shown,
                                   script_read_confirmed=True)
    assert result.created and store_audit.count() == entries + 1


def test_a_save_cut_in_the_middle_is_not_half_written_and_the_next_works(office, cluster: PgCluster,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    dbname = ServerProfile.load(tmp_path / "office").dbname
    entries = store_audit.count()
    outcome: list[BaseException | consent.CaptureResult] = []
    with cluster.admin_connect(dbname) as admin:
        # another PC holds the audit head: the save writes its contact and consent event, then waits there
        admin.execute("SELECT pg_advisory_lock(%s)", (AUDIT_HEAD_LOCK,))
        worker = threading.Thread(target=lambda: outcome.append(_try_save(office, SENTINEL)))
        worker.start()
        pid = _wait_for_waiting_backend(admin, dbname)
        written = admin.execute("SELECT count(*) FROM contact").fetchone()[0]
        assert written == 0  # not committed, not visible to anyone else
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))  # the network cut, mid-transaction
        worker.join(30)
        assert not worker.is_alive()
        admin.execute("SELECT pg_advisory_unlock(%s)", (AUDIT_HEAD_LOCK,))
    (error,) = outcome
    assert isinstance(error, BaseException)
    assert_clear(error, ServerUnavailable)
    # nothing of the cut save: no contact, no event, no audit entry
    assert crepo.contact_of_mailbox(SENTINEL) is None
    assert store_audit.count() == entries
    # the next save works on a new connection, no new login
    result = save(office, SENTINEL)
    assert result.created
    assert len(crepo.events_for_contact(result.contact_id)) == 1
    assert store_audit.count() == entries + 1


def _try_save(session: session_service.Session, address: str) -> BaseException | consent.CaptureResult:
    try:
        return save(session, address, name="切断 試験")
    except BaseException as exc:  # noqa: BLE001 - the test looks at it
        return exc


def _wait_for_waiting_backend(admin, dbname: str) -> int:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 20
    while True:
        row = admin.execute(
            "SELECT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid "
            "WHERE a.datname = %s AND a.application_name = 'madoguchi' AND l.locktype = 'advisory' "
            "AND NOT l.granted AND l.objid = %s", (dbname, AUDIT_HEAD_LOCK)).fetchone()
        if row is not None:
            return int(row[0])
        assert time.monotonic() < deadline, "the save never reached the audit append"
        time.sleep(0.02)


def _other_ca_cert(cluster: PgCluster) -> tuple[bytes, bytes]:
    ca, ca_key = make_office_ca("Another office", now=CLOCK_START)
    return make_server_cert(ca, ca_key, ["localhost", "127.0.0.1"], now=CLOCK_START)


def _log_mark(cluster: PgCluster) -> int:
    time.sleep(0.3)  # the logging collector writes asynchronously
    return len(cluster.log_text())


def test_a_certificate_from_another_ca_is_refused_before_anything_is_sent(office, cluster: PgCluster,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "office"
    logins = _logins()
    office.logout()
    cluster.replace_server_cert(*_other_ca_cert(cluster))  # someone else's server answers at the address
    mark = _log_mark(cluster)
    with pytest.raises(ServerCertificateWrong) as err:
        login(folder, clock)
    assert_clear(err.value, ServerCertificateWrong)
    assert "statement:" not in cluster.log_text()[mark:]  # the handshake failed: no statement was sent
    cluster.reset_server_cert()
    session = login(folder, clock)
    try:
        assert _logins() == [*logins, "login.ok"]
    finally:
        session.logout()


def _logins() -> list[str]:
    return [e.action for e in store_audit.entries(action_prefix="login.")]


def test_a_certificate_changed_while_open_stops_the_next_save_then_it_reconnects(office, cluster: PgCluster) -> None:  # type: ignore[no-untyped-def]
    save(office, "before.swap@example-office.jp")
    entries = store_audit.count()
    cluster.replace_server_cert(*_other_ca_cert(cluster))
    cluster.restart()  # the open connection is cut; the new one meets the wrong certificate
    mark = _log_mark(cluster)
    with pytest.raises(ServerCertificateWrong) as err:
        save(office, SENTINEL, name="証明書 試験")
    assert_clear(err.value, ServerCertificateWrong)
    assert "statement:" not in cluster.log_text()[mark:]
    cluster.reset_server_cert()
    assert save(office, SENTINEL).created  # the same session goes on
    assert store_audit.count() == entries + 1


def test_a_wrong_host_name_is_refused(office, cluster: PgCluster, tmp_path: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "office"
    office.logout()
    # the office's own CA, but a certificate for another machine's name: verify-full checks the name
    ca_key = cluster.ca_key_pem
    cert = make_server_cert(cluster.ca_cert_path.read_bytes(), ca_key, ["nas.other-office.invalid"], now=CLOCK_START)
    cluster.replace_server_cert(*cert)
    mark = _log_mark(cluster)
    with pytest.raises(ServerCertificateWrong) as err:
        login(folder, clock)
    assert_clear(err.value, ServerCertificateWrong)
    assert "statement:" not in cluster.log_text()[mark:]
    cluster.reset_server_cert()
    login(folder, clock).logout()

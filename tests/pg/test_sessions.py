"""One session per user on the office server, as one PC allows one window — also across a server restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import session as session_service
from desktop.store.errors import SignedInElsewhere
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock
from tests.pg.cluster import PgCluster
from tests.pg.concurrent_writer import create_server_office, other_pc


def _login(folder: Path, clock: FakeClock) -> session_service.Session:
    return session_service.login(folder, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)


def test_the_same_user_cannot_sign_in_on_a_second_pc(cluster: PgCluster, tmp_path: Path) -> None:
    clock = FakeClock()
    first = create_server_office(tmp_path / "pc1", clock)
    try:
        with pytest.raises(SignedInElsewhere):
            _login(other_pc(tmp_path / "pc1", tmp_path / "pc2"), clock)
    finally:
        first.logout()  # type: ignore[attr-defined]
    second = _login(tmp_path / "pc2", clock)  # once the first PC signed out
    second.logout()


def test_the_session_lock_is_taken_again_after_a_server_restart(cluster: PgCluster, tmp_path: Path) -> None:
    clock = FakeClock()
    first = create_server_office(tmp_path / "pc1", clock)
    pc2 = other_pc(tmp_path / "pc1", tmp_path / "pc2")
    try:
        cluster.restart()  # every connection ends, and with it the session locks
        first.settings()  # type: ignore[attr-defined]  # the first PC's next step reconnects and re-takes it
        with pytest.raises(SignedInElsewhere):
            _login(pc2, clock)
    finally:
        first.logout()  # type: ignore[attr-defined]


def test_a_pc_that_lost_its_lock_to_another_is_told(cluster: PgCluster, tmp_path: Path) -> None:
    clock = FakeClock()
    first = create_server_office(tmp_path / "pc1", clock)
    claim = f"madoguchi-user:{first.user.uid}"  # type: ignore[attr-defined]
    from desktop.store.models import DB

    cluster.restart()
    # another PC's session takes the user's lock while this PC's connection is gone (held by a connection of
    # its own, as that PC's app would hold it; one process cannot run two offices' windows)
    with cluster.admin_connect(DB.obj.database) as other:
        assert other.execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (claim,)).fetchone()[0]
        try:
            with pytest.raises(SignedInElsewhere):
                first.settings()  # type: ignore[attr-defined]
            with pytest.raises(SignedInElsewhere):  # and every step after it, until this PC signs out
                first.settings()  # type: ignore[attr-defined]
        finally:
            first.logout()  # type: ignore[attr-defined]

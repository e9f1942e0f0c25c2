"""Two PCs on one office server (issue 18, "done means"): this test process is PC A with its real main window;
PC B is another process (tests/pg/second_pc.py) with its own connection folder, its own login and its own
main window, started while A is logged in. B records a phone consent; A finds it in its contacts search;
A records one; a second run of B finds A's. Each PC's entries and the audit chain stay whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from desktop.services import server_connect
from desktop.services import session as session_service
from desktop.ui import pages
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock, add_user
from tests.pg.cluster import get_cluster, skip_reason
from tests.pg.second_pc import record_phone, search_contacts

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "blue whale orbit 42"  # tests.conftest.add_user's


@pytest.fixture
def server_office(tmp_path: Path, clock: FakeClock) -> Iterator[Path]:
    """An office on the test server with two advisors; returns the connection file handed to each PC."""
    if get_cluster() is None:
        pytest.skip(f"no test PostgreSQL: {skip_reason()}")
    from tests.pg import offices as pg_offices

    admin_pc = tmp_path / "admin-pc"
    profile = pg_offices.new_server_folder(admin_pc)
    admin, _ = session_service.create_office(
        admin_pc, office_name="二台の事務所", privacy_officer_name="山田 花子", privacy_officer_contact="03-1234-5678",
        admin_username="admin", admin_display_name="管理者 太郎", admin_password=ADMIN_PASSWORD,
        admin_password_confirm=ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)
    try:
        add_user(admin, "pc_a", "advisor")
        add_user(admin, "pc_b", "advisor")
    finally:
        admin.logout()
    handed_out = tmp_path / "connection.json"
    handed_out.write_text(json.dumps(asdict(profile)), encoding="utf-8")
    yield handed_out
    pg_offices.drop_created()


def connect_pc(handed_out: Path, folder: Path) -> Path:
    """What the wizard does on a PC: read the connection file, check the server, keep the connection."""
    profile = server_connect.read_connection_file(handed_out)
    assert server_connect.connect_new_folder(profile, folder) == server_connect.READY
    return folder


def run_pc_b(tmp_path: Path, folder: Path, run: int, **job: str) -> subprocess.Popen[str]:
    job_path = tmp_path / f"pc-b-{run}.json"
    job_path.write_text(json.dumps({"folder": str(folder), "username": "pc_b", "password": PASSWORD, **job}),
                        encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tests.pg.second_pc", str(job_path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def result_of(qtbot, proc: subprocess.Popen[str]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Wait for PC B while PC A's window keeps processing its events."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=120_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    found: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return found


def test_two_pcs_work_on_one_server_office(qtbot, server_office: Path, tmp_path: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    pc_a = connect_pc(server_office, tmp_path / "pc-a")
    pc_b = connect_pc(server_office, tmp_path / "pc-b")
    session = session_service.login(pc_a, "pc_a", PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)
    window = MainWindow(session, language="en", page_factories=pages.factories())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    def wait_for(predicate, timeout_ms: int) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(predicate, timeout=timeout_ms)

    saved_on_b, release_b = tmp_path / "b-saved", tmp_path / "b-release"
    try:
        # PC B logs in and records while PC A is logged in with its window open, and stays logged in
        b = run_pc_b(tmp_path, pc_b, 1, record="b.caller@example.jp", name="二号機 花子", signal=str(saved_on_b),
                     hold=str(release_b), search="a.caller", screenshot=str(Path("/tmp") / "two_pcs_b.png"))
        qtbot.waitUntil(lambda: saved_on_b.exists() or b.poll() is not None, timeout=120_000)
        assert b.poll() is None, b.communicate()[1][-3000:]
        # both PCs logged in now: A finds B's contact in its own search, then records one of its own
        assert search_contacts(window, "b.caller", wait_for) == ["b.caller@example.jp"]
        saved = record_phone(window, "a.caller@example.jp", "一号機 太郎", wait_for)
        assert saved == "Saved: a.caller@example.jp agreed and is on the send list."
        window.grab().save(str(Path("/tmp") / "two_pcs_a.png"))
        assert b.poll() is None  # B was logged in all along
        release_b.write_text("go", encoding="utf-8")
        first = result_of(qtbot, b)
        assert first["user"] == "pc_b"
        assert first["saved"] == "Saved: b.caller@example.jp agreed and is on the send list.", first
        assert first["found"] == ["a.caller@example.jp"]  # B, still in the same session, finds A's
        # a second run of PC B (a new login) finds A's contact, and both with the common part
        second = result_of(qtbot, run_pc_b(tmp_path, pc_b, 2, search="caller@example.jp"))
        assert sorted(second["found"]) == ["a.caller@example.jp", "b.caller@example.jp"]
        assert sorted(search_contacts(window, "caller@example.jp", wait_for)) == sorted(second["found"])
    finally:
        window.close()
        session.logout()
    # the audit chain is one valid chain, holding each PC's consent capture under its own user
    from desktop.services import audit
    from desktop.services import users as user_service

    admin = session_service.login(pc_a, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)
    try:
        result = audit.verify(admin)
        assert result.ok, result.problem
        uids = {u.username: u.uid for u in user_service.list_users(admin)}
        captures = [r.actor for r in audit.recent(admin, action_prefix="consent.capture")]
        assert sorted(captures) == sorted([uids["pc_a"], uids["pc_b"]])
    finally:
        admin.logout()

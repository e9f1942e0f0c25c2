"""Issue 14: the pending-export record and the start-up cleanup, with a process killed in the window.

The export subprocess kills itself (SIGKILL) at the exact moment the complete temp file is on disk
and before its rename: the worst moment. The next login must remove exactly that file, audit it
once and tell the user; other files in the folder are never touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop import demo
from desktop.demo import mark_demo
from desktop.fileio import partial_path
from desktop.services import export_pending, exports
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, login

KILLED_IN_THE_WINDOW = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop.services import exports, session as s
    from desktop.services.exports import ExportKind, ExportRequest
    real_replace = os.replace
    def die(src, dst):
        if str(src).endswith(".madoguchi-partial"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(src, dst)
    os.replace = die
    session = s.login(Path(sys.argv[1]), "admin", sys.argv[2])
    exports.export(session, ExportRequest(ExportKind.SEND_LIST), Path(sys.argv[3]))
""")


@pytest.fixture
def populated(office: Session) -> Session:
    mark_demo(office)
    demo.populate_contacts(office)
    return office


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_between_write_and_rename_is_cleaned_at_the_next_start(populated: Session, data_dir: Path,
                                                                      clock: FakeClock, tmp_path: Path) -> None:
    populated.logout()
    dest = tmp_path / "out"
    dest.mkdir()
    out = dest / "配信リスト.xlsx"
    bystanders = {dest / "notes.txt": b"keep me", dest / ".other.xlsx.tmp": b"not ours",
                  dest / ".madoguchi-partial": b"no name: not ours"}
    for path, content in bystanders.items():
        path.write_bytes(content)
    proc = subprocess.run([sys.executable, "-c", KILLED_IN_THE_WINDOW, str(data_dir), ADMIN_PASSWORD, str(out)],
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")
    leftover = partial_path(out)
    assert leftover.exists() and leftover.stat().st_size > 0  # the complete plaintext workbook
    assert not out.exists()

    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert not leftover.exists()
        assert {p: p.read_bytes() for p in dest.iterdir()} == bystanders
        notices = session.take_notices()
        assert len(notices) == 1 and isinstance(notices[0], export_pending.LeftoverRemoved)
        assert session.take_notices() == []  # shown once
        recovered = [e for e in entries() if e.action == "export.recovered"]
        assert len(recovered) == 1 and recovered[0].details["removed"] == 1
        exported = [e for e in entries() if e.action == "export.send-list"]
        assert recovered[0].details["exports"] == [exported[-1].seq]
        assert str(out.name) not in repr(recovered[0].details)  # never the file name
        assert export_pending.records() == []
    finally:
        session.logout()
    again = login(data_dir, "admin", ADMIN_PASSWORD, clock)  # nothing left to do: no second entry
    try:
        assert again.take_notices() == []
        assert len([e for e in entries() if e.action == "export.recovered"]) == 1
    finally:
        again.logout()


def test_cli_prints_the_notice(populated: Session, data_dir: Path, tmp_path: Path) -> None:
    from desktop.services import export_pending as ep
    from desktop.store import repo

    out = tmp_path / "list.xlsx"
    partial_path(out).write_bytes(b"PK leftover")
    with repo.atomic():
        ep.begin(out, populated.now(), 1)
        # a record left by another (dead) process
        repo.set_setting(ep.KEY, [{**r, "pid": -1} for r in ep.records()])
    populated.logout()
    env = {**os.environ, "MADOGUCHI_PASSWORD": ADMIN_PASSWORD}
    env.pop("MADOGUCHI_EXPORT_PASSWORD", None)
    result = subprocess.run([sys.executable, "-m", "desktop", "export", "audit", "--out", str(tmp_path / "a.xlsx"),
                             "--user", "admin", "--data-dir", str(data_dir)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "The unfinished file was removed (1)" in result.stderr
    assert not partial_path(out).exists()


def test_a_successful_export_leaves_no_record_and_no_temp(populated: Session, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "list.xlsx"
    exports.export(populated, ExportRequest(ExportKind.SEND_LIST), out)
    assert [p.name for p in out.parent.iterdir()] == ["list.xlsx"]
    assert export_pending.records() == []


def test_a_failed_write_is_audited_and_clears_the_record(populated: Session, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "list.xlsx"

    def full(fd: int, payload: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(exports.ExportFailed):
        exports.export(populated, ExportRequest(ExportKind.SEND_LIST), out)
    monkeypatch.undo()
    assert list(out.parent.iterdir()) == []
    assert entries()[-1].action == "export.failed"
    assert export_pending.records() == []


def test_unlock_also_cleans_up_and_an_export_of_this_process_is_left_alone(populated: Session,
                                                                           tmp_path: Path) -> None:
    from desktop.store import repo

    dead, alive = tmp_path / "dead.xlsx", tmp_path / "alive.xlsx"
    for out in (dead, alive):
        partial_path(out).write_bytes(b"PK partial")
    with repo.atomic():
        export_pending.begin(alive, populated.now(), 2)  # this process: still being written
        export_pending.begin(dead, populated.now(), 1)
        repo.set_setting(export_pending.KEY, [{**r, "pid": -1} if r["path"] == str(dead) else r
                                              for r in export_pending.records()])
    populated.lock()
    populated.unlock(ADMIN_PASSWORD)
    assert not partial_path(dead).exists()
    assert partial_path(alive).exists()
    assert [type(n) for n in populated.take_notices()] == [export_pending.LeftoverRemoved]
    assert [r["path"] for r in export_pending.records()] == [str(alive)]
    recovered = [e for e in entries() if e.action == "export.recovered"]  # (a checkpoint entry may follow)
    assert len(recovered) == 1 and recovered[0].details["exports"] == [1]


def test_a_folder_that_cannot_be_reached_keeps_its_record(populated: Session, data_dir: Path, clock: FakeClock,
                                                          tmp_path: Path) -> None:
    from desktop.store import repo

    out = tmp_path / "usb-stick" / "list.xlsx"
    with repo.atomic():
        export_pending.begin(out, populated.now(), 1)
        repo.set_setting(export_pending.KEY, [{**r, "pid": -1} for r in export_pending.records()])
    populated.logout()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert session.take_notices() == []
        assert len(export_pending.records()) == 1  # tried again at the next start
        assert [e for e in entries() if e.action == "export.recovered"][-1].details["unreachable"] == 1
    finally:
        session.logout()
    (tmp_path / "usb-stick").mkdir()
    partial_path(out).write_bytes(b"PK partial")
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert len(session.take_notices()) == 1 and not partial_path(out).exists()
        assert export_pending.records() == []
    finally:
        session.logout()

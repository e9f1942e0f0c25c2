"""The fault matrix (issue 14): every fault ends in one clear line, a non-zero exit code and no lost byte.

Each case breaks a real office folder the way bad luck does (a read-only or full disk, an empty or
foreign database file, a damaged key file, a second instance) and runs ``madoguchi verify`` through
:func:`desktop.cli.main`. It asserts the one line on stderr, the exit code and that every file in the
office folder is byte for byte what it was. A full or read-only disk is a real tmpfs mounted for the
test (root only, as on CI); elsewhere those cases are skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.errors import DomainError, fill
from desktop.services.errors import KeyFileBackupAvailable
from desktop.store import keyslots as ks
from desktop.store.db import OfficeLock
from desktop.store.errors import (
    AlreadyOpenElsewhere,
    DatabaseEmpty,
    DatabaseNotEncrypted,
    DataFolderUnusable,
    DiskFull,
    SlotFileError,
    WrongKeyOrCorrupt,
)
from tests.conftest import ADMIN_PASSWORD, FakeClock, make_office

TRIED: list[str] = []


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def text(error: DomainError) -> str:
    return fill(error.message, *error.params)


@pytest.fixture
def closed_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A closed office folder that has been opened once (so its lock file exists)."""
    session, _ = make_office(tmp_path / "office", FakeClock())
    session.logout()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("MADOGUCHI_USE_KEY_BACKUP", raising=False)
    return tmp_path / "office"


def verify(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = cli.main(["verify", "--data-dir", str(folder), "--user", "admin"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, [line for line in err.splitlines() if line.strip()]


def assert_fault(folder: Path, capsys: pytest.CaptureFixture[str], expected: DomainError, name: str) -> None:
    before = snapshot(folder)
    code, lines = verify(folder, capsys)
    TRIED.append(name)
    assert code == cli.EXIT_ERROR, lines
    assert lines == [f"madoguchi: {text(expected)}"]
    assert snapshot(folder) == before, f"{name}: a file in the office folder changed"


# --- the database file ---------------------------------------------------------------------------


def test_empty_database_file_is_never_overwritten(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.db").write_bytes(b"")
    assert_fault(closed_office, capsys, DatabaseEmpty(), "0-byte office.db")
    assert (closed_office / "office.db").stat().st_size == 0


def test_missing_database_file_with_its_key_file(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.db").unlink()
    assert_fault(closed_office, capsys, DatabaseEmpty(), "office.db missing")
    assert not (closed_office / "office.db").exists()


def test_plain_sqlite_file_is_refused(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.db").unlink()
    with contextlib.closing(sqlite3.connect(closed_office / "office.db")) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    assert_fault(closed_office, capsys, DatabaseNotEncrypted(), "plain SQLite office.db")


def test_random_bytes_database(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.db").write_bytes(os.urandom(16384))
    assert_fault(closed_office, capsys, WrongKeyOrCorrupt(), "random-bytes office.db")


def test_init_refuses_a_folder_with_a_broken_office(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.db").write_bytes(b"")
    before = snapshot(closed_office)
    capsys.readouterr()
    code = cli.main(["init", "--data-dir", str(closed_office), "--office", "X", "--admin", "boss",
                     "--officer", "O", "--officer-contact", "c"])
    TRIED.append("init over a broken office")
    assert code == cli.EXIT_ERROR
    assert capsys.readouterr().err.strip().startswith("madoguchi: An office already exists")
    assert snapshot(closed_office) == before


def test_init_only_in_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "notes.txt").write_text("someone's file")
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    before = snapshot(folder)
    capsys.readouterr()
    code = cli.main(["init", "--data-dir", str(folder), "--office", "X", "--admin", "boss",
                     "--officer", "O", "--officer-contact", "c"])
    TRIED.append("init in a non-empty folder")
    assert code == cli.EXIT_ERROR
    assert "only be created in an empty folder" in capsys.readouterr().err
    assert snapshot(folder) == before


# --- the key file ----------------------------------------------------------------------------------


def _with_previous_generation(folder: Path) -> None:
    slots = ks.SlotFile.load(folder / "office.keys")
    slots.save()  # the previous generation is kept as office.keys.bak
    (folder / "office.keys").write_bytes(b'{"format": "madoguchi-keyslots", "vers')


def test_damaged_key_file_offers_the_previous_copy(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_previous_generation(closed_office)
    before = snapshot(closed_office)
    code, lines = verify(closed_office, capsys)
    TRIED.append("damaged office.keys, good .bak")
    assert code == cli.EXIT_ERROR
    assert len(lines) == 1 and lines[0].startswith(f"madoguchi: {text(KeyFileBackupAvailable())}")
    assert "MADOGUCHI_USE_KEY_BACKUP=1" in lines[0]
    assert snapshot(closed_office) == before


def test_using_the_previous_copy_is_audited_and_keeps_the_damaged_file(
        closed_office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _with_previous_generation(closed_office)
    damaged = (closed_office / "office.keys").read_bytes()
    monkeypatch.setenv("MADOGUCHI_USE_KEY_BACKUP", "1")
    capsys.readouterr()
    assert cli.main(["verify", "--data-dir", str(closed_office), "--user", "admin"]) == cli.EXIT_OK
    out = capsys.readouterr()
    assert "audit log ok" in out.out
    assert (closed_office / "office.keys.damaged").read_bytes() == damaged
    ks.SlotFile.load(closed_office / "office.keys")  # a good key file again
    from tests.conftest import login

    session = login(closed_office, "admin", ADMIN_PASSWORD, FakeClock())
    try:
        from desktop.store.models import AuditEntry

        actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.seq)]
    finally:
        session.logout()
    assert actions.count("keys.backup_restored") == 1


def test_damaged_key_file_without_a_copy(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.keys").write_bytes(b"not json")
    assert_fault(closed_office, capsys, SlotFileError(), "damaged office.keys, no .bak")


def test_missing_key_file(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (closed_office / "office.keys").unlink()
    assert_fault(closed_office, capsys, SlotFileError(), "office.keys missing")


# --- a second instance ---------------------------------------------------------------------------


def test_second_instance(closed_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = OfficeLock(closed_office / "office.lock")
    other.acquire()  # another window of the app holds the office
    try:
        assert_fault(closed_office, capsys, AlreadyOpenElsewhere(), "second instance")
    finally:
        other.release()


# --- the disk: read-only and full (a real tmpfs; root only) --------------------------------------


@contextlib.contextmanager
def small_disk(where: Path, size_kib: int) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where)],
                          check=False, capture_output=True)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def test_read_only_folder(closed_office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "ro", 8192) as disk:
        folder = disk / "office"
        shutil.copytree(closed_office, folder)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        assert_fault(folder, capsys, DataFolderUnusable(), "read-only folder")


def _fill(disk: Path, leave: int) -> None:
    """Fill the disk so that about ``leave`` bytes stay free."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))


@pytest.mark.parametrize("leave", [0, 4096, 32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4194304])
def test_full_disk_at_each_step(closed_office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                leave: int) -> None:
    """With less and less room, opening the office (lock, journal, audit entries, anchor, checkpoint, key
    file) either works, or ends in one disk-full line with every file in the folder as it was: a disk that
    would fill up between the opening's commits is refused before the first of them (the opening's room,
    see services/audit_guard.py)."""
    with small_disk(tmp_path / "full", 8192) as disk:
        folder = disk / "office"
        shutil.copytree(closed_office, folder)
        _fill(disk, leave)
        before = snapshot(folder)
        code, lines = verify(folder, capsys)
        TRIED.append(f"disk full, {leave} bytes free")
        if leave >= 2097152:  # room enough: the opening's reserve must not refuse a disk that has it
            assert code == cli.EXIT_OK, lines
        if code == cli.EXIT_OK:
            assert leave >= 1048576, "opened with less room than an opening needs"
            assert lines == []
            return
        assert code == cli.EXIT_ERROR, lines
        assert lines == [f"madoguchi: {text(DiskFull())}"]
        assert snapshot(folder) == before, "a file changed although the disk-full line says nothing was changed"
        # nothing lost: with room again the office opens and its audit chain verifies, with no alarm
        (disk / "filler").unlink()
        code, lines = verify(folder, capsys)
        assert code == cli.EXIT_OK, lines


@pytest.mark.parametrize("leave", [0, 16384, 65536])
def test_full_disk_while_working(closed_office: Path, tmp_path: Path, leave: int,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The disk fills up during work (a new account: a database row, an audit entry, a key slot): one
    clear error, the session still reads, and with room again everything committed before is there."""
    from desktop.services import users
    from desktop.services.session import Session
    from tests.conftest import login

    with small_disk(tmp_path / "work", 8192) as disk:
        folder = disk / "office"
        shutil.copytree(closed_office, folder)
        clock = FakeClock()
        session: Session = login(folder, "admin", ADMIN_PASSWORD, clock)
        try:
            users.create_user(session, username="before", display_name="前 さん", role="advisor",
                              initial_password="blue whale orbit 42", confirm="blue whale orbit 42")
            _fill(disk, leave)
            made = 0
            with pytest.raises(DiskFull):
                for i in range(200):
                    users.create_user(session, username=f"user{i}", display_name=f"利用者 {i}", role="advisor",
                                      initial_password="blue whale orbit 42", confirm="blue whale orbit 42")
                    made += 1
            TRIED.append(f"disk full while working, {leave} bytes free")
            assert any(u.username == "before" for u in users.list_users(session))
        finally:
            with contextlib.suppress(DomainError):
                session.logout()
        (disk / "filler").unlink()
        again = login(folder, "admin", ADMIN_PASSWORD, clock)
        try:
            names = {u.username for u in users.list_users(again)}
            assert "before" in names and len(names) >= 2 + made - 1
        finally:
            again.logout()
        capsys.readouterr()
        code = cli.main(["verify", "--data-dir", str(folder), "--user", "admin"])
        out = capsys.readouterr().out
        # no false alarm: a checkpoint's file is written before the log entry that names it
        # (services/audit_guard.sign_if_possible), so a full disk leaves at most a checkpoint the log never names
        assert code == cli.EXIT_OK, out

"""Unlock with the cheap checks only; the full integrity check and the backup copy as cancellable jobs on
their own connections; ``office.running`` tells an unclean shutdown from a clean close (issue 15)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from desktop.services.session import Session
from desktop.store import backup as store_backup
from desktop.store import db as dbmod
from desktop.store.errors import Corrupt
from desktop.store.jobs import JobCancelled
from desktop.store.models import Setting
from desktop.store.office import OfficeFiles, OpenOffice, open_with_key


def _closed_office(office: Session) -> tuple[OfficeFiles, bytes]:
    """Fill the office a little, checkpoint the WAL into the file and close it; return (files, key)."""
    files, key = office.files, bytes(office.office.key)
    with office.office.db.atomic():
        for i in range(300):
            Setting.insert(key=f"filler-{i}", value="x" * 400).execute()
    office.office.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    office.logout()
    return files, key


def _flip_in_last_page(path: Path) -> None:
    """Damage one byte in the middle of the file's last page (a table page, not page 1 or the schema)."""
    data = bytearray(path.read_bytes())
    assert len(data) % 4096 == 0 and len(data) >= 8 * 4096
    data[len(data) - 2048] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.sqlcipher_only(reason="damaged pages of the SQLCipher file")
def test_unlock_skips_the_full_check_and_the_job_finds_the_damage(office: Session) -> None:
    files, key = _closed_office(office)
    _flip_in_last_page(files.db_path)
    opened = open_with_key(files, key)  # the cheap checks pass: page 1 and the schema are intact
    try:
        assert not opened.checked
        with pytest.raises(Corrupt):
            opened.full_check()
        assert not opened.checked
    finally:
        opened.close()


def test_a_healthy_office_passes_the_full_check_on_its_own_connection(office: Session) -> None:
    opened = office.office
    opened.full_check()
    assert opened.checked
    assert opened.jobs.running == 0
    assert not opened.db.is_closed()  # the shared connection was not used, nor closed


def _kill_while_open(files: OfficeFiles, key: bytes) -> None:
    """A real unclean end: a second process opens the office and is killed with SIGKILL."""
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from desktop.store.office import OfficeFiles, open_with_key
        office = open_with_key(OfficeFiles(Path({str(files.data_dir)!r})), bytes.fromhex({key.hex()!r}))
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


@pytest.mark.sqlcipher_only(reason="the SQLCipher file's full page check")
def test_unclean_shutdown_is_detected_and_remembered_until_a_check_passes(office: Session) -> None:
    files, key = _closed_office(office)
    assert not files.running_path.exists()  # a clean close removes the marker
    clean = open_with_key(files, key)
    assert not clean.unclean_shutdown and files.running_path.exists()
    clean.close()
    _kill_while_open(files, key)
    assert files.running_path.exists()
    first = open_with_key(files, key)
    assert first.unclean_shutdown
    first.close()  # closed before any full check: the marker stays, the next open still knows
    assert files.running_path.exists()
    second = open_with_key(files, key)
    assert second.unclean_shutdown
    second.full_check()
    second.close()
    assert not files.running_path.exists()
    third = open_with_key(files, key)
    assert not third.unclean_shutdown
    third.close()


def test_closing_cancels_a_running_backup_and_leaves_nothing_half_written(office: Session, tmp_path: Path) -> None:
    opened = office.office
    root = tmp_path / "backups"
    started, outcome = threading.Event(), []

    def progress(phase: str, done: int, total: int) -> None:
        started.set()
        opened.jobs.stopping.wait(10)  # hold the copy until the lock below has asked it to stop

    def run() -> None:
        try:
            store_backup.make_set(opened, root, office.now(), None, progress)
            outcome.append("made")
        except BaseException as exc:  # noqa: BLE001 - the test looks at what it was
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(10)
    office.lock("test")  # closes the office: cancels the job and waits for it
    assert opened.closed and opened.jobs.running == 0
    worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], JobCancelled)
    assert list(root.iterdir()) == []  # neither a set nor its temp folder


def test_a_job_cannot_start_on_a_closing_office(office: Session, tmp_path: Path) -> None:
    opened = office.office
    opened.jobs.stop()
    with pytest.raises(JobCancelled):
        opened.full_check()  # on the office server the check is the audit chain's, not a job: a backup is
        store_backup.make_set(opened, tmp_path / "b", office.now())
    assert not (tmp_path / "b").exists() or list((tmp_path / "b").iterdir()) == []


def test_backup_copy_is_one_snapshot_while_the_window_writes(office: Session, tmp_path: Path) -> None:
    """Rows written through the shared connection during the copy are not in it, and the counts match."""
    opened = office.office
    with opened.db.atomic():
        for i in range(2000):
            Setting.insert(key=f"row-{i}", value="y" * 300).execute()
    before = int(Setting.select().count())
    written = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == store_backup.PHASE_COPY:
            Setting.insert(key=f"during-{len(written)}", value="z").execute()  # the window keeps working
            written.append(done)

    steps = store_backup.COPY_STEP_PAGES
    store_backup.COPY_STEP_PAGES = 16  # several steps even for this small office
    try:
        made = store_backup.make_set(opened, tmp_path / "b", office.now(), None, progress)
    finally:
        store_backup.COPY_STEP_PAGES = steps
    assert len(written) > 2
    assert made.counts["setting"] == before
    assert int(Setting.select().count()) == before + len(written)
    assert store_backup.verify_set(made, opened.key).verified


@pytest.mark.sqlcipher_only(reason="damaged pages of the SQLCipher file")
def test_a_damaged_office_is_never_backed_up(office: Session, tmp_path: Path) -> None:
    files, key = _closed_office(office)
    _flip_in_last_page(files.db_path)
    opened: OpenOffice = open_with_key(files, key)
    try:
        with pytest.raises(Corrupt):
            store_backup.make_set(opened, tmp_path / "b", office.now())
    finally:
        opened.close()
    assert list((tmp_path / "b").iterdir()) == []


@pytest.mark.sqlcipher_only(reason="a SQLCipher reader connection")
def test_reader_refuses_a_wrong_key(office: Session) -> None:
    from desktop.store.errors import WrongKeyOrCorrupt

    with pytest.raises(WrongKeyOrCorrupt):
        dbmod.open_reader(office.files.db_path, b"\x01" * 32)


@pytest.mark.sqlcipher_only(reason="SQLCipher reader connections during PRAGMA rekey")
def test_a_rekey_pauses_the_jobs_and_they_run_again_afterwards(office: Session) -> None:
    from desktop.store import keyslots as ks

    opened = office.office
    started, outcome = threading.Event(), []

    def hold() -> None:
        try:
            with opened.jobs.job() as job:
                job.reader(opened.files.db_path, opened.key)
                started.set()
                while not job.cancelled:
                    threading.Event().wait(0.01)
                job.check()
        except JobCancelled as exc:
            outcome.append(exc)

    worker = threading.Thread(target=hold)
    worker.start()
    assert started.wait(10)
    opened.rekey(ks.new_db_key())  # waits for the running job to stop first
    worker.join(10)
    assert len(outcome) == 1 and opened.jobs.running == 0
    opened.full_check()  # a new job runs (with the new key) after the rekey
    assert opened.checked

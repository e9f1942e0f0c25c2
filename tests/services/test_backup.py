"""Backups, restore, the test-restore drill, retention, warnings and signed checkpoints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain import office_time
from desktop.services import backup, checkpoints, users
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.store import backup as store_backup
from desktop.store import checkpoints as store_cp
from desktop.store.audit import entries
from desktop.store.models import DB
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login, on_server


def _restore_or_open(office: Session, made: store_backup.BackupSet, tmp: Path, clock: FakeClock) -> Path:
    """Restore ``made`` over the office; on the office server (refused there, see backup.RestoreOnServer) the set
    is opened as the SQLCipher office it is, in a folder of its own. Returns the folder to log in to."""
    import shutil

    if not on_server():
        backup.restore(office, made.name, ADMIN_PASSWORD)
        return office.files.data_dir
    with pytest.raises(backup.RestoreOnServer) as refused:
        backup.restore(office, made.name, ADMIN_PASSWORD)
    assert "administrator" in str(refused.value.args[0]) and not office.locked
    folder = tmp / "restored-on-a-pc"
    folder.mkdir()
    for name in store_backup.SET_FILES:
        if (made.path / name).exists():
            shutil.copy2(made.path / name, folder / name)
    office.logout()  # one office open per test process
    return folder


@pytest.fixture
def backups(office: Session, tmp_path: Path) -> Path:
    root = tmp_path / "backups"
    backup.set_location(office, root, 3)
    return root


def test_backup_set_is_complete_verified_and_audited(office: Session, backups: Path) -> None:
    made = backup.backup_now(office)
    names = sorted(p.name for p in made.path.iterdir())
    # office.keys.bak exists once the slot file has had a second generation
    assert names == ["checkpoint.json", "manifest.json", "office.db", "office.keys"]
    assert made.counts["user"] == 1 and made.schema_version >= 1
    assert entries()[-1].action == "backup.create"
    assert store_backup.verify_set(made, office.office.key).verified
    assert not (made.path / "office.db").read_bytes().startswith(b"SQLite format 3")


def test_retention_keeps_exactly_n(office: Session, backups: Path, clock: FakeClock) -> None:
    for _ in range(5):
        backup.backup_now(office)
        clock.advance(minutes=1)
    assert len(backup.list_backups(office)) == 3


def test_warning_after_31_days_and_for_missing_location(office: Session, backups: Path, clock: FakeClock) -> None:
    assert backup.status(office).warning is not None  # location does not exist yet
    backup.backup_now(office)
    assert backup.status(office).warning is None
    clock.advance(days=31)
    assert backup.status(office).warning is None
    clock.advance(days=1)
    assert "31 days" in (backup.status(office).warning or "")


def test_monthly_automatic_backup_once_per_month(office: Session, backups: Path, clock: FakeClock) -> None:
    assert backup.maybe_auto_backup(office) is not None
    assert backup.maybe_auto_backup(office) is None
    month = office_time.month_key(clock.now)
    while office_time.month_key(clock.now) == month:  # into the next office month (2026-12-01 from the start)
        clock.advance(days=1)
        assert office_time.month_key(clock.now) != month or backup.maybe_auto_backup(office) is None
    assert backup.maybe_auto_backup(office) is not None
    assert [e.action for e in entries()].count("backup.auto") == 2


def test_advisor_cannot_back_up_but_auto_backup_runs(office: Session, backups: Path, data_dir: Path,
                                                      clock: FakeClock) -> None:
    add_user(office, "adv", "advisor")
    office.logout()
    session = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            backup.backup_now(session)
        made = backup.maybe_auto_backup(session)
        assert made is not None and not (made.path / "checkpoint.json").exists()  # advisors cannot sign
    finally:
        session.logout()


def test_restore_round_trip(office: Session, backups: Path, data_dir: Path, clock: FakeClock) -> None:
    made = backup.backup_now(office)
    add_user(office, "later", "advisor")
    assert "later" in [u.username for u in users.list_users(office)]
    folder = _restore_or_open(office, made, data_dir.parent, clock)
    assert office.locked
    assert not any(p.name.startswith("pre-restore") for p in data_dir.iterdir())
    session = login(folder, "admin", ADMIN_PASSWORD, clock)
    try:
        assert "later" not in [u.username for u in users.list_users(session)]
        assert ("backup.restore" in [e.action for e in entries()]) is not on_server()
        assert session.office.audit.verify().ok
    finally:
        session.logout()


def test_restore_with_wrong_password_changes_nothing(office: Session, backups: Path, data_dir: Path) -> None:
    from desktop.services.errors import LoginFailed
    from desktop.store import server_copy

    made = backup.backup_now(office)

    def slots() -> bytes | None:
        if on_server():
            return server_copy.slots_document(office.office.db)
        return (data_dir / "office.keys").read_bytes()

    before = slots()
    with pytest.raises(backup.RestoreOnServer if on_server() else LoginFailed):
        backup.restore(office, made.name, "wrong password!")
    assert not office.locked
    assert slots() == before


def test_drill_passes_and_a_corrupt_newest_backup_fails_it(office: Session, backups: Path, clock: FakeClock) -> None:
    older = backup.backup_now(office)
    clock.advance(minutes=1)
    assert backup.test_restore(office).ok
    newest = backup.backup_now(office)
    data = bytearray((newest.path / "office.db").read_bytes())
    data[4096 + 200] ^= 0xFF
    (newest.path / "office.db").write_bytes(bytes(data))
    result = backup.test_restore(office)
    assert not result.ok and result.backup.name == newest.name
    assert older.path.exists()
    assert entries()[-1].action == "backup.drill" and entries()[-1].result == "failed"


def test_checkpoint_catches_truncation_and_forgery(office: Session, backups: Path) -> None:
    from desktop.store import repo

    with repo.atomic():
        for i in range(10):
            office.audit("test.event", target=str(i))
    cp = checkpoints.sign_now(office)
    assert cp is not None
    assert checkpoints.verify_all(office).ok
    # an insider with the key truncates the tail: the evolving key and the checkpoint both catch it
    if on_server():  # the insider on the office server is its administrator
        from tests.pg.tamper import admin_sql

        admin_sql("DELETE FROM audit_entry WHERE seq >= ?", (cp["seq"] - 3,))
    else:
        DB.execute_sql("DROP TRIGGER audit_entry_no_delete")
        DB.execute_sql("DELETE FROM audit_entry WHERE seq >= ?", (cp["seq"] - 3,))
    result = checkpoints.verify_all(office)
    assert not result.chain.ok and result.chain.lost_from == cp["seq"] - 3
    assert result.anchors[-1].problem == "beyond"


def test_edited_checkpoint_fails_its_signature(office: Session, backups: Path, data_dir: Path) -> None:
    cp = checkpoints.sign_now(office)
    assert cp is not None
    forged = dict(cp, seq=cp["seq"] - 1)
    result = checkpoints.verify_all(office, [forged])
    assert [a.problem for a in result.anchors][-2:] == ["", "signature"]  # earlier ones: logins
    doc = json.loads((data_dir / store_cp.FILE_NAME).read_text())
    assert doc["checkpoints"][-1]["sig"] == cp["sig"]


def test_backups_made_before_a_rekey_still_drill_and_restore(office: Session, backups: Path, data_dir: Path,
                                                             clock: FakeClock) -> None:
    made = backup.backup_now(office)
    info = add_user(office, "leaver", "advisor")
    users.deactivate_user(office, info.uid)  # rekeys
    assert backup.test_restore(office).ok
    folder = _restore_or_open(office, made, data_dir.parent, clock)
    session = login(folder, "admin", ADMIN_PASSWORD, clock)
    try:
        assert "leaver" not in [u.username for u in users.list_users(session)]
        assert session.office.audit.verify().ok
    finally:
        session.logout()


def test_a_demoted_administrator_can_no_longer_sign(office: Session, backups: Path, data_dir: Path,
                                                    clock: FakeClock) -> None:
    info = add_user(office, "second", "admin")
    office.logout()
    second = login(data_dir, "second", "blue whale orbit 42", clock)
    assert second.office.signing_key is not None
    second.logout()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    users.change_role(session, info.uid, "advisor")
    session.logout()
    demoted = login(data_dir, "second", "blue whale orbit 42", clock)
    try:
        assert demoted.office.signing_key is None
        slot = demoted.office.slots.for_user(info.uid)
        assert slot is not None and slot.sk_ct is None
    finally:
        demoted.logout()

"""Rekey (R8, R14, R27): old key refused, new key opens, counts and chain kept, crash-safe switch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services import checkpoints, keys, users
from desktop.services.session import Session
from desktop.store import db as dbmod
from desktop.store import keyslots as ks
from desktop.store.backup import table_counts
from desktop.store.errors import WrongKeyOrCorrupt
from desktop.store.office import SLOTS_NAME
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login


def test_rekey_changes_the_key_and_keeps_everything(office: Session, data_dir: Path, clock: FakeClock) -> None:
    add_user(office, "sato", "advisor")
    checkpoints.sign_now(office)
    old_key = bytes(office.office.key)
    before = table_counts(office.office.db.connection())
    keys.rekey(office)
    assert bytes(office.office.key) != old_key
    office.logout()
    with pytest.raises(WrongKeyOrCorrupt):
        dbmod.open_database(data_dir / "office.db", old_key)
    session = login(data_dir, "sato", "blue whale orbit 42", clock)  # a slot re-sealed without its password
    session.logout()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        after = table_counts(session.office.db.connection())
        assert after["user"] == before["user"] and after["audit_entry"] > before["audit_entry"]
        result = checkpoints.verify_all(session)
        assert result.ok, result
    finally:
        session.logout()


def test_removed_users_old_slot_opens_nothing_after_deactivation(office: Session, data_dir: Path,
                                                                 clock: FakeClock) -> None:
    info = add_user(office, "leaver", "advisor")
    saved = json.loads((data_dir / "office.keys").read_text())
    users.deactivate_user(office, info.uid)  # rekeys by default
    old_slot = ks.Slot.from_json(next(s for s in saved["slots"] if s["user_id"] == info.uid))
    stolen_key = ks.unwrap(old_slot, "blue whale orbit 42", saved["db_uuid"])
    office.logout()
    with pytest.raises(WrongKeyOrCorrupt):
        dbmod.open_database(data_dir / "office.db", stolen_key)
    login(data_dir, "admin", ADMIN_PASSWORD, clock).logout()


def test_crash_between_rekey_and_slot_switch_still_opens(office: Session, data_dir: Path, clock: FakeClock,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real_save = ks.SlotFile.save

    def crash(self: ks.SlotFile) -> None:
        raise OSError("simulated crash after the database was rekeyed")

    monkeypatch.setattr(ks.SlotFile, "save", crash)
    with pytest.raises(OSError):
        keys.rekey(office)
    monkeypatch.setattr(ks.SlotFile, "save", real_save)
    assert (data_dir / (SLOTS_NAME + ".pending")).exists()
    office.office.close()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)  # opens via the pending slot file
    try:
        assert session.office.audit.verify().ok
    finally:
        session.logout()
    assert not (data_dir / (SLOTS_NAME + ".pending")).exists()
    login(data_dir, "admin", ADMIN_PASSWORD, clock).logout()


def test_crash_before_the_database_rekey_keeps_the_old_key(office: Session, data_dir: Path, clock: FakeClock,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(self, passphrase):  # type: ignore[no-untyped-def]
        raise OSError("simulated crash before PRAGMA rekey")

    monkeypatch.setattr(type(office.office.db), "rekey", crash)
    with pytest.raises(OSError):
        keys.rekey(office)
    office.office.close()
    login(data_dir, "admin", ADMIN_PASSWORD, clock).logout()  # old key, stale pending file removed
    assert not (data_dir / (SLOTS_NAME + ".pending")).exists()


def test_rekey_on_a_full_disk_is_one_clear_error_and_changes_nothing(office: Session, data_dir: Path,
                                                                     clock: FakeClock,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import hashlib
    import os

    from desktop.store.errors import DiskFull

    office.confirm_password(ADMIN_PASSWORD)
    key_before = bytes(office.office.key)
    keys_before = hashlib.sha256((data_dir / "office.keys").read_bytes()).hexdigest()

    def full(fd: int, payload: bytes) -> int:  # the disk is full when the new key file is written
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFull):
        keys.rekey(office)
    monkeypatch.undo()
    assert bytes(office.office.key) == key_before
    assert hashlib.sha256((data_dir / "office.keys").read_bytes()).hexdigest() == keys_before
    assert not (data_dir / (SLOTS_NAME + ".pending")).exists()
    office.logout()
    login(data_dir, "admin", ADMIN_PASSWORD, clock).logout()  # the old key still opens the office

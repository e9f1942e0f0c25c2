"""Logging in, throttling, recovery, lock/unlock, re-authentication, and no plaintext on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from desktop.domain.roles import Action
from desktop.services import audit as audit_service
from desktop.services import session as session_service
from desktop.services import users
from desktop.services.errors import (
    Locked,
    LoginFailed,
    NoOffice,
    PasswordChangeRequired,
    ReauthRequired,
    RecoveryFailed,
    Throttled,
)
from desktop.store import keyslots as ks
from desktop.store.audit import entries
from desktop.store.errors import SlotFileError, WrongKeyOrCorrupt
from desktop.store.office import OfficeFiles, load_slots
from tests.conftest import (
    ADMIN_PASSWORD,
    SENTINEL_EMAIL,
    TEST_KDF,
    FakeClock,
    add_user,
    login,
    make_office,
    on_server,
)


def actions() -> list[str]:
    return [e.action for e in entries()]


@pytest.mark.sqlcipher_only(reason="the files of a single-PC office folder")
def test_create_office_writes_files_and_audit(office: session_service.Session, data_dir: Path) -> None:
    assert (data_dir / "office.db").is_file()
    assert (data_dir / "office.keys").is_file()
    assert actions()[:3] == ["office.create", "user.create", "recovery.slot_create"]
    assert office.user.role.value == "admin"
    assert office.settings().office_name == "テスト事務所"


def test_login_and_unknown_user_give_the_same_error(office: session_service.Session, data_dir: Path,
                                                    clock: FakeClock) -> None:
    office.logout()
    with pytest.raises(LoginFailed) as wrong:
        login(data_dir, "admin", "not the password", clock)
    with pytest.raises(LoginFailed) as unknown:
        login(data_dir, "nobody", "not the password", clock)
    assert str(wrong.value) == str(unknown.value)
    session = login(data_dir, "ＡＤＭＩＮ", ADMIN_PASSWORD, clock)  # full-width IME input
    try:
        acts = actions()
        assert acts.count("login.failed") == 2
        assert [a for a in acts if a != "audit.checkpoint"][-1] == "login.ok"
        assert audit_service.verify(session).ok
    finally:
        session.logout()


def test_throttling_refuses_early_attempts_without_deriving(office: session_service.Session, data_dir: Path,
                                                           clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    office.logout()
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(data_dir, "admin", "wrong password!", clock)
    calls: list[int] = []
    real = ks.derive_kek

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(ks, "derive_kek", spy)
    with pytest.raises(Throttled):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert calls == []
    clock.advance(seconds=2)
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert calls
    session.logout()
    # the counter was reset by the success
    slots = load_slots(OfficeFiles(data_dir))  # the key file, or the office server's key slots
    assert slots.wait_seconds(ks.make_tag(slots.db_uuid, "admin"), clock.wall()) == 0


@pytest.mark.parametrize("failures,expected", [(4, 0), (5, 1), (6, 2), (10, 32), (30, 300)])
def test_backoff_schedule(failures: int, expected: float) -> None:
    assert ks.throttle_delay(failures) == expected


def test_recovery_code_opens_and_sets_a_new_admin_password(data_dir: Path, clock: FakeClock) -> None:
    session, code = make_office(data_dir, clock)
    session.logout()
    with pytest.raises(RecoveryFailed):
        session_service.recover(data_dir, "AAAA-BBBB", "admin", "x", "x", kdf=TEST_KDF, clock=clock, wall=clock.wall)
    new = "a brand new admin passphrase"
    session = session_service.recover(data_dir, code.lower().replace("-", " "), "admin", new, new, kdf=TEST_KDF,
                                      clock=clock, wall=clock.wall)
    assert "recovery.used" in actions()
    session.logout()
    with pytest.raises(LoginFailed):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    login(data_dir, "admin", new, clock).logout()


def test_lock_closes_the_database_and_wipes_the_key(office: session_service.Session, data_dir: Path) -> None:
    key = office.office.key
    db = office.office.db
    office.lock("test")
    assert office.locked
    assert db.is_closed()
    assert not any(key)
    with pytest.raises(Locked):
        users.list_users(office)
    with pytest.raises(LoginFailed):
        office.unlock("wrong password!!")
    office.unlock(ADMIN_PASSWORD)
    assert not office.locked
    assert [a for a in actions() if a.startswith("session.")][-2:] == ["session.lock", "session.unlock"]


def test_reauthentication_expires_after_five_minutes(office: session_service.Session, clock: FakeClock) -> None:
    office.require_fresh_proof()
    clock.advance(minutes=5, seconds=1)
    with pytest.raises(ReauthRequired):
        users.create_user(office, username="late", display_name="Late", role="advisor",
                          initial_password="some long password 1", confirm="some long password 1")
    with pytest.raises(LoginFailed):
        office.confirm_password("wrong")
    office.confirm_password(ADMIN_PASSWORD)
    office.require_fresh_proof()


def test_must_change_password_blocks_other_actions(office: session_service.Session, data_dir: Path,
                                                   clock: FakeClock) -> None:
    users.create_user(office, username="newbie", display_name="新人", role="advisor",
                      initial_password="first password given", confirm="first password given")
    office.logout()
    session = login(data_dir, "newbie", "first password given", clock)
    try:
        assert session.user.must_change_password
        with pytest.raises(PasswordChangeRequired):
            session.require(Action.PHONE_ENTRY)
        users.change_own_password(session, current="first password given", new_password="my own secret words",
                                  confirm="my own secret words")
        session.require(Action.PHONE_ENTRY)
    finally:
        session.logout()


@pytest.mark.sqlcipher_only(reason="a missing or damaged office.keys file")
def test_no_office_and_bad_slot_files(tmp_path: Path, data_dir: Path, clock: FakeClock) -> None:
    with pytest.raises(NoOffice):
        login(tmp_path / "empty", "admin", "whatever password", clock)
    session, _ = make_office(data_dir, clock)
    session.logout()
    slots = data_dir / "office.keys"
    original = slots.read_bytes()
    db_before = (data_dir / "office.db").read_bytes()
    for damaged in (original[: len(original) // 2], b"", b"\x00\xff garbage", b"{}"):
        slots.write_bytes(damaged)
        with pytest.raises(SlotFileError):
            login(data_dir, "admin", ADMIN_PASSWORD, clock)
    slots.unlink()
    with pytest.raises(SlotFileError):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert (data_dir / "office.db").read_bytes() == db_before
    # edited KDF parameters (lowered n) are refused: the AAD binds them
    doc = json.loads(original)
    for slot in doc["slots"]:
        slot["kdf"]["n"] = 2**11
    slots.write_text(json.dumps(doc))
    with pytest.raises(LoginFailed):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert (data_dir / "office.db").read_bytes() == db_before


@pytest.mark.sqlcipher_only(reason="a SQLCipher file that is not a database")
def test_database_that_is_not_a_database(data_dir: Path, clock: FakeClock) -> None:
    session, _ = make_office(data_dir, clock)
    session.logout()
    (data_dir / "office.db").write_bytes(b"not a database" * 1000)
    with pytest.raises(WrongKeyOrCorrupt):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)


@pytest.mark.sqlcipher_only(reason="the office folder on one PC (the server's: tests/pg plaintext test)")
def test_sentinel_never_reaches_disk_in_plaintext(data_dir: Path, clock: FakeClock, tmp_path: Path) -> None:
    session, _ = make_office(data_dir, clock, privacy_officer_contact=SENTINEL_EMAIL)
    add_user(session, "sato", "advisor")

    def scan() -> None:
        for f in data_dir.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                assert SENTINEL_EMAIL.encode() not in data, f.name
                assert SENTINEL_EMAIL.encode("utf-16-le") not in data, f.name
                assert b"sato" not in data or f.name.startswith("office.db"), f.name

    scan()
    session.logout()
    scan()


def test_nfd_password_unlocks_an_nfc_slot(data_dir: Path, clock: FakeClock) -> None:
    import unicodedata

    password = "パスワードは秘密です"
    session, _ = make_office(data_dir, clock, admin_password=unicodedata.normalize("NFC", password),
                             admin_password_confirm=unicodedata.normalize("NFC", password))
    session.logout()
    login(data_dir, "admin", unicodedata.normalize("NFD", password), clock).logout()


def test_slot_cannot_be_moved_to_another_user(tmp_path: Path) -> None:
    key = ks.new_db_key()
    slot = ks.wrap(key, "pw pw pw pw", slot_id="s1", user_id="u1", tag="t", kind="password", db_uuid="d1",
                   params=TEST_KDF)
    assert ks.unwrap(slot, "pw pw pw pw", "d1") == key
    moved = ks.Slot(slot.slot_id, "u2", slot.tag, slot.kind, slot.kdf, slot.nonce, slot.ct)
    with pytest.raises(InvalidTag):
        ks.unwrap(moved, "pw pw pw pw", "d1")
    with pytest.raises(InvalidTag):
        ks.unwrap(slot, "pw pw pw pw", "d2")
    with pytest.raises(InvalidTag):
        ks.unwrap(slot, "wrong", "d1")
    again = ks.wrap(key, "pw pw pw pw", slot_id="s1", user_id="u1", tag="t", kind="password", db_uuid="d1",
                    params=TEST_KDF)
    assert again.nonce != slot.nonce


@pytest.mark.slow
def test_production_kdf_cost_is_in_budget() -> None:
    import time

    start = time.perf_counter()
    ks.derive_kek("a password", b"s" * 16, ks.PRODUCTION_KDF)
    elapsed = time.perf_counter() - start
    assert 0.05 < elapsed < 5.0  # measured 0.4 s here; see benchmarks/ for the figure


def test_an_exception_during_unlock_fails_closed(office: session_service.Session, data_dir: Path,
                                                 clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    office.logout()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    import desktop.store.office as office_module

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("injected failure")

    monkeypatch.setattr(office_module, "_audit_key", broken)  # after the database opened, on both stores
    with pytest.raises(RuntimeError):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    monkeypatch.undo()
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert after == before  # nothing written, no -wal/-shm left
    login(data_dir, "admin", ADMIN_PASSWORD, clock).logout()  # the lock was released


def test_unusable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    from desktop.store.errors import DataFolderUnusable

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFolderUnusable) as err:
        session_service.check_new_data_folder(blocker / "office")
    assert "cannot be written" in err.value.message
    assert blocker.read_text() == "x"


def test_unknown_usernames_leave_no_hash_of_the_typed_text(office: session_service.Session, data_dir: Path,
                                                           clock: FakeClock) -> None:
    office.logout()
    typed = "Sakura2026!-typed-as-username"
    with pytest.raises(LoginFailed):
        login(data_dir, typed, "whatever password", clock)
    slots = load_slots(OfficeFiles(data_dir))
    leaked = ks.make_tag(slots.db_uuid, typed)
    for name in ("office.keys", "office.keys.bak"):
        path = data_dir / name
        if path.exists():
            assert leaked[:16] not in path.read_text()
    if on_server():  # the slots as the server stores them
        assert slots.base is not None and leaked[:16].encode() not in slots.base
    assert session_service.UNKNOWN_TAG in slots.throttle


def test_password_reconfirmation_is_throttled(office: session_service.Session, clock: FakeClock) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailed):
            office.confirm_password("wrong password")
    with pytest.raises(Throttled):
        office.confirm_password(ADMIN_PASSWORD)
    clock.advance(seconds=2)
    office.confirm_password(ADMIN_PASSWORD)
    office.require_fresh_proof()


@pytest.mark.sqlcipher_only(reason="office.keys and its .bak on disk")
def test_a_damaged_key_file_offers_its_previous_copy_and_the_use_is_audited(office: session_service.Session,
                                                                             data_dir: Path, clock: FakeClock) -> None:
    from desktop.services.errors import KeyFileBackupAvailable
    from desktop.store import keyslots as ks

    office.logout()
    ks.SlotFile.load(data_dir / "office.keys").save()  # the previous generation is kept as office.keys.bak
    good = (data_dir / "office.keys.bak").read_bytes()
    (data_dir / "office.keys").write_bytes(b"\x00garbage")
    with pytest.raises(KeyFileBackupAvailable):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert (data_dir / "office.keys").read_bytes() == b"\x00garbage"
    with pytest.raises(LoginFailed):  # the copy is only used with the right password
        session_service.login(data_dir, "admin", "not the password", kdf=TEST_KDF, clock=clock, wall=clock.wall,
                              use_key_backup=True)
    assert (data_dir / "office.keys").read_bytes() == b"\x00garbage"
    session = session_service.login(data_dir, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall,
                                    use_key_backup=True)
    try:
        acts = actions()
        assert acts.count("keys.backup_restored") == 1
        assert acts.index("keys.backup_restored") < acts.index("login.ok", acts.index("keys.backup_restored"))
    finally:
        session.logout()
    assert (data_dir / "office.keys.damaged").read_bytes() == b"\x00garbage"
    assert ks.SlotFile.load(data_dir / "office.keys").db_uuid == ks.SlotFile.load(data_dir / "office.keys.bak").db_uuid
    assert good  # the intact copy was there to be used
    login(data_dir, "admin", ADMIN_PASSWORD, clock).logout()  # later logins need no choice any more


@pytest.mark.sqlcipher_only(reason="an empty office.db file")
def test_an_empty_database_file_is_reported_and_left_as_it_is(office: session_service.Session, data_dir: Path,
                                                              clock: FakeClock) -> None:
    from desktop.store.errors import DatabaseEmpty

    office.logout()
    (data_dir / "office.db").write_bytes(b"")
    with pytest.raises(DatabaseEmpty):
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert (data_dir / "office.db").read_bytes() == b""
    assert not (data_dir / "office.db-wal").exists()


def test_a_new_office_only_in_an_empty_folder(tmp_path: Path) -> None:
    from desktop.store.errors import FolderNotEmpty

    folder = tmp_path / "data"
    (folder / "Logs").mkdir(parents=True)  # the app's own log folder (Windows default) does not count
    session_service.check_new_data_folder(folder)
    (folder / "office.db-wal").write_bytes(b"left from something")
    with pytest.raises(FolderNotEmpty):
        session_service.check_new_data_folder(folder)
    with pytest.raises(FolderNotEmpty):
        make_office(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["Logs", "office.db-wal"]

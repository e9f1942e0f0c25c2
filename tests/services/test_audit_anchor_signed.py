"""The signed head anchor (issue 14): a key-slot holder cannot write an anchor that matches a rewritten
log, and a whole-log rewrite under the old (pre-forward-secure) rule is caught while any one piece of
evidence outside the database survives.

The insider works offline with the database key (an external SQLCipher tool, here :func:`open_with_key`),
then the administrator opens the office: the opening's notice and ``verify`` must both say so."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.domain.errors import fill
from desktop.services import checkpoints
from desktop.services import session as session_service
from desktop.store import anchor, audit_fs, repo
from desktop.store import checkpoints as store_cp
from desktop.store.audit import GENESIS, canonical
from desktop.store.models import DB
from desktop.store.office import AUDIT_KEY_SETTING, OfficeFiles, open_with_key
from tests.conftest import ADMIN_PASSWORD, FakeClock, login, on_server

T = TypeVar("T")
COLS = "seq, ts, actor, action, target, result, details, prev, mac"


def _fill(session: session_service.Session, clock: FakeClock, n: int = 8) -> None:
    for i in range(n):
        clock.advance(minutes=1)
        with repo.atomic():
            session.audit("test.event", target=f"t{i}", index=i)


def _unlock_triggers() -> None:
    DB.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
    DB.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")


Run = Callable[[str, tuple[object, ...]], list[tuple[object, ...]]]


def _rewrite_whole_log_by_the_old_rule(run: Run | None = None, keep_fs: bool = False) -> tuple[int, str]:
    """Rewrite every entry with the database-derived key (the rule before the forward-secure chain), drop
    the forward-secure start and the key state: a chain that verifies by the old rule. Returns the head.

    ``run``: the insider's statements (on one PC: the key holder's SQLCipher tool on the closed file; on the
    office server: its administrator, the triggers switched off)."""
    if run is None:
        _unlock_triggers()

        def run(sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
            return [tuple(r) for r in DB.execute_sql(sql, params).fetchall()]

    legacy = bytes.fromhex(json.loads(str(run("SELECT value FROM setting WHERE key = ?", (AUDIT_KEY_SETTING,))[0][0])))
    rows = run(f"SELECT {COLS} FROM audit_entry ORDER BY seq", ())
    run("DELETE FROM audit_entry", ())
    if not keep_fs:
        run("DELETE FROM audit_key_state", ())
    prev, seq = GENESIS, 0
    for row in rows:
        if row[3] == audit_fs.START_ACTION:
            continue
        seq += 1
        target = "rewritten" if str(row[4]).startswith("t") else row[4]
        payload = canonical(seq, row[1], row[2], row[3], target, row[5], row[6], prev)  # type: ignore[arg-type]
        mac = hmac.new(legacy, payload, hashlib.sha256).digest()
        run(f"INSERT INTO audit_entry ({COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, row[1], row[2], row[3], target, row[5], row[6], prev, mac))
        prev = mac
    return seq, prev.hex()


def _as_server_admin(dbname: str, work: Callable[[Run], T]) -> T:
    """``work`` run by the office server's administrator: one transaction, the audit triggers switched off."""
    from desktop.store.server import to_pyformat
    from tests.pg.cluster import get_cluster

    cluster = get_cluster()
    assert cluster is not None
    tables = ("audit_entry", "audit_key_state")
    with cluster.admin_connect(dbname) as conn, conn.transaction():
        for table in tables:
            conn.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')

        def run(sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
            cursor = conn.execute(to_pyformat(sql), params or None)
            rows = cursor.fetchall() if cursor.description else []
            return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows]

        result = work(run)
        for table in tables:
            conn.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
    return result


def _offline(session: session_service.Session, data_dir: Path,
             work: Callable[..., T]) -> tuple[str, T]:
    """Log out, then let the insider work on the closed office with the database key (on the office server:
    its administrator on the server's database)."""
    key, uuid = bytes(session.office.key), session.office.slots.db_uuid
    dbname = str(session.office.db.database)
    session.logout()
    if on_server():
        return uuid, _as_server_admin(dbname, work)
    opened = open_with_key(OfficeFiles(data_dir), key)
    try:
        result = work()
    finally:
        opened.close()
    return uuid, result


def dbname_of(data_dir: Path) -> str:
    from desktop.store.server import ServerProfile

    return ServerProfile.load(data_dir).dbname


def _write_anchor(data_dir: Path, uuid: str, where: str, doc: dict[str, object]) -> None:
    path = dict(anchor.locations(data_dir, uuid))[where]
    path.write_text(json.dumps(doc), encoding="utf-8")


def _open_and_verify(data_dir: Path, clock: FakeClock) -> tuple[list[str], checkpoints.FullVerify]:
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        notices = [fill(n.message, *n.params) for n in session.take_notices()]
        return notices, checkpoints.verify_all(session)
    finally:
        session.logout()


def _lines(full: checkpoints.FullVerify) -> str:
    return " | ".join(fill(f.message, *f.params) for f in checkpoints.findings(full))


def test_an_administrators_anchor_is_signed_and_an_advisors_carries_it(office: session_service.Session,
                                                                        clock: FakeClock, data_dir: Path) -> None:
    from desktop.services import users

    _fill(office, clock, 3)
    uuid = office.office.slots.db_uuid
    public = office.office.slots.audit_public_key
    for a in anchor.read(data_dir, uuid):
        assert a.state == "ok" and a.signed is not None and a.signed["seq"] == a.seq
        assert store_cp.signature_ok(public, a.signed)
    users.create_user(office, username="adv", display_name="助言 さん", role="advisor",
                      initial_password="blue whale orbit 42", confirm="blue whale orbit 42")
    office.logout()
    advisor = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        assert advisor.office.signing_key is None
        signed_before = anchor.read(data_dir, uuid)[0].signed
        _fill(advisor, clock, 2)
        office_copy = anchor.read(data_dir, uuid)[0]
        assert office_copy.seq > signed_before["seq"]  # type: ignore[index]  # the head moved on, unsigned
        assert office_copy.signed == signed_before  # the administrator's signed part is carried forward
        assert advisor.take_notices() == []
    finally:
        advisor.logout()
    notices, full = _open_and_verify(data_dir, clock)
    assert notices == [] and full.ok, _lines(full)


@pytest.mark.parametrize("forgery", ["unsigned", "old signed part", "own key"])
def test_a_forged_anchor_matching_a_rewritten_log_is_detected(office: session_service.Session, clock: FakeClock,
                                                             data_dir: Path, forgery: str) -> None:
    """The insider rewrites the log, keeps the checkpoint file, and writes both anchors to match the new head:
    without the office's signing key the anchor gives it away (missing, stale or foreign signature)."""
    _fill(office, clock)
    signed_part = anchor.read(data_dir, office.office.slots.db_uuid)[0].signed
    uuid, (seq, mac) = _offline(office, data_dir, _rewrite_whole_log_by_the_old_rule)
    doc: dict[str, object] = {"db_uuid": uuid, "seq": seq, "mac": mac, "ts": "", "fs_start": None}
    if forgery == "old signed part":
        doc["signed"] = signed_part
    elif forgery == "own key":
        mine = Ed25519PrivateKey.generate().private_bytes_raw()
        doc["signed"] = store_cp.sign(mine, db_uuid=uuid, seq=seq, mac_hex=mac, time="")
    for where in ("office", "user"):
        _write_anchor(data_dir, uuid, where, doc)
    notices, full = _open_and_verify(data_dir, clock)
    assert notices, "the opening raised no alarm"
    assert not full.ok
    expected = {"unsigned": "is not signed although this office signs them",
                "old signed part": "is not the one recorded outside the database",
                "own key": "carries a signature that is not the office's"}[forgery]
    assert any(expected in n for n in notices), notices


def test_a_foreign_public_key_in_the_key_file_does_not_help(office: session_service.Session, clock: FakeClock,
                                                           data_dir: Path) -> None:
    """Putting one's own public key into office.keys to sign anchors: the administrator's session checks
    with the public key of the signing key it unwrapped."""
    from desktop.store import keyslots as ks

    _fill(office, clock)
    uuid, (seq, mac) = _offline(office, data_dir, _rewrite_whole_log_by_the_old_rule)
    mine = Ed25519PrivateKey.generate()
    if on_server():  # the server's administrator edits the stored key slots
        from desktop.store.office import load_slots

        slots = load_slots(OfficeFiles(data_dir))
        slots.audit_public_key = mine.public_key().public_bytes_raw().hex()
        doc = slots.to_bytes()
        _as_server_admin(dbname_of(data_dir), lambda run: run("UPDATE key_slot_file SET doc = ? WHERE id = 1", (doc,)))
    else:
        slots = ks.SlotFile.load(data_dir / "office.keys")
        slots.audit_public_key = mine.public_key().public_bytes_raw().hex()
        slots.save()
    signed = store_cp.sign(mine.private_bytes_raw(), db_uuid=uuid, seq=seq, mac_hex=mac, time="")
    for where in ("office", "user"):
        _write_anchor(data_dir, uuid, where, {"db_uuid": uuid, "seq": seq, "mac": mac, "ts": "", "signed": signed})
    notices, full = _open_and_verify(data_dir, clock)
    assert any("carries a signature that is not the office's" in n for n in notices), notices
    assert not full.ok


def test_whole_log_rewritten_by_the_old_rule(office: session_service.Session, clock: FakeClock, data_dir: Path,
                                             tmp_path: Path) -> None:
    """Issue 14, gap 3: every entry re-MACed with the old rule's key and the forward-secure start removed, so
    the chain itself verifies. Caught while any one piece of evidence outside the database survives: the
    office's anchor, the per-user anchor, or the signed checkpoint file; with all three deleted only a
    backup's checkpoint catches it (the limit of what the folder itself can prove)."""
    _fill(office, clock)
    saved = tmp_path / "checkpoints-from-a-backup.json"
    shutil.copy2(data_dir / store_cp.FILE_NAME, saved)
    uuid, _head = _offline(office, data_dir, _rewrite_whole_log_by_the_old_rule)
    evidence = {"office": dict(anchor.locations(data_dir, uuid))["office"],
                "user": dict(anchor.locations(data_dir, uuid))["user"],
                "checkpoints": data_dir / store_cp.FILE_NAME}
    kept = {name: path.read_bytes() for name, path in evidence.items()}
    for only in ("office", "user", "checkpoints"):
        for name, path in evidence.items():  # leave exactly one piece of evidence
            if name == only:
                path.write_bytes(kept[name])
            else:
                path.unlink(missing_ok=True)
        for bak in data_dir.glob(store_cp.FILE_NAME + ".bak"):
            bak.unlink()
        copy = tmp_path / f"try-{only}"
        shutil.copytree(data_dir, copy)
        user_copy = anchor.locations(copy, uuid)[1][1]
        if only == "user":
            user_copy.write_bytes(kept["user"])
        notices, full = _open_and_verify(copy, clock)
        assert not full.ok, f"only the {only} evidence left: not detected"
        # on the office server a PC folder without anchors is a PC's first opening (no alarm there): the
        # checkpoint file alone is caught by verify, not at the opening (a known gap, reported)
        assert notices or (on_server() and only == "checkpoints"), f"only the {only} evidence left: no alarm"
        user_copy.unlink(missing_ok=True)
    for path in evidence.values():
        path.unlink(missing_ok=True)
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        with_backup = checkpoints.verify_all(session, checkpoints.load_file(saved))
    finally:
        session.logout()
    assert not with_backup.ok and any(not a.ok for a in with_backup.anchors), _lines(with_backup)

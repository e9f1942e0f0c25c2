"""The HMAC chain: append-only triggers, tamper detection, control-character escaping."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from desktop.services import audit as audit_service
from desktop.services import session as session_service
from desktop.store.audit import entries
from desktop.store.models import DB
from tests.conftest import on_server
from tests.pg.tamper import admin_sql


def _fill(session: session_service.Session, n: int = 10) -> int:
    """Append ``n`` test entries; returns the sequence number of the first."""
    from desktop.store import repo

    with repo.atomic():
        return [session.audit("test.event", target=f"t{i}", index=i) for i in range(n)][0]


def _raw(sql: str, *params: object) -> None:
    """What an insider holding the key could do with an external SQLCipher tool (on the office server: what
    the server's administrator could do)."""
    if on_server():
        admin_sql(sql, params)
        return
    DB.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
    DB.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    DB.execute_sql(sql, params)


def test_update_and_delete_are_blocked(office: session_service.Session) -> None:
    _fill(office)
    # one PC: the triggers refuse; the office server: the app's role has no right to (and the triggers refuse
    # even the administrator, who would have to switch them off first)
    refused = (peewee.ProgrammingError, "permission denied") if on_server() else (peewee.IntegrityError, "append-only")
    with pytest.raises(refused[0], match=refused[1]):
        DB.execute_sql("UPDATE audit_entry SET action = 'x' WHERE seq = 2")
    with pytest.raises(refused[0], match=refused[1]):
        DB.execute_sql("DELETE FROM audit_entry WHERE seq = 2")
    if on_server():
        from tests.pg.cluster import get_cluster

        cluster = get_cluster()
        assert cluster is not None
        with cluster.admin_connect(DB.obj.database) as conn, pytest.raises(Exception, match="append-only"):
            conn.execute("UPDATE audit_entry SET action = 'x' WHERE seq = 2")


def test_intact_chain_verifies(office: session_service.Session) -> None:
    _fill(office)
    result = audit_service.verify(office)
    assert result.ok and result.first_bad_seq is None
    assert entries()[-1].action == "audit.verify"


@pytest.mark.parametrize("tamper,offset", [
    ("UPDATE audit_entry SET target = 'changed' WHERE seq = ?", 2),
    ("UPDATE audit_entry SET details = '{}' WHERE seq = ?", 3),
    ("DELETE FROM audit_entry WHERE seq = ?", 1),
    ("UPDATE audit_entry SET ts = '2020-01-01T00:00:00+00:00' WHERE seq = ?", 0),
])
def test_edits_and_deletions_report_the_first_bad_entry(office: session_service.Session, tamper: str,
                                                        offset: int) -> None:
    first = _fill(office)
    _raw(tamper, first + offset)
    result = office.office.audit.verify()
    assert not result.ok
    assert result.first_bad_seq == first + offset


@pytest.mark.parametrize("seq", [2, 3])  # the old rule (before the forward-secure start) still checks
def test_edits_before_the_forward_secure_start_are_detected(office: session_service.Session, seq: int) -> None:
    _fill(office)
    assert office.office.audit.verify().fs_start == 4
    _raw("UPDATE audit_entry SET target = 'changed' WHERE seq = ?", seq)
    assert office.office.audit.verify().first_bad_seq == seq


def test_swapped_rows_are_detected(office: session_service.Session) -> None:
    a = _fill(office)
    b = a + 1
    rows = {r[0]: r for r in DB.execute_sql("SELECT seq, target, details, mac, prev FROM audit_entry "
                                             "WHERE seq IN (?, ?)", (a, b)).fetchall()}
    _raw("UPDATE audit_entry SET target = ?, details = ? WHERE seq = ?", rows[b][1], rows[b][2], a)
    _raw("UPDATE audit_entry SET target = ?, details = ? WHERE seq = ?", rows[a][1], rows[a][2], b)
    assert office.office.audit.verify().first_bad_seq == a


def test_control_characters_are_escaped(office: session_service.Session) -> None:
    from desktop.store import repo

    with repo.atomic():
        office.audit("test.event", target="line1\nline2\x1b[31m")
    last = entries()[-1]
    assert last.target == "line1\\x0aline2\\x1b[31m"
    assert office.office.audit.verify().ok


def test_cli_verify_reports_the_bad_entry(office: session_service.Session, data_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import cli
    from tests.conftest import ADMIN_PASSWORD, TEST_KDF

    first = _fill(office)
    _raw("UPDATE audit_entry SET target = 'x' WHERE seq = ?", first + 2)
    office.logout()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr(session_service, "PRODUCTION_KDF", TEST_KDF)
    code = cli.main(["verify", "--data-dir", str(data_dir), "--user", "admin"])
    out = capsys.readouterr().out
    assert code == cli.EXIT_VERIFY_FAILED
    assert f"Audit entry {first + 2} was changed" in out
    assert f"seq {first + 2}" in out


@pytest.mark.sqlcipher_only(reason="a migration of SQLCipher offices made before schema 10")
def test_an_office_from_before_the_forward_secure_chain_migrates(office: session_service.Session,
                                                                data_dir: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 9 had no evolving key: its chain stays verifiable by the old rule, the new one starts after."""
    from desktop.services import audit_guard, checkpoints
    from desktop.store import anchor, audit_fs, migrations
    from tests.conftest import ADMIN_PASSWORD, login

    start = office.office.audit.verify().fs_start
    assert start is not None
    _raw("DELETE FROM audit_entry WHERE seq >= ?", start)  # back to what an old version would have written
    DB.execute_sql("DELETE FROM audit_key_state")
    legacy_last = _fill(office, 5) + 4  # appended by the old rule (no key state)
    assert audit_fs.load() is None
    DB.execute_sql("DROP TABLE audit_key_state")
    schema_9 = [m.__name__ for m in migrations.MIGRATIONS].index("create_audit_fs")  # later migrations re-run
    DB.execute_sql(f"PRAGMA user_version = {schema_9}")
    uuid = office.office.slots.db_uuid
    # an old version signed no checkpoint at logout (its logout entry is written by the old rule)
    monkeypatch.setattr(audit_guard, "before_close", lambda session: None)
    office.logout()
    monkeypatch.undo()
    for _where, path in anchor.locations(data_dir, uuid):
        path.unlink(missing_ok=True)
    for f in data_dir.glob("office.checkpoints.json*"):
        f.unlink()
    session = login(data_dir, "admin", ADMIN_PASSWORD, office.clock)  # type: ignore[arg-type]
    try:
        assert session.office.migrated >= 1
        assert session.take_notices() == []
        full = checkpoints.verify_all(session)
        assert full.ok, checkpoints.findings(full)
        assert full.chain.fs_start is not None and full.chain.fs_start > legacy_last
        # the old part is still checked by the old rule
        _raw("UPDATE audit_entry SET target = 'changed' WHERE seq = ?", legacy_last)
        assert session.office.audit.verify().first_bad_seq == legacy_last
    finally:
        session.logout()


def test_cli_verify_reports_a_cut_tail_with_its_range(office: session_service.Session, data_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import cli
    from tests.conftest import ADMIN_PASSWORD, TEST_KDF

    first = _fill(office)
    _raw("DELETE FROM audit_entry WHERE seq >= ?", first + 4)
    office.logout()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr(session_service, "PRODUCTION_KDF", TEST_KDF)
    code = cli.main(["verify", "--data-dir", str(data_dir), "--user", "admin"])
    out = capsys.readouterr().out
    assert code == cli.EXIT_VERIFY_FAILED
    assert f"audit log problem: Audit entries {first + 4} to {first + 9} are missing (6 entries)" in out
    assert "audit log ok" not in out


@pytest.mark.parametrize("text", ["", "plain", "ダブル\"引用\"と\\バックスラッシュ", "\x00\x1f\x7f\u2028\u2029",
                                  "\ud7ff\U0001f600 絵文字", "tab\tnew\nline\r", "</script>&<>"])
def test_canonical_is_byte_for_byte_json_dumps(text: str) -> None:
    """The hand-written canonical form (fast verify) equals the json.dumps form every old MAC was made over."""
    import json

    from desktop.store.audit import canonical

    prev = bytes(range(32))
    doc = {"seq": 123456, "ts": text, "actor": text, "action": text, "target": text, "result": text,
           "details": text, "prev": prev.hex()}
    expected = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert canonical(123456, text, text, text, text, text, text, prev) == expected


def test_append_many_writes_the_same_chain_as_single_appends(office: session_service.Session) -> None:
    """The batch path (benchmarks, bulk work) MACs with the same evolving key: the chain verifies, and the
    entries are exactly those single appends would have written (same MACs)."""
    from desktop.store import audit_fs, repo

    log = office.office.audit
    when = office.now()
    items = [(when, "u1", "test.bulk", f"t{i}", "ok", {"i": i}) for i in range(12)]
    start = audit_fs.load()
    with repo.atomic():
        last = log.append_many(items, batch=5)  # three batches
    assert [e.target for e in entries(action_prefix="test.bulk")] == [f"t{i}" for i in range(12)]
    assert log.verify().ok and audit_fs.load().next_seq == last + 1  # type: ignore[union-attr]
    bulk_macs = [e.mac_hex for e in entries(action_prefix="test.bulk")]
    # the same entries appended one at a time from the same key state give the same MACs
    _raw("DELETE FROM audit_entry WHERE seq > ?", last - 12)
    audit_fs.save(start)  # type: ignore[arg-type]
    with repo.atomic():
        for item in items:
            log.append(ts=item[0], actor=item[1], action=item[2], target=item[3], result=item[4], details=item[5])
    assert [e.mac_hex for e in entries(action_prefix="test.bulk")] == bulk_macs
    assert log.verify().ok


def test_entries_appended_while_a_verify_runs_are_no_alarm(office: session_service.Session) -> None:
    """The audit log page verifies in a worker while the window keeps working: an entry committed after the
    walk read the key state, and read by the walk's next page, must not look like a cut tail (the key is read
    again after the walk, and what was committed meanwhile is walked too)."""
    from desktop.store import audit, audit_fs, repo

    _fill(office, 5)
    log = office.office.audit
    first = list(audit._iter_rows())
    state_at_start = audit_fs.load()

    def pages() -> object:
        yield from first[:-1]
        with repo.atomic():  # the window commits an entry while the walk is between pages
            office.audit("test.meanwhile", target="x")
        yield from [r for r in audit._iter_rows() if r[0] >= first[-1][0]]  # the next page sees it

    result = audit.verify_rows(log._key, pages(), k0=log.k0, state=state_at_start, fs_known=True,
                               reload=audit_fs.load, more=audit._rows_after)
    assert result.ok, result
    assert result.count == len(first) + 1
    # without reading the key again, the same walk would call it a cut tail: the test can fail
    stale = audit.verify_rows(log._key, audit._iter_rows(), k0=log.k0, state=state_at_start, fs_known=True)
    assert not stale.ok and stale.problem == "tail"
    # and a tail cut for real is still found when the key is read again after the walk
    last = result.last_seq
    _raw("DELETE FROM audit_entry WHERE seq >= ?", last - 1)
    cut = log.verify()
    assert not cut.ok and cut.problem == "tail" and cut.lost_from == last - 1


def test_a_verify_inside_a_transaction_reads_its_pages_itself(office: session_service.Session) -> None:
    """Called inside a transaction (its thread holds the statement lock) the walk does not wait for a helper
    thread that waits for that lock: it reads the pages itself, all of them (more than one page here)."""
    from desktop.store import repo

    log = office.office.audit
    when = office.now()
    with repo.atomic():
        log.append_many((when, "u1", "test.bulk", str(i), "ok", {}) for i in range(25_000))
    with repo.atomic():
        inside = log.verify()
    outside = log.verify()
    assert inside.ok and outside.ok and inside.count == outside.count > 25_000

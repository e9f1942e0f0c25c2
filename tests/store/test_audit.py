"""The HMAC chain: append-only triggers, tamper detection, control-character escaping."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from desktop.services import audit as audit_service
from desktop.services import session as session_service
from desktop.store.audit import entries
from desktop.store.models import DB


def _fill(session: session_service.Session, n: int = 10) -> None:
    from desktop.store import repo

    with repo.atomic():
        for i in range(n):
            session.audit("test.event", target=f"t{i}", index=i)


def _raw(sql: str, *params: object) -> None:
    """What an insider holding the key could do with an external SQLCipher tool."""
    DB.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
    DB.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    DB.execute_sql(sql, params)


def test_update_and_delete_are_blocked(office: session_service.Session) -> None:
    _fill(office)
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        DB.execute_sql("UPDATE audit_entry SET action = 'x' WHERE seq = 2")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        DB.execute_sql("DELETE FROM audit_entry WHERE seq = 2")


def test_intact_chain_verifies(office: session_service.Session) -> None:
    _fill(office)
    result = audit_service.verify(office)
    assert result.ok and result.first_bad_seq is None
    assert entries()[-1].action == "audit.verify"


@pytest.mark.parametrize("tamper,bad_seq", [
    ("UPDATE audit_entry SET target = 'changed' WHERE seq = 6", 6),
    ("UPDATE audit_entry SET details = '{}' WHERE seq = 7", 7),
    ("DELETE FROM audit_entry WHERE seq = 5", 5),
    ("UPDATE audit_entry SET ts = '2020-01-01T00:00:00+00:00' WHERE seq = 4", 4),
])
def test_edits_and_deletions_report_the_first_bad_entry(office: session_service.Session, tamper: str,
                                                        bad_seq: int) -> None:
    _fill(office)
    _raw(tamper)
    result = office.office.audit.verify()
    assert not result.ok
    assert result.first_bad_seq == bad_seq


def test_swapped_rows_are_detected(office: session_service.Session) -> None:
    _fill(office)
    rows = {r[0]: r for r in DB.execute_sql("SELECT seq, target, details, mac, prev FROM audit_entry "
                                             "WHERE seq IN (5, 6)").fetchall()}
    _raw("UPDATE audit_entry SET target = ?, details = ? WHERE seq = 5", rows[6][1], rows[6][2])
    _raw("UPDATE audit_entry SET target = ?, details = ? WHERE seq = 6", rows[5][1], rows[5][2])
    assert office.office.audit.verify().first_bad_seq == 5


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

    _fill(office)
    _raw("UPDATE audit_entry SET target = 'x' WHERE seq = 3")
    office.logout()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr(session_service, "PRODUCTION_KDF", TEST_KDF)
    code = cli.main(["verify", "--data-dir", str(data_dir), "--user", "admin"])
    out = capsys.readouterr().out
    assert code == cli.EXIT_VERIFY_FAILED
    assert "seq 3" in out

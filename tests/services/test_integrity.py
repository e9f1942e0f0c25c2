"""The full integrity check after unlock (issue 15): audited when it fails and after an unclean shutdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import integrity
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.store.models import Setting
from tests.conftest import ADMIN_PASSWORD, FakeClock, login
from tests.store.test_jobs import _closed_office, _flip_in_last_page, _kill_while_open


def test_a_healthy_office_passes_without_an_audit_entry(office: Session) -> None:
    before = len(entries())
    result = integrity.check(office)
    assert result.ok and not result.after_unclean_shutdown and result.error() is None
    assert len(entries()) == before


@pytest.mark.sqlcipher_only(reason="the SQLCipher file's full page check (on the server the check is the audit chain's)")
def test_after_an_unclean_shutdown_the_passed_check_is_audited(office: Session, data_dir: Path,
                                                               clock: FakeClock) -> None:
    files, key = _closed_office(office)
    _kill_while_open(files, key)
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        result = integrity.check(session)
        assert result.ok and result.after_unclean_shutdown
        last = entries()[-1]
        assert (last.action, last.result) == ("integrity.check", "ok")
    finally:
        session.logout()
    assert not files.running_path.exists()


@pytest.mark.sqlcipher_only(reason="damaged bytes of the SQLCipher file")
def test_a_damaged_office_still_opens_and_the_check_reports_and_audits_it(office: Session, data_dir: Path,
                                                                          clock: FakeClock) -> None:
    files, key = _closed_office(office)
    _flip_in_last_page(files.db_path)
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)  # unlock costs the KDF, not a full read
    try:
        assert Setting.get_or_none(Setting.key == "office_name") is not None  # the intact pages still read
        result = integrity.check(session)
        assert not result.ok
        error = result.error()
        assert error is not None and "integrity check" in error.message
        failed = [e for e in entries() if e.action == "integrity.check"]
        assert [(e.result) for e in failed] == ["failed"]
    finally:
        session.logout()


@pytest.mark.sqlcipher_only(reason="the SQLCipher file's cipher_integrity_check")
def test_cli_verify_runs_the_full_check(office: Session, data_dir: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop import cli

    files, _key = _closed_office(office)
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    capsys.readouterr()
    assert cli.main(["verify", "--data-dir", str(data_dir), "--user", "admin"]) == cli.EXIT_OK
    assert "database integrity ok" in capsys.readouterr().out
    _flip_in_last_page(files.db_path)
    assert cli.main(["verify", "--data-dir", str(data_dir), "--user", "admin"]) == cli.EXIT_VERIFY_FAILED
    out = capsys.readouterr().out
    assert "database integrity FAILED" in out and "audit log ok" in out


def test_the_mailbox_rehash_scan_is_recorded_done_and_not_repeated(office: Session, data_dir: Path,
                                                                    clock: FakeClock) -> None:
    from desktop.services import mailbox_rehash
    from desktop.store import repo

    office.logout()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert repo.get_setting(mailbox_rehash.DONE_SETTING, False) is True
        with repo.atomic():
            repo.set_setting(mailbox_rehash.DONE_SETTING, "sentinel")  # a later login must leave it alone
    finally:
        session.logout()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert repo.get_setting(mailbox_rehash.DONE_SETTING) == "sentinel"  # the scan did not run again
    finally:
        session.logout()

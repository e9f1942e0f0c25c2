"""Sync before you send (issue 16): the send list asks for a reason when the mail service's unsubscribes
have not come back since the last send list, or the last import is older than the office's setting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.consent import Outcome
from desktop.domain.errors import ValidationError
from desktop.domain.mail_services.sync import SyncProblem
from desktop.services import exports, mail_import, mail_sync
from desktop.services.errors import PermissionDenied
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login
from tests.services.test_consent import capture


def _export(office: Session, tmp_path: Path, name: str, reason: str | None = None) -> exports.ExportResult:
    office.confirm_password(ADMIN_PASSWORD)
    return exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt="csv", sync_reason=reason),
                          tmp_path / f"{name}.csv")


def _import(office: Session, tmp_path: Path) -> None:
    path = tmp_path / "unsubscribes.txt"
    path.write_text("email\nnobody@example.jp\n", encoding="utf-8")
    mail_import.confirm(office, mail_import.preview(office, path))


def _last_export_filters() -> dict:  # type: ignore[type-arg]
    return [e for e in entries() if e.action == "export.send-list"][-1].details["filters"]


def test_first_send_list_needs_no_import(office: Session, tmp_path: Path) -> None:
    capture(office, "a@example.jp", Outcome.AGREED)
    assert mail_sync.status(office).problem is None
    _export(office, tmp_path, "first")
    assert "sync_reason" not in _last_export_filters()


def test_second_send_list_without_import_needs_a_reason_which_is_audited(office: Session, tmp_path: Path,
                                                                         clock: FakeClock) -> None:
    capture(office, "a@example.jp", Outcome.AGREED)
    first = _export(office, tmp_path, "first")
    clock.advance(hours=1)
    state = mail_sync.status(office)
    assert state.problem is SyncProblem.NONE_SINCE_EXPORT and state.last_import is None
    assert state.last_export is not None and clock.now - state.last_export == timedelta(hours=1)
    before = len([e for e in entries() if e.action.startswith("export.")])
    with pytest.raises(mail_sync.ReasonNeeded):
        _export(office, tmp_path, "second")
    with pytest.raises(mail_sync.ReasonNeeded):
        _export(office, tmp_path, "second", reason="   ")
    with pytest.raises(ValidationError):
        _export(office, tmp_path, "second", reason="理由\u202e")
    with pytest.raises(ValidationError):
        _export(office, tmp_path, "second", reason="x" * 201)
    assert len([e for e in entries() if e.action.startswith("export.")]) == before  # refused, nothing written
    assert not (tmp_path / "second.csv").exists()
    second = _export(office, tmp_path, "second", reason="  急ぎの  お知らせ ")
    assert second.audit_seq > first.audit_seq
    filters = _last_export_filters()
    assert filters["sync_problem"] == "none_since_export" and filters["sync_reason"] == "急ぎの お知らせ"
    assert len([e for e in entries() if e.action.startswith("export.")]) == before + 1  # in the export's entry


def test_an_import_since_the_export_clears_the_warning_until_it_is_too_old(office: Session, tmp_path: Path,
                                                                         clock: FakeClock) -> None:
    capture(office, "a@example.jp", Outcome.AGREED)
    _export(office, tmp_path, "first")
    clock.advance(days=1)
    _import(office, tmp_path)
    state = mail_sync.status(office)
    assert state.problem is None and state.last_import == clock.now
    clock.advance(days=7)  # exactly the limit: still in sync
    assert mail_sync.status(office).problem is None
    _export(office, tmp_path, "second", reason="not needed")
    assert "sync_reason" not in _last_export_filters()  # a reason given needlessly is not recorded
    clock.advance(hours=1)  # the export just made needs a new import anyway
    assert mail_sync.status(office).problem is SyncProblem.NONE_SINCE_EXPORT
    _import(office, tmp_path)
    clock.advance(days=7, minutes=1)
    assert mail_sync.status(office).problem is SyncProblem.TOO_OLD
    with pytest.raises(mail_sync.ReasonNeeded):
        _export(office, tmp_path, "third")
    _export(office, tmp_path, "third", reason="月次の案内")
    assert _last_export_filters()["sync_problem"] == "too_old"


def test_the_age_limit_is_an_office_setting(office: Session, tmp_path: Path, clock: FakeClock,
                                            data_dir: Path) -> None:
    capture(office, "a@example.jp", Outcome.AGREED)
    _export(office, tmp_path, "first")
    clock.advance(minutes=5)
    _import(office, tmp_path)
    clock.advance(days=3)
    assert mail_sync.status(office).problem is None
    mail_sync.set_max_days(office, 2)
    state = mail_sync.status(office)
    assert state.max_days == 2 and state.problem is SyncProblem.TOO_OLD
    assert [e for e in entries() if e.action == "settings.change"][-1].details["keys"] == ["mail_sync_max_days"]
    with pytest.raises(ValidationError):
        mail_sync.set_max_days(office, 0)
    office.confirm_password(ADMIN_PASSWORD)
    add_user(office, "clerk", "advisor")
    office.logout()
    clerk = login(data_dir, "clerk", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            mail_sync.set_max_days(clerk, 30)
    finally:
        clerk.logout()  # its own connection (to the office server: closed, not left to the garbage collector)


def test_other_exports_are_not_held(office: Session, tmp_path: Path) -> None:
    capture(office, "a@example.jp", Outcome.AGREED)
    _export(office, tmp_path, "first")
    office.confirm_password(ADMIN_PASSWORD)
    result = exports.export(office, ExportRequest(ExportKind.CONSENTS, fmt="csv"), tmp_path / "consents.csv")
    assert result.rows >= 1

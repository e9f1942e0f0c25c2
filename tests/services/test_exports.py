"""The export service: role, fresh proof, audit entry with the file hash, atomic write, cancel, disk full."""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path

import openpyxl
import pytest

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain.errors import ValidationError
from desktop.services import exports
from desktop.services.errors import PermissionDenied, ReauthRequired
from desktop.services.exports import ExportCancelled, ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries
from tests.conftest import FakeClock, add_user, login


def test_audit_export_states_the_chain_and_is_audited(office: Session, tmp_path: Path) -> None:
    out = tmp_path / "audit.xlsx"
    result = exports.export(office, ExportRequest(ExportKind.AUDIT), out)
    data = out.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    last = entries()[-1]
    assert last.action == "export.audit" and last.details["sha256"] == result.sha256
    assert last.details["rows"] == result.rows
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws.cell(1, 2).value == "OK"
    header_row = next(r for r in range(1, 12) if ws.cell(r, 1).value == "連番 Seq")
    # the chain can be followed in the sheet: each prev is the previous row's MAC
    prev_macs = [ws.cell(r, 9).value for r in range(header_row + 1, header_row + 1 + result.rows)]
    prevs = [ws.cell(r, 8).value for r in range(header_row + 1, header_row + 1 + result.rows)]
    assert prevs[1:] == prev_macs[:-1]


def test_advisor_may_not_export(office: Session, data_dir: Path, clock: FakeClock, tmp_path: Path) -> None:
    add_user(office, "adv", "advisor")
    office.logout()
    session = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            exports.export(session, ExportRequest(ExportKind.AUDIT), tmp_path / "x.xlsx")
        assert not (tmp_path / "x.xlsx").exists()
        assert entries()[-1].action == "permission.denied"
    finally:
        session.logout()


def test_stale_password_proof_is_refused(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    clock.advance(minutes=6)
    with pytest.raises(ReauthRequired):
        exports.export(office, ExportRequest(ExportKind.AUDIT), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_cancel_leaves_no_file(office: Session, tmp_path: Path) -> None:
    from desktop.store import repo

    with repo.atomic():
        for i in range(2500):
            office.audit("bulk.event", target=str(i))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        exports.export(office, ExportRequest(ExportKind.AUDIT), folder / "audit.xlsx", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_disk_full_keeps_the_previous_file(office: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "audit.csv"
    out.write_bytes(b"previous good file")
    real_write = os.write

    def full(fd: int, data: bytes) -> int:  # noqa: ARG001
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(exports.ExportFailed):
        exports.export(office, ExportRequest(ExportKind.AUDIT, fmt="csv"), out)
    monkeypatch.setattr(os, "write", real_write)
    assert out.read_bytes() == b"previous good file"
    assert sorted(p.name for p in folder.iterdir()) == ["audit.csv"]


def test_read_only_folder_gives_a_clear_error(office: Session, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(exports.ExportFailed):
            exports.export(office, ExportRequest(ExportKind.AUDIT), folder / "a.xlsx")
    finally:
        folder.chmod(0o700)


def test_not_enough_space(office: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10, 10, 0))
    with pytest.raises(exports.NotEnoughSpace):
        exports.export(office, ExportRequest(ExportKind.AUDIT), tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


@pytest.mark.parametrize("request_", [
    ExportRequest(ExportKind.AUDIT, fmt="pdf"),
    ExportRequest(ExportKind.AUDIT, fmt="csv", password="a long enough password"),
    ExportRequest(ExportKind.AUDIT, password="short"),
])
def test_bad_requests_are_refused(office: Session, tmp_path: Path, request_: ExportRequest) -> None:
    with pytest.raises(ValidationError):
        exports.export(office, request_, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_encrypted_export_is_audited_without_the_password(office: Session, tmp_path: Path) -> None:
    password = "export password for the office"
    exports.export(office, ExportRequest(ExportKind.AUDIT, password=password), tmp_path / "a.xlsx")
    last = entries()[-1]
    assert last.details["filters"]["encrypted"] is True
    assert password not in repr(last)


def test_manager_may_not_export_the_audit_log(office: Session, data_dir: Path, clock: FakeClock,
                                              tmp_path: Path) -> None:
    add_user(office, "boss", "manager")
    office.logout()
    session = login(data_dir, "boss", "blue whale orbit 42", clock)
    try:
        assert ExportKind.AUDIT not in exports.available_kinds(session)
        with pytest.raises(PermissionDenied):
            exports.export(session, ExportRequest(ExportKind.AUDIT), tmp_path / "x.xlsx")
    finally:
        session.logout()


def test_training_report_export(office: Session, tmp_path: Path) -> None:

    mark_demo(office)
    demo.populate_training(office)
    out = tmp_path / "training.xlsx"
    result = exports.export(office, ExportRequest(ExportKind.TRAINING_REPORT), out)
    ws = openpyxl.load_workbook(out).active
    header = next(r for r in range(1, 8) if ws.cell(r, 1).value == "四半期 Quarter" and r > 1)
    names = [ws.cell(r, 2).value for r in range(header + 1, header + 1 + result.rows)]
    assert "admin" in names
    assert entries()[-1].action == "export.training-report"


def test_the_audit_entry_never_names_the_chosen_file(office: Session, tmp_path: Path) -> None:
    out = tmp_path / "tanaka.taro@example.jp.xlsx"
    exports.export(office, ExportRequest(ExportKind.AUDIT), out)
    last = entries()[-1]
    assert last.target == "audit" and "tanaka" not in repr(last)

"""Issue 16: the send list in a mail service's layout through the export service.

The preset is remembered by the office, the audit entry names it, the number of files and the
unencrypted confirmation; a split export is all or nothing (a failed write, and a killed process).
"""

from __future__ import annotations

import csv
import dataclasses
import errno
import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.domain.consent import Outcome
from desktop.domain.errors import ValidationError
from desktop.domain.mail_services.presets import preset
from desktop.fileio import partial_path
from desktop.services import export_pending, export_presets, exports
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, login
from tests.services.test_consent import capture


def people(session: Session, n: int = 6, name: str = "田中 太郎") -> list[str]:
    addresses = [f"person{i}@example.jp" for i in range(n)]
    for a in addresses:
        capture(session, a, Outcome.AGREED, name=name)
    capture(session, "refused@example.jp", Outcome.REFUSED)
    return addresses


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out


def request(key: str, **kw) -> ExportRequest:  # type: ignore[no-untyped-def]
    return ExportRequest(ExportKind.SEND_LIST, "csv", preset=key, unencrypted_confirmed=True, **kw)


def test_preset_export_is_audited_remembered_and_has_only_eligible_rows(office: Session, folder: Path) -> None:
    listed = people(office)
    assert export_presets.remembered(office) is None
    out = folder / "send.csv"
    result = exports.export(office, request("brevo"), out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0] == ["EMAIL", "LASTNAME", "FIRSTNAME"]
    assert sorted(r[0] for r in rows[1:]) == sorted(listed) and rows[1][1:] == ["田中", "太郎"]
    assert result.rows == len(listed) and result.paths == (out,)
    last = entries()[-1]
    assert last.action == "export.send-list"
    assert last.details["preset"] == "brevo" and last.details["files"] == 1
    assert last.details["unencrypted_confirmed"] is True and last.details["sha256"] == result.sha256
    assert "person0" not in repr(last)
    assert export_presets.remembered(office) == "brevo"
    assert export_pending.records() == []


@pytest.mark.parametrize("bad", [
    ExportRequest(ExportKind.SEND_LIST, "csv", preset="mailchimp"),  # no confirmation
    ExportRequest(ExportKind.SEND_LIST, "csv", preset="nosuch", unencrypted_confirmed=True),
    ExportRequest(ExportKind.AUDIT, "csv", preset="mailchimp", unencrypted_confirmed=True),
    ExportRequest(ExportKind.SEND_LIST, "csv", preset="mailchimp", unencrypted_confirmed=True,
                  password="a long enough password here"),
])
def test_refused_preset_requests_write_nothing(office: Session, folder: Path, bad: ExportRequest) -> None:
    people(office, 2)
    with pytest.raises(ValidationError):
        exports.export(office, bad, folder / "x.csv")
    assert list(folder.iterdir()) == []
    assert export_presets.remembered(office) is None


def test_unknown_preset_message_lists_the_names() -> None:
    with pytest.raises(ValidationError) as caught:
        exports.check_request(ExportRequest(ExportKind.SEND_LIST, "csv", preset="x", unencrypted_confirmed=True))
    assert "generic_cp932" in caught.value.params[0] and "listmonk" in caught.value.params[0]


def test_cp932_stops_with_the_rows_and_characters(office: Session, folder: Path) -> None:
    people(office, 2)
    capture(office, "yoshida@example.jp", Outcome.AGREED, name="𠮷田 花子")
    before = len(entries())
    with pytest.raises(export_presets.CharactersNotInEncoding) as caught:
        exports.export(office, request("generic_cp932"), folder / "x.csv")
    assert caught.value.params == ("1", "𠮷")
    assert "𠮷" not in str(caught.value)
    assert list(folder.iterdir()) == [] and len(entries()) == before
    exports.export(office, request("generic_utf8"), folder / "x.csv")  # the suggested way out works


def test_split_export_writes_numbered_files(office: Session, folder: Path) -> None:
    listed = people(office, 5)
    small = dataclasses.replace(preset("generic_utf8"), max_rows=2)
    office.require_fresh_proof()
    result = export_presets.export(office, request("generic_utf8"), folder / "send.csv", small)
    assert [p.name for p in result.paths] == ["send-1.csv", "send-2.csv", "send-3.csv"]
    assert sorted(p.name for p in folder.iterdir()) == ["send-1.csv", "send-2.csv", "send-3.csv"]
    seen = []
    for path in result.paths:
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
        assert rows[0] == ["メールアドレス", "氏名", "フリガナ"]
        seen += [r[0] for r in rows[1:]]
    assert sorted(seen) == sorted(listed)
    assert entries()[-1].details["files"] == 3 and len(entries()[-1].details["sha256"]) == 3


def test_a_failed_file_removes_the_ones_already_written(office: Session, folder: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    people(office, 5)
    small = dataclasses.replace(preset("generic_utf8"), max_rows=2)
    (folder / "keep.txt").write_bytes(b"keep")
    real_replace = os.replace
    calls = []

    def third_fails(src, dst):  # type: ignore[no-untyped-def]
        if str(src).endswith(".madoguchi-partial"):  # the exported files' renames (not the audit's own files)
            calls.append(dst)
        if len(calls) == 3 and str(src).endswith(".madoguchi-partial"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", third_fails)
    with pytest.raises(exports.ExportFailed):
        export_presets.export(office, request("generic_utf8"), folder / "send.csv", small)
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]
    last = entries()[-1]
    assert last.action == "export.failed" and last.details["removed"] == 2
    assert export_pending.records() == []


KILLED_BEFORE_THE_SECOND_FILE = textwrap.dedent("""
    import dataclasses, os, signal, sys
    from pathlib import Path
    from desktop.domain.mail_services.presets import preset
    from desktop.services import export_presets, session as s
    from desktop.services.exports import ExportKind, ExportRequest
    real_replace = os.replace
    done = []
    def die(src, dst):
        if str(src).endswith(".madoguchi-partial"):
            if done:
                os.kill(os.getpid(), signal.SIGKILL)
            done.append(dst)
        return real_replace(src, dst)
    os.replace = die
    session = s.login(Path(sys.argv[1]), "admin", sys.argv[2])
    request = ExportRequest(ExportKind.SEND_LIST, "csv", preset="generic_utf8", unencrypted_confirmed=True)
    export_presets.export(session, request, Path(sys.argv[3]), dataclasses.replace(preset("generic_utf8"), max_rows=2))
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_split_export_is_removed_whole_at_the_next_start(office: Session, data_dir: Path,
                                                                  clock: FakeClock, tmp_path: Path) -> None:
    people(office, 5)
    office.logout()
    dest = tmp_path / "out"
    dest.mkdir()
    out = dest / "send.csv"
    older = dest / "send-3.csv"  # an older file of the same name is not this export's: it stays
    older.write_bytes(b"older export")
    proc = subprocess.run([sys.executable, "-c", KILLED_BEFORE_THE_SECOND_FILE, str(data_dir), ADMIN_PASSWORD,
                           str(out)], capture_output=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")
    assert (dest / "send-1.csv").exists() and partial_path(dest / "send-2.csv").exists()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert sorted(p.name for p in dest.iterdir()) == ["send-3.csv"]
        assert older.read_bytes() == b"older export"
        assert len(session.take_notices()) == 1
        assert [e for e in entries() if e.action == "export.recovered"][-1].details["removed"] == 2
        assert export_pending.records() == []
    finally:
        session.logout()


def test_preview_reports_characters_and_files_without_writing(office: Session, folder: Path) -> None:
    people(office, 5)
    unconfirmed = ExportRequest(ExportKind.SEND_LIST, "csv", preset="generic_cp932")  # a preview needs no confirmation
    before = len(entries())
    assert exports.preview(office, unconfirmed).files == 1
    small = dataclasses.replace(preset("generic_utf8"), max_rows=2)
    assert export_presets.count_files(office, request("generic_utf8"), small) == 3
    capture(office, "yoshida@example.jp", Outcome.AGREED, name="𠮷田 花子")
    after_capture = len(entries())
    with pytest.raises(export_presets.CharactersNotInEncoding):
        exports.preview(office, unconfirmed)
    assert len(entries()) == after_capture > before and list(folder.iterdir()) == []

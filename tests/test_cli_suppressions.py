"""``madoguchi suppressions import``: counts by outcome, one audit entry, a clear line for a bad file.

The command runs in a subprocess with the real clock, so the outcomes checked here do not depend on
the order of the fake clock's captures and the real time (refused already, unknown, invalid)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.domain.consent import Outcome
from desktop.services.session import Session
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, login
from tests.services.test_consent import capture


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MADOGUCHI_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run([sys.executable, "-m", "desktop", "suppressions", "import", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_suppressions_import_from_the_command_line(office: Session, data_dir: Path, clock: FakeClock,
                                                   tmp_path: Path) -> None:
    capture(office, "refused@example.jp", Outcome.REFUSED)
    office.logout()
    common = ["--user", "admin", "--data-dir", str(data_dir)]
    listing = tmp_path / "list.txt"
    listing.write_text("REFUSED@example.jp\nstranger@example.jp\nnot-an-address\n", encoding="utf-8")

    done = run([str(listing), "--format", "plain", *common])
    assert done.returncode == 0, done.stderr
    assert "Already off the send list (no change): 1" in done.stdout
    assert "Address not in the office (nothing recorded): 1" in done.stdout
    assert "Row without a usable address: 1" in done.stdout
    assert "applied: 0 addresses" in done.stdout
    assert "example.jp" not in done.stdout  # counts only, never the addresses

    other = tmp_path / "other.csv"
    other.write_text("品名,数量\nりんご,3\n", encoding="utf-8")
    bad = run([str(other), *common])
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "not recognised" in bad.stderr and "SendGrid" in bad.stderr
    wrong = run([str(listing), "--format", "sendgrd", *common])
    assert wrong.returncode == 2 and "sendgrid" in wrong.stderr

    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        (entry,) = [e for e in entries() if e.action == "suppressions.import"]
        assert entry.details["format"] == "plain" and entry.details["changed"] == 0
        assert entry.details["counts"]["unknown"] == 1 and len(entry.target) == 64
    finally:
        session.logout()


def export(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MADOGUCHI_PASSWORD": ADMIN_PASSWORD}
    env.pop("MADOGUCHI_EXPORT_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "desktop", "export", "send-list", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_send_list_waits_for_the_import_or_a_reason(office: Session, data_dir: Path, clock: FakeClock,
                                                    tmp_path: Path) -> None:
    capture(office, "agreed@example.jp", Outcome.AGREED)
    office.logout()
    common = ["--user", "admin", "--data-dir", str(data_dir), "--format", "csv"]
    first = export(["--out", str(tmp_path / "1.csv"), *common])
    assert first.returncode == 0, first.stderr
    held = export(["--out", str(tmp_path / "2.csv"), *common])
    assert held.returncode != 0 and "Traceback" not in held.stderr
    assert "Import the unsubscribes and bounces from the mail service first" in held.stderr
    assert not (tmp_path / "2.csv").exists()
    anyway = export(["--out", str(tmp_path / "2.csv"), "--reason", "締切のある案内", *common])
    assert anyway.returncode == 0, anyway.stderr
    listing = tmp_path / "stops.txt"
    listing.write_text("stranger@example.jp\n", encoding="utf-8")
    assert run([str(listing), "--user", "admin", "--data-dir", str(data_dir)]).returncode == 0
    after_import = export(["--out", str(tmp_path / "3.csv"), *common])
    assert after_import.returncode == 0, after_import.stderr
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        sent = [e.details["filters"] for e in entries() if e.action == "export.send-list"]
    finally:
        session.logout()
    assert len(sent) == 3
    assert sent[1]["sync_reason"] == "締切のある案内" and sent[1]["sync_problem"] == "none_since_export"
    assert "sync_reason" not in sent[0] and "sync_reason" not in sent[2]

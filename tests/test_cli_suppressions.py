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

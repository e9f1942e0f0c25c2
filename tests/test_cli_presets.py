"""``madoguchi export send-list --preset NAME``: a real subprocess against a real office."""

from __future__ import annotations

import csv
import io
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
    env.pop("MADOGUCHI_EXPORT_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "desktop", "export", "send-list", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_preset_from_the_command_line(office: Session, data_dir: Path, clock: FakeClock, tmp_path: Path) -> None:
    for i in range(3):
        capture(office, f"cli{i}@example.jp", Outcome.AGREED, name="山田 花子")
    office.logout()
    common = ["--user", "admin", "--data-dir", str(data_dir)]
    out = tmp_path / "mc.csv"

    wrong = run(["--preset", "mailchimpp", "--unencrypted", "--out", str(out), *common])
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "mailchimpp" in wrong.stderr and "generic_utf8" in wrong.stderr and "listmonk" in wrong.stderr

    unconfirmed = run(["--preset", "mailchimp", "--out", str(out), *common])
    assert unconfirmed.returncode == 2 and "--unencrypted" in unconfirmed.stderr
    assert not out.exists()

    done = run(["--preset", "mailchimp", "--unencrypted", "--out", str(out), *common])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("exported ") and str(out) in done.stdout
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    assert rows[0] == ["Email Address", "Last Name", "First Name"]
    assert {r[0] for r in rows[1:]} <= {f"cli{i}@example.jp" for i in range(3)}
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        last = [e for e in entries() if e.action == "export.send-list"][-1]
        assert last.details["preset"] == "mailchimp" and last.details["files"] == 1
        assert last.details["unencrypted_confirmed"] is True
    finally:
        session.logout()

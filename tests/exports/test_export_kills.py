"""Issue 14: a killed export never leaves plaintext behind.

A real ``madoguchi export send-list`` subprocess (a few thousand contacts, no file password: the
worst case, a plaintext workbook) is killed with SIGKILL at random moments 50 times. After each kill
the office is opened again (a login, which runs the start-up cleanup). Then the destination folder
may hold nothing, or the complete final export: any other file is a leftover.
"""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from benchmarks.generated import populate
from desktop.services import export_pending
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, login, make_office

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]

CONTACTS = 3000
KILLS = 50


def _cli(data: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MADOGUCHI_PASSWORD": ADMIN_PASSWORD}
    env.pop("MADOGUCHI_EXPORT_PASSWORD", None)
    return subprocess.Popen([sys.executable, "-m", "desktop", "export", "send-list", "--out", str(out),
                             "--user", "admin", "--data-dir", str(data),
                             "--reason", "kill test: repeated exports"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def _complete_export(path: Path, expected_rows: int) -> bool:
    try:
        wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
    ws = wb.worksheets[0]
    addresses = sum(1 for row in ws.iter_rows(values_only=True) if any("@" in str(v) for v in row if v))
    wb.close()
    return addresses == expected_rows


@pytest.mark.timeout(1800)
def test_fifty_random_kills_leave_nothing_readable(tmp_path: Path, clock: FakeClock) -> None:
    data = tmp_path / "office"
    session, _ = make_office(data, clock)
    populate(session, CONTACTS)
    session.logout()
    dest = tmp_path / "out"
    dest.mkdir()
    out = dest / "配信リスト.xlsx"

    # one undisturbed run: how long an export takes here, and how many addresses it holds
    started = time.monotonic()
    proc = _cli(data, out)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode(errors="replace")
    duration = time.monotonic() - started
    reader = openpyxl.load_workbook(out, read_only=True)
    expected = sum(1 for row in reader.worksheets[0].iter_rows(values_only=True)
                   if any("@" in str(v) for v in row if v))
    reader.close()
    assert expected > CONTACTS // 2
    out.unlink()

    rng = random.Random(14)
    outcomes = {"nothing": 0, "final": 0, "temp_removed_at_start": 0, "leftover": 0}
    for _round in range(KILLS):
        proc = _cli(data, out)
        time.sleep(rng.uniform(0.3, 1.4) * duration)  # a few land after the export finished
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
        reopened = login(data, "admin", ADMIN_PASSWORD, clock)  # the start-up cleanup runs here
        try:
            notices = reopened.take_notices()
            if notices:
                outcomes["temp_removed_at_start"] += 1
                assert "export.recovered" in [e.action for e in entries()[-3:]]
            assert export_pending.records() == []
        finally:
            reopened.logout()
        files = list(dest.iterdir())
        if not files:
            outcomes["nothing"] += 1
            continue
        for f in files:
            if f == out and _complete_export(f, expected):
                outcomes["final"] += 1
                f.unlink()
            else:
                outcomes["leftover"] += 1
                f.unlink()
    check = login(data, "admin", ADMIN_PASSWORD, clock)
    try:
        recovered = [e for e in entries() if e.action == "export.recovered"]
    finally:
        check.logout()
    print(f"\nexport kills: {KILLS}, outcomes {outcomes}, killed after the database work: {len(recovered)} "
          f"(one run {duration:.2f} s)")
    assert outcomes["leftover"] == 0
    # the kills really covered the export's life: some before the file, some after it was published
    assert outcomes["nothing"] > 0 and outcomes["final"] > 0

"""Crash safety (R13, R27) and no secrets in logs or stderr (R20, R34).

SIGKILL does not simulate power loss; that remains untested (documented in the README).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.store import keyslots as ks
from tests.conftest import ADMIN_PASSWORD, SENTINEL_EMAIL, login, make_office

pytestmark = pytest.mark.slow

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.services import session as s
    from desktop.store import repo
    from desktop.store.keyslots import KdfParams
    session = s.login(Path(sys.argv[1]), "admin", sys.argv[2], kdf=KdfParams(n=2**12))
    print("ready", flush=True)
    while True:
        with repo.atomic():
            seq = session.audit("durability.write", target="x")
        print(seq, flush=True)  # acknowledged: the COMMIT returned
""")


def test_killed_writer_loses_no_acknowledged_write(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "office"
    session, _ = make_office(data, clock)
    session.logout()
    rng = random.Random(7)
    for _round in range(25):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data), ADMIN_PASSWORD],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.02, 0.25)
        last_ack = 0
        while time.monotonic() < deadline:
            line = proc.stdout.readline().strip()
            if line.isdigit():
                last_ack = int(line)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        reopened = login(data, "admin", ADMIN_PASSWORD, clock)  # runs the integrity checks
        try:
            result = reopened.office.audit.verify()
            assert result.ok
            assert result.last_seq >= last_ack
        finally:
            reopened.logout()


SLOT_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.store.keyslots import SlotFile
    slots = SlotFile.load(Path(sys.argv[1]))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        slots.record_failure("t" * 64, float(n))
        slots.save()
""")


def test_slot_file_survives_200_kills(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "office"
    session, _ = make_office(data, clock)
    session.logout()
    path = data / "office.keys"
    rng = random.Random(11)
    for _round in range(200):
        proc = subprocess.Popen([sys.executable, "-c", SLOT_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        slots = ks.SlotFile.load(path)  # also removes stray temp files
        admin = next(s for s in slots.slots if s.kind == ks.KIND_PASSWORD)
        assert len(ks.unwrap(admin, ADMIN_PASSWORD, slots.db_uuid)) == 32
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]


def test_disk_full_during_slot_write_keeps_the_file(tmp_path: Path, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    data = tmp_path / "office"
    session, _ = make_office(data, clock)
    before = (data / "office.keys").read_bytes()

    def full(fd: int, payload: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    from desktop.services import users
    from desktop.store.errors import DiskFull

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFull):  # one clear error, not the raw OSError
        users.create_user(session, username="x1", display_name="X", role="advisor",
                          initial_password="some good password", confirm="some good password")
    monkeypatch.undo()
    assert (data / "office.keys").read_bytes() == before
    assert "x1" not in [u.username for u in users.list_users(session)]  # the database change rolled back
    session.logout()


SENTINEL_SCRIPT = textwrap.dedent("""
    import logging, sys
    from pathlib import Path
    from desktop import app
    from desktop.services import session as s
    from desktop.store.keyslots import KdfParams
    folder = app.setup_logging(Path(sys.argv[2]))
    logging.getLogger("madoguchi").info("started")
    kdf = KdfParams(n=2**12)
    data = Path(sys.argv[1])
    sess, code = s.create_office(data, office_name="O", privacy_officer_name="P", privacy_officer_contact=sys.argv[3],
        admin_username="admin", admin_display_name="A", admin_password=sys.argv[4], admin_password_confirm=sys.argv[4],
        kdf=kdf)
    print("CODE=" + code, file=open(Path(sys.argv[2]) / "code.txt", "w"))
    sess.logout()
    for pw in (sys.argv[4] + "x", "wrong " + sys.argv[3]):
        try:
            s.login(data, "admin", pw, kdf=kdf)
        except Exception as exc:
            print("expected:", exc, file=sys.stderr)
    sys.excepthook = app._excepthook
    raise RuntimeError("unexpected failure mentioning " + sys.argv[3])
""")


def test_no_personal_data_or_secrets_in_logs_or_stderr(tmp_path: Path) -> None:
    password = "Sentinel-Passw0rd-4711"
    logs = tmp_path / "logs"
    logs.mkdir()
    result = subprocess.run(check=False, args=[sys.executable, "-c", SENTINEL_SCRIPT, str(tmp_path / "office"), str(logs),
                             SENTINEL_EMAIL, password], capture_output=True, text=True, timeout=120)
    code = (logs / "code.txt").read_text().strip().removeprefix("CODE=")
    (logs / "code.txt").unlink()
    assert "expected:" in result.stderr
    haystacks = [result.stderr, result.stdout] + [p.read_text(errors="replace") for p in logs.rglob("*") if p.is_file()]
    for text in haystacks:
        for secret in (SENTINEL_EMAIL, password, code, code.replace("-", "")):
            assert secret not in text
    assert "unexpected builtins.RuntimeError" in "".join(haystacks)

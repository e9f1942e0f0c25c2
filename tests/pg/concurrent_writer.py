"""One PC's advisor at the phone desk, for the concurrency test (tests/pg/test_concurrency.py).

Run as ``python -m tests.pg.concurrent_writer FOLDER USER PASSWORD INDEX COUNT START_FILE OUT_FILE CLOCK_ISO``:
logs in through ``FOLDER`` (this PC's connection folder, ``server.json``), waits until ``START_FILE`` exists
(all PCs start together), records ``COUNT`` phone consents through the service the phone page calls, and
writes a JSON summary to ``OUT_FILE``: how many saves made a new contact, how many found one, the errors
(class and message, no addresses) and each save's time in milliseconds.

Which address each entry uses is :func:`address_for`: some are this PC's own, some are shared by every PC
on purpose (the same caller reaching two desks at once), some are another spelling of a shared mailbox.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

SHARED_EVERY = 4  # every 4th entry is an address every PC saves too
SIBLING_EVERY = 10  # every 10th (not shared): a Gmail spelling of a mailbox every PC saves too


def address_for(index: int, j: int) -> str:
    if j % SHARED_EVERY == 0:
        return f"shared.caller{j}@example-office.jp"
    if j % SIBLING_EVERY == 1:
        # one Gmail mailbox, a different spelling per PC (dots are ignored by Gmail: mailbox_key)
        local = f"sib{j}caller"
        dotted = local[:index + 1] + "." + local[index + 1:]
        return f"{dotted}@gmail.com"
    return f"pc{index}.caller{j}@example-office.jp"


def create_server_office(folder: Path, clock: object) -> object:
    """A new office on its own database of the test cluster, ``folder`` its first PC (the admin's session).

    Shared by the office-server tests in this folder (faults, plaintext, concurrency)."""
    from desktop.services import session as session_service
    from tests.conftest import ADMIN_PASSWORD, TEST_KDF
    from tests.pg import offices as pg_offices

    pg_offices.new_server_folder(folder)
    session, _code = session_service.create_office(
        folder, office_name="テスト事務所", privacy_officer_name="山田 花子", privacy_officer_contact="03-1234-5678",
        admin_username="admin", admin_display_name="管理者 太郎", admin_password=ADMIN_PASSWORD,
        admin_password_confirm=ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)  # type: ignore[attr-defined]
    return session


def other_pc(folder: Path, pc: Path) -> Path:
    """Another PC's connection folder for the same office: only its ``server.json``."""
    pc.mkdir(parents=True, exist_ok=True, mode=0o700)
    from desktop.store.server import PROFILE_NAME

    (pc / PROFILE_NAME).write_bytes((folder / PROFILE_NAME).read_bytes())
    (pc / PROFILE_NAME).chmod(0o600)
    return pc


def main(argv: list[str]) -> int:
    folder, user, password, index, count, start_file, out_file, clock_iso = argv
    from desktop.domain.consent import Outcome
    from desktop.services import consent, scripts
    from desktop.services import session as session_service
    from tests.conftest import TEST_KDF, FakeClock

    clock = FakeClock(datetime.fromisoformat(clock_iso))
    session = session_service.login(Path(folder), user, password, kdf=TEST_KDF, clock=clock, wall=clock.wall)
    created = existing = 0
    errors: list[list[str]] = []
    times: list[float] = []
    Path(out_file + ".ready").touch()
    deadline = time.monotonic() + 120
    while not Path(start_file).exists():
        if time.monotonic() > deadline:
            raise SystemExit("no start signal")
        time.sleep(0.005)
    shown = consent.ScriptShown.of(scripts.current(session, "phone", "ja"))  # the phone page opens
    for j in range(int(count)):
        clock.advance(seconds=1)
        outcome = Outcome.REFUSED if j % 7 == 3 else Outcome.AGREED
        began = time.perf_counter()
        try:
            result = consent.capture_phone(session, address=address_for(int(index), j), outcome=outcome,
                                           script=shown, script_read_confirmed=True, name=f"電話 {index}-{j}",
                                           furigana="デンワ", memo=f"PC{index} 受付")
        except Exception as exc:  # noqa: BLE001 - counted and reported by the test
            errors.append([type(exc).__name__, str(getattr(exc, "message", ""))[:200]])
            continue
        finally:
            times.append((time.perf_counter() - began) * 1000)
        if result.created:
            created += 1
        else:
            existing += 1
    session.logout()
    Path(out_file).write_text(json.dumps({"created": created, "existing": existing, "errors": errors,
                                          "ms": times}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

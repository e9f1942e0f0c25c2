"""Five PCs at the phone desk at once on one office server (issue 18: 5 processes × 200 phone entries).

Each writer (tests/pg/concurrent_writer.py) is its own process with its own connection folder and its own
advisor, started together. Some addresses are saved by every PC at the same moment on purpose: they must
end as one contact each (never two, never a lost entry, never an error shown to the advisor), every save must
be counted once as "new contact" or "already known", and the audit log must still verify as one chain
(the command line's ``madoguchi verify``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.addresses import canonical_key, mailbox_key
from desktop.services import scripts
from desktop.services import session as session_service
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.contacts import Contact
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, FakeClock, add_user
from tests.pg import offices as pg_offices
from tests.pg.cluster import get_cluster, skip_reason
from tests.pg.concurrent_writer import address_for, create_server_office, other_pc

PCS = 5
ENTRIES = 200
PASSWORD = "blue whale orbit 42"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[session_service.Session]:
    if get_cluster() is None:
        pytest.skip(f"no test PostgreSQL: {skip_reason()}")
    session = create_server_office(tmp_path / "office", FakeClock())
    try:
        yield session  # type: ignore[misc]
    finally:
        session.logout()  # type: ignore[attr-defined]
        pg_offices.drop_created()


@pytest.mark.timeout(600)
def test_five_pcs_save_at_once_without_lost_or_doubled_contacts(admin, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "office"
    scripts.current(admin, "phone")  # the admin opened the phone page first (see the test below for when not)
    outputs = _run_pcs(admin, tmp_path, entries=ENTRIES)

    times = sorted(t for o in outputs for t in o["ms"])
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"\n5 PCs x {ENTRIES} phone entries: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
          f"max {times[-1]:.1f} ms")
    errors = [e for o in outputs for e in o["errors"]]
    assert errors == [], Counter(map(tuple, errors)).most_common(5)

    # the office as the admin's PC reads it after the rush
    wanted_keys = {canonical_key(address_for(i, j)) for i in range(PCS) for j in range(ENTRIES)}
    wanted_mailboxes = {mailbox_key(k) for k in wanted_keys}
    contacts = list(Contact.select(Contact.id, Contact.key, Contact.mailbox))
    assert len(contacts) == len(wanted_mailboxes)  # one contact per mailbox: none doubled, none lost
    assert len({c.key for c in contacts}) == len(contacts)
    assert Counter(c.mailbox for c in contacts).most_common(1)[0][1] == 1
    assert {c.mailbox for c in contacts} == wanted_mailboxes

    created = sum(o["created"] for o in outputs)
    existing = sum(o["existing"] for o in outputs)
    assert (created, existing) == (len(wanted_mailboxes), PCS * ENTRIES - len(wanted_mailboxes))
    for o in outputs:  # each PC's own count adds up to its 200 saves
        assert o["created"] + o["existing"] == ENTRIES
    events = sum(len(crepo.events_for_contact(c.id)) for c in contacts)
    assert events == PCS * ENTRIES  # no entry lost
    captures = [e for e in store_audit.entries(action_prefix="consent.capture")]
    assert len(captures) == PCS * ENTRIES
    assert sum(1 for e in captures if e.details.get("new_contact")) == created

    # the audit log is one valid chain: walked by the store (every entry's MAC and link) ...
    with repo.atomic():
        chain = admin.office.audit.verify()
    assert chain.ok, chain.problem
    assert chain.count == store_audit.count() and chain.count >= PCS * ENTRIES + PCS
    # ... and by the command line's verify, as the administrator runs it
    admin.logout()
    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["verify", "--data-dir", str(folder), "--user", "admin"]) == 0



@pytest.mark.timeout(300)
def test_five_pcs_open_the_phone_page_of_a_new_office_at_once(admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The shipped call scripts are stored on first use: five PCs doing that at once store them once."""
    outputs = _run_pcs(admin, tmp_path, entries=0)
    assert all(o["created"] + o["existing"] == 0 for o in outputs)
    from desktop.store.contacts_repo import latest_script_version

    assert latest_script_version("phone") is not None
    assert len(store_audit.entries(action_prefix="script.publish")) == 1


def test_a_save_waits_for_another_pcs_transaction_but_a_snapshot_read_does_not(admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The office lock (store/server.py): a transaction waits while another PC's is open; reads do not."""
    import threading
    import time

    from desktop.services import consent
    from desktop.store.server import OFFICE_WRITE_LOCK, ServerProfile

    shown = consent.ScriptShown.of(scripts.current(admin, "phone"))
    db = repo.DB.obj
    dbname = ServerProfile.load(tmp_path / "office").dbname
    with get_cluster().admin_connect(dbname) as other:  # type: ignore[union-attr]
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock(%s)", (OFFICE_WRITE_LOCK,))  # another PC mid-save
        started = time.monotonic()
        with db.snapshot():  # a long read (the search copy, an export) neither waits nor holds anyone up
            assert Contact.select().count() == 0
        assert admin.user.username == "admin" and crepo.contact_of_mailbox("waiting@example-office.jp") is None
        assert time.monotonic() - started < 2
        done: list[object] = []
        worker = threading.Thread(target=lambda: done.append(consent.capture_phone(
            admin, address="waiting@example-office.jp", outcome="agreed", script=shown, script_read_confirmed=True)))
        worker.start()
        deadline = time.monotonic() + 10
        while not other.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                "AND objid = %s", (OFFICE_WRITE_LOCK,)).fetchone()[0]:
            assert time.monotonic() < deadline, "the save did not wait for the office lock"
            time.sleep(0.02)
        assert done == []
        other.execute("COMMIT")
        worker.join(20)
    assert len(done) == 1 and crepo.contact_of_mailbox("waiting@example-office.jp") is not None


def test_phone_saves_of_other_callers_do_not_wait_but_the_same_caller_and_other_changes_do(admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A phone save takes the office lock shared and its caller's lock (contacts_repo.mailbox_atomic): another
    PC mid-save for another caller does not hold it up; one mid-save for the same mailbox (another spelling),
    or mid-way through any other change (the office lock exclusive), does."""
    import threading
    import time

    from desktop.services import consent
    from desktop.services.consent.records import hmac_key
    from desktop.store.server import OFFICE_WRITE_LOCK, ServerProfile

    shown = consent.ScriptShown.of(scripts.current(admin, "phone"))
    dbname = ServerProfile.load(tmp_path / "office").dbname

    def lock_of(address: str) -> int:
        digest = crepo.key_hash(hmac_key(admin), canonical_key(address))
        return int.from_bytes(bytes.fromhex(digest[:16]), "big", signed=True)

    def save(address: str) -> threading.Thread:
        worker = threading.Thread(target=lambda: consent.capture_phone(
            admin, address=address, outcome="agreed", script=shown, script_read_confirmed=True))
        worker.start()
        return worker

    def waiting(other) -> bool:  # type: ignore[no-untyped-def]
        return bool(other.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                  "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                                  ).fetchone()[0])

    with get_cluster().admin_connect(dbname) as other:  # type: ignore[union-attr]
        # another PC saving caller A (the same locks as the app takes)
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock_shared(%s), pg_advisory_xact_lock(%s)",
                      (OFFICE_WRITE_LOCK, lock_of("a.caller@gmail.com")))
        started = time.monotonic()
        save("b.caller@example-office.jp").join(20)  # caller B: goes through at once
        assert time.monotonic() - started < 5 and not waiting(other)
        assert crepo.contact_of_mailbox("b.caller@example-office.jp") is not None

        worker = save("acaller@gmail.com")  # caller A by another spelling of the same Gmail mailbox: waits
        deadline = time.monotonic() + 10
        while not waiting(other):
            assert time.monotonic() < deadline, "the save did not wait for the same caller's save"
            time.sleep(0.02)
        assert worker.is_alive()  # (this window's reads would wait for its own save: one connection)
        other.execute("COMMIT")
        worker.join(20)
        assert crepo.contact_of_mailbox("a.caller@gmail.com") is not None

        # an ordinary change on another PC (the office lock exclusive): every phone save waits for it
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock(%s)", (OFFICE_WRITE_LOCK,))
        worker = save("c.caller@example-office.jp")
        deadline = time.monotonic() + 10
        while not waiting(other):
            assert time.monotonic() < deadline, "the phone save did not wait for another PC's change"
            time.sleep(0.02)
        other.execute("COMMIT")
        worker.join(20)
    assert crepo.contact_of_mailbox("c.caller@example-office.jp") is not None
    with repo.atomic():
        assert admin.office.audit.verify().ok


def _run_pcs(admin, tmp_path: Path, entries: int) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    """Five advisors, each on a PC of their own (a process and a connection folder), started together."""
    folder = tmp_path / "office"
    for i in range(PCS):
        add_user(admin, f"advisor{i}", "advisor", PASSWORD)
    start = tmp_path / "go"
    procs = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for i in range(PCS):
        pc = other_pc(folder, tmp_path / f"pc{i}")
        clock_iso = CLOCK_START.replace(minute=10 + i).isoformat()  # each desk's clock after the admin's
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "tests.pg.concurrent_writer", str(pc), f"advisor{i}", PASSWORD, str(i),
             str(entries), str(start), str(tmp_path / f"out{i}.json"), clock_iso],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
    try:
        _wait_for(lambda: all((tmp_path / f"out{i}.json.ready").exists() for i in range(PCS)), procs)
        start.touch()  # every PC logged in and waiting: go
        results = [proc.communicate(timeout=540)[0] for proc in procs]
    finally:
        for proc in procs:  # a PC that failed leaves none of the others behind
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    for proc, out in zip(procs, results, strict=True):
        assert proc.returncode == 0, out.decode(errors="replace")[-3000:]
    return [json.loads((tmp_path / f"out{i}.json").read_text(encoding="utf-8")) for i in range(PCS)]


def _wait_for(ready, procs) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + 120
    while not ready():
        for proc in procs:
            if proc.poll() is not None:
                out = proc.communicate()[0]
                raise AssertionError("a PC stopped before the start: " + out.decode(errors="replace")[-3000:])
        assert time.monotonic() < deadline, "the PCs did not all log in"
        time.sleep(0.05)

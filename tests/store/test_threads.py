"""One connection shared by the GUI thread and workers: transactions never interleave."""

from __future__ import annotations

import threading

from desktop.services.session import Session
from desktop.store import repo


def test_concurrent_audited_transactions_keep_the_chain_intact(office: Session) -> None:
    errors: list[str] = []

    def work() -> None:
        try:
            for i in range(150):
                with repo.atomic():
                    office.audit("thread.event", target=str(i))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(exc))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = office.office.audit.verify()
    assert result.ok and result.count >= 450


def test_lock_waits_for_a_workers_transaction(office: Session) -> None:
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with repo.atomic():
            office.audit("thread.long")
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(5)
    closer = threading.Thread(target=lambda: office.lock("test"))
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # the close waits for the transaction instead of failing or tearing it
    release.set()
    t.join(5)
    closer.join(5)
    assert office.locked

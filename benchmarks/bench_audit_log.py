"""The audit-log screen's queries on N audit events (issue 17: keyset pages that stay fast at 1M).

    python -m benchmarks.bench_audit_log              # 100,000 events
    python -m benchmarks.bench_audit_log 1000000      # make benchmarks-big

Uses the cached office of :func:`benchmarks.bench_verify.cached_events` (N events through the store's own
append path), copied per run, and measures the service calls the screen makes in its worker (prepare +
one page of 200), each against a floor measured in the same run on the same connection: the plain
``SELECT … ORDER BY seq DESC LIMIT 200`` of the newest page.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from benchmarks.bench_verify import cached_events
from benchmarks.common import fmt, sizes, timed
from benchmarks.offices import ADMIN, PASSWORD


def measure(n: int) -> None:
    from desktop.domain.office_time import office_date
    from desktop.services import audit_log
    from desktop.services import session as session_service
    from desktop.store import repo
    from desktop.store.models import DB

    source = cached_events(n)
    tmp = Path(tempfile.mkdtemp(prefix=f"madoguchi-bench-auditlog-{n}-"))
    try:
        data = tmp / "office"
        shutil.copytree(source, data)
        session = session_service.login(data, ADMIN, PASSWORD)
        with repo.atomic():  # a few rare entries among the many
            for i in range(5):
                session.audit("user.role_change", target=str(i))
        today = office_date(session.now())
        last = audit_log.fetch(session, audit_log.prepare(session, audit_log.Query()), limit=1).entries[0].seq

        def floor() -> None:
            DB.execute_sql("SELECT seq, ts, actor, action, target, result, details FROM audit_entry "
                           "ORDER BY seq DESC LIMIT 200").fetchall()

        middle = DB.execute_sql("SELECT ts, seq FROM audit_entry WHERE seq = ?", (last // 2,)).fetchone()

        def page(query: audit_log.Query, after: tuple[str, int] | None = None) -> int:
            return len(audit_log.fetch(session, audit_log.prepare(session, query), after).entries)

        base = timed(floor, repeat=7)[0]
        cases = [
            ("newest page, no filter", lambda: page(audit_log.Query())),
            ("page in the middle (keyset)", lambda: page(audit_log.Query(), (middle[0], middle[1]))),
            ("rare action (5 of N)", lambda: page(audit_log.Query(action="user.role_change"))),
            ("person with no entries", lambda: page(audit_log.Query(actor="nobody"))),
            ("person + common action", lambda: page(audit_log.Query(actor=session.user.uid,
                                                                     action="contact.consent"))),
            ("yesterday (no entries)", lambda: page(audit_log.Query(first_day=today - timedelta(days=1),
                                                                     last_day=today - timedelta(days=1)))),
            ("today (all entries)", lambda: page(audit_log.Query(first_day=today, last_day=today))),
            ("person + rare action",
             lambda: page(audit_log.Query(actor=session.user.uid, action="user.role_change"))),
            ("today + person with no entries",
             lambda: page(audit_log.Query(actor="nobody", first_day=today, last_day=today))),
        ]
        total = DB.execute_sql("SELECT count(*) FROM audit_entry").fetchone()[0]
        for name, fn in cases:
            med = timed(fn, repeat=5)[0]
            print(f"| audit log screen, {total:,} events: {name} | {fn()} | {fmt(med)} | floor (newest 200, "
                  f"plain SELECT) {fmt(base)} | {med / base:.1f}× |", flush=True)
        session.logout()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    print("| work | rows | prepare + one page of 200 | floor | ratio |")
    print("|---|---|---|---|---|")
    for n in sizes([100_000]):
        measure(n)


if __name__ == "__main__":
    main()

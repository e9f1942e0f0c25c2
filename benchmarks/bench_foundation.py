"""Unlock cost, audit append and chain verification on the real encrypted store."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import header, peak_rss_mb, row, timed
from desktop.services import session as session_service
from desktop.store import keyslots as ks
from desktop.store import repo

PASSWORD = "benchmark password 2026"
CHAIN = 20_000


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-bench-"))
    try:
        data = tmp / "office"
        session, _ = session_service.create_office(
            data, office_name="Bench", privacy_officer_name="Officer", privacy_officer_contact="c",
            admin_username="admin", admin_display_name="Admin", admin_password=PASSWORD,
            admin_password_confirm=PASSWORD)
        session.logout()
        header()
        row("derive KEK, scrypt n=2^17 r=8 p=1", timed(lambda: ks.derive_kek(PASSWORD, b"s" * 16, ks.PRODUCTION_KDF)))

        def unlock() -> None:
            session_service.login(data, "admin", PASSWORD).logout()

        row("full login: slot unwrap + open + integrity check + migrate check + audit", timed(unlock))
        session = session_service.login(data, "admin", PASSWORD)

        def one_event() -> None:
            with repo.atomic():
                session.audit("bench.event", target="x", n=1)

        row("append one audit event in its own transaction (WAL, FULL)", timed(one_event, repeat=200))

        def bulk() -> None:
            with repo.atomic():
                for i in range(CHAIN):
                    session.office.audit.append(ts=datetime.now(UTC), actor="bench", action="bench.bulk",
                                                target=str(i), details={"i": i})

        row(f"append {CHAIN:,} audit events in one transaction", timed(bulk, repeat=1))
        count = session.office.audit.verify().count
        row(f"verify the chain ({count:,} events)", timed(lambda: session.office.audit.verify(), repeat=3),
            "linear: 1M events ≈ 50× this")
        session.logout()
        print(f"peak RSS {peak_rss_mb():.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

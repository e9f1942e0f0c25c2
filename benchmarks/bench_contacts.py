"""Contacts at 100,000 and 1,000,000: search, capped counts, the first page painted, Ctrl+End.

    python -m benchmarks.bench_contacts [N ...]      # default 100000; make benchmarks-big: 1000000

Each size runs on a throw-away copy of a cached generated office (``benchmarks.offices.office_copy``:
production KDF; ``benchmarks.generated.populate`` builds it). Each search is compared with its floor measured in the
same run on the same connection: the raw FTS5 trigram query for the same text (``SELECT rowid …
MATCH … LIMIT 201``). Also: the migration's index build (dropped and rebuilt on the copy), the
first page painted in the real page, and Ctrl+End (the last page read from the end). Not a test:
prints a table (median [min–max]).
"""

from __future__ import annotations

import functools
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import fmt, header, peak_rss_mb, row, sizes, timed  # noqa: E402
from benchmarks.generated import DOMAINS  # noqa: E402
from desktop.services import contacts  # noqa: E402
from desktop.services import session as session_service  # noqa: E402
from desktop.store import contacts_repo as crepo  # noqa: E402
from desktop.store import repo  # noqa: E402

PASSWORD = "benchmark password 2026"


def _bench_size(n: int) -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.offices import ADMIN, office_copy
    from benchmarks.offices import PASSWORD as OFFICE_PASSWORD
    from desktop.store import search_index
    from desktop.store.models import DB
    from desktop.ui.pages.contacts import ContactsPage

    app = QApplication.instance() or QApplication([])
    with office_copy(n) as data_dir:
        session = session_service.login(data_dir, ADMIN, OFFICE_PASSWORD)
        db = DB.obj
        print(f"\n{n:,} contacts")
        header()

        def rebuild() -> None:
            with db.atomic():  # migrations 13 and 17 again, on a copy whose index is dropped first
                db.execute_sql(f"DROP TABLE {search_index.FTS_TABLE}")
                db.execute_sql(f"DROP TABLE {search_index.QUEUE}")
                for trigger in ("insert", "delete", "update", "erase"):
                    db.execute_sql(f"DROP TRIGGER contact_fts_after_{trigger}")
                search_index.add_search_index(db)
                search_index.use_index_queue(db)

        row("migration: build the trigram index of every contact (once per office)", timed(rebuild, repeat=1))

        def floor(text: str) -> tuple[float, float, float]:
            phrase = '"' + text + '"'
            return timed(lambda: db.execute_sql(f"SELECT rowid FROM {search_index.FTS_TABLE} WHERE "
                                                f"{search_index.FTS_TABLE} MATCH ? LIMIT 201", (phrase,)).fetchall(),
                         repeat=20)

        def audit_only() -> None:
            with repo.atomic():
                session.audit("contact.view_list", target="contacts", count=0, search=True)

        row("floor of every list opened: its audit entry alone (A7; a durable commit)", timed(audit_only, repeat=20))
        i = n // 3
        address = f"user{i:06d}.{i % 97}@{DOMAINS[i % len(DOMAINS)]}"
        cases = (("address (a whole address)", address, address),
                 ("address (part: 'user0333')", "user0333", "user0333"),
                 ("name (山口 芽依)", "山口 芽依", "山口 芽依"),
                 ("kana, kana-blind (ヤマグチ メイ typed, folded)", "ヤマグチ メイ", "やまぐち めい"))
        for label, text, folded in cases:
            base = floor(folded)
            row(f"floor: raw FTS5 MATCH, {label}", base)
            plain = timed(functools.partial(crepo.first_page, text=folded, limit=201), repeat=20)
            row(f"search: capped count + first page (store, no audit), {label}", plain,
                f"{plain[0] / base[0]:.1f}x floor")
            stats = timed(functools.partial(contacts.open_list, session, contacts.ContactQuery(text=text)), repeat=20)
            total = contacts.open_list(session, contacts.ContactQuery(text=text))[0]
            row(f"search: open list (capped count + first page + audit), {label}", stats,
                f"{total:,} match{'+' if total > contacts.COUNT_CAP else ''}; {stats[0] / base[0]:.1f}x floor")
        for label, text in (("frequent text ('example.jp', > 1,000)", "example.jp"),
                            ("two characters, frequent ('山口')", "山口"), ("two characters, rare ('zq')", "zq"),
                            ("no text (newest first)", ""), ("status = refused", "")):
            query = contacts.ContactQuery(text=text, status="refused" if "status" in label else None)
            row(f"search: open list, {label}", timed(functools.partial(contacts.open_list, session, query), repeat=5),
                f"{contacts.open_list(session, query)[0]:,} (capped at {contacts.COUNT_CAP + 1:,})")

        page = ContactsPage(session)
        page.resize(1100, 700)
        page.show()

        def wait(signal: object, start: object) -> None:
            done: list[bool] = []
            signal.connect(lambda *_: done.append(True))  # type: ignore[attr-defined]
            start()  # type: ignore[operator]
            while not done:
                app.processEvents()
            app.processEvents()  # painted

        row("contacts page: first page painted (worker read + paint), no text",
            timed(lambda: wait(page.model.opened, page.reload), repeat=5))
        page.search.setText(address[:10])
        row("contacts page: first page painted, address search",
            timed(lambda: wait(page.model.opened, page.reload), repeat=5))
        page.search.setText("")
        wait(page.model.opened, page.reload)
        row("contacts page: Ctrl+End (last page read from the end, last row current)",
            timed(lambda: wait(page.model.reached_end, page.model.jump_to_end), repeat=5),
            f"last row of {n:,}: {page.model.rows[-1].contact_id == 1}")
        page.clear()
        page.close()
        session.logout()
        print(f"peak RSS {peak_rss_mb():.0f} MB; total {fmt(time.perf_counter() - START)}", flush=True)


def main() -> None:
    for n in sizes([100_000]):  # make benchmarks-big: MADOGUCHI_BENCH_SIZES=1000000
        _bench_size(n)


START = time.perf_counter()

if __name__ == "__main__":
    main()

"""Import speed (issue 15): a landing-page CSV of N new addresses, previewed and confirmed, against
the floor measured in the same run: plain SQLCipher ``executemany`` of the same rows (one contact
and one consent event each, ids given, one transaction) into a copy of the same office.

A second file re-imports N/10 addresses already on file whose consent is missing (so each gets a
new event and a new status): its per-row time is set against the new-contact rate.

    .venv/bin/python -m benchmarks.bench_import            # 100,000 rows
    .venv/bin/python -m benchmarks.bench_import 1000000    # make benchmarks-big
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import peak_rss_mb, sizes
from benchmarks.offices import ADMIN, PASSWORD, office_copy

HEADER = "メールアドレス,氏名,フリガナ,配信希望,タイムスタンプ\r\n"
OFFICE_SIZE = 2000  # a small office: the import's own cost, not the office's size, is measured


def write_csv(path: Path, n: int, prefix: str, opt_in: str = "はい") -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        for i in range(n):
            f.write(f"{prefix}{i}@example.jp,山田 {i},ヤマダ,{opt_in},2026/01/15 10:{i % 60:02d}\r\n")


def floor(n: int, *, plain: bool = False) -> tuple[float, float]:
    """(wall s, CPU s) of an executemany of the rows the import writes for ``write_csv(path, n, "new")``:
    the same contacts (address, key, keyed hash, name, furigana, search text, status cache) and one
    consent event each, built before the clock starts, written in one transaction.

    ``plain``: a plain ``INSERT`` statement (the issue's floor); else the store's own bulk write, ``INSERT OR
    FAIL``, which spares SQLite the per-row statement journal that the contact table's triggers cost."""
    from desktop.domain import addresses
    from desktop.services import consent
    from desktop.services import session as session_service
    from desktop.store.contacts_repo import bulk, legacy_key_hash

    with office_copy(OFFICE_SIZE) as data_dir:
        session = session_service.login(data_dir, ADMIN, PASSWORD)
        try:
            hkey = consent.hmac_key(session)
            now = consent.iso(session.now())
            cid, eid = bulk.next_contact_id(), bulk.next_event_id()
            contacts, events = [], []
            for i in range(n):
                key = f"new{i}@example.jp"
                name = f"山田 {i}"
                contacts.append((cid + i, key, key, legacy_key_hash(hkey, addresses.mailbox_of_key(key)), name, "ヤマダ",
                                 consent.search_text(key, name, "ヤマダ"), "subscribed", True, "other_lp", True, False,
                                 now, now, "eligible", now))
                events.append((eid + i, cid + i, "capture", "other_lp", "agreed", now, now, None, "other_lp@seed-1",
                               "x" * 64, "ja", True, True, None, True, None, i + 2, session.user.uid))
            start, cpu = time.perf_counter(), time.process_time()
            with bulk.atomic():
                if plain:
                    _plain_insert("contact", (*bulk.CONTACT_BULK_COLUMNS, *bulk.CONTACT_CACHE_COLUMNS, "mailbox"),
                                  [(*c, addresses.mailbox_of_key(c[1])) for c in contacts])
                    _plain_insert("consent_event", bulk.EVENT_BULK_COLUMNS, events)
                else:
                    bulk.bulk_insert_contacts(contacts, cached=True)
                    bulk.bulk_insert_events(events)
            return time.perf_counter() - start, time.process_time() - cpu
        finally:
            session.logout()


def _plain_insert(table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    """A plain ``INSERT`` executemany of ``rows`` into the model table ``table`` (the bare library's way)."""
    from desktop.store.contacts import ConsentRecord, Contact
    from desktop.store.models import DB

    fields = {"contact": Contact, "consent_event": ConsentRecord}[table]._meta.fields
    names = ", ".join(f'"{fields[c].column_name}"' for c in columns)
    DB.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})', rows)


def import_time(n: int) -> tuple[float, float, float, float, float, float]:
    """(preview s, confirm s, import CPU s, known-contact s per row, known CPU s per row, peak RSS MB) for
    n new rows, then n/10 known rows."""
    from desktop.services import lp_import
    from desktop.services import session as session_service

    known = max(1, n // 10)
    with office_copy(OFFICE_SIZE) as data_dir, tempfile.TemporaryDirectory() as tmp:
        session = session_service.login(data_dir, ADMIN, PASSWORD)
        try:
            path = Path(tmp) / "new.csv"
            write_csv(path, n, "new")
            c0 = time.process_time()
            t0 = time.perf_counter()
            preview = lp_import.preview_file(session, path, source="other_lp")
            t1 = time.perf_counter()
            lp_import.confirm(session, preview)
            t2 = time.perf_counter()
            c2 = time.process_time()
            # known contacts without consent: first a municipal file whose boxes are not ticked ...
            seed = Path(tmp) / "seed.csv"
            write_csv(seed, known, "known", opt_in="")
            lp_import.confirm(session, lp_import.preview_file(session, seed, source="municipal_lp"))
            # ... then the same addresses ticked: each row adds events to a contact on file
            again = Path(tmp) / "again.csv"
            write_csv(again, known, "known")
            t3, c3 = time.perf_counter(), time.process_time()
            lp_import.confirm(session, lp_import.preview_file(session, again, source="municipal_lp"))
            t4, c4 = time.perf_counter(), time.process_time()
        finally:
            session.logout()
    return t1 - t0, t2 - t1, c2 - c0, (t4 - t3) / known, (c4 - c3) / known, peak_rss_mb()


def main() -> None:
    """Wall-clock time and, beside it, the process's CPU time (user + system): on a machine shared with
    other work the CPU ratio is the steadier one; on an idle machine they agree."""
    print("| rows | floor: plain INSERT executemany | its ratio | floor: INSERT OR FAIL (the store's) | preview | "
          "confirm | import total | ratio | CPU: floor / import / ratio | new ms/row | known ms/row | known/new (CPU) | "
          "peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|", flush=True)
    for n in sizes([100_000]):
        plain, _plain_cpu = floor(n, plain=True)
        base, base_cpu = floor(n)
        preview, confirm, cpu, known_row, known_cpu, rss = import_time(n)
        total = preview + confirm
        new_row = total / n
        print(f"| {n:,} | {plain:.2f} s | {total / plain:.2f}x | {base:.2f} s | {preview:.2f} s | {confirm:.2f} s | {total:.2f} s | {total / base:.2f}x | "
              f"{base_cpu:.2f} / {cpu:.2f} s / {cpu / base_cpu:.2f}x | {new_row * 1e3:.3f} | {known_row * 1e3:.3f} | "
              f"{known_row / new_row:.2f}x ({known_cpu * n / cpu:.2f}x) | {rss:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()

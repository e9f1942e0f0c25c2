"""Import memory: peak RSS of reading and previewing a landing-page file (issue 14).

Each case runs in its own process (ru_maxrss is a high-water mark): build a small office, write
the file (streamed: XlsxWriter's constant_memory mode for .xlsx), note the RSS, then
* ``read``    = one streamed pass of desktop.exports.readers.open_file (the bounded reader) alone;
* ``preview`` = lp_import.preview_file (read + classify every row against the database);
* ``import``  = the preview, then lp_import.confirm (the file read again and written in one transaction);
* ``floor``   = plain executemany of the same rows in one transaction, streamed from generators: what
  writing them costs by itself (SQLite's page cache, 64 MiB, fills during a big transaction).
Printed: the file size, the RSS before, the peak after, the growth and the seconds taken. The
growth should not follow the rows: the preview keeps counts, a bounded sample and ~24 bytes an
address for the duplicate check; the confirmation holds one chunk of rows at a time.

    .venv/bin/python -m benchmarks.bench_import_memory                  # csv and xlsx, 100,000 rows
    .venv/bin/python -m benchmarks.bench_import_memory 100000 1000000   # csv at each size (xlsx up to 100k)
    .venv/bin/python -m benchmarks.bench_import_memory csv 100000 preview   # one case, in this process
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.common import peak_rss_mb, sizes

PASSWORD = "benchmark password 2026"
XLSX_MAX = 100_000  # a 1M-row workbook takes minutes to write and to read; CSV is what offices export
STEPS = ("read", "preview", "import", "floor")


def write_file(path: Path, kind: str, n: int) -> None:
    header = ["メールアドレス", "氏名", "フリガナ", "配信希望", "タイムスタンプ"]

    def rows() -> Iterator[list[str]]:
        for i in range(n):
            yield [f"user{i}@example.jp", f"山田 {i}", "ヤマダ", "はい" if i % 10 else "いいえ", "2026/01/15 10:00"]

    if kind == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write(",".join(header) + "\r\n")
            for r in rows():
                f.write(",".join(r) + "\r\n")
        return
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, header)
    for i, r in enumerate(rows(), start=1):
        sheet.write_row(i, 0, r)
    book.close()


def stream_floor(session: object, n: int) -> int:
    """Write the rows an import of ``write_file(..., n)`` writes (one contact and one event each) with
    two executemany calls fed by generators, in one transaction."""
    from desktop.domain import addresses
    from desktop.services import consent
    from desktop.store.contacts import ConsentRecord, Contact
    from desktop.store.contacts_repo import bulk, legacy_key_hash
    from desktop.store.models import DB

    hkey = consent.hmac_key(session)  # type: ignore[arg-type]
    now = consent.iso(session.now())  # type: ignore[attr-defined]

    def sql(model: type, columns: tuple[str, ...]) -> str:
        names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
        return f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({", ".join("?" * len(columns))})'

    with bulk.atomic():
        cid, eid = bulk.next_contact_id(), bulk.next_event_id()

        def contacts() -> Iterator[tuple[object, ...]]:
            for i in range(n):
                key, name = f"user{i}@example.jp", f"山田 {i}"
                box = addresses.mailbox_of_key(key)
                yield (cid + i, key, key, legacy_key_hash(hkey, box), name, "ヤマダ",
                       consent.search_text(key, name, "ヤマダ"), "subscribed", True, "other_lp", True, False, now, now,
                       "eligible", now, box)

        def events() -> Iterator[tuple[object, ...]]:
            for i in range(n):
                yield (eid + i, cid + i, "capture", "other_lp", "agreed", now, now, None, "other_lp@seed-1", "x" * 64,
                       "ja", True, True, None, True, None, i + 2, "u")

        DB.cursor().executemany(sql(Contact, (*bulk.CONTACT_BULK_COLUMNS, *bulk.CONTACT_CACHE_COLUMNS, "mailbox")),
                                contacts())
        DB.cursor().executemany(sql(ConsentRecord, bulk.EVENT_BULK_COLUMNS), events())
    return n


def one(kind: str, n: int, what: str) -> None:
    from desktop.exports import readers
    from desktop.services import lp_import
    from desktop.services import session as session_service
    from desktop.store.keyslots import KdfParams

    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-bench-import-"))
    try:
        session, _ = session_service.create_office(
            tmp / "office", office_name="ベンチ事務所", privacy_officer_name="担当", privacy_officer_contact="c",
            admin_username="admin", admin_display_name="Admin", admin_password=PASSWORD,
            admin_password_confirm=PASSWORD, kdf=KdfParams(n=2**12))
        path = tmp / f"in.{kind}"
        write_file(path, kind, n)
        before = peak_rss_mb()
        start = time.perf_counter()
        if what == "floor":
            rows = stream_floor(session, n)
        elif what == "read":
            with readers.open_file(path) as table:
                rows = sum(1 for _ in table.rows)
        else:
            preview = lp_import.preview_file(session, path, source="other_lp")
            rows = preview.total
            if what == "import":
                rows = lp_import.confirm(session, preview).created
        seconds = time.perf_counter() - start
        after = peak_rss_mb()
        size = path.stat().st_size / (1024 * 1024)
        print(f"| {kind} | {n:,} | {what} | {size:.1f} MB | {before:.0f} MB | {after:.0f} MB | "
              f"{after - before:.0f} MB | {seconds:.1f} s | {rows:,} |", flush=True)
        session.logout()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    if len(sys.argv) == 4:
        one(sys.argv[1], int(sys.argv[2]), sys.argv[3])
        return
    print("| file | rows | step | file size | RSS before | peak RSS | growth | time | rows read / created |")
    print("|---|---|---|---|---|---|---|---|---|", flush=True)
    cases = [(kind, n) for n in sizes([100_000]) for kind in ("csv", "xlsx") if kind == "csv" or n <= XLSX_MAX]
    for kind, n in cases:
        for what in STEPS:
            subprocess.run([sys.executable, "-m", "benchmarks.bench_import_memory", kind, str(n), what], check=True)


if __name__ == "__main__":
    main()

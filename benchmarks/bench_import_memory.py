"""Import memory: peak RSS of reading and previewing a landing-page file (issue 14).

Each case runs in its own process (ru_maxrss is a high-water mark): build a small office, write
the file (streamed: XlsxWriter's constant_memory mode for .xlsx), note the RSS, then
* ``read``    = desktop.exports.readers.read_file (the bounded, streamed reader) alone;
* ``preview`` = lp_import.preview_file (read + classify every row against the database).
Printed: the file size, the RSS before, the peak after, the growth and the seconds taken.

    .venv/bin/python -m benchmarks.bench_import_memory            # csv 100k, csv 1M, xlsx 100k
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

from benchmarks.common import peak_rss_mb

PASSWORD = "benchmark password 2026"
CASES = (("csv", 100_000), ("csv", 1_000_000), ("xlsx", 100_000))


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
        if what == "read":
            table = readers.read_file(path)
            rows = len(table.rows)
        else:
            preview = lp_import.preview_file(session, path, source="other_lp")
            rows = preview.total
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
    print("| file | rows | step | file size | RSS before | peak RSS | growth | time | rows read |")
    print("|---|---|---|---|---|---|---|---|---|", flush=True)
    for kind, n in CASES:
        for what in ("read", "preview"):
            subprocess.run([sys.executable, "-m", "benchmarks.bench_import_memory", kind, str(n), what], check=True)


if __name__ == "__main__":
    main()

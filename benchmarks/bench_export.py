"""Send-list export: our whole pipeline against XlsxWriter writing the same rows directly (the floor).

For N = 10,000 and 100,000 eligible-ish contacts in a generated office (95 % agreed, 5 % refused):
* ``ours``  = exports.render(): eligibility for every contact + the in-memory .xlsx (both sheets);
* ``floor`` = XlsxWriter (in_memory, the same options) writing the same data rows directly;
* ``csv``   = the CSV variant of ours.
Memory: tracemalloc peak of a separate render (Python allocations; tracemalloc slows the run, so the
times come from untraced runs).
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import xlsxwriter

from benchmarks.bench_contacts import PASSWORD, populate
from benchmarks.common import fmt
from desktop.services import export_kinds, exports
from desktop.services import session as session_service
from desktop.services.exports import ExportKind, ExportRequest


def floor(rows: list[list[object]]) -> float:
    start = time.perf_counter()
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                   "strings_to_numbers": False, "remove_timezone": True})
    ws = wb.add_worksheet("配信リスト")
    dt = wb.add_format({"num_format": "yyyy/mm/dd hh:mm"})
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row[:4]):
            ws.write_string(r, c, str(value))
        ws.write_datetime(r, 4, row[4], dt)
    wb.close()
    return time.perf_counter() - start


def run(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-bench-export-"))
    try:
        session, _ = session_service.create_office(
            tmp / "office", office_name="Bench", privacy_officer_name="Officer", privacy_officer_contact="c",
            admin_username="admin", admin_display_name="Admin", admin_password=PASSWORD,
            admin_password_confirm=PASSWORD)
        populate(session, n)
        request = ExportRequest(ExportKind.SEND_LIST)
        table = export_kinds.KINDS[ExportKind.SEND_LIST].build(session, request)
        rows = [list(r) for r in table.sheets[0].rows]
        from desktop.exports.writers import to_excel_time

        rows = [[*r[:4], to_excel_time(r[4])] for r in rows]
        ours_t, floor_t, csv_t = [], [], []
        for _ in range(3):
            start = time.perf_counter()
            data, count = exports.render(session, request)
            ours_t.append(time.perf_counter() - start)
            floor_t.append(floor(rows))
            start = time.perf_counter()
            exports.render(session, ExportRequest(ExportKind.SEND_LIST, fmt="csv"))
            csv_t.append(time.perf_counter() - start)
        tracemalloc.start()
        exports.render(session, request)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        ours, base, csvm = sorted(ours_t)[1], sorted(floor_t)[1], sorted(csv_t)[1]
        print(f"| {n:,} contacts, {count:,} exported | {fmt(ours)} | {fmt(base)} | {ours / base:.2f}× | "
              f"{fmt(csvm)} | {peak / 1e6:.0f} MB ({peak / max(count, 1):.0f} B/row) | {len(data) / 1e6:.1f} MB |",
              flush=True)
        session.logout()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print("| send list | ours (median of 3) | XlsxWriter floor | ratio | CSV | peak Python memory | file |")
    print("|---|---|---|---|---|---|---|")
    for n in sizes:
        run(n)


if __name__ == "__main__":
    main()

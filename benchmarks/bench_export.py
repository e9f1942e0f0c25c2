"""Send-list export and its preview against their floors, on a copy of a cached office of N contacts.

    python -m benchmarks.bench_export              # 100,000 (make benchmarks)
    python -m benchmarks.bench_export 1000000      # make benchmarks-big

Each size runs in one child process (times are medians of 3 at 100,000, single runs at 1,000,000):

* **export**: ``exports.render`` (the indexed query streamed into the in-memory .xlsx, both sheets)
  against the **floor**: XlsxWriter (``in_memory``, the options the app used before) writing the same
  data rows directly, the rows already in a list. Median of 3; ratio = ours / floor.
* **peak RSS**: Linux ``VmHWM`` reset (``/proc/self/clear_refs``) just before an export, minus the RSS
  just before it; the second export of the process (SQLite's 64 MiB page cache already filled by the
  first, shown in brackets) is the export's own memory.
* **preview**: ``exports.preview`` (counts by reason, after the daily sweep) against the floor
  ``SELECT status, count(*) FROM contact GROUP BY status``; the first preview of a freshly built office
  also fills the cache of its bulk-written rows once (shown apart).
* **inclusions**: stored bytes of the one row a real ``exports.export`` writes.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import fmt, sizes


def _rss_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _floor_xlsxwriter(rows: list[list[Any]]) -> float:
    import xlsxwriter

    start = time.perf_counter()
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                   "strings_to_numbers": False, "remove_timezone": True})
    ws = wb.add_worksheet("配信リスト")
    dt = wb.add_format({"num_format": "yyyy/mm/dd hh:mm"})
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row[:4]):
            ws.write_string(r, c, str(value))
        if row[4] is not None:
            ws.write_datetime(r, 4, row[4], dt)
    wb.close()
    return time.perf_counter() - start


def child(n: int) -> dict[str, Any]:
    """Every measurement of one size in this process (called with ``--child N``): the office is copied
    and its bulk-written rows filled once; memory is measured before the floor's big allocations."""
    from benchmarks.offices import ADMIN, PASSWORD, office_copy
    from desktop.exports.writers import to_excel_time
    from desktop.services import export_kinds, exports
    from desktop.services import session as session_service
    from desktop.services.exports import ExportKind, ExportRequest
    from desktop.store.contacts_repo import inclusions
    from desktop.store.models import DB

    request = ExportRequest(ExportKind.SEND_LIST, sync_reason="benchmark")
    repeat = 3 if n <= 100_000 else 1
    with office_copy(n) as data_dir:
        session = session_service.login(data_dir, ADMIN, PASSWORD)
        out: dict[str, Any] = {}
        start = time.perf_counter()
        out["rows"] = exports.preview(session, request).rows
        out["first_preview"] = time.perf_counter() - start
        DB.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the fill's writes leave the WAL as a backup would
        ours, floor = [], []
        for _ in range(5):
            start = time.perf_counter()
            exports.preview(session, request)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            DB.execute_sql("SELECT status, count(*) FROM contact GROUP BY status").fetchall()
            floor.append(time.perf_counter() - start)
        out.update(preview=statistics.median(ours), preview_floor=statistics.median(floor))
        deltas = []
        for _ in range(2):  # cold (SQLite's page cache fills while the table is read), then warm
            before = _rss_kb("VmRSS")
            with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
                f.write("5")  # reset the peak (VmHWM) to the current RSS
            data, count = exports.render(session, request)
            deltas.append((_rss_kb("VmHWM") - before) / 1024)
            out.update(exported=count, bytes=len(data))
            del data
        out.update(cold_delta_mb=deltas[0], peak_delta_mb=deltas[1])
        table = export_kinds.KINDS[ExportKind.SEND_LIST].build(session, request)
        rows = [[*r[:4], to_excel_time(r[4]) if r[4] is not None else None] for r in table.sheets[0].rows]
        ours, floor = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            data, _count = exports.render(session, request)
            ours.append(time.perf_counter() - start)
            del data
            floor.append(_floor_xlsxwriter(rows))
        del rows
        out.update(ours=statistics.median(ours), floor=statistics.median(floor))
        target = Path(tempfile.mkdtemp(prefix="madoguchi-bench-out-")) / "send.xlsx"
        result = exports.export(session, request, target)
        target.unlink()
        (row,) = [s for s in inclusions.export_sets() if s.export_id == f"export-{result.audit_seq}"]
        out.update(inclusion_bytes=row.bytes, included=row.count)
        session.logout()
    return out


def measure(n: int) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_export", "--child", str(n)], check=True,
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent,
                          env=dict(os.environ))
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]))), flush=True)
        return
    print("| send list | rows | ours | XlsxWriter floor | ratio | peak RSS Δ (first export) | file | preview | "
          "GROUP BY status | ratio | first preview (fills bulk rows) | inclusions per export |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes([100_000]):
        m = measure(n)
        print(f"| {n:,} contacts | {m['exported']:,} | {fmt(m['ours'])} | {fmt(m['floor'])} | "
              f"{m['ours'] / m['floor']:.2f}× | +{m['peak_delta_mb']:.0f} MB (+{m['cold_delta_mb']:.0f} MB) | "
              f"{m['bytes'] / 1e6:.1f} MB | {fmt(m['preview'])} | {fmt(m['preview_floor'])} | "
              f"{m['preview'] / max(m['preview_floor'], 1e-9):.1f}× | {fmt(m['first_preview'])} | "
              f"{m['inclusion_bytes']:,} B ({m['included']:,} ids) |", flush=True)


if __name__ == "__main__":
    main()

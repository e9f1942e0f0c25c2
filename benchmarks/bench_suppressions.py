"""Import back from a mail service (issue 16): a suppression file of 100,000 and 1,000,000 rows.

Each step runs in its own process (ru_maxrss is a high-water mark) on a fresh office of 10,000
contacts (fast KDF: the login is not measured). The file is SendGrid's global-unsubscribe layout
(``email,created``): 1,000 of the office's addresses spread through it (the same at every size, so the
changes applied are the same and the steps show what the file's length costs), every 1,000th row
repeats the row before in capitals (n rows in all: 1,000,000 is the office's import limit), the rest are addresses the office does not hold.

* ``floor``   = a plain read of the same CSV (``csv`` module, streamed) and ``executemany`` of the same
  keys (lower-cased) into a TEMP table of the office's database, 5,000 rows a call: what any import
  must do at the least, on the same connection settings (SQLCipher, ``cipher_memory_security``).
* ``preview`` = mail_import.preview (normalise, stage, match the office, decide; counts and a sample).
* ``confirm`` = mail_import.confirm (reads the file again and applies it in one transaction); measured
  twice: with the 1,000 addresses above, and with all 10,000 of the office's addresses in the file
  (9,500 changes: what confirming costs per address changed).

Printed: time and peak-RSS growth of each step, and both as ratios to the floor of the same run.

    .venv/bin/python -m benchmarks.bench_suppressions                 # 100,000 rows
    .venv/bin/python -m benchmarks.bench_suppressions 100000 1000000  # sizes as argv (make benchmarks-big)
    .venv/bin/python -m benchmarks.bench_suppressions one floor 100000   # one step, in this process
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import peak_rss_mb, sizes

PASSWORD = "benchmark password 2026"
OFFICE = 10_000
KNOWN = 1_000  # of the office's addresses in the file (50 of them refused already: 950 changes)
MANY = OFFICE  # every address of the office in the file (9,500 changes): confirm with many changes
STEPS = ("floor", "preview", "confirm")


def write_file(path: Path, n: int, known: int = KNOWN) -> None:
    from benchmarks.generated import DOMAINS

    every = max(1, n // known)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("email,created\r\n")
        for i in range(n):  # exactly n rows: 1,000,000 is the office's import limit
            if i % 1000 == 999:
                f.write(f"NOBODY{i - 1:07d}@EXAMPLE.ORG,\r\n")  # the row before, again, in capitals
            elif i % every == 0 and i // every < known:
                j = i // every
                f.write(f"user{j:06d}.{j % 97}@{DOMAINS[j % len(DOMAINS)]},\r\n")  # one of the office's
            else:
                f.write(f"nobody{i:07d}@example.org,\r\n")


def floor(path: Path) -> int:
    import csv
    import secrets

    from desktop.store.models import DB

    table = f"temp.floor_{secrets.token_hex(4)}"
    DB.execute_sql(f'CREATE TEMP TABLE {table} ("k" TEXT PRIMARY KEY) WITHOUT ROWID')
    rows = 0
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        chunk: list[tuple[str]] = []
        for cells in reader:
            rows += 1
            chunk.append((cells[0].lower(),))
            if len(chunk) >= 5000:
                with DB.obj.atomic():
                    DB.cursor().executemany(f'INSERT OR IGNORE INTO {table} ("k") VALUES (?)', chunk)
                chunk = []
        with DB.obj.atomic():
            DB.cursor().executemany(f'INSERT OR IGNORE INTO {table} ("k") VALUES (?)', chunk)
    DB.execute_sql(f"DROP TABLE {table}")
    return rows


def one(step: str, n: int, known: int = KNOWN) -> None:
    from benchmarks.generated import populate
    from desktop.services import mail_import
    from desktop.services import session as session_service
    from desktop.store.keyslots import KdfParams

    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-bench-suppressions-"))
    try:
        session, _ = session_service.create_office(
            tmp / "office", office_name="ベンチ事務所", privacy_officer_name="担当", privacy_officer_contact="c",
            admin_username="admin", admin_display_name="Admin", admin_password=PASSWORD,
            admin_password_confirm=PASSWORD, kdf=KdfParams(n=2**12))
        populate(session, OFFICE)
        path = tmp / "global_unsubscribes.csv"
        write_file(path, n, known)
        plan = mail_import.preview(session, path) if step == "confirm" else None
        before = peak_rss_mb()
        start = time.perf_counter()
        if step == "floor":
            rows = floor(path)
            changed = 0
        elif step == "preview":
            plan = mail_import.preview(session, path)
            rows, changed = plan.total, plan.changes
        else:
            assert plan is not None
            result = mail_import.confirm(session, plan)
            rows, changed = plan.total, result.changed
        seconds = time.perf_counter() - start
        after = peak_rss_mb()
        print(json.dumps({"step": step, "n": n, "known": known, "rows": rows, "changed": changed, "seconds": seconds,
                          "before": before, "after": after, "mb": path.stat().st_size / 2**20}), flush=True)
        session.logout()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    if len(sys.argv) in (4, 5) and sys.argv[1] == "one":
        one(sys.argv[2], int(sys.argv[3]), *(int(a) for a in sys.argv[4:]))
        return
    print("| rows | step | file | time | × floor | peak RSS growth | × floor | changed |")
    print("|---|---|---|---|---|---|---|---|", flush=True)
    for n in sizes([100_000]):
        results = {}
        for step, known in (*((s, KNOWN) for s in STEPS), ("confirm", MANY)):
            out = subprocess.run([sys.executable, "-m", "benchmarks.bench_suppressions", "one", step, str(n),
                                  str(known)], check=True, capture_output=True, text=True).stdout
            results[(step, known)] = json.loads(out.strip().splitlines()[-1])
        base = results[("floor", KNOWN)]
        base_growth = max(1.0, base["after"] - base["before"])
        for (step, known), r in results.items():
            growth = r["after"] - r["before"]
            label = f"{step} (every contact in the file)" if known == MANY else step
            print(f"| {n:,} | {label} | {r['mb']:.0f} MB | {r['seconds']:.1f} s | {r['seconds'] / base['seconds']:.1f} | "
                  f"{growth:.0f} MB (peak {r['after']:.0f} MB) | {max(growth, 1.0) / base_growth:.1f} | "
                  f"{r['changed']:,} |", flush=True)


if __name__ == "__main__":
    main()

"""The office server (issue 18) against the SQLCipher office, the same work in the same run.

    python -m benchmarks.bench_server [N ...]      # default 100,000 contacts; MADOGUCHI_BENCH_WRITES=200 per writer

Needs PostgreSQL 15+ (the test suite's throw-away TLS cluster, ``tests.pg.cluster``: the benchmark imports it
from ``tests/`` so it measures the server the tests check; as root the server runs as ``postgres``). Skipped,
with the reason, when there is none. Both offices hold the same N generated contacts: the cached SQLCipher
office (``benchmarks.offices``) and a server office filled the same way (``benchmarks.server_offices``).

* **phone entry**: ``services.consent.capture_phone`` (what the phone page's 保存 calls: one transaction with
  the contact, its consent event and the audit entry), each writer a process of its own logged in as its own
  advisor; the writers start together and each saves ``MADOGUCHI_BENCH_WRITES`` new addresses after 5 untimed
  ones. SQLCipher: 1 writer (the file admits one app). Server: 1 writer, then 5 at once on loopback, each PC
  with its own connection folder; then the 5 again, paced: every writer's saves due at the same moments every
  250 ms (five saves colliding at once, without the back-to-back loop's 5 processes fighting for the cores;
  a save that starts late is timed from when it was due). p50 / p95 / max of each save; goal p95 ≤ 50 ms with
  5 writers. Per save
  also: statements sent, time waiting for the audit head's advisory lock (the only wait between writers), and
  CPU of the app process and of its PostgreSQL backend (``/proc``): where writers and server share a few
  cores (as on one test machine) the 5-writer latency is bounded by that CPU, not by the lock.
* **search**: ``services.contacts.open_list`` (the contacts page's first page: capped count + 200 rows + the
  audit entry) for whole and partial addresses, a name, kana typed in katakana, two-character texts. The login
  and the first search right after it are timed alone (on the server the search waits for the app's decrypted
  copy of the search fields: read sealed while the password is checked, opened once the key is known), then
  each text's median of 10; goal ≤ 100 ms.
* **send-list export**: ``services.exports.render`` (the query streamed into the .xlsx, both sheets), after one
  untimed preview (fills the status cache of the bulk-written rows on both); median of 3; goal ≤ 1.5× SQLCipher.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import fmt, sizes

WRITER_PASSWORD = "blue whale orbit 42"
WARMUP = 5
BURST_PACE = 0.25  # the paced run: all five writers save at the same moment, every 250 ms
SEARCHES = (("whole address", "{address}"), ("part of an address ('user0333')", "user0333"),
            ("name ('山口 芽依')", "山口 芽依"), ("kana typed in katakana ('ヤマグチ メイ')", "ヤマグチ メイ"),
            ("two characters, frequent ('山口')", "山口"), ("two characters, rare ('zq')", "zq"),
            ("frequent text ('example.jp')", "example.jp"), ("no text (newest first)", ""))
ROWS: list[tuple[str, str, str, str]] = []


def _writes() -> int:
    return int(os.environ.get("MADOGUCHI_BENCH_WRITES", "200"))


# --- one writer (a child process: ``--writer FOLDER USER TAG COUNT GO_FILE``) -------------------------------------

def writer(folder: Path, username: str, tag: str, count: int, go: Path, pace: float = 0.0) -> None:
    from desktop.services import consent, scripts
    from desktop.services import session as session_service

    session = session_service.login(folder, username, WRITER_PASSWORD)
    shown = consent.ScriptShown.of(scripts.current(session, "phone"))
    waits = _watch_statements()

    def save(i: int) -> None:
        consent.capture_phone(session, address=f"{tag}.{i:05d}@bench.example.org", outcome="agreed", script=shown,
                              script_read_confirmed=True, name="山田 太郎", furigana="ヤマダ タロウ")

    for i in range(WARMUP):
        save(count + i)
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.002)
    latencies, errors = [], 0
    waits.update(statements=0, lock=0.0)
    backend = _backend_pid()
    cpu, backend_cpu = time.process_time(), _cpu_seconds(backend)
    start = time.perf_counter()
    for i in range(count):
        t = time.perf_counter()
        if pace:  # save i is due at start + i * pace on every writer: timed from when it was due (if late)
            due = start + i * pace
            if due > t:
                time.sleep(due - t)
            t = due
        try:
            save(i)
        except Exception as exc:  # noqa: BLE001 - counted and named; the run goes on
            errors += 1
            print(f"error {type(exc).__name__}", file=sys.stderr, flush=True)
            continue
        latencies.append(time.perf_counter() - t)
    wall = time.perf_counter() - start
    waits.update(cpu=time.process_time() - cpu, backend_cpu=_cpu_seconds(backend) - backend_cpu)
    session.logout()
    print(json.dumps({"latencies": latencies, "errors": errors, "wall": wall, **waits}), flush=True)


def _backend_pid() -> int | None:
    """The server process serving this writer (the test cluster runs on this machine), None on SQLCipher."""
    from desktop.store.models import DB
    from desktop.store.server import is_server

    return int(DB.obj.execute_sql("SELECT pg_backend_pid()").fetchone()[0]) if is_server(DB.obj) else None


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process of this machine (0 when unknown)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _watch_statements() -> dict[str, Any]:
    """Count this process's statements and the time spent waiting for the audit head's advisory lock (the
    one place where writers on the server wait for each other), by wrapping the open database's execute_sql."""
    from desktop.store.models import DB

    db = DB.obj
    inner = db.execute_sql
    seen: dict[str, Any] = {"statements": 0, "lock": 0.0}

    def execute_sql(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen["statements"] += 1
        if "pg_advisory_xact_lock" not in sql:
            return inner(sql, params, *args, **kwargs)
        start = time.perf_counter()
        try:
            return inner(sql, params, *args, **kwargs)
        finally:
            seen["lock"] += time.perf_counter() - start

    db.execute_sql = execute_sql
    return seen


def _add_writers(folder: Path, names: list[str]) -> None:
    from benchmarks.offices import ADMIN, PASSWORD
    from desktop.services import session as session_service
    from desktop.services import users
    from desktop.store import repo

    session = session_service.login(folder, ADMIN, PASSWORD)
    for name in names:
        info = users.create_user(session, username=name, display_name=f"{name} さん", role="advisor",
                                 initial_password=WRITER_PASSWORD, confirm=WRITER_PASSWORD)
        with repo.atomic():
            repo.update_user(info.uid, must_change_password=False)
    session.logout()


def run_writers(folders: list[Path], names: list[str], tag: str, pace: float = 0.0) -> dict[str, Any]:
    """The writers started together; every save's latency, the errors, and saves per second overall. ``pace``:
    each writer's saves are due every ``pace`` seconds, at the same moments on every writer (0: back to back)."""
    with tempfile.TemporaryDirectory(prefix="madoguchi-bench-go-") as tmp:
        return _run_writers(folders, names, tag, Path(tmp) / "go", pace)


def _run_writers(folders: list[Path], names: list[str], tag: str, go: Path, pace: float) -> dict[str, Any]:
    count = _writes()
    procs = [subprocess.Popen([sys.executable, "-m", "benchmarks.bench_server", "--writer", str(folder), name,
                               f"{tag}{k}", str(count), str(go), str(pace)], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parent.parent)
             for k, (folder, name) in enumerate(zip(folders, names, strict=True))]
    for p in procs:
        assert p.stdout is not None
        line = p.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"a writer did not start ({line!r})")
    start = time.perf_counter()
    go.touch()
    results = []
    for p in procs:
        out, _ = p.communicate()
        if p.returncode != 0:
            raise RuntimeError(f"a writer failed (exit {p.returncode})")
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - start
    latencies = sorted(x for r in results for x in r["latencies"])
    cuts = statistics.quantiles(latencies, n=100)
    saves = len(latencies)
    return {"p50": statistics.median(latencies), "p95": cuts[94], "max": latencies[-1],
            "errors": sum(r["errors"] for r in results), "saves": saves, "per_s": saves / wall,
            **{k: sum(r[k] for r in results) / saves for k in ("statements", "lock", "cpu", "backend_cpu")}}


# --- search and export (in this process, one office open at a time) ----------------------------------------------

def _timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def search_and_export(folder: Path, n: int) -> dict[str, Any]:
    from benchmarks.generated import DOMAINS
    from benchmarks.offices import ADMIN, PASSWORD
    from desktop.services import contacts, exports
    from desktop.services import session as session_service
    from desktop.services.exports import ExportKind, ExportRequest

    i = n // 3
    address = f"user{i:06d}.{i % 97}@{DOMAINS[i % len(DOMAINS)]}"
    out: dict[str, Any] = {}
    start = time.perf_counter()
    session = session_service.login(folder, ADMIN, PASSWORD)
    out["login"] = time.perf_counter() - start
    try:
        first = SEARCHES[1][1]
        start = time.perf_counter()
        out["first_total"] = contacts.open_list(session, contacts.ContactQuery(text=first))[0]
        out["first"] = time.perf_counter() - start
        for label, text in SEARCHES:
            query = contacts.ContactQuery(text=text.format(address=address))
            out[label] = _timed(lambda q=query: contacts.open_list(session, q), repeat=10)  # type: ignore[misc]
            out[label + " total"] = contacts.open_list(session, query)[0]
        request = ExportRequest(ExportKind.SEND_LIST, sync_reason="benchmark")
        try:
            exports.preview(session, request)  # fills the status cache of bulk-written rows (SQLCipher office)
            out["export"] = _timed(lambda: exports.render(session, request), repeat=3)
            out["exported"] = exports.render(session, request)[1]
        except Exception as exc:  # noqa: BLE001 - the table names the failure; the other legs still run
            out["export_error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    finally:
        session.logout()
    return out


# --- the run --------------------------------------------------------------------------------------------------

def _row(name: str, ours: str, server: str, note: str) -> None:
    ROWS.append((name, ours, server, note))
    print(f"| {name} | {ours} | {server} | {note} |", flush=True)


def _phone_rows(label: str, sq: dict[str, Any], pg: dict[str, Any]) -> None:
    for key in ("p50", "p95", "max"):
        goal = " (goal ≤ 50 ms)" if key == "p95" and "5 writers" in label else ""
        _row(f"phone entry {key}, {label}", fmt(sq[key]), fmt(pg[key]), f"{pg[key] / sq[key]:.1f}× SQLCipher{goal}")
    _row(f"phone entries per second, {label}", f"{sq['per_s']:.0f}/s", f"{pg['per_s']:.0f}/s",
         f"{pg['saves']} saves, {pg['errors']} errors; per save {pg['statements']:.0f} statements "
         f"(SQLCipher {sq['statements']:.0f}), {fmt(pg['lock'])} waiting for the audit head's lock")
    _row(f"CPU per phone entry, {label}", fmt(sq["cpu"]), f"{fmt(pg['cpu'])} + {fmt(pg['backend_cpu'])}",
         "app process (+ its PostgreSQL backend process)")


def bench_size(n: int) -> None:
    from benchmarks.offices import office_copy
    from benchmarks.server_offices import drop_all, pc_folder, server_office

    print(f"\n{n:,} contacts, {_writes()} phone entries per writer")
    started = time.perf_counter()
    with office_copy(n) as sq_folder:
        sq = search_and_export(sq_folder, n)  # before the writers: both offices hold exactly the n contacts
        _add_writers(sq_folder, ["writer0"])
        sq_phone = run_writers([sq_folder], ["writer0"], "sq")
    pg_folder, fill = server_office(n)
    try:
        pg = search_and_export(pg_folder, n)
        names = [f"writer{k}" for k in range(5)]
        _add_writers(pg_folder, names)
        pcs = [pc_folder(pg_folder, f"pc{k}") for k in range(5)]
        pg_one = run_writers(pcs[:1], names[:1], "one")
        pg_five = run_writers(pcs, names, "five")
        pg_burst = run_writers(pcs, names, "burst", pace=BURST_PACE)
    finally:
        drop_all()
        shutil.rmtree(pg_folder.parent, ignore_errors=True)
    print(f"(server office filled with {n:,} contacts in {fmt(fill)}; whole run {fmt(time.perf_counter() - started)})")
    print("| scenario | SQLCipher office | office server | note |")
    print("|---|---|---|---|")
    _phone_rows("1 writer", sq_phone, pg_one)
    _phone_rows("5 writers at once (server only; SQLCipher: its 1 writer)", sq_phone, pg_five)
    _phone_rows(f"5 writers saving at the same moments, every {BURST_PACE * 1000:.0f} ms (server only; SQLCipher: "
                "its 1 writer back to back)", sq_phone, pg_burst)
    _row("login (the administrator's password, production key derivation)", fmt(sq["login"]), fmt(pg["login"]),
         "server: also reads the sealed search fields meanwhile")
    _row("first search after login (part of an address)", fmt(sq["first"]), fmt(pg["first"]),
         "server: waits for the app's search copy (read sealed during the login, opened with the key); goal ≤ 100 ms")
    for label, _text in SEARCHES:
        same = "same" if sq[label + " total"] == pg[label + " total"] else "DIFFERENT"
        _row(f"search: {label}", fmt(sq[label]), fmt(pg[label]),
             f"{pg[label] / sq[label]:.1f}×; {pg[label + ' total']:,} found ({same}); goal ≤ 100 ms")
    if "export_error" in pg or "export_error" in sq:
        _row("send-list export (render the .xlsx)", fmt(sq["export"]) if "export" in sq else "failed",
             fmt(pg["export"]) if "export" in pg else "failed",
             f"failed: {pg.get('export_error') or sq.get('export_error')}")
    else:
        _row("send-list export (render the .xlsx)", fmt(sq["export"]), fmt(pg["export"]),
             f"{pg['export'] / sq['export']:.2f}× (goal ≤ 1.5×); {pg['exported']:,} rows (SQLCipher {sq['exported']:,})")


def main() -> int:
    if sys.argv[1:2] == ["--writer"]:
        folder, username, tag, count, go, pace = sys.argv[2:8]
        writer(Path(folder), username, tag, int(count), Path(go), float(pace))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.pg.cluster import get_cluster, skip_reason

    if get_cluster() is None:
        print(f"skipped: no PostgreSQL for the office server ({skip_reason()})")
        return 0
    for n in sizes([100_000]):
        bench_size(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())

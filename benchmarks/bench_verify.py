"""``madoguchi verify`` of N audit events (issue 15: 1M events in ≤ 10 s and ≤ 200 MB).

    python -m benchmarks.bench_verify              # 100,000 events
    python -m benchmarks.bench_verify 1000000      # make benchmarks-big

An office of N audit events is generated once through the store's own append path
(``AuditLog.append_many``: the same MAC rule as each append, all in one transaction, forward-secure chain from the administrator's K_0), cached
under ``$MADOGUCHI_BENCH_CACHE`` and copied per run. Each measurement runs in its own process so the peak
RSS is that command's alone:

* **verify**: the real command, ``madoguchi verify`` (login with the production KDF, the whole chain
  re-walked with the evolving key, checkpoints and anchors, its own audit entry, logout);
* **floor**: in the same run, a process that starts, logs in the same way (production KDF), runs a plain
  ``SELECT`` of every audit column with one HMAC-SHA256 per row, and logs out. The ratio is command to
  floor process, wall to wall and CPU to CPU (CPU time holds on a busy machine); the loop's own time is
  printed beside it.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.common import sizes
from benchmarks.offices import ADMIN, PASSWORD, cache_root

ROOT = Path(__file__).resolve().parents[1]

_FLOOR = """
import hashlib, hmac, sys, time
from desktop.services import session as s
from desktop.store.models import DB
session = s.login(sys.argv[1], sys.argv[2], sys.argv[3])
key = hashlib.sha256(b"floor").digest()
start = time.perf_counter()
cursor = DB.execute_sql("SELECT seq, ts, actor, action, target, result, details, prev, mac FROM audit_entry "
                        "ORDER BY seq")
n = 0
for row in cursor:
    mac = hmac.digest(key, "|".join(map(str, row[:7])).encode() + bytes(row[7]), "sha256")
    n += mac == bytes(row[8])
    n += 1
elapsed = time.perf_counter() - start
session.logout()
print(elapsed)
"""


_LOGIN = """
import sys
from desktop.services import session as s
s.login(sys.argv[1], sys.argv[2], sys.argv[3]).logout()
"""


def cached_events(n: int) -> Path:
    """An office whose audit log holds about ``n`` events (built once, production KDF)."""
    from benchmarks.offices import schema_tag
    from desktop.services import session as session_service
    from desktop.store import repo

    target = cache_root() / f"audit-{n}-{schema_tag()}"
    if (target / "office.db").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # a folder of this process's own: another run (make benchmarks beside make benchmarks-big) may build
    # the same size at the same time; the first to finish wins the rename, the other discards its copy
    building = Path(tempfile.mkdtemp(prefix=f"{target.name}.building-", dir=target.parent)) / "office"
    session, _ = session_service.create_office(
        building, office_name="ベンチ事務所", privacy_officer_name="担当", privacy_officer_contact="c",
        admin_username=ADMIN, admin_display_name="Admin", admin_password=PASSWORD, admin_password_confirm=PASSWORD)
    start = session.now()
    log = session.office.audit
    have = log.verify().count
    actor = session.user.uid
    with repo.atomic():
        log.append_many((start + timedelta(milliseconds=i), actor, "contact.consent", str(100_000 + i), "ok",
                         {"channel": "phone", "n": i}) for i in range(n - have))
    session.logout()
    try:
        building.rename(target)
    except OSError:  # built meanwhile by another run
        pass
    shutil.rmtree(building.parent, ignore_errors=True)
    return target


def _child(args: list[str]) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS MB, stdout) of one child process. CPU time (user + system) is
    the figure that holds on a busy machine; the wall time is what the user waits on an idle one."""
    env = dict(os.environ, MADOGUCHI_PASSWORD=PASSWORD)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"child failed ({done.returncode}): {done.stdout[-500:]} {done.stderr[-2000:]}")
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: the floor runs first, so the verify's figure
    # is its own or, if smaller, the floor's (both log in with the same KDF, whose scrypt sets the floor)
    return wall, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024, done.stdout


def measure(n: int) -> None:
    t0 = time.perf_counter()
    source = cached_events(n)
    built = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix=f"madoguchi-bench-verify-{n}-"))
    try:
        data = tmp / "office"
        shutil.copytree(source, data)
        # a first login migrates a copy made before a newer schema: not part of either measurement
        _child(["-c", _LOGIN, str(data), ADMIN, PASSWORD])
        floor_wall, floor_cpu, floor_peak, out = _child(["-c", _FLOOR, str(data), ADMIN, PASSWORD])
        loop = float(out.strip().splitlines()[-1])
        wall, cpu, peak, out = _child(["-m", "desktop", "verify", "--data-dir", str(data), "--user", ADMIN])
        last = next((line for line in out.splitlines() if line.startswith("audit log")), out[-200:])
        print(f"| verify, {n:,} events | {wall:.2f} s (CPU {cpu:.2f} s), peak {peak:.0f} MB | {floor_wall:.2f} s "
              f"(CPU {floor_cpu:.2f} s; the SELECT + HMAC loop {loop:.2f} s), peak {floor_peak:.0f} MB | "
              f"{wall / floor_wall:.2f}× wall, {cpu / floor_cpu:.2f}× CPU | {last[:40]} |", flush=True)
        if built > 1:
            print(f"(office of {n:,} events built in {built:.0f} s, cached)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    print("| work | ``madoguchi verify`` (whole command) | floor process | ratio | result |")
    print("|---|---|---|---|---|")
    for n in sizes([100_000]):
        measure(n)


if __name__ == "__main__":
    main()

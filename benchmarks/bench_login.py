"""Unlock and start → contacts table painted, each against its floor measured in the same run (issue 15).

    python -m benchmarks.bench_login               # empty and 100,000 contacts (make benchmarks)
    python -m benchmarks.bench_login 1000000       # make benchmarks-big

Rows per size (offices from :mod:`benchmarks.offices`, production KDF):

* floor: scrypt alone with the admin slot's own parameters (the KDF every unlock pays);
* login: ``session.login`` to an unlocked session (slot unwrap, open with the cheap checks, audit entry);
* moved off the unlock: the full integrity check and the monthly backup, each alone, on their own connections;
* start → contacts table painted: login, main window (as the app builds it, with its background work
  started), contacts page selected, until the table's viewport paints with rows; floor: scrypt + a raw
  SQLCipher open + the first 200 contacts;
* the longest the window went without processing events while the integrity check and the monthly backup
  ran beside it (a 10 ms timer), and how long that background work took.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import fmt, header, peak_rss_mb, row, sizes, timed  # noqa: E402
from benchmarks.offices import ADMIN, PASSWORD, office_copy  # noqa: E402
from desktop.services import session as session_service  # noqa: E402
from desktop.store import keyslots as ks  # noqa: E402

REPEAT = 7
_APP: list[object] = []  # the QApplication, kept alive for the whole run


def _admin_params(data_dir: Path) -> tuple[ks.KdfParams, bytes]:
    slots = ks.SlotFile.load(data_dir / "office.keys")
    slot = next(s for s in slots.slots if s.kind == ks.KIND_PASSWORD)
    return slot.params(), slot.salt()


def _ratio(stats: tuple[float, float, float], floor: tuple[float, float, float]) -> str:
    return f"{stats[0] / floor[0]:.2f}× the floor ({fmt(floor[0])})"


def _raw_first_page(data_dir: Path, key: bytes) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(data_dir / "office.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT id, address, name, furigana, status FROM contact ORDER BY id LIMIT 200").fetchall()
    finally:
        conn.close()


def _paint_run(data_dir: Path, n: int) -> tuple[float, float, float]:
    """One start: (seconds to the painted contacts table, longest GUI stall, seconds of background work)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.app import AppController
    from desktop.domain.roles import Area
    from desktop.services.prefs import Prefs
    from desktop.ui import background, pages

    qapp = QApplication.instance()
    assert qapp is not None
    pages.factories()  # the app imports the screens while the password is typed (AppController.preload_pages)
    start = time.perf_counter()
    session = session_service.login(data_dir, ADMIN, PASSWORD)
    controller = AppController(qapp, data_dir=data_dir, language="ja", prefs=Prefs(),  # type: ignore[arg-type]
                               kdf=ks.PRODUCTION_KDF)
    controller.open_main(session)
    window = controller.window
    assert window is not None
    window.select_area(Area.CONTACTS)  # type: ignore[attr-defined]
    page = window.pages[Area.CONTACTS]  # type: ignore[attr-defined]
    table = page.findChild(QTableView, "contactsTable") or page.findChild(QTableView)
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                model = table.model()
                if model is not None and (model.rowCount() > 0 or n == 0):
                    painted.append(time.perf_counter())
            return False

    watch = Watch()
    table.viewport().installEventFilter(watch)
    table.viewport().update()
    last, stall = [time.perf_counter()], [0.0]
    tick = QTimer()
    tick.setInterval(10)

    def on_tick() -> None:
        now = time.perf_counter()
        stall[0] = max(stall[0], now - last[0])
        last[0] = now

    tick.timeout.connect(on_tick)
    tick.start()
    deadline = start + 600
    while not painted and time.perf_counter() < deadline:
        qapp.processEvents()
        time.sleep(0.001)
    to_paint = painted[0] - start if painted else float("nan")
    work = background.for_session(session)
    bg_start = start
    while (work.checking or work.backing_up) and time.perf_counter() < deadline:
        qapp.processEvents()
        time.sleep(0.001)
    bg_seconds = time.perf_counter() - bg_start
    tick.stop()
    table.viewport().removeEventFilter(watch)
    controller.shutdown()
    window.close()
    qapp.processEvents()
    return to_paint, stall[0], bg_seconds


def _stats(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def bench(n: int) -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _APP.append(QApplication([]))
    with office_copy(n) as data_dir:
        params, salt = _admin_params(data_dir)
        kdf_samples, samples = [], []
        for _ in range(REPEAT):  # interleaved, so a change in the machine's load hits both alike
            began = time.perf_counter()
            ks.derive_kek(PASSWORD, salt, params)
            kdf_samples.append(time.perf_counter() - began)
            began = time.perf_counter()
            session = session_service.login(data_dir, ADMIN, PASSWORD)
            samples.append(time.perf_counter() - began)
            session.logout()  # not timed: the logout signs a checkpoint and closes
        floor = _stats(kdf_samples)
        row(f"{n:,} contacts — floor: scrypt alone (n=2^{params.n.bit_length() - 1}, r={params.r}, p={params.p})",
            floor)
        login_stats = _stats(samples)
        row(f"{n:,} — login (unwrap, open with the cheap checks, audit)", login_stats, _ratio(login_stats, floor))

        session = session_service.login(data_dir, ADMIN, PASSWORD)
        try:
            office = session.office
            key = bytes(office.key)
            row(f"{n:,} — moved off the unlock: full integrity check alone (own connection)",
                timed(office.full_check, repeat=1))
            from desktop.services import backup

            once: Callable[[], object] = lambda: backup.backup_now(session)  # noqa: E731
            row(f"{n:,} — moved off the unlock: a backup set alone (copy, check, hash, sync)", timed(once, repeat=1))
        finally:
            session.logout()
        first_page = timed(lambda: (ks.derive_kek(PASSWORD, salt, params), _raw_first_page(data_dir, key)),
                           repeat=REPEAT)
        row(f"{n:,} — floor: scrypt + raw open + first 200 contacts", first_page)
        runs = []
        for _ in range(3):
            _clear_backups(data_dir)  # the monthly backup is due at every start
            runs.append(_paint_run(data_dir, n))
        paint = _stats([r[0] for r in runs])
        row(f"{n:,} — start → contacts table painted (monthly backup due)", paint, _ratio(paint, first_page))
        row(f"{n:,} — longest window stall while the check + monthly backup ran", _stats([r[1] for r in runs]),
            f"background work took {fmt(statistics.median(r[2] for r in runs))} after the start")


def _clear_backups(data_dir: Path) -> None:
    import shutil

    shutil.rmtree(data_dir.parent / f"{data_dir.name}-backups", ignore_errors=True)
    session = session_service.login(data_dir, ADMIN, PASSWORD)
    try:
        from desktop.store import repo

        with repo.atomic():
            repo.set_setting("last_verified_backup_at", "")
    finally:
        session.logout()


def main() -> None:
    header()
    for n in sizes([0, 100_000]):
        bench(n)
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

"""A second PC on the same office server, run as its own process by tests/pg/test_two_pcs.py.

``python -m tests.pg.second_pc JOB.json`` (QT_QPA_PLATFORM=offscreen): logs in through the real login
dialog with its own connection folder, opens the real main window, records a phone consent through the
phone-entry page's widgets (``record``), optionally stays logged in until PC A has worked meanwhile (it writes
the file ``signal``, then waits for the file ``hold``), searches the contacts page (``search``), and prints one
JSON line:
``{"user": ..., "saved": <the page's result text>, "found": [addresses the search showed]}``.

The helpers :func:`record_phone` and :func:`search_contacts` drive the same widgets on PC A's window in the test.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.roles import Area

Wait = Callable[[Callable[[], bool], int], None]


def wait_until(predicate: Callable[[], bool], timeout_ms: int) -> None:
    """Process events until ``predicate`` holds (the same as qtbot.waitUntil, without pytest)."""
    end = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the expected state in time")
        QTest.qWait(20)


def tick(button: Any) -> None:
    """Click a check box or radio button on its indicator."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def record_phone(window: Any, address: str, name: str, wait: Wait) -> str:
    """Type a caller's address and name on the phone-entry page, tick the script read, 同意, save."""
    window.select_area(Area.PHONE)
    page = window.pages[Area.PHONE]
    wait(lambda: page.isVisible() and bool(page.paragraph_checks), 15000)
    page.address.setFocus()
    QTest.keyClicks(page.address, address)
    for check in page.paragraph_checks:
        tick(check)
    page.name.insert(name)  # Japanese arrives as committed IME text
    tick(page.agreed)
    assert page.agreed.isChecked(), "the script was not ticked as read"
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait(lambda: page.result.text() != "", 15000)
    return str(page.result.text())


def search_contacts(window: Any, text: str, wait: Wait) -> list[str]:
    """Search the contacts page and return the addresses it shows."""
    window.select_area(Area.CONTACTS)
    page = window.pages[Area.CONTACTS]
    shown: list[int] = []
    page.model.opened.connect(shown.append)
    page.search.setText(text)
    page.reload()
    wait(lambda: bool(shown) and not page.model.loading, 15000)
    return [str(r.address) for r in page.model.rows]


def main(job_path: str) -> int:
    from desktop.services import session as session_service
    from desktop.ui import pages
    from desktop.ui.login import LoginDialog
    from desktop.ui.main_window import MainWindow
    from tests.conftest import TEST_KDF, FakeClock

    job = json.loads(Path(job_path).read_text(encoding="utf-8"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = FakeClock()
    login = functools.partial(session_service.login, clock=clock, wall=clock.wall)
    dialog = LoginDialog(Path(job["folder"]), kdf=TEST_KDF, login=login)
    dialog.show()
    QTest.keyClicks(dialog.username, job["username"])
    QTest.keyClicks(dialog.password, job["password"])
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dialog.session is not None or dialog.ok_button.isEnabled(), 30000)
    if dialog.session is None:
        print(json.dumps({"error": dialog.status.text()}), flush=True)
        return 1
    session = dialog.session
    window = MainWindow(session, language="en", page_factories=pages.factories())
    window.resize(1366, 768)
    window.show()
    result: dict[str, Any] = {"user": session.user.username, "saved": "", "found": []}
    try:
        if job.get("record"):
            result["saved"] = record_phone(window, job["record"], job.get("name", ""), wait_until)
        if job.get("signal"):  # tell the test this PC has saved and is still logged in
            Path(job["signal"]).write_text("saved", encoding="utf-8")
        if job.get("hold"):  # stay logged in, window open, until the test has worked on PC A meanwhile
            wait_until(lambda: Path(job["hold"]).exists(), 120_000)
        if job.get("search"):
            result["found"] = search_contacts(window, job["search"], wait_until)
        if job.get("screenshot"):
            window.grab().save(job["screenshot"])
    finally:
        window.close()
        session.logout()
    print(json.dumps(result, ensure_ascii=False), flush=True)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Background jobs report back to the GUI thread, and a job whose window closed meanwhile ends quietly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from desktop.ui import workers


def test_a_result_for_a_closed_window_is_dropped_without_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    owner = QObject()
    got: list[object] = []

    def job() -> int:
        release.wait(5)
        return 42

    workers.run(job, got.append, got.append, owner)
    shiboken6.delete(owner)  # the window is rebuilt (language switch) while the job runs
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # pytest-qt fails the test if the worker raised in the event loop
    assert got == []


def test_a_result_reaches_its_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    got: list[object] = []
    workers.run(lambda: 7, got.append, got.append, owner)
    qtbot.waitUntil(lambda: got == [7], timeout=5000)

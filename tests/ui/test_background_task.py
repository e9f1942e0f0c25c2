"""The shared background-task piece (desktop.ui.widgets.background): progress from the worker thread,
Cancel sets the event the job polls, busy state around the job."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.widgets.background import BackgroundTask


def test_progress_cancel_and_busy(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    status = QLabel(owner)
    task = BackgroundTask(owner, status)
    busy: list[bool] = []
    task.busy_changed.connect(busy.append)
    outcome: list[object] = []

    def job() -> str:
        for i in range(1, 1000):
            task.report(i, 1000)
            if task.cancel_event.is_set():
                return "cancelled"
            time.sleep(0.005)
        return "finished"

    def done(result: object) -> None:
        task.finish()
        outcome.append(result)

    task.start("working")
    assert task.busy and status.text() == "working" and not task.progress.isHidden()
    task.run(job, done, lambda exc: outcome.append(exc))
    qtbot.waitUntil(lambda: task.progress.value() > 0, timeout=5000)
    task.cancel_button.click()
    assert status.text() == "Cancelling…"
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and busy == [True, False] and not task.busy
    assert task.progress.isHidden() and task.cancel_button.isHidden()


def test_wait_runs_here_and_reports_failures(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    task = BackgroundTask(owner, QLabel(owner))
    failures: list[BaseException] = []
    task.run(lambda: 1 / 0, lambda _r: None, failures.append, wait=True)
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError)

"""One service call at a time off the GUI thread, with a progress bar and a Cancel button.

The piece the file dialogs share (landing-page import, import from the mail service): a busy flag,
a progress bar fed from the worker thread through a queued signal, a Cancel button that sets an
event the service polls, and a status label that says what is happening. The dialog places
:attr:`BackgroundTask.progress` and :attr:`BackgroundTask.cancel_button` in its layout, passes
:meth:`report` and :attr:`cancel_event.is_set <threading.Event.is_set>` to the service, and
updates its own buttons on :attr:`busy_changed`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from desktop.domain.errors import fill
from desktop.ui import theme, workers


class BackgroundTask(QObject):
    """Signals: busy_changed(bool) after start and finish; progressed(done, total) from any thread."""

    busy_changed = Signal(bool)
    progressed = Signal(int, int)

    def __init__(self, owner: QWidget, status: QLabel) -> None:
        super().__init__(owner)
        self.owner = owner
        self.status = status
        self.busy = False
        self.cancel_event = threading.Event()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progressed.connect(self._show_progress)  # queued when emitted from the worker thread

    def report(self, done: int, total: int) -> None:
        """The service's progress callback (safe to call from the worker thread)."""
        self.progressed.emit(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        if total <= 0:  # a file read as a stream: its length in rows is not known yet
            self.progress.setMaximum(0)  # a busy bar
            self.progress.setFormat(fill(self.tr("%1 rows checked"), done))
            return
        self.progress.setFormat("%p%")
        self.progress.setMaximum(total)
        self.progress.setValue(min(done, total))

    def start(self, text: str) -> None:
        self.busy = True
        self.cancel_event.clear()
        theme.set_role(self.status, None)
        self.status.setText(text)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.busy_changed.emit(True)

    def finish(self) -> None:
        self.busy = False
        self.progress.hide()
        self.cancel_button.hide()
        self.busy_changed.emit(False)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.status.setText(self.tr("Cancelling…"))

    def run(self, job: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None],
            *, wait: bool = False) -> None:
        """Run ``job`` off the GUI thread (``wait``: here and now, for screenshots and tests); then ``done(result)``
        or ``failed(exc)`` in the GUI thread. Call :meth:`start` first and :meth:`finish` in both callbacks."""
        if wait:
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - handed to ``failed``
                failed(exc)
            else:
                done(result)
            return
        workers.run(job, done, failed, self.owner)

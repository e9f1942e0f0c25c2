"""Run slow service calls (scrypt, exports, backups) off the GUI thread.

The services stay synchronous and Qt-free; :func:`run` wraps a call in a QRunnable and reports
back through queued signals, so the window keeps painting while the KDF runs (R11).

``background=True`` (the integrity check and backups after unlock, ui/background.py) runs in a pool of its
own, one job at a time, on low-priority threads: on a 2-core office PC the window's own work comes first.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


BACKGROUND_NICE = 10  # Linux: below the GUI thread, still well above SCHED_IDLE (a busy PC still backs up)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals, *, low: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.low = low
        self.setAutoDelete(True)

    def run(self) -> None:
        if self.low and hasattr(os, "setpriority"):  # per thread on Linux; Qt's thread priority does the rest
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never swallowed
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.done, result)

    def _report(self, signal: Any, value: object) -> None:
        """Hand the outcome to the GUI thread; when the widget that asked is gone (a language switch rebuilt
        the window, a dialog closed), the outcome has nobody to go to and is dropped quietly."""
        try:
            signal.emit(value)
        except RuntimeError:  # "Signal source has been deleted": its parent widget was destroyed meanwhile
            _KEEP.discard(self.signals)
            log.debug("a background result arrived after its window was closed; dropped")


_KEEP: set[_Signals] = set()
_BACKGROUND: list[QThreadPool] = []


def background_pool() -> QThreadPool:
    """The pool of the work after unlock: one low-priority thread (its threads keep the lowered priority)."""
    if not _BACKGROUND:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setThreadPriority(QThread.Priority.LowPriority)
        _BACKGROUND.append(pool)
    return _BACKGROUND[0]


def run(fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
        parent: QObject | None = None, *, background: bool = False) -> _Signals:
    """Run ``fn`` in the global pool (``background``: the low-priority one); ``on_done(result)`` or
    ``on_failed(exc)`` run in the GUI thread."""
    signals = _Signals(parent)
    _KEEP.add(signals)

    def finish_ok(result: Any) -> None:
        _KEEP.discard(signals)
        on_done(result)

    def finish_err(exc: BaseException) -> None:
        _KEEP.discard(signals)
        on_failed(exc)

    signals.done.connect(finish_ok)
    signals.failed.connect(finish_err)
    if background:
        background_pool().start(_Job(fn, signals, low=True))
    else:
        QThreadPool.globalInstance().start(_Job(fn, signals))
    return signals

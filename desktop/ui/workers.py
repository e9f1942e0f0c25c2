"""Run slow service calls (scrypt, exports, backups) off the GUI thread.

The services stay synchronous and Qt-free; :func:`run` wraps a call in a QRunnable and reports
back through queued signals, so the window keeps painting while the KDF runs (R11).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_KEEP: set[_Signals] = set()


def run(fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
        parent: QObject | None = None) -> _Signals:
    """Run ``fn`` in the global pool; ``on_done(result)`` or ``on_failed(exc)`` run in the GUI thread."""
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
    QThreadPool.globalInstance().start(_Job(fn, signals))
    return signals

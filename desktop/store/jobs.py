"""Background work on an open office, each on a connection of its own (the integrity check, the backup copy).

Such work never holds the shared connection's lock for long, so the window keeps answering. Closing the
office (a lock, a logout, quitting) first calls :meth:`Jobs.stop`: it cancels every running job — a long
statement is interrupted through its connection — and waits until each has left its ``with`` block, so the
key is never wiped under a running job and a job's files are never left half-written (a job removes its
own temporary files when it is cancelled, see store/backup.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.store import db as dbmod
from desktop.store.errors import StoreError


class JobCancelled(StoreError):
    """The office was locked or closed while the job ran; nothing it made was kept."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StoreError", "The work was stopped because the office was locked. Nothing half-done was kept."))


class Job:
    """One running job: its cancel check and the connections it opened (closed when the job ends)."""

    def __init__(self, owner: Jobs) -> None:
        self._owner = owner
        self._conns: list[Any] = []

    @property
    def cancelled(self) -> bool:
        return self._owner.stopping.is_set()

    def check(self) -> None:
        """Raise :class:`JobCancelled` when the office is closing (call between steps)."""
        if self.cancelled:
            raise JobCancelled()

    def reader(self, path: Path, key: bytes | bytearray) -> Any:
        """A read-only connection of this job's own (closed with the job; interrupted by :meth:`Jobs.stop`)."""
        self.check()
        conn = dbmod.open_reader(path, key)
        self.adopt(conn)
        return conn

    def adopt(self, conn: Any) -> None:
        """Let :meth:`Jobs.stop` interrupt ``conn`` (e.g. a backup's target connection)."""
        with self._owner.cond:
            self._conns.append(conn)
        if self.cancelled:
            conn.interrupt()

    def _interrupt(self) -> None:
        for conn in self._conns:
            with contextlib.suppress(Exception):
                conn.interrupt()

    def _close(self) -> None:
        for conn in self._conns:
            with contextlib.suppress(Exception):
                conn.close()
        self._conns.clear()


class Jobs:
    """The jobs running on one open office."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.stopping = threading.Event()
        self._running: list[Job] = []

    @property
    def running(self) -> int:
        with self.cond:
            return len(self._running)

    @contextlib.contextmanager
    def job(self) -> Iterator[Job]:
        """Run a job: raises :class:`JobCancelled` when the office is already closing. A statement the stop
        interrupted surfaces as :class:`JobCancelled` too."""
        job = Job(self)
        with self.cond:
            if self.stopping.is_set():
                raise JobCancelled()
            self._running.append(job)
        try:
            yield job
        except Exception as exc:
            if self.stopping.is_set() and not isinstance(exc, JobCancelled) and _interrupted(exc):
                raise JobCancelled() from None
            raise
        finally:
            job._close()
            with self.cond:
                self._running.remove(job)
                self.cond.notify_all()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Cancel the running jobs, wait for them and start none until the block ends (a rekey: a job's
        connection keyed with the old key would read the re-encrypted pages as damage)."""
        self.stop()
        try:
            yield
        finally:
            self.stopping.clear()

    def stop(self) -> None:
        """Cancel every running job and wait until all have ended (the office is closing)."""
        with self.cond:
            self.stopping.set()
            for job in self._running:
                job._interrupt()
            while self._running:
                self.cond.wait(0.05)
                for job in self._running:  # a connection opened after the first interrupt
                    job._interrupt()


def _interrupted(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if "interrupt" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


__all__ = ["Job", "JobCancelled", "Jobs"]

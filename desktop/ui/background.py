"""The work that follows a login or an unlock, off the GUI thread: the full integrity check, then this month's
automatic backup (A8). The window answers meanwhile; the backup page shows the backup's progress.

One :class:`BackgroundWork` per session (:func:`for_session`). A lock or logout cancels or waits for the
running job in the store (store/jobs.py), so nothing here has to: a cancelled job ends quietly and the next
unlock starts the work again.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.services import backup as backup_service
from desktop.services import integrity
from desktop.services.errors import Locked
from desktop.services.session import Session
from desktop.ui import workers
from desktop.ui.text import error_text

log = logging.getLogger(__name__)


class BackgroundWork(QObject):
    progress = Signal(str, int, int)  # phase, done, total (store/backup.py's phases)
    backup_started = Signal()
    backup_done = Signal(object)  # the BackupSet, or None when no automatic backup was due
    backup_failed = Signal(object)  # the exception (JobCancelled when a lock stopped it)
    message = Signal(str)  # one translated line for the window's banner

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.checking = False
        self.backing_up = False
        self.automatic = False  # the running backup is this month's automatic one
        self.last_check: integrity.IntegrityResult | None = None
        self._shown_in: list[Callable[[str], None]] = []

    def show_messages_in(self, add_banner: Callable[[str], None]) -> None:
        """Send the one-line messages (a failed check or automatic backup) to the window's banner, once."""
        if add_banner not in self._shown_in:
            self._shown_in.append(add_banner)
            self.message.connect(add_banner)

    # --- after login / unlock ---------------------------------------------------------------------
    def after_unlock(self) -> None:
        """Start the full integrity check; this month's backup follows it when due."""
        if self.checking or self.session.locked:
            return
        self.checking = True
        workers.run(lambda: integrity.check(self.session), self._checked, self._check_failed, self,
                    background=True)

    def _checked(self, result: integrity.IntegrityResult) -> None:
        self.checking = False
        self.last_check = result
        failure = result.error()
        if failure is not None:
            self.message.emit(error_text(failure))
            return  # no backup of a damaged office
        self._maybe_auto_backup()

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = False
        if not isinstance(exc, (integrity.JobCancelled, Locked)):
            self.message.emit(error_text(exc))

    def _maybe_auto_backup(self) -> None:
        try:
            due = not self.session.locked and backup_service.auto_backup_due(self.session)
        except Exception as exc:  # noqa: BLE001 - shown, never blocks work
            self.automatic = True
            self._backup_failed(exc)
            return
        if due:
            self._start(lambda: backup_service.maybe_auto_backup(self.session, self._progress), automatic=True)

    # --- backups ----------------------------------------------------------------------------------
    def start_backup(self) -> bool:
        """Back up now (the backup page's button). False when a backup is already running."""
        return self._start(lambda: backup_service.backup_now(self.session, self._progress))

    def _start(self, fn: Callable[[], object], *, automatic: bool = False) -> bool:
        if self.backing_up:
            return False
        self.backing_up, self.automatic = True, automatic
        self.backup_started.emit()
        workers.run(fn, self._backed_up, self._backup_failed, self, background=True)
        return True

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.progress.emit(phase, done, total)  # from the worker thread: queued to the GUI thread

    def _backed_up(self, made: backup_service.BackupSet | None) -> None:
        self.backing_up = False
        self.backup_done.emit(made)

    def _backup_failed(self, exc: BaseException) -> None:
        self.backing_up = False
        self.backup_failed.emit(exc)
        if isinstance(exc, (integrity.JobCancelled, Locked)) or not self.automatic:
            return  # a lock stopped it (the next unlock starts it again); the page shows a manual backup's error
        log.error("backup failed: %s", type(exc).__name__)  # no message text: it may name paths
        self.message.emit(QCoreApplication.translate(
            "AppController", "The automatic monthly backup failed. Ask the administrator to check the backup "
            "location."))


_WORK: weakref.WeakKeyDictionary[Session, BackgroundWork] = weakref.WeakKeyDictionary()


def for_session(session: Session) -> BackgroundWork:
    """The session's background work (made on first use, dropped with the session)."""
    work = _WORK.get(session)
    if work is None:
        work = _WORK[session] = BackgroundWork(session)
    return work

"""The full integrity check of the office database (R7), off the unlock path.

Unlock keeps only the cheap checks (a missing, empty, plain or foreign file, a wrong key: store/db.py), so
it costs the KDF and no more at any size. The full ``cipher_integrity_check`` + ``quick_check`` reads every
page: it runs here on a connection of its own, in the background after every login and unlock (the app is
usable meanwhile), and before every backup (store/backup.py checks the copy it makes). Its result is
audited when it fails, and also when it follows an unclean shutdown (``office.running`` found at open).
A lock or logout cancels a running check (:class:`desktop.store.jobs.JobCancelled`); the next unlock runs
it again, and an office whose check after an unclean shutdown never finished keeps its marker until one does.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.services.errors import ServiceError
from desktop.services.session import Session
from desktop.store import repo
from desktop.store.errors import Corrupt
from desktop.store.jobs import JobCancelled

__all__ = ["IntegrityFailed", "IntegrityResult", "JobCancelled", "check"]

log = logging.getLogger(__name__)


class IntegrityFailed(ServiceError):
    """Shown once, as a banner, when the check after unlock finds damage."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "ServiceError", "The office database failed its integrity check: part of the file is damaged. "
            "Finish what you are doing, make no new backup and ask the administrator to restore the last "
            "backup."))


@dataclass(frozen=True)
class IntegrityResult:
    ok: bool
    after_unclean_shutdown: bool  # the previous session had not closed the office

    def error(self) -> IntegrityFailed | None:
        return None if self.ok else IntegrityFailed()


def check(session: Session) -> IntegrityResult:
    """Run the full check now (call from a worker thread; the window's work continues beside it).

    Raises JobCancelled when the session is locked meanwhile, Locked when it already is.
    """
    office = session.office
    unclean = office.unclean_shutdown
    with office.jobs.job():  # a lock waits until the result below is recorded
        try:
            office.full_check()
        except JobCancelled:
            raise
        except Corrupt:
            log.error("the full integrity check failed")  # no detail: page numbers only, but keep logs bare
            with contextlib.suppress(Exception):  # a damaged file may refuse the entry too: the banner still shows
                with repo.atomic():
                    office.audit.append(ts=session.now(), actor=session.user.uid, action="integrity.check",
                                        result="failed", details={"after_unclean_shutdown": unclean})
            return IntegrityResult(False, unclean)
        if unclean:
            with repo.atomic():
                office.audit.append(ts=session.now(), actor=session.user.uid, action="integrity.check",
                                    details={"after_unclean_shutdown": True})
    return IntegrityResult(True, unclean)

"""Sync before you send (issue 16): the send list asks for the mail service's unsubscribes first.

:func:`status` says when the last import from the mail service (``suppressions.import``) and the
last send list (``export.send-list``) happened, both read from the audit log, and whether the next
send list should wait (domain rule :func:`desktop.domain.mail_services.sync.problem`; the age limit
is the office setting ``mail_sync_max_days``, default 7). :func:`enforce` is called by the export
service: a send list that should wait goes out only with a reason, which is recorded in the
export's own audit entry (``filters.sync_problem`` and ``filters.sync_reason``). The CLI passes
``--reason``; the export screen shows a banner and asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from desktop.domain import office_settings as rules
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.mail_services.sync import SyncProblem, clean_reason, problem
from desktop.domain.roles import Action
from desktop.services.errors import ServiceError
from desktop.services.export_model import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store import audit as audit_store
from desktop.store import repo

IMPORT_ACTION = "suppressions.import"
EXPORT_ACTION = f"export.{ExportKind.SEND_LIST.value}"

__all__ = ["EXPORT_ACTION", "IMPORT_ACTION", "ReasonNeeded", "SyncProblem", "SyncStatus", "enforce", "max_days",
           "set_max_days", "status"]


class ReasonNeeded(ServiceError):
    """The send list should wait for an import from the mail service; give a reason to go on."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "ServiceError", "Import the unsubscribes and bounces from the mail service first, or give a reason "
            "for exporting the send list without them."))


@dataclass(frozen=True)
class SyncStatus:
    last_import: datetime | None
    last_export: datetime | None
    max_days: int
    problem: SyncProblem | None

    @property
    def needs_reason(self) -> bool:
        return self.problem is not None


def _last(action: str) -> datetime | None:
    for entry in audit_store.entries(action_prefix=action, limit=20, newest_first=True):
        if entry.action == action and entry.result == "ok":
            return datetime.fromisoformat(entry.ts)
    return None


def max_days(session: Session) -> int:
    session.ensure_unlocked()
    return rules.mail_sync_days(repo.get_setting(rules.MAIL_SYNC_DAYS_KEY, None))


def status(session: Session) -> SyncStatus:
    """When the service's unsubscribes last came back, and whether the next send list should wait."""
    session.ensure_unlocked()
    days = max_days(session)
    last_import, last_export = _last(IMPORT_ACTION), _last(EXPORT_ACTION)
    return SyncStatus(last_import, last_export, days, problem(last_import, last_export, session.now(), days))


def enforce(session: Session, request: ExportRequest) -> ExportRequest:
    """The request to export (the reason cleaned and the problem named), or ReasonNeeded.

    Other kinds, and a send list that is in sync, go out unchanged (a reason given needlessly is dropped).
    """
    if request.kind is not ExportKind.SEND_LIST:
        return request
    found = status(session).problem
    if found is None:
        return replace(request, sync_reason=None, sync_problem=None)
    if not (request.sync_reason or "").strip():
        raise ReasonNeeded()
    return replace(request, sync_reason=clean_reason(request.sync_reason), sync_problem=found.value)


def set_max_days(session: Session, days: int) -> None:
    """Change the age limit (administrators); one audit entry naming the setting."""
    session.require(Action.SETTINGS_MANAGE)
    checked = rules.check_mail_sync_days(int(days))
    if checked == max_days(session):
        return
    with repo.atomic():
        repo.set_setting(rules.MAIL_SYNC_DAYS_KEY, checked)
        session.audit("settings.change", keys=[rules.MAIL_SYNC_DAYS_KEY], value=checked)

"""Incidents on the office's SNS accounts (P6): the kinds and statuses the incident ledger keeps, and
what a recorded incident must hold (:func:`validate_incident`)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import QT_TRANSLATE_NOOP, UnknownRecord, ValidationError
from desktop.domain.post_limits import MAX_LINK_CHARS, MAX_NOTE

__all__ = ["CleanIncident", "IncidentInput", "IncidentKind", "IncidentStatus", "validate_incident"]


class IncidentKind(enum.Enum):
    FLAMING = "flaming"
    IMPERSONATION = "impersonation"
    FALSE_POST = "false_post"

    @property
    def label(self) -> str:
        return _INCIDENT_LABELS[self]


_INCIDENT_LABELS = {
    IncidentKind.FLAMING: QT_TRANSLATE_NOOP("Posts", "Flaming (a flood of criticism)"),
    IncidentKind.IMPERSONATION: QT_TRANSLATE_NOOP("Posts", "Impersonation"),
    IncidentKind.FALSE_POST: QT_TRANSLATE_NOOP("Posts", "False post about the office"),
}


class IncidentStatus(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            IncidentStatus.OPEN: QT_TRANSLATE_NOOP("Posts", "Open"),
            IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Posts", "Closed"),
        }[self]


@dataclass(frozen=True)
class IncidentInput:
    kind: IncidentKind | str
    description: str = ""
    account_id: int | None = None
    post_id: int | None = None
    platform_ref: str = ""
    takedown_requested_on: date | None = None
    actions: str = ""
    outcome: str = ""
    status: IncidentStatus | str = IncidentStatus.OPEN


@dataclass(frozen=True)
class CleanIncident:
    """An incident that passed :func:`validate_incident`: texts trimmed."""

    kind: IncidentKind
    status: IncidentStatus
    description: str
    account_id: int | None
    post_id: int | None
    platform_ref: str
    takedown_requested_on: date | None
    actions: str
    outcome: str


def validate_incident(
    data: IncidentInput, *, account_exists: Callable[[int], bool], post_exists: Callable[[int], bool]
) -> CleanIncident:
    """Check an incident someone records or updates. Whether the named account and post exist is
    asked of the functions passed in; an unknown one raises :class:`UnknownRecord`."""
    try:
        kind = IncidentKind(data.kind)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Choose the kind of incident.")) from None
    try:
        status = IncidentStatus(data.status)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Choose the status of the incident.")) from None
    description = data.description.strip()
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Describe what happened."))
    if data.account_id is not None and not account_exists(int(data.account_id)):
        raise UnknownRecord("account")
    if data.post_id is not None and not post_exists(int(data.post_id)):
        raise UnknownRecord("post")
    ref = data.platform_ref.strip()
    if len(ref) > MAX_LINK_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Posts", "The platform reference may be at most %1 characters long."),
            MAX_LINK_CHARS,
        )
    actions, outcome = data.actions.strip(), data.outcome.strip()
    if any(len(t) > MAX_NOTE for t in (description, actions, outcome)):
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "The text may be at most %1 characters long."), MAX_NOTE)
    return CleanIncident(kind, status, description, data.account_id, data.post_id, ref,
                         data.takedown_requested_on, actions, outcome)

"""Incidents on the office's SNS accounts (P6): the kinds and statuses the incident ledger keeps."""

from __future__ import annotations

import enum

from desktop.domain.errors import QT_TRANSLATE_NOOP

__all__ = ["IncidentKind", "IncidentStatus"]


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

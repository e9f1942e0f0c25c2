"""Rules for rights requests (A6): disclosure, correction, deletion and stop of use, tracked to completion.

APPI asks for a response "without delay" (features.md §2b, Arts. 33–35); the office works to a due date
a set number of business days after receipt, which can be changed per request.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.domain.business_days import add_business_days
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

DEFAULT_DUE_DAYS = 10  # a working target for "without delay"; the office can change it per request

E_FUTURE = QT_TRANSLATE_NOOP("Requests", "The date received cannot be in the future.")
E_DUE = QT_TRANSLATE_NOOP("Requests", "The due date cannot be before the date received.")


def request_dates(received: date | None, today: date, due: date | None) -> tuple[date, date]:
    """The received and due dates of a new request (received defaults to today; due to N business days)."""
    received = received or today
    if received > today:
        raise ValidationError(E_FUTURE)
    due = due or add_business_days(received, DEFAULT_DUE_DAYS)
    check_due(due, received)
    return received, due


def check_due(due: date, received: date) -> None:
    if due < received:
        raise ValidationError(E_DUE)


class RequestKind(StrEnum):
    DISCLOSURE = "disclosure"
    CORRECTION = "correction"
    DELETION = "deletion"
    STOP_USE = "stop_use"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    RequestKind.DISCLOSURE: QT_TRANSLATE_NOOP("Requests", "Disclosure"),
    RequestKind.CORRECTION: QT_TRANSLATE_NOOP("Requests", "Correction"),
    RequestKind.DELETION: QT_TRANSLATE_NOOP("Requests", "Deletion"),
    RequestKind.STOP_USE: QT_TRANSLATE_NOOP("Requests", "Stop of use"),
}


class RequestStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def closed(self) -> bool:
        return self in (RequestStatus.DONE, RequestStatus.REFUSED)


_STATUS_LABELS = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("Requests", "Open"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Requests", "In progress"),
    RequestStatus.DONE: QT_TRANSLATE_NOOP("Requests", "Done"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("Requests", "Refused (with reasons)"),
}

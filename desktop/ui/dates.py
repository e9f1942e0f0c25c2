"""Dates and times on screen: always office time, "today" always from the session's clock.

Date widgets show wall time without a zone; these helpers put office time into them and read it
back as office time, whatever the time zone of the PC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QAbstractButton, QDateTimeEdit

from desktop.domain import office_time

__all__ = ["BLANK_DAY", "DATE_EDIT_FORMAT", "DATE_TIME_EDIT_FORMAT", "allow_blank", "day_text", "is_blank", "local_time",
           "office_today", "optional_date", "qdate", "qdatetime", "read_datetime", "set_blank"]

# One format everywhere the office reads a date: 2026/12/05 14:30, office (Japan) time.
DATE_FORMAT = office_time.DISPLAY_DATE
DATE_TIME_FORMAT = office_time.DISPLAY_DATE_TIME
#: The same formats for QDateEdit / QDateTimeEdit.
DATE_EDIT_FORMAT = "yyyy/MM/dd"
DATE_TIME_EDIT_FORMAT = "yyyy/MM/dd HH:mm"


def local_time(value: str | datetime | None, *, date_only: bool = False) -> str:
    """A stored moment (ISO text or aware datetime) as office wall time; "" for none."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        return ""  # stored times are always aware; never guess a naive one's zone
    return office_time.display(moment, date_only=date_only)


def day_text(day: date | None) -> str:
    """A calendar day in the office's one format (``2026/12/05``); "" for none."""
    return "" if day is None else office_time.display_day(day)


def office_today(now: datetime) -> QDate:
    """The office's day at ``now`` (pass ``session.now()``) as a ``QDate``."""
    return qdate(office_time.office_date(now))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """An aware moment as office wall time for a ``QDateTimeEdit``."""
    wall = office_time.office_naive(moment)
    return QDateTime(qdate(wall.date()), QTime(wall.hour, wall.minute, wall.second))


def read_datetime(edit: QDateTimeEdit) -> datetime:
    """The wall time typed in ``edit``, read as office time (aware)."""
    wall = edit.dateTime().toPython()
    if not isinstance(wall, datetime):
        raise TypeError("a QDateTimeEdit holds a date and time")
    return office_time.from_office_naive(wall.replace(tzinfo=None))


# --- date fields that may hold no date ----------------------------------------------------------
#: Below any real date: a field set to it shows nothing instead of Qt's dummy 2000/01/01.
BLANK_DAY = QDate(1900, 1, 1)


def allow_blank(edit: QDateTimeEdit) -> None:
    """Let ``edit`` show nothing while it holds no date (see :func:`set_blank`)."""
    edit.setMinimumDate(BLANK_DAY)
    edit.setSpecialValueText(" ")


def set_blank(edit: QDateTimeEdit) -> None:
    allow_blank(edit)
    edit.setDateTime(QDateTime(BLANK_DAY, QTime(0, 0)))  # the minimum: shows the blank special text


def is_blank(edit: QDateTimeEdit) -> bool:
    return edit.date() == BLANK_DAY


def optional_date(check: QAbstractButton, edit: QDateTimeEdit, default: Callable[[], QDate]) -> None:
    """A date that counts only while ``check`` is ticked: blank and disabled until then, ``default()``
    (e.g. today) when ticked."""
    allow_blank(edit)

    def sync(on: bool) -> None:
        edit.setEnabled(on)
        if on and is_blank(edit):
            edit.setDate(default())
        elif not on:
            set_blank(edit)

    check.toggled.connect(sync)
    sync(check.isChecked())

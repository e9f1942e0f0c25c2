"""The office clock's rules: the office time zone, office days, months and fiscal quarters.

This is the only place that names the office's time zone. Japan has had no daylight-saving
time since 1951, but the zone comes from the tz database (``tzdata`` ships it on Windows) so
that nothing here hard-codes an offset.

Nothing here reads the wall clock: "now" is always passed in, and comes from the session's
clock (``desktop/services/clock.py`` is the only module that reads the system time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "OFFICE_TZ",
    "Quarter",
    "as_date",
    "day_bounds",
    "day_end",
    "day_start",
    "display",
    "display_day",
    "fiscal_quarter",
    "from_office_naive",
    "month_key",
    "office_date",
    "office_naive",
    "quarter_from_label",
    "to_office",
    "to_utc",
]

OFFICE_TZ = ZoneInfo("Asia/Tokyo")

#: The one format of dates and times the office reads (screens, sheets, printouts): 2026/12/05 14:30.
DISPLAY_DATE = "%Y/%m/%d"
DISPLAY_DATE_TIME = "%Y/%m/%d %H:%M"

MSG_BAD_FY_START = QT_TRANSLATE_NOOP(
    "Training", "The first month of the fiscal year must be between 1 and 12, not %1."
)
MSG_BAD_QUARTER_LABEL = QT_TRANSLATE_NOOP("Training", "\"%1\" is not a quarter such as \"FY2026 Q3\".")
_QUARTER_LABEL_RE = re.compile(r"^FY(\d{4}) Q([1-4])$")


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no place on the office clock")
    return moment


def to_office(moment: datetime) -> datetime:
    """The same instant in office time."""
    return _aware(moment).astimezone(OFFICE_TZ)


def to_utc(moment: datetime) -> datetime:
    """The same instant in UTC (the stored form)."""
    return _aware(moment).astimezone(UTC)


def display(moment: datetime, *, date_only: bool = False) -> str:
    """An aware moment as office wall time in the one display format (``2026/12/05 14:30``)."""
    return to_office(moment).strftime(DISPLAY_DATE if date_only else DISPLAY_DATE_TIME)


def display_day(day: date) -> str:
    """A calendar day in the one display format (``2026/12/05``)."""
    return as_date(day).strftime(DISPLAY_DATE)


def office_date(moment: datetime) -> date:
    """The office's calendar day at ``moment`` ("today in the office" for ``session.now()``)."""
    return to_office(moment).date()


def day_start(day: date) -> datetime:
    """The first instant of an office day (aware, office time)."""
    return datetime.combine(day, time.min, OFFICE_TZ)


def day_end(day: date) -> datetime:
    """The first instant after an office day (exclusive end)."""
    return day_start(day + timedelta(days=1))


def day_bounds(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """``[start, end)`` of the office days ``first`` .. ``last`` (both included) in UTC."""
    return to_utc(day_start(first)), to_utc(day_end(last or first))


def month_key(moment: datetime) -> str:
    """The office month of ``moment`` as ``YYYY-MM`` (monthly backups, monthly reports)."""
    return to_office(moment).strftime("%Y-%m")


def office_naive(moment: datetime) -> datetime:
    """Office wall time without a zone, for date/time widgets that show local wall time."""
    return to_office(moment).replace(tzinfo=None)


def from_office_naive(wall: datetime) -> datetime:
    """Read a wall time typed in a widget as office time (the inverse of :func:`office_naive`)."""
    if wall.tzinfo is not None:
        return to_office(wall)
    return wall.replace(tzinfo=OFFICE_TZ)


# --- fiscal quarters ------------------------------------------------------------------------


def as_date(d: date) -> date:
    """Drop the time of a ``datetime`` (a ``datetime`` does not compare with a ``date``)."""
    return d.date() if isinstance(d, datetime) else d


def _month_start(year: int, month_index: int) -> date:
    """First day of month ``month_index`` (0 = January of ``year``; may exceed 11)."""
    return date(year + month_index // 12, month_index % 12 + 1, 1)


@dataclass(frozen=True)
class Quarter:
    """One quarter of a fiscal year.

    Attributes:
        fiscal_year: The calendar year in which the fiscal year starts.
        number: 1-4.
        start: First day.
        end: Last day (inclusive).
        fy_start_month: First month of the fiscal year (1-12) this quarter was computed with.
    """

    fiscal_year: int
    number: int
    start: date
    end: date
    fy_start_month: int = 4

    @property
    def label(self) -> str:
        """Stable key and display label, e.g. ``"FY2026 Q3"`` (used to store attempts)."""
        return f"FY{self.fiscal_year} Q{self.number}"

    def contains(self, d: date) -> bool:
        """Return whether ``d`` falls inside the quarter (both ends included)."""
        return self.start <= as_date(d) <= self.end

    def next(self) -> Quarter:
        """Return the following quarter."""
        return fiscal_quarter(self.end + timedelta(days=1), self.fy_start_month)

    def previous(self) -> Quarter:
        """Return the preceding quarter."""
        return fiscal_quarter(self.start - timedelta(days=1), self.fy_start_month)


def _check_fy_start(fy_start_month: int) -> None:
    """Raise :class:`ValidationError` unless ``fy_start_month`` is an int 1-12."""
    valid = isinstance(fy_start_month, int) and not isinstance(fy_start_month, bool)
    if not valid or not 1 <= fy_start_month <= 12:
        raise ValidationError(MSG_BAD_FY_START, fy_start_month)


def fiscal_quarter(d: date, fy_start_month: int = 4) -> Quarter:
    """Return the fiscal quarter holding ``d``.

    Args:
        d: The day (a ``datetime`` counts by its date).
        fy_start_month: First month of the fiscal year; 4 (April) is the Japanese default.

    Returns:
        The quarter; the fiscal year is named after the year it starts in.

    Raises:
        ValidationError: ``fy_start_month`` is not 1-12.
    """
    _check_fy_start(fy_start_month)
    d = as_date(d)
    fiscal_year = d.year if d.month >= fy_start_month else d.year - 1
    months_in = (d.month - fy_start_month) % 12
    number = months_in // 3 + 1
    first = fy_start_month - 1 + (number - 1) * 3  # month index counted from January of fiscal_year
    start = _month_start(fiscal_year, first)
    end = _month_start(fiscal_year, first + 3) - timedelta(days=1)
    return Quarter(fiscal_year, number, start, end, fy_start_month)


def quarter_from_label(label: str, fy_start_month: int = 4) -> Quarter:
    """Return the quarter named ``label`` (``"FY2026 Q3"``), the inverse of :attr:`Quarter.label`.

    Raises:
        ValidationError: The label is malformed or ``fy_start_month`` is not 1-12.
    """
    m = _QUARTER_LABEL_RE.match(label.strip()) if isinstance(label, str) else None
    if m is None:
        raise ValidationError(MSG_BAD_QUARTER_LABEL, label)
    year, number = int(m.group(1)), int(m.group(2))
    _check_fy_start(fy_start_month)
    return fiscal_quarter(_month_start(year, fy_start_month - 1 + (number - 1) * 3), fy_start_month)

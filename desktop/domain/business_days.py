"""Business days for due dates (design A5: an unsubscribe that cannot be done at once is
due a set number of business days ahead, seed 003 line 49 "遅くとも所定の営業日内に").

A business day is a day that is not a weekend day, not a Japanese public holiday
(``jpholiday``: national holidays, substitute holidays 振替休日 and citizens' holidays
国民の休日) and not an office closure. By default the usual Japanese year-end/new-year
closure (年末年始休業) from 29 December to 3 January counts as closed: most offices, and
the municipal partners of the manual, close then. An office that works those days turns
it off with ``Closures(year_end=False)``; extra closed dates (an office's own holidays)
go in ``Closures(extra=...)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import jpholiday

__all__ = [
    "DEFAULT_CLOSURES",
    "NO_CLOSURES",
    "YEAR_END_CLOSURE",
    "Closures",
    "add_business_days",
    "business_days_between",
    "is_business_day",
    "is_overdue",
]

#: (month, day) pairs of the default year-end/new-year closure.
YEAR_END_CLOSURE: tuple[tuple[int, int], ...] = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))


@dataclass(frozen=True)
class Closures:
    """What besides Japanese public holidays closes the office."""

    year_end: bool = True  # 29 Dec – 3 Jan
    weekend: frozenset[int] = frozenset({5, 6})  # date.weekday(): Saturday, Sunday
    extra: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def with_extra(cls, days: Iterable[date], *, year_end: bool = True) -> Closures:
        return cls(year_end=year_end, extra=frozenset(days))


DEFAULT_CLOSURES = Closures()
#: Only weekends and public holidays.
NO_CLOSURES = Closures(year_end=False)


def is_business_day(d: date, *, closures: Closures = DEFAULT_CLOSURES) -> bool:
    """True when the office is open on ``d``."""
    if d.weekday() in closures.weekend:
        return False
    if closures.year_end and (d.month, d.day) in YEAR_END_CLOSURE:
        return False
    if d in closures.extra:
        return False
    return not jpholiday.is_holiday(d)


def add_business_days(start: date, n: int, *, closures: Closures = DEFAULT_CLOSURES) -> date:
    """The ``n``-th business day after ``start`` (``start`` itself is not counted).

    ``add_business_days(received, 3)`` is the due date of a request received on
    ``received`` that must be done within three business days. ``n == 0`` gives ``start``
    if it is a business day, otherwise the next one. Negative ``n`` counts backwards.
    """
    step = 1 if n >= 0 else -1
    d = start
    if n == 0:
        while not is_business_day(d, closures=closures):
            d += timedelta(days=1)
        return d
    remaining = abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d, closures=closures):
            remaining -= 1
    return d


def business_days_between(start: date, end: date, *, closures: Closures = DEFAULT_CLOSURES) -> int:
    """Business days ``d`` with ``start < d <= end``; negative when ``end`` is before ``start``.

    The inverse of :func:`add_business_days`: ``business_days_between(s,
    add_business_days(s, n)) == n`` for ``n > 0``.
    """
    if end < start:
        return -business_days_between(end, start, closures=closures)
    count = 0
    d = start
    while d < end:
        d += timedelta(days=1)
        if is_business_day(d, closures=closures):
            count += 1
    return count


def is_overdue(due: date, today: date) -> bool:
    """A task due on ``due`` is overdue from the day after (work on the due day is in time)."""
    return today > due

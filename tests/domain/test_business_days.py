"""Business days with Japanese holidays and the year-end closure (desktop.domain.business_days)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.business_days import (
    DEFAULT_CLOSURES,
    NO_CLOSURES,
    Closures,
    add_business_days,
    business_days_between,
    is_business_day,
    is_overdue,
)


@pytest.mark.parametrize(
    ("d", "open_"),
    [
        (date(2027, 4, 28), True),  # Wednesday
        (date(2027, 4, 29), False),  # 昭和の日 (Thursday)
        (date(2027, 4, 30), True),  # Friday between holidays
        (date(2027, 5, 1), False),  # Saturday
        (date(2027, 5, 2), False),  # Sunday
        (date(2027, 5, 3), False),  # 憲法記念日
        (date(2027, 5, 4), False),  # みどりの日
        (date(2027, 5, 5), False),  # こどもの日
        (date(2027, 5, 6), True),
        (date(2026, 5, 6), False),  # 振替休日 (5/3 fell on a Sunday)
        (date(2026, 12, 29), False),  # year-end closure
        (date(2027, 1, 3), False),
        (date(2027, 1, 4), True),
    ],
)
def test_is_business_day(d: date, open_: bool) -> None:
    assert is_business_day(d) is open_


def test_golden_week_2027() -> None:
    assert add_business_days(date(2027, 4, 28), 1) == date(2027, 4, 30)
    assert add_business_days(date(2027, 4, 28), 2) == date(2027, 5, 6)
    assert add_business_days(date(2027, 4, 30), 3) == date(2027, 5, 10)
    assert business_days_between(date(2027, 4, 28), date(2027, 5, 6)) == 2


def test_year_end_closure_by_default() -> None:
    # Monday 28 Dec 2026 → the office reopens Monday 4 Jan 2027
    assert add_business_days(date(2026, 12, 28), 1) == date(2027, 1, 4)
    assert business_days_between(date(2026, 12, 28), date(2027, 1, 4)) == 1


def test_year_end_closure_can_be_turned_off() -> None:
    assert is_business_day(date(2026, 12, 29), closures=NO_CLOSURES)
    assert add_business_days(date(2026, 12, 28), 1, closures=NO_CLOSURES) == date(2026, 12, 29)
    assert add_business_days(date(2026, 12, 28), 4, closures=NO_CLOSURES) == date(2027, 1, 4)  # 1/1 holiday
    assert not is_business_day(date(2027, 1, 1), closures=NO_CLOSURES)  # still 元日


def test_weekend_adjacent_holiday() -> None:
    # 成人の日 2027 is Monday 11 January: Friday 8 Jan + 1 business day = Tuesday 12 Jan
    assert not is_business_day(date(2027, 1, 11))
    assert add_business_days(date(2027, 1, 8), 1) == date(2027, 1, 12)
    # a Sunday holiday moves to Monday (振替休日): 2026-05-03 (Sun) → 5/4, 5/5, 5/6 closed
    assert add_business_days(date(2026, 5, 1), 1) == date(2026, 5, 7)


def test_extra_office_closures() -> None:
    closures = Closures.with_extra([date(2026, 8, 13), date(2026, 8, 14)])
    assert not is_business_day(date(2026, 8, 13), closures=closures)
    assert add_business_days(date(2026, 8, 12), 1, closures=closures) == date(2026, 8, 17)
    assert add_business_days(date(2026, 8, 12), 1, closures=DEFAULT_CLOSURES) == date(2026, 8, 13)


def test_zero_and_negative() -> None:
    assert add_business_days(date(2027, 5, 3), 0) == date(2027, 5, 6)
    assert add_business_days(date(2027, 4, 28), 0) == date(2027, 4, 28)
    assert add_business_days(date(2027, 5, 6), -1) == date(2027, 4, 30)
    assert business_days_between(date(2027, 5, 6), date(2027, 4, 28)) == -2
    assert business_days_between(date(2027, 4, 28), date(2027, 4, 28)) == 0


def test_between_is_the_inverse_of_add() -> None:
    start = date(2026, 12, 1)
    for n in range(1, 40):
        assert business_days_between(start, add_business_days(start, n)) == n


def test_is_overdue() -> None:
    due = add_business_days(date(2027, 4, 28), 3)  # 2027-05-07
    assert due == date(2027, 5, 7)
    assert not is_overdue(due, date(2027, 5, 6))
    assert not is_overdue(due, due)
    assert is_overdue(due, date(2027, 5, 8))

"""Retention of consent records (desktop.domain.retention).

Rule (features.md §2a, 特定電子メール法 Ordinance Art. 4(2)): "keep the consent record until
one month has passed from the day sending of specified e-mail to that address stopped (e.g.
opt-out date, end of the mailing); one year if a measure order (措置命令, Art. 7) was received",
and for mail-order advertising (特商法) "keep the request/consent evidence 3 years from the
last ad".
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.consent import Channel, ConsentEvent, EventKind, Outcome, eligibility
from desktop.domain.office_time import OFFICE_TZ as JST
from desktop.domain.retention import add_months, retention_until

DAY = date(2026, 3, 15)

NOT_ON_LIST = eligibility([], deleted=False, address_valid=True, today=DAY)
ON_LIST = eligibility(
    [ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.PHONE, outcome=Outcome.AGREED,
                  occurred_at=datetime(2026, 3, 1, 10, tzinfo=JST), script_version_id="phone-v1",
                  script_read_confirmed=True, event_id=1)],
    deleted=False, address_valid=True, today=DAY)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 3, 15), 1, date(2026, 4, 15)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: the last day of the month
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2026, 12, 10), 1, date(2027, 1, 10)),  # across the year end
    (date(2026, 3, 15), 12, date(2027, 3, 15)),
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2026, 3, 15), 36, date(2029, 3, 15)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_kept_while_sending_continues() -> None:
    assert ON_LIST.eligible
    until, basis = retention_until(ON_LIST, DAY, DAY)
    assert until is None
    assert basis == "Kept while the address is on the send list, and one month after sending to it stops."


def test_no_end_date_when_nothing_is_known() -> None:
    assert retention_until(NOT_ON_LIST, None, None)[0] is None


def test_one_month_after_sending_stopped() -> None:
    until, basis = retention_until(NOT_ON_LIST, DAY, None)
    assert until == date(2026, 4, 15)
    assert basis == "One month after sending to the address stopped."
    assert basis.context == "Retention"  # type: ignore[attr-defined]


def test_a_later_export_moves_the_start() -> None:
    assert retention_until(NOT_ON_LIST, DAY, date(2026, 5, 2))[0] == date(2026, 6, 2)
    assert retention_until(NOT_ON_LIST, DAY, date(2026, 1, 2))[0] == date(2026, 4, 15)  # earlier: ignored
    assert retention_until(NOT_ON_LIST, None, date(2026, 5, 2))[0] == date(2026, 6, 2)


def test_one_year_after_a_measure_order() -> None:
    until, basis = retention_until(NOT_ON_LIST, DAY, None, measure_order=True)
    assert until == date(2027, 3, 15)
    assert basis == "One year after sending to the address stopped (a measure order was received)."


@pytest.mark.parametrize("measure_order", [False, True])
def test_three_years_for_mail_order_advertising(measure_order: bool) -> None:
    until, basis = retention_until(NOT_ON_LIST, DAY, None, measure_order=measure_order, mail_order_ads=True)
    assert until == date(2029, 3, 15)
    assert basis == "Three years after the last advertising mail (mail-order advertising, 特商法)."

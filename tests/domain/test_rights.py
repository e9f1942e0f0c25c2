"""A6: rights requests carry a due date and are tracked to completion (seed 003, line 51)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import rights
from desktop.domain.errors import ValidationError


def test_default_due_date_is_ten_business_days_after_receipt() -> None:
    received, due = rights.request_dates(date(2026, 12, 25), date(2026, 12, 28), None)
    assert received == date(2026, 12, 25)
    assert due == date(2027, 1, 15)  # skips weekends, the year-end closure and 成人の日 (1/11)


def test_received_in_the_future_and_due_before_receipt_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        rights.request_dates(date(2026, 12, 1), date(2026, 11, 30), None)
    assert err.value.context == "Requests"
    with pytest.raises(ValidationError):
        rights.request_dates(date(2026, 11, 20), date(2026, 11, 30), date(2026, 11, 19))
    assert rights.request_dates(None, date(2026, 11, 30), date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 3))

"""Unsubscribe requests: routes and due dates (desktop.domain.consent, design A5).

Seed 003 line 4: "配信停止を希望されたら即時対応し"; line 45: "相手から「案内は不要」「配信停止を希望」等の
意思が示された場合は、その場でリスト登録しない(または登録済みの場合は削除する)。"; line 49:
"配信停止の連絡があった場合は、速やかに(遅くとも所定の営業日内に)対象アドレスをオプトイン対応し
無効化する。"
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.business_days import NO_CLOSURES, is_overdue
from desktop.domain.consent import (
    DEFAULT_UNSUBSCRIBE_DUE_DAYS,
    RouteChannel,
    check_due_days,
    check_unsubscribe_request,
    due_days_setting,
    parse_route,
    unsubscribe_due,
    valid_due_days,
)
from desktop.domain.errors import ValidationError

TODAY = date(2027, 4, 28)  # a Wednesday, before Golden Week


def test_a_request_by_phone_is_processed_during_the_call() -> None:
    with pytest.raises(ValidationError) as exc:
        check_unsubscribe_request(RouteChannel.PHONE, received=TODAY, today=TODAY, process_now=False)
    assert (exc.value.context, exc.value.message) == (
        "Unsubscribe", "A request by phone is processed during the call: enter the address the caller gives.")
    check_unsubscribe_request(RouteChannel.PHONE, received=TODAY, today=TODAY, process_now=True)
    assert [r for r in RouteChannel if r.processed_at_once] == [RouteChannel.PHONE]


@pytest.mark.parametrize("route", [RouteChannel.EMAIL_REPLY, RouteChannel.WEB_FORM, RouteChannel.LETTER])
def test_other_routes_may_be_queued(route: RouteChannel) -> None:
    check_unsubscribe_request(route, received=date(2027, 4, 1), today=TODAY, process_now=False)
    check_unsubscribe_request(route, received=TODAY, today=TODAY, process_now=True)


def test_the_date_received_is_not_in_the_future() -> None:
    with pytest.raises(ValidationError) as exc:
        check_unsubscribe_request(RouteChannel.LETTER, received=date(2027, 4, 29), today=TODAY, process_now=False)
    assert (exc.value.context, exc.value.message) == ("Unsubscribe", "The date received cannot be in the future.")


def test_parse_route() -> None:
    assert parse_route("letter") is RouteChannel.LETTER
    assert parse_route(RouteChannel.PHONE) is RouteChannel.PHONE
    with pytest.raises(ValidationError) as exc:
        parse_route("fax")
    assert (exc.value.context, exc.value.message) == ("Unsubscribe", "Choose how the request arrived.")
    assert RouteChannel.WEB_FORM.label == "Web form"
    assert RouteChannel.WEB_FORM.label.context == "Unsubscribe"  # type: ignore[attr-defined]


def test_due_a_set_number_of_business_days_after_receipt() -> None:
    # Wed 28 Apr 2027 + 3 business days: Thu 29 (昭和の日), Sat, Sun, 3-5 May holidays skipped
    assert unsubscribe_due(TODAY, 3) == date(2027, 5, 7)
    assert unsubscribe_due(date(2026, 12, 25), 3) == date(2027, 1, 5)  # Fri; Mon 28, closed 29 Dec-3 Jan
    assert unsubscribe_due(date(2026, 12, 25), 3, closures=NO_CLOSURES) == date(2026, 12, 30)
    assert not is_overdue(date(2027, 5, 7), date(2027, 5, 7))
    assert is_overdue(date(2027, 5, 7), date(2027, 5, 8))


@pytest.mark.parametrize(("days", "ok"), [(1, True), (3, True), (30, True), (0, False), (31, False),
                                           (-1, False), (True, False), (3.0, False), ("3", False), (None, False)])
def test_due_days_bounds(days: object, ok: bool) -> None:
    assert valid_due_days(days) is ok
    if ok:
        assert check_due_days(days) == days
    else:
        with pytest.raises(ValidationError) as exc:
            check_due_days(days)
        assert (exc.value.context, exc.value.message) == (
            "Unsubscribe", "Enter a number of business days from 1 to 30.")


@pytest.mark.parametrize(("stored", "days"), [(5, 5), ("7", 7), (30, 30), (0, DEFAULT_UNSUBSCRIBE_DUE_DAYS),
                                              (99, DEFAULT_UNSUBSCRIBE_DUE_DAYS), ("x", DEFAULT_UNSUBSCRIBE_DUE_DAYS),
                                              (None, DEFAULT_UNSUBSCRIBE_DUE_DAYS)])
def test_due_days_setting_falls_back_to_the_default(stored: object, days: int) -> None:
    assert due_days_setting(stored) == days
    assert DEFAULT_UNSUBSCRIBE_DUE_DAYS == 3

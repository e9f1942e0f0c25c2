"""Unsubscribe: at once, by any route; queued requests with a business-day due date (A5).

Seed 003 line 4 "配信停止を希望されたら即時対応し"; line 49 "速やかに(遅くとも所定の営業日内に)".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.business_days import add_business_days
from desktop.domain.consent import ContactStatus, Outcome
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import day_start, office_date
from desktop.services import consent, scripts, unsubscribe
from desktop.services.errors import PermissionDenied
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from tests.conftest import add_user, at, friday_before_a_monday_holiday, login


def agreed(session, address: str) -> int:  # type: ignore[no-untyped-def]
    return consent.capture_phone(session, address=address, outcome=Outcome.AGREED,
                                 script=consent.ScriptShown.of(scripts.current(session, "phone")),
                                 script_read_confirmed=True).contact_id


def test_phone_request_takes_effect_at_once(office) -> None:  # type: ignore[no-untyped-def]
    cid = agreed(office, "stop@example.jp")
    result = unsubscribe.record_request(office, address=" ＳＴＯＰ＠example.jp ", channel="phone")
    assert result.done and result.was_on_list and result.contact_id == cid
    assert result.status is ContactStatus.UNSUBSCRIBED
    contact = crepo.contact_by_id(cid)
    assert contact is not None and not contact.eligible
    assert crepo.suppression_by_hash(contact.key_hash).reason == "unsubscribed"  # type: ignore[union-attr]
    entry = store_audit.entries(action_prefix="unsubscribe.")[-1]
    assert entry.action == "unsubscribe.record" and entry.details["done"] is True
    assert "stop" not in str(entry.details)
    assert unsubscribe.open_requests(office) == []


def test_unknown_address_is_suppressed_too(office) -> None:  # type: ignore[no-untyped-def]
    result = unsubscribe.record_request(office, address="stranger@example.jp", channel="email_reply")
    assert result.created_contact and result.status is ContactStatus.UNSUBSCRIBED
    # a later import or phone capture sees the unsubscribe
    known = consent.lookup(office, "stranger@example.jp")
    assert known is not None and known.needs_explicit_agreement


def test_bad_input_changes_nothing(office) -> None:  # type: ignore[no-untyped-def]
    before = store_audit.count()
    with pytest.raises(ValidationError, match="no @ sign"):
        unsubscribe.record_request(office, address="not an address", channel="letter")
    with pytest.raises(ValidationError, match="how the request arrived"):
        unsubscribe.record_request(office, address="a@example.jp", channel="fax")
    with pytest.raises(ValidationError, match="future"):
        unsubscribe.record_request(office, address="a@example.jp", channel="letter", received_on=at(date(2027, 1, 1)))
    with pytest.raises(ValidationError, match="during the call"):
        unsubscribe.record_request(office, address="a@example.jp", channel="phone", process_now=False)
    with pytest.raises(ValidationError, match="Enter the address"):
        unsubscribe.record_request(office, address="   ", channel="letter")
    assert store_audit.count() == before


def test_queued_request_has_a_business_day_due_date_and_becomes_overdue(office, clock) -> None:  # type: ignore[no-untyped-def]
    # received on a Friday whose Monday is a public holiday: due on Thursday (3 business days).
    # The clock is moved to such a Friday on purpose: the holiday is the point of the test.
    friday = friday_before_a_monday_holiday()
    clock.now = day_start(friday) + timedelta(hours=10)
    cid = agreed(office, "letter@example.jp")
    queued = unsubscribe.record_request(office, address="letter @ example.jp (手書き)", channel="letter",
                                        process_now=False, memo="封書")
    assert not queued.done and queued.due_on == friday + timedelta(days=6)
    assert crepo.contact_by_id(cid).eligible  # type: ignore[union-attr]  # not processed yet
    (info,) = unsubscribe.open_requests(office)
    assert info.business_days_left == 3 and not info.overdue and info.memo == "封書"
    clock.now = day_start(friday + timedelta(days=6)) + timedelta(hours=17)  # the due day: still in time
    assert unsubscribe.overdue_count(office) == 0
    clock.now = day_start(friday + timedelta(days=7)) + timedelta(hours=9, minutes=30)
    assert unsubscribe.overdue_count(office) == 1
    (info,) = unsubscribe.open_requests(office)
    assert info.overdue and info.business_days_left == -1
    with pytest.raises(ValidationError, match="cannot be used"):
        unsubscribe.complete_request(office, info.request_id)  # the address as received is unclear
    done = unsubscribe.complete_request(office, info.request_id, address="letter@example.jp")
    assert done.done and done.contact_id == cid and done.status is ContactStatus.UNSUBSCRIBED
    assert store_audit.entries(action_prefix="unsubscribe.complete")[-1].details["late"] is True
    assert unsubscribe.overdue_count(office) == 0
    with pytest.raises(ValidationError, match="already been processed"):
        unsubscribe.complete_request(office, info.request_id)


def test_due_days_setting_is_for_admins(office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    assert unsubscribe.due_days(office) == 3
    unsubscribe.set_due_days(office, 5)
    assert unsubscribe.due_days(office) == 5
    with pytest.raises(ValidationError):
        unsubscribe.set_due_days(office, 0)
    add_user(office, "adv", "advisor")
    office.logout()
    advisor = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            unsubscribe.set_due_days(advisor, 2)
        friday = friday_before_a_monday_holiday()
        clock.now = day_start(friday) + timedelta(hours=10)
        r = unsubscribe.record_request(advisor, address="adv@example.jp", channel="web_form", process_now=False)
        # the setting is used: 5 business days after a Friday before a Monday holiday is the Monday after next
        assert r.due_on == add_business_days(office_date(clock.now), 5) == friday + timedelta(days=10)
    finally:
        advisor.logout()

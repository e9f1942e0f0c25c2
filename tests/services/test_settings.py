"""Office settings: validated all-or-nothing, audited, footer items checked."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.office_settings import missing_footer_items
from desktop.services import settings
from desktop.services.session import Session
from desktop.store.audit import entries


def test_footer_items_missing_then_filled(office: Session) -> None:
    current = settings.details(office)
    missing = [i.key for i in current.missing_footer()]
    assert missing == ["sender_postal_address", "optout_contact", "inquiry_contact"]
    values = dict(current.values, sender_postal_address="東京都千代田区1-1", optout_contact="stop@example.jp",
                  inquiry_contact="03-0000-0000")
    settings.save(office, values, autolock_minutes=5, unsubscribe_due_days=3)
    assert settings.details(office).missing_footer() == []
    assert settings.details(office).autolock_minutes == 5
    last = entries()[-1]
    assert last.action == "settings.change" and "autolock_minutes" in last.details["keys"]


@pytest.mark.parametrize("key,value", [("office_name", ""), ("privacy_officer_name", "   "),
                                       ("sender_name", "x" * 500), ("inquiry_contact", "bad\0")])
def test_bad_values_change_nothing(office: Session, key: str, value: str) -> None:
    before = settings.details(office)
    values = dict(before.values, **{key: value})
    n = len(entries())
    with pytest.raises(ValidationError):
        settings.save(office, values, autolock_minutes=10, unsubscribe_due_days=3)
    assert settings.details(office) == before and len(entries()) == n


@pytest.mark.parametrize("minutes,days", [(0, 3), (500, 3), (10, 0), (10, 99)])
def test_out_of_range_numbers(office: Session, minutes: int, days: int) -> None:
    with pytest.raises(ValidationError):
        settings.save(office, settings.details(office).values, autolock_minutes=minutes, unsubscribe_due_days=days)


def test_missing_footer_items_rule() -> None:
    assert len(missing_footer_items({})) == 5

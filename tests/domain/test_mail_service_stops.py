"""A hard bounce and a complaint read back from a mail service keep the address off every send list,
with their own reasons; an explicit new agreement re-joins, an imported record does not (A5)."""

from __future__ import annotations

import pytest

from desktop.domain.consent import (
    SUPPRESSING,
    ConsentEvent,
    ContactStatus,
    EventKind,
    Reason,
    RouteChannel,
    eligibility,
    validate_capture,
)
from tests.domain.test_consent import TODAY, at, municipal, phone


def stop(kind: EventKind, day: int) -> ConsentEvent:
    return ConsentEvent(kind=kind, occurred_at=at(day), recorded_by="u1")


@pytest.mark.parametrize(("kind", "reason", "status"), [
    (EventKind.BOUNCE, Reason.BOUNCED, ContactStatus.BOUNCED),
    (EventKind.COMPLAINT, Reason.COMPLAINT, ContactStatus.UNSUBSCRIBED),
])
def test_a_stop_from_the_mail_service(kind: EventKind, reason: Reason, status: ContactStatus) -> None:
    events = [phone(0, event_id=1), stop(kind, 5)]
    validate_capture(events[1], events[:1])
    decision = eligibility(events, deleted=False, address_valid=True, today=TODAY)
    assert (decision.eligible, decision.reason, decision.status) == (False, reason, status)
    assert status in SUPPRESSING  # on the suppression list too
    # an imported landing-page row later does not put it back
    again = eligibility([*events, municipal(10)], deleted=False,
                        address_valid=True, today=TODAY)
    assert not again.eligible and again.reason is reason
    # a new agreement read to the caller does
    rejoined = eligibility([*events, phone(12, event_id=3)], deleted=False, address_valid=True, today=TODAY)
    assert rejoined.eligible
    # a stop older than the agreement does nothing
    assert eligibility([phone(5), stop(kind, 0)], deleted=False, address_valid=True, today=TODAY).eligible


def test_labels_for_the_export_preview() -> None:
    assert Reason.BOUNCED.label == "Address does not exist (bounced at the mail service)"
    assert RouteChannel.MAIL_SERVICE.label == "Mail service"
    assert not RouteChannel.MAIL_SERVICE.processed_at_once

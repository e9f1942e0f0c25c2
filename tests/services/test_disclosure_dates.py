"""The disclosure file prints every day and time in the office's one format (yyyy/MM/dd, Japan time; issue 17)."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.domain.consent import Outcome
from desktop.domain.office_time import display, display_day, office_date
from desktop.services import consent, requests, scripts, unsubscribe


def test_days_and_times_in_the_disclosure_file_use_the_office_format(office, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    consent.capture_phone(office, address="kazuko@example.jp", outcome=Outcome.AGREED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")), script_read_confirmed=True,
                          name="木村 和子")
    unsubscribe_due = unsubscribe.record_request(office, address="kazuko@example.jp", channel="letter").due_on
    info = requests.create_request(office, kind="disclosure", requester="本人", address="kazuko@example.jp")
    target = tmp_path / "disclosure.txt"
    requests.disclose(office, info.request_id, target)
    text = target.read_text(encoding="utf-8")

    today = office_date(clock.now)
    assert f"受付日 / Received: {display_day(today)}" in text
    assert f"#{info.request_id} {display_day(today)}" in text  # the person's rights requests, by day
    assert info.retain_until is not None and display_day(info.retain_until) in text  # consent record kept until
    assert f"期限 / Due: {display_day(unsubscribe_due)}" in text  # the unsubscribe request's due day
    assert display(clock.now) in text  # the moments (registered, captured) in Japan time
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "an ISO date is left in the file"

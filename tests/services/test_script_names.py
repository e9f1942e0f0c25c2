"""Printouts name a consent script by its title and version date, never by its stored id."""

from __future__ import annotations

from desktop.domain import office_time
from desktop.services import scripts


def test_a_script_version_is_named_by_title_and_date(office) -> None:  # type: ignore[no-untyped-def]
    view = scripts.current(office, "phone")  # the shipped versions are in place
    day = office_time.display(office_time.to_office(office.now()), date_only=True)
    assert view.version_id == "phone@seed-1"
    assert scripts.version_name("phone@seed-1") == f"電話口での文言（{day}版）"
    assert scripts.version_name("phone@seed-1", "en") == f"Phone script (version of {day})"
    assert scripts.version_name(None) == "" and scripts.version_name("") == ""
    assert "@" not in scripts.version_name("phone@no-such-version")


def test_a_contact_timeline_names_the_script_not_its_id(qapp, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.consent.records import TimelineEntry
    from desktop.ui.consent_text import timeline_text

    scripts.current(office, "phone")
    entry = TimelineEntry(at=office.now().isoformat(), kind="capture", event_id=26, channel="phone", outcome="agreed",
                          staff="相談員", script_version_id="phone@seed-1", corrects_id=12)
    shown = timeline_text(entry)
    assert "Phone script (version of" in shown  # the English catalogue: the English title
    assert "@seed" not in shown and "#26" not in shown and "#12" not in shown

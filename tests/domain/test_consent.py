"""Send-list eligibility and capture validation (desktop.domain.consent, design A1–A5)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.domain.consent import (
    RULE_VERSION,
    Channel,
    ConsentEvent,
    ContactStatus,
    EventKind,
    Outcome,
    Reason,
    eligibility,
    validate_capture,
)
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import OFFICE_TZ as JST

T0 = datetime(2026, 4, 1, 10, 0, tzinfo=JST)
TODAY = date(2026, 6, 1)


def at(days: int) -> datetime:
    return T0 + timedelta(days=days)


def phone(day: int = 0, outcome: Outcome = Outcome.AGREED, **kw: object) -> ConsentEvent:
    fields: dict[str, object] = {
        "channel": Channel.PHONE,
        "outcome": outcome,
        "occurred_at": at(day),
        "script_version_id": "phone@seed-1",
        "script_read_confirmed": True,
    }
    fields.update(kw)
    return ConsentEvent(**fields)  # type: ignore[arg-type]


def municipal(day: int = 0, ticked: bool | None = True, **kw: object) -> ConsentEvent:
    fields: dict[str, object] = {
        "channel": Channel.MUNICIPAL_LP,
        "outcome": Outcome.AGREED if ticked else None,
        "occurred_at": at(day),
        "script_version_id": "municipal_lp@seed-1",
        "opt_in_checked": ticked,
        "imported": True,
    }
    fields.update(kw)
    return ConsentEvent(**fields)  # type: ignore[arg-type]


def notice(channel: Channel, day: int = 0, **kw: object) -> ConsentEvent:
    fields: dict[str, object] = {
        "channel": channel,
        "outcome": Outcome.AGREED,
        "occurred_at": at(day),
        "script_version_id": f"{channel.value}@seed-1",
        "notice_given": True,
    }
    fields.update(kw)
    return ConsentEvent(**fields)  # type: ignore[arg-type]


def event(kind: EventKind, day: int, **kw: object) -> ConsentEvent:
    return ConsentEvent(kind=kind, occurred_at=at(day), **kw)  # type: ignore[arg-type]


def decide(*events: ConsentEvent, deleted: bool = False, valid: bool = True):
    return eligibility(list(events), deleted=deleted, address_valid=valid, today=TODAY)


# --- basics ---------------------------------------------------------------------------------


def test_no_events_means_no_opt_in() -> None:
    result = decide()
    assert not result.eligible
    assert result.reason is Reason.NO_OPT_IN
    assert result.status is ContactStatus.NO_CONSENT
    assert result.rule_version == RULE_VERSION


def test_every_reason_and_channel_has_a_distinct_label() -> None:
    for enum in (Reason, Channel, Outcome, ContactStatus, EventKind):
        labels = [m.label for m in enum]
        assert len(set(labels)) == len(labels), enum
        assert all(labels)
    assert Channel.PHONE.label == "Phone"
    assert Channel.MUNICIPAL_LP.label == "Municipal landing page"


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError):
        ConsentEvent(channel=Channel.PHONE, outcome=Outcome.AGREED, occurred_at=datetime(2026, 4, 1))


def test_string_values_from_the_store_are_accepted() -> None:
    e = ConsentEvent(kind="capture", channel="phone", outcome="agreed", occurred_at=T0)  # type: ignore[arg-type]
    assert e.channel is Channel.PHONE and e.outcome is Outcome.AGREED and e.kind is EventKind.CAPTURE


# --- A3 phone ---------------------------------------------------------------------------------


def test_phone_agreed_with_script_read_is_eligible() -> None:
    result = decide(phone(event_id=1))
    assert result.eligible and result.reason is Reason.ELIGIBLE
    assert result.status is ContactStatus.SUBSCRIBED
    assert result.rule == "A3" and result.basis_event_id == 1


def test_phone_agreed_without_script_read_is_not_eligible() -> None:
    result = decide(phone(script_read_confirmed=None))
    assert not result.eligible and result.reason is Reason.NO_OPT_IN and result.rule == "A3"


def test_phone_refused_never_joins() -> None:
    result = decide(phone(outcome=Outcome.REFUSED, event_id=7))
    assert not result.eligible
    assert result.reason is Reason.REFUSED and result.status is ContactStatus.REFUSED
    assert result.deciding_event_id == 7


def test_phone_refusal_removes_an_earlier_agreement_at_once() -> None:
    result = decide(notice(Channel.OTHER_LP, 0), phone(5, Outcome.REFUSED))
    assert result.reason is Reason.REFUSED


def test_refused_then_explicit_new_agreement_rejoins() -> None:
    result = decide(phone(0, Outcome.REFUSED), phone(10, event_id="again"))
    assert result.eligible and result.basis_event_id == "again"


def test_refused_then_new_agreement_without_script_read_stays_out() -> None:
    result = decide(phone(0, Outcome.REFUSED), phone(10, script_read_confirmed=False))
    assert result.reason is Reason.REFUSED


# --- A1 municipal landing page ---------------------------------------------------------------------


def test_municipal_lp_ticked_but_unconfirmed_is_out() -> None:
    result = decide(municipal(0))
    assert not result.eligible
    assert result.reason is Reason.NO_OPT_IN
    assert result.status is ContactStatus.AWAITING_CONFIRMATION
    assert result.rule == "A1"


def test_municipal_lp_ticked_and_confirmed_is_eligible() -> None:
    result = decide(municipal(0, event_id="lp"), event(EventKind.OPT_IN_CONFIRMED, 1))
    assert result.eligible and result.rule == "A1" and result.basis_event_id == "lp"


def test_municipal_lp_confirmation_before_the_record_does_not_count() -> None:
    result = decide(event(EventKind.OPT_IN_CONFIRMED, 0), municipal(1))
    assert result.status is ContactStatus.AWAITING_CONFIRMATION


def test_municipal_lp_not_ticked_is_out_even_if_confirmed() -> None:
    result = decide(municipal(0, ticked=False), event(EventKind.OPT_IN_CONFIRMED, 1))
    assert not result.eligible and result.reason is Reason.NO_OPT_IN
    assert result.status is ContactStatus.NO_CONSENT and result.rule == "A1"


def test_unticked_municipal_record_does_not_remove_a_phone_consent() -> None:
    result = decide(phone(0), municipal(5, ticked=False))
    assert result.eligible and result.rule == "A3"


# --- A2 other LP / in person / web ----------------------------------------------------------------


@pytest.mark.parametrize("channel", [Channel.OTHER_LP, Channel.IN_PERSON, Channel.WEB_FORM])
def test_notice_channels(channel: Channel) -> None:
    assert decide(notice(channel)).eligible
    assert decide(notice(channel)).rule == "A2"
    without = decide(notice(channel, notice_given=False))
    assert not without.eligible and without.reason is Reason.NO_OPT_IN
    refused = decide(notice(channel, outcome=Outcome.REFUSED))
    assert refused.reason is Reason.REFUSED


# --- A5 unsubscribe --------------------------------------------------------------------------------


def test_unsubscribe_takes_effect_at_once() -> None:
    result = decide(phone(0), event(EventKind.UNSUBSCRIBE, 1, event_id="u"))
    assert not result.eligible
    assert result.reason is Reason.UNSUBSCRIBED and result.rule == "A5"
    assert result.deciding_event_id == "u"


def test_unsubscribed_then_lp_import_stays_out() -> None:
    # an old LP record imported after the unsubscribe, whatever date it carries
    old = notice(Channel.OTHER_LP, -30, imported=True, event_id="old")
    newer = notice(Channel.OTHER_LP, 20, imported=True, event_id="newer")
    muni = municipal(21, event_id="muni")
    result = decide(phone(0), event(EventKind.UNSUBSCRIBE, 10), old, newer, muni,
                    event(EventKind.OPT_IN_CONFIRMED, 22))  # fmt: skip
    assert not result.eligible and result.reason is Reason.UNSUBSCRIBED
    assert set(result.ignored_event_ids) == {"newer", "muni"}


def test_refused_then_lp_import_stays_out() -> None:
    result = decide(phone(0, Outcome.REFUSED), notice(Channel.OTHER_LP, 5, imported=True))
    assert result.reason is Reason.REFUSED


def test_unsubscribed_then_explicit_rejoin() -> None:
    rejoin = phone(20, kind=EventKind.REJOIN, event_id="r")
    result = decide(phone(0), event(EventKind.UNSUBSCRIBE, 10), rejoin)
    assert result.eligible and result.basis_event_id == "r"


def test_unsubscribed_then_new_in_person_capture_rejoins() -> None:
    result = decide(phone(0), event(EventKind.UNSUBSCRIBE, 10), notice(Channel.IN_PERSON, 20))
    assert result.eligible


def test_unsubscribe_after_rejoin_wins_again() -> None:
    result = decide(phone(0), event(EventKind.UNSUBSCRIBE, 10), phone(20, kind=EventKind.REJOIN),
                    event(EventKind.UNSUBSCRIBE, 30))  # fmt: skip
    assert result.reason is Reason.UNSUBSCRIBED


def test_events_are_replayed_in_time_order_not_list_order() -> None:
    result = decide(event(EventKind.UNSUBSCRIBE, 10), phone(0))
    assert result.reason is Reason.UNSUBSCRIBED


# --- deletion and invalid addresses --------------------------------------------------------------


def test_deleted_flag_wins() -> None:
    result = decide(phone(0), deleted=True)
    assert not result.eligible and result.reason is Reason.DELETED
    assert result.status is ContactStatus.DELETED


def test_deletion_event_and_later_import_stay_out() -> None:
    result = decide(phone(0), event(EventKind.DELETION, 5), notice(Channel.OTHER_LP, 8, imported=True))
    assert result.reason is Reason.DELETED


def test_invalid_address_with_consent() -> None:
    result = decide(phone(0), valid=False)
    assert not result.eligible and result.reason is Reason.INVALID
    assert result.status is ContactStatus.INVALID_ADDRESS


def test_refusal_outranks_invalid_address() -> None:
    assert decide(phone(0, Outcome.REFUSED), valid=False).reason is Reason.REFUSED


def test_expired_consent() -> None:
    assert not decide(phone(0, valid_until=date(2026, 5, 1))).eligible
    assert decide(phone(0, valid_until=date(2026, 6, 1))).eligible


# --- corrections --------------------------------------------------------------------------------


def test_correction_supersedes_the_event_it_corrects() -> None:
    wrong = phone(0, Outcome.REFUSED, event_id=1)  # the advisor pressed the wrong button
    fix = phone(1, Outcome.AGREED, kind=EventKind.CORRECTION, supersedes=1, event_id=2)
    result = decide(wrong, fix)
    assert result.eligible and result.basis_event_id == 2


def test_correction_to_refused_removes() -> None:
    result = decide(phone(0, event_id=1), phone(1, Outcome.REFUSED, kind=EventKind.CORRECTION, supersedes=1))
    assert result.reason is Reason.REFUSED


def test_correction_takes_the_place_of_the_corrected_event_in_time() -> None:
    # correcting the original capture after an unsubscribe must not re-join
    original = phone(0, event_id=1)
    fix = phone(30, kind=EventKind.CORRECTION, supersedes=1, memo="fixed recording id")
    result = decide(original, event(EventKind.UNSUBSCRIBE, 10), fix)
    assert result.reason is Reason.UNSUBSCRIBED


def test_correction_of_an_ignored_import_stays_an_import() -> None:
    imp = notice(Channel.OTHER_LP, 20, imported=True, event_id="imp")
    fix = notice(Channel.OTHER_LP, 25, kind=EventKind.CORRECTION, supersedes="imp")
    result = decide(phone(0), event(EventKind.UNSUBSCRIBE, 10), imp, fix)
    assert result.reason is Reason.UNSUBSCRIBED


def test_correction_chain_latest_wins() -> None:
    e1 = phone(0, event_id=1)
    e2 = phone(1, Outcome.REFUSED, kind=EventKind.CORRECTION, supersedes=1, event_id=2)
    e3 = phone(2, Outcome.AGREED, kind=EventKind.CORRECTION, supersedes=2, event_id=3)
    assert decide(e1, e2, e3).eligible
    assert decide(e1, e2).reason is Reason.REFUSED


def test_void_correction_cancels_an_unsubscribe_recorded_by_mistake() -> None:
    unsub = event(EventKind.UNSUBSCRIBE, 5, event_id="u")
    void = event(EventKind.CORRECTION, 6, supersedes="u", memo="wrong contact")
    assert decide(phone(0), unsub).reason is Reason.UNSUBSCRIBED
    assert decide(phone(0), unsub, void).eligible


def test_correction_fixing_the_opt_in_flag() -> None:
    lp = municipal(0, event_id="lp")
    conf = event(EventKind.OPT_IN_CONFIRMED, 1)
    fix = municipal(2, ticked=False, kind=EventKind.CORRECTION, supersedes="lp")
    assert decide(lp, conf).eligible
    assert not decide(lp, conf, fix).eligible


# --- validate_capture ---------------------------------------------------------------------------


def _fails(e: ConsentEvent, history: list[ConsentEvent] | None = None) -> str:
    with pytest.raises(ValidationError) as info:
        validate_capture(e, history)
    assert info.value.context == "Consent"
    return info.value.message


def test_valid_captures_pass() -> None:
    validate_capture(phone())
    validate_capture(phone(outcome=Outcome.REFUSED, script_read_confirmed=None))
    validate_capture(municipal())
    validate_capture(municipal(ticked=False))
    for ch in (Channel.OTHER_LP, Channel.IN_PERSON, Channel.WEB_FORM):
        validate_capture(notice(ch))
    validate_capture(event(EventKind.UNSUBSCRIBE, 0))


def test_phone_agreed_without_script_read_is_refused() -> None:
    assert "script was read" in _fails(phone(script_read_confirmed=None))
    assert "script was read" in _fails(phone(script_read_confirmed=False))


def test_phone_without_script_version_or_outcome_is_refused() -> None:
    assert "version" in _fails(phone(script_version_id=None))
    assert "version" in _fails(phone(outcome=Outcome.REFUSED, script_version_id=""))
    assert "agreed or refused" in _fails(phone(outcome=None))


def test_municipal_import_without_opt_in_flag_is_refused() -> None:
    assert "opt-in box was ticked" in _fails(municipal(ticked=None, outcome=Outcome.AGREED))
    assert "not ticked" in _fails(municipal(ticked=False, outcome=Outcome.AGREED))
    assert "record this as an agreement" in _fails(municipal(ticked=True, outcome=None))


def test_notice_channels_need_the_notice() -> None:
    assert "Record whether" in _fails(notice(Channel.OTHER_LP, notice_given=None))
    assert "was not told" in _fails(notice(Channel.IN_PERSON, notice_given=False))
    assert "agreed or refused" in _fails(notice(Channel.WEB_FORM, outcome=None))
    assert "version" in _fails(notice(Channel.OTHER_LP, script_version_id=None))


def test_capture_needs_a_channel() -> None:
    assert "how the address" in _fails(ConsentEvent(outcome=Outcome.AGREED, occurred_at=T0))


def test_rejoin_rules() -> None:
    assert "not an import" in _fails(phone(kind=EventKind.REJOIN, imported=True))
    assert "agreement" in _fails(phone(kind=EventKind.REJOIN, outcome=Outcome.REFUSED))
    validate_capture(phone(kind=EventKind.REJOIN))


def test_correction_rules() -> None:
    assert "name the record" in _fails(phone(kind=EventKind.CORRECTION))
    assert "not found" in _fails(phone(kind=EventKind.CORRECTION, supersedes=9), [phone(event_id=1)])
    assert "Only a correction" in _fails(phone(supersedes=1))
    validate_capture(phone(kind=EventKind.CORRECTION, supersedes=1), [phone(event_id=1)])


def test_opt_in_confirmation_rules() -> None:
    confirm = event(EventKind.OPT_IN_CONFIRMED, 5)
    assert "an import cannot" in _fails(event(EventKind.OPT_IN_CONFIRMED, 5, imported=True))
    assert "waiting to be confirmed" in _fails(confirm, [phone(0)])
    assert "waiting to be confirmed" in _fails(confirm, [municipal(0, ticked=False)])
    validate_capture(confirm, [municipal(0)])


def test_messages_hold_no_personal_data() -> None:
    message = _fails(phone(script_read_confirmed=None, memo="taro@example.com"))
    assert "@" not in message

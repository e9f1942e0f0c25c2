"""Violation reports (desktop.domain.violations), design A10.

Seed 003_5cb2449b1dcf02bb.txt, line 71: "本マニュアルに違反する事案が発生した場合、直ちに
個人情報保護管理責任者(上田)に報告する。" — and line 72: "違反内容を分析し、再発防止策を講じる".

APPI Art. 26 (features.md §2b): sensitive data, financial-harm risk or unlawful purpose (even 1
person), or >1,000 people -> prompt report in ~3-5 days, final in 30 days (60 for unlawful
purpose); exempt if strongly encrypted. Day 1 is the day the office became aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import violations as v
from desktop.domain.errors import ValidationError
from desktop.domain.violations import DataKind, DateField, Due, Facts, Reason, Status, ViolationKind

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED_FILE = "003_5cb2449b1dcf02bb.txt"
SEED_LINE = 71
SEED_QUOTE = "本マニュアルに違反する事案が発生した場合、直ちに個人情報保護管理責任者"

NOTICED = date(2026, 11, 23)  # a Monday


def facts(**kw) -> Facts:  # type: ignore[no-untyped-def]
    kw.setdefault("kind", ViolationKind.WRONG_RECIPIENT)
    kw.setdefault("noticed_on", NOTICED)
    return Facts(**kw)


def test_the_rule_is_the_seed_line() -> None:
    seed = SEEDS / SEED_FILE
    if not seed.is_file():
        pytest.skip(f"seed documents not present at {SEEDS}")
    lines = seed.read_text(encoding="utf-8").splitlines()
    assert SEED_QUOTE in lines[SEED_LINE - 1]
    assert "報告する" in lines[SEED_LINE - 1]
    assert "再発防止策" in lines[SEED_LINE]  # line 72: analyse and prevent recurrence
    assert str(SEED_LINE) in (v.__doc__ or "") and SEED_FILE in (v.__doc__ or "")


def test_a_wrong_recipient_with_a_few_addresses_needs_no_ppc_report() -> None:
    a = v.assess(facts(people_affected=3, data_kinds=frozenset({DataKind.EMAIL, DataKind.NAME})))
    assert a.reasons == () and not a.may_need_report and a.deadlines is None
    assert not a.people_unknown


@pytest.mark.parametrize(("people", "needed"), [(999, False), (1000, False), (1001, True), (50_000, True)])
def test_more_than_1000_people(people: int, needed: bool) -> None:
    a = v.assess(facts(people_affected=people))
    assert a.may_need_report is needed
    assert (Reason.OVER_1000 in a.reasons) is needed


@pytest.mark.parametrize(("kw", "reason"), [
    ({"sensitive": True}, Reason.SENSITIVE),
    ({"data_kinds": frozenset({DataKind.SENSITIVE})}, Reason.SENSITIVE),
    ({"financial_risk": True}, Reason.FINANCIAL),
    ({"data_kinds": frozenset({DataKind.CREDENTIALS})}, Reason.FINANCIAL),
    ({"data_kinds": frozenset({DataKind.PAYMENT})}, Reason.FINANCIAL),
    ({"unlawful_purpose": True}, Reason.UNLAWFUL),
    ({"kind": ViolationKind.UNAUTHORISED_ACCESS}, Reason.UNLAWFUL),
])
def test_even_one_person_may_need_a_report(kw: dict, reason: Reason) -> None:  # type: ignore[type-arg]
    a = v.assess(facts(people_affected=1, **kw))
    assert a.reasons == (reason,)
    assert a.may_need_report and a.deadlines is not None


def test_unknown_number_of_people_is_said() -> None:
    a = v.assess(facts())
    assert a.people_unknown and not a.may_need_report


def test_strong_encryption_exemption_is_a_note_without_deadlines() -> None:
    a = v.assess(facts(people_affected=5000, encrypted=True))
    assert a.reasons == (Reason.OVER_1000,)
    assert not a.may_need_report and a.encryption_exemption and a.deadlines is None
    # nothing to exempt: no note
    assert not v.assess(facts(people_affected=5, encrypted=True)).encryption_exemption


def test_deadlines_count_the_day_of_awareness_as_day_1() -> None:
    d = v.deadlines(NOTICED, unlawful=False)
    assert d.preliminary_target == date(2026, 11, 25)  # day 3
    assert d.preliminary_due == date(2026, 11, 27)  # day 5
    assert d.final_due == date(2026, 12, 22)  # day 30
    assert d.final_days == 30
    assert (d.final_due - NOTICED).days == 29


def test_unlawful_purpose_gives_60_days() -> None:
    d = v.deadlines(NOTICED, unlawful=True)
    assert d.final_due == date(2027, 1, 21) and d.final_days == 60
    a = v.assess(facts(kind=ViolationKind.UNAUTHORISED_ACCESS))
    assert a.deadlines == d


def test_deadlines_do_not_move_for_weekends_or_the_year_end() -> None:
    # noticed on Thursday 24 Dec: day 5 is Monday 28 Dec, day 30 is Friday 22 Jan (through the closure)
    d = v.deadlines(date(2026, 12, 24), unlawful=False)
    assert d.preliminary_due == date(2026, 12, 28)
    assert d.final_due == date(2027, 1, 22)
    # a deadline on a Sunday stays on the Sunday
    assert v.deadlines(date(2026, 11, 25), unlawful=False).preliminary_due == date(2026, 11, 29)


def test_overdue_after_the_last_day() -> None:
    a = v.assess(facts(people_affected=2000))
    none = {"preliminary_on": None, "final_on": None, "status": Status.OPEN}
    assert v.overdue(a, today=date(2026, 11, 27), **none) == ()  # day 5: still on time
    assert v.overdue(a, today=date(2026, 11, 28), **none) == (Due.PRELIMINARY,)
    assert v.overdue(a, today=date(2026, 12, 23), **none) == (Due.PRELIMINARY, Due.FINAL)
    # preliminary made: only the final can be late
    made = {"preliminary_on": date(2026, 11, 25), "final_on": None, "status": Status.REPORTED}
    assert v.overdue(a, today=date(2026, 12, 22), **made) == ()
    assert v.overdue(a, today=date(2026, 12, 23), **made) == (Due.FINAL,)
    # a final report covers both; a closed case is never overdue
    assert v.overdue(a, today=date(2027, 3, 1), preliminary_on=None, final_on=date(2026, 11, 26),
                     status=Status.REPORTED) == ()
    assert v.overdue(a, today=date(2027, 3, 1), preliminary_on=None, final_on=None, status=Status.CLOSED) == ()


def test_nothing_is_overdue_without_a_possible_report() -> None:
    a = v.assess(facts(people_affected=3))
    assert v.overdue(a, today=date(2030, 1, 1), preliminary_on=None, final_on=None, status=Status.OPEN) == ()
    assert v.next_deadline(a, preliminary_on=None, final_on=None, status=Status.OPEN) is None


def test_next_deadline() -> None:
    a = v.assess(facts(sensitive=True))
    assert v.next_deadline(a, preliminary_on=None, final_on=None, status=Status.OPEN) == (
        Due.PRELIMINARY, date(2026, 11, 27))
    assert v.next_deadline(a, preliminary_on=date(2026, 11, 24), final_on=None, status=Status.REPORTED) == (
        Due.FINAL, date(2026, 12, 22))
    assert v.next_deadline(a, preliminary_on=date(2026, 11, 24), final_on=date(2026, 12, 1),
                           status=Status.REPORTED) is None


def test_closing_needs_a_note_and_the_final_report_when_one_may_be_needed() -> None:
    plain = v.assess(facts(people_affected=2))
    v.check_close(plain, final_on=None, closing_note="Mail recalled; staff retrained.")
    with pytest.raises(ValidationError) as err:
        v.check_close(plain, final_on=None, closing_note="  ")
    assert err.value.message.startswith("Write a closing note")
    serious = v.assess(facts(people_affected=2, sensitive=True))
    with pytest.raises(ValidationError) as err:
        v.check_close(serious, final_on=None, closing_note="done")
    assert "final report" in err.value.message
    v.check_close(serious, final_on=date(2026, 12, 1), closing_note="done")


# --- validation --------------------------------------------------------------------------------


def test_kind_and_description() -> None:
    assert v.check_kind("lost") is ViolationKind.LOST
    with pytest.raises(ValidationError) as err:
        v.check_kind("exploded")
    assert err.value.message == "Choose what happened." and err.value.context == "Violations"
    with pytest.raises(ValidationError) as err:
        v.check_description(" \n\t ")
    assert err.value.message == "Describe what happened."
    with pytest.raises(ValidationError) as err:
        v.check_description("x" * (v.DESCRIPTION_MAX + 1))
    assert err.value.params == (str(v.DESCRIPTION_MAX),)
    assert v.check_description("  誤送信\x00しました\n詳細 ") == "誤送信しました\n詳細"


@pytest.mark.parametrize(("raw", "expected"), [
    (None, None), ("", None), ("  ", None), ("12", 12), ("1,200", 1200), ("１２３", 123), (0, 0), (5, 5)])
def test_people_accepted(raw: object, expected: int | None) -> None:
    assert v.check_people(raw) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["-1", "12.5", "many", -1, v.PEOPLE_MAX + 1, True, 2.0])
def test_people_refused(raw: object) -> None:
    with pytest.raises(ValidationError) as err:
        v.check_people(raw)  # type: ignore[arg-type]
    assert err.value.message.startswith("Enter the number of people affected")
    assert err.value.params == ("100,000,000",)


def test_times() -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    v.check_times(noticed_at=now, occurred_at=None, now=now)
    v.check_times(noticed_at=now, occurred_at=now - timedelta(days=2), now=now)
    with pytest.raises(ValidationError) as err:
        v.check_times(noticed_at=now + timedelta(minutes=1), occurred_at=None, now=now)
    assert err.value.message == "The time it was noticed cannot be in the future."
    with pytest.raises(ValidationError) as err:
        v.check_times(noticed_at=now - timedelta(hours=1), occurred_at=now - timedelta(minutes=1), now=now)
    assert err.value.message == "It cannot have happened after it was noticed."


def test_data_kinds_and_status() -> None:
    assert v.check_data_kinds(["email", DataKind.NAME]) == {DataKind.EMAIL, DataKind.NAME}
    with pytest.raises(ValidationError):
        v.check_data_kinds(["email", "dna"])
    assert v.check_status("closed") is Status.CLOSED
    with pytest.raises(ValidationError):
        v.check_status("lost")


def test_report_dates() -> None:
    today = date(2026, 11, 30)
    assert v.check_report_date(None, DateField.FINAL, noticed_on=NOTICED, today=today) is None
    assert v.check_report_date(NOTICED, DateField.PRELIMINARY, noticed_on=NOTICED, today=today) == NOTICED
    with pytest.raises(ValidationError) as err:
        v.check_report_date(date(2026, 11, 22), DateField.PRELIMINARY, noticed_on=NOTICED, today=today)
    assert err.value.message.startswith("The preliminary report cannot be dated before")
    assert err.value.params == ("2026-11-23",)
    with pytest.raises(ValidationError) as err:
        v.check_report_date(date(2026, 12, 1), DateField.NOTIFIED, noticed_on=NOTICED, today=today)
    assert err.value.message == "The day the people affected were told cannot be in the future."


def test_every_message_and_label_is_marked_in_the_violations_context() -> None:
    texts = [k.label for k in ViolationKind] + [k.label for k in DataKind] + [r.label for r in Reason]
    texts += [s.label for s in Status] + [d.label for d in Due] + list(v.REPORT_ITEMS)
    texts += [getattr(v, name) for name in dir(v) if name.startswith("E_")]
    assert len(v.REPORT_ITEMS) == 9
    for text in texts:
        assert getattr(text, "context", None) == "Violations", text


def test_missing_report_items() -> None:
    empty = {"description": "誤送信", "data_kinds": (), "people_affected": None, "cause": "", "secondary_harm": "",
             "actions": " ", "prevention": ""}
    assert v.missing_report_items(**empty) == (2, 3, 4, 5, 6, 7, 8)
    full = dict(empty, data_kinds=(DataKind.EMAIL,), people_affected=0, cause="c", secondary_harm="none",
                actions="told them", prevention="double check")
    assert v.missing_report_items(**full) == ()

"""Violation reports (A10): anyone files, the privacy officer (administrators) keeps the ledger.

Seed 003 line 71 "本マニュアルに違反する事案が発生した場合、直ちに個人情報保護管理責任者(…)に報告する。"
Deadlines: features.md §2b (APPI Art. 26), day 1 = the day the office became aware.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import peewee as pw
import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.office_time import day_start, office_date
from desktop.domain.violations import DataKind, Due, Reason, Status, ViolationKind
from desktop.services import violations
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store.violations import ViolationReport
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, FakeClock, add_user, login

# The fake clock starts at 18:00 in Japan; that office day is day 1 of a case noticed then.
DAY1 = office_date(CLOCK_START)


def day(n: int) -> date:
    """Day ``n`` of a case noticed on the clock's first day (the day noticed is day 1)."""
    return DAY1 + timedelta(days=n - 1)


def office_time(d: date, hour: int, minute: int = 0) -> datetime:
    """``hour:minute`` in Japan on the office day ``d`` (aware)."""
    return day_start(d) + timedelta(hours=hour, minutes=minute)


SECRET = "木村和子様のメールを田中様に誤送信 kimura.secret.5e1@example.jp"
PASSWORD = "blue whale orbit 42"


@pytest.fixture
def staff(office, data_dir: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    """An advisor and a manager; the office is closed so each test logs in as whom it needs (one
    session at a time: the office is opened exclusively)."""
    add_user(office, "sato", "advisor")
    add_user(office, "bucho", "manager")
    office.logout()

    @contextlib.contextmanager
    def as_user(username: str) -> Iterator[Session]:
        session = login(data_dir, username, ADMIN_PASSWORD if username == "admin" else PASSWORD, clock)
        try:
            yield session
        finally:
            session.logout()

    return as_user


def file(session, **kw):  # type: ignore[no-untyped-def]
    kw.setdefault("kind", ViolationKind.WRONG_RECIPIENT)
    kw.setdefault("description", SECRET)
    return violations.file_report(session, **kw)


def test_any_staff_member_files_and_the_officer_sees_it(staff) -> None:  # type: ignore[no-untyped-def]
    noticed = office_time(DAY1, 10, 30)  # earlier the same office day
    with staff("sato") as advisor:
        filed = file(advisor, noticed_at=noticed, occurred_at=noticed - timedelta(hours=2), people_affected="1",
                     data_kinds=["email", "name"])
        assert filed.report_id > 0 and not filed.may_need_report
        assert filed.privacy_officer_name == "山田 花子" and filed.privacy_officer_contact == "03-1234-5678"
        # staff file, but do not see the ledger
        with pytest.raises(PermissionDenied):
            violations.list_reports(advisor)
        with pytest.raises(PermissionDenied):
            violations.update_report(advisor, filed.report_id, cause="x")
        with pytest.raises(PermissionDenied):
            violations.close_report(advisor, filed.report_id, closing_note="x")
    with staff("bucho") as manager:
        second = file(manager, kind="lost")
        with pytest.raises(PermissionDenied):
            violations.get_report(manager, filed.report_id)
    with staff("admin") as officer:
        first, = (r for r in violations.list_reports(officer) if r.report_id == filed.report_id)
        assert [r.report_id for r in violations.list_reports(officer)] == [second.report_id, filed.report_id]
        assert first.kind is ViolationKind.WRONG_RECIPIENT
        assert first.description == SECRET and first.reported_by_name == "sato さん"
        assert first.noticed_at == noticed and first.noticed_on == DAY1
        assert first.occurred_at == noticed - timedelta(hours=2)
        assert first.people_affected == 1 and first.data_kinds == {DataKind.EMAIL, DataKind.NAME}
        assert first.status is Status.OPEN and first.overdue == () and first.next_deadline is None
        assert violations.get_report(officer, second.report_id).kind is ViolationKind.LOST
        assert store_audit.entries(action_prefix="violation.view_list")[-1].details == {"count": 2}
        denied = store_audit.entries(action_prefix="permission.denied")
        assert [e.details["action"] for e in denied] == ["violation_manage"] * 4


def test_deadlines_and_overdue_with_the_clock(staff, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    # the clock's now (18:00 in Japan) is the default time noticed: day 1 is the clock's office day
    with staff("sato") as advisor:
        filed = file(advisor, people_affected=1500, data_kinds=["email"])
    assert filed.may_need_report
    with staff("admin") as office:
        info = violations.get_report(office, filed.report_id)
        assert info.assessment.reasons == (Reason.OVER_1000,)
        d = info.assessment.deadlines
        assert d is not None
        assert (d.preliminary_target, d.preliminary_due, d.final_due) == (
            day(3), day(5), day(30))
        assert info.next_deadline == (Due.PRELIMINARY, day(5))
        clock.advance(days=4)  # day 5, the last day: on time
        assert violations.get_report(office, filed.report_id).overdue == ()
        assert violations.overdue_count(office) == 0
        clock.advance(days=1)  # day 6
        assert violations.get_report(office, filed.report_id).overdue == (Due.PRELIMINARY,)
        assert violations.overdue_count(office) == 1
        info = violations.update_report(office, filed.report_id, preliminary_on=day(6))
        assert info.status is Status.REPORTED and info.overdue == ()
        assert info.next_deadline == (Due.FINAL, day(30))
        clock.advance(days=25)  # day 31
        assert violations.get_report(office, filed.report_id).overdue == (Due.FINAL,)
        # closing without the final report is refused, with the reason
        with pytest.raises(ValidationError, match="final report"):
            violations.close_report(office, filed.report_id, closing_note="done")
        violations.update_report(office, filed.report_id, final_on=day(31),
                                 people_notified_on=day(9))
        closed = violations.close_report(office, filed.report_id, closing_note="再発防止: 宛先の二重確認")
        assert closed.status is Status.CLOSED and closed.overdue == () and closed.closed_at is not None
        assert violations.list_reports(office, open_only=True) == []
        assert violations.overdue_count(office) == 0


def test_unauthorised_access_has_60_days(office) -> None:  # type: ignore[no-untyped-def]
    filed = file(office, kind="unauthorised_access")
    info = violations.get_report(office, filed.report_id)
    assert info.assessment.reasons == (Reason.UNLAWFUL,)
    assert info.assessment.deadlines is not None and info.assessment.deadlines.final_due == day(60)


def test_officer_corrects_the_facts_and_the_deadlines_follow(office) -> None:  # type: ignore[no-untyped-def]
    filed = file(office)
    info = violations.update_report(office, filed.report_id, sensitive=True, people_affected=None,
                                    cause="宛先の選択ミス", actions="受信者に削除を依頼", prevention="送信前の確認")
    assert info.assessment.may_need_report and info.next_deadline == (Due.PRELIMINARY, day(5))
    assert info.cause == "宛先の選択ミス" and info.people_affected is None
    # the office knew three days earlier: day 1 moves back, and day 5 with it (to tomorrow)
    earlier = DAY1 - timedelta(days=3)
    info = violations.update_report(office, filed.report_id, noticed_at=office_time(earlier, 9))
    assert info.next_deadline == (Due.PRELIMINARY, DAY1 + timedelta(days=1))  # day 5 from the earlier day 1: tomorrow
    # strong encryption: the exemption note replaces the deadlines
    info = violations.update_report(office, filed.report_id, encrypted=True)
    assert not info.assessment.may_need_report and info.assessment.encryption_exemption
    assert info.next_deadline is None
    closed = violations.close_report(office, filed.report_id, closing_note="暗号化済みのため報告不要と判断")
    assert closed.status is Status.CLOSED
    with pytest.raises(ValidationError, match="Reopen it"):
        violations.update_report(office, filed.report_id, cause="changed")
    again = violations.reopen_report(office, filed.report_id)
    assert again.status is Status.OPEN and again.closed_at is None
    assert violations.update_report(office, filed.report_id, cause="changed").cause == "changed"


def test_audit_entries_hold_ids_never_the_text(staff) -> None:  # type: ignore[no-untyped-def]
    with staff("sato") as advisor:
        filed = file(advisor, people_affected=2)
        advisor_uid = advisor.user.uid
    with staff("admin") as office:
        violations.update_report(office, filed.report_id, cause=SECRET, actions=SECRET)
        violations.update_report(office, filed.report_id, cause=SECRET)  # nothing changed: no entry
        violations.close_report(office, filed.report_id, closing_note=SECRET)
        violations.reopen_report(office, filed.report_id)
        reports = store_audit.entries(action_prefix="violation.report")
        updates = store_audit.entries(action_prefix="violation.update")
        assert len(reports) == 1 and len(updates) == 3
        assert reports[0].target == str(filed.report_id) and reports[0].actor == advisor_uid
        assert reports[0].details == {"kind": "wrong_recipient", "may_need_report": False}
        assert updates[0].details == {"fields": ["actions", "cause"], "status": "open"}
        assert updates[1].details == {"change": "close", "status": "closed"}
        assert updates[2].details == {"change": "reopen", "status": "open"}
        for entry in store_audit.entries():
            blob = json.dumps([entry.target, entry.details], ensure_ascii=False)
            assert "kimura" not in blob and "木村" not in blob
        assert office.office.audit.verify().ok


def test_records_are_never_deleted_and_the_filed_text_is_fixed(office) -> None:  # type: ignore[no-untyped-def]
    filed = file(office)
    with pytest.raises(pw.IntegrityError, match="violation reports are kept"):
        ViolationReport.delete().where(ViolationReport.id == filed.report_id).execute()
    with pytest.raises(pw.IntegrityError, match="cannot be changed"):
        ViolationReport.update(description="rewritten").where(ViolationReport.id == filed.report_id).execute()
    with pytest.raises(pw.IntegrityError, match="cannot be changed"):
        ViolationReport.update(reported_at="2020-01-01").where(ViolationReport.id == filed.report_id).execute()
    assert violations.get_report(office, filed.report_id).description == SECRET
    assert not hasattr(violations, "delete_report")


@pytest.mark.parametrize(("kw", "message"), [
    ({"kind": "exploded"}, "Choose what happened."),
    ({"description": "   "}, "Describe what happened."),
    ({"description": "x" * 4001}, "The description is too long (at most %1 characters)."),
    ({"people_affected": "many"}, "Enter the number of people affected"),
    ({"people_affected": -3}, "Enter the number of people affected"),
    ({"data_kinds": ["email", "dna"]}, "Choose the kinds of data from the list."),
    ({"noticed_at": office_time(day(2), 9)}, "The time it was noticed cannot be in the future."),  # tomorrow 09:00
    ({"noticed_at": datetime.combine(day(-2), time(9)), "occurred_at": datetime.combine(day(-1), time(9))},
     "It cannot have happened after it was noticed."),  # naive wall times, a day apart, before the clock
])
def test_bad_input_is_refused_and_nothing_is_saved(office, kw, message: str) -> None:  # type: ignore[no-untyped-def]
    before = len(store_audit.entries())
    with pytest.raises(ValidationError) as err:
        file(office, **kw)
    assert err.value.message.startswith(message) and err.value.context == "Violations"
    assert ViolationReport.select().count() == 0
    assert len(store_audit.entries()) == before


def work_entries() -> list[store_audit.AuditRecord]:
    """The log without the audit guard's own entries (a daily checkpoint once the clock moves on a day)."""
    return [e for e in store_audit.entries() if not e.action.startswith("audit.")]


def test_bad_officer_input_changes_nothing(office, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    filed = file(office, people_affected=3)
    before = len(work_entries())
    cases = [
        ({"preliminary_on": day(0)}, "The preliminary report cannot be dated before"),  # the day before day 1
        ({"final_on": day(2)}, "The final report cannot be dated in the future."),  # tomorrow
        ({"people_notified_on": day(9)}, "The day the people affected were told cannot be in the future."),
        ({"people_affected": "3.5"}, "Enter the number of people affected"),
        ({"kind": "nope"}, "Choose what happened."),
        ({"cause": "x" * 4001}, "The text is too long"),
        ({"noticed_at": office_time(day(2), 9)}, "The time it was noticed cannot be in the future."),
    ]
    for kw, message in cases:
        with pytest.raises(ValidationError) as err:
            violations.update_report(office, filed.report_id, **kw)
        assert err.value.message.startswith(message), kw
    violations.update_report(office, filed.report_id, preliminary_on=DAY1)
    clock.advance(days=2)
    with pytest.raises(ValidationError, match="before the day the case was noticed"):
        # day 1 cannot move after the day of a report already made (to yesterday, no longer in the future)
        violations.update_report(office, filed.report_id, noticed_at=office_time(day(2), 10))
    with pytest.raises(ValidationError, match="closing note"):
        violations.close_report(office, filed.report_id, closing_note="  ")
    with pytest.raises(NotFound):
        violations.update_report(office, 999, cause="x")
    assert len(work_entries()) == before + 1  # only the one good update
    info = violations.get_report(office, filed.report_id)
    assert info.people_affected == 3 and info.kind is ViolationKind.WRONG_RECIPIENT and info.cause == ""
    assert info.status is Status.REPORTED

"""研修 quiz through the service with the real encrypted database: draw, answer, record, status, report."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path

import peewee
import pytest

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain import training as rules
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import fiscal_quarter, office_date
from desktop.domain.training import Status
from desktop.services import session as session_service
from desktop.services import training, users
from desktop.services.errors import PermissionDenied
from desktop.store import training_repo
from desktop.store.audit import entries
from desktop.store.models import DB
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, FakeClock, add_user, login

PASSWORD = "blue whale orbit 42"

# the quarter and the day the fake clock starts in (the suite also runs a year ahead and back)
Q_NOW = fiscal_quarter(office_date(CLOCK_START)).label
Q_NEXT = fiscal_quarter(office_date(CLOCK_START)).next().label
TODAY = office_date(CLOCK_START).isoformat()
DAYS_LEFT = (fiscal_quarter(office_date(CLOCK_START)).end - office_date(CLOCK_START)).days + 1


def _wrong_choice(q: rules.DrawnQuestion) -> frozenset[str]:
    other = next(c.id for c in q.choices if c.id not in q.answers)
    return frozenset({other})


def take(session: session_service.Session, *, wrong: int = 0, practice: bool = False,
         seed: int = 1) -> tuple[training.QuizRun, training.QuizResult]:
    """Take a whole quiz, answering the first ``wrong`` questions wrongly and the rest correctly."""
    run = training.start(session, practice=practice, rng=random.Random(seed))
    for i, q in enumerate(run.questions):
        run, fb = training.answer(session, run, q.id, _wrong_choice(q) if i < wrong else q.answers)
        assert fb.correct is (i >= wrong)
    return training.finish(session, run)


def as_user(current: session_service.Session, data_dir: Path, clock: FakeClock, name: str,
            role: str | None = None) -> session_service.Session:
    """Log ``current`` out (one session holds the office at a time) and log in as ``name``.

    With a ``role``, ``current`` first creates that user (it must be an administrator).
    """
    if role is not None:
        add_user(current, name, role, PASSWORD)
    current.logout()
    return login(data_dir, name, ADMIN_PASSWORD if name == "admin" else PASSWORD, clock)


# --- the bank and the draw -------------------------------------------------------------------


def test_bank_loads_from_resources_once() -> None:
    bank = training.load_bank()
    assert len(bank) >= 60
    assert training.load_bank() is bank


def test_draw_spreads_over_topics_and_is_seedable(office: session_service.Session) -> None:
    run = training.start(office, rng=random.Random(7))
    assert run.total == 15 and run.answered == 0 and not run.practice
    assert len({q.id for q in run.questions}) == 15
    per_topic = Counter(q.topic for q in run.questions)
    assert max(per_topic.values()) - min(per_topic.values()) <= 1
    again = training.start(office, rng=random.Random(7))
    assert [(q.id, [c.id for c in q.choices]) for q in again.questions] == \
           [(q.id, [c.id for c in q.choices]) for q in run.questions]


# --- recording -------------------------------------------------------------------------------


def test_finished_attempt_is_recorded_with_its_answers(office: session_service.Session) -> None:
    before = len(entries())
    run, result = take(office, wrong=2)
    assert run.finished
    assert (result.score.correct, result.score.total, result.passed) == (13, 15, True)
    assert result.quarter.label == Q_NOW  # the clock's quarter, April start
    stored = training_repo.attempt(result.attempt_id)
    assert stored is not None
    assert (stored.uid, stored.score, stored.total, stored.passed, stored.pass_mark) == \
           (office.user.uid, 13, 15, True, "4/5")
    assert (stored.quarter, stored.fiscal_year, stored.taken_on) == (Q_NOW, fiscal_quarter(office_date(CLOCK_START)).fiscal_year, TODAY)
    # the drawn order and each question's shuffled choice order are kept
    assert [(d.question_id, d.choice_order) for d in stored.drawn] == \
           [(q.id, tuple(c.id for c in q.choices)) for q in run.questions]
    answers = training_repo.answers_of(result.attempt_id)
    assert [a.question_id for a in answers] == [q.id for q in run.questions]
    assert [a.correct for a in answers] == [False, False] + [True] * 13
    assert frozenset(answers[0].chosen) == _wrong_choice(run.questions[0])
    # exactly one audit entry, ids and score only
    new = entries()[before:]
    assert [e.action for e in new] == ["training.attempt"]
    assert new[0].target == str(result.attempt_id)
    assert new[0].details == {"quarter": Q_NOW, "score": 13, "total": 15, "passed": True}


@pytest.mark.parametrize("wrong,passed", [(3, True), (4, False)])
def test_pass_mark_boundary(office: session_service.Session, wrong: int, passed: bool) -> None:
    _run, result = take(office, wrong=wrong)
    assert result.passed is passed  # 12/15 = 80 % passes, 11/15 does not
    assert training_repo.attempt(result.attempt_id).passed is passed  # type: ignore[union-attr]


def test_practice_records_nothing(office: session_service.Session) -> None:
    audit_before, attempts_before = len(entries()), training_repo.count_attempts()
    run, result = take(office, wrong=1, practice=True)
    assert run.practice and result.practice and result.attempt_id is None
    assert result.score.correct == 14
    assert training_repo.count_attempts() == attempts_before == 0
    assert training_repo.count_answers() == 0
    assert len(entries()) == audit_before
    assert training.my_status(office).status is Status.NOT_STARTED


def test_bad_answers_are_refused_and_change_nothing(office: session_service.Session) -> None:
    run = training.start(office, rng=random.Random(3))
    single = next(q for q in run.questions if not q.multi_select)
    with pytest.raises(ValidationError, match="Choose an answer first"):
        training.answer(office, run, single.id, [])
    with pytest.raises(ValidationError, match="exactly one"):
        training.answer(office, run, single.id, [c.id for c in single.choices[:2]])
    with pytest.raises(ValidationError, match="is not a choice") as err:
        training.answer(office, run, single.id, ["zz"])
    assert err.value.params == (single.id, "zz")
    with pytest.raises(ValidationError, match="was not asked"):
        training.answer(office, run, "no-such-question", ["a"])
    assert run.answered == 0
    run2, _ = training.answer(office, run, single.id, single.answers)
    assert run.answered == 0 and run2.answered == 1  # the old run is unchanged
    with pytest.raises(ValidationError, match="already been answered"):
        training.answer(office, run2, single.id, single.answers)
    with pytest.raises(ValidationError, match="still open") as err:
        training.finish(office, run2)
    assert err.value.params == ("14", "15")
    assert training_repo.count_attempts() == 0


def test_finished_run_cannot_be_finished_twice(office: session_service.Session) -> None:
    run, _ = take(office)
    with pytest.raises(ValidationError, match="already been finished"):
        training.finish(office, run)
    assert training_repo.count_attempts() == 1


def test_a_run_belongs_to_its_user(office: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
    run = training.start(office, rng=random.Random(1))
    add_user(office, "advisor", "advisor", PASSWORD)
    office.logout()
    other = login(data_dir, "advisor", PASSWORD, clock)
    try:
        q = run.questions[0]
        with pytest.raises(PermissionDenied):
            training.answer(other, run, q.id, q.answers)
    finally:
        other.logout()


# --- quarters and status ---------------------------------------------------------------------


def _at(clock: FakeClock, *args: int) -> None:
    clock.now = datetime(*args, tzinfo=UTC)


def _next(month: int, day: int) -> date:
    """The first ``month``/``day`` after the day the clock starts on (the office is made before it)."""
    start = office_date(CLOCK_START)
    this_year = date(start.year, month, day)
    return this_year if this_year > start else date(start.year + 1, month, day)


def test_quarter_boundary_fiscal_year_end_in_office_time(office: session_service.Session,
                                                          clock: FakeClock) -> None:
    last = _next(3, 31)  # the last day of a fiscal year that starts in April
    fy = last.year - 1
    _at(clock, last.year, 3, 31, 14, 59)  # 23:59 on 31 March in Japan: the last day of the fiscal year
    status = training.my_status(office)
    assert (status.quarter.label, status.days_left, status.status) == (f"FY{fy} Q4", 1, Status.NOT_STARTED)
    _run, result = take(office)
    assert (result.quarter.label, training_repo.attempt(result.attempt_id).taken_on) == \
           (f"FY{fy} Q4", last.isoformat())  # type: ignore[union-attr]
    assert training.my_status(office).status is Status.PASSED
    clock.advance(minutes=1)  # 00:00 on 1 April in Japan (still 31 March in UTC)
    status = training.my_status(office)
    assert (status.quarter.label, status.quarter.start, status.days_left) == \
           (f"FY{fy + 1} Q1", date(last.year, 4, 1), 91)
    assert status.status is Status.NOT_STARTED
    assert status.previous_status is Status.PASSED


def test_calendar_year_end_stays_in_the_fiscal_year(office: session_service.Session,
                                                    clock: FakeClock) -> None:
    year = _next(12, 31).year
    _at(clock, year, 12, 31, 5, 0)
    assert training.current_quarter(office).label == f"FY{year} Q3"
    _at(clock, year + 1, 1, 1, 5, 0)
    assert training.current_quarter(office).label == f"FY{year} Q4"


def test_fiscal_year_start_setting_moves_the_quarters(office: session_service.Session,
                                                      clock: FakeClock) -> None:
    training.set_training_settings(office, fy_start_month=1, questions=15, pass_mark=0.8, feedback="each")
    year = _next(12, 31).year
    _at(clock, year, 12, 31, 14, 59)  # 23:59 on 31 December in Japan
    assert training.current_quarter(office).label == f"FY{year} Q4"
    clock.advance(minutes=1)
    q = training.current_quarter(office)
    assert (q.label, q.start, q.end) == (f"FY{year + 1} Q1", date(year + 1, 1, 1), date(year + 1, 3, 31))


def test_status_runs_from_not_started_to_passed_and_overdue(office: session_service.Session,
                                                           clock: FakeClock) -> None:
    assert training.my_status(office).status is Status.NOT_STARTED
    take(office, wrong=6)
    status = training.my_status(office)
    assert status.status is Status.ATTEMPTED and len(status.attempts) == 1
    assert status.days_left == DAYS_LEFT  # the clock's day to the quarter's end, both counted
    clock.advance(days=DAYS_LEFT)  # the quarter ended without a pass
    status = training.my_status(office)
    assert status.quarter.label == Q_NEXT
    assert status.previous_status is Status.OVERDUE
    take(office, wrong=0)
    assert training.my_status(office).status is Status.PASSED


# --- records are kept ------------------------------------------------------------------------


def test_results_survive_deactivation(office: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
    advisor = as_user(office, data_dir, clock, "advisor", "advisor")
    _run, result = take(advisor, wrong=1)
    uid = advisor.user.uid
    admin = as_user(advisor, data_dir, clock, "admin")
    users.deactivate_user(admin, uid)
    stored = training_repo.attempt(result.attempt_id)  # type: ignore[arg-type]
    assert stored is not None and stored.uid == uid
    assert len(training_repo.answers_of(result.attempt_id)) == 15  # type: ignore[arg-type]
    row = next(p for p in training.report(admin).people if p.uid == uid)
    assert (row.active, row.status, row.attempts, row.best_score) == (False, Status.PASSED, 1, 14)
    admin.logout()


def test_delete_and_update_are_blocked(office: session_service.Session) -> None:
    _run, result = take(office)
    for sql in ("DELETE FROM quiz_attempt", "DELETE FROM quiz_answer",
                "UPDATE quiz_attempt SET passed = FALSE", "UPDATE quiz_answer SET correct = TRUE"):
        with pytest.raises(peewee.IntegrityError, match="training records are kept"):
            DB.execute_sql(sql)
    with pytest.raises(peewee.IntegrityError):  # the person's row cannot go either
        DB.execute_sql("DELETE FROM \"user\" WHERE uid = ?", (office.user.uid,))
    assert training_repo.count_attempts() == 1 and training_repo.count_answers() == 15
    assert training_repo.attempt(result.attempt_id).passed  # type: ignore[arg-type, union-attr]


# --- report ----------------------------------------------------------------------------------


def test_report_counts_statuses_missed_questions_and_history(office: session_service.Session, data_dir: Path,
                                                            clock: FakeClock) -> None:
    add_user(office, "manager", "manager", PASSWORD)
    advisor = as_user(office, data_dir, clock, "advisor", "advisor")
    take(advisor, wrong=5, seed=4)  # fail
    take(advisor, wrong=1, seed=4)  # then pass
    manager = as_user(advisor, data_dir, clock, "manager")
    take(manager, wrong=4, seed=4)  # fail: attempted
    before = len(entries())
    rep = training.report(manager)
    assert rep.quarter.label == Q_NOW and rep.attempts == 3
    statuses = {p.username: p.status for p in rep.people}
    assert statuses == {"admin": Status.NOT_STARTED, "advisor": Status.PASSED, "manager": Status.ATTEMPTED}
    assert rep.counts[Status.PASSED] == 1 and rep.counts[Status.OVERDUE] == 0
    adv = next(p for p in rep.people if p.username == "advisor")
    assert (adv.attempts, adv.best_score, adv.best_total, adv.passed_on) == (2, 14, 15, TODAY)
    # the same seed asked the same first question three times, wrong each time
    first = training.start(manager, rng=random.Random(4)).questions[0]
    assert rep.most_missed[0].question_id == first.id
    assert (rep.most_missed[0].wrong, rep.most_missed[0].asked) == (3, 3)
    assert rep.most_missed[0].question is not None
    assert [c.label for c in rep.by_quarter][-1] == Q_NOW and len(rep.by_quarter) == 8
    assert (rep.by_quarter[-1].passed, rep.by_quarter[-1].people) == (1, 3)
    assert rep.by_quarter[0].people == 0  # nobody was a user two years ago
    new = entries()[before:]
    assert [(e.action, e.target, e.details) for e in new] == \
           [("training.report_view", Q_NOW, {"people": 3, "passed": 1})]
    # after the quarter: the ones who did not pass are overdue
    clock.advance(days=DAYS_LEFT)
    old = training.report(manager, Q_NOW)
    assert {p.username: p.status for p in old.people} == \
           {"admin": Status.OVERDUE, "advisor": Status.PASSED, "manager": Status.OVERDUE}
    assert [p.status for p in training.report(manager).people] == [Status.NOT_STARTED] * 3
    rows = training.report_rows(manager, Q_NOW)
    assert [(r.quarter, r.username, r.status) for r in rows] == \
           [(p.quarter, p.username, p.status) for p in old.people]
    manager.logout()


def test_report_rejects_a_bad_quarter(office: session_service.Session) -> None:
    with pytest.raises(ValidationError, match="is not a quarter"):
        training.report(office, "2026 Q5")


def test_advisor_cannot_view_the_report_or_change_settings(office: session_service.Session, data_dir: Path,
                                                           clock: FakeClock) -> None:
    advisor = as_user(office, data_dir, clock, "advisor", "advisor")
    try:
        for call in (lambda: training.report(advisor), lambda: training.report_rows(advisor, None),
                     lambda: training.set_training_settings(advisor, fy_start_month=1, questions=10,
                                                            pass_mark=0.5, feedback="end")):
            before = len(entries())
            with pytest.raises(PermissionDenied):
                call()
            assert [(e.action, e.result) for e in entries()[before:]] == [("permission.denied", "denied")]
        assert training.training_settings(advisor) == training.TrainingSettings()
    finally:
        advisor.logout()


# --- settings --------------------------------------------------------------------------------


def test_settings_change_is_audited_and_used(office: session_service.Session) -> None:
    assert training.training_settings(office) == training.TrainingSettings(4, 15, rules.DEFAULT_PASS_MARK, "each")
    before = len(entries())
    new = training.set_training_settings(office, fy_start_month=4, questions=10, pass_mark=0.7, feedback="end")
    assert new == training.training_settings(office)
    assert (new.questions, str(new.pass_mark), new.feedback) == (10, "7/10", "end")
    assert [(e.action, e.details) for e in entries()[before:]] == \
           [("training.settings", {"questions": "10", "pass_mark": "7/10", "feedback": "end"})]
    run = training.start(office, rng=random.Random(2))
    assert (run.total, run.feedback, run.pass_mark) == (10, "end", Fraction(7, 10))
    _run, result = take(office, wrong=3)
    assert result.passed  # 7/10 reaches 70 %


@pytest.mark.parametrize("field,value,message", [
    ("fy_start_month", 13, "between 1 and 12"),
    ("questions", 0, "between 1 and"),
    ("questions", 500, "between 1 and"),
    ("pass_mark", 0, "pass mark"),
    ("pass_mark", 1.5, "pass mark"),
    ("pass_mark", "eighty", "pass mark"),
    ("feedback", "never", "after each question"),
])
def test_bad_settings_change_nothing(office: session_service.Session, field: str, value: object,
                                     message: str) -> None:
    args: dict[str, object] = {"fy_start_month": 4, "questions": 15, "pass_mark": 0.8, "feedback": "each"}
    args[field] = value
    before = len(entries())
    with pytest.raises(ValidationError, match=message):
        training.set_training_settings(office, **args)  # type: ignore[arg-type]
    assert training.training_settings(office) == training.TrainingSettings()
    assert len(entries()) == before


def test_demo_data_gives_the_report_content(office: session_service.Session, data_dir: Path,
                                            clock: FakeClock) -> None:
    add_user(office, "advisor", "advisor", PASSWORD)
    add_user(office, "manager", "manager", PASSWORD)
    mark_demo(office)
    assert demo.populate_training(office) == 4
    this = training.report(office)
    assert {p.username: p.status for p in this.people} == \
           {"admin": Status.NOT_STARTED, "advisor": Status.ATTEMPTED, "manager": Status.PASSED}
    prev = training.report(office, this.quarter.previous())
    assert {p.username: p.status for p in prev.people} == \
           {"advisor": Status.PASSED, "manager": Status.OVERDUE}
    assert this.most_missed and prev.most_missed
    assert [(c.passed, c.people) for c in this.by_quarter[-2:]] == [(1, 2), (1, 3)]

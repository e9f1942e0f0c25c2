"""研修: the quarterly training quiz — settings, quiz runs, records, status and the manager report.

The rules (drawing, scoring, quarters, completion, most missed) live in
:mod:`desktop.domain.training`; this module loads the bank, keeps the settings, stores finished
attempts and builds the report.

A quiz run is an immutable :class:`QuizRun` held by the caller: :func:`start` draws the
questions, :func:`answer` returns a new run plus the feedback for that question, :func:`finish`
scores the run and — unless it is a practice run — stores the attempt with all its answers and
writes one audit entry (``training.attempt``, ids and score only). Nothing is stored before the
finish; practice runs are never stored.

Quarters are counted on the office's calendar: Japan Standard Time (UTC+9, no daylight saving),
so an attempt finished at 08:00 on 1 April in Tokyo counts for the new fiscal year.
"""

from __future__ import annotations

import functools
import random
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import Any

from desktop.domain import training
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.domain.training import DrawnQuestion, Quarter, Question, QuestionBank, Score, Status
from desktop.paths import resource_path
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.store import repo
from desktop.store import training_repo as store

CONTEXT = "Training"

"""The office calendar that decides dates and quarters (Japan has no daylight saving time)."""

SETTING_FY_START = "training_fy_start_month"
SETTING_QUESTIONS = "training_questions"
SETTING_PASS_MARK = "training_pass_mark"
SETTING_FEEDBACK = "training_feedback"

FEEDBACK_EACH = "each"
FEEDBACK_END = "end"
FEEDBACK_MODES = (FEEDBACK_EACH, FEEDBACK_END)

MAX_QUESTIONS = 50
REPORT_HISTORY = 8
"""Quarters shown in the completion chart (the chosen one and the seven before it)."""

MSG_CHOOSE = QT_TRANSLATE_NOOP("Training", "Choose an answer first.")
MSG_CHOOSE_ONE = QT_TRANSLATE_NOOP("Training", "Choose exactly one answer.")
MSG_ALREADY_ANSWERED = QT_TRANSLATE_NOOP("Training", "This question has already been answered.")
MSG_OPEN_QUESTIONS = QT_TRANSLATE_NOOP(
    "Training", "Answer every question before finishing: %1 of %2 are still open."
)
MSG_FINISHED = QT_TRANSLATE_NOOP("Training", "This quiz has already been finished.")
MSG_BAD_QUESTIONS = QT_TRANSLATE_NOOP(
    "Training", "The number of questions must be between 1 and %1, not %2."
)
MSG_BAD_FEEDBACK = QT_TRANSLATE_NOOP(
    "Training", "Show the explanations after each question or at the end, not \"%1\"."
)


def _fail(message: str, *args: object) -> ValidationError:
    return ValidationError(message, *args, context=CONTEXT)


# --- the question bank ----------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def load_bank() -> QuestionBank:
    """Read and validate ``desktop/resources/quiz/*.toml`` once (the bank is read-only shipped data)."""
    folder = resource_path("quiz")
    files = sorted(folder.glob("*.toml"))
    docs = [tomllib.loads(f.read_text(encoding="utf-8")) for f in files]
    return training.parse_bank(docs, [f.name for f in files])


# --- settings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingSettings:
    """How quizzes run in this office.

    Attributes:
        fy_start_month: First month of the fiscal year (1-12; April by default).
        questions: Questions per quiz.
        pass_mark: Fraction of correct answers needed to pass, in (0, 1].
        feedback: ``"each"`` (explanation after every answer) or ``"end"`` (on the result page).
    """

    fy_start_month: int = 4
    questions: int = training.DEFAULT_QUESTION_COUNT
    pass_mark: Fraction = training.DEFAULT_PASS_MARK
    feedback: str = FEEDBACK_EACH


def _as_fraction(value: Any) -> Fraction:
    try:
        if isinstance(value, bool):
            raise TypeError
        mark = value if isinstance(value, Fraction) else Fraction(str(value))
    except (TypeError, ValueError, ZeroDivisionError):
        raise _fail(training.MSG_BAD_PASS_MARK, value) from None
    if not 0 < mark <= 1:
        raise _fail(training.MSG_BAD_PASS_MARK, value)
    return mark


def _check_settings(fy_start_month: Any, questions: Any, pass_mark: Any, feedback: Any) -> TrainingSettings:
    training.fiscal_quarter(date(2000, 1, 1), fy_start_month)  # raises for a month outside 1-12
    limit = min(MAX_QUESTIONS, len(load_bank()))
    if isinstance(questions, bool) or not isinstance(questions, int) or not 1 <= questions <= limit:
        raise _fail(MSG_BAD_QUESTIONS, limit, questions)
    if feedback not in FEEDBACK_MODES:
        raise _fail(MSG_BAD_FEEDBACK, feedback)
    return TrainingSettings(fy_start_month, questions, _as_fraction(pass_mark), feedback)


def training_settings(session: Session) -> TrainingSettings:
    """The office's quiz settings (defaults where none were saved)."""
    session.ensure_unlocked()
    default = TrainingSettings()
    try:
        return _check_settings(
            repo.get_setting(SETTING_FY_START, default.fy_start_month),
            repo.get_setting(SETTING_QUESTIONS, default.questions),
            repo.get_setting(SETTING_PASS_MARK, float(default.pass_mark)),
            repo.get_setting(SETTING_FEEDBACK, default.feedback),
        )
    except ValidationError:  # a damaged value never blocks the quiz: fall back to the defaults
        return default


def set_training_settings(session: Session, *, fy_start_month: int, questions: int,
                          pass_mark: float | Fraction, feedback: str) -> TrainingSettings:
    """Change the quiz settings (managers and administrators). One audit entry; bad input changes nothing."""
    session.require(Action.TRAINING_REPORT, "training.settings")
    new = _check_settings(fy_start_month, questions, pass_mark, feedback)
    old = training_settings(session)
    changed: dict[str, Any] = {}
    with repo.atomic():
        for key, name, value, stored in (
            (SETTING_FY_START, "fy_start_month", new.fy_start_month, new.fy_start_month),
            (SETTING_QUESTIONS, "questions", new.questions, new.questions),
            (SETTING_PASS_MARK, "pass_mark", new.pass_mark, float(new.pass_mark)),
            (SETTING_FEEDBACK, "feedback", new.feedback, new.feedback),
        ):
            if getattr(old, name) != value:
                repo.set_setting(key, stored)
                changed[name] = str(value)
        if changed:
            session.audit("training.settings", target="training", **changed)
    return new


# --- dates and quarters ---------------------------------------------------------------------


def local_day(moment: datetime) -> date:
    """The office-calendar day of an aware datetime."""
    return moment.astimezone(OFFICE_TZ).date()


def _day_of(iso: str | None) -> date | None:
    if not iso:
        return None
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return local_day(moment)


def today(session: Session) -> date:
    return local_day(session.now())


def current_quarter(session: Session) -> Quarter:
    """The quarter the office is in now (with the configured fiscal year start)."""
    return training.fiscal_quarter(today(session), training_settings(session).fy_start_month)


def recent_quarters(session: Session, count: int = REPORT_HISTORY) -> list[Quarter]:
    """The current quarter and the ``count - 1`` before it, newest first."""
    q = current_quarter(session)
    out = [q]
    for _ in range(max(0, count - 1)):
        q = q.previous()
        out.append(q)
    return out


# --- a quiz run -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Feedback:
    """How one answer went, for the explanation panel.

    Attributes:
        question: The question as asked (its choices in the shown order).
        selected: The choice ids the person chose.
        correct: Whether the choice equals the answer set exactly.
    """

    question: DrawnQuestion
    selected: frozenset[str]
    correct: bool

    @property
    def expected(self) -> frozenset[str]:
        return self.question.answers

    @property
    def source(self) -> training.Source:
        return self.question.question.source


@dataclass(frozen=True)
class QuizRun:
    """A quiz being taken. Immutable: :func:`answer` returns a new run.

    Attributes:
        uid: Who takes it.
        practice: A practice run is never recorded.
        questions: The drawn questions in asking order, choices shuffled.
        pass_mark: The pass mark when the run started.
        feedback: ``"each"`` or ``"end"``.
        started_at: When it was started (aware UTC).
        answers: Question id -> chosen choice ids, for the answered questions.
        finished: Set by :func:`finish`.
    """

    uid: str
    practice: bool
    questions: tuple[DrawnQuestion, ...]
    pass_mark: Fraction
    feedback: str
    started_at: datetime
    answers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    finished: bool = False

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    def next_index(self) -> int | None:
        """Index of the first unanswered question, or ``None`` when all are answered."""
        for i, q in enumerate(self.questions):
            if q.id not in self.answers:
                return i
        return None

    def drawn(self, question_id: str) -> DrawnQuestion | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    def feedback_for(self, question_id: str) -> Feedback | None:
        q = self.drawn(question_id)
        if q is None or question_id not in self.answers:
            return None
        selected = self.answers[question_id]
        return Feedback(q, selected, q.question.is_correct(selected))


@dataclass(frozen=True)
class QuizResult:
    """A finished run.

    Attributes:
        score: The domain score (per-question results, ``by_topic()``).
        practice: Whether it was a practice run (then nothing was stored).
        attempt_id: The stored attempt (``None`` for practice).
        quarter: The quarter the attempt counts for.
    """

    score: Score
    practice: bool
    attempt_id: int | None
    quarter: Quarter

    @property
    def passed(self) -> bool:
        return self.score.passed


def start(session: Session, *, practice: bool = False, rng: random.Random | None = None) -> QuizRun:
    """Draw a quiz for the current user: the configured number of questions spread over the topics.

    Args:
        session: The user's session.
        practice: A practice run uses the same questions and is never recorded.
        rng: Source of randomness (tests pass a seeded one); a fresh one otherwise.
    """
    session.require(Action.QUIZ_TAKE)
    settings = training_settings(session)
    drawn = training.draw(load_bank(), settings.questions, rng or random.Random())
    return QuizRun(uid=session.user.uid, practice=practice, questions=tuple(drawn),
                   pass_mark=settings.pass_mark, feedback=settings.feedback, started_at=session.now())


def answer(session: Session, run: QuizRun, question_id: str, selected: Iterable[str]) -> tuple[QuizRun, Feedback]:
    """Answer one question. Returns the new run and the feedback; bad input raises and changes nothing."""
    if run.uid != session.user.uid:
        raise PermissionDenied()
    if run.finished:
        raise _fail(MSG_FINISHED)
    q = run.drawn(question_id)
    if q is None:
        raise _fail(training.MSG_ANSWER_NOT_ASKED, question_id)
    if question_id in run.answers:
        raise _fail(MSG_ALREADY_ANSWERED)
    chosen = frozenset(selected)
    if not chosen:
        raise _fail(MSG_CHOOSE)
    valid = {c.id for c in q.choices}
    for cid in sorted(chosen):
        if cid not in valid:
            raise _fail(training.MSG_SELECTED_NOT_CHOICE, question_id, cid)
    if not q.multi_select and len(chosen) != 1:
        raise _fail(MSG_CHOOSE_ONE)
    answers = dict(run.answers)
    answers[question_id] = chosen
    new = replace(run, answers=answers)
    return new, Feedback(q, chosen, q.question.is_correct(chosen))


def finish(session: Session, run: QuizRun) -> tuple[QuizRun, QuizResult]:
    """Score the run; unless it is a practice run, store the attempt and its answers (one audit entry)."""
    if run.uid != session.user.uid:
        raise PermissionDenied()
    if run.finished:
        raise _fail(MSG_FINISHED)
    if not run.complete:
        raise _fail(MSG_OPEN_QUESTIONS, run.total - run.answered, run.total)
    session.require(Action.QUIZ_TAKE)
    result = training.score(run.questions, run.answers, run.pass_mark)
    now = session.now()
    day = local_day(now)
    quarter = training.fiscal_quarter(day, training_settings(session).fy_start_month)
    attempt_id: int | None = None
    if not run.practice:
        drawn = [store.DrawnRow(q.id, tuple(c.id for c in q.choices)) for q in run.questions]
        answers = [store.AnswerRow(i, r.question_id, tuple(sorted(r.selected)), r.correct)
                   for i, r in enumerate(result.results)]
        with repo.atomic():
            attempt_id = store.insert_attempt(
                uid=run.uid, quarter=quarter.label, fiscal_year=quarter.fiscal_year,
                fy_start_month=quarter.fy_start_month, started_at=run.started_at.isoformat(),
                finished_at=now.isoformat(), taken_on=day.isoformat(), score=result.correct,
                total=result.total, passed=result.passed, pass_mark=str(result.pass_mark), drawn=drawn,
                answers=answers)
            session.audit("training.attempt", target=str(attempt_id), quarter=quarter.label,
                          score=result.correct, total=result.total, passed=result.passed)
    return replace(run, finished=True), QuizResult(result, run.practice, attempt_id, quarter)


# --- the current user's status --------------------------------------------------------------


@dataclass(frozen=True)
class _Taken:
    taken_on: date
    passed: bool


@dataclass(frozen=True)
class AttemptSummary:
    """One stored attempt, as the person and the report see it."""

    id: int
    uid: str
    taken_on: date
    quarter: str
    score: int
    total: int
    passed: bool

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total if self.total else 0.0


def _summary(row: store.AttemptRow) -> AttemptSummary:
    return AttemptSummary(row.id, row.uid, date.fromisoformat(row.taken_on), row.quarter, row.score,
                          row.total, row.passed)


@dataclass(frozen=True)
class MyStatus:
    """Where the current user stands with this quarter's training.

    Attributes:
        quarter: This quarter.
        status: passed / attempted / not started (a running quarter is never overdue; the
            previous one may be, see ``previous_status``).
        days_left: Calendar days left in the quarter, today included.
        attempts: This quarter's recorded attempts, oldest first.
        previous_status: The status of the previous quarter (overdue when it was not passed), or
            ``None`` when the person was not yet a user then.
    """

    quarter: Quarter
    status: Status
    days_left: int
    attempts: tuple[AttemptSummary, ...]
    previous_status: Status | None

    @property
    def passed(self) -> bool:
        return self.status is Status.PASSED

    @property
    def best(self) -> AttemptSummary | None:
        if not self.attempts:
            return None
        return max(self.attempts, key=lambda a: (a.score / a.total if a.total else 0, a.taken_on))


def my_status(session: Session) -> MyStatus:
    """The current user's training status for the login reminder and the quiz page banner."""
    session.require(Action.QUIZ_TAKE)
    day = today(session)
    quarter = current_quarter(session)
    prev = quarter.previous()
    rows = [_summary(r) for r in store.attempts_between(prev.start.isoformat(), quarter.end.isoformat(),
                                                          session.user.uid)]
    status = training.completion_status(rows, quarter, day)
    me = repo.user_by_uid(session.user.uid)
    was_member = me is None or _member_during(me, prev) or any(prev.contains(a.taken_on) for a in rows)
    previous = training.completion_status(rows, prev, day) if was_member else None
    mine = tuple(a for a in rows if quarter.contains(a.taken_on))
    return MyStatus(quarter, status, training.days_left(quarter, day), mine, previous)


# --- the report (managers) ------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    """One person's completion of one quarter (plain values; also the export row).

    Attributes:
        quarter: Quarter label (``"FY2026 Q3"``).
        uid: User id.
        username: Login name.
        display_name: Name shown in the app.
        role: Role value (``"advisor"`` …).
        active: ``False`` for a deactivated user (their records stay).
        status: passed / attempted / not_started / overdue.
        attempts: Attempts taken inside the quarter.
        best_score: Correct answers of the best attempt (``None`` without attempts).
        best_total: Questions of that attempt.
        best_percent: Its percentage.
        last_taken_on: Day of the latest attempt in the quarter (ISO date) or ``None``.
        passed_on: Day of the first passing attempt in the quarter (ISO date) or ``None``.
    """

    quarter: str
    uid: str
    username: str
    display_name: str
    role: str
    active: bool
    status: Status
    attempts: int
    best_score: int | None
    best_total: int | None
    best_percent: float | None
    last_taken_on: str | None
    passed_on: str | None


ReportRow = PersonRow
"""The rows :func:`report_rows` returns for the Excel export."""


@dataclass(frozen=True)
class MissedRow:
    """A question answered wrongly in the quarter.

    Attributes:
        question_id: The bank id.
        question: The bank question (``None`` if it was removed from the bank since).
        wrong: Wrong answers.
        asked: Times asked.
    """

    question_id: str
    question: Question | None
    wrong: int
    asked: int

    @property
    def wrong_percent(self) -> float:
        return 100.0 * self.wrong / self.asked if self.asked else 0.0


@dataclass(frozen=True)
class QuarterCompletion:
    """Completion of one quarter, for the chart."""

    label: str
    passed: int
    people: int

    @property
    def percent(self) -> float:
        return 100.0 * self.passed / self.people if self.people else 0.0


@dataclass(frozen=True)
class TrainingReport:
    """The completion report of one quarter.

    Attributes:
        quarter: The quarter reported on.
        today: The office day the report was built.
        people: One row per person who was a user during the quarter (deactivated users too).
        counts: Status -> number of people, every status listed.
        most_missed: The questions most often answered wrongly in the quarter.
        by_quarter: Completion of the chosen quarter and the ones before it, oldest first.
        attempts: Attempts taken in the quarter.
    """

    quarter: Quarter
    today: date
    people: tuple[PersonRow, ...]
    counts: Mapping[Status, int]
    most_missed: tuple[MissedRow, ...]
    by_quarter: tuple[QuarterCompletion, ...]
    attempts: int


def _member_during(user: repo.UserRow, quarter: Quarter) -> bool:
    created = _day_of(user.created_at)
    ended = _day_of(user.deactivated_at)
    if created is not None and created > quarter.end:
        return False
    return ended is None or ended >= quarter.start


def _quarter(session: Session, label: str | Quarter | None) -> Quarter:
    fy = training_settings(session).fy_start_month
    if label is None:
        return training.fiscal_quarter(today(session), fy)
    if isinstance(label, Quarter):
        return training.quarter_from_label(label.label, fy)
    return training.quarter_from_label(label, fy)


def _people(quarter: Quarter, day: date, users: list[repo.UserRow],
            rows: list[AttemptSummary]) -> list[PersonRow]:
    by_uid: dict[str, list[AttemptSummary]] = {}
    for a in rows:
        if quarter.contains(a.taken_on):
            by_uid.setdefault(a.uid, []).append(a)
    out: list[PersonRow] = []
    for u in users:
        mine = by_uid.get(u.uid, [])
        if not mine and not _member_during(u, quarter):
            continue
        status = training.completion_status(mine, quarter, day)
        best = max(mine, key=lambda a: (Fraction(a.score, a.total) if a.total else 0, a.passed), default=None)
        passes = [a.taken_on for a in mine if a.passed]
        out.append(PersonRow(
            quarter=quarter.label, uid=u.uid, username=u.username, display_name=u.display_name,
            role=u.role, active=u.active, status=status, attempts=len(mine),
            best_score=best.score if best else None, best_total=best.total if best else None,
            best_percent=best.percent if best else None,
            last_taken_on=max(a.taken_on for a in mine).isoformat() if mine else None,
            passed_on=min(passes).isoformat() if passes else None))
    return out


def _report_rows(session: Session, quarter: Quarter) -> list[PersonRow]:
    rows = [_summary(r) for r in store.attempts_between(quarter.start.isoformat(), quarter.end.isoformat())]
    return _people(quarter, today(session), repo.list_users(), rows)


def report(session: Session, quarter: str | Quarter | None = None, *, history: int = REPORT_HISTORY,
           missed: int = 10) -> TrainingReport:
    """Build the completion report of ``quarter`` (this quarter when ``None``) and audit the view.

    Raises:
        PermissionDenied: The role may not see the report (advisors); the denial is audited.
        ValidationError: A malformed quarter label.
    """
    session.require(Action.TRAINING_REPORT, "training.report")
    q = _quarter(session, quarter)
    day = today(session)
    chart = [q]
    for _ in range(max(0, history - 1)):
        chart.insert(0, chart[0].previous())
    rows = [_summary(r) for r in store.attempts_between(chart[0].start.isoformat(), q.end.isoformat())]
    users = repo.list_users()
    people = _people(q, day, users, rows)
    counts = {s: 0 for s in Status}
    for p in people:
        counts[p.status] += 1
    by_quarter = []
    for cq in chart:
        cp = _people(cq, day, users, rows)
        by_quarter.append(QuarterCompletion(cq.label, sum(1 for p in cp if p.status is Status.PASSED), len(cp)))
    outcomes: dict[int, dict[str, bool]] = {}
    for o in store.outcomes_between(q.start.isoformat(), q.end.isoformat()):
        outcomes.setdefault(o.attempt_id, {})[o.question_id] = o.correct
    bank = load_bank()
    top = training.most_missed(outcomes.values(), limit=missed)
    result = TrainingReport(
        quarter=q, today=day, people=tuple(people), counts=counts,
        most_missed=tuple(MissedRow(m.question_id, bank.get(m.question_id), m.wrong_count, m.asked_count)
                          for m in top),
        by_quarter=tuple(by_quarter), attempts=len(outcomes))
    with repo.atomic():
        session.audit("training.report_view", target=q.label, people=len(people),
                      passed=counts[Status.PASSED])
    return result


def report_rows(session: Session, quarter: str | Quarter | None = None) -> list[ReportRow]:
    """The report's per-person rows as plain data, for the Excel export.

    The export layer audits the export itself, so this function writes no audit entry.
    """
    session.require(Action.TRAINING_REPORT, "training.report")
    return _report_rows(session, _quarter(session, quarter))


def my_attempts(session: Session) -> list[AttemptSummary]:
    """The current user's stored attempts, newest first."""
    session.require(Action.QUIZ_TAKE)
    return [_summary(r) for r in reversed(store.attempts_of(session.user.uid))]

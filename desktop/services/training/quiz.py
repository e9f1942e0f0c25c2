"""Training: a quiz run and the current user's status."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from fractions import Fraction

from desktop.domain import training
from desktop.domain.roles import Action
from desktop.domain.training import DrawnQuestion, Quarter, Score, Status
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.services.training.settings import (
    MSG_ALREADY_ANSWERED,
    MSG_CHOOSE,
    MSG_CHOOSE_ONE,
    MSG_FINISHED,
    MSG_OPEN_QUESTIONS,
    current_quarter,
    invalid,
    load_bank,
    local_day,
    member_during,
    today,
    training_settings,
)
from desktop.store import repo
from desktop.store import training_repo as store

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
        raise invalid(MSG_FINISHED)
    q = run.drawn(question_id)
    if q is None:
        raise invalid(training.MSG_ANSWER_NOT_ASKED, question_id)
    if question_id in run.answers:
        raise invalid(MSG_ALREADY_ANSWERED)
    chosen = frozenset(selected)
    if not chosen:
        raise invalid(MSG_CHOOSE)
    valid = {c.id for c in q.choices}
    for cid in sorted(chosen):
        if cid not in valid:
            raise invalid(training.MSG_SELECTED_NOT_CHOICE, question_id, cid)
    if not q.multi_select and len(chosen) != 1:
        raise invalid(MSG_CHOOSE_ONE)
    answers = dict(run.answers)
    answers[question_id] = chosen
    new = replace(run, answers=answers)
    return new, Feedback(q, chosen, q.question.is_correct(chosen))


def finish(session: Session, run: QuizRun) -> tuple[QuizRun, QuizResult]:
    """Score the run; unless it is a practice run, store the attempt and its answers (one audit entry)."""
    if run.uid != session.user.uid:
        raise PermissionDenied()
    if run.finished:
        raise invalid(MSG_FINISHED)
    if not run.complete:
        raise invalid(MSG_OPEN_QUESTIONS, run.total - run.answered, run.total)
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


def attempt_summary(row: store.AttemptRow) -> AttemptSummary:
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
    rows = [attempt_summary(r) for r in store.attempts_between(prev.start.isoformat(), quarter.end.isoformat(),
                                                          session.user.uid)]
    status = training.completion_status(rows, quarter, day)
    me = repo.user_by_uid(session.user.uid)
    was_member = me is None or member_during(me, prev) or any(prev.contains(a.taken_on) for a in rows)
    previous = training.completion_status(rows, prev, day) if was_member else None
    mine = tuple(a for a in rows if quarter.contains(a.taken_on))
    return MyStatus(quarter, status, training.days_left(quarter, day), mine, previous)

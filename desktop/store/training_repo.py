"""Queries of the training feature. They return plain frozen dataclasses, never peewee rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.store.training import QuizAnswer, QuizAttempt


@dataclass(frozen=True)
class DrawnRow:
    """One asked question as stored: its id and the choice ids in the order shown."""

    question_id: str
    choice_order: tuple[str, ...]


@dataclass(frozen=True)
class AnswerRow:
    position: int
    question_id: str
    chosen: tuple[str, ...]
    correct: bool


@dataclass(frozen=True)
class AttemptRow:
    id: int
    uid: str
    quarter: str
    fiscal_year: int
    fy_start_month: int
    started_at: str
    finished_at: str
    taken_on: str
    score: int
    total: int
    passed: bool
    pass_mark: str
    drawn: tuple[DrawnRow, ...]


@dataclass(frozen=True)
class AnswerOutcome:
    """One answer for the most-missed report."""

    attempt_id: int
    question_id: str
    correct: bool


def _attempt_row(a: QuizAttempt) -> AttemptRow:
    drawn = tuple(DrawnRow(str(d["q"]), tuple(str(c) for c in d["c"])) for d in json.loads(a.drawn))
    return AttemptRow(a.id, a.user_uid, a.quarter, a.fiscal_year, a.fy_start_month, a.started_at,
                      a.finished_at, a.taken_on, a.score, a.total, bool(a.passed), a.pass_mark, drawn)


def insert_attempt(*, uid: str, quarter: str, fiscal_year: int, fy_start_month: int, started_at: str,
                   finished_at: str, taken_on: str, score: int, total: int, passed: bool, pass_mark: str,
                   drawn: Sequence[DrawnRow], answers: Iterable[AnswerRow]) -> int:
    """Write one finished attempt and its answers (call inside a transaction). Returns the id."""
    doc = [{"q": d.question_id, "c": list(d.choice_order)} for d in drawn]
    attempt = QuizAttempt.create(
        user=uid, quarter=quarter, fiscal_year=fiscal_year, fy_start_month=fy_start_month,
        started_at=started_at, finished_at=finished_at, taken_on=taken_on, score=score, total=total,
        passed=passed, pass_mark=pass_mark, drawn=json.dumps(doc, separators=(",", ":")))
    rows = [{"attempt": attempt.id, "position": a.position, "question_id": a.question_id,
             "chosen": json.dumps(list(a.chosen)), "correct": a.correct} for a in answers]
    if rows:
        QuizAnswer.insert_many(rows).execute()
    return int(attempt.id)


def attempts_between(first_day: str, last_day: str, uid: str | None = None) -> list[AttemptRow]:
    """Attempts taken on ``first_day`` .. ``last_day`` (ISO dates, both included), oldest first."""
    q = QuizAttempt.select().where((QuizAttempt.taken_on >= first_day) & (QuizAttempt.taken_on <= last_day))
    if uid is not None:
        q = q.where(QuizAttempt.user == uid)
    return [_attempt_row(a) for a in q.order_by(QuizAttempt.taken_on, QuizAttempt.id)]


def attempts_of(uid: str) -> list[AttemptRow]:
    """All attempts of one person, oldest first."""
    q = QuizAttempt.select().where(QuizAttempt.user == uid).order_by(QuizAttempt.taken_on, QuizAttempt.id)
    return [_attempt_row(a) for a in q]


def attempt(attempt_id: int) -> AttemptRow | None:
    a = QuizAttempt.get_or_none(QuizAttempt.id == attempt_id)
    return None if a is None else _attempt_row(a)


def answers_of(attempt_id: int) -> list[AnswerRow]:
    q = QuizAnswer.select().where(QuizAnswer.attempt == attempt_id).order_by(QuizAnswer.position)
    return [AnswerRow(a.position, a.question_id, tuple(json.loads(a.chosen)), bool(a.correct)) for a in q]


def outcomes_between(first_day: str, last_day: str) -> list[AnswerOutcome]:
    """Right/wrong of every answer in attempts taken in the period (for the most-missed report)."""
    q = (QuizAnswer.select(QuizAnswer.attempt, QuizAnswer.question_id, QuizAnswer.correct)
         .join(QuizAttempt)
         .where((QuizAttempt.taken_on >= first_day) & (QuizAttempt.taken_on <= last_day))
         .order_by(QuizAnswer.attempt, QuizAnswer.position))
    return [AnswerOutcome(a.attempt_id, a.question_id, bool(a.correct)) for a in q]


def count_attempts() -> int:
    return QuizAttempt.select().count()


def count_answers() -> int:
    return QuizAnswer.select().count()

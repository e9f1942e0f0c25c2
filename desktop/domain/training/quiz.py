"""Drawing a quiz, scoring it, and where each person stands in a quarter."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import NamedTuple, Protocol

from desktop.domain.office_time import (  # noqa: F401 - quarters are part of the training rules' API
    MSG_BAD_FY_START,
    MSG_BAD_QUARTER_LABEL,
    Quarter,
    fiscal_quarter,
    quarter_from_label,
)
from desktop.domain.office_time import (
    as_date as _as_date,
)
from desktop.domain.training.bank import (
    DEFAULT_PASS_MARK,
    DEFAULT_QUESTION_COUNT,
    MSG_ANSWER_NOT_ASKED,
    MSG_BAD_COUNT,
    MSG_BAD_PASS_MARK,
    MSG_NOTHING_TO_DRAW,
    MSG_SELECTED_NOT_CHOICE,
    MSG_UNKNOWN_DRAW_TOPIC,
    TOPIC_KEYS,
    TOPICS_BY_KEY,
    Choice,
    Kind,
    Question,
    QuestionBank,
    Status,
    fail,
)

# --- quarters -----------------------------------------------------------------------------


def days_left(quarter: Quarter, today: date) -> int:
    """Return the calendar days left to take the quarter's training, today included.

    1 on the quarter's last day, 0 once it has ended. Before the quarter starts, the days
    from ``today`` to its end.
    """
    today = _as_date(today)
    return max(0, (quarter.end - today).days + 1)


# --- drawing a quiz -----------------------------------------------------------------------


@dataclass(frozen=True)
class DrawnQuestion:
    """A question as asked in one quiz: its choices in this quiz's (shuffled) order.

    Answers are checked by choice id, so the order does not matter for scoring.
    """

    question: Question
    choices: tuple[Choice, ...]

    @property
    def id(self) -> str:
        """The question id."""
        return self.question.id

    @property
    def topic(self) -> str:
        """The question's topic key."""
        return self.question.topic

    @property
    def answers(self) -> frozenset[str]:
        """Ids of the correct choices."""
        return self.question.answers

    @property
    def multi_select(self) -> bool:
        """Whether several choices may be ticked."""
        return self.question.multi_select


def draw(
    bank: QuestionBank,
    n: int = DEFAULT_QUESTION_COUNT,
    rng: random.Random | None = None,
    topics: Iterable[str] | None = None,
) -> list[DrawnQuestion]:
    """Draw a quiz of up to ``n`` questions spread over topics as evenly as possible.

    Topics are shuffled, each topic's questions are shuffled, and questions are taken
    round-robin, one per topic per round, so topic counts differ by at most one unless a
    topic runs out of questions. The drawn questions are then shuffled, and each question's
    choices are shuffled (true/false keeps ``true`` first). The same bank and a ``rng``
    seeded the same way give the same quiz.

    Args:
        bank: The question bank.
        n: How many questions (fewer if the chosen topics hold fewer).
        rng: Source of randomness; a fresh unseeded one when ``None``.
        topics: Topic keys to draw from; all topics of the bank when ``None``.

    Returns:
        The drawn questions, in asking order; no question twice.

    Raises:
        ValidationError: ``n`` < 1, an unknown topic key, or no questions in the topics.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise fail(MSG_BAD_COUNT, n)
    rng = rng if rng is not None else random.Random()
    grouped = bank.by_topic()
    if topics is None:
        keys = list(grouped)
    else:
        wanted: set[str] = set()
        for key in topics:
            if key not in TOPICS_BY_KEY:
                raise fail(MSG_UNKNOWN_DRAW_TOPIC, key)
            wanted.add(key)
        keys = [k for k in TOPIC_KEYS if k in wanted and k in grouped]
    if not keys:
        raise fail(MSG_NOTHING_TO_DRAW)

    rng.shuffle(keys)
    pools: list[list[Question]] = []
    for key in keys:
        pool = list(grouped[key])
        rng.shuffle(pool)
        pools.append(pool)

    picked: list[Question] = []
    depth = 0
    while len(picked) < n and any(depth < len(p) for p in pools):
        for pool in pools:
            if len(picked) >= n:
                break
            if depth < len(pool):
                picked.append(pool[depth])
        depth += 1

    rng.shuffle(picked)
    drawn: list[DrawnQuestion] = []
    for q in picked:
        choices = list(q.choices)
        if q.kind is not Kind.TRUEFALSE:
            rng.shuffle(choices)
        drawn.append(DrawnQuestion(q, tuple(choices)))
    return drawn


# --- scoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionResult:
    """How one question of an attempt went.

    Attributes:
        question_id: The question.
        topic: Its topic key.
        correct: Whether the selection equals the answer set exactly.
        selected: The ids the person selected (empty when unanswered).
        expected: The ids of the correct choices.
    """

    question_id: str
    topic: str
    correct: bool
    selected: frozenset[str]
    expected: frozenset[str]


def _as_fraction(value: float | Fraction) -> Fraction:
    # str() first so 0.8 becomes exactly 4/5 (Fraction(0.8) is slightly above 4/5).
    return value if isinstance(value, Fraction) else Fraction(str(value))


@dataclass(frozen=True)
class Score:
    """The result of one attempt.

    Attributes:
        correct: Questions answered correctly.
        total: Questions asked.
        percent: ``100 * correct / total`` (0.0 for an empty quiz).
        passed: Whether ``correct / total >= pass_mark`` (compared exactly, not in floats).
        pass_mark: The fraction needed to pass.
        results: One :class:`QuestionResult` per asked question, in asking order.
    """

    correct: int
    total: int
    percent: float
    passed: bool
    pass_mark: Fraction
    results: tuple[QuestionResult, ...] = field(default=())

    @property
    def by_question(self) -> dict[str, bool]:
        """Question id -> answered correctly (the input :func:`most_missed` expects)."""
        return {r.question_id: r.correct for r in self.results}

    def by_topic(self) -> dict[str, tuple[int, int]]:
        """Topic key -> (correct, asked), topics in :data:`TOPICS` order."""
        counts: dict[str, list[int]] = {}
        for r in self.results:
            c = counts.setdefault(r.topic, [0, 0])
            c[0] += int(r.correct)
            c[1] += 1
        return {k: (counts[k][0], counts[k][1]) for k in TOPIC_KEYS if k in counts}


def score(
    drawn: Sequence[DrawnQuestion],
    answers: Mapping[str, Iterable[str]],
    pass_mark: float | Fraction = DEFAULT_PASS_MARK,
) -> Score:
    """Score an attempt.

    A question counts as correct only if the selected choice ids equal its answer set
    exactly: for a "select all that apply" question, a partly right selection is wrong.
    Unanswered questions are wrong.

    Args:
        drawn: The questions that were asked.
        answers: Question id -> selected choice ids.
        pass_mark: Fraction of questions needed to pass, in (0, 1]; default 0.8.

    Returns:
        The :class:`Score`.

    Raises:
        ValidationError: A bad pass mark, an answer for a question that was not asked, or a
            selected id that is not a choice of its question.
    """
    mark = _as_fraction(pass_mark)
    if not 0 < mark <= 1:
        raise fail(MSG_BAD_PASS_MARK, pass_mark)
    asked = {d.id: d for d in drawn}
    for qid in answers:
        if qid not in asked:
            raise fail(MSG_ANSWER_NOT_ASKED, qid)
    results: list[QuestionResult] = []
    for d in drawn:
        selected = frozenset(answers.get(d.id, ()))
        valid = {c.id for c in d.question.choices}
        for cid in selected:
            if cid not in valid:
                raise fail(MSG_SELECTED_NOT_CHOICE, d.id, cid)
        results.append(QuestionResult(d.id, d.topic, selected == d.answers, selected, d.answers))
    total = len(results)
    correct = sum(1 for r in results if r.correct)
    percent = 100.0 * correct / total if total else 0.0
    passed = total > 0 and Fraction(correct, total) >= mark
    return Score(correct, total, percent, passed, mark, tuple(results))


# --- completion and report ----------------------------------------------------------------


class AttemptLike(Protocol):
    """Anything with the day an attempt was taken and whether it passed."""

    @property
    def taken_on(self) -> date: ...  # noqa: D102

    @property
    def passed(self) -> bool: ...  # noqa: D102


@dataclass(frozen=True)
class Attempt:
    """A minimal attempt record (services may pass their own objects with the same fields)."""

    taken_on: date
    passed: bool


def completion_status(attempts: Iterable[AttemptLike], quarter: Quarter, today: date) -> Status:
    """Return one person's training status for ``quarter`` as of ``today``.

    Only attempts taken inside the quarter count: a late pass in the following quarter
    counts for that quarter and leaves this one overdue (the record stays honest).

    * ``PASSED``: an attempt inside the quarter passed (whatever ``today`` is).
    * ``OVERDUE``: ``today`` is after the quarter's last day and no attempt inside it passed,
      whether or not anything was attempted.
    * ``ATTEMPTED``: the quarter is not over; attempts were made but none passed.
    * ``NOT_STARTED``: the quarter is not over and nothing was attempted.

    Args:
        attempts: That person's attempts (any quarter; others are ignored).
        quarter: The quarter asked about.
        today: The current day.

    Returns:
        The :class:`Status`.
    """
    today = _as_date(today)
    inside = [a for a in attempts if quarter.contains(a.taken_on)]
    if any(a.passed for a in inside):
        return Status.PASSED
    if today > quarter.end:
        return Status.OVERDUE
    return Status.ATTEMPTED if inside else Status.NOT_STARTED


class MissedQuestion(NamedTuple):
    """One row of the most-missed report."""

    question_id: str
    wrong_count: int
    asked_count: int


def most_missed(
    attempt_answers: Iterable[Mapping[str, bool] | Score],
    limit: int | None = None,
) -> list[MissedQuestion]:
    """Rank questions by how often they were answered wrongly.

    Args:
        attempt_answers: One entry per attempt: question id -> answered correctly, or a
            :class:`Score` (its :attr:`Score.by_question` is used).
        limit: Return at most this many rows.

    Returns:
        Questions answered wrongly at least once, as ``(question_id, wrong_count,
        asked_count)``: most wrong answers first, then the higher wrong rate, then by id.
    """
    wrong: dict[str, int] = {}
    asked: dict[str, int] = {}
    for attempt in attempt_answers:
        outcomes = attempt.by_question if isinstance(attempt, Score) else attempt
        for qid, ok in outcomes.items():
            asked[qid] = asked.get(qid, 0) + 1
            if not ok:
                wrong[qid] = wrong.get(qid, 0) + 1
    rows = [MissedQuestion(qid, w, asked[qid]) for qid, w in wrong.items()]
    rows.sort(key=lambda r: (-r.wrong_count, -Fraction(r.wrong_count, r.asked_count), r.question_id))
    return rows if limit is None else rows[: max(0, limit)]

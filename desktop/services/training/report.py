"""Training: the managers' report of a quarter."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from desktop.domain import training
from desktop.domain.roles import Action
from desktop.domain.training import Quarter, Question, Status
from desktop.services.session import Session
from desktop.services.training.quiz import (
    AttemptSummary,
    attempt_summary,
)
from desktop.services.training.settings import (
    REPORT_HISTORY,
    load_bank,
    member_during,
    today,
    training_settings,
)
from desktop.store import repo
from desktop.store import training_repo as store

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
        if not mine and not member_during(u, quarter):
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
    rows = [attempt_summary(r) for r in store.attempts_between(quarter.start.isoformat(), quarter.end.isoformat())]
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
    rows = [attempt_summary(r) for r in store.attempts_between(chart[0].start.isoformat(), q.end.isoformat())]
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
    return [attempt_summary(r) for r in reversed(store.attempts_of(session.user.uid))]

"""Demo training records: attempts of the demo users over the last quarters."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktop.demo.guard import require_demo
from desktop.domain import training
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.domain.training import DrawnQuestion
from desktop.services.session import Session
from desktop.services.training import load_bank, today, training_settings
from desktop.store import repo
from desktop.store import training_repo as store

# --- demo data ------------------------------------------------------------------------------


def _demo_answers(drawn: list[DrawnQuestion], wrong: int, rng: random.Random) -> dict[str, frozenset[str]]:
    """Correct answers except for ``wrong`` questions (harder kinds missed first)."""
    order = sorted(drawn, key=lambda d: (not d.multi_select, d.question.kind is not training.Kind.SCENARIO,
                                         rng.random()))
    missed = {d.id for d in order[:wrong]}
    answers: dict[str, frozenset[str]] = {}
    for d in drawn:
        if d.id not in missed:
            answers[d.id] = d.answers
            continue
        others = [c.id for c in d.choices if c.id not in d.answers]
        if d.multi_select and len(d.answers) > 1:
            answers[d.id] = frozenset(sorted(d.answers)[:-1])
        else:
            answers[d.id] = frozenset({rng.choice(others)})
    return answers


def populate_demo(session: Session, *, seed: int = 2026) -> int:
    """Add quiz attempts for the demo users over the last two quarters. Returns how many.

    Previous quarter: ``advisor`` passed, ``manager`` failed (so overdue), ``admin`` nothing.
    This quarter: ``advisor`` failed once (still attempted), ``manager`` passed.
    """

    require_demo(session)
    session.require(Action.TRAINING_REPORT, "training.demo")
    rng = random.Random(seed)
    bank = load_bank()
    settings = training_settings(session)
    day = today(session)
    this = training.fiscal_quarter(day, settings.fy_start_month)
    prev = this.previous()
    users = {u.username: u.uid for u in repo.list_users()}
    plan = [
        ("advisor", prev.start + timedelta(days=20), 2),
        ("manager", prev.start + timedelta(days=34), 6),
        ("advisor", min(day, this.start + timedelta(days=9)), 5),
        ("manager", min(day, this.start + timedelta(days=12)), 1),
    ]
    count = 0
    with repo.atomic():
        for username, taken_on, wrong in plan:
            uid = users.get(username)
            if uid is None:
                continue
            drawn = training.draw(bank, settings.questions, rng)
            answers = _demo_answers(drawn, wrong, rng)
            result = training.score(drawn, answers, settings.pass_mark)
            quarter = training.fiscal_quarter(taken_on, settings.fy_start_month)
            finished = datetime(taken_on.year, taken_on.month, taken_on.day, 10, 30, tzinfo=OFFICE_TZ)
            store.insert_attempt(
                uid=uid, quarter=quarter.label, fiscal_year=quarter.fiscal_year,
                fy_start_month=quarter.fy_start_month,
                started_at=(finished - timedelta(minutes=14)).astimezone(UTC).isoformat(),
                finished_at=finished.astimezone(UTC).isoformat(), taken_on=taken_on.isoformat(),
                score=result.correct, total=result.total, passed=result.passed,
                pass_mark=str(result.pass_mark),
                drawn=[store.DrawnRow(d.id, tuple(c.id for c in d.choices)) for d in drawn],
                answers=[store.AnswerRow(i, r.question_id, tuple(sorted(r.selected)), r.correct)
                         for i, r in enumerate(result.results)])
            count += 1
        session.audit("training.demo_seed", target="training", attempts=count)
    return count

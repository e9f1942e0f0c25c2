"""Training: the question bank, the quiz settings, office days and quarters."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import Any

from desktop.domain import training
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.domain.training import Quarter, QuestionBank
from desktop.paths import resource_path
from desktop.services.session import Session
from desktop.store import repo

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


def invalid(message: str, *args: object) -> ValidationError:
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
        raise invalid(training.MSG_BAD_PASS_MARK, value) from None
    if not 0 < mark <= 1:
        raise invalid(training.MSG_BAD_PASS_MARK, value)
    return mark


def _check_settings(fy_start_month: Any, questions: Any, pass_mark: Any, feedback: Any) -> TrainingSettings:
    training.fiscal_quarter(date(2000, 1, 1), fy_start_month)  # raises for a month outside 1-12
    limit = min(MAX_QUESTIONS, len(load_bank()))
    if isinstance(questions, bool) or not isinstance(questions, int) or not 1 <= questions <= limit:
        raise invalid(MSG_BAD_QUESTIONS, limit, questions)
    if feedback not in FEEDBACK_MODES:
        raise invalid(MSG_BAD_FEEDBACK, feedback)
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


def day_of(iso: str | None) -> date | None:
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

def member_during(user: repo.UserRow, quarter: Quarter) -> bool:
    created = day_of(user.created_at)
    ended = day_of(user.deactivated_at)
    if created is not None and created > quarter.end:
        return False
    return ended is None or ended >= quarter.start

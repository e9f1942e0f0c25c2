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

from desktop.services.training.quiz import (
    AttemptSummary,
    Feedback,
    MyStatus,
    QuizResult,
    QuizRun,
    answer,
    finish,
    my_status,
    start,
)
from desktop.services.training.report import (
    MissedRow,
    PersonRow,
    QuarterCompletion,
    ReportRow,
    TrainingReport,
    my_attempts,
    report,
    report_rows,
)
from desktop.services.training.settings import (
    CONTEXT,
    FEEDBACK_EACH,
    FEEDBACK_END,
    FEEDBACK_MODES,
    MAX_QUESTIONS,
    MSG_ALREADY_ANSWERED,
    MSG_BAD_FEEDBACK,
    MSG_BAD_QUESTIONS,
    MSG_CHOOSE,
    MSG_CHOOSE_ONE,
    MSG_FINISHED,
    MSG_OPEN_QUESTIONS,
    REPORT_HISTORY,
    SETTING_FEEDBACK,
    SETTING_FY_START,
    SETTING_PASS_MARK,
    SETTING_QUESTIONS,
    TrainingSettings,
    current_quarter,
    load_bank,
    local_day,
    recent_quarters,
    set_training_settings,
    today,
    training_settings,
)

__all__ = [
    "AttemptSummary",
    "CONTEXT",
    "FEEDBACK_EACH",
    "FEEDBACK_END",
    "FEEDBACK_MODES",
    "Feedback",
    "MAX_QUESTIONS",
    "MSG_ALREADY_ANSWERED",
    "MSG_BAD_FEEDBACK",
    "MSG_BAD_QUESTIONS",
    "MSG_CHOOSE",
    "MSG_CHOOSE_ONE",
    "MSG_FINISHED",
    "MSG_OPEN_QUESTIONS",
    "MissedRow",
    "MyStatus",
    "PersonRow",
    "QuarterCompletion",
    "QuizResult",
    "QuizRun",
    "REPORT_HISTORY",
    "ReportRow",
    "SETTING_FEEDBACK",
    "SETTING_FY_START",
    "SETTING_PASS_MARK",
    "SETTING_QUESTIONS",
    "TrainingReport",
    "TrainingSettings",
    "answer",
    "current_quarter",
    "finish",
    "load_bank",
    "local_day",
    "my_attempts",
    "my_status",
    "recent_quarters",
    "report",
    "report_rows",
    "set_training_settings",
    "start",
    "today",
    "training_settings",
]

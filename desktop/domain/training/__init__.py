"""研修 quarterly training quiz: the question bank model and the pure quiz rules.

Rule A9 of the address manual (``003_5cb2449b1dcf02bb.txt``) asks for training every
quarter ("4半期毎に研修でメンバーに教育し、徹底する"); the quiz covers both rule books.

This module is pure: it never reads files. The caller loads ``desktop/resources/quiz/*.toml``
(with :mod:`tomllib`) and hands the parsed documents to :func:`parse_bank`.

Bank format (one or more TOML documents, each holding an array of ``[[question]]``)::

    [[question]]
    id = "addr-phone-01"            # unique and stable: a-z, 0-9 and "-"
    topic = "phone"                 # a key of TOPICS
    kind = "single"                 # single | multiple | truefalse | scenario
    question_ja = "..."
    question_en = "..."
    answers = ["a"]                 # ids of the correct choices
    explanation_ja = "..."
    explanation_en = "..."
    source = { file = "003_5cb2449b1dcf02bb.txt", line = 44, quote = "..." }

    [[question.choices]]            # omitted for truefalse: the choices are "true" / "false"
    id = "a"
    ja = "..."
    en = "..."

Kinds:

* ``single`` - exactly one correct choice (radio buttons).
* ``multiple`` - "select all that apply": one or more correct choices (check boxes). It is
  answered correctly only when the selected set equals the answer set exactly.
* ``truefalse`` - a statement; the choices are always ``true`` and ``false`` and exactly one
  of them is the answer. Choices are not shuffled (``true`` stays first).
* ``scenario`` - a situation (``scenario_ja`` / ``scenario_en``) followed by the question;
  ``select = "single"`` (default, exactly one answer) or ``select = "multiple"``.

Fiscal years are named after the calendar year in which they *start* (the Japanese 年度
convention): with an April start, 1 April 2026 - 31 March 2027 is ``FY2026`` and
January-March 2027 is ``FY2026 Q4``.
"""

from __future__ import annotations

from desktop.domain.office_time import (
    MSG_BAD_FY_START,
    MSG_BAD_QUARTER_LABEL,
    Quarter,
    fiscal_quarter,
    quarter_from_label,
)
from desktop.domain.training.bank import (
    CONTEXT,
    DEFAULT_PASS_MARK,
    DEFAULT_QUESTION_COUNT,
    FALSE_ID,
    LANGUAGES,
    MIN_QUOTE_CHARS,
    MSG_ALL_CORRECT,
    MSG_ANSWER_NOT_ASKED,
    MSG_ANSWER_NOT_CHOICE,
    MSG_BAD_COUNT,
    MSG_BAD_ID,
    MSG_BAD_PASS_MARK,
    MSG_BAD_SELECT,
    MSG_BAD_SOURCE,
    MSG_CHOICE_MISSING,
    MSG_DOC_NOT_TABLE,
    MSG_DOC_UNKNOWN_KEY,
    MSG_DUPLICATE_ANSWER,
    MSG_DUPLICATE_CHOICE,
    MSG_DUPLICATE_ID,
    MSG_MISSING,
    MSG_NO_ANSWER,
    MSG_NO_QUESTIONS,
    MSG_NOT_TABLE,
    MSG_NOTHING_TO_DRAW,
    MSG_ONE_ANSWER,
    MSG_SELECT_NOT_SCENARIO,
    MSG_SELECTED_NOT_CHOICE,
    MSG_TOO_FEW_CHOICES,
    MSG_TRUEFALSE_CHOICES,
    MSG_UNKNOWN_DRAW_TOPIC,
    MSG_UNKNOWN_KEY,
    MSG_UNKNOWN_KIND,
    MSG_UNKNOWN_TOPIC,
    MSG_WRONG_TYPE,
    TOPIC_KEYS,
    TOPICS,
    TRUE_ID,
    TRUEFALSE_CHOICES,
    Choice,
    Kind,
    Question,
    QuestionBank,
    Source,
    Status,
    Topic,
    topic,
)
from desktop.domain.training.parse import (
    parse_bank,
)
from desktop.domain.training.quiz import (
    Attempt,
    AttemptLike,
    DrawnQuestion,
    MissedQuestion,
    QuestionResult,
    Score,
    completion_status,
    days_left,
    draw,
    most_missed,
    score,
)

__all__ = [
    "Attempt",
    "AttemptLike",
    "CONTEXT",
    "Choice",
    "DEFAULT_PASS_MARK",
    "DEFAULT_QUESTION_COUNT",
    "DrawnQuestion",
    "FALSE_ID",
    "Kind",
    "LANGUAGES",
    "MIN_QUOTE_CHARS",
    "MSG_ALL_CORRECT",
    "MSG_ANSWER_NOT_ASKED",
    "MSG_ANSWER_NOT_CHOICE",
    "MSG_BAD_COUNT",
    "MSG_BAD_FY_START",
    "MSG_BAD_ID",
    "MSG_BAD_PASS_MARK",
    "MSG_BAD_QUARTER_LABEL",
    "MSG_BAD_SELECT",
    "MSG_BAD_SOURCE",
    "MSG_CHOICE_MISSING",
    "MSG_DOC_NOT_TABLE",
    "MSG_DOC_UNKNOWN_KEY",
    "MSG_DUPLICATE_ANSWER",
    "MSG_DUPLICATE_CHOICE",
    "MSG_DUPLICATE_ID",
    "MSG_MISSING",
    "MSG_NOTHING_TO_DRAW",
    "MSG_NOT_TABLE",
    "MSG_NO_ANSWER",
    "MSG_NO_QUESTIONS",
    "MSG_ONE_ANSWER",
    "MSG_SELECTED_NOT_CHOICE",
    "MSG_SELECT_NOT_SCENARIO",
    "MSG_TOO_FEW_CHOICES",
    "MSG_TRUEFALSE_CHOICES",
    "MSG_UNKNOWN_DRAW_TOPIC",
    "MSG_UNKNOWN_KEY",
    "MSG_UNKNOWN_KIND",
    "MSG_UNKNOWN_TOPIC",
    "MSG_WRONG_TYPE",
    "MissedQuestion",
    "Quarter",
    "Question",
    "QuestionBank",
    "QuestionResult",
    "Score",
    "Source",
    "Status",
    "TOPICS",
    "TOPIC_KEYS",
    "TRUEFALSE_CHOICES",
    "TRUE_ID",
    "Topic",
    "completion_status",
    "days_left",
    "draw",
    "fiscal_quarter",
    "most_missed",
    "parse_bank",
    "quarter_from_label",
    "score",
    "topic",
]

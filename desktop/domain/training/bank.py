"""The quiz bank model: messages, topics, questions, choices and their sources."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import (  # noqa: F401 - quarters are part of the training rules' API
    MSG_BAD_FY_START,
    MSG_BAD_QUARTER_LABEL,
    Quarter,
    fiscal_quarter,
    quarter_from_label,
)

CONTEXT = "Training"

# --- messages (English source strings; the UI translates them in the "Training" context) ---
MSG_DOC_NOT_TABLE = QT_TRANSLATE_NOOP("Training", "Quiz file %1 is not a table of questions.")
MSG_DOC_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Training", "Quiz file %1 has an unknown key \"%2\".")
MSG_NO_QUESTIONS = QT_TRANSLATE_NOOP("Training", "The quiz bank holds no questions.")
MSG_NOT_TABLE = QT_TRANSLATE_NOOP("Training", "Question %1 is not a table.")
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Training", "Question %1 has an unknown field \"%2\".")
MSG_MISSING = QT_TRANSLATE_NOOP("Training", "Question %1: the field \"%2\" is missing or empty.")
MSG_WRONG_TYPE = QT_TRANSLATE_NOOP("Training", "Question %1: the field \"%2\" has the wrong type.")
MSG_BAD_ID = QT_TRANSLATE_NOOP(
    "Training", "Question %1: the id \"%2\" may only hold lowercase letters, digits and hyphens."
)
MSG_DUPLICATE_ID = QT_TRANSLATE_NOOP("Training", "Question %1: the id \"%2\" is used more than once.")
MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Training", "Question %1: unknown kind \"%2\".")
MSG_UNKNOWN_TOPIC = QT_TRANSLATE_NOOP("Training", "Question %1: unknown topic \"%2\".")
MSG_BAD_SELECT = QT_TRANSLATE_NOOP(
    "Training", "Question %1: \"select\" must be \"single\" or \"multiple\", not \"%2\"."
)
MSG_SELECT_NOT_SCENARIO = QT_TRANSLATE_NOOP(
    "Training", "Question %1: \"select\" is only used by scenario questions."
)
MSG_TOO_FEW_CHOICES = QT_TRANSLATE_NOOP("Training", "Question %1 needs at least two choices.")
MSG_DUPLICATE_CHOICE = QT_TRANSLATE_NOOP(
    "Training", "Question %1: the choice id \"%2\" is used more than once."
)
MSG_CHOICE_MISSING = QT_TRANSLATE_NOOP(
    "Training", "Question %1: choice \"%2\" has no text in the language \"%3\"."
)
MSG_TRUEFALSE_CHOICES = QT_TRANSLATE_NOOP(
    "Training", "Question %1: a true/false question has exactly the choices \"true\" and \"false\"."
)
MSG_NO_ANSWER = QT_TRANSLATE_NOOP("Training", "Question %1 has no correct answer.")
MSG_ANSWER_NOT_CHOICE = QT_TRANSLATE_NOOP(
    "Training", "Question %1: the answer \"%2\" is not one of its choices."
)
MSG_DUPLICATE_ANSWER = QT_TRANSLATE_NOOP("Training", "Question %1 lists the answer \"%2\" twice.")
MSG_ONE_ANSWER = QT_TRANSLATE_NOOP(
    "Training", "Question %1 allows one choice and needs exactly one correct answer, not %2."
)
MSG_ALL_CORRECT = QT_TRANSLATE_NOOP(
    "Training", "Question %1: every choice is correct; add at least one wrong choice."
)
MSG_BAD_SOURCE = QT_TRANSLATE_NOOP(
    "Training",
    "Question %1: the source needs a file name, a line number from 1 and a quote of at least %2 characters.",
)
MSG_BAD_COUNT = QT_TRANSLATE_NOOP("Training", "A quiz needs at least one question, not %1.")
MSG_UNKNOWN_DRAW_TOPIC = QT_TRANSLATE_NOOP("Training", "Unknown quiz topic \"%1\".")
MSG_NOTHING_TO_DRAW = QT_TRANSLATE_NOOP("Training", "There are no questions for the chosen topics.")
MSG_BAD_PASS_MARK = QT_TRANSLATE_NOOP(
    "Training", "The pass mark must be more than 0 and at most 1 (100 %), not %1."
)
MSG_ANSWER_NOT_ASKED = QT_TRANSLATE_NOOP(
    "Training", "An answer was given for the question \"%1\", which was not asked."
)
MSG_SELECTED_NOT_CHOICE = QT_TRANSLATE_NOOP(
    "Training", "The selected choice \"%2\" is not a choice of the question \"%1\"."
)

# --- fixed vocabulary ---------------------------------------------------------------------

LANGUAGES: tuple[str, ...] = ("ja", "en")
"""Every text in the bank exists in these languages."""

MIN_QUOTE_CHARS = 6
"""A source quote must be at least this long, so it pins down one place in the seed."""

DEFAULT_PASS_MARK = Fraction(4, 5)
"""80 %: at least 12 of 15 questions."""

DEFAULT_QUESTION_COUNT = 15

TRUE_ID = "true"
FALSE_ID = "false"

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CHOICE_ID_RE = re.compile(r"^[a-z0-9_]+$")


class Kind(StrEnum):
    """How a question is answered."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUEFALSE = "truefalse"
    SCENARIO = "scenario"


class Status(StrEnum):
    """Where one person stands with the training of one quarter."""

    PASSED = "passed"
    """At least one attempt inside the quarter passed."""
    ATTEMPTED = "attempted"
    """The quarter is running; attempts were made but none passed yet."""
    NOT_STARTED = "not_started"
    """The quarter is running (or has not begun) and nothing was attempted."""
    OVERDUE = "overdue"
    """The quarter has ended without a passing attempt inside it."""


def _pick(lang: str, ja: str, en: str) -> str:
    """Return the Japanese text for ``"ja"`` (or ``"ja_JP"`` etc.) and English otherwise."""
    return ja if lang.lower().startswith("ja") else en


@dataclass(frozen=True)
class Topic:
    """A quiz topic: a stable key plus labels in both languages.

    Attributes:
        key: Stable key used in the bank files and in stored attempts.
        label_ja: Japanese label.
        label_en: English label.
        book: Which seed the topic comes from: ``"addresses"`` or ``"sns"``.
    """

    key: str
    label_ja: str
    label_en: str
    book: str

    def label(self, lang: str) -> str:
        """Return the label in ``lang`` (Japanese for ``ja*``, English otherwise)."""
        return _pick(lang, self.label_ja, self.label_en)


TOPICS: tuple[Topic, ...] = (
    Topic("phone", "電話でのアドレス取得とお断り", "Phone script and refusals", "addresses"),
    Topic(
        "landing_pages",
        "自治体LPとその他のページ(オプトインと告知)",
        "Municipal landing pages vs other pages (opt-in vs notice)",
        "addresses",
    ),
    Topic("unsubscribe", "配信停止の対応", "Unsubscribe handling", "addresses"),
    Topic(
        "rights_requests",
        "開示・変更・削除などの依頼",
        "Disclosure, correction and deletion requests",
        "addresses",
    ),
    Topic("access", "アクセス権限と保管", "Access limits and storage", "addresses"),
    Topic("backup_logs", "バックアップとログ", "Backups and logs", "addresses"),
    Topic("violations", "違反の報告", "Reporting violations", "addresses"),
    Topic("training_review", "研修とマニュアルの見直し", "Training and yearly review", "addresses"),
    Topic(
        "sns_approval",
        "SNS投稿の承認と事前承認の範囲",
        "SNS post approval and pre-approved scopes",
        "sns",
    ),
    Topic("sns_prohibited", "発信禁止の内容と削除ルール", "Prohibited content and deletion rules", "sns"),
    Topic("sns_photos_rights", "写真・引用と権利", "Photos, quotes and rights", "sns"),
    Topic("sns_trouble", "トラブル対応(炎上・なりすまし・虚偽)", "Trouble: flaming, impersonation, false posts", "sns"),
    Topic("sns_personal", "職員の個人アカウント", "Staff personal accounts", "sns"),
    Topic("sns_confidential", "機密情報", "Confidential information", "sns"),
)
"""Every topic, in display order."""

TOPIC_KEYS: tuple[str, ...] = tuple(t.key for t in TOPICS)
TOPICS_BY_KEY: dict[str, Topic] = {t.key: t for t in TOPICS}


def topic(key: str) -> Topic:
    """Return the :class:`Topic` for ``key``.

    Raises:
        ValidationError: ``key`` is not a known topic.
    """
    try:
        return TOPICS_BY_KEY[key]
    except KeyError:
        raise ValidationError(MSG_UNKNOWN_DRAW_TOPIC, key, context=CONTEXT) from None


# --- bank model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """One answer choice. ``id`` is what answers refer to; it survives shuffling."""

    id: str
    ja: str
    en: str

    def text(self, lang: str) -> str:
        """Return the choice text in ``lang``."""
        return _pick(lang, self.ja, self.en)


TRUEFALSE_CHOICES: tuple[Choice, Choice] = (
    Choice(TRUE_ID, "正しい", "True"),
    Choice(FALSE_ID, "誤り", "False"),
)


@dataclass(frozen=True)
class Source:
    """Where in a seed document a question comes from.

    Attributes:
        file: File name of the seed (e.g. ``"003_5cb2449b1dcf02bb.txt"``).
        line: 1-based line number in that file.
        quote: A verbatim substring of that line.
    """

    file: str
    line: int
    quote: str


@dataclass(frozen=True)
class Question:
    """One bank question, validated.

    Attributes:
        id: Unique, stable id (``"addr-phone-01"``).
        topic: A key of :data:`TOPICS`.
        kind: How it is answered.
        question_ja: The question in Japanese.
        question_en: The question in English.
        choices: The choices in bank order.
        answers: Ids of the correct choices.
        explanation_ja: Why, in Japanese (shown after answering).
        explanation_en: Why, in English.
        source: The seed line the rule comes from.
        scenario_ja: The situation (scenario questions only; else empty).
        scenario_en: The situation in English.
        multi_select: Whether the answerer may tick several choices (check boxes).
    """

    id: str
    topic: str
    kind: Kind
    question_ja: str
    question_en: str
    choices: tuple[Choice, ...]
    answers: frozenset[str]
    explanation_ja: str
    explanation_en: str
    source: Source
    scenario_ja: str = ""
    scenario_en: str = ""
    multi_select: bool = False

    def text(self, lang: str) -> str:
        """Return the question text in ``lang``."""
        return _pick(lang, self.question_ja, self.question_en)

    def scenario(self, lang: str) -> str:
        """Return the situation text in ``lang`` (empty unless a scenario)."""
        return _pick(lang, self.scenario_ja, self.scenario_en)

    def explanation(self, lang: str) -> str:
        """Return the explanation in ``lang``."""
        return _pick(lang, self.explanation_ja, self.explanation_en)

    def choice(self, choice_id: str) -> Choice:
        """Return the choice with ``choice_id``.

        Raises:
            KeyError: No such choice.
        """
        for c in self.choices:
            if c.id == choice_id:
                return c
        raise KeyError(choice_id)

    def is_correct(self, selected: Iterable[str]) -> bool:
        """Return whether ``selected`` (choice ids) equals the answer set exactly."""
        return frozenset(selected) == self.answers


@dataclass(frozen=True)
class QuestionBank:
    """All questions, in file order (files in the order given to :func:`parse_bank`)."""

    questions: tuple[Question, ...]
    _by_id: Mapping[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def get(self, question_id: str) -> Question | None:
        """Return the question with ``question_id``, or ``None``."""
        return self._by_id.get(question_id)

    def by_topic(self) -> dict[str, tuple[Question, ...]]:
        """Return the questions grouped by topic key, topics in :data:`TOPICS` order."""
        out: dict[str, list[Question]] = {}
        for key in TOPIC_KEYS:
            qs = [q for q in self.questions if q.topic == key]
            if qs:
                out[key] = qs
        return {k: tuple(v) for k, v in out.items()}

    def count_by_kind(self) -> dict[Kind, int]:
        """Return how many questions there are of each kind (every kind listed)."""
        counts = {k: 0 for k in Kind}
        for q in self.questions:
            counts[q.kind] += 1
        return counts


def fail(message: str, *args: object) -> ValidationError:
    """A validation error in the training context."""
    return ValidationError(message, *args, context=CONTEXT)

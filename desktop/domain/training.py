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

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Any, NamedTuple, Protocol

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
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

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHOICE_ID_RE = re.compile(r"^[a-z0-9_]+$")


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
_TOPICS_BY_KEY: dict[str, Topic] = {t.key: t for t in TOPICS}


def topic(key: str) -> Topic:
    """Return the :class:`Topic` for ``key``.

    Raises:
        ValidationError: ``key`` is not a known topic.
    """
    try:
        return _TOPICS_BY_KEY[key]
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


# --- parsing ------------------------------------------------------------------------------

_DOC_KEYS = frozenset({"question"})
_QUESTION_KEYS = frozenset(
    {
        "id",
        "topic",
        "kind",
        "select",
        "scenario_ja",
        "scenario_en",
        "question_ja",
        "question_en",
        "choices",
        "answers",
        "explanation_ja",
        "explanation_en",
        "source",
    }
)
_CHOICE_KEYS = frozenset({"id", "ja", "en"})
_SOURCE_KEYS = frozenset({"file", "line", "quote"})


def _fail(message: str, *args: object) -> ValidationError:
    return ValidationError(message, *args, context=CONTEXT)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if value is None:
        raise _fail(MSG_MISSING, where, key)
    if not isinstance(value, str):
        raise _fail(MSG_WRONG_TYPE, where, key)
    value = value.strip()
    if not value:
        raise _fail(MSG_MISSING, where, key)
    return value


def _parse_choices(raw: Mapping[str, Any], kind: Kind, where: str) -> tuple[Choice, ...]:
    items = raw.get("choices")
    if kind is Kind.TRUEFALSE and items is None:
        return TRUEFALSE_CHOICES
    if items is None:
        raise _fail(MSG_MISSING, where, "choices")
    if not isinstance(items, Sequence) or isinstance(items, str):
        raise _fail(MSG_WRONG_TYPE, where, "choices")
    choices: list[Choice] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, Mapping):
            raise _fail(MSG_WRONG_TYPE, where, "choices")
        for key in item:
            if key not in _CHOICE_KEYS:
                raise _fail(MSG_UNKNOWN_KEY, where, f"choices.{key}")
        cid = item.get("id")
        if not isinstance(cid, str) or not _CHOICE_ID_RE.match(cid):
            raise _fail(MSG_WRONG_TYPE, where, "choices.id")
        if cid in seen:
            raise _fail(MSG_DUPLICATE_CHOICE, where, cid)
        seen.add(cid)
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            value = item.get(lang)
            if not isinstance(value, str) or not value.strip():
                raise _fail(MSG_CHOICE_MISSING, where, cid, lang)
            texts[lang] = value.strip()
        choices.append(Choice(cid, texts["ja"], texts["en"]))
    if kind is Kind.TRUEFALSE:
        if sorted(c.id for c in choices) != sorted((TRUE_ID, FALSE_ID)):
            raise _fail(MSG_TRUEFALSE_CHOICES, where)
        # Keep "true" first whatever the file order.
        choices.sort(key=lambda c: c.id != TRUE_ID)
    elif len(choices) < 2:
        raise _fail(MSG_TOO_FEW_CHOICES, where)
    return tuple(choices)


def _parse_answers(raw: Mapping[str, Any], choices: tuple[Choice, ...], where: str) -> frozenset[str]:
    items = raw.get("answers")
    if items is None:
        raise _fail(MSG_NO_ANSWER, where)
    if not isinstance(items, Sequence) or isinstance(items, str):
        raise _fail(MSG_WRONG_TYPE, where, "answers")
    ids = {c.id for c in choices}
    answers: list[str] = []
    for a in items:
        if not isinstance(a, str):
            raise _fail(MSG_WRONG_TYPE, where, "answers")
        if a not in ids:
            raise _fail(MSG_ANSWER_NOT_CHOICE, where, a)
        if a in answers:
            raise _fail(MSG_DUPLICATE_ANSWER, where, a)
        answers.append(a)
    if not answers:
        raise _fail(MSG_NO_ANSWER, where)
    return frozenset(answers)


def _parse_source(raw: Mapping[str, Any], where: str) -> Source:
    src = raw.get("source")
    if src is None:
        raise _fail(MSG_MISSING, where, "source")
    if not isinstance(src, Mapping):
        raise _fail(MSG_WRONG_TYPE, where, "source")
    for key in src:
        if key not in _SOURCE_KEYS:
            raise _fail(MSG_UNKNOWN_KEY, where, f"source.{key}")
    file, line, quote = src.get("file"), src.get("line"), src.get("quote")
    if (
        not isinstance(file, str)
        or not file.strip()
        or not isinstance(line, int)
        or isinstance(line, bool)
        or line < 1
        or not isinstance(quote, str)
        or len(quote) < MIN_QUOTE_CHARS
    ):
        raise _fail(MSG_BAD_SOURCE, where, MIN_QUOTE_CHARS)
    return Source(file.strip(), line, quote)


def _parse_question(raw: Any, where: str) -> Question:
    if not isinstance(raw, Mapping):
        raise _fail(MSG_NOT_TABLE, where)
    qid = raw.get("id")
    if isinstance(qid, str) and qid:
        where = f"{where} [{qid}]"
    for key in raw:
        if key not in _QUESTION_KEYS:
            raise _fail(MSG_UNKNOWN_KEY, where, key)
    qid = _text(raw, "id", where)
    if not _ID_RE.match(qid):
        raise _fail(MSG_BAD_ID, where, qid)
    kind_raw = _text(raw, "kind", where)
    try:
        kind = Kind(kind_raw)
    except ValueError:
        raise _fail(MSG_UNKNOWN_KIND, where, kind_raw) from None
    topic_key = _text(raw, "topic", where)
    if topic_key not in _TOPICS_BY_KEY:
        raise _fail(MSG_UNKNOWN_TOPIC, where, topic_key)

    scenario_ja = scenario_en = ""
    multi_select = kind is Kind.MULTIPLE
    if kind is Kind.SCENARIO:
        scenario_ja = _text(raw, "scenario_ja", where)
        scenario_en = _text(raw, "scenario_en", where)
        select = raw.get("select", "single")
        if select not in ("single", "multiple"):
            raise _fail(MSG_BAD_SELECT, where, select)
        multi_select = select == "multiple"
    else:
        for key in ("select", "scenario_ja", "scenario_en"):
            if key in raw:
                raise _fail(MSG_SELECT_NOT_SCENARIO, where)

    question_ja = _text(raw, "question_ja", where)
    question_en = _text(raw, "question_en", where)
    choices = _parse_choices(raw, kind, where)
    answers = _parse_answers(raw, choices, where)
    if not multi_select and len(answers) != 1:
        raise _fail(MSG_ONE_ANSWER, where, len(answers))
    if multi_select and len(answers) == len(choices):
        raise _fail(MSG_ALL_CORRECT, where)
    return Question(
        id=qid,
        topic=topic_key,
        kind=kind,
        question_ja=question_ja,
        question_en=question_en,
        choices=choices,
        answers=answers,
        explanation_ja=_text(raw, "explanation_ja", where),
        explanation_en=_text(raw, "explanation_en", where),
        source=_parse_source(raw, where),
        scenario_ja=scenario_ja,
        scenario_en=scenario_en,
        multi_select=multi_select,
    )


def parse_bank(docs: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None) -> QuestionBank:
    """Validate parsed bank documents and build the :class:`QuestionBank`.

    Args:
        docs: Parsed TOML documents, each ``{"question": [ {...}, ... ]}``.
        names: Optional display names of the documents (file names) for error messages;
            by default documents are numbered from 1.

    Returns:
        The bank, questions in document order.

    Raises:
        ValidationError: On the first problem found: an unknown key, kind or topic, a text
            missing in one language, an answer that is not a choice id, a single / true-false
            / single-select scenario question without exactly one answer, a duplicate
            question or choice id, a malformed source, or an empty bank. ``params[0]`` says
            where (document and question number, and the id when known).
    """
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for d_index, doc in enumerate(docs, start=1):
        name = names[d_index - 1] if names is not None and d_index <= len(names) else f"#{d_index}"
        if not isinstance(doc, Mapping):
            raise _fail(MSG_DOC_NOT_TABLE, name)
        for key in doc:
            if key not in _DOC_KEYS:
                raise _fail(MSG_DOC_UNKNOWN_KEY, name, key)
        items = doc.get("question", [])
        if not isinstance(items, Sequence) or isinstance(items, str):
            raise _fail(MSG_DOC_NOT_TABLE, name)
        for q_index, raw in enumerate(items, start=1):
            where = f"{name} #{q_index}"
            q = _parse_question(raw, where)
            if q.id in seen:
                raise _fail(MSG_DUPLICATE_ID, f"{where} [{q.id}]", q.id)
            seen[q.id] = where
            questions.append(q)
    if not questions:
        raise _fail(MSG_NO_QUESTIONS)
    return QuestionBank(tuple(questions))


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
        raise _fail(MSG_BAD_COUNT, n)
    rng = rng if rng is not None else random.Random()
    grouped = bank.by_topic()
    if topics is None:
        keys = list(grouped)
    else:
        wanted: set[str] = set()
        for key in topics:
            if key not in _TOPICS_BY_KEY:
                raise _fail(MSG_UNKNOWN_DRAW_TOPIC, key)
            wanted.add(key)
        keys = [k for k in TOPIC_KEYS if k in wanted and k in grouped]
    if not keys:
        raise _fail(MSG_NOTHING_TO_DRAW)

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
        raise _fail(MSG_BAD_PASS_MARK, pass_mark)
    asked = {d.id: d for d in drawn}
    for qid in answers:
        if qid not in asked:
            raise _fail(MSG_ANSWER_NOT_ASKED, qid)
    results: list[QuestionResult] = []
    for d in drawn:
        selected = frozenset(answers.get(d.id, ()))
        valid = {c.id for c in d.question.choices}
        for cid in selected:
            if cid not in valid:
                raise _fail(MSG_SELECTED_NOT_CHOICE, d.id, cid)
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

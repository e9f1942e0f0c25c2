"""Reading the quiz bank files (TOML documents) into a validated :class:`QuestionBank`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.domain.office_time import (  # noqa: F401 - quarters are part of the training rules' API
    MSG_BAD_FY_START,
    MSG_BAD_QUARTER_LABEL,
    Quarter,
    fiscal_quarter,
    quarter_from_label,
)
from desktop.domain.training.bank import (
    CHOICE_ID_RE,
    FALSE_ID,
    ID_RE,
    LANGUAGES,
    MIN_QUOTE_CHARS,
    MSG_ALL_CORRECT,
    MSG_ANSWER_NOT_CHOICE,
    MSG_BAD_ID,
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
    MSG_ONE_ANSWER,
    MSG_SELECT_NOT_SCENARIO,
    MSG_TOO_FEW_CHOICES,
    MSG_TRUEFALSE_CHOICES,
    MSG_UNKNOWN_KEY,
    MSG_UNKNOWN_KIND,
    MSG_UNKNOWN_TOPIC,
    MSG_WRONG_TYPE,
    TOPICS_BY_KEY,
    TRUE_ID,
    TRUEFALSE_CHOICES,
    Choice,
    Kind,
    Question,
    QuestionBank,
    Source,
    fail,
)

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




def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if value is None:
        raise fail(MSG_MISSING, where, key)
    if not isinstance(value, str):
        raise fail(MSG_WRONG_TYPE, where, key)
    value = value.strip()
    if not value:
        raise fail(MSG_MISSING, where, key)
    return value


def _parse_choices(raw: Mapping[str, Any], kind: Kind, where: str) -> tuple[Choice, ...]:
    items = raw.get("choices")
    if kind is Kind.TRUEFALSE and items is None:
        return TRUEFALSE_CHOICES
    if items is None:
        raise fail(MSG_MISSING, where, "choices")
    if not isinstance(items, Sequence) or isinstance(items, str):
        raise fail(MSG_WRONG_TYPE, where, "choices")
    choices: list[Choice] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, Mapping):
            raise fail(MSG_WRONG_TYPE, where, "choices")
        for key in item:
            if key not in _CHOICE_KEYS:
                raise fail(MSG_UNKNOWN_KEY, where, f"choices.{key}")
        cid = item.get("id")
        if not isinstance(cid, str) or not CHOICE_ID_RE.match(cid):
            raise fail(MSG_WRONG_TYPE, where, "choices.id")
        if cid in seen:
            raise fail(MSG_DUPLICATE_CHOICE, where, cid)
        seen.add(cid)
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            value = item.get(lang)
            if not isinstance(value, str) or not value.strip():
                raise fail(MSG_CHOICE_MISSING, where, cid, lang)
            texts[lang] = value.strip()
        choices.append(Choice(cid, texts["ja"], texts["en"]))
    if kind is Kind.TRUEFALSE:
        if sorted(c.id for c in choices) != sorted((TRUE_ID, FALSE_ID)):
            raise fail(MSG_TRUEFALSE_CHOICES, where)
        # Keep "true" first whatever the file order.
        choices.sort(key=lambda c: c.id != TRUE_ID)
    elif len(choices) < 2:
        raise fail(MSG_TOO_FEW_CHOICES, where)
    return tuple(choices)


def _parse_answers(raw: Mapping[str, Any], choices: tuple[Choice, ...], where: str) -> frozenset[str]:
    items = raw.get("answers")
    if items is None:
        raise fail(MSG_NO_ANSWER, where)
    if not isinstance(items, Sequence) or isinstance(items, str):
        raise fail(MSG_WRONG_TYPE, where, "answers")
    ids = {c.id for c in choices}
    answers: list[str] = []
    for a in items:
        if not isinstance(a, str):
            raise fail(MSG_WRONG_TYPE, where, "answers")
        if a not in ids:
            raise fail(MSG_ANSWER_NOT_CHOICE, where, a)
        if a in answers:
            raise fail(MSG_DUPLICATE_ANSWER, where, a)
        answers.append(a)
    if not answers:
        raise fail(MSG_NO_ANSWER, where)
    return frozenset(answers)


def _parse_source(raw: Mapping[str, Any], where: str) -> Source:
    src = raw.get("source")
    if src is None:
        raise fail(MSG_MISSING, where, "source")
    if not isinstance(src, Mapping):
        raise fail(MSG_WRONG_TYPE, where, "source")
    for key in src:
        if key not in _SOURCE_KEYS:
            raise fail(MSG_UNKNOWN_KEY, where, f"source.{key}")
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
        raise fail(MSG_BAD_SOURCE, where, MIN_QUOTE_CHARS)
    return Source(file.strip(), line, quote)


def _parse_question(raw: Any, where: str) -> Question:
    if not isinstance(raw, Mapping):
        raise fail(MSG_NOT_TABLE, where)
    qid = raw.get("id")
    if isinstance(qid, str) and qid:
        where = f"{where} [{qid}]"
    for key in raw:
        if key not in _QUESTION_KEYS:
            raise fail(MSG_UNKNOWN_KEY, where, key)
    qid = _text(raw, "id", where)
    if not ID_RE.match(qid):
        raise fail(MSG_BAD_ID, where, qid)
    kind_raw = _text(raw, "kind", where)
    try:
        kind = Kind(kind_raw)
    except ValueError:
        raise fail(MSG_UNKNOWN_KIND, where, kind_raw) from None
    topic_key = _text(raw, "topic", where)
    if topic_key not in TOPICS_BY_KEY:
        raise fail(MSG_UNKNOWN_TOPIC, where, topic_key)

    scenario_ja = scenario_en = ""
    multi_select = kind is Kind.MULTIPLE
    if kind is Kind.SCENARIO:
        scenario_ja = _text(raw, "scenario_ja", where)
        scenario_en = _text(raw, "scenario_en", where)
        select = raw.get("select", "single")
        if select not in ("single", "multiple"):
            raise fail(MSG_BAD_SELECT, where, select)
        multi_select = select == "multiple"
    else:
        for key in ("select", "scenario_ja", "scenario_en"):
            if key in raw:
                raise fail(MSG_SELECT_NOT_SCENARIO, where)

    question_ja = _text(raw, "question_ja", where)
    question_en = _text(raw, "question_en", where)
    choices = _parse_choices(raw, kind, where)
    answers = _parse_answers(raw, choices, where)
    if not multi_select and len(answers) != 1:
        raise fail(MSG_ONE_ANSWER, where, len(answers))
    if multi_select and len(answers) == len(choices):
        raise fail(MSG_ALL_CORRECT, where)
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
            raise fail(MSG_DOC_NOT_TABLE, name)
        for key in doc:
            if key not in _DOC_KEYS:
                raise fail(MSG_DOC_UNKNOWN_KEY, name, key)
        items = doc.get("question", [])
        if not isinstance(items, Sequence) or isinstance(items, str):
            raise fail(MSG_DOC_NOT_TABLE, name)
        for q_index, raw in enumerate(items, start=1):
            where = f"{name} #{q_index}"
            q = _parse_question(raw, where)
            if q.id in seen:
                raise fail(MSG_DUPLICATE_ID, f"{where} [{q.id}]", q.id)
            seen[q.id] = where
            questions.append(q)
    if not questions:
        raise fail(MSG_NO_QUESTIONS)
    return QuestionBank(tuple(questions))

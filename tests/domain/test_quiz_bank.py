"""The shipped quiz bank (``desktop/resources/quiz/*.toml``): complete, bilingual and traceable to the seeds."""

from __future__ import annotations

import random
import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import training
from desktop.paths import resource_path

MIN_QUESTIONS = 66
MIN_PER_TOPIC = 3
MIN_PER_KIND = 8

# CI places shared/ beside the repository: <parent>/main (repo) and <parent>/shared/seeds.
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

# Which seed each topic comes from (a topic drawing on the wrong book is a mistake).
BOOK_FILES = {"addresses": "003_5cb2449b1dcf02bb.txt", "sns": "000_7078b34c99567e82.txt"}
ID_PREFIX = {"addresses": "addr-", "sns": "sns-"}

# Example details from the seeds that must not be hard-coded (seeds/README.md):
# organisation names, phone numbers, the e-mail address and the person named there.
FORBIDDEN_EXAMPLE_DETAILS = ("生活クラブ", "aki-katsu", "optin@", "上田", "048-424", "埼玉")

_KANA = re.compile(r"[\u3040-\u30ff]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _quiz_files() -> list[Path]:
    return sorted(resource_path("quiz").glob("*.toml"))


@pytest.fixture(scope="module")
def files() -> list[Path]:
    found = _quiz_files()
    assert found, f"no quiz files in {resource_path('quiz')}"
    return found


@pytest.fixture(scope="module")
def docs(files: list[Path]) -> list[dict[str, Any]]:
    return [tomllib.loads(f.read_text(encoding="utf-8")) for f in files]


@pytest.fixture(scope="module")
def raw_questions(files: list[Path], docs: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(f.name, q) for f, d in zip(files, docs, strict=True) for q in d.get("question", [])]


@pytest.fixture(scope="module")
def bank(files: list[Path], docs: list[dict[str, Any]]) -> training.QuestionBank:
    return training.parse_bank(docs, [f.name for f in files])


def _texts(q: training.Question) -> list[tuple[str, str, str]]:
    """(what, ja, en) for every user-visible text of ``q``."""
    out = [("question", q.question_ja, q.question_en), ("explanation", q.explanation_ja, q.explanation_en)]
    out += [(f"choice {c.id}", c.ja, c.en) for c in q.choices]
    if q.kind is training.Kind.SCENARIO:
        out.append(("scenario", q.scenario_ja, q.scenario_en))
    return out


def test_bank_is_split_into_several_topic_files(files: list[Path]) -> None:
    assert len(files) >= 4, [f.name for f in files]
    for f in files:
        assert re.fullmatch(r"[a-z0-9_]+\.toml", f.name), f.name


def test_bank_parses_and_is_large_enough(bank: training.QuestionBank) -> None:
    assert len(bank) >= MIN_QUESTIONS


def test_every_text_exists_in_both_languages(bank: training.QuestionBank) -> None:
    problems = []
    for q in bank:
        for what, ja, en in _texts(q):
            if not ja.strip() or not en.strip():
                problems.append(f"{q.id} {what}: empty")
                continue
            if q.kind is training.Kind.TRUEFALSE and what.startswith("choice"):
                continue  # the fixed 正しい / 誤り labels
            if not _JAPANESE.search(ja):
                problems.append(f"{q.id} {what}: Japanese text has no Japanese in it")
            if _KANA.search(en):
                problems.append(f"{q.id} {what}: English text contains kana")
    assert not problems, "\n".join(problems)


def test_scenarios_have_a_situation_and_others_do_not(bank: training.QuestionBank) -> None:
    for q in bank:
        if q.kind is training.Kind.SCENARIO:
            assert q.scenario_ja and q.scenario_en, q.id
        else:
            assert not q.scenario_ja and not q.scenario_en, q.id


def test_answers_are_choice_ids_in_the_raw_files(raw_questions: list[tuple[str, dict[str, Any]]]) -> None:
    # Checked on the raw TOML, independently of parse_bank.
    for name, q in raw_questions:
        answers = q["answers"]
        if q["kind"] == "truefalse":
            ids = {"true", "false"} if "choices" not in q else {c["id"] for c in q["choices"]}
            assert ids == {"true", "false"}, (name, q["id"])
        else:
            ids = {c["id"] for c in q["choices"]}
        assert answers, (name, q["id"])
        assert set(answers) <= ids, (name, q["id"], answers, ids)
        single = q["kind"] in ("single", "truefalse") or (
            q["kind"] == "scenario" and q.get("select", "single") == "single"
        )
        if single:
            assert len(answers) == 1, (name, q["id"])
        else:
            assert 2 <= len(answers) < len(ids), (name, q["id"], "several correct and at least one wrong")


def test_choice_texts_are_distinct_within_a_question(bank: training.QuestionBank) -> None:
    for q in bank:
        assert len({c.ja for c in q.choices}) == len(q.choices), q.id
        assert len({c.en for c in q.choices}) == len(q.choices), q.id


def test_question_ids_are_unique_across_files(raw_questions: list[tuple[str, dict[str, Any]]]) -> None:
    counts = Counter(q["id"] for _, q in raw_questions)
    duplicates = {qid: n for qid, n in counts.items() if n > 1}
    assert not duplicates


def test_question_ids_follow_the_book_prefix(bank: training.QuestionBank) -> None:
    for q in bank:
        book = training.topic(q.topic).book
        assert q.id.startswith(ID_PREFIX[book]), q.id


def test_every_topic_has_enough_questions(bank: training.QuestionBank) -> None:
    counts = Counter(q.topic for q in bank)
    short = {key: counts.get(key, 0) for key in training.TOPIC_KEYS if counts.get(key, 0) < MIN_PER_TOPIC}
    assert not short, short


def test_every_kind_is_used_enough(bank: training.QuestionBank) -> None:
    counts = bank.count_by_kind()
    short = {k.value: n for k, n in counts.items() if n < MIN_PER_KIND}
    assert not short, short


def test_scenarios_include_both_single_and_multiple_select(bank: training.QuestionBank) -> None:
    scenarios = [q for q in bank if q.kind is training.Kind.SCENARIO]
    assert any(q.multi_select for q in scenarios)
    assert any(not q.multi_select for q in scenarios)


def test_true_false_answers_are_balanced(bank: training.QuestionBank) -> None:
    answers = Counter(next(iter(q.answers)) for q in bank if q.kind is training.Kind.TRUEFALSE)
    assert answers["true"] >= 5 and answers["false"] >= 5, answers


def test_single_answer_positions_vary(bank: training.QuestionBank) -> None:
    # Reviewers read the files in order; the right answer should not always be "a".
    ids = Counter(
        next(iter(q.answers))
        for q in bank
        if not q.multi_select and q.kind is not training.Kind.TRUEFALSE
    )
    assert len(ids) >= 3, ids
    assert max(ids.values()) <= 0.5 * sum(ids.values()), ids


def test_no_example_organisation_details_in_texts(bank: training.QuestionBank) -> None:
    for q in bank:
        for what, ja, en in _texts(q):
            for detail in FORBIDDEN_EXAMPLE_DETAILS:
                assert detail not in ja and detail not in en, (q.id, what, detail)


def test_sources_quote_the_seed_line_verbatim(bank: training.QuestionBank) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (shared/ must sit beside the repository)")
    cache: dict[str, list[str]] = {}
    problems = []
    for q in bank:
        src = q.source
        path = SEEDS / src.file
        if not path.is_file():
            problems.append(f"{q.id}: no seed file {src.file}")
            continue
        if src.file not in cache:
            cache[src.file] = path.read_text(encoding="utf-8").split("\n")
        lines = cache[src.file]
        if not 1 <= src.line <= len(lines):
            problems.append(f"{q.id}: line {src.line} outside {src.file} (1..{len(lines)})")
            continue
        if len(src.quote) < training.MIN_QUOTE_CHARS:
            problems.append(f"{q.id}: quote shorter than {training.MIN_QUOTE_CHARS} characters")
        if src.quote not in lines[src.line - 1]:
            elsewhere = [i + 1 for i, line in enumerate(lines) if src.quote in line]
            problems.append(f"{q.id}: quote not on line {src.line} of {src.file} (found on {elsewhere})")
        expected_file = BOOK_FILES[training.topic(q.topic).book]
        if src.file != expected_file:
            problems.append(f"{q.id}: topic {q.topic} should cite {expected_file}, not {src.file}")
    assert not problems, "\n".join(problems)


def test_a_default_quiz_from_the_shipped_bank_covers_every_topic(bank: training.QuestionBank) -> None:
    drawn = training.draw(bank, n=15, rng=random.Random(2026))
    assert len(drawn) == 15
    per_topic = Counter(d.topic for d in drawn)
    assert set(per_topic) == set(training.TOPIC_KEYS)  # 14 topics, 15 questions
    assert max(per_topic.values()) - min(per_topic.values()) <= 1


def test_right_answers_score_100_and_all_wrong_answers_score_0(bank: training.QuestionBank) -> None:
    drawn = training.draw(bank, n=len(bank), rng=random.Random(7))
    right = training.score(drawn, {d.id: set(d.answers) for d in drawn})
    assert right.correct == right.total == len(bank)
    wrong = training.score(
        drawn, {d.id: {c.id for c in d.choices if c.id not in d.answers} for d in drawn}
    )
    assert wrong.correct == 0
    assert not wrong.passed

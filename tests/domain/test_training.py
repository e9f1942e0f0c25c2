"""Pure quiz rules: bank validation, fiscal quarters, drawing, scoring, completion, report."""

from __future__ import annotations

import copy
import random
from collections import Counter
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

import pytest

from desktop.domain import training as t
from desktop.domain.errors import ValidationError

# --- helpers ------------------------------------------------------------------------------

SOURCE = {"file": "003_5cb2449b1dcf02bb.txt", "line": 58, "quote": "毎月1日に行い"}


def choice(cid: str) -> dict[str, str]:
    return {"id": cid, "ja": f"選択肢{cid}", "en": f"Choice {cid}"}


def make_q(qid: str = "q-1", kind: str = "single", topic: str = "phone", **over: Any) -> dict[str, Any]:
    """A valid raw question of ``kind``; ``over`` replaces (or, with value None, removes) fields."""
    q: dict[str, Any] = {
        "id": qid,
        "topic": topic,
        "kind": kind,
        "question_ja": "質問ですか。",
        "question_en": "A question?",
        "explanation_ja": "説明です。",
        "explanation_en": "An explanation.",
        "source": dict(SOURCE),
    }
    if kind == "truefalse":
        q["answers"] = ["true"]
    elif kind == "multiple":
        q["choices"] = [choice(c) for c in "abcd"]
        q["answers"] = ["a", "c"]
    else:
        q["choices"] = [choice(c) for c in "abcd"]
        q["answers"] = ["b"]
    if kind == "scenario":
        q["scenario_ja"] = "状況です。"
        q["scenario_en"] = "A situation."
    for key, value in over.items():
        if value is None:
            q.pop(key, None)
        else:
            q[key] = value
    return q


def bank_of(*questions: dict[str, Any]) -> t.QuestionBank:
    return t.parse_bank([{"question": list(questions)}])


def rejected(docs: list[Any]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        t.parse_bank(docs)
    assert info.value.context == "Training"
    return info.value


def synthetic_bank(sizes: dict[str, int]) -> t.QuestionBank:
    """A bank with ``sizes[topic]`` single-choice questions per topic."""
    qs = [
        make_q(f"{topic.replace('_', '-')}-{i}", topic=topic) for topic, n in sizes.items() for i in range(n)
    ]
    return bank_of(*qs)


# --- parse_bank: valid input --------------------------------------------------------------


def test_parse_valid_questions_of_every_kind() -> None:
    bank = bank_of(
        make_q("s-1", "single"),
        make_q("m-1", "multiple"),
        make_q("t-1", "truefalse", answers=["false"]),
        make_q("c-1", "scenario"),
        make_q("c-2", "scenario", select="multiple", answers=["a", "b"]),
    )
    assert [q.id for q in bank] == ["s-1", "m-1", "t-1", "c-1", "c-2"]
    single, multiple, truefalse, scen1, scen2 = bank.questions
    assert single.kind is t.Kind.SINGLE and not single.multi_select and single.answers == {"b"}
    assert multiple.multi_select and multiple.answers == {"a", "c"}
    assert [c.id for c in truefalse.choices] == ["true", "false"]
    assert truefalse.answers == {"false"} and truefalse.choices[0].ja == "正しい"
    assert not scen1.multi_select and scen1.scenario("ja") == "状況です。"
    assert scen2.multi_select and scen2.scenario("en") == "A situation."
    assert single.source == t.Source("003_5cb2449b1dcf02bb.txt", 58, "毎月1日に行い")
    assert bank.get("m-1") is multiple and bank.get("nope") is None


def test_texts_follow_the_language() -> None:
    q = bank_of(make_q()).questions[0]
    assert q.text("ja") == "質問ですか。" and q.text("ja_JP") == "質問ですか。"
    assert q.text("en") == "A question?" and q.text("de") == "A question?"  # English is the fallback
    assert q.explanation("ja") == "説明です。"
    assert q.choice("a").text("en") == "Choice a"
    assert t.topic("phone").label("ja") != t.topic("phone").label("en")


def test_truefalse_may_list_its_choices_in_any_order() -> None:
    q = bank_of(
        make_q(
            kind="truefalse",
            choices=[{"id": "false", "ja": "誤り", "en": "False"}, {"id": "true", "ja": "正しい", "en": "True"}],
        )
    ).questions[0]
    assert [c.id for c in q.choices] == ["true", "false"]


def test_every_topic_key_has_both_labels_and_a_book() -> None:
    assert len(set(t.TOPIC_KEYS)) == len(t.TOPICS) >= 14
    for topic in t.TOPICS:
        assert topic.label_ja and topic.label_en and topic.book in ("addresses", "sns")
    with pytest.raises(ValidationError):
        t.topic("no_such_topic")


# --- parse_bank: malformed input ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "message", "param"),
    [
        (make_q(kind="essay"), t.MSG_UNKNOWN_KIND, "essay"),
        (make_q(topic="weather"), t.MSG_UNKNOWN_TOPIC, "weather"),
        (make_q(question_en=None), t.MSG_MISSING, "question_en"),
        (make_q(question_ja="   "), t.MSG_MISSING, "question_ja"),
        (make_q(explanation_en=None), t.MSG_MISSING, "explanation_en"),
        (make_q(explanation_ja=""), t.MSG_MISSING, "explanation_ja"),
        (make_q(question_en=42), t.MSG_WRONG_TYPE, "question_en"),
        (make_q(kind="scenario", scenario_en=None), t.MSG_MISSING, "scenario_en"),
        (make_q(kind="scenario", scenario_ja=""), t.MSG_MISSING, "scenario_ja"),
        (make_q(answers=["z"]), t.MSG_ANSWER_NOT_CHOICE, "z"),
        (make_q(kind="truefalse", answers=["yes"]), t.MSG_ANSWER_NOT_CHOICE, "yes"),
        (make_q(answers=["a", "b"]), t.MSG_ONE_ANSWER, "2"),
        (make_q(kind="truefalse", answers=["true", "false"]), t.MSG_ONE_ANSWER, "2"),
        (make_q(kind="scenario", answers=["a", "b"]), t.MSG_ONE_ANSWER, "2"),
        (make_q(answers=[]), t.MSG_NO_ANSWER, None),
        (make_q(answers=None), t.MSG_NO_ANSWER, None),
        (make_q(answers=["a", "a"]), t.MSG_DUPLICATE_ANSWER, "a"),
        (make_q(kind="multiple", answers=["a", "b", "c", "d"]), t.MSG_ALL_CORRECT, None),
        (make_q(choices=[choice("a"), choice("a")], answers=["a"]), t.MSG_DUPLICATE_CHOICE, "a"),
        (make_q(choices=[choice("a")], answers=["a"]), t.MSG_TOO_FEW_CHOICES, None),
        (make_q(choices=None), t.MSG_MISSING, "choices"),
        (make_q(choices=[{"id": "a", "ja": "あ"}, choice("b")]), t.MSG_CHOICE_MISSING, "a"),
        (make_q(choices=[{"id": "a", "ja": "", "en": "A"}, choice("b")]), t.MSG_CHOICE_MISSING, "a"),
        (
            make_q(kind="truefalse", choices=[choice("a"), choice("b")], answers=["a"]),
            t.MSG_TRUEFALSE_CHOICES,
            None,
        ),
        (make_q(kind="scenario", select="some"), t.MSG_BAD_SELECT, "some"),
        (make_q(select="multiple"), t.MSG_SELECT_NOT_SCENARIO, None),
        (make_q(explaination_en="typo"), t.MSG_UNKNOWN_KEY, "explaination_en"),
        (make_q(qid="Has Space"), t.MSG_BAD_ID, "Has Space"),
        (make_q(source=None), t.MSG_MISSING, "source"),
        (make_q(source={**SOURCE, "quote": "短い"}), t.MSG_BAD_SOURCE, None),
        (make_q(source={**SOURCE, "line": 0}), t.MSG_BAD_SOURCE, None),
        (make_q(source={**SOURCE, "line": "58"}), t.MSG_BAD_SOURCE, None),
        (make_q(source={**SOURCE, "file": ""}), t.MSG_BAD_SOURCE, None),
        (make_q(source={**SOURCE, "page": 3}), t.MSG_UNKNOWN_KEY, "source.page"),
    ],
)
def test_parse_bank_rejects_malformed_questions(
    question: dict[str, Any], message: str, param: str | None
) -> None:
    error = rejected([{"question": [make_q("ok-1"), question]}])
    assert error.message == message
    assert "#2" in error.params[0]  # says which question
    if param is not None:
        assert param in error.params[1:]


def test_parse_bank_rejects_a_duplicate_id_in_one_file() -> None:
    error = rejected([{"question": [make_q("dup-1"), make_q("dup-1", kind="truefalse")]}])
    assert error.message == t.MSG_DUPLICATE_ID
    assert error.params[1] == "dup-1"


def test_parse_bank_rejects_a_duplicate_id_across_files_and_names_the_file() -> None:
    with pytest.raises(ValidationError) as info:
        t.parse_bank([{"question": [make_q("dup-1")]}, {"question": [make_q("dup-1")]}], ["a.toml", "b.toml"])
    assert info.value.message == t.MSG_DUPLICATE_ID
    assert info.value.params[0].startswith("b.toml")


@pytest.mark.parametrize(
    ("docs", "message"),
    [
        ([], t.MSG_NO_QUESTIONS),
        ([{"question": []}], t.MSG_NO_QUESTIONS),
        ([{"questions": [make_q()]}], t.MSG_DOC_UNKNOWN_KEY),
        (["not a table"], t.MSG_DOC_NOT_TABLE),
        ([{"question": "nope"}], t.MSG_DOC_NOT_TABLE),
        ([{"question": ["nope"]}], t.MSG_NOT_TABLE),
    ],
)
def test_parse_bank_rejects_malformed_documents(docs: list[Any], message: str) -> None:
    assert rejected(docs).message == message


def test_error_text_holds_no_filled_in_values() -> None:
    error = rejected([{"question": [make_q(kind="secret-kind")]}])
    assert "secret-kind" not in str(error)
    assert "%2" in str(error)


# --- fiscal quarters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "label", "start", "end"),
    [
        (date(2026, 4, 1), "FY2026 Q1", date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 6, 30), "FY2026 Q1", date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), "FY2026 Q2", date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 10, 15), "FY2026 Q3", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 12, 31), "FY2026 Q3", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), "FY2026 Q4", date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 2, 15), "FY2026 Q4", date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 3, 31), "FY2026 Q4", date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 4, 1), "FY2027 Q1", date(2027, 4, 1), date(2027, 6, 30)),
        (date(2026, 3, 31), "FY2025 Q4", date(2026, 1, 1), date(2026, 3, 31)),
    ],
)
def test_fiscal_quarter_with_the_japanese_april_start(day: date, label: str, start: date, end: date) -> None:
    q = t.fiscal_quarter(day)
    assert (q.label, q.start, q.end) == (label, start, end)
    assert q.fiscal_year == int(label[2:6]) and q.number == int(label[-1])


@pytest.mark.parametrize(
    ("day", "start_month", "label", "start", "end"),
    [
        (date(2026, 1, 1), 1, "FY2026 Q1", date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 12, 31), 1, "FY2026 Q4", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), 1, "FY2027 Q1", date(2027, 1, 1), date(2027, 3, 31)),
        (date(2026, 9, 30), 10, "FY2025 Q4", date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), 10, "FY2026 Q1", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 12, 31), 10, "FY2026 Q1", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), 10, "FY2026 Q2", date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 9, 30), 10, "FY2026 Q4", date(2027, 7, 1), date(2027, 9, 30)),
    ],
)
def test_fiscal_quarter_with_other_start_months(
    day: date, start_month: int, label: str, start: date, end: date
) -> None:
    q = t.fiscal_quarter(day, fy_start_month=start_month)
    assert (q.label, q.start, q.end) == (label, start, end)


def test_leap_day() -> None:
    q = t.fiscal_quarter(date(2028, 2, 29))
    assert (q.label, q.start, q.end) == ("FY2027 Q4", date(2028, 1, 1), date(2028, 3, 31))
    assert t.days_left(q, date(2028, 1, 1)) == 91  # 31 + 29 + 31
    # A quarter ending in February ends on the 29th in a leap year, the 28th otherwise.
    assert t.fiscal_quarter(date(2028, 1, 10), fy_start_month=12).end == date(2028, 2, 29)
    assert t.fiscal_quarter(date(2027, 1, 10), fy_start_month=12).end == date(2027, 2, 28)
    assert t.fiscal_quarter(date(2027, 12, 1), fy_start_month=12).label == "FY2027 Q1"


@pytest.mark.parametrize("start_month", range(1, 13))
def test_quarters_tile_the_calendar_without_gaps(start_month: int) -> None:
    day = date(2026, 1, 1)
    q = t.fiscal_quarter(day, start_month)
    while day <= date(2029, 12, 31):
        current = t.fiscal_quarter(day, start_month)
        assert current.contains(day)
        assert current.start.day == 1 and 89 <= (current.end - current.start).days + 1 <= 92
        assert current.start.month == (start_month - 1 + (current.number - 1) * 3) % 12 + 1
        if current != q:
            assert current.start == q.end + timedelta(days=1)
            assert current == q.next() and current.previous() == q
            q = current
        day += timedelta(days=1)


def test_fiscal_quarter_accepts_a_datetime_and_labels_round_trip() -> None:
    q = t.fiscal_quarter(datetime(2027, 3, 31, 23, 59))
    assert q.label == "FY2026 Q4"
    assert t.quarter_from_label("FY2026 Q4") == q
    assert t.quarter_from_label("FY2026 Q2", fy_start_month=10).start == date(2027, 1, 1)


@pytest.mark.parametrize("bad", [0, 13, -4, True])
def test_fiscal_quarter_rejects_bad_start_months(bad: int) -> None:
    with pytest.raises(ValidationError) as info:
        t.fiscal_quarter(date(2026, 5, 1), fy_start_month=bad)
    assert info.value.message == t.MSG_BAD_FY_START


@pytest.mark.parametrize("bad", ["FY2026 Q5", "2026 Q1", "FY26 Q1", ""])
def test_quarter_from_label_rejects_malformed_labels(bad: str) -> None:
    with pytest.raises(ValidationError):
        t.quarter_from_label(bad)


def test_days_left_counts_today_and_stops_at_zero() -> None:
    q = t.fiscal_quarter(date(2026, 4, 1))  # 1 April - 30 June: 91 days
    assert t.days_left(q, date(2026, 4, 1)) == 91
    assert t.days_left(q, date(2026, 6, 29)) == 2
    assert t.days_left(q, date(2026, 6, 30)) == 1
    assert t.days_left(q, date(2026, 7, 1)) == 0
    assert t.days_left(q, date(2027, 1, 1)) == 0
    assert t.days_left(t.fiscal_quarter(date(2027, 1, 5)), date(2027, 1, 1)) == 90
    assert t.days_left(q, datetime(2026, 6, 30, 18, 0)) == 1


# --- draw ---------------------------------------------------------------------------------


def _ids(drawn: list[t.DrawnQuestion]) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.id, tuple(c.id for c in d.choices)) for d in drawn]


def test_draw_is_reproducible_with_a_seeded_rng() -> None:
    bank = synthetic_bank({"phone": 6, "access": 6, "sns_trouble": 6, "violations": 6})
    first = t.draw(bank, 10, random.Random(42))
    again = t.draw(bank, 10, random.Random(42))
    other = t.draw(bank, 10, random.Random(43))
    assert _ids(first) == _ids(again)
    assert _ids(first) != _ids(other)


def test_draw_spreads_questions_evenly_over_topics() -> None:
    sizes = {"phone": 10, "access": 1, "violations": 3, "sns_trouble": 5, "sns_personal": 5}
    bank = synthetic_bank(sizes)
    for seed in range(30):
        drawn = t.draw(bank, 15, random.Random(seed))
        assert len(drawn) == 15 and len({d.id for d in drawn}) == 15
        got = Counter(d.topic for d in drawn)
        # Round robin: 5 + 4 + 4 + 2 -> access 1 (all it has), violations 3 (all), the others 3 or 4.
        assert got["access"] == 1 and got["violations"] == 3
        assert sorted(got[k] for k in ("phone", "sns_trouble", "sns_personal")) == [3, 4, 4]
        for a in got:
            for b in got:
                if got[a] < got[b] - 1:
                    assert got[a] == sizes[a], (seed, got)


def test_draw_fewer_questions_than_topics_takes_one_per_topic() -> None:
    bank = synthetic_bank({"phone": 4, "access": 4, "violations": 4, "sns_trouble": 4, "sns_personal": 4})
    drawn = t.draw(bank, 3, random.Random(1))
    assert len({d.topic for d in drawn}) == 3


def test_draw_returns_the_whole_bank_when_n_is_larger() -> None:
    bank = synthetic_bank({"phone": 3, "access": 2})
    drawn = t.draw(bank, 50, random.Random(1))
    assert sorted(d.id for d in drawn) == sorted(q.id for q in bank)


def test_draw_limits_to_the_chosen_topics() -> None:
    bank = synthetic_bank({"phone": 5, "access": 5, "violations": 5})
    drawn = t.draw(bank, 15, random.Random(3), topics=["access", "violations"])
    assert len(drawn) == 10 and {d.topic for d in drawn} == {"access", "violations"}
    with pytest.raises(ValidationError) as info:
        t.draw(bank, 5, random.Random(3), topics=["access", "astrology"])
    assert info.value.message == t.MSG_UNKNOWN_DRAW_TOPIC
    with pytest.raises(ValidationError) as info:
        t.draw(bank, 5, random.Random(3), topics=["sns_trouble"])  # known topic, no questions
    assert info.value.message == t.MSG_NOTHING_TO_DRAW


@pytest.mark.parametrize("n", [0, -1])
def test_draw_rejects_a_non_positive_count(n: int) -> None:
    with pytest.raises(ValidationError):
        t.draw(synthetic_bank({"phone": 3}), n, random.Random(1))


def test_draw_shuffles_choices_but_keeps_ids_and_true_false_order() -> None:
    bank = bank_of(*[make_q(f"s-{i}") for i in range(12)], *[make_q(f"t-{i}", "truefalse") for i in range(4)])
    drawn = t.draw(bank, 16, random.Random(5))
    orders = set()
    for d in drawn:
        assert sorted(c.id for c in d.choices) == sorted(c.id for c in d.question.choices)
        if d.question.kind is t.Kind.TRUEFALSE:
            assert [c.id for c in d.choices] == ["true", "false"]
        else:
            orders.add(tuple(c.id for c in d.choices))
    assert len(orders) > 1  # shuffled, not the file order every time
    assert len({d.id for d in drawn}) == 16
    # The asking order is shuffled too (not simply the file order).
    assert [d.id for d in drawn] != [q.id for q in bank]


# --- score --------------------------------------------------------------------------------


def _quiz(n_single: int, multiple: bool = False) -> list[t.DrawnQuestion]:
    qs = [make_q(f"s-{i}") for i in range(n_single)]
    if multiple:
        qs.append(make_q("m-1", "multiple"))
    return t.draw(bank_of(*qs), 100, random.Random(0))


def test_multiple_choice_partial_or_extra_selection_is_wrong() -> None:
    drawn = _quiz(0, multiple=True)  # answers a + c
    assert not t.score(drawn, {"m-1": {"a"}}).results[0].correct
    assert not t.score(drawn, {"m-1": {"a", "c", "d"}}).results[0].correct
    assert not t.score(drawn, {"m-1": set()}).results[0].correct
    exact = t.score(drawn, {"m-1": ["c", "a"]})
    assert exact.results[0].correct and exact.correct == 1 and exact.percent == 100.0


def test_pass_exactly_at_80_percent() -> None:
    drawn = _quiz(15)
    answers = {d.id: {"b"} for d in drawn}
    wrong_ids = [d.id for d in drawn]
    for qid in wrong_ids[:3]:
        answers[qid] = {"a"}
    at_mark = t.score(drawn, answers)
    assert (at_mark.correct, at_mark.total, at_mark.passed) == (12, 15, True)
    assert at_mark.percent == pytest.approx(80.0)
    answers[wrong_ids[3]] = {"d"}
    below = t.score(drawn, answers)
    assert (below.correct, below.passed) == (11, False)


def test_four_of_five_passes_with_a_float_pass_mark() -> None:
    # Fraction(0.8) is a little above 4/5; the pass mark must still be met exactly.
    drawn = _quiz(5)
    answers = {d.id: {"b"} for d in drawn}
    answers[drawn[0].id] = {"c"}
    result = t.score(drawn, answers, pass_mark=0.8)
    assert result.passed and result.pass_mark == Fraction(4, 5)
    assert not t.score(drawn, answers, pass_mark=0.81).passed
    assert t.score(drawn, answers, pass_mark=Fraction(3, 5)).passed


def test_unanswered_questions_are_wrong() -> None:
    drawn = _quiz(5)
    result = t.score(drawn, {drawn[0].id: {"b"}})
    assert (result.correct, result.total) == (1, 5)
    assert [r.correct for r in result.results] == [True, False, False, False, False]
    assert result.results[1].selected == frozenset() and result.results[1].expected == {"b"}


def test_score_reports_per_question_and_per_topic() -> None:
    drawn = t.draw(
        bank_of(make_q("p-1", topic="phone"), make_q("p-2", topic="phone"), make_q("a-1", topic="access")),
        10,
        random.Random(0),
    )
    result = t.score(drawn, {"p-1": {"b"}, "p-2": {"a"}, "a-1": {"b"}})
    assert result.by_question == {"p-1": True, "p-2": False, "a-1": True}
    assert result.by_topic() == {"phone": (1, 2), "access": (1, 1)}
    assert [r.question_id for r in result.results] == [d.id for d in drawn]


def test_score_rejects_answers_that_do_not_fit_the_quiz() -> None:
    drawn = _quiz(2)
    with pytest.raises(ValidationError) as info:
        t.score(drawn, {"not-asked": {"a"}})
    assert info.value.message == t.MSG_ANSWER_NOT_ASKED
    with pytest.raises(ValidationError) as info:
        t.score(drawn, {drawn[0].id: {"zz"}})
    assert info.value.message == t.MSG_SELECTED_NOT_CHOICE


@pytest.mark.parametrize("mark", [0, -0.5, 1.01, 2])
def test_score_rejects_a_bad_pass_mark(mark: float) -> None:
    with pytest.raises(ValidationError):
        t.score(_quiz(1), {}, pass_mark=mark)


def test_empty_quiz_does_not_pass() -> None:
    result = t.score([], {})
    assert (result.correct, result.total, result.percent, result.passed) == (0, 0, 0.0, False)


# --- completion status --------------------------------------------------------------------

Q3 = t.fiscal_quarter(date(2026, 10, 1))  # FY2026 Q3: 1 Oct - 31 Dec 2026


@pytest.mark.parametrize(
    ("attempts", "today", "status"),
    [
        ([], date(2026, 11, 1), t.Status.NOT_STARTED),
        ([], date(2026, 9, 1), t.Status.NOT_STARTED),  # quarter not begun
        ([t.Attempt(date(2026, 10, 5), False)], date(2026, 11, 1), t.Status.ATTEMPTED),
        (
            [t.Attempt(date(2026, 10, 5), False), t.Attempt(date(2026, 10, 6), True)],
            date(2026, 11, 1),
            t.Status.PASSED,
        ),
        ([t.Attempt(date(2026, 10, 6), True)], date(2027, 5, 1), t.Status.PASSED),  # stays passed
        ([], date(2027, 1, 1), t.Status.OVERDUE),
        ([t.Attempt(date(2026, 12, 31), False)], date(2027, 1, 1), t.Status.OVERDUE),
        ([t.Attempt(date(2026, 12, 31), False)], date(2026, 12, 31), t.Status.ATTEMPTED),  # last day
        ([t.Attempt(date(2026, 12, 31), True)], date(2027, 1, 2), t.Status.PASSED),  # pass on the last day
        # A pass in the previous quarter does not count for this one.
        ([t.Attempt(date(2026, 9, 30), True)], date(2026, 10, 2), t.Status.NOT_STARTED),
        # A late pass (first day of Q4) counts for Q4 and leaves Q3 overdue.
        ([t.Attempt(date(2027, 1, 1), True)], date(2027, 1, 2), t.Status.OVERDUE),
        ([t.Attempt(datetime(2026, 12, 31, 23, 30), True)], datetime(2027, 1, 1, 9, 0), t.Status.PASSED),
    ],
)
def test_completion_status(attempts: list[t.Attempt], today: date, status: t.Status) -> None:
    assert t.completion_status(attempts, Q3, today) is status


def test_completion_status_accepts_any_object_with_the_fields() -> None:
    class Row:
        def __init__(self, taken_on: date, passed: bool) -> None:
            self.taken_on = taken_on
            self.passed = passed

    assert t.completion_status([Row(date(2026, 11, 3), True)], Q3, date(2026, 11, 4)) is t.Status.PASSED
    failed = iter([Row(date(2026, 11, 3), False)])
    assert t.completion_status(failed, Q3, date(2026, 11, 4)) is t.Status.ATTEMPTED


# --- most missed --------------------------------------------------------------------------


def test_most_missed_sorts_by_wrong_count_then_rate_then_id() -> None:
    attempts = [
        {"a": False, "b": False, "c": True, "d": False},
        {"a": False, "b": True, "c": True},
        {"a": True, "b": False, "e": False},
        {"e": False, "d": True},
    ]
    rows = t.most_missed(attempts)
    assert rows == [("e", 2, 2), ("a", 2, 3), ("b", 2, 3), ("d", 1, 2)]
    assert rows[0].question_id == "e" and rows[0].wrong_count == 2 and rows[0].asked_count == 2
    assert "c" not in [r.question_id for r in rows]  # never missed
    assert t.most_missed(attempts, limit=2) == [("e", 2, 2), ("a", 2, 3)]
    assert t.most_missed([]) == []


def test_most_missed_accepts_scores() -> None:
    drawn = _quiz(3)
    ids = [d.id for d in drawn]
    first = t.score(drawn, {ids[0]: {"a"}, ids[1]: {"b"}, ids[2]: {"b"}})
    second = t.score(drawn, {ids[0]: {"a"}, ids[1]: {"c"}, ids[2]: {"b"}})
    assert t.most_missed([first, second]) == [(ids[0], 2, 2), (ids[1], 1, 2)]


def test_parse_does_not_mutate_its_input() -> None:
    doc = {"question": [make_q("s-1"), make_q("t-1", "truefalse")]}
    before = copy.deepcopy(doc)
    t.parse_bank([doc])
    assert doc == before


def test_draw_does_not_ask_topics_in_a_fixed_cycle() -> None:
    # Round robin picks the questions; the asking order is shuffled afterwards, so the
    # first questions are not always one of each topic.
    bank = synthetic_bank({"phone": 5, "access": 5, "violations": 5})
    firsts = [
        len({d.topic for d in t.draw(bank, 15, random.Random(seed))[:3]}) for seed in range(20)
    ]
    assert any(n < 3 for n in firsts)

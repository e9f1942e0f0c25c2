"""The screening on the labelled corpus (tests/data/screening_corpus.toml): floors just below what is reached.

The figures themselves are printed by ``python -m benchmarks.bench_screening``. A regression in
any category fails here; raise a floor when the screening gets better.
"""

from __future__ import annotations

import pytest

from benchmarks.screening_corpus import Row, evaluate, load_corpus, shipped_word_lists
from desktop.services import morphology

OVERALL_CAUGHT = 0.94  # reached: 0.976
OVERALL_FALSE_HIGH = 0.05  # reached: 0.022
PER_CATEGORY_CAUGHT = 0.75  # every category with should-flag posts
PER_CATEGORY_FALSE_HIGH = 0.25


@pytest.fixture(scope="module")
def rows() -> dict[str, Row]:
    return evaluate(load_corpus(), shipped_word_lists(), morphology.analyze)


def test_the_corpus_is_big_and_balanced() -> None:
    posts = load_corpus()
    assert len(posts) >= 300
    assert len({p["id"] for p in posts}) == len(posts)
    innocent = sum(1 for p in posts if p["innocent"])
    assert 0.4 <= innocent / len(posts) <= 0.6


def test_overall_recall_and_false_alarms(rows: dict[str, Row]) -> None:
    should = sum(r.should for r in rows.values())
    caught = sum(r.caught for r in rows.values())
    innocent = sum(r.innocent for r in rows.values())
    false_high = sum(r.false_high for r in rows.values())
    assert caught / should >= OVERALL_CAUGHT, [m for r in rows.values() for m in r.misses]
    assert false_high / innocent <= OVERALL_FALSE_HIGH, [a for r in rows.values() for a in r.alarms]


def test_every_category_has_a_floor(rows: dict[str, Row]) -> None:
    weak = {c: (r.caught, r.should) for c, r in rows.items() if r.should and r.caught / r.should < PER_CATEGORY_CAUGHT}
    noisy = {c: (r.false_high, r.innocent) for c, r in rows.items()
             if r.innocent and r.false_high / r.innocent > PER_CATEGORY_FALSE_HIGH}
    assert weak == {} and noisy == {}


def test_the_analyser_adds_recall(rows: dict[str, Row]) -> None:
    """Without SudachiPy the screening misses conjugations, kana spellings and names."""
    plain = evaluate(load_corpus(), shipped_word_lists(), None)
    assert sum(r.caught for r in rows.values()) > sum(r.caught for r in plain.values())

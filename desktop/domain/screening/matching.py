"""Finding listed words in every view of a post: as typed, collapsed, by dictionary form, by reading.

A word matched in the lemma or reading view must start and end on morpheme boundaries, so a
short reading (``ばか``) does not hit the middle of another word (``おばかわいい`` would not be one
morpheme boundary pair), and an ``allow`` phrase of the list still silences a match inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from desktop.domain.screening.views import Analyzer, TextViews, TokenView
from desktop.domain.screening.wordlists import PhraseMatcher
from desktop.domain.text_normalise import fold_kana, normalise_for_matching, normalise_word

__all__ = ["ViewMatcher"]

_MIN_READING = 2  # a reading of one kana matches far too much
_KANJI = re.compile(r"[\u4e00-\u9fff\u3005]")


@lru_cache(maxsize=8192)
def _forms(word: str, analyze: Analyzer) -> tuple[str, str]:
    """The word's joined lemmas and joined readings (hiragana, lower case).

    The lemma form is given only for a word listed in its dictionary form (治る finds 治りました);
    a listed inflected form (死ね, 消えろ) is meant as written, and its lemma (死ぬ, 消える) would
    find innocent sentences.
    """
    unfolded = normalise_for_matching(word.strip(), fold=False)[0]
    morphemes = analyze(unfolded)
    lemma = fold_kana("".join(m.lemma for m in morphemes).lower())
    surface = normalise_word(word)
    if lemma != surface:
        lemma = ""
    reading = fold_kana("".join(m.reading for m in morphemes).lower())
    return lemma, reading


def _compile(words: Iterable[str]) -> re.Pattern[str] | None:
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in unique)) if unique else None


def _on_boundaries(pattern: re.Pattern[str] | None, view: TokenView | None,
                   kana_only: str | None = None) -> list[tuple[int, int]]:
    """Matches starting and ending on morpheme boundaries; with ``kana_only`` (the normalised
    text), only where the author wrote kana: a reading must not match a homophone in kanji."""
    if pattern is None or view is None:
        return []
    found = []
    for start in sorted(view.starts):
        m = pattern.match(view.text, start)
        # the longest alternative first; try shorter ones ending on a boundary
        while m is not None:
            span = view.span(m.start(), m.end())
            if span is not None and kana_only is not None and _KANJI.search(kana_only[span[0]:span[1]]):
                span = None
            if span is not None:
                found.append(span)
                break
            m = None
    return found


class ViewMatcher:
    """Listed phrases found in all views; spans are in the normalised text."""

    def __init__(self, words: Sequence[str], allow: Sequence[str] = (), analyze: Analyzer | None = None) -> None:
        self.plain = PhraseMatcher(words, allow)
        self.allow = PhraseMatcher(allow)
        self.lemmas: re.Pattern[str] | None = None
        self.readings: re.Pattern[str] | None = None
        if analyze is not None:
            forms = [_forms(w, analyze) for w in words if normalise_word(w)]
            self.lemmas = _compile(lemma for lemma, _ in forms)
            self.readings = _compile(r for _, r in forms if len(r) >= _MIN_READING)

    def find(self, views: TextViews) -> list[tuple[int, int]]:
        spans = set(self.plain.finditer(views.norm))
        spans.update(views.from_collapsed(s, e) for s, e in self.plain.finditer(views.collapsed))
        spans.update(_on_boundaries(self.lemmas, views.lemmas))
        spans.update(_on_boundaries(self.readings, views.readings, views.norm))
        allowed = self.allow.finditer(views.norm)
        return sorted(s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in allowed))

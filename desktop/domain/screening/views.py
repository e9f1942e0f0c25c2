"""Views of a post that the detectors read, each with a map back to the normalised text.

Staff (and people trying to slip past a filter) write the same word in many shapes: spaced out
(``ば か``), in kana instead of kanji (``ばか`` for ``馬鹿``), conjugated (``治りました`` for
``治る``), with kanji numerals (``〇三-一二三四``) or ``アットマーク`` for ``@``. The screening
therefore reads, besides the normalised text itself:

* ``collapsed`` - spaces and separators between letters removed;
* ``digits`` - the collapsed text with kanji numerals as digits and ``アットマーク``/``(at)`` as ``@``;
* ``lemmas`` / ``readings`` - the dictionary form and the kana reading of each morpheme, given
  by a morphological analyser (SudachiPy in the app, injected: this module does no I/O).

Every view keeps, for each of its characters, the index of the normalised character it came
from, so a finding is always highlighted on what the author typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from desktop.domain.text_normalise import fold_kana

__all__ = ["Analyzer", "Morpheme", "TextViews", "TokenView", "build_views"]


class Morpheme(NamedTuple):
    """One morpheme of the analysed text (offsets in the text given to the analyser)."""

    start: int
    end: int
    lemma: str
    reading: str
    pos: tuple[str, ...]


Analyzer = Callable[[str], Sequence[Morpheme]]
"""Splits a text into morphemes (the app passes a SudachiPy-backed one)."""

# Characters an author may put between letters to break a word up (after NFKC and lower case).
_SEPARATORS = frozenset(" \t\u3000・.,_-~*/|'\"`^･")
_DIGIT_DOTS = re.compile(r"(?<=[0-9])[・･.．‐−ー―](?=[0-9])")
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_AT_WORDS = re.compile(r"あっとまーく|(?<=[a-z0-9._-])\s?あっと\s?(?=[a-z0-9])|\(at\)|\[at\]|<at>|＠")
_DOT_WORDS = re.compile(r"(?<=[a-z0-9])\s?どっと\s?(?=[a-z0-9])|\(dot\)|\[dot\]|<dot>")
# a phone number read out in kana: seven or more digit words in a row
_KANA_DIGIT = {"ぜろ": "0", "れい": "0", "まる": "0", "いち": "1", "に": "2", "さん": "3", "よん": "4", "し": "4",
               "ご": "5", "ろく": "6", "なな": "7", "しち": "7", "はち": "8", "きゅう": "9", "く": "9"}
_KANA_DIGIT_WORD = "(?:" + "|".join(sorted(_KANA_DIGIT, key=len, reverse=True)) + ")"
_KANA_NUMBER = re.compile(rf"{_KANA_DIGIT_WORD}(?:[\s\-ー]?{_KANA_DIGIT_WORD}){{6,}}")


@dataclass(frozen=True)
class TokenView:
    """The morphemes' lemmas (or readings) joined into one string, with morpheme boundaries."""

    text: str
    to_norm: tuple[int, ...]  # per character: index in the normalised text (+ one past the end)
    starts: frozenset[int]
    ends: frozenset[int]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The normalised span of ``[start, end)`` if it lies on morpheme boundaries."""
        if start not in self.starts or end not in self.ends:
            return None
        return self.to_norm[start], self.to_norm[end - 1] + 1


@dataclass(frozen=True)
class TextViews:
    norm: str
    collapsed: str
    collapsed_map: tuple[int, ...]  # collapsed index -> normalised index (+ one past the end)
    digits: str
    digits_map: tuple[int, ...]
    morphemes: tuple[Morpheme, ...]  # offsets in ``collapsed``
    lemmas: TokenView | None
    readings: TokenView | None

    def from_collapsed(self, start: int, end: int) -> tuple[int, int]:
        return self.collapsed_map[start], self.collapsed_map[end - 1] + 1

    def from_digits(self, start: int, end: int) -> tuple[int, int]:
        return self.digits_map[start], self.digits_map[end - 1] + 1


def _collapse(norm: str) -> tuple[str, list[int]]:
    """Drop separators that stand between two letters of the same word (``ば か`` -> ``ばか``)."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(norm):
        if ch in _SEPARATORS and out and i + 1 < len(norm) and norm[i + 1] not in _SEPARATORS:
            prev = out[-1]
            nxt = norm[i + 1]
            # Japanese has no spaces between words: a space next to a Japanese character is padding
            # ("さ く ら 町 3 − 5"); other separators only between two Japanese letters. ASCII runs
            # keep theirs ("2026.12.01", "example.jp").
            if ch in " \t\u3000" and not (prev.isascii() and nxt.isascii()):
                continue
            if prev.isalpha() and nxt.isalpha() and not prev.isascii() and not nxt.isascii():
                continue
            if prev.isascii() and nxt.isascii() and len(out) >= 2 and _single_letters(norm, i):
                continue
        out.append(ch)
        index.append(i)
    index.append(len(norm))
    return "".join(out), index


def _single_letters(norm: str, i: int) -> bool:
    """``f u c k`` style: the separator stands between single ASCII letters."""
    before = norm[i - 2] if i >= 2 else " "
    after = norm[i + 2] if i + 2 < len(norm) else " "
    return norm[i - 1].isalnum() and norm[i + 1].isalnum() and before in _SEPARATORS and after in _SEPARATORS


def _substitute(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Kanji numerals as digits (one for one), spelled-out @ and dot as symbols."""
    text = _DIGIT_DOTS.sub("-", text.translate(_KANJI_DIGITS))
    out: list[str] = []
    out_index: list[int] = []
    pos = 0
    for m in sorted([*_AT_WORDS.finditer(text), *_DOT_WORDS.finditer(text)], key=lambda m: m.start()):
        if m.start() < pos:
            continue
        out.extend(text[pos:m.start()])
        out_index.extend(index[pos:m.start()])
        out.append("." if ("どっと" in m.group() or "dot" in m.group()) else "@")
        out_index.append(index[m.start()])
        pos = m.end()
    out.extend(text[pos:])
    out_index.extend(index[pos:len(text)])
    out_index.append(index[len(text)])
    joined, out_index = _kana_numbers("".join(out), out_index)
    # spaces around the symbols written out: "taro @ example . jp"
    keep = [i for i, ch in enumerate(joined)
            if not (ch == " " and ((i > 0 and joined[i - 1] in "@.") or (i + 1 < len(joined) and joined[i + 1] in "@.")))]
    return "".join(joined[i] for i in keep), [out_index[i] for i in keep] + [out_index[-1]]


def _kana_numbers(text: str, index: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    out_index: list[int] = []
    pos = 0
    word = re.compile(_KANA_DIGIT_WORD)
    for m in _KANA_NUMBER.finditer(text):
        out.extend(text[pos:m.start()])
        out_index.extend(index[pos:m.start()])
        k = m.start()
        while k < m.end():
            w = word.match(text, k)
            if w is None:  # a separator
                out.append("-")
                out_index.append(index[k])
                k += 1
                continue
            out.append(_KANA_DIGIT[w.group()])
            out_index.append(index[k])
            k = w.end()
        pos = m.end()
    out.extend(text[pos:])
    out_index.extend(index[pos:len(text)])
    out_index.append(index[len(text)])
    return "".join(out), out_index


def _token_view(morphemes: Sequence[Morpheme], field: str, collapsed_map: Sequence[int]) -> TokenView:
    parts: list[str] = []
    to_norm: list[int] = []
    starts: set[int] = set()
    ends: set[int] = set()
    length = 0
    for m in morphemes:
        value = fold_kana((getattr(m, field) or "").lower())
        if not value:
            continue
        starts.add(length)
        parts.append(value)
        # spread the morpheme's characters over its normalised span
        first = collapsed_map[m.start]
        last = collapsed_map[max(m.end - 1, m.start)]
        for k in range(len(value)):
            to_norm.append(first if k < len(value) - 1 else last)
        length += len(value)
        ends.add(length)
    to_norm.append(to_norm[-1] + 1 if to_norm else 0)
    return TokenView("".join(parts), tuple(to_norm), frozenset(starts), frozenset(ends))


def build_views(norm: str, analyze: Analyzer | None, unfolded: str | None = None) -> TextViews:
    """``unfolded`` is ``norm`` before kana folding (same length): what the analyser reads best."""
    collapsed, cmap = _collapse(norm)
    digits, dmap_c = _substitute(collapsed, cmap)
    morphemes: tuple[Morpheme, ...] = ()
    if analyze is not None:
        source = "".join(unfolded[i] for i in cmap[:-1]) if unfolded is not None else collapsed
        morphemes = tuple(analyze(source))
    lemmas = _token_view(morphemes, "lemma", cmap) if morphemes else None
    readings = _token_view(morphemes, "reading", cmap) if morphemes else None
    return TextViews(norm, collapsed, tuple(cmap), digits, tuple(dmap_c), morphemes, lemmas, readings)

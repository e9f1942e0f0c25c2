"""Text normalisation for matching, with a map back to the original text.

Screening matches word lists and patterns on a *normalised* copy of a post so that
full-width and half-width forms, katakana and hiragana, and upper and lower case all
match the same list entry. Findings must still point at the text the author typed, so
the normalisation keeps, for every normalised character, the index of the original
character it came from.

Steps, per original character:

1. Unicode NFKC (full-width ``ＡＢＣ１２３`` -> ``ABC123``, half-width ``ｶﾞ`` -> ``ガ``,
   ``～``/``＠``/``－`` -> ASCII, ``㍻`` -> ``平成``). A combining voiced/semi-voiced mark
   produced by a half-width ``ﾞ``/``ﾟ`` is composed with the previous character, so the
   result equals NFKC of the whole string for Japanese text.
2. Lower case (``str.lower``).
3. Katakana folded to hiragana (``ア``..``ヶ`` minus ``ヵ``/``ヶ``, and ``ヽヾ``). ``ヵ`` and ``ヶ``
   are kept because they are mostly used in place names and counters (``霞ヶ関``), and
   ``ー`` (the long-vowel mark) is kept as it is.
4. Invisible characters are dropped, so they cannot be used to split a listed word: every
   format character (Unicode category Cf: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen,
   bidirectional marks and isolates, invisible operators, tag characters …), variation
   selectors, the combining grapheme joiner, the Mongolian vowel separator and the Hangul
   fillers (``U+3164`` and friends render as blank space of zero or near-zero width).

No I/O and no third-party imports.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_kana", "normalise_for_matching", "normalise_word", "strip_controls", "to_original_span"]

# Katakana U+30A1 (ァ) .. U+30F4 (ヴ) have hiragana partners 0x60 lower; U+30F5/U+30F6
# (ヵ, ヶ) have partners too (ゕ, ゖ) but are deliberately kept; ヽ/ヾ -> ゝ/ゞ.
_KATA_FIRST = 0x30A1
_KATA_LAST = 0x30F4
_KANA_OFFSET = 0x60
_ITERATION_MARKS = {0x30FD: 0x309D, 0x30FE: 0x309E}

_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e\u115f\u1160\u17b4\u17b5\u3164\uffa0")


def _invisible(ch: str) -> bool:
    """True for a character that renders as nothing (see step 4 of the module notes)."""
    if ch in _DROPPED:
        return True
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:  # variation selectors
        return True
    return unicodedata.category(ch) == "Cf"


def fold_kana(text: str) -> str:
    """Katakana -> hiragana (see the module notes for the characters left alone)."""
    out = []
    for ch in text:
        cp = ord(ch)
        if _KATA_FIRST <= cp <= _KATA_LAST:
            out.append(chr(cp - _KANA_OFFSET))
        elif cp in _ITERATION_MARKS:
            out.append(chr(_ITERATION_MARKS[cp]))
        else:
            out.append(ch)
    return "".join(out)


def normalise_for_matching(text: str, *, fold: bool = True) -> tuple[str, list[int]]:
    """Normalise ``text`` for matching and return ``(normalised, index_map)``.

    ``index_map[i]`` is the index in ``text`` of the character that produced
    ``normalised[i]``; the list has one extra, last entry equal to ``len(text)`` so that
    ``index_map[len(normalised)]`` is valid. The map never decreases. Use
    :func:`to_original_span` to turn a span of the normalised text into a span of ``text``.
    With ``fold=False`` katakana stays katakana (for a morphological analyser); kana folding
    maps one character to one, so both forms share the same index map.
    """
    raw: list[str] = []  # NFKC + lower, before kana folding (needed to compose ﾜﾞ -> ヷ)
    index_map: list[int] = []
    for i, ch in enumerate(text):
        if _invisible(ch):
            continue
        for j, out in enumerate(unicodedata.normalize("NFKC", ch).lower()):
            if j == 0 and raw and unicodedata.combining(out):
                # A half-width voiced mark (ﾞ/ﾟ) after its base: compose like whole-string NFKC.
                composed = unicodedata.normalize("NFC", raw[-1] + out)
                if len(composed) == 1:
                    raw[-1] = composed
                    continue
            raw.append(out)
            index_map.append(i)
    index_map.append(len(text))
    joined = "".join(raw)
    return (fold_kana(joined) if fold else joined), index_map


def to_original_span(index_map: list[int], start: int, end: int) -> tuple[int, int]:
    """Map the half-open span ``[start, end)`` of the normalised text back to the original.

    The result covers every original character that contributed to the span: if one
    original character expanded into several (``㍻`` -> ``平成``), a match on part of the
    expansion still maps to the whole original character; if several merged into one
    (``ｶﾞ`` -> ``が``), all of them are included.
    """
    n = len(index_map) - 1  # length of the normalised text
    if not 0 <= start <= end <= n:
        raise ValueError("span outside the normalised text")
    if start == end:
        return index_map[start], index_map[start]
    orig_start = index_map[start]
    last = index_map[end - 1]
    j = end
    while j < n and index_map[j] == last:
        j += 1
    return orig_start, index_map[j]


def normalise_word(word: str) -> str:
    """A word-list entry normalised the same way as the text it is matched against."""
    return normalise_for_matching(word.strip())[0]


def strip_controls(value: str, keep: str = "\n\t") -> str:
    """``value`` without control and format characters (except those in ``keep``), trimmed."""
    return "".join(ch for ch in value if ch in keep or unicodedata.category(ch)[0] != "C").strip()

"""The Japanese morphological analyser behind the post screening: SudachiPy with its core dictionary.

Why SudachiPy: it ships its dictionary as a package on the registry (no download at run time,
works in the PyInstaller bundle), gives for each morpheme the dictionary form (``治りました`` ->
``治る``), the reading (``馬鹿`` -> ``バカ``) and a part of speech that marks personal names
(``名詞,固有名詞,人名``), and splits a post in a few hundredths of a millisecond. fugashi with
unidic-lite was the alternative; its dictionary is older (2013) and it needs MeCab's C library.

A tokenizer is not safe to share between threads, so each thread gets its own; the dictionary
itself is memory-mapped once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from desktop.domain.screening.views import Morpheme

__all__ = ["analyze", "available"]

_local = threading.local()
_SYMBOLS = frozenset({"空白", "補助記号", "記号"})  # read as written, not as キゴウ


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    from sudachipy import Dictionary

    return Dictionary(dict="core")


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _dictionary().tokenizer(mode=SplitMode.C)
        _local.tokenizer = tok
    return tok


def available() -> bool:
    try:
        _tokenizer()
    except Exception:  # noqa: BLE001 - the screening falls back to the character views
        return False
    return True


def analyze(text: str) -> Sequence[Morpheme]:
    """The morphemes of ``text`` with offsets into it."""
    if not text:
        return ()
    out = []
    for m in _tokenizer().tokenize(text):
        pos = tuple(m.part_of_speech())
        symbol = pos[0] in _SYMBOLS
        out.append(Morpheme(m.begin(), m.end(), m.surface() if symbol else m.dictionary_form(),
                            m.surface() if symbol else m.reading_form(), pos))
    return tuple(out)

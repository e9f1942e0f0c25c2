"""Editable word lists (managers' TOML files): parsing, validation and phrase matching."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.screening.model import Category, Severity, SourceRef
from desktop.domain.text_normalise import normalise_word

# --------------------------------------------------------------------------- phrase matching


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class PhraseMatcher:
    """Leftmost-longest matching of normalised phrases, with an allow list.

    A phrase that starts or ends with an ASCII letter or digit only matches at an ASCII
    word boundary ("ass" would not match "class"). A match lying inside an occurrence of an
    ``allow`` phrase is dropped (``バカ`` is folded to ``ばか``, which would match ``ばかり``).
    """

    def __init__(self, phrases: Iterable[str], allow: Iterable[str] = ()) -> None:
        self.pattern = self._compile(phrases)
        self.allow = self._compile(allow)

    @staticmethod
    def _compile(phrases: Iterable[str]) -> re.Pattern[str] | None:
        words = sorted({w for w in (normalise_word(p) for p in phrases) if w}, key=lambda w: (-len(w), w))
        if not words:
            return None
        parts = []
        for w in words:
            piece = re.escape(w)
            if _is_ascii_alnum(w[0]):
                piece = r"(?<![a-z0-9])" + piece
            if _is_ascii_alnum(w[-1]):
                piece += r"(?![a-z0-9])"
            parts.append(piece)
        return re.compile("|".join(parts))

    def finditer(self, normalised: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        allowed = [m.span() for m in self.allow.finditer(normalised)] if self.allow else []
        out = []
        for m in self.pattern.finditer(normalised):
            s, e = m.span()
            if any(a <= s and e <= b for a, b in allowed):
                continue
            out.append((s, e))
        return out


# --------------------------------------------------------------------------- word lists


@dataclass(frozen=True)
class WordList:
    """One category of a word-list file (see ``desktop/resources/wordlists/*.toml``)."""

    category: Category
    label_ja: str
    label_en: str
    severity: Severity
    rule: str
    source: SourceRef
    words: tuple[str, ...]
    allow: tuple[str, ...] = ()
    see_also: tuple[SourceRef, ...] = ()
    _matcher: PhraseMatcher = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_matcher", PhraseMatcher(self.words, self.allow))

    def matches(self, normalised: str) -> list[tuple[int, int]]:
        """Spans of listed words in already normalised text (allow-listed ones removed)."""
        return self._matcher.finditer(normalised)


@dataclass(frozen=True)
class WordLists:
    """All word lists, one per category, in a fixed order."""

    lists: tuple[WordList, ...] = ()

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.lists)

    def __len__(self) -> int:
        return len(self.lists)

    def get(self, category: Category) -> WordList | None:
        for wl in self.lists:
            if wl.category is category:
                return wl
        return None

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(wl.category for wl in self.lists)


_TOP_KEYS = {"schema", "title", "description", "categories"}
_REQUIRED_FIELDS = {"label_ja", "label_en", "severity", "rule", "source", "words"}
_OPTIONAL_FIELDS = {"allow", "see_also", "notes"}
_CTX_WL = "WordLists"


def _wl_error(template: str, *args: object) -> ValidationError:
    return ValidationError(template, *args, context=_CTX_WL)


def _parse_source(key: str, value: Any) -> SourceRef:
    if not isinstance(value, Mapping) or set(value) != {"file", "line", "quote"}:
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: a source needs exactly file, line and quote."),
            key,
        )
    file, line, quote = value["file"], value["line"], value["quote"]
    if (
        not isinstance(file, str)
        or not file.strip()
        or isinstance(line, bool)
        or not isinstance(line, int)
        or line < 1
        or not isinstance(quote, str)
        or not quote.strip()
    ):
        raise _wl_error(
            QT_TRANSLATE_NOOP(
                "WordLists",
                "Word-list category %1: a source needs a file name, a line number from 1 and a quote.",
            ),
            key,
        )
    return SourceRef(file, line, quote)


def _string_list(key: str, field_name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: %2 must be a list of strings."), key, field_name
        )
    for v in value:
        if not normalise_word(v):
            raise _wl_error(
                QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: %2 has an empty entry."), key, field_name
            )
    return tuple(v.strip() for v in value)


def _parse_category(key: str, table: Any) -> WordList:
    try:
        category = Category(key)
    except ValueError:
        raise _wl_error(QT_TRANSLATE_NOOP("WordLists", "Unknown word-list category: %1"), key) from None
    if not category.in_word_lists:
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Category %1 is detected by the program and cannot have a word list."),
            key,
        )
    if not isinstance(table, Mapping):
        raise _wl_error(QT_TRANSLATE_NOOP("WordLists", "Word-list category %1 must be a table."), key)
    missing = sorted(_REQUIRED_FIELDS - set(table))
    if missing:
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: missing field %2."), key, ", ".join(missing)
        )
    unknown = sorted(set(table) - _REQUIRED_FIELDS - _OPTIONAL_FIELDS)
    if unknown:
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: unknown field %2."), key, ", ".join(unknown)
        )
    for name in ("label_ja", "label_en", "rule"):
        if not isinstance(table[name], str) or not table[name].strip():
            raise _wl_error(
                QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: %2 must be a non-empty text."), key, name
            )
    try:
        severity = Severity.from_key(table["severity"])
    except ValueError:
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: severity must be low, medium or high."), key
        ) from None
    see_also_raw = table.get("see_also", [])
    if not isinstance(see_also_raw, list):
        raise _wl_error(
            QT_TRANSLATE_NOOP("WordLists", "Word-list category %1: see_also must be a list of sources."), key
        )
    return WordList(
        category=category,
        label_ja=table["label_ja"].strip(),
        label_en=table["label_en"].strip(),
        severity=severity,
        rule=table["rule"].strip(),
        source=_parse_source(key, table["source"]),
        words=_string_list(key, "words", table["words"]),
        allow=_string_list(key, "allow", table.get("allow", [])),
        see_also=tuple(_parse_source(key, s) for s in see_also_raw),
    )


def parse_word_lists(*docs: Mapping[str, Any]) -> WordLists:
    """Validate parsed word-list documents (``tomllib.load`` output) and build :class:`WordLists`.

    Each document has an optional ``schema = 1`` and a ``[categories.<key>]`` table per
    category with ``label_ja``, ``label_en``, ``severity`` (low/medium/high), ``rule``,
    ``source = {file, line, quote}``, ``words`` and optionally ``allow`` (phrases inside
    which a match is ignored), ``see_also`` (more sources) and ``notes``. Several documents
    (prohibited.toml, confidential.toml) may be passed; a category may appear only once.
    Raises :class:`ValidationError` (context ``"WordLists"``) on any problem.
    """
    seen: dict[Category, WordList] = {}
    for doc in docs:
        if not isinstance(doc, Mapping):
            raise _wl_error(QT_TRANSLATE_NOOP("WordLists", "A word-list document must be a table."))
        unknown = sorted(set(doc) - _TOP_KEYS)
        if unknown:
            raise _wl_error(QT_TRANSLATE_NOOP("WordLists", "Unknown key in a word list: %1"), ", ".join(unknown))
        schema = doc.get("schema", 1)
        if schema != 1 or isinstance(schema, bool):
            raise _wl_error(QT_TRANSLATE_NOOP("WordLists", "Unsupported word-list schema: %1"), schema)
        categories = doc.get("categories")
        if not isinstance(categories, Mapping):
            raise _wl_error(QT_TRANSLATE_NOOP("WordLists", "A word list needs a [categories] table."))
        for key, table in categories.items():
            wl = _parse_category(str(key), table)
            if wl.category in seen:
                raise _wl_error(
                    QT_TRANSLATE_NOOP("WordLists", "Word-list category %1 is defined more than once."), key
                )
            seen[wl.category] = wl
    ordered = tuple(seen[c] for c in Category if c in seen)
    return WordLists(ordered)

"""Screening of SNS posts against the social-media guideline (``000_7078b34c99567e82.txt``).

:func:`screen` returns :class:`Finding` s, each with a span in the *original* text, a
severity, the rule it comes from and an explanation (an English source string marked
with :func:`QT_TRANSLATE_NOOP` in the ``"Screening"`` context; the UI translates it).

Detectors (rule references use the seed's numbering: ``§2-5(4)`` is section 2, item 5,
point (4); ``運用ポリシー 削除ルール 9`` is deletion rule 9 of the operating policy):

* personal data (P3, deletion rule 9) - e-mail addresses, phone numbers
  (``phonenumbers.PhoneNumberMatcher`` with region JP), postal codes (``〒`` always;
  a bare ``123-4567`` only next to an address or after 郵便番号/住所), street addresses
  (prefecture/city followed by a block number such as ``1-2-3`` or ``3丁目5番2号``). HIGH.
* prohibited and confidential content (P3) - word lists (:class:`WordLists`, read by the
  caller from ``desktop/resources/wordlists/*.toml``), matched on normalised text
  (:mod:`desktop.domain.text_normalise`); severity per list.
* links outside the organisation's own domains (P5, §2-5(4)) - MEDIUM.
* quotes, reposts and retweets (P5, §2-5(4)) - MEDIUM.
* claims to speak for the organisation (§3(2)(5)) - MEDIUM.

Everything is matched on the normalised text, so full-width input (``０９０－１２３４－５６７８``,
``ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ``) is found as well. The module is pure: no I/O, no Qt.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import phonenumbers

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.text_normalise import normalise_for_matching, normalise_word, to_original_span

__all__ = [
    "CODE_RULE_SOURCES",
    "RULE_MEDIA",
    "SEED_FILE",
    "Category",
    "Finding",
    "Group",
    "Severity",
    "SourceRef",
    "UrlMatch",
    "Where",
    "WordList",
    "WordLists",
    "find_urls",
    "has_high",
    "host_of",
    "is_own_host",
    "parse_word_lists",
    "screen",
    "source_quote_found",
]

SEED_FILE = "000_7078b34c99567e82.txt"


# --------------------------------------------------------------------------- enums


class Severity(enum.IntEnum):
    """How serious a finding is. Any HIGH finding sends a post to review."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def key(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]

    @classmethod
    def from_key(cls, key: str) -> Severity:
        try:
            return cls[key.strip().upper()]
        except (KeyError, AttributeError):
            raise ValueError(key) from None


_SEVERITY_LABELS = {
    Severity.LOW: QT_TRANSLATE_NOOP("Screening", "Low"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("Screening", "Medium"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Screening", "High"),
}


class Group(enum.Enum):
    """Broad kind of a finding, for grouping in the review screen."""

    PERSONAL_DATA = "personal_data"
    PROHIBITED = "prohibited"
    CONFIDENTIAL = "confidential"
    ATTRIBUTION = "attribution"  # links, quotes, claims: may be read as the organisation's own (P5)
    MEDIA = "media"
    PLATFORM = "platform"  # the platform's own rules (length)

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    Group.PERSONAL_DATA: QT_TRANSLATE_NOOP("Screening", "Personal data"),
    Group.PROHIBITED: QT_TRANSLATE_NOOP("Screening", "Prohibited content"),
    Group.CONFIDENTIAL: QT_TRANSLATE_NOOP("Screening", "Confidential information"),
    Group.ATTRIBUTION: QT_TRANSLATE_NOOP("Screening", "May be read as the organisation's own"),
    Group.MEDIA: QT_TRANSLATE_NOOP("Screening", "Photos and video"),
    Group.PLATFORM: QT_TRANSLATE_NOOP("Screening", "Platform rules"),
}


class Category(enum.Enum):
    """What a finding is about. The value is the key used in the word-list TOML files."""

    EMAIL_ADDRESS = "email_address"
    PHONE_NUMBER = "phone_number"
    POSTAL_CODE = "postal_code"
    STREET_ADDRESS = "street_address"
    # Word-list categories: section 3 (six kinds) merged with the ten deletion rules.
    INSULT = "insult"
    DISCRIMINATION = "discrimination"
    ILLEGAL = "illegal"
    UNFOUNDED = "unfounded"
    OBSCENE = "obscene"
    PUBLIC_ORDER = "public_order"
    POLITICS_RELIGION = "politics_religion"
    ADVERTISING = "advertising"
    IP_INFRINGEMENT = "ip_infringement"
    PRIVACY = "privacy"
    CONFIDENTIAL = "confidential"
    UNPUBLISHED = "unpublished"
    SECURITY = "security"
    # Detected by code.
    OUTSIDE_LINK = "outside_link"
    QUOTE = "quote"
    OFFICIAL_CLAIM = "official_claim"
    MEDIA_PORTRAIT = "media_portrait"
    MEDIA_COPYRIGHT = "media_copyright"
    MEDIA_PERSONAL_INFO = "media_personal_info"
    TOO_LONG = "too_long"  # see desktop.domain.platforms.length_finding

    @property
    def group(self) -> Group:
        return _CATEGORY_INFO[self][0]

    @property
    def label(self) -> str:
        return _CATEGORY_INFO[self][1]

    @property
    def message(self) -> str:
        """The default explanation shown with a finding of this category."""
        return _CATEGORY_INFO[self][2]

    @property
    def in_word_lists(self) -> bool:
        """True for the categories a word-list file may define."""
        return self.group in (Group.PROHIBITED, Group.CONFIDENTIAL)


_CATEGORY_INFO: dict[Category, tuple[Group, str, str]] = {
    Category.EMAIL_ADDRESS: (
        Group.PERSONAL_DATA,
        QT_TRANSLATE_NOOP("Screening", "E-mail address"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "An e-mail address. Personal data must not be published without the person's consent.",
        ),
    ),
    Category.PHONE_NUMBER: (
        Group.PERSONAL_DATA,
        QT_TRANSLATE_NOOP("Screening", "Phone number"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "A phone number. Personal data must not be published without the person's consent.",
        ),
    ),
    Category.POSTAL_CODE: (
        Group.PERSONAL_DATA,
        QT_TRANSLATE_NOOP("Screening", "Postal code"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "A postal code. Personal data must not be published without the person's consent.",
        ),
    ),
    Category.STREET_ADDRESS: (
        Group.PERSONAL_DATA,
        QT_TRANSLATE_NOOP("Screening", "Street address"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "A street address. Personal data must not be published without the person's consent.",
        ),
    ),
    Category.INSULT: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Insults and defamation"),
        QT_TRANSLATE_NOOP("Screening", "Insulting or defamatory wording. Posts must not insult or defame anyone."),
    ),
    Category.DISCRIMINATION: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Discrimination"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Discriminatory wording (race, beliefs, creed and the like), or wording that encourages discrimination.",
        ),
    ),
    Category.ILLEGAL: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Illegal acts"),
        QT_TRANSLATE_NOOP("Screening", "Wording about illegal acts, or that may encourage them."),
    ),
    Category.UNFOUNDED: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Unfounded or false information"),
        QT_TRANSLATE_NOOP(
            "Screening", "A claim that may be unfounded or false. Check the facts and name the source."
        ),
    ),
    Category.OBSCENE: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Obscene content and links"),
        QT_TRANSLATE_NOOP("Screening", "Obscene content, or a link to a site with obscene content."),
    ),
    Category.PUBLIC_ORDER: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Against public order and morals"),
        QT_TRANSLATE_NOOP("Screening", "Content against public order and morals (threats, violence, self-harm)."),
    ),
    Category.POLITICS_RELIGION: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Political or religious activity"),
        QT_TRANSLATE_NOOP("Screening", "Political or religious campaigning or solicitation."),
    ),
    Category.ADVERTISING: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Advertising and commercial activity"),
        QT_TRANSLATE_NOOP("Screening", "Advertising, solicitation or other wording aimed at profit."),
    ),
    Category.IP_INFRINGEMENT: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Intellectual property"),
        QT_TRANSLATE_NOOP(
            "Screening", "May infringe copyright, trademark or portrait rights. Check that permission was given."
        ),
    ),
    Category.PRIVACY: (
        Group.PROHIBITED,
        QT_TRANSLATE_NOOP("Screening", "Privacy"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "May identify or expose a person, or where they were and what they did, without their consent.",
        ),
    ),
    Category.CONFIDENTIAL: (
        Group.CONFIDENTIAL,
        QT_TRANSLATE_NOOP("Screening", "Confidential information"),
        QT_TRANSLATE_NOOP(
            "Screening", "Marked or described as confidential. Confidential business information must not be posted."
        ),
    ),
    Category.UNPUBLISHED: (
        Group.CONFIDENTIAL,
        QT_TRANSLATE_NOOP("Screening", "Unpublished results and plans"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Mentions results or plans that are not yet published. They must not be posted before the official announcement.",
        ),
    ),
    Category.SECURITY: (
        Group.CONFIDENTIAL,
        QT_TRANSLATE_NOOP("Screening", "Security"),
        QT_TRANSLATE_NOOP(
            "Screening", "Information that could threaten the organisation's security (passwords, access details)."
        ),
    ),
    Category.OUTSIDE_LINK: (
        Group.ATTRIBUTION,
        QT_TRANSLATE_NOOP("Screening", "Link to an outside site"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "A link to %1, outside the organisation's own sites. Readers may take the linked page as the "
            "organisation's own, or as endorsed by it.",
        ),
    ),
    Category.QUOTE: (
        Group.ATTRIBUTION,
        QT_TRANSLATE_NOOP("Screening", "Quote or repost"),
        QT_TRANSLATE_NOOP(
            "Screening", "A quote, repost or retweet. Readers may take the quoted words as the organisation's own."
        ),
    ),
    Category.OFFICIAL_CLAIM: (
        Group.ATTRIBUTION,
        QT_TRANSLATE_NOOP("Screening", "Speaking for the organisation"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Claims to speak for the organisation or to state its official view. This needs approval; a "
            "personal view must be marked as personal.",
        ),
    ),
    Category.MEDIA_PORTRAIT: (
        Group.MEDIA,
        QT_TRANSLATE_NOOP("Screening", "Portrait rights"),
        QT_TRANSLATE_NOOP("Screening", "People can be identified in this item and their consent is not confirmed."),
    ),
    Category.MEDIA_COPYRIGHT: (
        Group.MEDIA,
        QT_TRANSLATE_NOOP("Screening", "Copyright"),
        QT_TRANSLATE_NOOP("Screening", "This item contains someone else's work and permission is not confirmed."),
    ),
    Category.MEDIA_PERSONAL_INFO: (
        Group.MEDIA,
        QT_TRANSLATE_NOOP("Screening", "Personal information in a picture"),
        QT_TRANSLATE_NOOP(
            "Screening", "Personal information (name tags, addresses, screens, number plates) is visible in this item."
        ),
    ),
    Category.TOO_LONG: (
        Group.PLATFORM,
        QT_TRANSLATE_NOOP("Screening", "Too long for the platform"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "The text is longer than the platform allows (%1 used, the limit is %2). "
            "The part after the limit is marked.",
        ),
    ),
}


class Where(enum.Enum):
    """Which part of a post a finding is in."""

    TEXT = "text"
    LINK = "link"  # one of the separately attached links; ``Finding.item`` is its index
    MEDIA = "media"  # one attached photo/video; ``Finding.item`` is its index


_WHERE_ORDER = {Where.TEXT: 0, Where.LINK: 1, Where.MEDIA: 2}
_CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer should look at.

    ``start``/``end`` are a half-open span in the original post text when ``where`` is
    :attr:`Where.TEXT`; otherwise both are -1 and ``item`` is the index of the link or the
    media item. ``matched`` is the original text of the span (or the link); it may be
    personal data, so it is left out of ``repr()``. ``message`` is a translatable template
    whose ``%1``.. placeholders are filled from ``params``; ``rule`` names the seed rule.
    """

    category: Category
    severity: Severity
    start: int
    end: int
    matched: str = field(repr=False)
    rule: str
    message: str
    params: tuple[str, ...] = ()
    where: Where = Where.TEXT
    item: int | None = None

    @property
    def group(self) -> Group:
        return self.category.group

    def sort_key(self) -> tuple[int, int, int, int, int]:
        return (
            _WHERE_ORDER[self.where],
            -1 if self.item is None else self.item,
            self.start,
            self.end,
            _CATEGORY_ORDER[self.category],
        )


def has_high(findings: Iterable[Finding]) -> bool:
    """True if any finding is HIGH (such a post always needs a reviewer)."""
    return any(f.severity is Severity.HIGH for f in findings)


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class SourceRef:
    """Where a rule comes from: a 1-based line of a seed file and a verbatim quote of it."""

    file: str
    line: int
    quote: str


def source_quote_found(ref: SourceRef, seed_text: str) -> bool:
    """True if ``ref.quote`` occurs verbatim in line ``ref.line`` (1-based) of ``seed_text``."""
    lines = seed_text.replace("\r\n", "\n").split("\n")  # as editors number lines
    if not 1 <= ref.line <= len(lines) or not ref.quote:
        return False
    return ref.quote in lines[ref.line - 1]


# Rule references of the detectors implemented in code (word lists carry their own).
_RULE_PERSONAL = "000 運用ポリシー 削除ルール 9"
_RULE_LINK = "000 §2-5(4)"
_RULE_QUOTE = "000 §2-5(4)"
_RULE_CLAIM = "000 §3(2)(5)"
RULE_MEDIA = "000 §2-5(3)"

CODE_RULE_SOURCES: Mapping[str, SourceRef] = {
    _RULE_PERSONAL: SourceRef(SEED_FILE, 169, "本人の承諾なく個人情報を特定・開示・漏えいする等プライバシーを害するもの"),
    _RULE_LINK: SourceRef(SEED_FILE, 38, "書込みの引用や他のホームページへのリンクを掲載する場合は"),
    _RULE_CLAIM: SourceRef(SEED_FILE, 72, "生活クラブの公式見解であると誤解をまねくような発言をしない"),
    RULE_MEDIA: SourceRef(SEED_FILE, 37, "写真・動画などでは、個人情報、肖像権、著作権などに注意する"),
}
"""The seed line behind each rule reference used by code detectors (checked by the tests)."""


# --------------------------------------------------------------------------- phrase matching


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class _PhraseMatcher:
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
    _matcher: _PhraseMatcher = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_matcher", _PhraseMatcher(self.words, self.allow))

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


# --------------------------------------------------------------------------- URLs


class UrlMatch(NamedTuple):
    """A URL found in a text: span in the original text and the normalised URL."""

    start: int
    end: int
    url: str


_URL_CHARS = r"[a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_TLDS = (
    "com|net|org|info|biz|jp|io|co|me|ly|gl|be|tv|us|uk|cn|kr|tw|eu|de|fr|edu|gov|app|dev|xyz|site|online|shop|link"
)
_URL_RE = re.compile(
    rf"""
    (?:
        (?<![a-z0-9])https?://[a-z0-9](?:[a-z0-9\-.]*[a-z0-9])?(?::\d+)?(?:[/?#]{_URL_CHARS}*)?
      |
        (?<![a-z0-9@.\-_/])(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![a-z0-9\-@])
        (?:[/?#]{_URL_CHARS}*)?
    )
    """,
    re.VERBOSE,
)
_URL_TRAILING = ".,;:!?'\")]"


def _urls_in_normalised(norm: str) -> list[tuple[int, int]]:
    spans = []
    for m in _URL_RE.finditer(norm):
        s, e = m.span()
        while e > s and norm[e - 1] in _URL_TRAILING:
            if norm[e - 1] == ")" and norm[s:e].count("(") >= norm[s:e].count(")"):
                break
            e -= 1
        spans.append((s, e))
    return spans


def find_urls(text: str) -> list[UrlMatch]:
    """URLs in ``text``: ``http(s)://…`` and bare domains with a common TLD (``www.example.jp/x``).

    Matching is done on the normalised text, so full-width URLs are found too; spans are
    in the original text. A domain right after ``@`` (an e-mail address) is not a URL.
    """
    norm, imap = normalise_for_matching(text)
    out = []
    for s, e in _urls_in_normalised(norm):
        os_, oe = to_original_span(imap, s, e)
        out.append(UrlMatch(os_, oe, norm[s:e]))
    return out


def host_of(url: str) -> str | None:
    """The lower-case host of a URL (``www.example.jp`` for ``https://www.example.jp/a``), or None."""
    u = normalise_word(url)
    if not u:
        return None
    if "://" not in u:
        if u.startswith("//"):
            u = "http:" + u
        elif re.match(r"^[a-z][a-z0-9+.\-]*:", u) and not re.match(r"^[^/]+:\d", u):
            return None  # mailto:, javascript:, file: …
        else:
            u = "http://" + u
    try:
        host = urlsplit(u).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".") or None


def _clean_domain(domain: str) -> str:
    d = domain.strip().lower()
    if "/" in d or ":" in d:
        d = host_of(d) or ""
    d = d.strip(".")
    if d.startswith("*."):
        d = d[2:]
    return d


def is_own_host(host: str | None, own_domains: Iterable[str]) -> bool:
    """True if ``host`` is one of ``own_domains`` or a subdomain of one (``www.example.jp``)."""
    if not host:
        return False
    host = host.lower().rstrip(".")
    for domain in own_domains:
        d = _clean_domain(domain)
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


# --------------------------------------------------------------------------- personal data

_EMAIL_RE = re.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*\s?(?:@|\(at\)|\[at\])\s?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?![a-z0-9\-])"
)

_PREFECTURES = (
    "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|"
    "新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|"
    "奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|"
    "熊本県|大分県|宮崎県|鹿児島県|沖縄県"
)
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"  # hyphens, minus, ー (after NFKC)
_JP = "\u4e00-\u9fff\u3041-\u3096\u30f5\u30f6\u3005"  # kanji, hiragana (katakana is folded), ヵヶ々
_KANJI_NUM = "一二三四五六七八九十"
_BLOCK_RE = re.compile(
    rf"""
    (?<![0-9{_DASH}])
    (?:
        (?P<chome>[0-9{_KANJI_NUM}]+丁目(?:[0-9]+番地?(?:[0-9]+号)?|[0-9]+(?:[{_DASH}][0-9]+){{0,2}})?)
      | (?P<banchi>[0-9]+番地(?:の?[0-9]+)?(?:[{_DASH}][0-9]+)?)
      | (?P<bango>[0-9]+番[0-9]+号)
      | (?P<dashed>[0-9]+(?:[{_DASH}][0-9]+){{1,3}})
    )
    (?![0-9])
    (?!\s*[月日時年分秒歳人回円%:~〜/])
    """,
    re.VERBOSE,
)
_PREF_RE = re.compile(_PREFECTURES)
_PLACE_CHARS = re.compile(rf"[{_JP}ー]")
_CITY_MARKS = "市区町村郡"
_PARTICLES = "はをにでへ"
_ADDRESS_LOOKBACK = 20

_POSTAL_MARK_RE = re.compile(rf"〒\s*[0-9]{{3}}\s*[{_DASH}]?\s*[0-9]{{4}}(?![0-9])")
_POSTAL_BARE_RE = re.compile(rf"(?<![0-9{_DASH}])[0-9]{{3}}[{_DASH}][0-9]{{4}}(?![0-9{_DASH}])")
_POSTAL_BEFORE_RE = re.compile(r"(?:郵便番号|住所|所在地)[:\s]*$")
_POSTAL_AFTER_RE = re.compile(rf"^\s*(?:{_PREFECTURES}|[{_JP}]{{1,7}}?[市区町村郡])")


def _address_spans(norm: str) -> list[tuple[int, int]]:
    """Block numbers (1-2-3, 3丁目5番2号, 12番地) with the prefecture/city written before them."""
    spans = []
    for m in _BLOCK_RE.finditer(norm):
        s = m.start()
        ws = s
        while ws > 0 and s - ws < _ADDRESS_LOOKBACK and _PLACE_CHARS.match(norm[ws - 1]):
            ws -= 1
        window = norm[ws:s]
        pref = _PREF_RE.search(window)
        city_at = next((i for i, ch in enumerate(window) if ch in _CITY_MARKS and i >= 1), None)
        start = s
        if pref:
            start = ws + pref.start()
        elif city_at is not None:
            head = window[:city_at]
            cut = max(head.rfind(p) for p in _PARTICLES)
            start = ws + cut + 1
        has_place = pref is not None or city_at is not None
        if m.group("bango") or (m.group("chome") and "番" in m.group("chome")):
            ok = True  # 3丁目5番2号 / 5番2号: an address even without the city
        elif m.group("dashed"):
            dashes = len(re.findall(rf"[{_DASH}]", m.group("dashed")))
            ok = pref is not None or (city_at is not None and dashes >= 2)
        else:  # 3丁目, 12番地
            ok = has_place
        if ok:
            spans.append((start, m.end()))
    return spans


def _postal_spans(norm: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _POSTAL_MARK_RE.finditer(norm)]
    for m in _POSTAL_BARE_RE.finditer(norm):
        s, e = m.span()
        if any(a <= s < b for a, b in spans):
            continue
        before = norm[max(0, s - 12) : s]
        after = norm[e : e + 12]
        if _POSTAL_BEFORE_RE.search(before) or _POSTAL_AFTER_RE.search(after):
            spans.append((s, e))
    return spans


def _canonical(value: str) -> str:
    n = normalise_word(value)
    return re.sub(rf"[\s{_DASH}〒()]", "", n)


class _PublicContacts:
    """The office's own published contact details, which are not flagged as personal data."""

    def __init__(self, items: Iterable[str]) -> None:
        self.phones: set[str] = set()
        self.texts: list[str] = []
        for item in items:
            if not item or not item.strip():
                continue
            self.texts.append(_canonical(item))
            for m in phonenumbers.PhoneNumberMatcher(normalise_word(item), "JP"):
                self.phones.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))

    def has_phone(self, e164: str) -> bool:
        return e164 in self.phones

    def has_text(self, value: str) -> bool:
        c = _canonical(value)
        return bool(c) and any(c == t or c in t for t in self.texts)


# --------------------------------------------------------------------------- quotes, claims

_QUOTE_PHRASES = (
    "rt @", "rt@", "qt @", "qt@", "rt:", "via @", "引用", "より引用", "引用rt", "引用リツイート", "リツイート",
    "リポスト", "再投稿", "転載", "さんの投稿より", "さんのツイートより", "さんのポストより", "さんの投稿を紹介",
    "シェアします", "シェアさせていただきます", "retweet", "repost",
)  # fmt: skip
_QUOTE_ALLOW = ("無断転載禁止", "転載禁止", "転載を禁", "無断転載を禁", "無断転載・複製", "無断引用禁止")

_CLAIM_PHRASES = (
    "当組合を代表して", "組合を代表して", "当社を代表して", "会社を代表して", "当法人を代表して",
    "法人を代表して", "団体を代表して", "組織を代表して", "生協を代表して", "当団体を代表して",
    "公式見解", "公式な見解", "公式の見解", "正式見解", "正式な見解", "組合としての見解", "組織としての見解",
    "会社としての見解", "団体としての見解", "組合としての公式", "当組合の方針として", "当社の方針として",
    "組合の方針として", "組織の方針として", "団体の方針として", "当組合の立場として", "当社の立場として",
    "組合の総意", "組織の総意", "on behalf of", "official position", "official view", "official statement",
)  # fmt: skip
_CLAIM_ALLOW = (
    "公式見解ではありません", "公式見解ではない", "公式見解ではございません", "公式見解を表していない",
    "公式見解を表すものではありません", "公式見解を示すものではありません", "公式な見解ではありません",
    "not the official view", "not an official position",
)  # fmt: skip

_QUOTE_MATCHER = _PhraseMatcher(_QUOTE_PHRASES, _QUOTE_ALLOW)
_CLAIM_MATCHER = _PhraseMatcher(_CLAIM_PHRASES, _CLAIM_ALLOW)


# --------------------------------------------------------------------------- screen


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    s, e = span
    return any(s < b and a < e for a, b in others)


def screen(
    text: str,
    links: Sequence[str],
    word_lists: WordLists,
    *,
    own_domains: Sequence[str],
    public_contacts: Iterable[str] = (),
) -> list[Finding]:
    """Screen a post and return its findings, sorted by position.

    Args:
        text: the post text as typed.
        links: links attached separately from the text (their findings have
            ``where=Where.LINK``, ``item`` = index, ``start == end == -1``).
        word_lists: prohibited and confidential word lists (:func:`parse_word_lists`).
        own_domains: the organisation's own web domains; links to them (and subdomains)
            are not flagged.
        public_contacts: the office's own published phone numbers, e-mail and postal
            addresses; these are not flagged as personal data.

    Text findings come first by ``(start, end)``, then link findings, each by item.
    """
    norm, imap = normalise_for_matching(text)
    public = _PublicContacts(public_contacts)
    raw: list[tuple[int, int, Category, Severity, str, tuple[str, ...]]] = []  # spans in norm

    def add(s: int, e: int, cat: Category, sev: Severity, rule: str, params: tuple[str, ...] = ()) -> None:
        raw.append((s, e, cat, sev, rule, params))

    # Links first: personal-data detectors skip anything inside a URL.
    url_spans = _urls_in_normalised(norm)
    for s, e in url_spans:
        url = norm[s:e]
        host = host_of(url)
        if not is_own_host(host, own_domains):
            add(s, e, Category.OUTSIDE_LINK, Severity.MEDIUM, _RULE_LINK, (host or url,))

    # Personal data.
    email_spans = []
    for m in _EMAIL_RE.finditer(norm):
        email_spans.append(m.span())
        if not public.has_text(m.group()):
            add(*m.span(), Category.EMAIL_ADDRESS, Severity.HIGH, _RULE_PERSONAL)
    blocked = url_spans + email_spans
    for pm in phonenumbers.PhoneNumberMatcher(norm, "JP"):
        span = (pm.start, pm.end)
        if _overlaps(span, blocked):
            continue
        e164 = phonenumbers.format_number(pm.number, phonenumbers.PhoneNumberFormat.E164)
        if not public.has_phone(e164):
            add(*span, Category.PHONE_NUMBER, Severity.HIGH, _RULE_PERSONAL)
        blocked.append(span)
    for span in _postal_spans(norm):
        if _overlaps(span, blocked):
            continue
        if not public.has_text(norm[span[0] : span[1]]):
            add(*span, Category.POSTAL_CODE, Severity.HIGH, _RULE_PERSONAL)
        blocked.append(span)
    for span in _address_spans(norm):
        if _overlaps(span, blocked):
            continue
        if not public.has_text(norm[span[0] : span[1]]):
            add(*span, Category.STREET_ADDRESS, Severity.HIGH, _RULE_PERSONAL)

    # Word lists.
    for wl in word_lists:
        for s, e in wl.matches(norm):
            add(s, e, wl.category, wl.severity, wl.rule)

    # Quotes and claims to speak for the organisation.
    for s, e in _QUOTE_MATCHER.finditer(norm):
        add(s, e, Category.QUOTE, Severity.MEDIUM, _RULE_QUOTE)
    for s, e in _CLAIM_MATCHER.finditer(norm):
        add(s, e, Category.OFFICIAL_CLAIM, Severity.MEDIUM, _RULE_CLAIM)

    findings: list[Finding] = []
    seen: set[tuple[int, int, Category]] = set()
    for s, e, cat, sev, rule, params in raw:
        os_, oe = to_original_span(imap, s, e)
        if (os_, oe, cat) in seen:
            continue
        seen.add((os_, oe, cat))
        findings.append(Finding(cat, sev, os_, oe, text[os_:oe], rule, cat.message, params))

    # Separately attached links.
    text_urls = {norm[s:e] for s, e in url_spans}
    for i, link in enumerate(links):
        if not link or not link.strip():
            continue
        lnorm = normalise_word(link)
        if lnorm not in text_urls:
            host = host_of(link)
            if not is_own_host(host, own_domains):
                findings.append(
                    Finding(
                        Category.OUTSIDE_LINK, Severity.MEDIUM, -1, -1, link, _RULE_LINK,
                        Category.OUTSIDE_LINK.message, (host or lnorm,), Where.LINK, i,
                    )  # fmt: skip
                )
        for wl in word_lists:
            if wl.matches(lnorm):
                findings.append(
                    Finding(
                        wl.category, wl.severity, -1, -1, link, wl.rule, wl.category.message, (), Where.LINK, i
                    )
                )

    findings.sort(key=Finding.sort_key)
    return findings

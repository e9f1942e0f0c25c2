"""Screening vocabulary: severities, groups, categories, findings and rule sources."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.domain.errors import QT_TRANSLATE_NOOP

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
RULE_PERSONAL = "000 運用ポリシー 削除ルール 9"
RULE_LINK = "000 §2-5(4)"
RULE_QUOTE = "000 §2-5(4)"
RULE_CLAIM = "000 §3(2)(5)"
RULE_MEDIA = "000 §2-5(3)"

CODE_RULE_SOURCES: Mapping[str, SourceRef] = {
    RULE_PERSONAL: SourceRef(SEED_FILE, 169, "本人の承諾なく個人情報を特定・開示・漏えいする等プライバシーを害するもの"),
    RULE_LINK: SourceRef(SEED_FILE, 38, "書込みの引用や他のホームページへのリンクを掲載する場合は"),
    RULE_CLAIM: SourceRef(SEED_FILE, 72, "生活クラブの公式見解であると誤解をまねくような発言をしない"),
    RULE_MEDIA: SourceRef(SEED_FILE, 37, "写真・動画などでは、個人情報、肖像権、著作権などに注意する"),
}
"""The seed line behind each rule reference used by code detectors (checked by the tests)."""

CODE_CATEGORY_RULES: Mapping[Category, str] = {
    Category.EMAIL_ADDRESS: RULE_PERSONAL,
    Category.PHONE_NUMBER: RULE_PERSONAL,
    Category.POSTAL_CODE: RULE_PERSONAL,
    Category.STREET_ADDRESS: RULE_PERSONAL,
    Category.OUTSIDE_LINK: RULE_LINK,
    Category.QUOTE: RULE_QUOTE,
    Category.OFFICIAL_CLAIM: RULE_CLAIM,
    Category.MEDIA_PORTRAIT: RULE_MEDIA,
    Category.MEDIA_COPYRIGHT: RULE_MEDIA,
    Category.MEDIA_PERSONAL_INFO: RULE_MEDIA,
}
"""The rule behind each category found by code rather than by a word list (too long has none:
it is the platform's own limit)."""


def rule_source(category: Category, rule: str, listed: Mapping[Category, SourceRef]) -> SourceRef | None:
    """The guideline line a finding rests on, to quote to the reader in plain words.

    ``listed`` holds the sources of the word-list categories (the shipped rule book's lines); a
    category found by code takes its rule's line, and a stored finding's own rule is the last resort.
    """
    if category in listed:
        return listed[category]
    return CODE_RULE_SOURCES.get(CODE_CATEGORY_RULES.get(category, rule))

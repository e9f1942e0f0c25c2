"""Where a post is published, and how its length is counted there.

Length rules (checked 2025; a manager cannot change them, they are the services' own):

* **X** - 280 *weighted* characters, following twitter-text v3
  (``twitter-text/config/v3.json``: ``maxWeightedTweetLength`` 280, ``scale`` 100,
  ``defaultWeight`` 200, ``transformedURLLength`` 23). The text is NFC-normalised and counted
  per code point: code points in U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F and
  U+2032-U+2037 weigh 1; everything else (CJK, kana, full-width forms, emoji) weighs 2.
  Every URL (``https://…`` or a bare domain such as ``example.jp/x``) counts 23 whatever its
  length. An emoji sequence (with ZWJ, variation selectors, skin tones, keycaps or tags)
  counts as one emoji, weight 2. This is an approximation: twitter-text's own URL and emoji
  parsers are larger.
* **Instagram** caption - 2,200 characters (code points).
* **Facebook** post - 63,206 characters (code points).
* **YouTube** description - 5,000 *bytes* of UTF-8 (the YouTube Data API documents the
  limit in bytes; a Japanese character takes 3 bytes, so about 1,666 Japanese characters).
* **Blog**, **homepage** - no limit.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.screening import Category, Finding, Severity, find_urls

__all__ = [
    "LengthResult",
    "LengthRule",
    "LengthUnit",
    "Platform",
    "RULE_LENGTH",
    "length_finding",
    "length_rule",
    "measure",
    "x_weighted_length",
]


class Platform(enum.Enum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    YOUTUBE = "youtube"
    BLOG = "blog"
    HOMEPAGE = "homepage"

    @property
    def label(self) -> str:
        """Translatable display name (context ``"Platforms"``)."""
        return _LABELS[self]


_LABELS = {
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("Platforms", "Instagram"),
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("Platforms", "Facebook"),
    Platform.X: QT_TRANSLATE_NOOP("Platforms", "X (Twitter)"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("Platforms", "YouTube"),
    Platform.BLOG: QT_TRANSLATE_NOOP("Platforms", "Blog"),
    Platform.HOMEPAGE: QT_TRANSLATE_NOOP("Platforms", "Homepage"),
}


class LengthUnit(enum.Enum):
    CHARACTERS = "characters"  # Unicode code points
    WEIGHTED = "weighted"  # X: CJK and full-width count 2, URLs 23
    UTF8_BYTES = "utf8_bytes"

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    LengthUnit.CHARACTERS: QT_TRANSLATE_NOOP("Platforms", "characters"),
    LengthUnit.WEIGHTED: QT_TRANSLATE_NOOP("Platforms", "weighted characters (Japanese counts 2, a link 23)"),
    LengthUnit.UTF8_BYTES: QT_TRANSLATE_NOOP("Platforms", "bytes (a Japanese character takes 3)"),
}


@dataclass(frozen=True)
class LengthRule:
    """The limit of one platform; ``limit`` None means no limit."""

    platform: Platform
    limit: int | None
    unit: LengthUnit


@dataclass(frozen=True)
class LengthResult:
    used: int
    limit: int | None
    over: bool

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else self.limit - self.used


_RULES = {
    Platform.X: LengthRule(Platform.X, 280, LengthUnit.WEIGHTED),
    Platform.INSTAGRAM: LengthRule(Platform.INSTAGRAM, 2200, LengthUnit.CHARACTERS),
    Platform.FACEBOOK: LengthRule(Platform.FACEBOOK, 63206, LengthUnit.CHARACTERS),
    Platform.YOUTUBE: LengthRule(Platform.YOUTUBE, 5000, LengthUnit.UTF8_BYTES),
    Platform.BLOG: LengthRule(Platform.BLOG, None, LengthUnit.CHARACTERS),
    Platform.HOMEPAGE: LengthRule(Platform.HOMEPAGE, None, LengthUnit.CHARACTERS),
}


def length_rule(platform: Platform) -> LengthRule:
    return _RULES[platform]


# twitter-text v3 ranges of weight 100 (one character); the rest weigh 200 (two).
X_URL_WEIGHT = 23
_X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


def _x_char_weight(cp: int) -> int:
    for lo, hi in _X_LIGHT_RANGES:
        if lo <= cp <= hi:
            return 1
    return 2


def _is_emoji_continuation(ch: str) -> bool:
    cp = ord(ch)
    return (
        cp == 0x200D  # ZWJ
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors
        or 0x1F3FB <= cp <= 0x1F3FF  # skin tones
        or cp == 0x20E3  # combining keycap
        or 0xE0020 <= cp <= 0xE007F  # tag characters (flags of regions)
    )


def _is_emoji_base(ch: str) -> bool:
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF


def _x_text_weight(text: str) -> int:
    total = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if _is_emoji_base(ch) or (ch.isascii() and ch in "#*0123456789" and i + 1 < n and text[i + 1] in "\ufe0f\u20e3"):
            # One emoji (sequence) weighs 2: swallow modifiers and ZWJ-joined parts.
            j = i + 1
            while j < n:
                if _is_emoji_continuation(text[j]):
                    if text[j] == "\u200d" and j + 1 < n:
                        j += 2
                    else:
                        j += 1
                elif 0x1F1E6 <= ord(ch) <= 0x1F1FF and j == i + 1 and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
                    j += 1  # regional-indicator pair (a flag)
                else:
                    break
            total += 2
            i = j
            continue
        total += _x_char_weight(ord(ch))
        i += 1
    return total


def x_weighted_length(text: str) -> int:
    """The length of ``text`` as X counts it (see the module notes)."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for url in find_urls(text):
        total += _x_text_weight(text[pos : url.start]) + X_URL_WEIGHT
        pos = url.end
    return total + _x_text_weight(text[pos:])


def measure(platform: Platform, text: str) -> LengthResult:
    """How much of the platform's limit ``text`` uses."""
    rule = _RULES[platform]
    if rule.unit is LengthUnit.WEIGHTED:
        used = x_weighted_length(text)
    elif rule.unit is LengthUnit.UTF8_BYTES:
        used = len(text.encode("utf-8"))
    else:
        used = len(text)
    over = rule.limit is not None and used > rule.limit
    return LengthResult(used, rule.limit, over)


RULE_LENGTH = "platform length"


def _fits(platform: Platform, text: str, limit: int) -> bool:
    return measure(platform, text).used <= limit


def length_finding(platform: Platform, text: str) -> Finding | None:
    """A HIGH finding when ``text`` is over the platform's limit; its span is the part after the limit.

    The first character that no longer fits is found by bisection over prefixes, so a
    100,000-character text costs about 17 measurements.
    """
    result = measure(platform, text)
    if not result.over or result.limit is None:
        return None
    lo, hi = 0, len(text)  # text[:lo] fits, text[:hi] does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _fits(platform, text[:mid], result.limit):
            lo = mid
        else:
            hi = mid
    start = lo
    params = (str(result.used), str(result.limit))
    return Finding(Category.TOO_LONG, Severity.HIGH, start, len(text), text[start:], RULE_LENGTH,
                   Category.TOO_LONG.message, params)

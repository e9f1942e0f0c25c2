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

from desktop.domain.screening.engine import screen
from desktop.domain.screening.model import (
    CODE_RULE_SOURCES,
    RULE_MEDIA,
    SEED_FILE,
    Category,
    Finding,
    Group,
    Severity,
    SourceRef,
    Where,
    has_high,
    rule_source,
    source_quote_found,
)
from desktop.domain.screening.urls import UrlMatch, find_urls, host_of, is_own_host
from desktop.domain.screening.wordlists import WordList, WordLists, parse_word_lists

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
    "rule_source",
    "screen",
    "source_quote_found",
]

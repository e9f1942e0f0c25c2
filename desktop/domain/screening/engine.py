"""The screening of one post: every detector run over the normalised text, findings in original spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import phonenumbers

from desktop.domain.screening import patterns, personal
from desktop.domain.screening.matching import ViewMatcher
from desktop.domain.screening.model import (
    RULE_CLAIM,
    RULE_LINK,
    RULE_PERSONAL,
    RULE_QUOTE,
    Category,
    Finding,
    Severity,
    Where,
)
from desktop.domain.screening.personal import EMAIL_RE, PublicContacts, address_spans, postal_spans
from desktop.domain.screening.urls import host_of, is_own_host, urls_in_normalised
from desktop.domain.screening.views import Analyzer, build_views
from desktop.domain.screening.wordlists import PhraseMatcher, WordList, WordLists
from desktop.domain.text_normalise import normalise_for_matching, normalise_word, to_original_span

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

_QUOTE_MATCHER = PhraseMatcher(_QUOTE_PHRASES, _QUOTE_ALLOW)
_CLAIM_MATCHER = PhraseMatcher(_CLAIM_PHRASES, _CLAIM_ALLOW)


# --------------------------------------------------------------------------- screen


@lru_cache(maxsize=64)
def _matcher_for(wl: WordList, analyze: Analyzer | None) -> ViewMatcher:
    return ViewMatcher(wl.words, wl.allow, analyze)


_Raw = tuple[int, int, Category, Severity, str, tuple[str, ...]]


def _merged(raw: list[_Raw]) -> list[_Raw]:
    """Overlapping findings of one category become one, over both spans, at the higher severity.

    The same words can be found by several views and rules (a listed word, its reading and a
    pattern around it); the reviewer should see one finding for them.
    """
    out: list[_Raw] = []
    for item in sorted(raw, key=lambda r: (r[2].value, r[0], -r[1])):
        s, e, cat, sev, rule, params = item
        if out and out[-1][2] is cat and s < out[-1][1] and not params and not out[-1][5]:
            ps, pe, _pc, psev, prule, _pp = out[-1]
            keep_rule = prule if psev >= sev else rule
            out[-1] = (ps, max(pe, e), cat, max(psev, sev), keep_rule, ())
        else:
            out.append(item)
    return out


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
    analyze: Analyzer | None = None,
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
        analyze: a Japanese morphological analyser (the app passes SudachiPy's); with it,
            listed words are also found conjugated and written in kana, and personal names
            are recognised. Without it only the character views are read.

    Text findings come first by ``(start, end)``, then link findings, each by item.
    """
    norm, imap = normalise_for_matching(text)
    views = build_views(norm, analyze, normalise_for_matching(text, fold=False)[0])
    public = PublicContacts(public_contacts)
    raw: list[tuple[int, int, Category, Severity, str, tuple[str, ...]]] = []  # spans in norm

    def add(s: int, e: int, cat: Category, sev: Severity, rule: str, params: tuple[str, ...] = ()) -> None:
        raw.append((s, e, cat, sev, rule, params))

    # Personal data first: e-mail addresses (also written out: アットマーク, あっと, (at)).
    email_spans: list[tuple[int, int]] = []
    for source, to_norm in ((norm, None), (views.digits, views.from_digits)):
        for m in EMAIL_RE.finditer(source):
            span = m.span() if to_norm is None else to_norm(*m.span())
            if _overlaps(span, email_spans):
                continue
            email_spans.append(span)
            if not public.has_text(m.group()):
                add(*span, Category.EMAIL_ADDRESS, personal.severity(views.norm, span, m.group()), RULE_PERSONAL)

    # Links: a domain inside an e-mail address is not a link.
    url_spans = [span for span in urls_in_normalised(norm) if not _overlaps(span, email_spans)]
    for s, e in url_spans:
        url = norm[s:e]
        host = host_of(url)
        if not is_own_host(host, own_domains):
            add(s, e, Category.OUTSIDE_LINK, Severity.MEDIUM, RULE_LINK, (host or url,))

    blocked = url_spans + email_spans
    for source, to_norm in ((norm, None), (views.digits, views.from_digits)):  # kanji and kana numerals too
        for pm in phonenumbers.PhoneNumberMatcher(source, "JP"):
            span = (pm.start, pm.end) if to_norm is None else to_norm(pm.start, pm.end)
            if _overlaps(span, blocked):
                continue
            e164 = phonenumbers.format_number(pm.number, phonenumbers.PhoneNumberFormat.E164)
            if not public.has_phone(e164):
                add(*span, Category.PHONE_NUMBER, personal.severity(views.norm, span), RULE_PERSONAL)
            blocked.append(span)
    for span in postal_spans(norm):
        if _overlaps(span, blocked):
            continue
        if not public.has_text(norm[span[0] : span[1]]):
            add(*span, Category.POSTAL_CODE, personal.severity(views.norm, span), RULE_PERSONAL)
        blocked.append(span)
    address_found = [*address_spans(norm), *(views.from_collapsed(*sp) for sp in address_spans(views.collapsed))]
    for span in sorted(address_found):
        if _overlaps(span, blocked):
            continue
        if not public.has_text(norm[span[0] : span[1]]):
            add(*span, Category.STREET_ADDRESS, personal.severity(views.norm, span), RULE_PERSONAL)
        blocked.append(span)

    # Word lists, in every view (spaced out, conjugated, in kana).
    for wl in word_lists:
        for s, e in _matcher_for(wl, analyze).find(views):
            add(s, e, wl.category, wl.severity, wl.rule)

    # What a word list cannot say: patterns of each kind of prohibited content, and people named.
    for hit in patterns.find(views):
        add(hit.start, hit.end, hit.category, hit.severity, hit.rule)

    # Quotes and claims to speak for the organisation.
    for s, e in _QUOTE_MATCHER.finditer(norm):
        add(s, e, Category.QUOTE, Severity.MEDIUM, RULE_QUOTE)
    for s, e in _CLAIM_MATCHER.finditer(norm):
        add(s, e, Category.OFFICIAL_CLAIM, Severity.MEDIUM, RULE_CLAIM)

    findings: list[Finding] = []
    seen: set[tuple[int, int, Category]] = set()
    for s, e, cat, sev, rule, params in _merged(raw):
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
                        Category.OUTSIDE_LINK, Severity.MEDIUM, -1, -1, link, RULE_LINK,
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

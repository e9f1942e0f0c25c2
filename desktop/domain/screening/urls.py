"""Links in a post: finding URLs in normalised text, their hosts, and the office's own domains."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import urlsplit

from desktop.domain.text_normalise import normalise_for_matching, normalise_word, to_original_span

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


def urls_in_normalised(norm: str) -> list[tuple[int, int]]:
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
    for s, e in urls_in_normalised(norm):
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

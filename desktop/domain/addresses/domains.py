"""Known mail domains and typo suggestions (gmial.com -> gmail.com, Japanese carrier domains)."""

from __future__ import annotations

import difflib
import functools

from desktop.domain.errors import QT_TRANSLATE_NOOP

# ---------------------------------------------------------------------------------------
# Domain lists
# ---------------------------------------------------------------------------------------

#: Domains we suggest towards, in priority order (ties go to the earlier one). The
#: Japanese list follows azooKey's candidates (features.md §5) and adds common
#: international providers so that they are recognised and never "corrected".
KNOWN_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "icloud.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "au.com",
    "softbank.ne.jp",
    "i.softbank.jp",
    "ymobile.ne.jp",
    "yahoo.ne.jp",
    "ymail.ne.jp",
    "outlook.jp",
    "outlook.com",
    "hotmail.co.jp",
    "hotmail.com",
    "live.jp",
    "live.com",
    "msn.com",
    "nifty.com",
    "biglobe.ne.jp",
    "ocn.ne.jp",
    "so-net.ne.jp",
    "ybb.ne.jp",
    "mineo.jp",
    "auone.jp",
    "uqmobile.jp",
    "rakumail.jp",
    "me.com",
    "mac.com",
    "yahoo.com",
    "ymail.com",
    "aol.com",
    "mail.com",
    "protonmail.com",
    "proton.me",
    "excite.co.jp",
    "infoseek.jp",
    "goo.jp",
    "plala.or.jp",
    "dion.ne.jp",
    "disney.ne.jp",
    "willcom.com",
    "pdx.ne.jp",
)

#: Misspellings heard on the phone that edit distance alone misses or gets wrong
#: (wrong second-level domain, romaji spellings), features.md §5.
MISSPELLED_DOMAINS: dict[str, str] = {
    "docomo.co.jp": "docomo.ne.jp",
    "docomo.jp": "docomo.ne.jp",
    "docomo.com": "docomo.ne.jp",
    "docomo.or.jp": "docomo.ne.jp",
    "dokomo.ne.jp": "docomo.ne.jp",
    "dokomo.co.jp": "docomo.ne.jp",
    "ezweb.co.jp": "ezweb.ne.jp",
    "ezweb.jp": "ezweb.ne.jp",
    "ezweb.com": "ezweb.ne.jp",
    "ezweb.or.jp": "ezweb.ne.jp",
    "ezwed.ne.jp": "ezweb.ne.jp",
    "au.co.jp": "au.com",
    "au.ne.jp": "au.com",
    "au.jp": "au.com",
    "softbank.co.jp": "softbank.ne.jp",
    "softbank.com": "softbank.ne.jp",
    "sohutobanku.ne.jp": "softbank.ne.jp",
    "softbank.ne.kp": "softbank.ne.jp",
    "i.softbank.co.jp": "i.softbank.jp",
    "i.softbank.ne.jp": "i.softbank.jp",
    "i.softbank.com": "i.softbank.jp",
    "i.sohutobanku.jp": "i.softbank.jp",
    "isoftbank.jp": "i.softbank.jp",
    "ymobile.jp": "ymobile.ne.jp",
    "ymobile.co.jp": "ymobile.ne.jp",
    "yahoo.jp": "yahoo.co.jp",
    "yahoo.co.com": "yahoo.co.jp",
    "yafoo.co.jp": "yahoo.co.jp",
    "gmail.co.jp": "gmail.com",
    "gmail.jp": "gmail.com",
    "gmail.ne.jp": "gmail.com",
    "gmeil.com": "gmail.com",
    "jimail.com": "gmail.com",
    "icloud.co.jp": "icloud.com",
    "icloud.jp": "icloud.com",
    "icloud.ne.jp": "icloud.com",
    "hotmail.jp": "hotmail.co.jp",
    "hotmail.ne.jp": "hotmail.co.jp",
    "outlook.co.jp": "outlook.jp",
    "outlook.ne.jp": "outlook.jp",
    "nifty.ne.jp": "nifty.com",
    "nifty.co.jp": "nifty.com",
    "biglobe.jp": "biglobe.ne.jp",
    "biglobe.co.jp": "biglobe.ne.jp",
    "ocn.jp": "ocn.ne.jp",
    "ocn.co.jp": "ocn.ne.jp",
    "sonet.ne.jp": "so-net.ne.jp",
    "so-net.jp": "so-net.ne.jp",
}

#: Suffixes under which people register names, longest first so ``ne.jp`` beats ``jp``.
_PUBLIC_SUFFIXES: tuple[str, ...] = (
    "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "ad.jp", "ed.jp", "gr.jp", "lg.jp",
    "com", "net", "org", "jp", "me", "info", "biz", "io", "co",
)  # fmt: skip

#: Top-level domain typos fixed when the rest of the domain is left untouched.
_TLD_TYPOS: dict[str, str] = {
    "con": "com", "cmo": "com", "ocm": "com", "comm": "com", "vom": "com", "xom": "com",
    "cim": "com", "coom": "com", "jpp": "jp", "pj": "jp", "jo": "jp", "kp": "jp",
    "nte": "net", "ner": "net", "met": "net",
}  # fmt: skip

_NAME_CUTOFF = 0.8  # on the name without its suffix ("gmial" vs "gmail" = 0.8)
_NAME_CUTOFF_OTHER_SUFFIX = 0.86  # a close name under another suffix: be stricter
# ("nttdocomo.co.jp" is not a typo of docomo.ne.jp; "dokomo.co.jp" is in the map)
_WHOLE_CUTOFF = 0.88  # on the whole domain, only when no known suffix is found
_MIN_FUZZY_NAME = 4  # "ocn", "kcn", "au": too short to guess from

#: Mobile-carrier domains that issued RFC-violating local parts before 2009.
LEGACY_CARRIER_DOMAINS: frozenset[str] = frozenset(
    {"docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
     "disney.ne.jp", "willcom.com", "emnet.ne.jp"}
)  # fmt: skip
_LEGACY_CARRIER_SUFFIXES = (".vodafone.ne.jp", ".pdx.ne.jp")

#: Carrier mailboxes that often block mail from computers (ドメイン指定受信).
CARRIER_DOMAINS: frozenset[str] = LEGACY_CARRIER_DOMAINS | frozenset(
    {"ymobile.ne.jp", "yahoo.ne.jp", "uqmobile.jp", "rakumail.jp", "pdx.ne.jp"}
)

# Carriers with two live domains: the caller saying "au" or "SoftBank" may mean either.
DOUBTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("au.com", "ezweb.ne.jp"),
        QT_TRANSLATE_NOOP(
            "Address",
            "au mail addresses end in au.com (since 2018) or in ezweb.ne.jp. "
            "Ask the caller which one is theirs.",
        ),
    ),
    (
        ("softbank.ne.jp", "i.softbank.jp"),
        QT_TRANSLATE_NOOP(
            "Address",
            "SoftBank mail addresses end in softbank.ne.jp or, on an iPhone, in i.softbank.jp. "
            "Ask the caller which one is theirs.",
        ),
    ),
)


def is_legacy_carrier(domain: str) -> bool:
    return domain in LEGACY_CARRIER_DOMAINS or domain.endswith(_LEGACY_CARRIER_SUFFIXES)


def is_carrier(domain: str) -> bool:
    return domain in CARRIER_DOMAINS or domain.endswith(_LEGACY_CARRIER_SUFFIXES)


def _split_suffix(domain: str) -> tuple[str, str] | None:
    for suffix in _PUBLIC_SUFFIXES:
        if domain.endswith("." + suffix) and len(domain) > len(suffix) + 1:
            return domain[: -len(suffix) - 1], suffix
    return None


_KNOWN_SPLIT: tuple[tuple[str, str, str], ...] = tuple(
    (d, *(_split_suffix(d) or (d, ""))) for d in KNOWN_DOMAINS
)


@functools.lru_cache(maxsize=4096)
def suggest_domain(domain: str) -> str | None:
    """A likely intended domain for ``domain`` (already lower-case), or None.

    Order: known domain → no suggestion; explicit misspelling map; same name under the
    wrong suffix (``gmail.co.jp``); a close name (``gmial.com``; names of 4+ characters
    only, so short regional ISPs such as ``kcn.ne.jp`` are not "corrected" into
    ``ocn.ne.jp``; stricter when the suffix differs too); for an unknown suffix, a close whole domain
    (``docomo.ne.jo``) or a top-level domain typo (``example.con``).
    """
    domain = domain.strip().lower().rstrip(".")
    if not domain or domain in KNOWN_DOMAINS:
        return None
    if domain in MISSPELLED_DOMAINS:
        return MISSPELLED_DOMAINS[domain]
    split = _split_suffix(domain)
    if split is not None:
        name, _suffix = split
        for known, known_name, _ in _KNOWN_SPLIT:
            if known_name == name:
                return known
        if len(name) >= _MIN_FUZZY_NAME:
            best: tuple[float, str] | None = None
            for known, known_name, known_suffix in _KNOWN_SPLIT:
                ratio = difflib.SequenceMatcher(None, name, known_name).ratio()
                cutoff = _NAME_CUTOFF if known_suffix == _suffix else _NAME_CUTOFF_OTHER_SUFFIX
                if ratio >= cutoff and (best is None or ratio > best[0]):
                    best = (ratio, known)
            if best is not None:
                return best[1]
        return None
    if "." not in domain:
        for known, known_name, _ in _KNOWN_SPLIT:
            if known_name == domain:  # "gmail" → gmail.com
                return known
    close = difflib.get_close_matches(domain, KNOWN_DOMAINS, n=1, cutoff=_WHOLE_CUTOFF)
    if close:
        return close[0]
    head, dot, tld = domain.rpartition(".")
    if dot and head and tld in _TLD_TYPOS:
        return f"{head}.{_TLD_TYPOS[tld]}"
    return None

"""E-mail address rules for the phone desk: normalise, check, suggest, spell out.

Everything here is pure: standard library plus :mod:`email_validator` with the DNS
(deliverability) check switched OFF, so nothing ever touches the network.

Approach ("lenient input, strict storage", shared/reference/features.md §5):

1. :func:`normalise` quietly repairs what an IME or a copy/paste typically produces
   (full-width letters and ＠, ideographic spaces, 。 for the dot, long-vowel marks for
   hyphens, a ``mailto:`` prefix, a trailing dot after the domain) and lower-cases the
   domain. The advisor is shown the result.
2. :func:`check` classifies what is still wrong into one clear message per problem
   (:class:`AddressProblem`), offers a domain typo fix (:class:`DomainSuggestion`), asks
   when a carrier has two domains (:class:`DomainDoubt`, e.g. "au.com or ezweb.ne.jp?") and
   carries warnings that do not block saving (:class:`AddressWarning`).
3. :func:`spell_out` gives the read-back (復唱) aid: every character with its reading and,
   for letters that are easily confused on the phone, a phonetic word.

Legacy carrier addresses: until 2009 docomo, au (ezweb) and SoftBank let subscribers pick
local parts with two dots in a row or a dot right before ``@`` (``taro..x@docomo.ne.jp``,
``taro.@ezweb.ne.jp``). RFC 5322 forbids both and email-validator rejects them, yet these
mailboxes exist and receive mail from most senders. For a mobile-carrier domain (see
:data:`LEGACY_CARRIER_DOMAINS`) we therefore check the local part ourselves (only the
RFC "atext" characters and dots, not starting with a dot, at most 64 characters) and let
email-validator check the rest of the address with the local part in quotes
(``"taro..x"@docomo.ne.jp``, which is RFC-valid, ``allow_quoted_local=True``). The address
is stored unquoted, exactly as given, and :attr:`AddressWarning.LEGACY_DOTS` tells the
advisor that some senders cannot deliver to it. On any other domain such dots are a typo
and are rejected.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from email_validator import EmailNotValidError, validate_email

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "AddressCheck",
    "AddressHint",
    "AddressProblem",
    "AddressWarning",
    "CARRIER_DOMAINS",
    "DomainDoubt",
    "DomainSuggestion",
    "KNOWN_DOMAINS",
    "LEGACY_CARRIER_DOMAINS",
    "MISSPELLED_DOMAINS",
    "MAX_ADDRESS_LENGTH",
    "MAX_LOCAL_LENGTH",
    "SpelledChar",
    "canonical_key",
    "check",
    "mentions",
    "normalise",
    "spell_out",
    "spell_out_line",
    "suggest_domain",
]

MAX_LOCAL_LENGTH = 64  # RFC 5321 §4.5.3.1.1
MAX_ADDRESS_LENGTH = 254  # RFC 3696 errata / RFC 5321 path limit minus the angle brackets

_CONTEXT = "Address"

# ---------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------

# Applied after NFKC. NFKC already turns ＡＢＣ１２３＠．＿－ into ASCII; these are the
# look-alikes it leaves alone that a Japanese IME produces in place of "." and "-".
_LOOKALIKES = str.maketrans(
    {
        "。": ".",  # ideographic full stop (NFKC maps the half-width ｡ to this)
        "ー": "-",  # katakana long-vowel mark typed for a hyphen (NFKC maps ｰ to this)
        "‐": "-",  # U+2010 hyphen
        "‑": "-",  # U+2011 non-breaking hyphen
        "‒": "-",  # U+2012 figure dash
        "–": "-",  # U+2013 en dash
        "—": "-",  # U+2014 em dash
        "―": "-",  # U+2015 horizontal bar
        "−": "-",  # U+2212 minus sign
    }
)


def normalise(raw: str) -> str:
    """Return ``raw`` as it should be stored, without judging whether it is valid.

    * Unicode NFKC: full-width letters, digits, ＠ and ． become ASCII.
    * 。 and long-vowel marks / dashes become ``.`` and ``-``.
    * All whitespace is removed (also the ideographic space U+3000 and line breaks), as
      are invisible format characters (zero-width space, BOM, ...): an address never
      contains them, dictation and copy/paste add them.
    * A leading ``mailto:`` and trailing dots after the domain are dropped.
    * The domain (after the last ``@``) is lower-cased. The local part keeps its case:
      RFC 5321 §2.4 lets the receiving server treat it case-sensitively, so we send what
      the person gave. Duplicates are found with :func:`canonical_key` instead.
    """
    text = unicodedata.normalize("NFKC", raw or "").translate(_LOOKALIKES)
    text = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")
    if text[:7].lower() == "mailto:":
        text = text[7:]
    if "@" not in text:
        return text
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.rstrip('.').lower()}"


def canonical_key(raw: str) -> str:
    """The key under which two addresses count as the same person, for duplicate checks.

    The whole normalised address, lower-cased. Although RFC 5321 allows a case-sensitive
    local part, no Japanese carrier and no major provider uses that: ``Taro@docomo.ne.jp``
    and ``taro@docomo.ne.jp`` are one mailbox. Keeping them apart would let a refused or
    unsubscribed person come back onto the list just by being typed in a different case,
    so duplicates (and suppressions) compare case-insensitively while the stored address
    keeps the case that was given. Provider-specific folding (Gmail dots, ``+tags``) is
    deliberately NOT applied: those are distinct addresses to the sender.
    """
    return normalise(raw).lower()


def mentions(text: str | None, key: str | None) -> bool:
    """True when ``text`` names the address whose :func:`canonical_key` is ``key``.

    ``text`` is an address as received or what a request says about it ("手紙: ＴＡＲＯ＠example.jp
    宛"). It names the address when it is that address in any spelling :func:`normalise` repairs
    (full width, spaces from dictation, ``mailto:``, any case), or when the address stands in it
    among other words: not preceded by a character of a local part and not followed by one of a
    domain (``xtaro@example.jp`` and ``taro@example.jp.net`` are other addresses).
    """
    if not text or not key or "@" not in key:
        return False
    if canonical_key(text) == key:
        return True
    folded = unicodedata.normalize("NFKC", text).translate(_LOOKALIKES).lower()
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
    start = folded.find(key)
    while start >= 0:
        end = start + len(key)
        before = folded[start - 1] if start else ""
        after = folded[end:end + 2]
        continues = after[:1] in _LABEL_CHARS or (after[:1] == "." and after[1:2] in _LABEL_CHARS)
        if before not in _LOCAL_CHARS and not continues:
            return True
        start = folded.find(key, start + 1)
    return False


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
_DOUBTS: tuple[tuple[tuple[str, ...], str], ...] = (
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


def _is_legacy_carrier(domain: str) -> bool:
    return domain in LEGACY_CARRIER_DOMAINS or domain.endswith(_LEGACY_CARRIER_SUFFIXES)


def _is_carrier(domain: str) -> bool:
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


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------


class AddressProblem(Enum):
    """Why an address cannot be saved; ``message`` is the translatable text."""

    EMPTY = QT_TRANSLATE_NOOP("Address", "Enter an e-mail address.")
    NO_AT = QT_TRANSLATE_NOOP("Address", "The address has no @ sign.")
    MULTIPLE_AT = QT_TRANSLATE_NOOP("Address", "The address has more than one @ sign.")
    EMPTY_LOCAL = QT_TRANSLATE_NOOP("Address", "The part before the @ sign is missing.")
    EMPTY_DOMAIN = QT_TRANSLATE_NOOP("Address", "The part after the @ sign is missing.")
    INVALID_CHARACTERS = QT_TRANSLATE_NOOP(
        "Address", "The address contains characters that cannot be used: %1"
    )
    TOO_LONG = QT_TRANSLATE_NOOP(
        "Address",
        "The address is too long (at most 64 characters before the @ sign and 254 in all).",
    )
    LEADING_DOT = QT_TRANSLATE_NOOP("Address", "The part before the @ sign cannot start with a dot.")
    DOT_PLACEMENT = QT_TRANSLATE_NOOP(
        "Address",
        "Two dots in a row, or a dot just before the @ sign, are only possible in old "
        "mobile-carrier addresses. Check the address with the caller.",
    )
    BAD_DOMAIN = QT_TRANSLATE_NOOP(
        "Address", "The part after the @ sign is not a valid domain (for example gmail.com)."
    )
    INVALID = QT_TRANSLATE_NOOP("Address", "This is not a valid e-mail address.")

    @property
    def message(self) -> str:
        return self.value


class AddressWarning(Enum):
    """The address can be saved, but the advisor should tell the caller something."""

    LEGACY_DOTS = QT_TRANSLATE_NOOP(
        "Address",
        "This old carrier address does not follow the e-mail standard (two dots in a row or a "
        "dot just before the @ sign). Some senders cannot deliver to it; tell the caller.",
    )

    @property
    def message(self) -> str:
        return self.value


class AddressHint(Enum):
    """Helpful, non-blocking information about the address."""

    CARRIER_FILTER = QT_TRANSLATE_NOOP(
        "Address",
        "Mobile-carrier mailboxes often refuse mail sent from computers. Ask the caller to "
        "allow mail from our domain (domain-specified reception).",
    )

    @property
    def message(self) -> str:
        return self.value


@dataclass(frozen=True)
class DomainSuggestion:
    """A typo fix for the domain, e.g. ``gmial.com → gmail.com``."""

    original: str
    domain: str
    address: str  # the normalised address with the suggested domain

    message = QT_TRANSLATE_NOOP("Address", "Did you mean %1?")

    @property
    def text(self) -> str:
        """``"gmial.com → gmail.com"`` (domains only, language-neutral)."""
        return f"{self.original} → {self.domain}"

    @property
    def params(self) -> tuple[str, ...]:
        return (self.address,)


@dataclass(frozen=True)
class DomainDoubt:
    """A question to put to the caller when one carrier has two domains."""

    choices: tuple[str, ...]  # domains, the one given first
    addresses: tuple[str, ...]  # the address with each of the choices
    explanation: str  # translatable template without placeholders

    question = QT_TRANSLATE_NOOP("Address", "%1 or %2?")

    @property
    def text(self) -> str:
        """``"au.com or ezweb.ne.jp?"`` in the source language."""
        return f"{self.choices[0]} or {self.choices[1]}?"

    @property
    def params(self) -> tuple[str, ...]:
        return self.choices[:2]


@dataclass(frozen=True)
class AddressCheck:
    """The outcome of :func:`check`.

    ``error`` is a translatable template (``%1`` filled from ``error_params``) or None when
    the address is valid. ``warnings`` never make an address invalid.
    """

    normalised: str
    valid: bool
    problem: AddressProblem | None = None
    error_params: tuple[str, ...] = ()
    suggestion: DomainSuggestion | None = None
    doubt: DomainDoubt | None = None
    warnings: tuple[AddressWarning, ...] = ()
    hints: tuple[AddressHint, ...] = ()
    local_part: str = ""
    domain: str = ""

    @property
    def error(self) -> str | None:
        return None if self.problem is None else self.problem.message

    def require_valid(self) -> str:
        """Return the normalised address, or raise :class:`ValidationError` (no address in
        the message; the offending characters, if any, travel as a parameter)."""
        if not self.valid:
            assert self.problem is not None
            raise ValidationError(self.problem.message, *self.error_params, context=_CONTEXT)
        return self.normalised


_ATEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_LABEL_CHARS = _DOMAIN_CHARS - {"."}
_LOCAL_CHARS = frozenset(ch.lower() for ch in _ATEXT) | {"."}


def _show_char(ch: str) -> str:
    if ch.isprintable():
        return f"「{ch}」" if ord(ch) > 0x7F else f"'{ch}'"
    return f"U+{ord(ch):04X}"


def _syntax_ok(address: str) -> bool:
    try:
        validate_email(
            address,
            check_deliverability=False,  # never DNS: domain rules are pure
            allow_smtputf8=False,
            allow_quoted_local=True,
            allow_domain_literal=False,
            allow_display_name=False,
        )
    except EmailNotValidError:
        return False
    return True


def check(raw: str) -> AddressCheck:
    """Normalise ``raw`` and say whether it can be saved, and what to ask the caller."""
    address = normalise(raw)
    if not address:
        return AddressCheck(address, False, AddressProblem.EMPTY)
    at_count = address.count("@")
    if at_count == 0:
        return AddressCheck(address, False, AddressProblem.NO_AT)

    local, _, domain = address.rpartition("@")
    suggestion = _suggestion(local, domain)
    likely_domain = suggestion.domain if suggestion else domain
    doubt = _doubt(local, likely_domain)
    hints = (AddressHint.CARRIER_FILTER,) if _is_carrier(likely_domain) else ()

    def bad(problem: AddressProblem, *params: str) -> AddressCheck:
        return AddressCheck(
            address, False, problem, tuple(params), suggestion, doubt, (), hints, local, domain
        )

    if at_count > 1:
        return bad(AddressProblem.MULTIPLE_AT)
    if not local:
        return bad(AddressProblem.EMPTY_LOCAL)
    if not domain:
        return bad(AddressProblem.EMPTY_DOMAIN)

    wrong: list[str] = []
    for ch in local:
        if ch not in _ATEXT and ch != "." and ch not in wrong:
            wrong.append(ch)
    for ch in domain:
        if ch not in _DOMAIN_CHARS and ch not in wrong:
            wrong.append(ch)
    if wrong:
        return bad(AddressProblem.INVALID_CHARACTERS, " ".join(_show_char(c) for c in wrong))

    if len(local) > MAX_LOCAL_LENGTH or len(address) > MAX_ADDRESS_LENGTH:
        return bad(AddressProblem.TOO_LONG)
    if local.startswith("."):
        return bad(AddressProblem.LEADING_DOT)

    if not _syntax_ok(f"x@{domain}"):
        return bad(AddressProblem.BAD_DOMAIN)

    warnings: tuple[AddressWarning, ...] = ()
    if ".." in local or local.endswith("."):
        if not _is_legacy_carrier(domain):
            return bad(AddressProblem.DOT_PLACEMENT)
        # The local part is already known to be atext and dots only; quoting it lets
        # email-validator check everything else without the dot rule (see module doc).
        candidate = f'"{local}"@{domain}'
        warnings = (AddressWarning.LEGACY_DOTS,)
    else:
        candidate = address
    if not _syntax_ok(candidate):
        return bad(AddressProblem.INVALID)
    return AddressCheck(address, True, None, (), suggestion, doubt, warnings, hints, local, domain)


def _suggestion(local: str, domain: str) -> DomainSuggestion | None:
    if not domain:
        return None
    target = suggest_domain(domain)
    if target is None or target == domain:
        return None
    return DomainSuggestion(domain, target, f"{local}@{target}")


def _doubt(local: str, domain: str) -> DomainDoubt | None:
    for choices, explanation in _DOUBTS:
        if domain in choices:
            ordered = (domain, *(c for c in choices if c != domain))
            return DomainDoubt(ordered, tuple(f"{local}@{c}" for c in ordered), explanation)
    return None


# ---------------------------------------------------------------------------------------
# Read-back (復唱)
# ---------------------------------------------------------------------------------------

_LETTERS_JA = {
    "A": "エー", "B": "ビー", "C": "シー", "D": "ディー", "E": "イー", "F": "エフ", "G": "ジー",
    "H": "エイチ", "I": "アイ", "J": "ジェー", "K": "ケー", "L": "エル", "M": "エム", "N": "エヌ",
    "O": "オー", "P": "ピー", "Q": "キュー", "R": "アール", "S": "エス", "T": "ティー", "U": "ユー",
    "V": "ブイ", "W": "ダブリュー", "X": "エックス", "Y": "ワイ", "Z": "ゼット",
}  # fmt: skip

# ICAO/NATO spelling alphabet, as used in the Japanese 欧文通話表 and read in katakana.
_NATO_EN = {
    "A": "Alfa", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot",
    "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima",
    "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo",
    "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray",
    "Y": "Yankee", "Z": "Zulu",
}  # fmt: skip
_NATO_JA = {
    "A": "アルファ", "B": "ブラボー", "C": "チャーリー", "D": "デルタ", "E": "エコー",
    "F": "フォックストロット", "G": "ゴルフ", "H": "ホテル", "I": "インディア", "J": "ジュリエット",
    "K": "キロ", "L": "リマ", "M": "マイク", "N": "ノベンバー", "O": "オスカー", "P": "パパ",
    "Q": "ケベック", "R": "ロメオ", "S": "シエラ", "T": "タンゴ", "U": "ユニフォーム",
    "V": "ビクター", "W": "ウィスキー", "X": "エックスレイ", "Y": "ヤンキー", "Z": "ズールー",
}  # fmt: skip

#: Letters that are misheard on the phone: the "-ee" group B C D E G P T V Z (and J, which
#: Japanese speakers confuse with G), M/N, S/F, I/Y, L/R, and O (against zero).
CONFUSABLE_LETTERS = frozenset("BCDEGJPTVZMNSFIYLRO")

_DIGITS_JA = ("ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_DIGITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Zero against the letter O, one against l and I: say that it is a digit.
_CONFUSABLE_DIGITS = {"0": ("数字", "digit"), "1": ("数字", "digit")}

_SYMBOLS = {
    "@": ("アットマーク", "at"),
    ".": ("ドット", "dot"),
    "-": ("ハイフン", "hyphen"),
    "_": ("アンダーバー", "underscore"),
    "+": ("プラス", "plus"),
    "!": ("エクスクラメーション", "exclamation mark"),
    "#": ("シャープ", "hash"),
    "$": ("ドル", "dollar"),
    "%": ("パーセント", "percent"),
    "&": ("アンド", "ampersand"),
    "'": ("アポストロフィ", "apostrophe"),
    "*": ("アスタリスク", "asterisk"),
    "/": ("スラッシュ", "slash"),
    "=": ("イコール", "equals"),
    "?": ("クエスチョン", "question mark"),
    "^": ("キャレット", "caret"),
    "`": ("バッククォート", "backquote"),
    "{": ("左波かっこ", "left brace"),
    "|": ("縦線", "vertical bar"),
    "}": ("右波かっこ", "right brace"),
    "~": ("チルダ", "tilde"),
}
# Hyphen and underscore are confused with each other: say which line it is.
_CONFUSABLE_SYMBOLS = {"-": ("マイナス", "minus sign"), "_": ("下線", "low line")}


@dataclass(frozen=True)
class SpelledChar:
    """One character of the read-back."""

    char: str
    reading: str  # "ビー" / "B"
    kind: str  # "letter", "digit", "symbol" or "other"
    confusable: bool = False
    phonetic: str | None = None  # "ブラボーのB" / "B as in Bravo", only when confusable
    upper: bool = False
    lang: str = field(default="ja", compare=False)

    @property
    def display(self) -> str:
        """The text to read: ``ビー（ブラボーのB）``, ``大文字のエー``, ``B as in Bravo``,
        ``hyphen (minus sign)``."""
        if self.lang == "ja":
            text = ("大文字の" if self.upper else "") + self.reading
            return f"{text}（{self.phonetic}）" if self.phonetic else text
        if self.phonetic and self.kind == "letter":
            text = self.phonetic  # "B as in Bravo"
        elif self.phonetic:
            text = f"{self.reading} ({self.phonetic})"  # "hyphen (minus sign)"
        else:
            text = self.reading
        return ("capital " if self.upper else "") + text


def _spell_char(ch: str, lang: str) -> SpelledChar:
    ja = lang == "ja"
    if ch.isascii() and ch.isalpha():
        up = ch.upper()
        confusable = up in CONFUSABLE_LETTERS
        phonetic = None
        if confusable:
            phonetic = f"{_NATO_JA[up]}の{up}" if ja else f"{up} as in {_NATO_EN[up]}"
        reading = _LETTERS_JA[up] if ja else up
        return SpelledChar(ch, reading, "letter", confusable, phonetic, ch.isupper(), lang)
    if ch.isascii() and ch.isdigit():
        reading = (_DIGITS_JA if ja else _DIGITS_EN)[int(ch)]
        conf = _CONFUSABLE_DIGITS.get(ch)
        phonetic = None if conf is None else conf[0 if ja else 1]
        return SpelledChar(ch, reading, "digit", conf is not None, phonetic, False, lang)
    if ch in _SYMBOLS:
        reading = _SYMBOLS[ch][0 if ja else 1]
        conf = _CONFUSABLE_SYMBOLS.get(ch)
        phonetic = None if conf is None else conf[0 if ja else 1]
        return SpelledChar(ch, reading, "symbol", conf is not None, phonetic, False, lang)
    return SpelledChar(ch, ch, "other", False, None, False, lang)


def spell_out(address: str, lang: str = "ja") -> list[SpelledChar]:
    """Each character of ``address`` with its reading, for reading back to the caller.

    ``lang="ja"``: katakana letter names (エー, ビー, …), digits いち/に/…, symbols
    アットマーク/ドット/ハイフン/アンダーバー/プラス; confusable letters carry the spelling-
    alphabet word as said in Japanese call centres (``ブラボーのB``). ``lang="en"``: the
    letter itself, and ``B as in Bravo`` for confusable letters. The address is read as
    given (call :func:`normalise` first if needed).
    """
    if lang not in ("ja", "en"):
        raise ValueError(f"unsupported language: {lang!r}")
    return [_spell_char(ch, lang) for ch in address]


def spell_out_line(address: str, lang: str = "ja") -> str:
    """:func:`spell_out` joined for display: ``ティー（タンゴのT）、エー、…``."""
    sep = "、" if lang == "ja" else ", "
    return sep.join(c.display for c in spell_out(address, lang))

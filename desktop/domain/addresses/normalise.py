"""Address normalisation, canonical keys (mailbox equivalence) and mentions in free text."""

from __future__ import annotations

import unicodedata

MAX_LOCAL_LENGTH = 64  # RFC 5321 §4.5.3.1.1
MAX_ADDRESS_LENGTH = 254  # RFC 3696 errata / RFC 5321 path limit minus the angle brackets

CONTEXT = "Address"

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

ATEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
LABEL_CHARS = DOMAIN_CHARS - {"."}
LOCAL_CHARS = frozenset(ch.lower() for ch in ATEXT) | {"."}


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
    keeps the case that was given. Provider-specific folding (Gmail dots, ``+tags``) is not
    applied here: the key stays one per spelling (unique in the contact table). Suppression and
    duplicate checks also compare :func:`desktop.domain.addresses.mailbox_key`, which folds them.
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
        continues = after[:1] in LABEL_CHARS or (after[:1] == "." and after[1:2] in LABEL_CHARS)
        if before not in LOCAL_CHARS and not continues:
            return True
        start = folded.find(key, start + 1)
    return False

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

from desktop.domain.addresses.check import (
    AddressCheck,
    AddressHint,
    AddressProblem,
    AddressWarning,
    DomainDoubt,
    DomainSuggestion,
    check,
)
from desktop.domain.addresses.domains import (
    CARRIER_DOMAINS,
    KNOWN_DOMAINS,
    LEGACY_CARRIER_DOMAINS,
    MISSPELLED_DOMAINS,
    suggest_domain,
)
from desktop.domain.addresses.mailbox import mailbox_key, mailbox_of_key, same_mailbox
from desktop.domain.addresses.normalise import (
    MAX_ADDRESS_LENGTH,
    MAX_LOCAL_LENGTH,
    canonical_key,
    mentions,
    normalise,
)
from desktop.domain.addresses.spelling import (
    CONFUSABLE_LETTERS,
    SpelledChar,
    spell_out,
    spell_out_line,
)

__all__ = [
    "AddressCheck",
    "AddressHint",
    "AddressProblem",
    "AddressWarning",
    "CARRIER_DOMAINS",
    "CONFUSABLE_LETTERS",
    "DomainDoubt",
    "DomainSuggestion",
    "KNOWN_DOMAINS",
    "LEGACY_CARRIER_DOMAINS",
    "MAX_ADDRESS_LENGTH",
    "MAX_LOCAL_LENGTH",
    "MISSPELLED_DOMAINS",
    "SpelledChar",
    "canonical_key",
    "check",
    "mailbox_key",
    "mailbox_of_key",
    "mentions",
    "normalise",
    "same_mailbox",
    "spell_out",
    "spell_out_line",
    "suggest_domain",
]

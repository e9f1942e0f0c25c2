"""Mailbox equivalence: the key under which two spellings reach the same mailbox.

:func:`desktop.domain.addresses.canonical_key` compares addresses case-insensitively. Some
providers deliver more spellings to one mailbox; a refusal or an unsubscribe given for one
spelling must hold for all of them (特定電子メール法 Art. 3: no mail after a refusal), and the
duplicate check must find the person already on file. Only what the provider itself documents is
folded, and nothing for any other domain: an office's own mail server may give ``+`` or a dot a
meaning of its own (``info+kids@office.example`` can be a different mailbox).

* Gmail (gmail.com and its older name googlemail.com, one mailbox under both): dots in the local
  part are ignored and everything from the first ``+`` is a tag (Google Account Help, "Dots don't
  matter in Gmail addresses"; Gmail Help, "Create task-specific email addresses").
* Outlook.com consumer domains (outlook.com/.jp, hotmail.com/.co.jp, live.com/.jp, msn.com):
  ``+tag`` sub-addressing (Microsoft Support, "Plus addressing in Outlook.com"); dots count.
* Proton Mail (proton.me, protonmail.com, pm.me) and Fastmail (fastmail.com): ``+tag``
  sub-addressing is documented by both; dots count.

The stored and exported address is never changed: the mailbox key is only compared.
"""

from __future__ import annotations

from desktop.domain.addresses.normalise import canonical_key

__all__ = ["DOT_AND_PLUS_DOMAINS", "DOMAIN_ALIASES", "PLUS_TAG_DOMAINS", "mailbox_key", "mailbox_of_key",
           "same_mailbox"]

# One provider, two domain names: fold to the first.
DOMAIN_ALIASES: dict[str, str] = {"googlemail.com": "gmail.com"}

# Dots ignored and "+tag" dropped.
DOT_AND_PLUS_DOMAINS = frozenset({"gmail.com"})

# Only "+tag" dropped (documented sub-addressing); dots are significant.
PLUS_TAG_DOMAINS = frozenset({
    "outlook.com", "outlook.jp", "hotmail.com", "hotmail.co.jp", "live.com", "live.jp", "msn.com",
    "proton.me", "protonmail.com", "pm.me",
    "fastmail.com",
})


def mailbox_key(raw: str) -> str:
    """The mailbox an address reaches, for suppression and duplicate checks.

    Starts from :func:`canonical_key` (normalised, lower-cased); for the providers above drops the
    ``+tag`` and (Gmail) the dots, and writes googlemail.com as gmail.com. Any other address is
    its canonical key unchanged. A local part that would become empty is left as it was.
    """
    return mailbox_of_key(canonical_key(raw))


def mailbox_of_key(key: str) -> str:
    """:func:`mailbox_key` of a key that is already a :func:`canonical_key` (no normalising again:
    the send list folds every stored key with this)."""
    if "@" not in key:
        return key
    local, _, domain = key.rpartition("@")
    domain = DOMAIN_ALIASES.get(domain, domain)
    if domain in DOT_AND_PLUS_DOMAINS or domain in PLUS_TAG_DOMAINS:
        base = local.split("+", 1)[0]
        if domain in DOT_AND_PLUS_DOMAINS:
            base = base.replace(".", "")
        local = base or local
    return f"{local}@{domain}"


def same_mailbox(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` reach the same mailbox (see :func:`mailbox_key`)."""
    return mailbox_key(a) == mailbox_key(b)

"""Checking an address as typed: syntax, length, problems, warnings and hints for the advisor."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

from email_validator import EmailNotValidError, validate_email

from desktop.domain.addresses.domains import (
    DOUBTS,
    is_carrier,
    is_legacy_carrier,
    suggest_domain,
)
from desktop.domain.addresses.normalise import (
    ATEXT,
    CONTEXT,
    DOMAIN_CHARS,
    MAX_ADDRESS_LENGTH,
    MAX_LOCAL_LENGTH,
    normalise,
)
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

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
            raise ValidationError(self.problem.message, *self.error_params, context=CONTEXT)
        return self.normalised




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


@functools.lru_cache(maxsize=4096)
def _domain_ok(domain: str) -> bool:
    """The domain alone, checked once per domain (a file of a million rows has a few hundred
    domains): each address then goes through email-validator once."""
    return _syntax_ok(f"x@{domain}")


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
    hints = (AddressHint.CARRIER_FILTER,) if is_carrier(likely_domain) else ()

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
        if ch not in ATEXT and ch != "." and ch not in wrong:
            wrong.append(ch)
    for ch in domain:
        if ch not in DOMAIN_CHARS and ch not in wrong:
            wrong.append(ch)
    if wrong:
        return bad(AddressProblem.INVALID_CHARACTERS, " ".join(_show_char(c) for c in wrong))

    if len(local) > MAX_LOCAL_LENGTH or len(address) > MAX_ADDRESS_LENGTH:
        return bad(AddressProblem.TOO_LONG)
    if local.startswith("."):
        return bad(AddressProblem.LEADING_DOT)

    if not _domain_ok(domain):
        return bad(AddressProblem.BAD_DOMAIN)

    warnings: tuple[AddressWarning, ...] = ()
    if ".." in local or local.endswith("."):
        if not is_legacy_carrier(domain):
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
    for choices, explanation in DOUBTS:
        if domain in choices:
            ordered = (domain, *(c for c in choices if c != domain))
            return DomainDoubt(ordered, tuple(f"{local}@{c}" for c in ordered), explanation)
    return None

"""Rules for staff accounts: usernames, display names, password policy (R12)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from zxcvbn import zxcvbn

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Role

MIN_PASSWORD = 8
SUGGESTED_PASSWORD = 15
MAX_PASSWORD = 256
MIN_USERNAME = 2
MAX_USERNAME = 32
MAX_DISPLAY_NAME = 100
EXPORT_PASSWORD_MIN = 15  # an Office-encrypted export; it travels separately from the file
COMMON_RANK_LIMIT = 3000
ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the estimate of a longer password uses its start

_USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def normalise_username(raw: str) -> str:
    """NFKC (full-width letters typed through an IME become ASCII), trimmed, case-folded."""
    return unicodedata.normalize("NFKC", raw).strip().casefold()


def validate_username(raw: str) -> str:
    """Return the normalised username or raise ValidationError with a clear message."""
    if "\0" in raw:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The username contains an invalid character."))
    name = normalise_username(raw)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "Enter a username."))
    if len(name) > MAX_USERNAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Accounts", "The username is too long (at most %1 characters)."), MAX_USERNAME
        )
    if len(name) < MIN_USERNAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Accounts", "The username is too short (at least %1 characters)."), MIN_USERNAME
        )
    if not _USERNAME_RE.match(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Accounts",
                "Use only letters a–z, digits and . _ - in a username, starting with a letter or digit.",
            )
        )
    return name


def validate_display_name(raw: str) -> str:
    name = unicodedata.normalize("NFC", raw).strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "Enter a display name."))
    if len(name) > MAX_DISPLAY_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Accounts", "The display name is too long (at most %1 characters)."),
            MAX_DISPLAY_NAME,
        )
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") for c in name):
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The display name contains an invalid character."))
    return name


class Strength(IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


STRENGTH_LABELS = {
    Strength.TOO_WEAK: QT_TRANSLATE_NOOP("Accounts", "Too weak"),
    Strength.WEAK: QT_TRANSLATE_NOOP("Accounts", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("Accounts", "Fair"),
    Strength.GOOD: QT_TRANSLATE_NOOP("Accounts", "Good"),
    Strength.STRONG: QT_TRANSLATE_NOOP("Accounts", "Strong"),
}


@dataclass(frozen=True)
class PasswordAssessment:
    strength: Strength
    problem: ValidationError | None

    @property
    def acceptable(self) -> bool:
        return self.problem is None


def _common(password: str, context: list[str]) -> bool:
    """True when the whole password is a listed common password or one of the context words."""
    folded = password.casefold()
    if any(folded == c.casefold() for c in context if c):
        return True
    result = zxcvbn(password[:ZXCVBN_MAX], user_inputs=[c for c in context if c])
    seq = result.get("sequence", [])
    if len(seq) == 1 and seq[0].get("pattern") == "dictionary":
        match = seq[0]
        if match.get("dictionary_name") == "user_inputs":
            return True
        if match.get("dictionary_name") == "passwords" and int(match.get("rank", 10**9)) <= COMMON_RANK_LIMIT:
            return True
    return False


def assess_password(password: str, context: list[str] | tuple[str, ...] = ()) -> PasswordAssessment:
    """Check the policy (R12) and estimate strength for the hint shown while typing.

    At least 8 characters (15 suggested), up to 256, no composition rules, no truncation; not a
    common password nor a context word (username, display name, office name). NFC-normalised.
    """
    pw = unicodedata.normalize("NFC", password)
    ctx = list(context)
    if "\0" in pw:
        return PasswordAssessment(
            Strength.TOO_WEAK,
            ValidationError(QT_TRANSLATE_NOOP("Accounts", "The password contains an invalid character.")),
        )
    if not pw.strip():
        return PasswordAssessment(
            Strength.TOO_WEAK, ValidationError(QT_TRANSLATE_NOOP("Accounts", "Enter a password."))
        )
    if len(pw) > MAX_PASSWORD:
        return PasswordAssessment(
            Strength.TOO_WEAK,
            ValidationError(
                QT_TRANSLATE_NOOP("Accounts", "The password is too long (at most %1 characters)."), MAX_PASSWORD
            ),
        )
    score = Strength(int(zxcvbn(pw[:ZXCVBN_MAX], user_inputs=[c for c in ctx if c])["score"]))
    if len(pw) < MIN_PASSWORD:
        return PasswordAssessment(
            min(score, Strength.WEAK),
            ValidationError(
                QT_TRANSLATE_NOOP("Accounts", "The password must have at least %1 characters (%2 suggested)."),
                MIN_PASSWORD,
                SUGGESTED_PASSWORD,
            ),
        )
    if score == Strength.TOO_WEAK or _common(pw, ctx):
        return PasswordAssessment(
            Strength.TOO_WEAK,
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Accounts", "This password is too common or too close to your name. Choose another."
                )
            ),
        )
    return PasswordAssessment(score, None)


def validate_new_password(password: str, confirm: str, context: list[str] | tuple[str, ...] = ()) -> str:
    """Return the NFC form of an acceptable new password, or raise ValidationError."""
    assessment = assess_password(password, context)
    if assessment.problem is not None:
        raise assessment.problem
    if unicodedata.normalize("NFC", password) != unicodedata.normalize("NFC", confirm):
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The two passwords do not match."))
    return unicodedata.normalize("NFC", password)


# --------------------------------------------------------------------------- administrators

E_LAST_ADMIN = QT_TRANSLATE_NOOP("Accounts", "The office needs at least one active administrator.")


def check_admin_remains(current_role: Role | str, new_role: Role | str | None, active_admins: int) -> None:
    """Raise :class:`ValidationError` if the change leaves the office without an active administrator.

    Only an administrator (IT, design "Roles") manages users, key slots, settings, backups and
    restore; an office without one can no longer be administered. ``current_role`` is the
    account's role now, ``new_role`` its role after the change (None: the account is
    deactivated), ``active_admins`` the number of active administrators now.
    """
    if Role(current_role) is not Role.ADMIN:
        return
    if new_role is not None and Role(new_role) is Role.ADMIN:
        return
    if active_admins <= 1:
        raise ValidationError(E_LAST_ADMIN)

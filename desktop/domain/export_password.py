"""The rule for export file passwords (Office encryption of an .xlsx) and the generated passphrase.

A file password travels to the recipient by another channel, often read aloud on the phone, and
protects a whole list of addresses once the file has left the office: it must be hard to guess
(zxcvbn score at least 3), never empty or blank, within Office's length limit, and never the
user's own login password (that check needs the key slot and lives in the services).

The generated passphrase uses lowercase letters and digits without look-alikes or sound-alikes
(no 0, o, 1, l, i, z, s, b, g, q, 9, u, v: so 2, 5, 6 and 8 can stay) in groups of four, so it can be read out in Japanese letter names
and typed back without doubt. Randomness is passed in (the services use ``secrets``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from zxcvbn import zxcvbn

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_SCORE = 3
MIN_LENGTH = 15
MAX_LENGTH = 255  # Office (Agile encryption) refuses longer passwords
ZXCVBN_MAX = 72

PASSPHRASE_ALPHABET = "acdefhjkmnprtwxy2345678"
CONFUSABLE = frozenset("0oO1lIizZsSbBgGqQ9uUvV")  # never in a generated passphrase
PASSPHRASE_GROUPS = 5
PASSPHRASE_GROUP_LENGTH = 4

E_EMPTY = QT_TRANSLATE_NOOP("Export", "Enter a file password. An export is never written unprotected by an "
                                      "empty password.")
E_BLANK = QT_TRANSLATE_NOOP("Export", "The file password cannot be only spaces.")
E_SHORT = QT_TRANSLATE_NOOP("Export", "The file password must have at least %1 characters.")
E_LONG = QT_TRANSLATE_NOOP("Export", "The file password is too long (at most %1 characters).")
E_CONTROL = QT_TRANSLATE_NOOP("Export", "The file password contains an invalid character.")
E_GUESSABLE = QT_TRANSLATE_NOOP("Export", "The file password is too easy to guess (repeated characters, common "
                                          "words or patterns). Use the generated passphrase or a longer one.")
E_LOGIN = QT_TRANSLATE_NOOP("Export", "The file password must not be your login password. Use the generated "
                                      "passphrase.")


def normalise(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def score(password: str, context: list[str] | tuple[str, ...] = ()) -> int:
    """zxcvbn's 0–4 guessability score (context words such as the username count as known)."""
    return int(zxcvbn(normalise(password)[:ZXCVBN_MAX], user_inputs=[c for c in context if c])["score"])


def check(password: str, context: list[str] | tuple[str, ...] = ()) -> str:
    """Return the NFC password if it may protect an export, else raise ValidationError saying why."""
    pw = normalise(password)
    if not pw:
        raise ValidationError(E_EMPTY)
    if not pw.strip():
        raise ValidationError(E_BLANK)
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in pw):
        raise ValidationError(E_CONTROL)
    if len(pw) < MIN_LENGTH:
        raise ValidationError(E_SHORT, MIN_LENGTH)
    if len(pw) > MAX_LENGTH:
        raise ValidationError(E_LONG, MAX_LENGTH)
    if score(pw, context) < MIN_SCORE:
        raise ValidationError(E_GUESSABLE)
    return pw


def generate(choice: Callable[[str], str], context: list[str] | tuple[str, ...] = ()) -> str:
    """A passphrase like ``k7dm-x3ra-…`` from ``choice`` (e.g. ``secrets.choice``), checked by :func:`check`."""
    while True:
        groups = ["".join(choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_LENGTH))
                  for _ in range(PASSPHRASE_GROUPS)]
        phrase = "-".join(groups)
        try:
            return check(phrase, context)
        except ValidationError:  # vanishingly rare (a dictionary word by chance): draw again
            continue

"""Sync before you send (issue 16): is the office's picture of the mail service's unsubscribes current?

Most readers unsubscribe through the service's link, so before the next send list leaves the office
the service's unsubscribes must have come back (an import). The send list warns, and asks for a
reason to go on, when a send list was exported before and either no import was made since that
export or the last import is older than the office's setting (default 7 days). The very first
send list has nothing to sync with.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_REASON = 200


class SyncProblem(StrEnum):
    NONE_SINCE_EXPORT = "none_since_export"  # the last send list went out and nothing came back since
    TOO_OLD = "too_old"  # the last import is older than the office's setting

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    SyncProblem.NONE_SINCE_EXPORT: QT_TRANSLATE_NOOP(
        "MailSync", "The unsubscribes and bounces have not been imported from the mail service since the last "
        "send list was exported."),
    SyncProblem.TOO_OLD: QT_TRANSLATE_NOOP(
        "MailSync", "The last import from the mail service is more than %1 days old."),
}


def problem(last_import: datetime | None, last_export: datetime | None, now: datetime,
            max_days: int) -> SyncProblem | None:
    """Why the send list should wait for an import (None: in sync, or nothing was ever sent)."""
    if last_export is None:
        return None
    if last_import is None or last_import < last_export:
        return SyncProblem.NONE_SINCE_EXPORT
    if now - last_import > timedelta(days=max_days):
        return SyncProblem.TOO_OLD
    return None


def clean_reason(text: str | None) -> str:
    """The user's reason to export anyway: required, one short line, no control characters."""
    cleaned = " ".join(unicodedata.normalize("NFC", text or "").split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "MailSync", "Give a reason for exporting without importing from the mail service first."))
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in cleaned):
        raise ValidationError(QT_TRANSLATE_NOOP("MailSync", "The reason contains an invalid character."))
    if len(cleaned) > MAX_REASON:
        raise ValidationError(QT_TRANSLATE_NOOP("MailSync", "The reason is too long (at most %1 characters)."),
                              MAX_REASON)
    return cleaned

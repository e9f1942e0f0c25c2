"""The yearly review (A9): the manual's rules, the consent scripts and the word lists are each
confirmed still correct at least once a year.

Dates are office dates (:func:`desktop.domain.office_time.office_date`): a review recorded on a
day is due again on the same day a year later (29 February → 28 February) and is overdue from the
day after. Pure: the caller passes "now" from the session clock.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.office_time import office_date

__all__ = ["NOTE_MAX", "ReviewSubject", "due_on", "is_overdue"]

NOTE_MAX = 1000


class ReviewSubject(StrEnum):
    MANUAL_RULES = "manual_rules"
    CONSENT_SCRIPTS = "consent_scripts"
    WORD_LISTS = "word_lists"

    @property
    def label(self) -> str:
        """Translatable name (context "YearlyReview")."""
        return _LABELS[self]


_LABELS = {
    ReviewSubject.MANUAL_RULES: QT_TRANSLATE_NOOP("YearlyReview", "The manual's rules"),
    ReviewSubject.CONSENT_SCRIPTS: QT_TRANSLATE_NOOP("YearlyReview", "The consent scripts"),
    ReviewSubject.WORD_LISTS: QT_TRANSLATE_NOOP("YearlyReview", "The screening word lists"),
}


def due_on(reviewed_at: datetime) -> date:
    """The office day by which the next review is due: the same day one year later."""
    day = office_date(reviewed_at)
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def is_overdue(reviewed_at: datetime | None, now: datetime) -> bool:
    """True when no review is recorded or the last one is over a year old (office time)."""
    return reviewed_at is None or office_date(now) > due_on(reviewed_at)

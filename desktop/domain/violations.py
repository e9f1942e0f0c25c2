"""Violation reports (design A10) and when a leak may need a report to the PPC (APPI Art. 26).

The rule, seed ``003_5cb2449b1dcf02bb.txt`` line 71:
「本マニュアルに違反する事案が発生した場合、直ちに個人情報保護管理責任者(…)に報告する。」
and line 72: 「違反内容を分析し、再発防止策を講じる…」. Any member of staff files a report at
once; the privacy officer (個人情報保護管理責任者, held by the administrators in this app)
analyses it, records what was done and closes it.

Some violations are also leaks (漏えい等) of personal data that the law makes the office report
to the Personal Information Protection Commission (PPC) and tell the people affected about
(APPI Art. 26; PPC Rules Arts. 7–8; features.md §2b, businesslawyers.jp/practices/1433):

* a report is needed when the leak (or possible leak) involves sensitive personal information
  (要配慮個人情報), data whose misuse could cause financial harm, an act possibly done for an
  unlawful purpose (e.g. unauthorised access, theft by staff) — each even for one person — or
  more than 1,000 people;
* a preliminary report (速報) "promptly", which the PPC guideline reads as about 3–5 days after
  becoming aware; a final report (確報) within 30 days, 60 when an unlawful purpose may be
  involved;
* data protected by strong encryption (高度な暗号化, the key not leaked) is exempt.

Deadline choice (documented here, used everywhere): days are calendar days and **the day the
office became aware counts as day 1** — the earlier of the two possible readings, so a deadline
shown is never later than the law's. The preliminary report's *target* is day 3 and its
*deadline* day 5 (the upper end of features.md's "~3–5 days"); the final report is due on day 30
(day 60 with an unlawful purpose). No deadline moves for weekends or holidays: the PPC form is
online. A final report made early also counts as the preliminary one.

This module only says "a report to the PPC may be needed"; the privacy officer decides.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.text_normalise import strip_controls

__all__ = [
    "DESCRIPTION_MAX",
    "FINAL_DAYS",
    "FINAL_DAYS_UNLAWFUL",
    "NOTE_MAX",
    "OVER_PEOPLE",
    "PEOPLE_MAX",
    "PRELIMINARY_DUE_DAYS",
    "PRELIMINARY_TARGET_DAYS",
    "REPORT_ITEMS",
    "Assessment",
    "DataKind",
    "DateField",
    "Deadlines",
    "Due",
    "Facts",
    "Reason",
    "Status",
    "ViolationKind",
    "assess",
    "check_close",
    "check_data_kinds",
    "check_description",
    "check_kind",
    "check_note",
    "check_people",
    "check_report_date",
    "check_status",
    "check_times",
    "day_n",
    "deadlines",
    "missing_report_items",
    "next_deadline",
    "overdue",
]

CTX = "Violations"

PRELIMINARY_TARGET_DAYS = 3
PRELIMINARY_DUE_DAYS = 5
FINAL_DAYS = 30
FINAL_DAYS_UNLAWFUL = 60
OVER_PEOPLE = 1000  # "more than 1,000 people" (1,001 and up)

DESCRIPTION_MAX = 4000
NOTE_MAX = 4000
PEOPLE_MAX = 100_000_000


class ViolationKind(StrEnum):
    LOST = "lost"
    WRONG_RECIPIENT = "wrong_recipient"
    UNAUTHORISED_ACCESS = "unauthorised_access"
    NO_CONSENT = "sent_without_consent"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ViolationKind.LOST: QT_TRANSLATE_NOOP("Violations", "Data lost or misplaced"),
    ViolationKind.WRONG_RECIPIENT: QT_TRANSLATE_NOOP("Violations", "Sent or handed to the wrong recipient"),
    ViolationKind.UNAUTHORISED_ACCESS: QT_TRANSLATE_NOOP("Violations", "Unauthorised access"),
    ViolationKind.NO_CONSENT: QT_TRANSLATE_NOOP("Violations", "E-mail sent without consent"),
    ViolationKind.OTHER: QT_TRANSLATE_NOOP("Violations", "Other breach of the manual"),
}


class DataKind(StrEnum):
    EMAIL = "email"
    NAME = "name"
    PHONE = "phone"
    POSTAL = "postal"
    CONSENT = "consent_records"
    CREDENTIALS = "credentials"
    PAYMENT = "payment"
    SENSITIVE = "sensitive"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _DATA_LABELS[self]


_DATA_LABELS = {
    DataKind.EMAIL: QT_TRANSLATE_NOOP("Violations", "E-mail addresses"),
    DataKind.NAME: QT_TRANSLATE_NOOP("Violations", "Names"),
    DataKind.PHONE: QT_TRANSLATE_NOOP("Violations", "Phone numbers"),
    DataKind.POSTAL: QT_TRANSLATE_NOOP("Violations", "Postal addresses"),
    DataKind.CONSENT: QT_TRANSLATE_NOOP("Violations", "Consent records"),
    DataKind.CREDENTIALS: QT_TRANSLATE_NOOP("Violations", "Login IDs or passwords"),
    DataKind.PAYMENT: QT_TRANSLATE_NOOP("Violations", "Card or bank details"),
    DataKind.SENSITIVE: QT_TRANSLATE_NOOP("Violations",
                                          "Sensitive information (health, beliefs, criminal record…)"),
    DataKind.OTHER: QT_TRANSLATE_NOOP("Violations", "Other data"),
}


class Reason(StrEnum):
    """Why a leak may need a report to the PPC (PPC Rules Art. 7 (i)–(iv))."""

    SENSITIVE = "sensitive"
    FINANCIAL = "financial"
    UNLAWFUL = "unlawful"
    OVER_1000 = "over_1000"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    Reason.SENSITIVE: QT_TRANSLATE_NOOP("Violations",
                                        "It involves sensitive personal information (要配慮個人情報)."),
    Reason.FINANCIAL: QT_TRANSLATE_NOOP(
        "Violations", "Misuse of the data could cause financial harm (e.g. card numbers, login passwords)."),
    Reason.UNLAWFUL: QT_TRANSLATE_NOOP(
        "Violations",
        "It may have been done for an unlawful purpose (e.g. unauthorised access, theft by staff)."),
    Reason.OVER_1000: QT_TRANSLATE_NOOP("Violations", "More than 1,000 people are or may be affected."),
}


class Status(StrEnum):
    OPEN = "open"
    REPORTED = "reported"  # reported to the PPC (at least the preliminary report)
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.OPEN: QT_TRANSLATE_NOOP("Violations", "Open"),
    Status.REPORTED: QT_TRANSLATE_NOOP("Violations", "Reported to the PPC"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Violations", "Closed"),
}


class Due(StrEnum):
    PRELIMINARY = "preliminary"
    FINAL = "final"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


_DUE_LABELS = {
    Due.PRELIMINARY: QT_TRANSLATE_NOOP("Violations", "Preliminary report (速報)"),
    Due.FINAL: QT_TRANSLATE_NOOP("Violations", "Final report (確報)"),
}

#: The nine items a report to the PPC gives (PPC Rules Art. 8(1)), in the form's order.
REPORT_ITEMS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Violations", "1. Summary"),
    QT_TRANSLATE_NOOP("Violations", "2. Kinds of personal data"),
    QT_TRANSLATE_NOOP("Violations", "3. Number of people"),
    QT_TRANSLATE_NOOP("Violations", "4. Cause"),
    QT_TRANSLATE_NOOP("Violations", "5. Secondary harm, or the risk of it"),
    QT_TRANSLATE_NOOP("Violations", "6. What was done for the people affected"),
    QT_TRANSLATE_NOOP("Violations", "7. Public announcement"),
    QT_TRANSLATE_NOOP("Violations", "8. Measures against recurrence"),
    QT_TRANSLATE_NOOP("Violations", "9. Other useful information"),
)

E_KIND = QT_TRANSLATE_NOOP("Violations", "Choose what happened.")
E_DESCRIPTION = QT_TRANSLATE_NOOP("Violations", "Describe what happened.")
E_DESCRIPTION_LONG = QT_TRANSLATE_NOOP("Violations", "The description is too long (at most %1 characters).")
E_NOTE_LONG = QT_TRANSLATE_NOOP("Violations", "The text is too long (at most %1 characters).")
E_NOTICED_FUTURE = QT_TRANSLATE_NOOP("Violations", "The time it was noticed cannot be in the future.")
E_OCCURRED_FUTURE = QT_TRANSLATE_NOOP("Violations", "The time it happened cannot be in the future.")
E_OCCURRED_AFTER = QT_TRANSLATE_NOOP("Violations", "It cannot have happened after it was noticed.")
E_PEOPLE = QT_TRANSLATE_NOOP(
    "Violations",
    "Enter the number of people affected as a whole number from 0 to %1, or leave it empty if unknown.")
E_DATA_KIND = QT_TRANSLATE_NOOP("Violations", "Choose the kinds of data from the list.")
E_STATUS = QT_TRANSLATE_NOOP("Violations", "Choose a status.")
E_PRELIMINARY_BEFORE = QT_TRANSLATE_NOOP(
    "Violations", "The preliminary report cannot be dated before the day the case was noticed (%1).")
E_PRELIMINARY_FUTURE = QT_TRANSLATE_NOOP("Violations",
                                         "The preliminary report cannot be dated in the future.")
E_FINAL_BEFORE = QT_TRANSLATE_NOOP(
    "Violations", "The final report cannot be dated before the day the case was noticed (%1).")
E_FINAL_FUTURE = QT_TRANSLATE_NOOP("Violations", "The final report cannot be dated in the future.")
E_NOTIFIED_BEFORE = QT_TRANSLATE_NOOP(
    "Violations", "The people affected cannot have been told before the day the case was noticed (%1).")
E_NOTIFIED_FUTURE = QT_TRANSLATE_NOOP("Violations",
                                      "The day the people affected were told cannot be in the future.")
E_CLOSE_NOTE = QT_TRANSLATE_NOOP(
    "Violations", "Write a closing note (what was found and what was done) before closing the case.")
E_CLOSE_FINAL = QT_TRANSLATE_NOOP(
    "Violations",
    "A report to the PPC may be needed: enter the date of the final report before closing the case. "
    "If no report is needed (e.g. the data was strongly encrypted), correct the facts first.")
E_CLOSED = QT_TRANSLATE_NOOP("Violations", "This case is closed. Reopen it to change it.")


def _clean(value: str | None) -> str:
    """Trimmed text without control characters (line breaks and tabs kept)."""
    if value is None:
        return ""
    return strip_controls(value)


def check_kind(value: ViolationKind | str | None) -> ViolationKind:
    if value is None:
        raise ValidationError(E_KIND)
    try:
        return ViolationKind(value)
    except ValueError:
        raise ValidationError(E_KIND) from None


def check_description(value: str | None) -> str:
    text = _clean(value)
    if not text:
        raise ValidationError(E_DESCRIPTION)
    if len(text) > DESCRIPTION_MAX:
        raise ValidationError(E_DESCRIPTION_LONG, DESCRIPTION_MAX)
    return text


def check_note(value: str | None) -> str:
    """An officer's free-text field (cause, measures, closing note …); empty is allowed."""
    text = _clean(value)
    if len(text) > NOTE_MAX:
        raise ValidationError(E_NOTE_LONG, NOTE_MAX)
    return text


def check_times(*, noticed_at: datetime, occurred_at: datetime | None, now: datetime) -> None:
    """When it happened (may be unknown) and when it was noticed: not in the future, in order."""
    if noticed_at > now:
        raise ValidationError(E_NOTICED_FUTURE)
    if occurred_at is not None:
        if occurred_at > now:
            raise ValidationError(E_OCCURRED_FUTURE)
        if occurred_at > noticed_at:
            raise ValidationError(E_OCCURRED_AFTER)


def check_people(value: int | str | None) -> int | None:
    """The number of people affected, or ``None`` when not known yet (empty text too)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().replace(",", "")
        if not text:
            return None
        if not text.isdecimal():
            raise ValidationError(E_PEOPLE, f"{PEOPLE_MAX:,}")
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= PEOPLE_MAX:
        raise ValidationError(E_PEOPLE, f"{PEOPLE_MAX:,}")
    return value


def check_data_kinds(values: Iterable[DataKind | str]) -> frozenset[DataKind]:
    try:
        return frozenset(DataKind(v) for v in values)
    except ValueError:
        raise ValidationError(E_DATA_KIND) from None


def check_status(value: Status | str | None) -> Status:
    if value is None:
        raise ValidationError(E_STATUS)
    try:
        return Status(value)
    except ValueError:
        raise ValidationError(E_STATUS) from None


class DateField(StrEnum):
    """The dates the privacy officer records."""

    PRELIMINARY = "preliminary_reported_on"
    FINAL = "final_reported_on"
    NOTIFIED = "people_notified_on"


_DATE_MESSAGES = {
    DateField.PRELIMINARY: (E_PRELIMINARY_BEFORE, E_PRELIMINARY_FUTURE),
    DateField.FINAL: (E_FINAL_BEFORE, E_FINAL_FUTURE),
    DateField.NOTIFIED: (E_NOTIFIED_BEFORE, E_NOTIFIED_FUTURE),
}


def check_report_date(value: date | None, field: DateField, *, noticed_on: date, today: date) -> date | None:
    """A date the officer records (report to the PPC, people told): not before the day the case
    was noticed, not in the future. ``None``: not done (yet)."""
    if value is None:
        return None
    before, future = _DATE_MESSAGES[field]
    if value < noticed_on:
        raise ValidationError(before, noticed_on.isoformat())
    if value > today:
        raise ValidationError(future)
    return value


# --- assessment and deadlines ---------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What is known about a case, as far as the PPC rules care."""

    kind: ViolationKind
    noticed_on: date  # the office-local day the office became aware (day 1)
    people_affected: int | None = None
    data_kinds: frozenset[DataKind] = frozenset()
    sensitive: bool = False
    financial_risk: bool = False
    unlawful_purpose: bool = False
    encrypted: bool = False  # strongly encrypted and the key was not leaked


@dataclass(frozen=True)
class Deadlines:
    preliminary_target: date  # day 3
    preliminary_due: date  # day 5
    final_due: date  # day 30, or day 60 with an unlawful purpose
    final_days: int


@dataclass(frozen=True)
class Assessment:
    reasons: tuple[Reason, ...]
    may_need_report: bool  # "may need a report to the PPC"; the officer decides
    encryption_exemption: bool  # reasons exist, but the data was strongly encrypted: the exemption may apply
    people_unknown: bool
    deadlines: Deadlines | None  # only when a report may be needed


def day_n(noticed_on: date, n: int) -> date:
    """Calendar day ``n`` counting the day the office became aware as day 1."""
    return noticed_on + timedelta(days=n - 1)


def deadlines(noticed_on: date, *, unlawful: bool) -> Deadlines:
    final_days = FINAL_DAYS_UNLAWFUL if unlawful else FINAL_DAYS
    return Deadlines(day_n(noticed_on, PRELIMINARY_TARGET_DAYS), day_n(noticed_on, PRELIMINARY_DUE_DAYS),
                     day_n(noticed_on, final_days), final_days)


def assess(facts: Facts) -> Assessment:
    """Whether the case may need a report to the PPC, why, and by when."""
    reasons: list[Reason] = []
    if facts.sensitive or DataKind.SENSITIVE in facts.data_kinds:
        reasons.append(Reason.SENSITIVE)
    if facts.financial_risk or facts.data_kinds & {DataKind.CREDENTIALS, DataKind.PAYMENT}:
        reasons.append(Reason.FINANCIAL)
    unlawful = facts.unlawful_purpose or facts.kind is ViolationKind.UNAUTHORISED_ACCESS
    if unlawful:
        reasons.append(Reason.UNLAWFUL)
    if facts.people_affected is not None and facts.people_affected > OVER_PEOPLE:
        reasons.append(Reason.OVER_1000)
    may_need = bool(reasons) and not facts.encrypted
    return Assessment(
        reasons=tuple(reasons),
        may_need_report=may_need,
        encryption_exemption=bool(reasons) and facts.encrypted,
        people_unknown=facts.people_affected is None,
        deadlines=deadlines(facts.noticed_on, unlawful=unlawful) if may_need else None,
    )


def overdue(assessment: Assessment, *, today: date, preliminary_on: date | None, final_on: date | None,
            status: Status) -> tuple[Due, ...]:
    """The PPC reports that are late: not made and their deadline (the last day) has passed."""
    d = assessment.deadlines
    if d is None or status is Status.CLOSED or final_on is not None:
        return ()
    late: list[Due] = []
    if preliminary_on is None and today > d.preliminary_due:
        late.append(Due.PRELIMINARY)
    if today > d.final_due:
        late.append(Due.FINAL)
    return tuple(late)


def next_deadline(assessment: Assessment, *, preliminary_on: date | None, final_on: date | None,
                  status: Status) -> tuple[Due, date] | None:
    """The earliest report still to be made and its deadline, or ``None``."""
    d = assessment.deadlines
    if d is None or status is Status.CLOSED or final_on is not None:
        return None
    if preliminary_on is None:
        return Due.PRELIMINARY, d.preliminary_due
    return Due.FINAL, d.final_due


def check_close(assessment: Assessment, *, final_on: date | None, closing_note: str) -> None:
    """A case closes with a closing note; one that may need a PPC report only after the final report."""
    if not closing_note.strip():
        raise ValidationError(E_CLOSE_NOTE)
    if assessment.may_need_report and final_on is None:
        raise ValidationError(E_CLOSE_FINAL)


def missing_report_items(*, description: str, data_kinds: Iterable[DataKind], people_affected: int | None,
                         cause: str, secondary_harm: str, actions: str, prevention: str) -> tuple[int, ...]:
    """The numbers (1–8) of the PPC report items (:data:`REPORT_ITEMS`) the case does not answer yet.

    Item 6 (what was done for the people) and 7 (public announcement) are both answered in
    "actions"; item 9 (other) is optional.
    """
    answered = {
        1: bool(description.strip()),
        2: bool(list(data_kinds)),
        3: people_affected is not None,
        4: bool(cause.strip()),
        5: bool(secondary_harm.strip()),
        6: bool(actions.strip()),
        7: bool(actions.strip()),
        8: bool(prevention.strip()),
    }
    return tuple(n for n, ok in answered.items() if not ok)

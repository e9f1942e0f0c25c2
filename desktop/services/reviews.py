"""The yearly review (A9) of the manual's rules, the consent scripts and the word lists.

Each subject keeps its own last-reviewed date, reviewer and note (append-only records, audited as
``review.record``). A warning shows on the phone page (the start page) of managers, who record
reviews, and administrators, who are asked to have one recorded, when any subject is over a year old (office time, session clock; rule in :mod:`desktop.domain.yearly_review`).

The consent scripts also carry a review date per script (``scripts.mark_reviewed``): the subject's
date is the oldest of them, so one script left unreviewed keeps the warning. Recording the yearly
review of the consent scripts marks every current script reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.domain.yearly_review import NOTE_MAX, ReviewSubject, due_on, is_overdue
from desktop.services import scripts as script_service
from desktop.services.consent import clean_text, staff_names
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store import reviews as store

__all__ = ["ACTIONS", "ReviewStatus", "can_record", "can_view", "record_review", "review_status", "review_warnings"]

CTX = "YearlyReview"
_E_NOTE = QT_TRANSLATE_NOOP("YearlyReview", "Write a note of what was checked (at most 1000 characters).")

# Who records (and is warned about) each subject: the managers who keep it.
ACTIONS = {ReviewSubject.MANUAL_RULES: Action.POST_REVIEW, ReviewSubject.CONSENT_SCRIPTS: Action.SCRIPTS_PUBLISH,
           ReviewSubject.WORD_LISTS: Action.WORDLISTS_MANAGE}


def can_record(session: Session, subject: ReviewSubject) -> bool:
    return session.can(ACTIONS[subject])


def can_view(session: Session) -> bool:
    """Managers (who record reviews) and administrators (who run the office and are warned too)."""
    return session.can(Action.SETTINGS_MANAGE) or any(session.can(a) for a in ACTIONS.values())


@dataclass(frozen=True)
class ReviewStatus:
    subject: ReviewSubject
    reviewed_at: str | None  # ISO UTC; None when never reviewed and no baseline
    reviewer: str | None  # display name
    note: str
    due_on: date | None
    overdue: bool
    recorded: bool  # False: no review recorded yet (the date is the office's start)


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _parse(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def record_review(session: Session, subject: ReviewSubject | str, note: str) -> ReviewStatus:
    """A manager records that ``subject`` was reviewed today and is still correct."""
    subject = ReviewSubject(subject)
    session.require(ACTIONS[subject], subject.value)
    text = clean_text(note, NOTE_MAX, _E_NOTE, context=CTX)
    if not text:
        raise ValidationError(_E_NOTE, context=CTX)
    if subject is ReviewSubject.CONSENT_SCRIPTS:
        script_service.current(session, "phone")  # the shipped scripts are stored before they are marked
    at = _iso(session.now())
    with repo.atomic():
        store.insert_review(subject.value, at, session.user.uid, text)
        if subject is ReviewSubject.CONSENT_SCRIPTS:
            for key in sorted(crepo.script_keys()):
                latest = crepo.latest_script_version(key)
                if latest is not None:
                    crepo.mark_script_reviewed(latest.id, at, session.user.uid)
        session.audit("review.record", target=subject.value, note_chars=len(text))
    return next(s for s in review_status(session) if s.subject is subject)


def _scripts_oldest() -> tuple[str, str] | None:
    rows = [crepo.latest_script_version(k) for k in crepo.script_keys()]
    dated = [(r.reviewed_at, r.reviewed_by) for r in rows if r is not None]
    return min(dated) if dated else None


def review_status(session: Session) -> list[ReviewStatus]:
    """The three subjects with their last review (for managers and administrators)."""
    if not can_view(session):
        return []
    if session.can(Action.SCRIPTS_PUBLISH):
        script_service.current(session, "phone")  # make sure the shipped scripts are stored
    latest = store.latest_reviews()
    names = staff_names()
    baseline = store.office_started_at()
    now = session.now()
    out = []
    for subject in ReviewSubject:
        row = latest.get(subject.value)
        at, by, note = (row.reviewed_at, row.reviewed_by, row.note) if row else (None, None, "")
        if subject is ReviewSubject.CONSENT_SCRIPTS:
            oldest = _scripts_oldest()
            if oldest is not None and (at is None or oldest[0] < at):
                at, by = oldest
        recorded = row is not None
        if at is None:
            at = baseline
        when = _parse(at)
        out.append(ReviewStatus(subject, at, names.get(by, by) if by else None, note,
                                due_on(when) if when else None, is_overdue(when, now), recorded))
    return out


def review_warnings(session: Session) -> list[ReviewStatus]:
    """The subjects over a year old (for managers and administrators; empty for the others)."""
    return [s for s in review_status(session) if s.overdue]

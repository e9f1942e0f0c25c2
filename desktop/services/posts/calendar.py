"""All posts for the managers: a month calendar with marked days and the posts of a day or a month.

A post sits on the day of its calendar moment: when it was published, else when it last went to review,
else its last change (office days). Reviewers only (managers and appointed responsible persons, P1);
IT administrators do not handle posts (design.md roles).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime

from desktop.domain import office_time
from desktop.domain.roles import Action
from desktop.domain.scopes import PostStatus
from desktop.services.posts.drafts import summaries
from desktop.services.posts.views import PostSummary
from desktop.services.session import Session
from desktop.store import posts_repo

PAGE = 200
MAX_MARKS = 20000  # distinct (hour, status): 24 × 5 per day, whatever the number of posts


class DayMark(enum.Enum):
    """What a marked calendar day holds."""

    WAITING = "waiting"  # waiting for approval
    SCHEDULED = "scheduled"  # approved, not yet published
    PUBLISHED = "published"


_MARK_OF = {
    PostStatus.SUBMITTED: DayMark.WAITING,
    PostStatus.IN_REVIEW: DayMark.WAITING,
    PostStatus.APPROVED: DayMark.SCHEDULED,
    PostStatus.APPROVED_IN_SCOPE: DayMark.SCHEDULED,
    PostStatus.PUBLISHED: DayMark.PUBLISHED,
}


def _bounds(first: date, last: date) -> tuple[str, str]:
    start, end = office_time.day_bounds(first, last)
    return start.isoformat(), end.isoformat()


def calendar_moment(p: PostSummary) -> datetime:
    """The moment that places ``p`` on the calendar (as :data:`posts_repo.MOMENT` does)."""
    return p.published_at or p.queued_at or datetime.fromisoformat(p.updated_at)


def cursor(p: PostSummary) -> tuple[str, int]:
    """Where the next page after ``p`` starts (pass as ``after`` to :func:`posts_in_period`)."""
    return calendar_moment(p).isoformat(), p.id


def day_marks(session: Session, first: date, last: date, *, account_id: int | None = None) -> dict[date, set[DayMark]]:
    """For each office day in ``first`` .. ``last`` with waiting, approved or published posts: which kinds."""
    session.require(Action.POST_REVIEW)
    start, end = _bounds(first, last)
    marks: dict[date, set[DayMark]] = {}
    rows = posts_repo.hours_between(start, end, statuses=[s.value for s in _MARK_OF], account_id=account_id,
                                    limit=MAX_MARKS)
    for hour, status in rows:  # stored moments are UTC: the hour tells the office day
        day = office_time.office_date(datetime.fromisoformat(f"{hour}:00:00+00:00"))
        marks.setdefault(day, set()).add(_MARK_OF[PostStatus(status)])
    return marks


def posts_in_period(
    session: Session,
    first: date,
    last: date,
    *,
    statuses: Sequence[PostStatus] | None = None,
    account_id: int | None = None,
    after: tuple[str, int] | None = None,
    limit: int = PAGE,
) -> list[PostSummary]:
    """Posts whose calendar moment falls on the office days ``first`` .. ``last``, in time order;
    keyset pagination (pass :func:`cursor` of the last post as ``after``)."""
    session.require(Action.POST_REVIEW)
    start, end = _bounds(first, last)
    rows = posts_repo.posts_between(
        start,
        end,
        statuses=None if statuses is None else [s.value for s in statuses],
        account_id=account_id,
        after=None if after is None else (str(after[0]), int(after[1])),
        limit=max(1, min(limit, 500)),
    )
    return summaries(rows)

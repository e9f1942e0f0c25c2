"""In-app notifications (issue 17): who is told what, and when. Pure rules; the service feeds them rows.

* An author is told when a reviewer approved their post or sent it back (changes requested, rejected).
* A post waiting for review longer than ``wait_days`` office business days is shown to the people who may
  approve it (managers and appointed 担当責任者, never its author).
* Past ``escalate_days`` it is also shown to the escalation approvers an administrator names (by default
  every active administrator), so that someone chases it up when the usual approvers do not.

Each notification has a stable key; the read state is stored per user under that key. A post that goes
back into the queue gets new keys (its queue time is part of them), so a new wait is told again.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.business_days import DEFAULT_CLOSURES, Closures, business_days_between
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

WAIT_DAYS_KEY = "notify_wait_business_days"
ESCALATE_DAYS_KEY = "notify_escalate_business_days"
ESCALATE_TO_KEY = "notify_escalate_to"  # list of user uids; empty = every active administrator
WAIT_DAYS_DEFAULT = 2
ESCALATE_DAYS_DEFAULT = 4
DECISION_DAYS = 30  # decisions older than this are not told at login any more
MAX_DAYS = 30


class Kind(enum.Enum):
    APPROVED = "approved"
    SENT_BACK = "sent_back"  # changes requested
    REJECTED = "rejected"
    WAITING = "waiting"
    ESCALATED = "escalated"


DECISION_KINDS = {"approve": Kind.APPROVED, "request_changes": Kind.SENT_BACK, "reject": Kind.REJECTED}


@dataclass(frozen=True)
class WaitRules:
    wait_days: int = WAIT_DAYS_DEFAULT
    escalate_days: int = ESCALATE_DAYS_DEFAULT
    closures: Closures = DEFAULT_CLOSURES


def check_rules(wait_days: int, escalate_days: int) -> WaitRules:
    if not 1 <= wait_days <= MAX_DAYS or not 1 <= escalate_days <= MAX_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP("Notifications", "Waiting times must be 1 to 30 business days."))
    if escalate_days <= wait_days:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Notifications", "The escalation time must be longer than the waiting time."))
    return WaitRules(wait_days, escalate_days)


def rules_from(values: dict[str, object]) -> WaitRules:
    """The rules from stored settings; unusable values keep the defaults."""
    try:
        return check_rules(int(values.get(WAIT_DAYS_KEY, WAIT_DAYS_DEFAULT)),  # type: ignore[call-overload]
                           int(values.get(ESCALATE_DAYS_KEY, ESCALATE_DAYS_DEFAULT)))  # type: ignore[call-overload]
    except (TypeError, ValueError, ValidationError):
        return WaitRules()


@dataclass(frozen=True)
class DecisionFact:
    """A reviewer's decision on a post (ids only)."""

    review_id: int
    post_id: int
    author_uid: str
    reviewer_uid: str
    decision: str
    at: datetime


@dataclass(frozen=True)
class WaitingFact:
    post_id: int
    author_uid: str
    queued_at: datetime
    queued_on: date  # the office day it entered the queue


@dataclass(frozen=True)
class Notification:
    key: str
    kind: Kind
    post_id: int
    at: datetime  # when it happened (decision time, or when the post entered the queue)
    business_days: int = 0  # for waiting posts: office business days waited
    other_uid: str = ""  # the reviewer (decisions) or the author (waiting posts)


def for_author(uid: str, decisions: Iterable[DecisionFact], now: datetime) -> list[Notification]:
    """The decisions on ``uid``'s posts of the last :data:`DECISION_DAYS` days, newest first."""
    out = []
    for d in decisions:
        kind = DECISION_KINDS.get(d.decision)
        if kind is None or d.author_uid != uid or (now - d.at).days > DECISION_DAYS:
            continue
        out.append(Notification(f"review:{d.review_id}", kind, d.post_id, d.at, other_uid=d.reviewer_uid))
    return sorted(out, key=lambda n: n.at, reverse=True)


def waited(fact: WaitingFact, today: date, rules: WaitRules) -> int:
    return max(0, business_days_between(fact.queued_on, today, closures=rules.closures))


def for_reviewer(uid: str, *, approver: bool, escalation: bool, waiting: Sequence[WaitingFact], today: date,
                 rules: WaitRules) -> list[Notification]:
    """Waiting posts ``uid`` is told about: as an approver past the waiting time, as an escalation
    approver past the escalation time (one notification per post: the escalation when both apply)."""
    out = []
    for fact in waiting:
        if fact.author_uid == uid:
            continue
        days = waited(fact, today, rules)
        stamp = fact.queued_at.isoformat()
        if escalation and days >= rules.escalate_days:
            out.append(Notification(f"escalated:{fact.post_id}:{stamp}", Kind.ESCALATED, fact.post_id,
                                    fact.queued_at, days, fact.author_uid))
        elif approver and days >= rules.wait_days:
            out.append(Notification(f"waiting:{fact.post_id}:{stamp}", Kind.WAITING, fact.post_id,
                                    fact.queued_at, days, fact.author_uid))
    return sorted(out, key=lambda n: n.at)


def escalation_approvers(named: Sequence[str], active_admins: Sequence[str]) -> set[str]:
    """Who is told past the escalation time: the named uids, or every active administrator."""
    return set(named) if named else set(active_admins)

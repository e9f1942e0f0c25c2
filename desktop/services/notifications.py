"""お知らせ — in-app notifications (issue 17; no e-mail is ever sent).

Derived from the posts and reviews at each look (rules in :mod:`desktop.domain.notifications`); only the
read state is stored, per user. Everyone sees what concerns them: an author the decisions on their posts,
an approver the posts that waited too long, an escalation approver those that waited much too long.
Reading notifications changes nothing that matters and writes no audit entry; changing the waiting
times or the escalation approvers is a settings change (administrators, audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain import notifications as rules
from desktop.domain import office_time
from desktop.domain.notifications import Kind, Notification, WaitRules
from desktop.domain.roles import Action, Role
from desktop.domain.scopes import PostStatus
from desktop.services.session import Session
from desktop.store import notifications as store
from desktop.store import repo

__all__ = ["Item", "Kind", "Settings", "escalation_candidates", "items", "mark_read", "save_settings", "settings", "unread_count"]

WAITING_STATUSES = (PostStatus.SUBMITTED.value, PostStatus.IN_REVIEW.value)


@dataclass(frozen=True)
class Item:
    notification: Notification
    read: bool
    other_name: str  # the reviewer (decisions) or the author (waiting posts); "" when unknown
    excerpt: str = ""  # the post's first characters, so the reader knows which post

    @property
    def key(self) -> str:
        return self.notification.key

    @property
    def kind(self) -> Kind:
        return self.notification.kind


@dataclass(frozen=True)
class Settings:
    rules: WaitRules
    escalate_to: list[str]  # uids; empty = every active administrator


def settings(session: Session) -> Settings:
    session.ensure_unlocked()
    values = {rules.WAIT_DAYS_KEY: repo.get_setting(rules.WAIT_DAYS_KEY, rules.WAIT_DAYS_DEFAULT),
              rules.ESCALATE_DAYS_KEY: repo.get_setting(rules.ESCALATE_DAYS_KEY, rules.ESCALATE_DAYS_DEFAULT)}
    named = repo.get_setting(rules.ESCALATE_TO_KEY, []) or []
    return Settings(rules.rules_from(values), [str(u) for u in named])


def save_settings(session: Session, *, wait_days: int, escalate_days: int, escalate_to: list[str]) -> None:
    """Change the waiting times and who is told past the escalation time (one audit entry)."""
    session.require(Action.SETTINGS_MANAGE)
    checked = rules.check_rules(int(wait_days), int(escalate_days))
    known = {u.uid for u in repo.list_users(include_inactive=False)}
    named = sorted({uid for uid in escalate_to if uid in known})
    with repo.atomic():
        repo.set_setting(rules.WAIT_DAYS_KEY, checked.wait_days)
        repo.set_setting(rules.ESCALATE_DAYS_KEY, checked.escalate_days)
        repo.set_setting(rules.ESCALATE_TO_KEY, named)
        session.audit("settings.change", keys=[rules.WAIT_DAYS_KEY, rules.ESCALATE_DAYS_KEY, rules.ESCALATE_TO_KEY],
                      escalate_to=len(named))


def escalation_candidates(session: Session) -> list[tuple[str, str, str]]:
    """(uid, display name, role) of the active staff who can be named escalation approvers."""
    session.require(Action.SETTINGS_MANAGE)
    return [(u.uid, u.display_name, u.role) for u in repo.list_users(include_inactive=False)]


def items(session: Session) -> list[Item]:
    """This user's notifications, unread first within each kind order (decisions, escalations, waits)."""
    session.ensure_unlocked()
    user = session.user
    now = session.now()
    found: list[Notification] = []
    if session.can(Action.POST_COMPOSE):
        since = (now - timedelta(days=rules.DECISION_DAYS)).isoformat()
        facts = [rules.DecisionFact(rid, pid, user.uid, reviewer, decision, datetime.fromisoformat(at))
                 for rid, pid, reviewer, decision, at in
                 store.decisions_for_author(user.uid, since, list(rules.DECISION_KINDS))]
        found += rules.for_author(user.uid, facts, now)
    approver = session.can(Action.POST_REVIEW)
    conf = settings(session)
    admins = [u.uid for u in repo.list_users(include_inactive=False) if u.role == Role.ADMIN.value]
    escalation = user.uid in rules.escalation_approvers(conf.escalate_to, admins)
    if approver or escalation:
        waiting = []
        for pid, author, queued in store.waiting_posts(WAITING_STATUSES):
            moment = datetime.fromisoformat(queued)
            waiting.append(rules.WaitingFact(pid, author, moment, office_time.office_date(moment)))
        found += rules.for_reviewer(user.uid, approver=approver, escalation=escalation, waiting=waiting,
                                    today=office_time.office_date(now), rules=conf.rules)
    read = store.read_keys(user.uid, [n.key for n in found])
    names = {u.uid: u.display_name for u in repo.list_users(include_inactive=True)}
    texts = store.excerpts([n.post_id for n in found])
    out = [Item(n, n.key in read, names.get(n.other_uid, ""), " ".join(texts.get(n.post_id, "").split()))
           for n in found]
    return sorted(out, key=lambda i: i.read)  # stable: keeps the rules' order inside read and unread


def unread_count(session: Session) -> int:
    return sum(1 for i in items(session) if not i.read)


def mark_read(session: Session, keys: list[str]) -> int:
    """Mark these of the user's own notifications read (unknown keys are ignored)."""
    session.ensure_unlocked()
    mine = {i.key for i in items(session)}
    chosen = [k for k in keys if k in mine]
    with repo.atomic():
        return store.mark_read(session.user.uid, chosen, session.now().isoformat())

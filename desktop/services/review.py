"""承認 — the managers' review of SNS posts (P1-P5).

The queue is sorted by age with the waiting time. A review shows the post with its
findings (screened again with today's word lists), the scope check item by item, the
routing reasons and, when an earlier version was reviewed, a diff against it (difflib).
Decisions: approve (every point of the P3-P5 checklist confirmed), request changes or
reject (both need a reason). Nobody decides on their own post: the service refuses and
audits the attempt. Each decision writes one ``post.decide`` audit entry.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.platforms import Platform
from desktop.domain.roles import Action
from desktop.domain.scopes import (
    E_OWN_POST,
    MAX_REVIEW_REASON,
    Decision,
    OwnPostDecision,
    PostStatus,
    ScopeCheck,
    check_decision,
    check_scope,
    parse_decision,
)
from desktop.domain.screening import Finding, Severity
from desktop.services import posts
from desktop.services.errors import ServiceError
from desktop.services.session import Session
from desktop.store import posts_repo, repo

MAX_REASON = MAX_REVIEW_REASON
CHAR_DIFF_LIMIT = 20_000  # larger changed blocks are shown as whole lines removed and added


class OwnPost(ServiceError):
    def __init__(self) -> None:
        super().__init__(E_OWN_POST)


# --------------------------------------------------------------------------- queue


@dataclass(frozen=True)
class QueueItem:
    post_id: int
    account_name: str
    platform: Platform
    author_uid: str
    author_name: str
    version_no: int
    excerpt: str
    high: int
    medium: int
    queued_at: datetime | None
    waiting: timedelta
    own: bool
    edited_since_review: bool


def queue(session: Session) -> list[QueueItem]:
    """Posts waiting for review, oldest first, with how long each has waited."""
    session.require(Action.POST_REVIEW)
    rows = posts_repo.queue([PostStatus.SUBMITTED.value, PostStatus.IN_REVIEW.value])
    accounts = {a.id: a for a in posts.list_accounts(session, include_inactive=True)}
    names = {u.uid: u.display_name for u in repo.list_users()}
    now = session.now()
    out = []
    for row, version in rows:
        summary = posts.post_summary(row, version, accounts, names)
        queued = summary.queued_at
        waiting = max(timedelta(0), now - queued) if queued else timedelta(0)
        out.append(
            QueueItem(
                row.id,
                summary.account_name,
                summary.platform,
                row.author_uid,
                summary.author_name,
                row.version_no,
                summary.excerpt,
                summary.high,
                summary.medium,
                queued,
                waiting,
                row.author_uid == session.user.uid,
                row.reviewed_version_no is not None and row.reviewed_version_no != row.version_no,
            )
        )
    return out


def queue_count(session: Session) -> int:
    session.require(Action.POST_REVIEW)
    return posts_repo.count_posts([PostStatus.SUBMITTED.value, PostStatus.IN_REVIEW.value])


# --------------------------------------------------------------------------- diff


class DiffOp(enum.Enum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class DiffSegment:
    op: DiffOp
    text: str


def _append(out: list[DiffSegment], op: DiffOp, text: str) -> None:
    if not text:
        return
    if out and out[-1].op is op:
        out[-1] = DiffSegment(op, out[-1].text + text)
    else:
        out.append(DiffSegment(op, text))


def text_diff(old: str, new: str) -> tuple[DiffSegment, ...]:
    """What changed from ``old`` to ``new``: lines first, then characters inside changed lines.

    Character-level detail suits Japanese, which has no spaces between words. Very large
    changed blocks are shown as whole lines removed and added (difflib is quadratic).
    """
    out: list[DiffSegment] = []
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left, right = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            _append(out, DiffOp.EQUAL, left)
        elif tag == "replace" and len(left) + len(right) <= CHAR_DIFF_LIMIT:
            sm = difflib.SequenceMatcher(None, left, right, autojunk=False)
            for ctag, c1, c2, d1, d2 in sm.get_opcodes():
                if ctag == "equal":
                    _append(out, DiffOp.EQUAL, left[c1:c2])
                else:
                    _append(out, DiffOp.DELETE, left[c1:c2])
                    _append(out, DiffOp.INSERT, right[d1:d2])
        else:
            _append(out, DiffOp.DELETE, left)
            _append(out, DiffOp.INSERT, right)
    return tuple(out)


@dataclass(frozen=True)
class FieldChange:
    """A change outside the text: ``field`` is one of account, links, media, scope, evidence."""

    field: str
    old: str
    new: str


def _field_changes(
    old: posts.VersionInfo, new: posts.VersionInfo, old_account: str, new_account: str
) -> tuple[FieldChange, ...]:
    changes = []
    if old_account != new_account:
        changes.append(FieldChange("account", old_account, new_account))
    if old.links != new.links:
        changes.append(FieldChange("links", "\n".join(old.links), "\n".join(new.links)))
    if old.media != new.media:
        changes.append(
            FieldChange("media", "\n".join(m.label for m in old.media), "\n".join(m.label for m in new.media))
        )
    if old.claimed_scope_id != new.claimed_scope_id:
        changes.append(FieldChange("scope", str(old.claimed_scope_id or ""), str(new.claimed_scope_id or "")))
    if old.evidence != new.evidence:
        changes.append(FieldChange("evidence", old.evidence, new.evidence))
    return tuple(changes)


# --------------------------------------------------------------------------- review view


@dataclass(frozen=True)
class ReviewView:
    detail: posts.PostDetail
    findings: tuple[Finding, ...]
    scope: posts.ScopeInfo | None
    scope_check: ScopeCheck | None
    routing_reasons: tuple[str, ...]
    waiting: timedelta
    own: bool
    last_reviewed_version_no: int | None
    diff: tuple[DiffSegment, ...] | None
    field_changes: tuple[FieldChange, ...]
    evidence_record: posts.RecordInfo | None = None  # the managers' record the post names as evidence

    @property
    def high(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.HIGH)


def review_view(session: Session, post_id: int) -> ReviewView:
    session.require(Action.POST_REVIEW, str(post_id))
    detail = posts.get_post(session, post_id)
    row = posts.post_row(post_id)
    version = posts_repo.get_version(row.id, row.version_no)
    assert version is not None
    cur = detail.version
    findings = tuple(
        posts.get_screener(session).findings(detail.post.platform, cur.text, cur.links, cur.media)
    )
    scope = posts.scope_for(version)
    check = None
    if scope is not None:
        facts = posts.post_facts(row, version)
        check = check_scope(scope.domain, facts, posts.own_domains(), posts.local_today(session))
    waiting = timedelta(0)
    if detail.post.queued_at is not None and detail.status.waiting_for_review:
        waiting = max(timedelta(0), session.now() - detail.post.queued_at)
    diff = None
    changes: tuple[FieldChange, ...] = ()
    last = row.reviewed_version_no
    if last is not None and last != row.version_no:
        old = posts.get_version(session, row.id, last)
        diff = text_diff(old.text, cur.text)
        accounts = {a.id: a.name for a in posts.list_accounts(session, include_inactive=True)}
        changes = _field_changes(old, cur, accounts.get(old.account_id, ""), accounts.get(cur.account_id, ""))
    return ReviewView(
        detail,
        findings,
        scope,
        check,
        cur.routing_reasons,
        waiting,
        row.author_uid == session.user.uid,
        last,
        diff,
        changes,
        posts.record_info(version.evidence_record_id),
    )


# --------------------------------------------------------------------------- decisions


def decide(
    session: Session,
    post_id: int,
    *,
    version_no: int,
    decision: Decision | str,
    reason: str = "",
    checklist: Mapping[str, bool] | None = None,
) -> posts.PostDetail:
    """Approve, request changes or reject the version the reviewer looked at."""
    session.require(Action.POST_REVIEW, str(post_id))
    row = posts.post_row(post_id)
    decision = parse_decision(decision)
    try:
        checked = check_decision(
            decision,
            reviewer_id=session.user.uid,
            author_id=row.author_uid,
            status=PostStatus(row.status),
            version_no=version_no,
            current_version_no=row.version_no,
            reason=reason,
            checklist=checklist,
        )
    except OwnPostDecision:
        with repo.atomic():
            session.audit(
                "post.decide", target=str(row.id), result="denied", reason="own_post", decision=decision.value
            )
        raise OwnPost() from None
    reason, ticks = checked.reason, checked.checklist
    version = posts_repo.get_version(row.id, row.version_no)
    assert version is not None
    high = sum(1 for f in version.findings if f.get("severity") == "high")
    now = session.now().isoformat()
    new_status = decision.resulting_status
    with repo.atomic():
        posts_repo.insert_review(
            post_id=row.id,
            version_id=version.id,
            reviewer_uid=session.user.uid,
            decision=decision.value,
            reason=reason,
            checklist=ticks,
            created_at=now,
        )
        posts_repo.update_post_checked(
            row.id,
            expect_version=row.version_no,
            expect_status=row.status,
            status=new_status.value,
            reviewed_version_no=row.version_no,
            queued_at=None,
            updated_at=now,
        )
        session.audit(
            "post.decide",
            target=str(row.id),
            version=row.version_no,
            decision=decision.value,
            status=new_status.value,
            high=high,
        )
    return posts.get_post(session, row.id)


def versions(session: Session, post_id: int) -> Sequence[posts.VersionInfo]:
    """Every version of a post, oldest first (nothing is ever deleted)."""
    session.require(Action.POST_REVIEW, str(post_id))
    row = posts.post_row(post_id)
    return [posts.get_version(session, row.id, n) for n in range(1, row.version_no + 1)]

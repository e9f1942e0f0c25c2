"""Posts: reading rows into views, the screener's JSON of findings, and shared checks."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from desktop.domain import office_time
from desktop.domain.platforms import Platform
from desktop.domain.roles import POST_APPROVERS_KEY, Action, possible_approvers
from desktop.domain.scopes import (
    NoApprovalReason,
    PostStatus,
    RoutingDecision,
    ScopeKind,
)
from desktop.domain.screening import Category, Finding, Severity, Where
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.posts.views import (
    AccountInfo,
    CorrectionInfo,
    MediaEntry,
    PostDetail,
    PostSummary,
    ReviewInfo,
    ScopeInfo,
    VersionInfo,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

# --------------------------------------------------------------------------- helpers


def local_today(session: Session) -> date:
    """The office's calendar day, for scope validity."""
    return office_time.office_date(session.now())


def local_day(iso: str) -> date:
    return office_time.office_date(datetime.fromisoformat(iso))


def _dt(iso: str | None) -> datetime | None:
    return None if not iso else datetime.fromisoformat(iso)


def staff_names() -> dict[str, str]:
    return {u.uid: u.display_name for u in repo.list_users()}


def audit_denied(session: Session, action: str, target: str, why: str) -> None:
    with repo.atomic():
        session.audit(action, target=target, result="denied", reason=why)


def require_own_or(
    session: Session, author_uid: str, action: Action, audit_action: str, target: str
) -> None:
    """The author may act on their post; otherwise only a role with ``action`` (denials audited)."""
    if author_uid == session.user.uid or session.can(action):
        return
    audit_denied(session, audit_action, target, "not_author")
    raise PermissionDenied()


def post_row(post_id: int) -> posts_repo.PostRow:
    try:
        row = posts_repo.get_post(int(post_id))
    except (TypeError, ValueError):
        row = None
    if row is None:
        raise NotFound()
    return row


def account_info(row: posts_repo.AccountRow) -> AccountInfo:
    try:
        platform = Platform(row.platform)
    except ValueError:
        platform = Platform.HOMEPAGE
    return AccountInfo(row.id, platform, row.name, row.url, row.active)


def scope_info(row: posts_repo.ScopeRow) -> ScopeInfo:
    return ScopeInfo(
        row.id,
        ScopeKind(row.kind),
        frozenset(row.account_ids),
        frozenset(row.user_uids),
        frozenset(row.roles),
        date.fromisoformat(row.valid_from) if row.valid_from else None,
        date.fromisoformat(row.valid_to) if row.valid_to else None,
        row.conditions,
        row.evidence_required,
        row.revoked,
        row.revoked_at,
        row.created_at,
    )


def finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "category": f.category.value,
        "severity": f.severity.key,
        "start": f.start,
        "end": f.end,
        "rule": f.rule,
        "message": f.message,
        "params": list(f.params),
        "where": f.where.value,
        "item": f.item,
    }


def finding_from_json(d: Mapping[str, Any], text: str, links: Sequence[str]) -> Finding | None:
    try:
        category = Category(d["category"])
        severity = Severity.from_key(d["severity"])
        where = Where(d.get("where", "text"))
        start, end = int(d["start"]), int(d["end"])
    except (KeyError, ValueError, TypeError):
        return None
    item = d.get("item")
    if where is Where.TEXT:
        matched = text[start:end]
    elif where is Where.LINK and isinstance(item, int) and 0 <= item < len(links):
        matched = links[item]
    else:
        matched = ""
    return Finding(
        category,
        severity,
        start,
        end,
        matched,
        str(d.get("rule", "")),
        str(d.get("message", "")),
        tuple(str(p) for p in d.get("params", ())),
        where,
        item,
    )


def version_info(v: posts_repo.VersionRow) -> VersionInfo:
    findings = tuple(f for f in (finding_from_json(d, v.text, v.links) for d in v.findings) if f is not None)
    decision = None
    reasons: tuple[str, ...] = ()
    if v.routing:
        with contextlib.suppress(ValueError, KeyError):
            decision = RoutingDecision(v.routing["decision"])
        reasons = tuple(str(r) for r in v.routing.get("reasons", ()))
    return VersionInfo(
        v.number,
        v.account_id,
        v.text,
        v.links,
        tuple(MediaEntry.from_json(m) for m in v.media),
        v.claimed_scope_id,
        v.evidence,
        findings,
        v.self_check,
        decision,
        reasons,
        v.submitted_at,
        v.created_by,
        v.created_at,
        v.self_check_override,
        _no_approval_reason(v.no_approval_reason),
        v.no_approval_note,
        v.evidence_record_id,
    )


def _no_approval_reason(value: str | None) -> NoApprovalReason | None:
    try:
        return None if value is None else NoApprovalReason(value)
    except ValueError:
        return None


def _excerpt(text: str, n: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= n else line[: n - 1] + "…"


def post_summary(
    row: posts_repo.PostRow,
    version: posts_repo.VersionRow,
    accounts: Mapping[int, AccountInfo],
    names: Mapping[str, str],
) -> PostSummary:
    account = accounts.get(row.account_id)
    high = sum(1 for f in version.findings if f.get("severity") == "high")
    medium = sum(1 for f in version.findings if f.get("severity") == "medium")
    return PostSummary(
        row.id,
        row.account_id,
        account.name if account else "",
        account.platform if account else Platform.HOMEPAGE,
        row.author_uid,
        names.get(row.author_uid, ""),
        PostStatus(row.status),
        row.version_no,
        _excerpt(version.text),
        high,
        medium,
        row.scope_used_id,
        _dt(row.queued_at),
        row.published_url,
        _dt(row.published_at),
        row.created_at,
        row.updated_at,
    )


def accounts_by_id() -> dict[int, AccountInfo]:
    return {a.id: account_info(a) for a in posts_repo.list_accounts()}


def post_detail(row: posts_repo.PostRow) -> PostDetail:
    version = posts_repo.get_version(row.id, row.version_no)
    assert version is not None
    names = staff_names()
    summary = post_summary(row, version, accounts_by_id(), names)
    reviews = tuple(
        ReviewInfo(
            r.version_no,
            r.reviewer_uid,
            names.get(r.reviewer_uid, ""),
            r.decision,
            r.reason,
            r.checklist,
            r.created_at,
        )
        for r in posts_repo.list_reviews(row.id)
    )
    corrections = tuple(
        CorrectionInfo(c.id, c.text, c.created_by, names.get(c.created_by, ""), c.created_at)
        for c in posts_repo.list_corrections(row.id)
    )
    no_approver = PostStatus(row.status).waiting_for_review and not approvers_for(row.author_uid)
    return PostDetail(summary, version_info(version), row.reviewed_version_no, reviews, corrections, no_approver)


def approvers_for(author_uid: str) -> tuple[str, ...]:
    """Who may approve a post by ``author_uid``: active managers and appointed staff, never the author."""
    staff = [(u.uid, u.role, u.active) for u in repo.list_users()]
    return possible_approvers(staff, [str(u) for u in repo.get_setting(POST_APPROVERS_KEY, [])], author_uid)

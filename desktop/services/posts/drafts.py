"""Posts: drafting, editing, submitting and routing a post; reading posts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, UnknownRecord
from desktop.domain.platforms import Platform
from desktop.domain.roles import Action
from desktop.domain.scopes import (
    REASON_EDITED_AFTER_APPROVAL,
    REASON_EDITED_IN_REVIEW,
    NoApprovalReason,
    PostFacts,
    PostStatus,
    Routing,
    RoutingDecision,
    check_no_approval,
    check_override,
    route,
    status_after_edit,
    validate_draft,
)
from desktop.domain.screening import Finding, Severity
from desktop.services.errors import NotFound
from desktop.services.posts.records import published_pages, record_info
from desktop.services.posts.rows import (
    accounts_by_id,
    audit_denied,
    finding_to_json,
    local_day,
    local_today,
    post_detail,
    post_row,
    post_summary,
    require_own_or,
    scope_info,
    staff_names,
    version_info,
)
from desktop.services.posts.screening import (
    get_screener,
    own_domains,
)
from desktop.services.posts.views import (
    MediaEntry,
    PostDetail,
    PostDraft,
    PostSummary,
    ScopeInfo,
    SubmitResult,
    VersionInfo,
    invalid,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

# --------------------------------------------------------------------------- drafting


@dataclass(frozen=True)
class _Clean:
    account: posts_repo.AccountRow
    text: str
    links: tuple[str, ...]
    media: tuple[MediaEntry, ...]
    claimed_scope_id: int | None
    evidence: str
    evidence_record_id: int | None


def _clean_draft(draft: PostDraft) -> _Clean:
    """The draft's account (active) and its content, checked by the domain's :func:`validate_draft`."""
    account = posts_repo.get_account(int(draft.account_id)) if draft.account_id is not None else None
    if account is None or not account.active:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Choose the account to post on."))
    try:
        c = validate_draft(draft, scope_exists=lambda scope_id: posts_repo.get_scope(scope_id) is not None,
                           record_exists=lambda record_id: posts_repo.get_record(record_id) is not None)
    except UnknownRecord:
        raise NotFound() from None
    return _Clean(account, c.text, c.links, c.media, c.claimed_scope_id, c.evidence, c.evidence_record_id)


def _same_content(v: posts_repo.VersionRow, c: _Clean) -> bool:
    return (
        v.text == c.text
        and v.links == c.links
        and tuple(MediaEntry.from_json(m) for m in v.media) == c.media
        and v.claimed_scope_id == c.claimed_scope_id
        and v.evidence == c.evidence
        and v.evidence_record_id == c.evidence_record_id
        and v.account_id == c.account.id
    )


def create_draft(session: Session, draft: PostDraft) -> PostDetail:
    """Save a new post as a draft (version 1). Any staff member may draft."""
    session.require(Action.POST_COMPOSE)
    return new_draft(session, draft, "post.edit")


def new_draft(session: Session, draft: PostDraft, action: str, **details: Any) -> PostDetail:
    """Insert ``draft`` as a new post by the current user, audited once as ``action`` (permission checked by the caller)."""
    clean = _clean_draft(draft)
    screener = get_screener(session)
    findings = screener.findings(Platform(clean.account.platform), clean.text, clean.links, clean.media)
    now = session.now().isoformat()
    with repo.atomic():
        row = posts_repo.insert_post(
            account_id=clean.account.id,
            author_uid=session.user.uid,
            status=PostStatus.DRAFT.value,
            created_at=now,
        )
        posts_repo.insert_version(
            post_id=row.id,
            number=1,
            account_id=clean.account.id,
            text=clean.text,
            links=clean.links,
            media=[m.to_json() for m in clean.media],
            claimed_scope_id=clean.claimed_scope_id,
            evidence=clean.evidence,
            evidence_record_id=clean.evidence_record_id,
            findings=[finding_to_json(f) for f in findings],
            created_by=session.user.uid,
            created_at=now,
        )
        posts_repo.update_post(row.id, version_no=1)
        session.audit(
            action,
            target=str(row.id),
            version=1,
            status=PostStatus.DRAFT.value,
            account=clean.account.id,
            findings=len(findings),
            **details,
        )
    return get_post(session, row.id)


def edit_post(
    session: Session,
    post_id: int,
    draft: PostDraft,
    *,
    self_check_confirmed: bool = False,
    override: str = "",
) -> PostDetail:
    """Save a new version. A post waiting for review or already approved goes (back) to review.

    Only the author edits a post. Leaving a draft: no self-check needed; any other post
    needs the guideline self-check confirmed again, because it goes straight to a reviewer,
    with a written ``override`` when a HIGH finding contradicts a point of it (domain
    :func:`check_override`).
    """
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    if row.author_uid != session.user.uid:
        audit_denied(session, "post.edit", str(row.id), "not_author")
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Only the author can change a post."))
    status = PostStatus(row.status)
    new_status = status_after_edit(status)
    if new_status is None:
        raise invalid(
            QT_TRANSLATE_NOOP(
                "Posts",
                "This post can no longer be changed. A published post is corrected with a correction "
                "note; a rejected post stays as it is.",
            )
        )
    clean = _clean_draft(draft)
    current = posts_repo.get_version(row.id, row.version_no)
    assert current is not None
    if _same_content(current, clean):
        return get_post(session, row.id)
    back_to_review = new_status is PostStatus.IN_REVIEW
    if back_to_review and not self_check_confirmed:
        raise invalid(
            QT_TRANSLATE_NOOP(
                "Posts", "Confirm the guideline's self-check: the changed post goes to a reviewer again."
            )
        )
    screener = get_screener(session)
    findings = screener.findings(Platform(clean.account.platform), clean.text, clean.links, clean.media)
    override_text = check_override(findings, override) if back_to_review else ""
    number = row.version_no + 1
    now = session.now().isoformat()
    fields: dict[str, Any] = {"version_no": number, "account": clean.account.id, "status": new_status.value,
                              "updated_at": now}
    if back_to_review:
        fields["scope_used"] = None
        if not status.waiting_for_review:
            fields["queued_at"] = now
    with repo.atomic():
        # first: the post must still be the version this edit started from (another PC may have changed it)
        posts_repo.update_post_checked(row.id, expect_version=row.version_no, expect_status=row.status, **fields)
        version = posts_repo.insert_version(
            post_id=row.id,
            number=number,
            account_id=clean.account.id,
            text=clean.text,
            links=clean.links,
            media=[m.to_json() for m in clean.media],
            claimed_scope_id=clean.claimed_scope_id,
            evidence=clean.evidence,
            evidence_record_id=clean.evidence_record_id,
            findings=[finding_to_json(f) for f in findings],
            created_by=session.user.uid,
            created_at=now,
        )
        if back_to_review:
            reason = REASON_EDITED_IN_REVIEW if status.waiting_for_review else REASON_EDITED_AFTER_APPROVAL
            posts_repo.mark_submitted(
                version.id,
                findings=[finding_to_json(f) for f in findings],
                routing={
                    "decision": RoutingDecision.NEEDS_REVIEW.value,
                    "scope_id": None,
                    "reasons": [reason],
                },
                submitted_at=now,
                self_check_override=override_text,
            )
        session.audit(
            "post.edit",
            target=str(row.id),
            version=number,
            status=new_status.value,
            previous_status=status.value,
            back_to_review=back_to_review and not status.waiting_for_review,
            findings=len(findings),
            override=bool(override_text),
        )
    return get_post(session, row.id)


def scope_for(version: posts_repo.VersionRow) -> ScopeInfo | None:
    if version.claimed_scope_id is None:
        return None
    row = posts_repo.get_scope(version.claimed_scope_id)
    return None if row is None else scope_info(row)


def post_facts(row: posts_repo.PostRow, version: posts_repo.VersionRow) -> PostFacts:
    """What the scope check needs of one version: author, account, claim and its checkable evidence."""
    author = repo.user_by_uid(row.author_uid)
    record = record_info(version.evidence_record_id)
    return PostFacts(
        author_id=row.author_uid,
        author_role=author.role if author else "",
        account_id=row.account_id,
        claimed_scope_id=version.claimed_scope_id,
        evidence=version.evidence,
        created=local_day(version.created_at),
        evidence_record=record.domain if record else None,
        published_pages=published_pages(),
    )


def routing_for(
    session: Session,
    row: posts_repo.PostRow,
    version: posts_repo.VersionRow,
    findings: Sequence[Finding],
    *,
    override: bool = False,
) -> Routing:
    """Route one version now (P1/P2; domain :func:`route`)."""
    scope = scope_for(version)
    reviewed_before = bool(posts_repo.list_reviews(row.id))
    return route(post_facts(row, version), scope.domain if scope else None, findings, own_domains(),
                 local_today(session), reviewed_before=reviewed_before, override=override)


def submit(
    session: Session,
    post_id: int,
    *,
    self_check_confirmed: bool,
    override: str = "",
    no_approval_reason: NoApprovalReason | str | None = None,
    no_approval_note: str = "",
) -> SubmitResult:
    """Screen and route a draft: approved within a scope, or into the review queue (one audit entry).

    A HIGH finding that contradicts a point of the self-check needs a written ``override``; the post
    then goes to a reviewer, who reads it. A post that would go out within a scope needs the reason
    approval could not be obtained (``000 §2-4(2)``): ``no_approval_reason`` and ``no_approval_note``.
    Both are kept with the version; the audit entry says that they were given (not their text).
    """
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    if row.author_uid != session.user.uid:
        audit_denied(session, "post.submit", str(row.id), "not_author")
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Only the author can submit a post."))
    status = PostStatus(row.status)
    if not status.may_submit:
        raise invalid(
            QT_TRANSLATE_NOOP("Posts", "Only a draft, or a post with requested changes, can be submitted.")
        )
    if not self_check_confirmed:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Confirm the guideline's self-check before submitting."))
    account = posts_repo.get_account(row.account_id)
    if account is None or not account.active:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Choose the account to post on."))
    version = posts_repo.get_version(row.id, row.version_no)
    assert version is not None
    media = [MediaEntry.from_json(m) for m in version.media]
    findings = get_screener(session).findings(Platform(account.platform), version.text, version.links, media)
    override_text = check_override(findings, override)
    routing = routing_for(session, row, version, findings, override=bool(override_text))
    no_approval = check_no_approval(no_approval_reason, no_approval_note) if routing.auto_approved else None
    now = session.now().isoformat()
    snapshot = [finding_to_json(f) for f in findings]
    routing_json = {
        "decision": routing.decision.value,
        "scope_id": routing.scope_id,
        "reasons": list(routing.reasons),
    }
    high = sum(1 for f in findings if f.severity is Severity.HIGH)
    with repo.atomic():
        posts_repo.mark_submitted(
            version.id,
            findings=snapshot,
            routing=routing_json,
            submitted_at=now,
            self_check_override=override_text,
            no_approval_reason=None if no_approval is None else no_approval.reason.value,
            no_approval_note="" if no_approval is None else no_approval.note,
        )
        if no_approval is not None:
            posts_repo.update_post(
                row.id,
                status=PostStatus.APPROVED_IN_SCOPE.value,
                scope_used=routing.scope_id,
                queued_at=None,
                updated_at=now,
            )
            session.audit(
                "post.auto_approve",
                target=str(row.id),
                version=version.number,
                scope=routing.scope_id,
                findings=len(findings),
                no_approval=no_approval.reason.value,
            )
        else:
            posts_repo.update_post(
                row.id, status=PostStatus.IN_REVIEW.value, scope_used=None, queued_at=now, updated_at=now
            )
            session.audit(
                "post.submit",
                target=str(row.id),
                version=version.number,
                claimed_scope=version.claimed_scope_id,
                findings=len(findings),
                high=high,
                reasons=len(routing.reasons),
                override=bool(override_text),
            )
    return SubmitResult(get_post(session, row.id), routing)


def get_post(session: Session, post_id: int) -> PostDetail:
    """One post with its current version, reviews and corrections (its author, or a reviewer)."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.view", str(row.id))
    return post_detail(row)


def get_version(session: Session, post_id: int, number: int) -> VersionInfo:
    session.require(Action.POST_COMPOSE, str(post_id))
    row = post_row(post_id)
    require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.view", str(row.id))
    v = posts_repo.get_version(row.id, int(number))
    if v is None:
        raise NotFound()
    return version_info(v)


def list_my_posts(session: Session, *, before_id: int | None = None, limit: int = 100) -> list[PostSummary]:
    """The current user's posts, newest first (keyset pagination: pass the last id as ``before_id``)."""
    session.require(Action.POST_COMPOSE)
    rows = posts_repo.list_posts_by_author(
        session.user.uid, before_id=before_id, limit=max(1, min(limit, 500))
    )
    return summaries(rows)


def list_posts(
    session: Session,
    *,
    statuses: Sequence[PostStatus] | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> list[PostSummary]:
    """All posts (reviewers), newest first, optionally by status."""
    session.require(Action.POST_REVIEW)
    rows = posts_repo.list_posts(
        statuses=None if statuses is None else [s.value for s in statuses],
        before_id=before_id,
        limit=max(1, min(limit, 500)),
    )
    return summaries(rows)


def summaries(rows: Sequence[tuple[posts_repo.PostRow, posts_repo.VersionRow]]) -> list[PostSummary]:
    accounts, names = accounts_by_id(), staff_names()
    return [post_summary(r, v, accounts, names) for r, v in rows]

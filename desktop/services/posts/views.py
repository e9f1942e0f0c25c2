"""Posts: the plain data the screens read (accounts, scopes, drafts, versions, reviews, incidents).

The limits and the input records (scope, draft, media, incident) are the domain's, re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.errors import ValidationError
from desktop.domain.incidents import IncidentInput as IncidentInput
from desktop.domain.incidents import IncidentKind as IncidentKind
from desktop.domain.incidents import IncidentStatus as IncidentStatus
from desktop.domain.platforms import Platform
from desktop.domain.post_limits import MAX_EVIDENCE as MAX_EVIDENCE
from desktop.domain.post_limits import MAX_LABEL as MAX_LABEL
from desktop.domain.post_limits import MAX_LINK_CHARS as MAX_LINK_CHARS
from desktop.domain.post_limits import MAX_LINKS as MAX_LINKS
from desktop.domain.post_limits import MAX_MEDIA as MAX_MEDIA
from desktop.domain.post_limits import MAX_NOTE as MAX_NOTE
from desktop.domain.post_limits import MAX_TEXT as MAX_TEXT
from desktop.domain.scopes import MediaEntry as MediaEntry
from desktop.domain.scopes import NoApprovalReason as NoApprovalReason
from desktop.domain.scopes import PostDraft as PostDraft
from desktop.domain.scopes import (
    PostStatus,
    Routing,
    RoutingDecision,
    Scope,
    ScopeKind,
)
from desktop.domain.scopes import ScopeInput as ScopeInput
from desktop.domain.screening import Finding
from desktop.services.session import CurrentUser

CTX = "Posts"
PUBLIC_CONTACTS_KEY = "posts.public_contacts"


def invalid(template: str, *args: object) -> ValidationError:
    return ValidationError(template, *args, context=CTX)


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class AccountInfo:
    id: int
    platform: Platform
    name: str
    url: str
    active: bool


@dataclass(frozen=True)
class ScopeInfo:
    id: int
    kind: ScopeKind
    account_ids: frozenset[int]
    user_uids: frozenset[str]
    roles: frozenset[str]
    valid_from: date | None
    valid_to: date | None
    conditions: str
    evidence_required: str
    revoked: bool
    revoked_at: str | None
    created_at: str

    @property
    def domain(self) -> Scope:
        return Scope(
            self.id,
            self.kind,
            self.account_ids,
            self.user_uids,
            self.roles,
            self.valid_from,
            self.valid_to,
            self.conditions,
            self.revoked,
        )

    def valid_on(self, day: date) -> bool:
        return not self.revoked and self.domain.valid_on(day)

    def granted_to(self, user: CurrentUser) -> bool:
        return user.uid in self.user_uids or user.role.value in self.roles


@dataclass(frozen=True)
class VersionInfo:
    number: int
    account_id: int
    text: str
    links: tuple[str, ...]
    media: tuple[MediaEntry, ...]
    claimed_scope_id: int | None
    evidence: str
    findings: tuple[Finding, ...]
    self_check: bool
    routing_decision: RoutingDecision | None
    routing_reasons: tuple[str, ...]
    submitted_at: str | None
    created_by: str
    created_at: str
    self_check_override: str = ""
    no_approval_reason: NoApprovalReason | None = None
    no_approval_note: str = ""
    evidence_record_id: int | None = None


@dataclass(frozen=True)
class PostSummary:
    id: int
    account_id: int
    account_name: str
    platform: Platform
    author_uid: str
    author_name: str
    status: PostStatus
    version_no: int
    excerpt: str
    high: int
    medium: int
    scope_used_id: int | None
    queued_at: datetime | None
    published_url: str | None
    published_at: datetime | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class ReviewInfo:
    version_no: int
    reviewer_uid: str
    reviewer_name: str
    decision: str
    reason: str
    checklist: Mapping[str, bool]
    created_at: str


@dataclass(frozen=True)
class CorrectionInfo:
    id: int
    text: str
    created_by: str
    created_by_name: str
    created_at: str


@dataclass(frozen=True)
class PostDetail:
    post: PostSummary
    version: VersionInfo
    reviewed_version_no: int | None
    reviews: tuple[ReviewInfo, ...] = ()
    corrections: tuple[CorrectionInfo, ...] = ()
    no_approver: bool = False  # waiting for review, but no one other than the author may approve it

    @property
    def id(self) -> int:
        return self.post.id

    @property
    def status(self) -> PostStatus:
        return self.post.status


@dataclass(frozen=True)
class InScopeItem:
    """A post that went out within a scope, and the version that did (with why approval was not obtained)."""

    post: PostSummary
    version: VersionInfo


@dataclass(frozen=True)
class SubmitResult:
    post: PostDetail
    routing: Routing


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    kind: IncidentKind
    account_id: int | None
    account_name: str
    post_id: int | None
    platform_ref: str
    description: str
    takedown_requested_on: date | None
    actions: str
    outcome: str
    status: IncidentStatus
    created_by_name: str
    created_at: str
    updated_at: str

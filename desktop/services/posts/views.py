"""Posts: limits and the plain data the screens read (accounts, scopes, drafts, versions, reviews, incidents)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.incidents import IncidentKind as IncidentKind
from desktop.domain.incidents import IncidentStatus as IncidentStatus
from desktop.domain.platforms import Platform
from desktop.domain.scopes import (
    MediaItem,
    MediaKind,
    PostStatus,
    Routing,
    RoutingDecision,
    Scope,
    ScopeKind,
)
from desktop.domain.screening import Finding
from desktop.services.session import CurrentUser

CTX = "Posts"
MAX_TEXT = 200_000
MAX_LINKS = 20
MAX_LINK_CHARS = 2000
MAX_MEDIA = 30
MAX_LABEL = 200
MAX_EVIDENCE = 2000
MAX_NOTE = 10_000
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
class ScopeInput:
    kind: ScopeKind | str
    account_ids: Sequence[int]
    user_uids: Sequence[str] = ()
    roles: Sequence[str] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    conditions: str = ""
    evidence_required: str = ""


@dataclass(frozen=True)
class MediaEntry:
    """One attached photo, video or image with the author's checklist answers (P4)."""

    label: str
    kind: MediaKind = MediaKind.PHOTO
    identifiable_people: bool = False
    portrait_consent: bool | None = None
    third_party_work: bool = False
    permission: bool | None = None
    personal_info_visible: bool = False

    @property
    def item(self) -> MediaItem:
        return MediaItem(
            self.kind,
            self.identifiable_people,
            self.portrait_consent,
            self.third_party_work,
            self.permission,
            self.personal_info_visible,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "kind": self.kind.value,
            "identifiable_people": self.identifiable_people,
            "portrait_consent": self.portrait_consent,
            "third_party_work": self.third_party_work,
            "permission": self.permission,
            "personal_info_visible": self.personal_info_visible,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> MediaEntry:
        try:
            kind = MediaKind(d.get("kind", "photo"))
        except ValueError:
            kind = MediaKind.OTHER
        return cls(
            str(d.get("label", "")),
            kind,
            bool(d.get("identifiable_people")),
            d.get("portrait_consent"),
            bool(d.get("third_party_work")),
            d.get("permission"),
            bool(d.get("personal_info_visible")),
        )


@dataclass(frozen=True)
class PostDraft:
    account_id: int
    text: str
    links: Sequence[str] = ()
    media: Sequence[MediaEntry] = ()
    claimed_scope_id: int | None = None
    evidence: str = ""


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

    @property
    def id(self) -> int:
        return self.post.id

    @property
    def status(self) -> PostStatus:
        return self.post.status


@dataclass(frozen=True)
class SubmitResult:
    post: PostDetail
    routing: Routing


@dataclass(frozen=True)
class IncidentInput:
    kind: IncidentKind | str
    description: str = ""
    account_id: int | None = None
    post_id: int | None = None
    platform_ref: str = ""
    takedown_requested_on: date | None = None
    actions: str = ""
    outcome: str = ""
    status: IncidentStatus | str = IncidentStatus.OPEN


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

"""Row types of the posts feature and the JSON encoding its text columns share."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AccountRow:
    id: int
    platform: str
    name: str
    url: str
    active: bool
    created_at: str


@dataclass(frozen=True)
class ScopeRow:
    id: int
    kind: str
    account_ids: tuple[int, ...]
    user_uids: tuple[str, ...]
    roles: tuple[str, ...]
    valid_from: str | None
    valid_to: str | None
    conditions: str
    evidence_required: str
    revoked: bool
    revoked_at: str | None
    created_by: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class PostRow:
    id: int
    account_id: int
    author_uid: str
    status: str
    version_no: int
    reviewed_version_no: int | None
    scope_used_id: int | None
    queued_at: str | None
    published_url: str | None
    published_at: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class VersionRow:
    id: int
    post_id: int
    number: int
    account_id: int
    text: str
    links: tuple[str, ...]
    media: tuple[dict[str, Any], ...]
    claimed_scope_id: int | None
    evidence: str
    findings: tuple[dict[str, Any], ...]
    self_check: bool
    routing: dict[str, Any] | None
    submitted_at: str | None
    created_by: str
    created_at: str
    self_check_override: str = ""
    no_approval_reason: str | None = None
    no_approval_note: str = ""
    evidence_record_id: int | None = None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    post_id: int
    version_no: int
    reviewer_uid: str
    decision: str
    reason: str
    checklist: dict[str, bool]
    created_at: str


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    post_id: int
    text: str
    created_by: str
    created_at: str


@dataclass(frozen=True)
class IncidentRow:
    id: int
    kind: str
    account_id: int | None
    post_id: int | None
    platform_ref: str
    description: str
    takedown_requested_on: str | None
    actions: str
    outcome: str
    status: str
    created_by: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class WordListOverrideRow:
    category: str
    severity: str
    words: tuple[str, ...]
    allow: tuple[str, ...]
    updated_by: str
    updated_at: str


def json_text(value: Any) -> str:
    """The compact JSON the posts tables store in their text columns."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

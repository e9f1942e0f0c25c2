"""Pre-approved posting scopes (P1, P2) and the photo/video checklist (P4).

Source: ``000_7078b34c99567e82.txt`` §2-4 "情報発信、返信の権限": (1) a post or reply needs
the approval of the department head or an appointed responsible person; (2) when that is
not possible, staff may post within scopes approved in advance: a) content already
published on the homepage, b) facts about events, c) established procedures,
d) confirmed Q&A. §2-5(3): photos and video - personal information, portrait rights,
copyright.

:func:`check_scope` spells out every condition of a scope for one post;
:func:`route` decides whether the post may go out without per-post approval;
:func:`validate_scope` and :func:`validate_draft` are the input rules of a scope and a draft. The module
is pure: dates are passed in (``today``), nothing is read from a clock or a database.
"""

from __future__ import annotations

from desktop.domain.scopes.evidence import EvidenceRecord, RecordKind, is_published_page, page_key
from desktop.domain.scopes.kinds import (
    ITEM_ACCOUNT,
    ITEM_AUTHOR,
    ITEM_CLAIMED,
    ITEM_DATES,
    ITEM_EVIDENCE,
    ITEM_NOT_REVOKED,
    RULE_APPROVAL,
    RULE_SCOPE,
    RULE_SOURCES,
    CheckItem,
    PostFacts,
    Scope,
    ScopeCheck,
    ScopeKind,
    check_scope,
)
from desktop.domain.scopes.lifecycle import (
    E_OWN_POST,
    MAX_REVIEW_REASON,
    REVIEW_CHECKLIST,
    SELF_CHECK,
    CheckedDecision,
    ChecklistItem,
    Decision,
    OwnPostDecision,
    PostStatus,
    check_decision,
    parse_decision,
    status_after_edit,
)
from desktop.domain.scopes.media import (
    MediaEntry,
    MediaItem,
    MediaKind,
    media_findings,
)
from desktop.domain.scopes.records import RecordInput, validate_record
from desktop.domain.scopes.routing import (
    REASON_EDITED_AFTER_APPROVAL,
    REASON_EDITED_IN_REVIEW,
    Routing,
    RoutingDecision,
    needs_attribution_review,
    needs_content_review,
    route,
)
from desktop.domain.scopes.submission import (
    MAX_SUBMIT_NOTE,
    REASON_OVERRIDE,
    NoApproval,
    NoApprovalReason,
    check_no_approval,
    check_override,
    contradicted_self_checks,
    has_real_text,
)
from desktop.domain.scopes.validation import (
    CleanDraft,
    CleanScope,
    PostDraft,
    ScopeInput,
    is_web_address,
    validate_draft,
    validate_scope,
)

__all__ = [
    "EvidenceRecord",
    "RecordInput",
    "RecordKind",
    "is_published_page",
    "page_key",
    "validate_record",
    "MAX_SUBMIT_NOTE",
    "NoApproval",
    "NoApprovalReason",
    "REASON_OVERRIDE",
    "check_no_approval",
    "check_override",
    "contradicted_self_checks",
    "has_real_text",
    "CheckItem",
    "CheckedDecision",
    "CleanDraft",
    "CleanScope",
    "ChecklistItem",
    "Decision",
    "E_OWN_POST",
    "ITEM_ACCOUNT",
    "ITEM_AUTHOR",
    "ITEM_CLAIMED",
    "ITEM_DATES",
    "ITEM_EVIDENCE",
    "ITEM_NOT_REVOKED",
    "MAX_REVIEW_REASON",
    "MediaEntry",
    "MediaItem",
    "MediaKind",
    "OwnPostDecision",
    "PostDraft",
    "PostFacts",
    "PostStatus",
    "REASON_EDITED_AFTER_APPROVAL",
    "REASON_EDITED_IN_REVIEW",
    "REVIEW_CHECKLIST",
    "RULE_APPROVAL",
    "RULE_SCOPE",
    "RULE_SOURCES",
    "Routing",
    "RoutingDecision",
    "SELF_CHECK",
    "Scope",
    "ScopeCheck",
    "ScopeInput",
    "ScopeKind",
    "check_decision",
    "check_scope",
    "is_web_address",
    "media_findings",
    "needs_attribution_review",
    "needs_content_review",
    "parse_decision",
    "route",
    "status_after_edit",
    "validate_draft",
    "validate_scope",
]

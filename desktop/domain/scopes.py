"""Pre-approved posting scopes (P1, P2) and the photo/video checklist (P4).

Source: ``000_7078b34c99567e82.txt`` §2-4 "情報発信、返信の権限": (1) a post or reply needs
the approval of the department head or an appointed responsible person; (2) when that is
not possible, staff may post within scopes approved in advance: a) content already
published on the homepage, b) facts about events, c) established procedures,
d) confirmed Q&A. §2-5(3): photos and video - personal information, portrait rights,
copyright.

:func:`check_scope` spells out every condition of a scope for one post;
:func:`route` decides whether the post may go out without per-post approval. The module
is pure: dates are passed in (``today``), nothing is read from a clock or a database.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.screening import (
    RULE_MEDIA,
    SEED_FILE,
    Category,
    Finding,
    Group,
    Severity,
    SourceRef,
    Where,
    has_high,
    host_of,
    is_own_host,
)

__all__ = [
    "REASON_EDITED_AFTER_APPROVAL",
    "REASON_EDITED_IN_REVIEW",
    "REVIEW_CHECKLIST",
    "RULE_APPROVAL",
    "RULE_SCOPE",
    "RULE_SOURCES",
    "SELF_CHECK",
    "MAX_REVIEW_REASON",
    "CheckItem",
    "CheckedDecision",
    "ChecklistItem",
    "Decision",
    "OwnPostDecision",
    "MediaItem",
    "MediaKind",
    "PostFacts",
    "PostStatus",
    "Routing",
    "RoutingDecision",
    "Scope",
    "ScopeCheck",
    "ScopeKind",
    "check_decision",
    "check_scope",
    "media_findings",
    "needs_attribution_review",
    "parse_decision",
    "route",
    "status_after_edit",
]

RULE_APPROVAL = "000 §2-4(1)"
RULE_SCOPE = "000 §2-4(2)"


class ScopeKind(enum.Enum):
    """The four kinds of content staff may post inside a pre-approved scope (§2-4(2) a-d)."""

    PUBLISHED_CONTENT = "a"
    EVENT_FACTS = "b"
    ESTABLISHED_PROCEDURE = "c"
    CONFIRMED_QA = "d"

    @property
    def letter(self) -> str:
        return self.value

    @property
    def rule(self) -> str:
        return f"{RULE_SCOPE}{self.value})"

    @property
    def label(self) -> str:
        return _KIND_TEXT[self][0]

    @property
    def evidence_label(self) -> str:
        """What the author must give as evidence for a post in a scope of this kind."""
        return _KIND_TEXT[self][1]


RULE_SOURCES = {
    RULE_APPROVAL: SourceRef(SEED_FILE, 28, "所属部署の責任者または任命された担当責任者の了承を得ることとします"),
    RULE_SCOPE: SourceRef(SEED_FILE, 29, "あらかじめ承認を得た範囲については担当者において情報発信・返信を行うことができる"),
    ScopeKind.PUBLISHED_CONTENT.rule: SourceRef(SEED_FILE, 30, "既にホームページなどに掲載するなど公表済みの内容"),
    ScopeKind.EVENT_FACTS.rule: SourceRef(SEED_FILE, 31, "イベントの状況や結果など既成の事実"),
    ScopeKind.ESTABLISHED_PROCEDURE.rule: SourceRef(SEED_FILE, 32, "定められている手続きなどの内容"),
    ScopeKind.CONFIRMED_QA.rule: SourceRef(SEED_FILE, 33, "既に確認されている質疑応答資料の内容"),
}
"""The seed line behind each rule reference of this module (checked by the tests)."""

_KIND_TEXT = {
    ScopeKind.PUBLISHED_CONTENT: (
        QT_TRANSLATE_NOOP("Scopes", "(a) Content already published on the homepage"),
        QT_TRANSLATE_NOOP("Scopes", "The address (URL) of the page on the organisation's own site"),
    ),
    ScopeKind.EVENT_FACTS: (
        QT_TRANSLATE_NOOP("Scopes", "(b) Facts about an event (how it went, results)"),
        QT_TRANSLATE_NOOP("Scopes", "The event: its name and date"),
    ),
    ScopeKind.ESTABLISHED_PROCEDURE: (
        QT_TRANSLATE_NOOP("Scopes", "(c) An established procedure"),
        QT_TRANSLATE_NOOP("Scopes", "The reference of the procedure (document, page or number)"),
    ),
    ScopeKind.CONFIRMED_QA: (
        QT_TRANSLATE_NOOP("Scopes", "(d) A confirmed question and answer"),
        QT_TRANSLATE_NOOP("Scopes", "The entry in the confirmed Q&A document"),
    ),
}


@dataclass(frozen=True)
class Scope:
    """A scope approved in advance by the department head or an appointed responsible person.

    ``account_ids``, ``granted_user_ids`` and ``granted_roles`` are sets; an empty
    ``account_ids`` covers no account. ``valid_from``/``valid_to`` are inclusive dates,
    None meaning open-ended.
    """

    id: int
    kind: ScopeKind
    account_ids: frozenset[int]
    granted_user_ids: frozenset[int | str] = frozenset()
    granted_roles: frozenset[str] = frozenset()
    valid_from: date | None = None
    valid_to: date | None = None
    conditions: str = ""
    revoked: bool = False

    def __post_init__(self) -> None:
        for name in ("account_ids", "granted_user_ids", "granted_roles"):
            value = getattr(self, name)
            if not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(value))

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class PostFacts:
    """The facts about one post that scope matching needs."""

    author_id: int | str  # the store uses user uids (strings)
    author_role: str
    account_id: int
    claimed_scope_id: int | None
    evidence: str
    created: date


class CheckItem(NamedTuple):
    """One condition of a scope: a stable key, whether it holds, and an explanation template."""

    key: str
    ok: bool
    message: str


@dataclass(frozen=True)
class ScopeCheck:
    scope_id: int
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def failed(self) -> tuple[CheckItem, ...]:
        return tuple(item for item in self.items if not item.ok)

    def item(self, key: str) -> CheckItem:
        for it in self.items:
            if it.key == key:
                return it
        raise KeyError(key)


# Item keys, in the order they are listed.
ITEM_CLAIMED = "claimed"
ITEM_AUTHOR = "author_granted"
ITEM_ACCOUNT = "account_covered"
ITEM_DATES = "within_dates"
ITEM_NOT_REVOKED = "not_revoked"
ITEM_EVIDENCE = "evidence"

_MSG = {
    (ITEM_CLAIMED, True): QT_TRANSLATE_NOOP("Scopes", "The post claims this scope."),
    (ITEM_CLAIMED, False): QT_TRANSLATE_NOOP("Scopes", "The post does not claim this scope."),
    (ITEM_AUTHOR, True): QT_TRANSLATE_NOOP("Scopes", "The author is granted this scope."),
    (ITEM_AUTHOR, False): QT_TRANSLATE_NOOP("Scopes", "The author is not granted this scope, by name or by role."),
    (ITEM_ACCOUNT, True): QT_TRANSLATE_NOOP("Scopes", "The scope covers this account."),
    (ITEM_ACCOUNT, False): QT_TRANSLATE_NOOP("Scopes", "The scope does not cover this account."),
    (ITEM_DATES, True): QT_TRANSLATE_NOOP("Scopes", "The scope is valid on the day of the post."),
    (ITEM_DATES, False): QT_TRANSLATE_NOOP(
        "Scopes", "The scope is not valid on the day of the post (not yet started, or expired)."
    ),
    (ITEM_NOT_REVOKED, True): QT_TRANSLATE_NOOP("Scopes", "The scope has not been revoked."),
    (ITEM_NOT_REVOKED, False): QT_TRANSLATE_NOOP("Scopes", "The scope has been revoked."),
    (ITEM_EVIDENCE, True): QT_TRANSLATE_NOOP("Scopes", "The evidence the scope requires is given."),
}
_MSG_EVIDENCE_MISSING = QT_TRANSLATE_NOOP("Scopes", "The evidence the scope requires is missing.")
_MSG_EVIDENCE_NOT_OWN_URL = QT_TRANSLATE_NOOP(
    "Scopes",
    "Published content needs the address of the page on the organisation's own site as evidence "
    "(https://… on one of its own domains).",
)

_URL_LIKE_RE = re.compile(r"^(?:https?://)?[^\s/]+\.[^\s]+$", re.IGNORECASE)
_MIN_EVIDENCE_CHARS = 2


def _evidence_item(kind: ScopeKind, evidence: str, own_domains: Sequence[str]) -> CheckItem:
    ev = (evidence or "").strip()
    if len(ev) < _MIN_EVIDENCE_CHARS:
        return CheckItem(ITEM_EVIDENCE, False, _MSG_EVIDENCE_MISSING)
    if kind is ScopeKind.PUBLISHED_CONTENT:
        if not (_URL_LIKE_RE.match(ev) and is_own_host(host_of(ev), own_domains)):
            return CheckItem(ITEM_EVIDENCE, False, _MSG_EVIDENCE_NOT_OWN_URL)
    return CheckItem(ITEM_EVIDENCE, True, _MSG[(ITEM_EVIDENCE, True)])


def check_scope(scope: Scope, post: PostFacts, own_domains: Sequence[str], today: date) -> ScopeCheck:
    """Check every condition of ``scope`` for ``post``; each is reported, passed or not.

    Dates: the scope must be valid both on the day the post was created and ``today``
    (the day it would go out without approval).
    """

    def item(key: str, ok: bool) -> CheckItem:
        return CheckItem(key, ok, _MSG[(key, ok)])

    items = (
        item(ITEM_CLAIMED, post.claimed_scope_id is not None and post.claimed_scope_id == scope.id),
        item(
            ITEM_AUTHOR,
            post.author_id in scope.granted_user_ids or post.author_role in scope.granted_roles,
        ),
        item(ITEM_ACCOUNT, post.account_id in scope.account_ids),
        item(ITEM_DATES, scope.valid_on(post.created) and scope.valid_on(today)),
        item(ITEM_NOT_REVOKED, not scope.revoked),
        _evidence_item(scope.kind, post.evidence, own_domains),
    )
    return ScopeCheck(scope.id, items)


# --------------------------------------------------------------------------- routing


class RoutingDecision(enum.Enum):
    AUTO_APPROVED_IN_SCOPE = "auto_approved_in_scope"
    NEEDS_REVIEW = "needs_review"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    RoutingDecision.AUTO_APPROVED_IN_SCOPE: QT_TRANSLATE_NOOP("Scopes", "Within a pre-approved scope"),
    RoutingDecision.NEEDS_REVIEW: QT_TRANSLATE_NOOP("Scopes", "Needs approval"),
}

_REASON_NO_SCOPE = QT_TRANSLATE_NOOP(
    "Scopes",
    "No pre-approved scope applies. A post in the organisation's name needs the approval of the department "
    "head or an appointed responsible person.",
)
_REASON_HIGH = QT_TRANSLATE_NOOP(
    "Scopes", "The screening found a serious issue; a reviewer must look at the post even within a scope."
)
REASON_EDITED_AFTER_APPROVAL = QT_TRANSLATE_NOOP(
    "Scopes", "The post was changed after it was approved; a reviewer must approve the new version."
)
REASON_EDITED_IN_REVIEW = QT_TRANSLATE_NOOP(
    "Scopes", "The author changed the post while it was waiting for review."
)
_REASON_ATTRIBUTION = QT_TRANSLATE_NOOP(
    "Scopes",
    "The post links to an outside site, quotes someone or speaks for the organisation; readers may take "
    "this as the organisation's own, so a reviewer must look at it even within a scope.",
)


def needs_attribution_review(findings: Iterable[Finding]) -> bool:
    """True if a finding may be read as the organisation's own (P5: outside links, quotes, claims)."""
    return any(f.group is Group.ATTRIBUTION and f.severity >= Severity.MEDIUM for f in findings)


@dataclass(frozen=True)
class Routing:
    """Where a post goes next. ``reasons`` are translatable templates (context ``"Scopes"``)."""

    decision: RoutingDecision
    scope_id: int | None = None
    reasons: tuple[str, ...] = ()
    check: ScopeCheck | None = None

    @property
    def auto_approved(self) -> bool:
        return self.decision is RoutingDecision.AUTO_APPROVED_IN_SCOPE


def route(
    post: PostFacts,
    scope: Scope | None,
    findings: Iterable[Finding],
    own_domains: Sequence[str],
    today: date,
) -> Routing:
    """Auto-approve only when ``scope`` fully checks out and nothing needs a reviewer; else review.

    A reviewer is needed for any HIGH finding and, by P5 (``000 §2-5(4)``), for any MEDIUM
    finding about an outside link, a quote or speaking for the organisation. Other MEDIUM
    and LOW findings do not stop an in-scope post; the caller shows them.
    """
    findings = list(findings)
    extra = ((_REASON_HIGH,) if has_high(findings) else ()) + (
        (_REASON_ATTRIBUTION,) if needs_attribution_review(findings) else ()
    )
    if scope is None:  # the findings are shown on their own; "even within a scope" would not apply
        return Routing(RoutingDecision.NEEDS_REVIEW, None, (_REASON_NO_SCOPE,), None)
    check = check_scope(scope, post, own_domains, today)
    reasons = tuple(item.message for item in check.failed) + extra
    if check.ok and not extra:
        return Routing(RoutingDecision.AUTO_APPROVED_IN_SCOPE, scope.id, (), check)
    return Routing(RoutingDecision.NEEDS_REVIEW, None, reasons, check)


# --------------------------------------------------------------------------- media (P4)


class MediaKind(enum.Enum):
    PHOTO = "photo"
    VIDEO = "video"
    IMAGE = "image"  # illustration, poster, screenshot
    OTHER = "other"

    @property
    def label(self) -> str:
        return _MEDIA_LABELS[self]


_MEDIA_LABELS = {
    MediaKind.PHOTO: QT_TRANSLATE_NOOP("Scopes", "Photo"),
    MediaKind.VIDEO: QT_TRANSLATE_NOOP("Scopes", "Video"),
    MediaKind.IMAGE: QT_TRANSLATE_NOOP("Scopes", "Image"),
    MediaKind.OTHER: QT_TRANSLATE_NOOP("Scopes", "Other"),
}


@dataclass(frozen=True)
class MediaItem:
    """The author's answers to the checklist for one attached photo, video or image.

    ``portrait_consent`` and ``permission`` are None when not answered (treated as not given).
    """

    kind: MediaKind
    identifiable_people: bool
    portrait_consent: bool | None
    third_party_work: bool
    permission: bool | None
    personal_info_visible: bool


_MEDIA_MSG = {
    "portrait_refused": QT_TRANSLATE_NOOP(
        "Screening", "People can be identified in this item and did not consent to its publication."
    ),
    "portrait_unknown": Category.MEDIA_PORTRAIT.message,
    "copyright_refused": QT_TRANSLATE_NOOP(
        "Screening", "This item contains someone else's work and permission to use it was not given."
    ),
    "copyright_unknown": Category.MEDIA_COPYRIGHT.message,
    "personal_info": Category.MEDIA_PERSONAL_INFO.message,
}


def media_findings(items: Sequence[MediaItem]) -> list[Finding]:
    """Findings for attached media (P4, ``000 §2-5(3)``); all HIGH, so such a post is reviewed."""
    out: list[Finding] = []

    def add(i: int, category: Category, message: str) -> None:
        out.append(Finding(category, Severity.HIGH, -1, -1, "", RULE_MEDIA, message, (), Where.MEDIA, i))

    for i, m in enumerate(items):
        if m.identifiable_people and m.portrait_consent is not True:
            add(
                i,
                Category.MEDIA_PORTRAIT,
                _MEDIA_MSG["portrait_refused" if m.portrait_consent is False else "portrait_unknown"],
            )
        if m.third_party_work and m.permission is not True:
            add(
                i,
                Category.MEDIA_COPYRIGHT,
                _MEDIA_MSG["copyright_refused" if m.permission is False else "copyright_unknown"],
            )
        if m.personal_info_visible:
            add(i, Category.MEDIA_PERSONAL_INFO, _MEDIA_MSG["personal_info"])
    return out


# --------------------------------------------------------------------------- post life cycle (P1, P6)


class PostStatus(enum.Enum):
    """Where a post is in its life.

    ``SUBMITTED`` is the moment between submission and routing; routing runs in the same
    transaction, so a stored post is normally ``APPROVED_IN_SCOPE`` or ``IN_REVIEW`` after it.
    """

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED_IN_SCOPE = "approved_in_scope"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def waiting_for_review(self) -> bool:
        return self in (PostStatus.SUBMITTED, PostStatus.IN_REVIEW)

    @property
    def may_submit(self) -> bool:
        return self in (PostStatus.DRAFT, PostStatus.CHANGES_REQUESTED)

    @property
    def may_publish(self) -> bool:
        """Approved by a reviewer or within a scope: the author may publish it and record where."""
        return self in (PostStatus.APPROVED, PostStatus.APPROVED_IN_SCOPE)

    @property
    def approved(self) -> bool:
        return self in (PostStatus.APPROVED, PostStatus.APPROVED_IN_SCOPE, PostStatus.PUBLISHED)


_STATUS_LABELS = {
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("Scopes", "Draft"),
    PostStatus.SUBMITTED: QT_TRANSLATE_NOOP("Scopes", "Submitted"),
    PostStatus.APPROVED_IN_SCOPE: QT_TRANSLATE_NOOP("Scopes", "Approved within a scope"),
    PostStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Scopes", "Waiting for approval"),
    PostStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Scopes", "Changes requested"),
    PostStatus.APPROVED: QT_TRANSLATE_NOOP("Scopes", "Approved"),
    PostStatus.REJECTED: QT_TRANSLATE_NOOP("Scopes", "Rejected"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("Scopes", "Published"),
}


def status_after_edit(status: PostStatus) -> PostStatus | None:
    """The status of a post after its author saves a new version; None if it can no longer change.

    Drafts stay drafts. A post waiting for review, or already approved (by a reviewer or
    within a scope), goes (back) to review: the approver must approve exactly what is
    published. Rejected posts are closed; published posts are corrected, never edited or
    deleted (P6).
    """
    if status in (PostStatus.DRAFT, PostStatus.CHANGES_REQUESTED):
        return status
    if status.waiting_for_review or status.may_publish:
        return PostStatus.IN_REVIEW
    return None


class Decision(enum.Enum):
    """A reviewer's decision (P1). Rejecting and requesting changes need a reason."""

    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"

    @property
    def reason_required(self) -> bool:
        return self is not Decision.APPROVE

    @property
    def resulting_status(self) -> PostStatus:
        return {
            Decision.APPROVE: PostStatus.APPROVED,
            Decision.REQUEST_CHANGES: PostStatus.CHANGES_REQUESTED,
            Decision.REJECT: PostStatus.REJECTED,
        }[self]

    @property
    def label(self) -> str:
        return _DECISION_TEXT[self]


_DECISION_TEXT = {
    Decision.APPROVE: QT_TRANSLATE_NOOP("Scopes", "Approved"),
    Decision.REQUEST_CHANGES: QT_TRANSLATE_NOOP("Scopes", "Changes requested"),
    Decision.REJECT: QT_TRANSLATE_NOOP("Scopes", "Rejected"),
}


class ChecklistItem(NamedTuple):
    """One point to confirm: a stable key, the design rule, the seed rule and the text to show."""

    key: str
    design_rule: str
    rule: str
    text: str


SELF_CHECK: tuple[ChecklistItem, ...] = (
    ChecklistItem("no_prohibited", "P3", "000 §3(1)(6)", QT_TRANSLATE_NOOP(
        "Scopes", "It insults no one, discriminates against no one, encourages nothing illegal and nothing "
        "against public order.")),
    ChecklistItem("facts", "P3", "000 §3(1)(6)", QT_TRANSLATE_NOOP(
        "Scopes", "Every fact in it is correct and has a source; nothing is unfounded.")),
    ChecklistItem("personal_data", "P3", "000 運用ポリシー 削除ルール 9", QT_TRANSLATE_NOOP(
        "Scopes", "It shows no one's personal information without their consent.")),
    ChecklistItem("media", "P4", RULE_MEDIA, QT_TRANSLATE_NOOP(
        "Scopes", "Photos and video: personal information, portrait rights and copyright are checked.")),
    ChecklistItem("confidential", "P3", "000 §3(2)(6)", QT_TRANSLATE_NOOP(
        "Scopes", "It contains no confidential business information and no unpublished results or plans.")),
    ChecklistItem("attribution", "P5", "000 §2-5(4)", QT_TRANSLATE_NOOP(
        "Scopes", "Quotes and links are checked: readers may take them as the organisation's own.")),
    ChecklistItem("official_view", "P5", "000 §3(2)(5)", QT_TRANSLATE_NOOP(
        "Scopes", "It does not present a personal view as the organisation's official view.")),
)
"""The guideline's self-check the author confirms before submitting."""

REVIEW_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("prohibited", "P3", "000 §3(1)(6)", QT_TRANSLATE_NOOP(
        "Scopes", "No prohibited content: the six kinds of section 3 and the ten deletion rules.")),
    ChecklistItem("confidential", "P3", "000 §3(2)(6)", QT_TRANSLATE_NOOP(
        "Scopes", "No confidential business information and no unpublished results or plans.")),
    ChecklistItem("media", "P4", RULE_MEDIA, QT_TRANSLATE_NOOP(
        "Scopes", "Photos and video: personal information, portrait rights and copyright checked.")),
    ChecklistItem("attribution", "P5", "000 §2-5(4)", QT_TRANSLATE_NOOP(
        "Scopes", "Quotes and links, which readers may take as the organisation's own, are acceptable.")),
)
"""What a reviewer confirms before approving (P3-P5)."""


# --------------------------------------------------------------------------- reviewer's decision (P1, P3-P5)

MAX_REVIEW_REASON = 5000

E_OWN_POST = QT_TRANSLATE_NOOP(
    "ServiceError", "You cannot decide on your own post. Another manager must review it."
)


class OwnPostDecision(ValidationError):
    """The reviewer wrote the post: approval is by someone else (P1)."""

    def __init__(self) -> None:
        super().__init__(E_OWN_POST)


@dataclass(frozen=True)
class CheckedDecision:
    """A decision that may be recorded: the trimmed reason and every checklist point ticked or not."""

    decision: Decision
    reason: str
    checklist: dict[str, bool]


def _invalid(template: str, *args: object) -> ValidationError:
    return ValidationError(template, *args, context="Review")


def parse_decision(decision: Decision | str) -> Decision:
    """The decision named by ``decision``; a clear message for anything else."""
    try:
        return Decision(decision)
    except ValueError:
        raise _invalid(QT_TRANSLATE_NOOP("Review", "Choose a decision.")) from None


def check_decision(
    decision: Decision | str,
    *,
    reviewer_id: str,
    author_id: str,
    status: PostStatus,
    version_no: int | str,
    current_version_no: int,
    reason: str | None = "",
    checklist: Mapping[str, bool] | None = None,
) -> CheckedDecision:
    """Raise :class:`ValidationError` unless the reviewer may record ``decision`` on the post.

    The rules, checked in this order:

    * P1 (000 §2-4(1): "情報発信・返信を行う場合は、所属部署の責任者または任命された担当責任者の
      了承を得ることとします"): the approval comes from someone other than the author — nobody
      decides on their own post (:class:`OwnPostDecision`, a ValidationError the caller audits).
    * Only a post waiting for review can be decided, and only in the version the reviewer looked
      at (``version_no``; the post is now at ``current_version_no``): the approver approves
      exactly what is published.
    * Requesting changes and rejecting need a reason (at most :data:`MAX_REVIEW_REASON`
      characters), so the author knows what to change or why the post cannot go out.
    * Approving needs every point of :data:`REVIEW_CHECKLIST` (P3-P5) confirmed.
    """
    decision = parse_decision(decision)
    if reviewer_id == author_id:
        raise OwnPostDecision()
    if not status.waiting_for_review:
        raise _invalid(QT_TRANSLATE_NOOP("Review", "This post is not waiting for review."))
    if int(version_no) != current_version_no:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Review",
                "The author changed the post while you were reviewing it. Look at the new version first.",
            )
        )
    reason = (reason or "").strip()
    if decision.reason_required and not reason:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Review", "Give a reason, so the author knows what to change or why the post cannot go out."
            )
        )
    if len(reason) > MAX_REVIEW_REASON:
        raise _invalid(
            QT_TRANSLATE_NOOP("Review", "The reason may be at most %1 characters long."), MAX_REVIEW_REASON
        )
    ticks = {item.key: bool((checklist or {}).get(item.key)) for item in REVIEW_CHECKLIST}
    if decision is Decision.APPROVE and not all(ticks.values()):
        raise _invalid(QT_TRANSLATE_NOOP("Review", "Confirm every point of the checklist before approving."))
    return CheckedDecision(decision, reason, ticks)

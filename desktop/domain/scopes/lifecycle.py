"""A post's life: statuses, edits after approval, reviewers' decisions and their checklist (P1, P6)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.screening import (
    RULE_MEDIA,
)
from desktop.domain.text_normalise import strip_controls

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
    "ServiceError", "You cannot decide on your own post. Another manager or an appointed responsible person "
                    "must review it."
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
    # zero-width and other format characters are not a reason: " \u200b" must not pass for one
    reason = strip_controls(reason or "", keep="\n")
    if decision.reason_required and not "".join(reason.split()):
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

"""Routing a submitted post: approved inside a scope, or sent to a reviewer, and why."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.scopes.kinds import (
    PostFacts,
    Scope,
    ScopeCheck,
    check_scope,
)
from desktop.domain.scopes.submission import REASON_OVERRIDE
from desktop.domain.screening import (
    Finding,
    Group,
    Severity,
    has_high,
)

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
REASON_SENT_BACK = QT_TRANSLATE_NOOP(
    "Scopes", "A reviewer has already looked at this post and sent it back; the new version goes to a reviewer too."
)
_REASON_CONTENT = QT_TRANSLATE_NOOP(
    "Scopes",
    "The screening found personal data, prohibited or confidential content; a reviewer must look at the post "
    "even within a scope.",
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


_CONTENT_GROUPS = frozenset({Group.PERSONAL_DATA, Group.PROHIBITED, Group.CONFIDENTIAL})


def needs_content_review(findings: Iterable[Finding]) -> bool:
    """True for any finding of personal data, prohibited or confidential content, whatever its severity.

    A scope allows routine posts (P2); it never allows what the guideline forbids (section 3), so a
    medical claim or an election appeal rated MEDIUM still needs a reviewer.
    """
    return any(f.group in _CONTENT_GROUPS for f in findings)


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
    *,
    reviewed_before: bool = False,
    override: bool = False,
) -> Routing:
    """Auto-approve only when ``scope`` fully checks out and nothing needs a reviewer; else review.

    A reviewer is needed for any HIGH finding, for any finding of personal data, prohibited or
    confidential content whatever its severity (P3, P4), and, by P5 (``000 §2-5(4)``), for any
    MEDIUM finding about an outside link, a quote or speaking for the organisation. LOW findings
    of other groups (a platform's length hint) do not stop an in-scope post; the caller shows them.
    """
    findings = list(findings)
    high = has_high(findings)
    extra = ((_REASON_HIGH,) if high else ()) + (
        (_REASON_CONTENT,) if not high and needs_content_review(findings) else ()
    ) + ((_REASON_ATTRIBUTION,) if needs_attribution_review(findings) else ()) + (
        (REASON_SENT_BACK,) if reviewed_before else ()  # a post sent back never approves itself
    ) + ((REASON_OVERRIDE,) if override else ())  # a written self-check override is always read
    if scope is None:  # the findings are shown on their own; "even within a scope" would not apply
        return Routing(RoutingDecision.NEEDS_REVIEW, None,
                       (_REASON_NO_SCOPE,) + ((REASON_OVERRIDE,) if override else ()), None)
    check = check_scope(scope, post, own_domains, today)
    reasons = tuple(item.message for item in check.failed) + extra
    if check.ok and not extra:
        return Routing(RoutingDecision.AUTO_APPROVED_IN_SCOPE, scope.id, (), check)
    return Routing(RoutingDecision.NEEDS_REVIEW, None, reasons, check)

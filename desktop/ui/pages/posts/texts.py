"""What the drafting page says about a post: the banner over the form and the length counter.

The texts keep the translation context of the page (``PostsPage``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.platforms import Platform, length_rule, measure
from desktop.domain.roles import Action
from desktop.domain.scopes import PostStatus
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui.dates import local_time
from desktop.ui.post_text import platform_label, status_label
from desktop.ui.text import fill


def banner_text(d: post_service.PostDetail | None) -> str:
    """The post's version and status, what the reviewer said, and what may happen next."""
    if d is None:
        return QCoreApplication.translate(
            "PostsPage", "New post. Write it, check the findings and the self-check, then submit it for approval.")
    status = d.status
    parts = [fill(QCoreApplication.translate("PostsPage", "Post %1, version %2: %3"), d.id, d.version.number,
                  status_label(status))]
    last = d.reviews[-1] if d.reviews else None
    if status is PostStatus.CHANGES_REQUESTED and last is not None:
        parts.append(fill(QCoreApplication.translate("PostsPage", "%1 asked for changes: %2"), last.reviewer_name,
                          last.reason))
    elif status is PostStatus.REJECTED and last is not None:
        parts.append(fill(QCoreApplication.translate("PostsPage", "%1 rejected it: %2"), last.reviewer_name,
                          last.reason))
    elif status is PostStatus.APPROVED_IN_SCOPE:
        parts.append(fill(QCoreApplication.translate(
            "PostsPage", "Approved within pre-approved scope %1. You may publish it."), d.post.scope_used_id))
    elif status is PostStatus.APPROVED and last is not None:
        parts.append(fill(QCoreApplication.translate("PostsPage", "Approved by %1. You may publish it."),
                          last.reviewer_name))
    elif status.waiting_for_review and d.no_approver:
        parts.append(QCoreApplication.translate(
            "PostsPage", "No one else can approve this post yet: a post needs the approval of a manager or an "
                         "appointed responsible person other than its author. Ask the administrator to appoint a "
                         "responsible person for posts; the post waits until then."))
    elif status.waiting_for_review:
        parts.append(QCoreApplication.translate(
            "PostsPage", "A manager or an appointed responsible person will review it."))
    elif status is PostStatus.PUBLISHED:
        parts.append(fill(QCoreApplication.translate("PostsPage", "Published at %1: %2"),
                          local_time(d.post.published_at), d.post.published_url or ""))
    if status.may_publish or status.waiting_for_review:
        parts.append(QCoreApplication.translate("PostsPage", "Changing it sends it (back) to a reviewer."))
    return "\n".join(parts)


def no_accounts_text(session: Session) -> str:
    """Where the reader can add SNS accounts: each role is sent to a page it can open (or to a person)."""
    if session.can(Action.ACCOUNTS_MANAGE):
        return QCoreApplication.translate(
            "PostsPage", "No SNS account is set up yet. Add the office's accounts under Approval → Accounts.")
    if session.can(Action.USERS_MANAGE):
        return QCoreApplication.translate(
            "PostsPage", "No SNS account is set up yet. A manager adds the office's accounts under Approval → "
                         "Accounts, a page managers have. If the office has no manager yet, create one under "
                         "Administration → Users.")
    return QCoreApplication.translate(
        "PostsPage", "No SNS account is set up yet. Ask a manager to add the office's accounts.")


def counter_text(platform: Platform, text: str) -> tuple[str, bool]:
    """The length counter under the text, and whether the text is over the platform's limit."""
    rule = length_rule(platform)
    result = measure(platform, text)
    unit = QCoreApplication.translate("Platforms", rule.unit.label)
    if rule.limit is None:
        return fill(QCoreApplication.translate("PostsPage", "%1 %2 (%3 has no limit)"), result.used, unit,
                    platform_label(platform)), False
    if result.over:
        return fill(QCoreApplication.translate("PostsPage", "%1 / %2 %3 — %4 over the limit of %5"), result.used,
                    rule.limit, unit, result.used - rule.limit, platform_label(platform)), True
    return fill(QCoreApplication.translate("PostsPage", "%1 / %2 %3 (%4)"), result.used, rule.limit, unit,
                platform_label(platform)), False

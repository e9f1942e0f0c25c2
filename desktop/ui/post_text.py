"""The wording for SNS posts shared by the drafting and the review screens: statuses, platforms,
accounts and one line per screening finding."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.domain.platforms import Platform
from desktop.domain.scopes import PostStatus
from desktop.domain.screening import Finding, Where
from desktop.services import posts as post_service
from desktop.services.rule_quotes import rule_quote
from desktop.ui.text import fill


def status_label(status: PostStatus) -> str:
    return QCoreApplication.translate("Scopes", status.label)


def platform_label(platform: Platform) -> str:
    return QCoreApplication.translate("Platforms", platform.label)


def account_label(account: post_service.AccountInfo) -> str:
    return fill(QCoreApplication.translate("PostsPage", "%1 (%2)"), account.name, platform_label(account.platform))


def finding_message(f: Finding) -> str:
    return fill(QCoreApplication.translate("Screening", f.message), *f.params)


def finding_text(f: Finding, links: Sequence[str] = (), media: Sequence[post_service.MediaEntry] = ()) -> str:
    """One line: severity, category, where, explanation and the guideline's words it rests on."""
    where = ""
    if f.where is Where.LINK and f.item is not None:
        where = fill(QCoreApplication.translate("PostsPage", "Link %1"), f.item + 1)
    elif f.where is Where.MEDIA and f.item is not None:
        label = media[f.item].label if f.item < len(media) else str(f.item + 1)
        where = fill(QCoreApplication.translate("PostsPage", "Photo or video: %1"), label)
    head = fill(
        QCoreApplication.translate("PostsPage", "[%1] %2"), QCoreApplication.translate("Screening", f.severity.label),
        QCoreApplication.translate("Screening", f.category.label)
    )
    if where:
        head = fill(QCoreApplication.translate("PostsPage", "%1 — %2"), head, where)
    quote = rule_quote(f)
    if not quote:
        return fill(QCoreApplication.translate("PostsPage", "%1: %2"), head, finding_message(f))
    return fill(
        QCoreApplication.translate("PostsPage", '%1: %2 The guideline says: "%3"'), head, finding_message(f), quote
    )

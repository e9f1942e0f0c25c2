"""SNS posts: accounts and scopes (managers), drafting and submission (staff), publication,
corrections and incidents. Rules P1-P6 of design.md; the rules themselves live in
:mod:`desktop.domain.screening`, :mod:`desktop.domain.scopes` and :mod:`desktop.domain.platforms`.

Every change writes exactly one audit entry with ids and counts only, never post text:
``account.create``/``account.change``, ``scope.grant``/``scope.change``/``scope.revoke``,
``post.edit`` (each saved version), ``post.submit`` (routed to review) or
``post.auto_approve`` (approved within a scope: the scope use), ``post.publish``,
``post.correct``, ``incident.record``/``incident.update``. Review decisions are in
:mod:`desktop.services.review`.
"""

from __future__ import annotations

from desktop.services.posts.accounts import (
    change_account,
    create_account,
    list_accounts,
)
from desktop.services.posts.drafts import (
    create_draft,
    edit_post,
    get_post,
    get_version,
    list_my_posts,
    list_posts,
    routing_for,
    scope_for,
    submit,
    summaries,
)
from desktop.services.posts.incidents import (
    list_incidents,
    record_incident,
    update_incident,
)
from desktop.services.posts.publication import (
    add_correction,
    record_publication,
)
from desktop.services.posts.rows import (
    finding_from_json,
    finding_to_json,
    local_day,
    local_today,
    post_row,
    post_summary,
)
from desktop.services.posts.scopes import (
    StaffMember,
    change_scope,
    grant_scope,
    grantable_users,
    list_scopes,
    revoke_scope,
    scopes_for_me,
)
from desktop.services.posts.screening import (
    Screener,
    get_screener,
    own_domains,
    public_contacts,
    set_public_contacts,
)
from desktop.services.posts.views import (
    CTX,
    MAX_EVIDENCE,
    MAX_LABEL,
    MAX_LINK_CHARS,
    MAX_LINKS,
    MAX_MEDIA,
    MAX_NOTE,
    MAX_TEXT,
    PUBLIC_CONTACTS_KEY,
    AccountInfo,
    CorrectionInfo,
    IncidentInfo,
    IncidentInput,
    IncidentKind,
    IncidentStatus,
    MediaEntry,
    PostDetail,
    PostDraft,
    PostSummary,
    ReviewInfo,
    ScopeInfo,
    ScopeInput,
    SubmitResult,
    VersionInfo,
)

__all__ = [
    "local_day",
    "post_row",
    "post_summary",
    "scope_for",
    "summaries",
    "summaries",
    "AccountInfo",
    "CTX",
    "CorrectionInfo",
    "IncidentInfo",
    "IncidentInput",
    "IncidentKind",
    "IncidentStatus",
    "MAX_EVIDENCE",
    "MAX_LABEL",
    "MAX_LINKS",
    "MAX_LINK_CHARS",
    "MAX_MEDIA",
    "MAX_NOTE",
    "MAX_TEXT",
    "MediaEntry",
    "PUBLIC_CONTACTS_KEY",
    "PostDetail",
    "PostDraft",
    "PostSummary",
    "ReviewInfo",
    "ScopeInfo",
    "ScopeInput",
    "Screener",
    "StaffMember",
    "SubmitResult",
    "VersionInfo",
    "add_correction",
    "change_account",
    "change_scope",
    "create_account",
    "create_draft",
    "edit_post",
    "finding_from_json",
    "finding_to_json",
    "get_post",
    "get_screener",
    "get_version",
    "grant_scope",
    "grantable_users",
    "list_accounts",
    "list_incidents",
    "list_my_posts",
    "list_posts",
    "list_scopes",
    "local_today",
    "own_domains",
    "public_contacts",
    "record_incident",
    "record_publication",
    "revoke_scope",
    "routing_for",
    "scopes_for_me",
    "set_public_contacts",
    "submit",
    "update_incident",
]

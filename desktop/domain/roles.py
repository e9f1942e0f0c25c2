"""Roles, actions and the one role × action table (design.md "Roles"; R17).

Roles are policy, not cryptography: any key-slot holder has the full database key. The table is
enforced in the service layer (``desktop.services.session.Session.require``), never only by
hiding buttons.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADVISOR = "advisor"
    MANAGER = "manager"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADVISOR: QT_TRANSLATE_NOOP("Roles", "Advisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


class Action(StrEnum):
    # everyone
    PHONE_ENTRY = "phone_entry"
    CONTACTS_VIEW = "contacts_view"
    LP_IMPORT = "lp_import"
    UNSUBSCRIBE = "unsubscribe"
    POST_COMPOSE = "post_compose"
    QUIZ_TAKE = "quiz_take"
    OWN_PASSWORD = "own_password"
    VIOLATION_REPORT = "violation_report"
    # managers
    POST_REVIEW = "post_review"
    SCOPES_MANAGE = "scopes_manage"
    ACCOUNTS_MANAGE = "accounts_manage"
    SCRIPTS_PUBLISH = "scripts_publish"
    WORDLISTS_MANAGE = "wordlists_manage"
    TRAINING_REPORT = "training_report"
    EXPORT = "export"
    # administrators (IT)
    USERS_MANAGE = "users_manage"
    SETTINGS_MANAGE = "settings_manage"
    BACKUP = "backup"
    RESTORE = "restore"
    REKEY = "rekey"
    RIGHTS_REQUESTS = "rights_requests"
    AUDIT_VIEW = "audit_view"
    AUDIT_VERIFY = "audit_verify"
    VIOLATION_MANAGE = "violation_manage"


_EVERYONE = {
    Action.PHONE_ENTRY,
    Action.CONTACTS_VIEW,
    Action.LP_IMPORT,
    Action.UNSUBSCRIBE,
    Action.POST_COMPOSE,
    Action.QUIZ_TAKE,
    Action.OWN_PASSWORD,
    Action.VIOLATION_REPORT,
}
_MANAGER = _EVERYONE | {
    Action.POST_REVIEW,
    Action.SCOPES_MANAGE,
    Action.ACCOUNTS_MANAGE,
    Action.SCRIPTS_PUBLISH,
    Action.WORDLISTS_MANAGE,
    Action.TRAINING_REPORT,
    Action.EXPORT,
}
# IT administers the office; post approval stays with department heads (P1), so not admin.
_ADMIN = _EVERYONE | {
    Action.TRAINING_REPORT,
    Action.EXPORT,
    Action.USERS_MANAGE,
    Action.SETTINGS_MANAGE,
    Action.BACKUP,
    Action.RESTORE,
    Action.REKEY,
    Action.RIGHTS_REQUESTS,
    Action.AUDIT_VIEW,
    Action.AUDIT_VERIFY,
    Action.VIOLATION_MANAGE,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADVISOR: frozenset(_EVERYONE),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}


APPOINTED_ACTIONS: frozenset[Action] = frozenset({Action.POST_REVIEW})
"""What a member of staff an administrator appoints as 担当責任者 for posts may do besides their role.

000 §2-4(1): a post needs the approval of "所属部署の責任者または任命された担当責任者" - the
department head (a manager) or an appointed responsible person. Only advisors are appointed: a
manager approves anyway, and IT administrators do not approve posts.
"""

POST_APPROVERS_KEY = "posts.approvers"
"""The setting that lists the uids of the staff appointed as responsible persons for posts."""


def may_be_appointed(role: Role | str) -> bool:
    """Whether a user of ``role`` can be appointed responsible person for posts (advisors only)."""
    return str(role) == Role.ADVISOR.value


def allowed(role: Role | str, action: Action, *, appointed: bool = False) -> bool:
    try:
        if action in PERMISSIONS[Role(role)]:
            return True
    except ValueError:
        return False
    return appointed and may_be_appointed(role) and action in APPOINTED_ACTIONS


def possible_approvers(
    staff: Iterable[tuple[str, Role | str, bool]], appointed: Collection[str], author_uid: str
) -> tuple[str, ...]:
    """The uids of those who may approve a post by ``author_uid``: active managers and appointed staff.

    ``staff`` is (uid, role, active) per user. Nobody approves their own post (P1), so the author is
    never among them; an empty result means the post has no one to approve it.
    """
    return tuple(
        uid
        for uid, role, active in staff
        if active and uid != author_uid and allowed(role, Action.POST_REVIEW, appointed=uid in appointed)
    )


class Area(StrEnum):
    """The navigation areas of the main window, in display order."""

    PHONE = "phone"
    CONTACTS = "contacts"
    UNSUBSCRIBE = "unsubscribe"
    POSTS = "posts"
    REVIEW = "review"
    EXPORT = "export"
    TRAINING = "training"
    ADMIN = "admin"


# The action that makes an area visible.
AREA_ACTION: dict[Area, Action] = {
    Area.PHONE: Action.PHONE_ENTRY,
    Area.CONTACTS: Action.CONTACTS_VIEW,
    Area.UNSUBSCRIBE: Action.UNSUBSCRIBE,
    Area.POSTS: Action.POST_COMPOSE,
    Area.REVIEW: Action.POST_REVIEW,
    Area.EXPORT: Action.EXPORT,
    Area.TRAINING: Action.QUIZ_TAKE,
    Area.ADMIN: Action.USERS_MANAGE,
}


def visible_areas(role: Role | str, *, appointed: bool = False) -> list[Area]:
    return [area for area in Area if allowed(role, AREA_ACTION[area], appointed=appointed)]

"""Posts: authorization scopes (了承の範囲): granted, changed, revoked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, UnknownRecord
from desktop.domain.roles import Action, Role
from desktop.domain.scopes import validate_scope
from desktop.services.errors import NotFound
from desktop.services.posts.rows import (
    local_today,
    scope_info,
)
from desktop.services.posts.views import (
    ScopeInfo,
    ScopeInput,
    invalid,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

# --------------------------------------------------------------------------- scopes


def list_scopes(session: Session) -> list[ScopeInfo]:
    """All scopes (managers see and manage them; staff see them to claim one)."""
    session.require(Action.POST_COMPOSE)
    return [scope_info(s) for s in posts_repo.list_scopes()]


def scopes_for_me(session: Session, account_id: int | None = None) -> list[ScopeInfo]:
    """Scopes the current user may claim today (granted, not revoked, valid, covering the account)."""
    today = local_today(session)
    return [
        s
        for s in list_scopes(session)
        if s.granted_to(session.user)
        and s.valid_on(today)
        and (account_id is None or account_id in s.account_ids)
    ]


@dataclass(frozen=True)
class StaffMember:
    uid: str
    display_name: str
    role: Role


def grantable_users(session: Session) -> list[StaffMember]:
    """Active staff a scope may be granted to (for the managers' scope form)."""
    session.require(Action.SCOPES_MANAGE)
    return [StaffMember(u.uid, u.display_name, Role(u.role)) for u in repo.list_users(include_inactive=False)]


def _scope_fields(data: ScopeInput) -> dict[str, Any]:
    """The stored fields of a scope that passes the domain's rules (:func:`validate_scope`)."""
    try:
        clean = validate_scope(
            data,
            account_exists=lambda account_id: posts_repo.get_account(account_id) is not None,
            user_active=_user_active,
        )
    except UnknownRecord:
        raise NotFound() from None
    return {
        "kind": clean.kind.value,
        "account_ids": list(clean.account_ids),
        "user_uids": list(clean.user_uids),
        "roles": list(clean.roles),
        "valid_from": clean.valid_from.isoformat() if clean.valid_from else None,
        "valid_to": clean.valid_to.isoformat() if clean.valid_to else None,
        "conditions": clean.conditions,
        "evidence_required": clean.evidence_required,
    }


def _user_active(uid: str) -> bool:
    row = repo.user_by_uid(uid)
    return row is not None and row.active


def grant_scope(session: Session, data: ScopeInput) -> ScopeInfo:
    session.require(Action.SCOPES_MANAGE)
    fields = _scope_fields(data)
    now = session.now().isoformat()
    with repo.atomic():
        row = posts_repo.insert_scope(**fields, created_by=session.user.uid, created_at=now)
        session.audit(
            "scope.grant",
            target=str(row.id),
            kind=row.kind,
            accounts=list(row.account_ids),
            users=list(row.user_uids),
            roles=list(row.roles),
            valid_from=row.valid_from,
            valid_to=row.valid_to,
        )
    return scope_info(row)


def change_scope(session: Session, scope_id: int, data: ScopeInput) -> ScopeInfo:
    session.require(Action.SCOPES_MANAGE, str(scope_id))
    old = posts_repo.get_scope(int(scope_id))
    if old is None:
        raise NotFound()
    if old.revoked:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "A revoked scope cannot be changed. Grant a new one."))
    fields = _scope_fields(data)
    before = {
        "kind": old.kind,
        "account_ids": list(old.account_ids),
        "user_uids": list(old.user_uids),
        "roles": list(old.roles),
        "valid_from": old.valid_from,
        "valid_to": old.valid_to,
        "conditions": old.conditions,
        "evidence_required": old.evidence_required,
    }
    changed = sorted(k for k in fields if fields[k] != before[k])
    if changed:
        with repo.atomic():
            posts_repo.update_scope(
                old.id,
                account_ids=fields["account_ids"],
                user_uids=fields["user_uids"],
                roles=fields["roles"],
                kind=fields["kind"],
                valid_from=fields["valid_from"],
                valid_to=fields["valid_to"],
                conditions=fields["conditions"],
                evidence_required=fields["evidence_required"],
                updated_at=session.now().isoformat(),
            )
            session.audit(
                "scope.change",
                target=str(old.id),
                fields=changed,
                accounts=fields["account_ids"],
                users=fields["user_uids"],
                roles=fields["roles"],
                valid_from=fields["valid_from"],
                valid_to=fields["valid_to"],
            )
    row = posts_repo.get_scope(old.id)
    assert row is not None
    return scope_info(row)


def revoke_scope(session: Session, scope_id: int) -> ScopeInfo:
    session.require(Action.SCOPES_MANAGE, str(scope_id))
    old = posts_repo.get_scope(int(scope_id))
    if old is None:
        raise NotFound()
    if not old.revoked:
        now = session.now().isoformat()
        with repo.atomic():
            posts_repo.update_scope(old.id, revoked=True, revoked_at=now, updated_at=now)
            session.audit("scope.revoke", target=str(old.id))
    row = posts_repo.get_scope(old.id)
    assert row is not None
    return scope_info(row)

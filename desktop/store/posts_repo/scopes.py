"""Scopes approved in advance: for which accounts, users and roles, when, on what conditions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.store.posts import PostScope, ScopeAccount, ScopeGrant
from desktop.store.posts_repo.rows import ScopeRow


def _scope(s: PostScope) -> ScopeRow:
    accounts = tuple(
        sorted(
            r.account_id for r in ScopeAccount.select(ScopeAccount.account).where(ScopeAccount.scope == s.id)
        )
    )
    grants = list(ScopeGrant.select().where(ScopeGrant.scope == s.id))
    users = tuple(sorted(g.user_uid for g in grants if g.user_uid))
    roles = tuple(sorted(g.role for g in grants if g.role))
    return ScopeRow(
        s.id,
        s.kind,
        accounts,
        users,
        roles,
        s.valid_from,
        s.valid_to,
        s.conditions,
        s.evidence_required,
        bool(s.revoked),
        s.revoked_at,
        s.created_by,
        s.created_at,
        s.updated_at,
    )


def _set_links(
    scope_id: int, account_ids: Iterable[int], user_uids: Iterable[str], roles: Iterable[str]
) -> None:
    ScopeAccount.delete().where(ScopeAccount.scope == scope_id).execute()
    ScopeGrant.delete().where(ScopeGrant.scope == scope_id).execute()
    for account_id in sorted(set(account_ids)):
        ScopeAccount.create(scope=scope_id, account=account_id)
    for uid in sorted(set(user_uids)):
        ScopeGrant.create(scope=scope_id, user_uid=uid)
    for role in sorted(set(roles)):
        ScopeGrant.create(scope=scope_id, role=role)


def insert_scope(
    *,
    kind: str,
    account_ids: Sequence[int],
    user_uids: Sequence[str],
    roles: Sequence[str],
    valid_from: str | None,
    valid_to: str | None,
    conditions: str,
    evidence_required: str,
    created_by: str,
    created_at: str,
) -> ScopeRow:
    s = PostScope.create(
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        conditions=conditions,
        evidence_required=evidence_required,
        created_by=created_by,
        created_at=created_at,
        updated_at=created_at,
    )
    _set_links(s.id, account_ids, user_uids, roles)
    return _scope(s)


def update_scope(
    scope_id: int,
    *,
    account_ids: Sequence[int] | None = None,
    user_uids: Sequence[str] | None = None,
    roles: Sequence[str] | None = None,
    **fields: Any,
) -> None:
    if fields:
        PostScope.update(**fields).where(PostScope.id == scope_id).execute()
    if account_ids is not None and user_uids is not None and roles is not None:
        _set_links(scope_id, account_ids, user_uids, roles)


def get_scope(scope_id: int) -> ScopeRow | None:
    s = PostScope.get_or_none(PostScope.id == scope_id)
    return None if s is None else _scope(s)


def list_scopes() -> list[ScopeRow]:
    return [_scope(s) for s in PostScope.select().order_by(PostScope.revoked, PostScope.id.desc())]

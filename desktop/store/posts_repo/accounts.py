"""SNS accounts posts are published to."""

from __future__ import annotations

from typing import Any

from desktop.store.posts import SnsAccount
from desktop.store.posts_repo.rows import AccountRow


def _account(a: SnsAccount) -> AccountRow:
    return AccountRow(a.id, a.platform, a.name, a.url, bool(a.active), a.created_at)


def insert_account(*, platform: str, name: str, url: str, created_at: str) -> AccountRow:
    return _account(SnsAccount.create(platform=platform, name=name, url=url, created_at=created_at))


def update_account(account_id: int, **fields: Any) -> None:
    SnsAccount.update(**fields).where(SnsAccount.id == account_id).execute()


def get_account(account_id: int) -> AccountRow | None:
    a = SnsAccount.get_or_none(SnsAccount.id == account_id)
    return None if a is None else _account(a)


def list_accounts(include_inactive: bool = True) -> list[AccountRow]:
    q = SnsAccount.select().order_by(SnsAccount.active.desc(), SnsAccount.id)
    if not include_inactive:
        q = q.where(SnsAccount.active == True)  # noqa: E712
    return [_account(a) for a in q]

"""Posts: the office's SNS accounts."""

from __future__ import annotations

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.platforms import Platform
from desktop.domain.roles import Action
from desktop.domain.scopes import is_web_address
from desktop.services.errors import NotFound
from desktop.services.posts.rows import (
    account_info,
)
from desktop.services.posts.views import (
    MAX_LABEL,
    AccountInfo,
    invalid,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

# --------------------------------------------------------------------------- accounts


def list_accounts(session: Session, *, include_inactive: bool = False) -> list[AccountInfo]:
    session.require(Action.POST_COMPOSE)
    return [account_info(a) for a in posts_repo.list_accounts(include_inactive)]


def _check_account_fields(platform: Platform | str, name: str, url: str) -> tuple[Platform, str, str]:
    try:
        platform = Platform(platform)
    except ValueError:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Choose the platform of the account.")) from None
    name = " ".join(name.split())
    if not name or len(name) > MAX_LABEL:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Enter the account name (at most %1 characters)."), MAX_LABEL)
    url = url.strip()
    if url and not is_web_address(url, need_scheme=True):
        raise invalid(
            QT_TRANSLATE_NOOP("Posts", "Enter the address of the account as https://…, or leave it empty.")
        )
    return platform, name, url


def create_account(session: Session, *, platform: Platform | str, name: str, url: str = "") -> AccountInfo:
    session.require(Action.ACCOUNTS_MANAGE)
    platform, name, url = _check_account_fields(platform, name, url)
    with repo.atomic():
        row = posts_repo.insert_account(
            platform=platform.value, name=name, url=url, created_at=session.now().isoformat()
        )
        session.audit("account.create", target=str(row.id), platform=platform.value)
    return account_info(row)


def change_account(
    session: Session,
    account_id: int,
    *,
    platform: Platform | str,
    name: str,
    url: str = "",
    active: bool = True,
) -> AccountInfo:
    session.require(Action.ACCOUNTS_MANAGE, str(account_id))
    old = posts_repo.get_account(int(account_id))
    if old is None:
        raise NotFound()
    platform, name, url = _check_account_fields(platform, name, url)
    changed = sorted(
        k
        for k, a, b in (
            ("platform", old.platform, platform.value),
            ("name", old.name, name),
            ("url", old.url, url),
            ("active", old.active, bool(active)),
        )
        if a != b
    )
    if changed:
        with repo.atomic():
            posts_repo.update_account(
                old.id, platform=platform.value, name=name, url=url, active=bool(active)
            )
            session.audit("account.change", target=str(old.id), fields=changed)
    row = posts_repo.get_account(old.id)
    assert row is not None
    return account_info(row)

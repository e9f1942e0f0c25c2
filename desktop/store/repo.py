"""Queries the services need for the foundation: settings and users. Return plain values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import peewee as pw

from desktop.store.compiled import Compiled, Param
from desktop.store.models import DB, Setting, User, upsert


@dataclass(frozen=True)
class UserRow:
    uid: str
    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    created_at: str
    deactivated_at: str | None


def _row(u: User) -> UserRow:
    return UserRow(u.uid, u.username, u.display_name, u.role, bool(u.active), bool(u.must_change_password),
                   u.created_at, u.deactivated_at)


def atomic() -> Any:
    """A transaction on the open office database (services use it so change + audit commit together)."""
    return DB.obj.atomic()  # the database's own atomic(): serialised across threads (store/db.py)


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else json.loads(row.value)


def get_settings(defaults: dict[str, Any]) -> dict[str, Any]:
    """Several settings in one statement: ``defaults`` names them, with the value to use for one not stored."""
    names = list(defaults)
    if not names:
        return {}
    stmt = _SETTINGS.get(len(names))
    if stmt is None:  # compiled once per number of names (store/compiled.py): every phone save reads some
        params = [Param(f"k{i}") for i in range(len(names))]
        stmt = _SETTINGS[len(names)] = Compiled(
            lambda: Setting.select(Setting.key, Setting.value).where(Setting.key.in_(params)))
    found = {k: json.loads(v) for k, v in stmt.all(**{f"k{i}": k for i, k in enumerate(names)})}
    return {k: found.get(k, d) for k, d in defaults.items()}


_SETTINGS: dict[int, Compiled] = {}


def set_setting(key: str, value: Any) -> None:
    upsert(Setting, Setting.key, key=key, value=json.dumps(value, ensure_ascii=False))


def insert_user(*, uid: str, username: str, display_name: str, role: str, must_change_password: bool,
                created_at: str) -> UserRow:
    try:
        user = User.create(uid=uid, username=username, display_name=display_name, role=role,
                           must_change_password=must_change_password, created_at=created_at)
    except pw.IntegrityError:
        raise KeyError("username") from None
    return _row(user)


def user_by_uid(uid: str) -> UserRow | None:
    u = User.get_or_none(User.uid == uid)
    return None if u is None else _row(u)


def user_by_username(username: str) -> UserRow | None:
    u = User.get_or_none(User.username == username)
    return None if u is None else _row(u)


def list_users(include_inactive: bool = True) -> list[UserRow]:
    q = User.select().order_by(User.active.desc(), User.username)
    if not include_inactive:
        q = q.where(User.active == True)  # noqa: E712
    return [_row(u) for u in q]


def update_user(uid: str, **fields: Any) -> None:
    User.update(**fields).where(User.uid == uid).execute()


def count_active_admins() -> int:
    return User.select().where((User.role == "admin") & (User.active == True)).count()  # noqa: E712

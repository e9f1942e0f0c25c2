"""The office keeps at least one active administrator (desktop.domain.accounts.check_admin_remains).

Rule (design.md "Roles"): "admin (IT): users and key slots, settings, backups and restore,
data-subject requests ..., audit verification" — only an administrator can do these, so no
change may leave the office without an active one.
"""

from __future__ import annotations

import pytest

from desktop.domain.accounts import check_admin_remains
from desktop.domain.errors import ValidationError
from desktop.domain.roles import Role


@pytest.mark.parametrize("new_role", [Role.MANAGER, Role.ADVISOR, None])  # None: deactivated
def test_the_last_active_administrator_stays(new_role: Role | None) -> None:
    with pytest.raises(ValidationError) as exc:
        check_admin_remains(Role.ADMIN, new_role, 1)
    assert (exc.value.context, exc.value.message) == (
        "Accounts", "The office needs at least one active administrator.")
    with pytest.raises(ValidationError):
        check_admin_remains("admin", new_role.value if new_role else None, 0)  # stored values work too


@pytest.mark.parametrize("new_role", [Role.MANAGER, Role.ADVISOR, None])
def test_an_administrator_may_go_when_another_remains(new_role: Role | None) -> None:
    check_admin_remains(Role.ADMIN, new_role, 2)


def test_an_administrator_staying_one_is_always_allowed() -> None:
    check_admin_remains(Role.ADMIN, Role.ADMIN, 1)
    check_admin_remains("admin", "admin", 0)


@pytest.mark.parametrize("current", [Role.MANAGER, Role.ADVISOR])
@pytest.mark.parametrize("new_role", [Role.ADMIN, Role.MANAGER, Role.ADVISOR, None])
def test_other_accounts_are_not_concerned(current: Role, new_role: Role | None) -> None:
    check_admin_remains(current, new_role, 1)
    check_admin_remains(current, new_role, 0)

"""The role x action table, user management, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.roles import PERMISSIONS, Action, Area, Role, allowed, visible_areas
from desktop.services import session as session_service
from desktop.services import users
from desktop.services.errors import LoginFailed, PermissionDenied
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_role_action_table(office: session_service.Session, data_dir: Path, clock: FakeClock, role: Role,
                           action: Action) -> None:
    if role is not Role.ADMIN:
        add_user(office, "person", role.value)
        office.logout()
        session = login(data_dir, "person", "blue whale orbit 42", clock)
    else:
        session = office
    try:
        before = len(entries())
        if allowed(role, action):
            session.require(action)
            assert len(entries()) == before
        else:
            with pytest.raises(PermissionDenied):
                session.require(action)
            last = entries()[-1]
            assert (last.action, last.result, last.details["action"]) == ("permission.denied", "denied",
                                                                             action.value)
            assert len(entries()) == before + 1
    finally:
        session.logout()


def test_table_is_what_design_says() -> None:
    assert Action.POST_REVIEW in PERMISSIONS[Role.MANAGER]
    assert Action.POST_REVIEW not in PERMISSIONS[Role.ADVISOR]
    assert Action.USERS_MANAGE in PERMISSIONS[Role.ADMIN]
    assert Action.USERS_MANAGE not in PERMISSIONS[Role.MANAGER]
    assert Action.EXPORT not in PERMISSIONS[Role.ADVISOR]


@pytest.mark.parametrize("role,areas", [
    (Role.ADVISOR, [Area.PHONE, Area.CONTACTS, Area.UNSUBSCRIBE, Area.POSTS, Area.TRAINING]),
    (Role.MANAGER, [Area.PHONE, Area.CONTACTS, Area.UNSUBSCRIBE, Area.POSTS, Area.REVIEW, Area.EXPORT,
                    Area.TRAINING]),
    (Role.ADMIN, [Area.PHONE, Area.CONTACTS, Area.UNSUBSCRIBE, Area.POSTS, Area.EXPORT, Area.TRAINING,
                  Area.ADMIN]),
])
def test_visible_areas_per_role(role: Role, areas: list[Area]) -> None:
    assert visible_areas(role) == areas


def test_advisor_cannot_manage_users_through_the_service(office: session_service.Session, data_dir: Path,
                                                         clock: FakeClock) -> None:
    add_user(office, "advisor1", "advisor")
    office.logout()
    session = login(data_dir, "advisor1", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            users.create_user(session, username="evil", display_name="Evil", role="admin",
                              initial_password="long enough password", confirm="long enough password")
        assert entries()[-1].action == "permission.denied"
    finally:
        session.logout()


def test_create_reset_role_deactivate_each_write_one_audit_entry(office: session_service.Session,
                                                                 data_dir: Path, clock: FakeClock) -> None:
    n = len(entries())
    info = users.create_user(office, username="Tanaka", display_name="田中 一郎", role="advisor",
                             initial_password="spring river 2026", confirm="spring river 2026")
    assert info.username == "tanaka" and info.must_change_password
    assert len(entries()) == n + 1 and entries()[-1].action == "user.create"
    users.reset_password(office, info.uid, new_password="autumn leaves 2026", confirm="autumn leaves 2026")
    assert entries()[-1].action == "user.password_reset"
    users.change_role(office, info.uid, "manager")
    assert entries()[-1].action == "user.role_change"
    users.deactivate_user(office, info.uid)  # deactivation, then the default rekey (its own entry)
    assert [e.action for e in entries()[-2:]] == ["user.deactivate", "key.rekey"]
    assert len(entries()) == n + 5
    listed = {u.username: u for u in users.list_users(office)}
    assert not listed["tanaka"].active  # history kept
    office.logout()
    with pytest.raises(LoginFailed):
        login(data_dir, "tanaka", "autumn leaves 2026", clock)


def test_last_admin_and_self_are_protected(office: session_service.Session) -> None:
    with pytest.raises(ValidationError):
        users.deactivate_user(office, office.user.uid)
    with pytest.raises(ValidationError):
        users.change_role(office, office.user.uid, "advisor")


def test_change_own_password_needs_the_current_one(office: session_service.Session, data_dir: Path,
                                                   clock: FakeClock) -> None:
    with pytest.raises(LoginFailed):
        users.change_own_password(office, current="wrong", new_password="new long password x",
                                  confirm="new long password x")
    assert entries()[-1].result == "failed"
    users.change_own_password(office, current=ADMIN_PASSWORD, new_password="new long password x",
                              confirm="new long password x")
    office.logout()
    login(data_dir, "admin", "new long password x", clock).logout()


BAD_USERNAMES = ["", "   ", "a" * 10_000, "bad\0name", "😀smile", "\u202eadmin", "a", "with space"]
BAD_PASSWORDS = ["", "        ", "short", "x" * 10_000, "pass\0word1234", "password", "12345678"]


@pytest.mark.parametrize("username", BAD_USERNAMES)
def test_bad_usernames_are_refused_with_a_message(office: session_service.Session, username: str) -> None:
    n = len(entries())
    with pytest.raises(ValidationError) as err:
        users.create_user(office, username=username, display_name="X", role="advisor",
                          initial_password="good long password", confirm="good long password")
    assert err.value.message
    assert len(entries()) == n
    assert len(office.office.slots.slots) == 2


@pytest.mark.parametrize("password", BAD_PASSWORDS)
def test_bad_passwords_are_refused_with_a_message(office: session_service.Session, password: str) -> None:
    with pytest.raises(ValidationError) as err:
        users.create_user(office, username="valid", display_name="X", role="advisor",
                          initial_password=password, confirm=password)
    assert err.value.message
    assert "valid" not in [u.username for u in users.list_users(office)]


def test_emoji_and_rtl_passwords_are_allowed_when_long(office: session_service.Session, data_dir: Path,
                                                       clock: FakeClock) -> None:
    pw = "🌸桜の季節🌸\u05e9\u05dc\u05d5\u05dd-long"
    add_user(office, "emoji", "advisor", pw)
    office.logout()
    login(data_dir, "emoji", pw, clock).logout()


def test_80_character_password_round_trips(office: session_service.Session, data_dir: Path,
                                           clock: FakeClock) -> None:
    pw = "the quick brown fox jumps over the lazy dog while the office cat sleeps soundly"
    assert len(pw) >= 79
    add_user(office, "longpw", "advisor", pw)
    office.logout()
    login(data_dir, "longpw", pw, clock).logout()

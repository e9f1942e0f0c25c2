"""No dead ends: approvers are managers or staff an admin appoints as 担当責任者 for posts (000 §2-4(1));
a post with no possible approver says so, and the admin sees how to appoint one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.platforms import Platform
from desktop.domain.roles import Action, Area, visible_areas
from desktop.domain.scopes import PostStatus
from desktop.services import posts, review, users
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login

PASSWORD = "blue whale orbit 42"
CHECKLIST = {"prohibited": True, "confidential": True, "media": True, "attribution": True}


class Env:
    """An office with one manager and two advisors; one session open at a time."""

    def __init__(self, admin: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
        self.data_dir, self.clock, self.session = data_dir, clock, admin
        self.uids = {name: add_user(admin, name, role).uid
                     for name, role in (("manager", "manager"), ("advisor", "advisor"), ("advisor2", "advisor"))}
        self.uids["admin"] = admin.user.uid
        m = self.switch("manager")
        self.x = posts.create_account(m, platform=Platform.X, name="X", url="https://x.com/coop")

    def switch(self, name: str) -> session_service.Session:
        if self.session.user.username != name:
            self.session.logout()
            self.session = login(self.data_dir, name, ADMIN_PASSWORD if name == "admin" else PASSWORD, self.clock)
        return self.session

    def post(self, author: str, text: str = "鍋レシピの紹介です。") -> posts.PostDetail:
        s = self.switch(author)
        p = posts.create_draft(s, posts.PostDraft(self.x.id, text))
        return posts.submit(s, p.id, self_check_confirmed=True).post


@pytest.fixture
def env(office: session_service.Session, data_dir: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    e = Env(office, data_dir, clock)
    yield e
    e.session.logout()


def test_a_one_manager_office_tells_the_manager_and_the_admin(env: Env) -> None:
    own = env.post("manager")
    assert own.status is PostStatus.IN_REVIEW and own.no_approver  # nobody else can approve it
    assert not env.post("advisor").no_approver  # the manager can
    check = users.approver_check(env.switch("admin"))
    assert (check.managers, check.appointed, check.dead_end) == (1, 0, True)


def test_an_appointed_advisor_approves_others_posts_but_not_their_own(env: Env) -> None:
    pid = env.post("manager").id
    own = env.post("advisor").id
    a = env.switch("advisor")
    assert not a.can(Action.POST_REVIEW)
    with pytest.raises(PermissionDenied):
        review.queue(a)
    admin = env.switch("admin")
    users.set_post_approver(admin, env.uids["advisor"], True)
    e = entries()[-1]
    assert (e.action, e.target, e.details["appointed"]) == ("user.post_approver", env.uids["advisor"], True)
    listed = {u.uid: u.post_approver for u in users.list_users(admin)}
    assert listed[env.uids["advisor"]] and not listed[env.uids["advisor2"]]
    assert not users.approver_check(admin).dead_end
    assert not posts.get_post(env.switch("manager"), pid).no_approver  # the manager's post now has an approver
    a = env.switch("advisor")
    assert a.can(Action.POST_REVIEW) and not a.can(Action.SCOPES_MANAGE)
    assert Area.REVIEW in visible_areas(a.user.role, appointed=a.appointed_for(Action.POST_REVIEW))
    assert {item.post_id for item in review.queue(a)} >= {pid, own}
    review.decide(a, pid, version_no=1, decision="approve", checklist=CHECKLIST)
    assert posts.get_post(a, pid).status is PostStatus.APPROVED
    with pytest.raises(review.OwnPost):
        review.decide(a, own, version_no=1, decision="approve", checklist=CHECKLIST)
    # the appointment ends: the advisor no longer reviews
    users.set_post_approver(env.switch("admin"), env.uids["advisor"], False)
    a = env.switch("advisor")
    with pytest.raises(PermissionDenied):
        review.queue(a)
    assert entries()[-1].action == "permission.denied"


@pytest.mark.parametrize("who", ["manager", "admin"])
def test_only_active_advisors_are_appointed(env: Env, who: str) -> None:
    admin = env.switch("admin")
    before = len(entries())
    with pytest.raises(ValidationError, match="Only an active advisor"):
        users.set_post_approver(admin, env.uids[who], True)
    users.deactivate_user(admin, env.uids["advisor2"], rekey=False)
    with pytest.raises(ValidationError, match="Only an active advisor"):
        users.set_post_approver(admin, env.uids["advisor2"], True)
    assert [e.action for e in entries()[before:]] == ["user.deactivate"]


def test_only_an_admin_appoints(env: Env) -> None:
    for name in ("manager", "advisor"):
        with pytest.raises(PermissionDenied):
            users.set_post_approver(env.switch(name), env.uids["advisor"], True)


def test_an_office_without_managers_tells_the_author(env: Env) -> None:
    admin = env.switch("admin")
    users.change_role(admin, env.uids["manager"], "advisor")
    assert env.post("advisor").no_approver
    assert users.approver_check(env.switch("admin")).total == 0

"""No dead ends on screen: the admin appoints a responsible person for posts on the users page; the author of
a post nobody else can approve is told; every hint names a page the reader can open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.platforms import Platform
from desktop.services import posts
from desktop.services import session as session_service
from desktop.ui import pages
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.posts import PostsPage
from desktop.ui.pages.users import UsersPage
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login

pytestmark = pytest.mark.gui
PASSWORD = "blue whale orbit 42"


def _show(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.refresh()
    return widget


def test_a_fresh_office_sends_each_role_to_a_page_it_can_open(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                             data_dir: Path, clock: FakeClock) -> None:
    add_user(office, "manager", "manager")
    add_user(office, "advisor", "advisor")
    page = _show(qtbot, PostsPage(office))  # the admin: cannot open Approval → Accounts
    assert "Administration → Users" in page.banner.text() and "a page managers have" in page.banner.text()
    office.logout()
    m = login(data_dir, "manager", PASSWORD, clock)
    assert "Add the office's accounts under Approval → Accounts." in _show(qtbot, PostsPage(m)).banner.text()
    m.logout()
    a = login(data_dir, "advisor", PASSWORD, clock)
    text = _show(qtbot, PostsPage(a)).banner.text()
    assert "Ask a manager" in text and "→" not in text
    a.logout()


def test_the_admin_appoints_a_responsible_person_and_the_author_is_told_until_then(  # type: ignore[no-untyped-def]
        qtbot, office: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
    add_user(office, "manager", "manager")
    add_user(office, "advisor", "advisor")
    office.logout()
    m = login(data_dir, "manager", PASSWORD, clock)
    x = posts.create_account(m, platform=Platform.X, name="X", url="https://x.com/coop")
    p = posts.create_draft(m, posts.PostDraft(x.id, "鍋レシピの紹介です。"))
    posts.submit(m, p.id, self_check_confirmed=True)
    page = _show(qtbot, PostsPage(m))
    page.open_post(p.id)
    assert "No one else can approve this post yet" in page.banner.text()
    m.logout()
    admin = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    users_page = _show(qtbot, UsersPage(admin))
    assert users_page.approvers_note.isVisibleTo(users_page)
    assert "1 manager(s) and 0 appointed" in users_page.approvers_note.text()
    row = next(r for r, u in enumerate(users_page.model.rows) if u.username == "advisor")
    users_page.table.selectRow(row)
    qtbot.mouseClick(users_page.approver_button, Qt.MouseButton.LeftButton)
    assert users_page.model.data(users_page.model.index(row, 4)) == "Yes (appointed)"
    assert not users_page.approvers_note.isVisibleTo(users_page)
    admin.logout()
    a = login(data_dir, "advisor", PASSWORD, clock)
    window = MainWindow(a, language="en", page_factories=pages.factories())
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Approval" in titles  # the appointed advisor has the review area: the queue and the post lists only
    review_page = next(w for area, w in window.pages.items() if area.value == "review")
    tabs = [review_page.tabText(i) for i in range(review_page.count())]  # type: ignore[attr-defined]
    assert tabs == ["Waiting for approval", "All posts", "Posted within a scope"]
    a.logout()
    m = login(data_dir, "manager", PASSWORD, clock)
    page = _show(qtbot, PostsPage(m))
    page.open_post(p.id)
    assert "appointed responsible person will review it" in page.banner.text()
    m.logout()

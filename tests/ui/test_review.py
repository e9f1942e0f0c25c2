"""承認 page: the queue, a review with findings and the scope check, decisions, self-approval refused,
edit after approval with a diff, and the management tabs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.platforms import Platform
from desktop.domain.scopes import Decision, PostStatus, ScopeKind
from desktop.services import posts
from desktop.services import session as session_service
from desktop.store.audit import entries
from desktop.ui.pages.review import ReviewPage
from tests.conftest import FakeClock, add_user, login
from tests.services.posts_helpers import SUBMIT_NOTES

pytestmark = pytest.mark.gui

PASSWORD = "blue whale orbit 42"


class Env:
    def __init__(self, admin: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
        self.data_dir, self.clock = data_dir, clock
        for name, role in (("manager", "manager"), ("manager2", "manager"), ("advisor", "advisor")):
            add_user(admin, name, role)
        admin.logout()
        self.session = login(data_dir, "manager", PASSWORD, clock)
        self.x = posts.create_account(
            self.session, platform=Platform.X, name="X main", url="https://x.com/coop"
        )
        posts.create_account(
            self.session, platform=Platform.HOMEPAGE, name="Home", url="https://coop.example.jp/"
        )
        today = posts.local_today(self.session)
        self.scope = posts.grant_scope(
            self.session,
            posts.ScopeInput(
                ScopeKind.EVENT_FACTS,
                [self.x.id],
                roles=["advisor"],
                valid_from=today - timedelta(days=1),
                valid_to=today + timedelta(days=9),
                conditions="event facts only",
            ),
        )
        self.event = posts.add_record(self.session, posts.RecordInput(posts.RecordKind.EVENT, "味噌教室", today))

    def switch(self, name: str) -> session_service.Session:
        self.session.logout()
        self.session = login(self.data_dir, name, PASSWORD, self.clock)
        return self.session

    def submit(self, text: str, **kw) -> int:  # type: ignore[no-untyped-def]
        p = posts.create_draft(self.session, posts.PostDraft(self.x.id, text, **kw))
        return posts.submit(self.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES).post.id


@pytest.fixture
def env(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Env]:
    e = Env(office, data_dir, clock)
    yield e
    e.session.logout()


def _page(qtbot, session: session_service.Session) -> ReviewPage:  # type: ignore[no-untyped-def]
    page = ReviewPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    return page


def test_review_with_findings_and_decisions(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    env.switch("advisor")
    first = env.submit("鍋レシピの紹介です。")
    env.clock.advance(hours=2)
    second = env.submit(
        "本日の教室は 20 名でした。田中さん 090-1234-5678 https://other.example.com",
        claimed_scope_id=env.scope.id,
        evidence="",
    )
    env.clock.advance(minutes=15)
    session = env.switch("manager")
    page = _page(qtbot, session)
    q = page.queue
    assert q.model.rowCount() == 2
    assert q.model.data(q.model.index(0, 0)) == "2 h 15 min"
    assert q.model.data(q.model.index(1, 0)) == "15 min"
    q.table.selectRow(1)
    assert q.view is not None and q.view.detail.id == second
    assert "#ffcdd2" in q.text_view.toHtml().lower()  # the phone number is highlighted in red
    texts = q.findings.texts()
    assert any("Phone number" in t for t in texts) and any("outside site" in t for t in texts)
    scope_text = q.scope_check.text()
    assert scope_text.count("✓") == 5 and scope_text.count("✗") == 1
    assert "evidence the scope requires is missing" in scope_text
    # the author's written override of the self-check (the phone number is a HIGH finding) is shown
    assert "explanation against the self-check" in q.reasons.text()
    assert SUBMIT_NOTES["override"] in q.reasons.text() and "serious issue" in q.reasons.text()
    assert not q.approve_button.isEnabled()
    # request changes without a reason: refused with a clear message
    qtbot.mouseClick(q.changes_button, Qt.MouseButton.LeftButton)
    assert "Give a reason" in q.message.text()
    q.reason.insertPlainText("電話番号を消してください")
    qtbot.mouseClick(q.changes_button, Qt.MouseButton.LeftButton)
    assert "Changes requested" in q.message.text()
    assert posts.get_post(session, second).status is PostStatus.CHANGES_REQUESTED
    assert q.model.rowCount() == 1
    q.table.selectRow(0)
    assert q.view is not None and q.view.detail.id == first
    for check in q.checks.values():
        check.setChecked(True)
    assert q.approve_button.isEnabled()
    qtbot.mouseClick(q.approve_button, Qt.MouseButton.LeftButton)
    assert posts.get_post(session, first).status is PostStatus.APPROVED
    assert q.model.rowCount() == 0 and "Choose a post" in q.header.text()


def test_self_approval_is_refused_in_the_ui(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    pid = env.submit("部長からのお知らせです。")
    page = _page(qtbot, env.session)
    q = page.queue
    q.table.selectRow(0)
    assert q.own_banner.isVisibleTo(page)
    for check in q.checks.values():
        check.setChecked(True)
    assert not q.approve_button.isEnabled() and not q.reject_button.isEnabled()
    assert "(you)" in q.model.data(q.model.index(0, 2))
    q.decide(Decision.APPROVE)  # even if triggered, the service refuses and audits it
    assert "your own post" in q.message.text()
    assert entries()[-1].result == "denied"
    assert posts.get_post(env.session, pid).status is PostStatus.IN_REVIEW


def test_edit_after_approval_is_back_with_a_diff(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    env.switch("advisor")
    pid = env.submit("6月1日に相談会を開きます。")
    env.switch("manager2")
    from desktop.services import review

    review.decide(
        env.session,
        pid,
        version_no=1,
        decision="approve",
        checklist={"prohibited": True, "confidential": True, "media": True, "attribution": True},
    )
    env.switch("advisor")
    posts.edit_post(
        env.session, pid, posts.PostDraft(env.x.id, "6月8日に相談会を開きます。"), self_check_confirmed=True
    )
    session = env.switch("manager")
    page = _page(qtbot, session)
    q = page.queue
    assert "(edited)" in q.model.data(q.model.index(0, 3))
    q.table.selectRow(0)
    assert q.diff_box.isVisibleTo(page)
    assert "version 1" in q.diff_box.title()
    html = q.diff_view.toHtml()
    assert "line-through" in html and "underline" in html
    assert "Version 1: Approved by manager2" in q.history.text()


def test_management_tabs(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, env.session)
    # accounts
    page.setCurrentWidget(page.accounts)
    a = page.accounts
    assert a.model.rowCount() == 2
    qtbot.keyClicks(a.name, "Blog")
    a.platform.setCurrentIndex(a.platform.findData("blog"))
    qtbot.keyClicks(a.url, "not a url")
    qtbot.mouseClick(a.add_button, Qt.MouseButton.LeftButton)
    assert "https://" in a.message.text() and a.model.rowCount() == 2
    a.url.clear()
    qtbot.mouseClick(a.add_button, Qt.MouseButton.LeftButton)
    assert a.model.rowCount() == 3
    # scopes: grant, change, revoke
    page.setCurrentWidget(page.scopes)
    s = page.scopes
    assert s.model.rowCount() == 1
    qtbot.mouseClick(s.grant_button, Qt.MouseButton.LeftButton)
    assert "at least one account" in s.message.text()
    s.account_list.item(0).setCheckState(Qt.CheckState.Checked)
    s.role_checks["advisor"].setChecked(True)
    s.kind.setCurrentIndex(s.kind.findData("d"))
    qtbot.mouseClick(s.grant_button, Qt.MouseButton.LeftButton)
    assert s.model.rowCount() == 2 and "granted" in s.message.text()
    s.table.selectRow(0)
    qtbot.mouseClick(s.revoke_button, Qt.MouseButton.LeftButton)
    assert "revoked" in s.message.text()
    assert [e.action for e in entries()[-3:]] == ["account.create", "scope.grant", "scope.revoke"]
    # word lists
    page.setCurrentWidget(page.word_lists)
    w = page.word_lists
    w.categories.setCurrentRow(0)
    w.words.setPlainText("")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert "at least one" in w.message.text()
    w.words.setPlainText("ばかばかしい\n")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert "(changed)" in w.categories.item(0).text()
    qtbot.mouseClick(w.reset_button, Qt.MouseButton.LeftButton)
    assert "(changed)" not in w.categories.item(0).text()
    # incidents
    page.setCurrentWidget(page.incidents)
    i = page.incidents
    qtbot.mouseClick(i.record_button, Qt.MouseButton.LeftButton)
    assert "Describe" in i.message.text()
    i.kind.setCurrentIndex(i.kind.findData("impersonation"))
    i.description.insertPlainText("偽アカウント")
    i.has_takedown.setChecked(True)
    qtbot.mouseClick(i.record_button, Qt.MouseButton.LeftButton)
    assert i.model.rowCount() == 1
    i.table.selectRow(0)
    i.status.setCurrentIndex(i.status.findData("closed"))
    i.outcome.insertPlainText("削除された")
    qtbot.mouseClick(i.update_button, Qt.MouseButton.LeftButton)
    assert "updated" in i.message.text()
    # lock clears every tab
    page.clear()
    assert page.queue.model.rowCount() == 0 and i.model.rowCount() == 0 and s.model.rowCount() == 0


def test_managers_see_posts_within_a_scope_with_why_approval_was_not_obtained(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    env.switch("advisor")
    pid = env.submit("本日の教室は 20 名の参加でした。", claimed_scope_id=env.scope.id, evidence_record_id=env.event.id)
    assert posts.get_post(env.session, pid).status is PostStatus.APPROVED_IN_SCOPE
    env.submit("鍋レシピの紹介です。")  # for review: not listed
    page = _page(qtbot, env.switch("manager"))
    page.setCurrentWidget(page.in_scope)
    t = page.in_scope
    assert page.tabText(page.indexOf(t)) == "Posted within a scope"
    assert t.model.rowCount() == 1
    row = [t.model.data(t.model.index(0, c)) for c in range(t.model.columnCount())]
    assert row[1].startswith("advisor") and "教室" in row[3] and row[4] == f"Scope {env.scope.id}"
    assert "absent and cannot be reached" in row[5] and SUBMIT_NOTES["no_approval_note"] in row[5]
    page.clear()
    assert t.model.rowCount() == 0


def test_managers_keep_the_evidence_records_on_their_tab(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, env.session)
    page.setCurrentWidget(page.records)
    t = page.records
    assert page.tabText(page.indexOf(t)) == "Evidence records"
    t.kind.setCurrentIndex(t.kind.findData("event"))
    t.dated.setChecked(False)
    t.title.setText("味噌づくり教室")
    qtbot.mouseClick(t.add_button, Qt.MouseButton.LeftButton)
    assert "date of the event" in t.message.text() and t.model.rowCount() == 1
    t.dated.setChecked(True)
    qtbot.mouseClick(t.add_button, Qt.MouseButton.LeftButton)
    assert "added" in t.message.text() and t.model.rowCount() == 2  # with the one the set-up added
    assert entries()[-1].action == "evidence.add"
    t.kind.setCurrentIndex(t.kind.findData("page"))
    t.title.setText("お知らせ")
    t.url.setText("https://elsewhere.example.com/news")
    qtbot.mouseClick(t.add_button, Qt.MouseButton.LeftButton)
    assert "own site" in t.message.text() and t.model.rowCount() == 2
    t.table.selectRow(0)
    qtbot.mouseClick(t.retire_button, Qt.MouseButton.LeftButton)
    assert "retired" in t.message.text()
    assert entries()[-1].action == "evidence.retire"
    assert [t.model.data(t.model.index(r, 4)) for r in range(t.model.rowCount())].count("Retired") == 1

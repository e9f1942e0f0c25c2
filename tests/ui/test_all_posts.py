"""承認 → すべての投稿 (a calendar of every post for reviewers) and 投稿 → 複製して新しい下書きに."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain import office_time
from desktop.domain.scopes import REVIEW_CHECKLIST, Decision, PostStatus
from desktop.services import posts, review
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from desktop.store.audit import entries
from desktop.ui.pages.posts import PostsPage
from desktop.ui.pages.review import ReviewPage
from tests.conftest import FakeClock
from tests.ui.test_review import Env

pytestmark = pytest.mark.gui

DATE_TIME = re.compile(r"^\d{4}/\d{2}/\d{2} \d{2}:\d{2}$")


@pytest.fixture
def env(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Env]:
    e = Env(office, data_dir, clock)
    yield e
    e.session.logout()


def _decide(env: Env, post_id: int, decision: Decision, reason: str = "") -> None:
    detail = posts.get_post(env.session, post_id)
    review.decide(env.session, post_id, version_no=detail.version.number, decision=decision, reason=reason,
                  checklist={item.key: True for item in REVIEW_CHECKLIST} if decision is Decision.APPROVE else None)


def _posts_on(env: Env) -> dict[str, int]:
    env.switch("advisor")
    ids = {"waiting": env.submit("来週の味噌教室のお知らせです。")}
    ids["approved"] = env.submit("今月の配達日のご案内です。")
    ids["rejected"] = env.submit("値下げのお知らせです。")
    ids["draft"] = posts.create_draft(env.session, posts.PostDraft(env.x.id, "下書きです。")).id
    env.switch("manager")
    _decide(env, ids["approved"], Decision.APPROVE)
    _decide(env, ids["rejected"], Decision.REJECT, "内容が古いため")
    return ids


def test_all_posts_calendar_marks_days_lists_filters_and_opens_a_waiting_post(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    ids = _posts_on(env)
    # one post published three days ago: its day is marked and it is listed there, not today
    env.switch("advisor")
    old = env.submit("先週の教室の様子です。")
    env.switch("manager")
    _decide(env, old, Decision.APPROVE)
    three_days_ago = office_time.to_office(env.clock.now - timedelta(days=3))  # as typed: office time
    posts.record_publication(env.session, old, url="https://x.com/coop/status/1", published_at=three_days_ago)

    page = ReviewPage(env.session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    tab = page.all_posts
    page.setCurrentWidget(tab)
    loaded = lambda: qtbot.waitUntil(lambda: not tab.loading())  # noqa: E731 - read in a worker
    loaded()
    today = posts.local_today(env.session)
    assert tab.calendar.selectedDate() == QDate(today.year, today.month, today.day)
    shown = {p.id for p in tab.model.rows}
    assert shown == set(ids.values())  # the old published post sits on its own day
    assert tab.marks[today] == {posts.DayMark.WAITING, posts.DayMark.SCHEDULED}
    published_day = posts.local_day(three_days_ago.isoformat())
    assert tab.marks[published_day] == {posts.DayMark.PUBLISHED}
    assert tab.calendar.dateTextFormat(QDate(today.year, today.month, today.day)).fontWeight() == 700
    # the columns: date in the one format, status, account, the author's display name
    row = [p.id for p in tab.model.rows].index(ids["rejected"])
    cells = [tab.model.data(tab.model.index(row, c)) for c in range(5)]
    assert DATE_TIME.match(cells[0]) and cells[1] == "Rejected" and cells[2] == "X main" and cells[3] == "advisor さん"
    # filters: by status, by account
    tab.status.setCurrentIndex(tab.status.findData(PostStatus.REJECTED.value))
    loaded()
    assert [p.id for p in tab.model.rows] == [ids["rejected"]]
    tab.status.setCurrentIndex(0)
    loaded()
    tab.account.setCurrentIndex(tab.account.findText("Home", Qt.MatchFlag.MatchStartsWith))
    loaded()
    assert tab.model.rows == [] and tab.marks == {}
    tab.account.setCurrentIndex(0)
    loaded()
    # the day of the publication, then the whole month of it
    tab.calendar.setSelectedDate(QDate(published_day.year, published_day.month, published_day.day))
    loaded()
    assert [p.id for p in tab.model.rows] == [old]
    assert published_day.strftime("%Y/%m/%d") in tab.title.text()
    tab.whole_month.setChecked(True)
    loaded()
    in_month = {i for i, day in ((i, today) for i in ids.values()) if day.month == published_day.month}
    assert {p.id for p in tab.model.rows} == in_month | {old}
    tab.whole_month.setChecked(False)
    # a waiting post opens in the review; others do not
    tab.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
    loaded()
    tab.table.selectRow([p.id for p in tab.model.rows].index(ids["approved"]))
    assert not tab.open_button.isEnabled()
    tab.table.selectRow([p.id for p in tab.model.rows].index(ids["waiting"]))
    assert tab.open_button.isEnabled()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.queue
    assert page.queue.view is not None and page.queue.view.detail.id == ids["waiting"]
    # accessible names on the new inputs
    for widget in (tab.calendar, tab.status, tab.account, tab.table):
        assert widget.accessibleName()


def test_all_posts_is_for_reviewers_only(env: Env) -> None:
    session = env.switch("advisor")
    today = posts.local_today(session)
    with pytest.raises(PermissionDenied):
        posts.posts_in_period(session, today, today)
    with pytest.raises(PermissionDenied):
        posts.day_marks(session, today, today)


def test_all_posts_in_time_order_in_keyset_pages(env: Env) -> None:
    env.switch("advisor")
    made = [posts.create_draft(env.session, posts.PostDraft(env.x.id, f"下書き {i}")).id for i in range(5)]
    session = env.switch("manager")
    today = posts.local_today(session)
    env.clock.advance(minutes=5)
    session = env.switch("advisor")
    posts.edit_post(session, made[0], posts.PostDraft(env.x.id, "下書き 0 (直した)"))  # now the latest
    session = env.switch("manager")
    first = posts.posts_in_period(session, today, today, limit=3)
    rest = posts.posts_in_period(session, today, today, limit=3, after=posts.cursor(first[-1]))
    assert [p.id for p in first + rest] == [*made[1:], made[0]]  # in time order, ties by id


def test_copy_a_rejected_post_into_a_new_draft(qtbot, env: Env) -> None:  # type: ignore[no-untyped-def]
    ids = _posts_on(env)
    session = env.switch("advisor")
    page = PostsPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    rows = [p.id for p in page.model.rows]
    page.table.selectRow(rows.index(ids["waiting"]))
    assert not page.copy_button.isEnabled()  # only rejected or sent-back posts
    page.table.selectRow(rows.index(ids["rejected"]))
    assert page.copy_button.isEnabled() and page.copy_button.accessibleName()
    before = len(entries())
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.post is not None and page.post.id not in ids.values()
    copy = posts.get_post(session, page.post.id)
    assert copy.status is PostStatus.DRAFT and copy.version.text == "値下げのお知らせです。"
    assert copy.post.account_id == env.x.id and copy.reviews == ()  # no review history
    assert page.text.toPlainText() == "値下げのお知らせです。"
    assert "new draft" in page.message.text()
    new = entries()[before:]
    assert [(e.action, e.target, e.details.get("source")) for e in new] == [("post.copy", str(copy.id), ids["rejected"])]
    assert posts.get_post(session, ids["rejected"]).status is PostStatus.REJECTED  # the original is untouched
    assert page.model.rows[0].id == copy.id


def test_copy_a_sent_back_post_and_refuse_others(env: Env) -> None:
    env.switch("advisor")
    sent_back = env.submit("お店の営業時間のご案内です。", claimed_scope_id=env.scope.id, evidence="味噌教室")
    waiting = env.submit("別のお知らせです。")
    env.switch("manager")
    _decide(env, sent_back, Decision.REQUEST_CHANGES, "時間を確認してください")
    session = env.switch("advisor")
    copy = posts.copy_post(session, sent_back)
    assert copy.version.claimed_scope_id == env.scope.id and copy.version.evidence == "味噌教室"
    with pytest.raises(Exception, match="rejected post"):
        posts.copy_post(session, waiting)
    env.switch("manager2")  # a reviewer may read it, so may start a draft from it
    other = posts.copy_post(env.session, sent_back)
    assert other.post.author_uid == env.session.user.uid

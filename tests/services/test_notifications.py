"""お知らせ: authors told of decisions, approvers of posts that waited too long, escalation past a second
threshold, read state per user, settings checked and audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain import notifications as rules
from desktop.domain.business_days import add_business_days
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import office_date
from desktop.domain.scopes import REVIEW_CHECKLIST, PostStatus
from desktop.services import notifications, posts, review
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from desktop.store.audit import entries
from tests.conftest import FakeClock
from tests.services.posts_helpers import SUBMIT_NOTES, Office

ALL_TICKED = {item.key: True for item in REVIEW_CHECKLIST}


@pytest.fixture
def o(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Office]:
    env = Office(office, data_dir, clock)
    yield env
    env.close()


def _in_review(o: Office, text: str) -> int:
    o.switch("advisor")
    p = o.draft(text)
    r = posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    assert r.post.status is PostStatus.IN_REVIEW
    return p.id


def _to_business_days(o: Office, n: int) -> None:
    """Move the clock by whole days to the n-th business day after today."""
    today = office_date(o.clock.now)
    target = add_business_days(today, n)
    o.clock.advance(days=(target - today).days)


def test_author_told_of_approval_and_send_back(o: Office) -> None:
    first = _in_review(o, "味噌教室のお知らせです。")
    second = _in_review(o, "二本目の投稿です。")
    assert notifications.items(o.session) == []
    o.switch("manager")
    review.decide(o.session, first, version_no=1, decision="approve", checklist=ALL_TICKED)
    review.decide(o.session, second, version_no=1, decision="request_changes", reason="日付を直してください")
    o.switch("advisor")
    found = notifications.items(o.session)
    assert {(i.kind, i.notification.post_id) for i in found} == {
        (notifications.Kind.APPROVED, first), (notifications.Kind.SENT_BACK, second)}
    assert all(not i.read and i.other_name for i in found)
    assert notifications.unread_count(o.session) == 2
    before = len(entries())
    assert notifications.mark_read(o.session, [found[0].key, "review:999999"]) == 1
    assert len(entries()) == before  # reading is not audited
    assert notifications.unread_count(o.session) == 1
    o.switch("manager2")  # another user's read state is separate, and they are told nothing of it
    assert notifications.items(o.session) == []


def test_waiting_post_told_to_approvers_then_escalated(o: Office) -> None:
    pid = _in_review(o, "承認待ちの投稿です。")
    o.switch("manager")
    assert notifications.items(o.session) == []
    _to_business_days(o, rules.WAIT_DAYS_DEFAULT)
    o.switch("manager")
    waiting = notifications.items(o.session)
    assert [(i.kind, i.notification.post_id) for i in waiting] == [(notifications.Kind.WAITING, pid)]
    assert waiting[0].notification.business_days == rules.WAIT_DAYS_DEFAULT
    o.switch("admin")
    assert notifications.items(o.session) == []  # not yet escalated
    o.switch("advisor")
    assert notifications.items(o.session) == []  # the author is not told their own post waits
    _to_business_days(o, rules.ESCALATE_DAYS_DEFAULT - rules.WAIT_DAYS_DEFAULT)
    o.switch("admin")
    escalated = notifications.items(o.session)
    assert [(i.kind, i.notification.post_id) for i in escalated] == [(notifications.Kind.ESCALATED, pid)]
    o.switch("manager")
    assert [i.kind for i in notifications.items(o.session)] == [notifications.Kind.WAITING]


def test_escalation_to_a_named_manager_and_settings(o: Office) -> None:
    o.switch("admin")
    with pytest.raises(ValidationError):
        notifications.save_settings(o.session, wait_days=3, escalate_days=3, escalate_to=[])
    notifications.save_settings(o.session, wait_days=1, escalate_days=2, escalate_to=[o.uids["manager2"]])
    assert entries()[-1].action == "settings.change"
    assert notifications.settings(o.session).rules.wait_days == 1
    o.switch("advisor")
    with pytest.raises(PermissionDenied):
        notifications.save_settings(o.session, wait_days=2, escalate_days=4, escalate_to=[])
    pid = _in_review(o, "エスカレーションの確認です。")
    _to_business_days(o, 2)
    o.switch("manager2")
    assert [(i.kind, i.notification.post_id) for i in notifications.items(o.session)] == [
        (notifications.Kind.ESCALATED, pid)]
    o.switch("admin")  # a named escalation approver replaces the administrators
    assert notifications.items(o.session) == []


def test_decisions_older_than_the_window_are_not_told(o: Office) -> None:
    pid = _in_review(o, "古い決定の確認です。")
    o.switch("manager")
    review.decide(o.session, pid, version_no=1, decision="reject", reason="対象外です")
    o.clock.advance(days=rules.DECISION_DAYS + 1)
    o.switch("advisor")
    assert notifications.items(o.session) == []
    o.clock.advance(days=-(rules.DECISION_DAYS + 1) + 1)
    o.switch("advisor")
    assert [i.kind for i in notifications.items(o.session)] == [notifications.Kind.REJECTED]
    assert timedelta(0) < o.clock.now - notifications.items(o.session)[0].notification.at

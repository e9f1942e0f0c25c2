"""Review service: queue, decisions with reasons, no self-approval, edit after approval with a diff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain.errors import ValidationError
from desktop.domain.scopes import REVIEW_CHECKLIST, PostStatus
from desktop.domain.screening import Category
from desktop.services import posts, review
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from tests.conftest import FakeClock
from tests.services.posts_helpers import SUBMIT_NOTES, Office, audit_count, last_audit

ALL_TICKED = {item.key: True for item in REVIEW_CHECKLIST}


@pytest.fixture
def o(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Office]:
    env = Office(office, data_dir, clock)
    yield env
    env.close()


def _in_review(o: Office, text: str = "冬の鍋レシピを紹介します。", author: str = "advisor") -> int:
    o.switch(author)
    p = o.draft(text)
    r = posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    assert r.post.status is PostStatus.IN_REVIEW
    return p.id


def test_queue_sorted_by_age_with_waiting_time(o: Office) -> None:
    first = _in_review(o, "一つ目")
    o.clock.advance(hours=3)
    second = _in_review(o, "二つ目 090-1234-5678")
    o.clock.advance(minutes=30)
    o.switch("manager")
    q = review.queue(o.session)
    assert [i.post_id for i in q] == [first, second]
    assert q[0].waiting == timedelta(hours=3, minutes=30) and q[1].waiting == timedelta(minutes=30)
    assert (q[1].high, q[1].excerpt, q[1].author_name) == (1, "二つ目 090-1234-5678", "advisor さん")
    assert review.queue_count(o.session) == 2


def test_approve_needs_the_checklist_and_writes_one_audit_entry(o: Office) -> None:
    pid = _in_review(o)
    o.switch("manager")
    with pytest.raises(ValidationError, match="checklist"):
        review.decide(o.session, pid, version_no=1, decision="approve", checklist={"prohibited": True})
    before = audit_count()
    p = review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)
    assert p.status is PostStatus.APPROVED and p.reviewed_version_no == 1
    assert [(r.decision, r.reviewer_name, r.version_no) for r in p.reviews] == [
        ("approve", "manager さん", 1)
    ]
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.target, entry.details["decision"]) == ("post.decide", str(pid), "approve")
    assert review.queue(o.session) == []
    with pytest.raises(ValidationError, match="not waiting"):
        review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)


@pytest.mark.parametrize(
    "decision,status", [("reject", PostStatus.REJECTED), ("request_changes", PostStatus.CHANGES_REQUESTED)]
)
def test_reject_and_request_changes_need_a_reason(o: Office, decision: str, status: PostStatus) -> None:
    pid = _in_review(o)
    o.switch("manager")
    before = audit_count()
    for reason in ("", "   "):
        with pytest.raises(ValidationError, match="reason"):
            review.decide(o.session, pid, version_no=1, decision=decision, reason=reason)
    assert audit_count() == before
    p = review.decide(o.session, pid, version_no=1, decision=decision, reason="出典を書いてください")
    assert p.status is status and p.reviews[-1].reason == "出典を書いてください"
    assert audit_count() == before + 1
    assert "出典" not in str(last_audit().details)


def test_nobody_approves_their_own_post(o: Office) -> None:
    pid = _in_review(o, author="manager")
    before = audit_count()
    with pytest.raises(review.OwnPost):
        review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)
    entry = last_audit()
    assert (entry.action, entry.result, entry.details["reason"]) == ("post.decide", "denied", "own_post")
    assert audit_count() == before + 1
    assert posts.get_post(o.session, pid).status is PostStatus.IN_REVIEW
    assert review.queue(o.session)[0].own
    assert review.review_view(o.session, pid).own
    o.switch("manager2")
    assert (
        review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED).status
        is PostStatus.APPROVED
    )


def test_advisor_cannot_review(o: Office) -> None:
    pid = _in_review(o)
    for call in (
        lambda: review.queue(o.session),
        lambda: review.review_view(o.session, pid),
        lambda: review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED),
    ):
        with pytest.raises(PermissionDenied):
            call()
        assert last_audit().action == "permission.denied"
    assert posts.get_post(o.session, pid).status is PostStatus.IN_REVIEW


def test_admin_cannot_review(o: Office) -> None:
    pid = _in_review(o)
    o.switch("admin")
    with pytest.raises(PermissionDenied):
        review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)


def test_edit_after_approval_goes_back_to_review_with_a_diff(o: Office) -> None:
    pid = _in_review(o, "6月1日に健康相談会を開きます。\n会場は公民館です。\n")
    o.switch("manager")
    review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)
    o.switch("advisor")
    p = posts.edit_post(
        o.session,
        pid,
        posts.PostDraft(
            o.x.id,
            "6月8日に健康相談会を開きます。\n会場は公民館です。\n",
            links=["https://other.example.com/a"],
        ),
        self_check_confirmed=True,
    )
    assert p.status is PostStatus.IN_REVIEW and p.version.number == 2
    o.switch("manager")
    [item] = review.queue(o.session)
    assert item.post_id == pid and item.edited_since_review
    view = review.review_view(o.session, pid)
    assert view.last_reviewed_version_no == 1
    assert view.diff is not None
    ops = [(s.op.value, s.text) for s in view.diff]
    assert ops == [
        ("equal", "6月"),
        ("delete", "1"),
        ("insert", "8"),
        ("equal", "日に健康相談会を開きます。\n会場は公民館です。\n"),
    ]
    assert [c.field for c in view.field_changes] == ["links"]
    assert [f.category for f in view.findings] == [Category.OUTSIDE_LINK]
    with pytest.raises(ValidationError, match="changed the post"):
        review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)
    assert (
        review.decide(
            o.session, pid, version_no=2, decision="approve", checklist=ALL_TICKED
        ).reviewed_version_no
        == 2
    )
    assert [v.number for v in review.versions(o.session, pid)] == [1, 2]


def test_changes_requested_then_resubmitted(o: Office) -> None:
    pid = _in_review(o, "組合を代表して申し上げます。")
    o.switch("manager")
    view = review.review_view(o.session, pid)
    assert [f.category for f in view.findings] == [Category.OFFICIAL_CLAIM]
    assert view.diff is None and view.scope_check is None and view.routing_reasons
    review.decide(
        o.session, pid, version_no=1, decision="request_changes", reason="個人の見解と明記してください"
    )
    o.switch("advisor")
    p = posts.edit_post(o.session, pid, posts.PostDraft(o.x.id, "個人の感想ですが、とても良い会でした。"))
    assert p.status is PostStatus.CHANGES_REQUESTED and p.version.number == 2
    r = posts.submit(o.session, pid, self_check_confirmed=True, **SUBMIT_NOTES)
    assert r.post.status is PostStatus.IN_REVIEW
    o.switch("manager")
    view = review.review_view(o.session, pid)
    assert view.diff is not None and view.last_reviewed_version_no == 1


def test_scope_check_spelled_out_for_the_reviewer(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(
        "本日の教室は 20 名でした。 https://other.example.com", claimed_scope_id=o.events.id, evidence=""
    )
    posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    o.switch("manager")
    view = review.review_view(o.session, p.id)
    assert view.scope is not None and view.scope.id == o.events.id
    assert view.scope_check is not None
    assert [(i.key, i.ok) for i in view.scope_check.items] == [
        ("claimed", True),
        ("author_granted", True),
        ("account_covered", True),
        ("within_dates", True),
        ("not_revoked", True),
        ("evidence", False),
    ]


def test_text_diff_of_large_and_empty_texts() -> None:
    assert review.text_diff("", "") == ()
    assert [s.op.value for s in review.text_diff("", "new")] == ["insert"]
    old = "あ" * 30_000
    new = "い" * 30_000
    segs = review.text_diff(old, new)  # too large for a character diff: whole blocks
    assert [(s.op.value, len(s.text)) for s in segs] == [("delete", 30_000), ("insert", 30_000)]
    emoji = review.text_diff("乾杯🎉", "乾杯🎉🍻")
    assert [(s.op.value, s.text) for s in emoji] == [("equal", "乾杯🎉"), ("insert", "🍻")]


def test_demo_data(office: session_service.Session) -> None:
    from tests.conftest import add_user

    add_user(office, "advisor", "advisor")
    add_user(office, "manager", "manager")
    mark_demo(office)
    demo.populate_posts(office)
    statuses = sorted(p.status.value for p in posts_for_everyone(office))
    assert statuses == [
        "approved_in_scope",
        "changes_requested",
        "draft",
        "in_review",
        "in_review",
        "published",
    ]
    from desktop.store import posts_repo

    assert len(posts_repo.list_incidents()) == 1
    assert len(posts_repo.list_scopes()) == 2


def posts_for_everyone(session: session_service.Session) -> list[posts.PostSummary]:
    from desktop.store import posts_repo

    return posts.summaries(posts_repo.list_posts(limit=100))


def test_a_decision_on_a_post_changed_meanwhile_keeps_nothing(o: Office) -> None:
    """Another PC saved a new version between the reviewer's read and the decision's write: the conditional
    update refuses, and the review written in the same transaction is rolled back with it."""
    from desktop.store import posts_repo, repo
    from desktop.store.errors import ChangedElsewhere

    pid = _in_review(o)
    o.switch("manager")
    seen = posts_repo.get_post(pid)
    assert seen is not None
    version = posts_repo.get_version(pid, seen.version_no)
    assert version is not None
    posts_repo.update_post(pid, version_no=seen.version_no + 1)  # what the author's save on another PC did
    with pytest.raises(ChangedElsewhere), repo.atomic():
        posts_repo.insert_review(post_id=pid, version_id=version.id, reviewer_uid=o.session.user.uid,
                                 decision="approve", reason="", checklist=ALL_TICKED, created_at="t")
        posts_repo.update_post_checked(pid, expect_version=seen.version_no, expect_status=seen.status,
                                       status=PostStatus.APPROVED.value)
    assert posts_repo.list_reviews(pid) == []
    after = posts_repo.get_post(pid)
    assert after is not None and after.status == PostStatus.IN_REVIEW.value

"""What an author writes at submission: a self-check override against a HIGH finding, and why approval
could not be obtained for a post within a scope (000 §2-4(2)). Both are stored, audited, shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.scopes import REASON_OVERRIDE, NoApprovalReason, PostStatus
from desktop.services import posts, review
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from desktop.store import posts_repo
from tests.conftest import FakeClock
from tests.services.posts_helpers import Office, audit_count, last_audit

EVENT_TEXT = "本日の味噌づくり教室は 24 組の参加で終了しました。"
PHONE_TEXT = "本日の教室は 20 名でした。田中さん 090-1234-5678 まで。"
OVERRIDE = "田中さんから電話番号の掲載に書面で同意をもらっています"
NOTE = "部長・担当責任者とも出張中で連絡がつかない"


@pytest.fixture
def o(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Office]:
    env = Office(office, data_dir, clock)
    yield env
    env.close()


def _in_scope(o: Office, text: str = EVENT_TEXT) -> posts.PostDetail:
    o.switch("advisor")
    return o.draft(text, claimed_scope_id=o.events.id, evidence="味噌づくり教室 11/23")


# --------------------------------------------------------------------------- self-check override


@pytest.mark.parametrize("override", ["", "   ", "\u200b\u2060\ufeff", "\u200b \n\u00ad"])
def test_a_high_finding_needs_a_written_override_before_the_self_check_counts(o: Office, override: str) -> None:
    o.switch("advisor")
    p = o.draft(PHONE_TEXT)
    before = audit_count()
    with pytest.raises(ValidationError, match="contradicts your self-check"):
        posts.submit(o.session, p.id, self_check_confirmed=True, override=override)
    assert posts.get_post(o.session, p.id).status is PostStatus.DRAFT and audit_count() == before


def test_the_override_is_stored_audited_without_its_text_and_shown_to_the_reviewer(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(PHONE_TEXT)
    before = audit_count()
    r = posts.submit(o.session, p.id, self_check_confirmed=True, override=f"\u200b{OVERRIDE}\u200b ")
    assert r.post.status is PostStatus.IN_REVIEW and not r.routing.auto_approved
    assert REASON_OVERRIDE in r.routing.reasons
    assert r.post.version.self_check_override == OVERRIDE
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.details["override"]) == ("post.submit", True)
    assert "田中" not in str(entry.details) and "090" not in str(entry.details)
    view = review.review_view(o.switch("manager"), p.id)
    assert view.detail.version.self_check_override == OVERRIDE
    assert REASON_OVERRIDE in view.routing_reasons


def test_an_override_never_lets_an_in_scope_post_approve_itself(o: Office) -> None:
    p = _in_scope(o, PHONE_TEXT)
    r = posts.submit(o.session, p.id, self_check_confirmed=True, override=OVERRIDE,
                     no_approval_reason=NoApprovalReason.APPROVERS_ABSENT, no_approval_note=NOTE)
    assert r.post.status is PostStatus.IN_REVIEW and REASON_OVERRIDE in r.routing.reasons
    # routed to a reviewer, so no "approval could not be obtained" is recorded
    assert r.post.version.no_approval_reason is None and r.post.version.no_approval_note == ""


def test_an_override_is_dropped_when_nothing_serious_is_found(o: Office) -> None:
    o.switch("advisor")
    p = o.draft("鍋レシピの紹介です。")
    r = posts.submit(o.session, p.id, self_check_confirmed=True, override="念のため")
    assert r.post.version.self_check_override == "" and REASON_OVERRIDE not in r.routing.reasons
    assert last_audit().details["override"] is False


def test_editing_an_approved_post_into_a_high_finding_needs_the_override_too(o: Office) -> None:
    p = _in_scope(o)
    posts.submit(o.session, p.id, self_check_confirmed=True,
                 no_approval_reason=NoApprovalReason.CANNOT_WAIT, no_approval_note=NOTE)
    changed = posts.PostDraft(o.x.id, PHONE_TEXT, claimed_scope_id=o.events.id, evidence="味噌づくり教室 11/23")
    with pytest.raises(ValidationError, match="contradicts your self-check"):
        posts.edit_post(o.session, p.id, changed, self_check_confirmed=True, override="\u200b")
    assert posts.get_post(o.session, p.id).status is PostStatus.APPROVED_IN_SCOPE
    edited = posts.edit_post(o.session, p.id, changed, self_check_confirmed=True, override=OVERRIDE)
    assert edited.status is PostStatus.IN_REVIEW and edited.version.self_check_override == OVERRIDE
    assert last_audit().details["override"] is True


# --------------------------------------------------------------------------- why approval was not obtained


def test_an_in_scope_post_needs_the_reason_approval_could_not_be_obtained(o: Office) -> None:
    p = _in_scope(o)
    before = audit_count()
    for reason, note in ((None, NOTE), ("because", NOTE), ("approvers_absent", ""),
                         ("approvers_absent", "\u200b\u2060 "), (NoApprovalReason.OTHER, "\ufeff")):
        with pytest.raises(ValidationError, match="approval cannot be obtained"):
            posts.submit(o.session, p.id, self_check_confirmed=True, no_approval_reason=reason, no_approval_note=note)
    assert posts.get_post(o.session, p.id).status is PostStatus.DRAFT and audit_count() == before


def test_the_reason_is_stored_audited_and_shown_to_managers(o: Office) -> None:
    p = _in_scope(o)
    r = posts.submit(o.session, p.id, self_check_confirmed=True,
                     no_approval_reason="approvers_absent", no_approval_note=f" {NOTE}\u200b")
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE
    v = r.post.version
    assert (v.no_approval_reason, v.no_approval_note) == (NoApprovalReason.APPROVERS_ABSENT, NOTE)
    entry = last_audit()
    assert (entry.action, entry.details["no_approval"]) == ("post.auto_approve", "approvers_absent")
    assert "出張" not in str(entry.details)
    stored = posts_repo.get_version(p.id, 1)
    assert stored is not None and stored.no_approval_reason == "approvers_absent"
    m = o.switch("manager")
    seen = posts.get_post(m, p.id).version
    assert (seen.no_approval_reason, seen.no_approval_note) == (NoApprovalReason.APPROVERS_ABSENT, NOTE)
    listed = posts.in_scope_posts(m)
    assert [(s.post.id, s.version.no_approval_reason) for s in listed] == [
        (p.id, NoApprovalReason.APPROVERS_ABSENT)
    ]


def test_a_post_for_review_needs_no_such_reason(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT)  # no scope: a manager approves it
    r = posts.submit(o.session, p.id, self_check_confirmed=True)
    assert r.post.status is PostStatus.IN_REVIEW and r.post.version.no_approval_reason is None


def test_only_managers_list_the_posts_that_went_out_within_a_scope(o: Office) -> None:
    o.switch("advisor")
    with pytest.raises(PermissionDenied):
        posts.in_scope_posts(o.session)

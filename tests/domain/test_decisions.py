"""A reviewer's decision on a post (desktop.domain.scopes.check_decision).

Rule P1, seed 000 §2-4(1): "情報発信・返信を行う場合は、所属部署の責任者または任命された担当責任者の
了承を得ることとします" (a post needs the approval of the department head or an appointed
responsible person) — so the approval comes from someone other than the author. Approving
needs the P3-P5 checklist confirmed; requesting changes and rejecting need a reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.scopes import (
    MAX_REVIEW_REASON,
    REVIEW_CHECKLIST,
    Decision,
    OwnPostDecision,
    PostStatus,
    check_decision,
    parse_decision,
)

ALL_TICKED = {item.key: True for item in REVIEW_CHECKLIST}


def decide(decision: Decision | str = Decision.APPROVE, **kw: Any) -> Any:
    args: dict[str, Any] = {"reviewer_id": "manager", "author_id": "advisor", "status": PostStatus.IN_REVIEW,
                            "version_no": 2, "current_version_no": 2, "reason": "", "checklist": ALL_TICKED}
    args.update(kw)
    return check_decision(decision, **args)


def message(exc: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return exc.value.context, exc.value.message


def test_approve_with_the_whole_checklist() -> None:
    checked = decide()
    assert checked.decision is Decision.APPROVE
    assert checked.checklist == ALL_TICKED and checked.reason == ""


def test_nobody_decides_on_their_own_post() -> None:
    for decision in Decision:
        with pytest.raises(OwnPostDecision) as exc:
            decide(decision, reviewer_id="advisor", author_id="advisor", reason="why")
        assert message(exc) == ("ServiceError",
                                "You cannot decide on your own post. Another manager or an appointed responsible person "
                                "must review it.")


def test_own_post_is_refused_before_anything_else() -> None:
    # the service audits the attempt whatever else is wrong with it
    with pytest.raises(OwnPostDecision):
        decide(reviewer_id="a", author_id="a", status=PostStatus.DRAFT, version_no=1, checklist={})


def test_the_checklist_must_be_complete_before_approving() -> None:
    for missing in ALL_TICKED:
        with pytest.raises(ValidationError) as exc:
            decide(checklist={**ALL_TICKED, missing: False})
        assert message(exc) == ("Review", "Confirm every point of the checklist before approving.")
    with pytest.raises(ValidationError):
        decide(checklist=None)


def test_unknown_checklist_keys_are_dropped() -> None:
    assert decide(checklist={**ALL_TICKED, "extra": True}).checklist == ALL_TICKED


@pytest.mark.parametrize("decision", [Decision.REQUEST_CHANGES, Decision.REJECT])
def test_changes_and_rejection_need_a_reason(decision: Decision) -> None:
    with pytest.raises(ValidationError) as exc:
        decide(decision, reason="   ", checklist={})
    assert message(exc) == (
        "Review", "Give a reason, so the author knows what to change or why the post cannot go out.")
    checked = decide(decision, reason="  Wrong date.  ", checklist={})
    assert checked.reason == "Wrong date."
    assert not any(checked.checklist.values())


def test_reason_length() -> None:
    assert decide(Decision.REJECT, reason="x" * MAX_REVIEW_REASON).reason
    with pytest.raises(ValidationError) as exc:
        decide(Decision.REJECT, reason="x" * (MAX_REVIEW_REASON + 1))
    assert message(exc) == ("Review", "The reason may be at most %1 characters long.")
    assert exc.value.params == (str(MAX_REVIEW_REASON),)


@pytest.mark.parametrize("status", [s for s in PostStatus if not s.waiting_for_review])
def test_only_a_post_waiting_for_review_is_decided(status: PostStatus) -> None:
    with pytest.raises(ValidationError) as exc:
        decide(status=status)
    assert message(exc) == ("Review", "This post is not waiting for review.")


def test_the_version_looked_at_is_the_one_decided() -> None:
    with pytest.raises(ValidationError) as exc:
        decide(version_no=1, current_version_no=2)
    assert message(exc) == (
        "Review", "The author changed the post while you were reviewing it. Look at the new version first.")
    assert decide(version_no="2").decision is Decision.APPROVE


def test_parse_decision() -> None:
    assert parse_decision("reject") is Decision.REJECT
    with pytest.raises(ValidationError) as exc:
        parse_decision("publish")
    assert message(exc) == ("Review", "Choose a decision.")

"""The input rules of a scope, a draft and an incident, checked without a database."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import UnknownRecord, ValidationError
from desktop.domain.incidents import IncidentInput, IncidentKind, IncidentStatus, validate_incident
from desktop.domain.post_limits import MAX_LABEL, MAX_LINKS, MAX_NOTE, MAX_TEXT
from desktop.domain.scopes import (
    MediaEntry,
    MediaKind,
    PostDraft,
    ScopeInput,
    ScopeKind,
    is_web_address,
    validate_draft,
    validate_scope,
)


def yes(_: object) -> bool:
    return True


def no(_: object) -> bool:
    return False


def test_a_valid_scope_is_sorted_trimmed_and_typed() -> None:
    clean = validate_scope(
        ScopeInput("b", [3, 1, 3], user_uids=["u2", "", "u1"], roles=["advisor", "advisor"],
                   valid_from=date(2026, 4, 1), valid_to=date(2026, 4, 30), conditions="  events only "),
        account_exists=yes, user_active=yes)
    assert clean.kind is ScopeKind.EVENT_FACTS
    assert (clean.account_ids, clean.user_uids, clean.roles) == ((1, 3), ("u1", "u2"), ("advisor",))
    assert (clean.conditions, clean.evidence_required) == ("events only", "")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ScopeInput("z", [1], roles=["advisor"]), "kind of scope"),
        (ScopeInput("a", [], roles=["advisor"]), "at least one account"),
        (ScopeInput("a", [1], roles=["guest"]), "Unknown role"),
        (ScopeInput("a", [1]), "at least one user or role"),
        (ScopeInput("a", [1], roles=["advisor"], valid_from=date(2026, 5, 2), valid_to=date(2026, 5, 1)),
         "end before it starts"),
        (ScopeInput("a", [1], roles=["advisor"], conditions="x" * (MAX_NOTE + 1)), "too long"),
    ],
)
def test_scope_rules(data: ScopeInput, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        validate_scope(data, account_exists=yes, user_active=yes)
    assert caught.value.context == "Posts"


def test_scope_lookups_are_asked_in_order() -> None:
    with pytest.raises(UnknownRecord):  # an unknown account is reported before a bad role
        validate_scope(ScopeInput("a", [1], roles=["guest"]), account_exists=no, user_active=yes)
    with pytest.raises(ValidationError, match="active users"):
        validate_scope(ScopeInput("a", [1], user_uids=["gone"]), account_exists=yes, user_active=no)
    with pytest.raises(ValidationError, match="kind of scope"):  # nothing is looked up for a bad kind
        validate_scope(ScopeInput("z", [1]), account_exists=no, user_active=no)


def test_a_valid_draft_is_cleaned() -> None:
    draft = PostDraft(1, "お知らせ\0です", links=[" https://example.jp/a ", "", "  "],
                      media=[MediaEntry(" 集合写真 ", MediaKind.PHOTO, identifiable_people=True)],
                      claimed_scope_id=4, evidence="  HP掲載済み ")
    clean = validate_draft(draft, scope_exists=yes)
    assert (clean.text, clean.links, clean.claimed_scope_id, clean.evidence) == \
           ("お知らせです", ("https://example.jp/a",), 4, "HP掲載済み")
    assert clean.media == (MediaEntry("集合写真", MediaKind.PHOTO, identifiable_people=True),)


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (PostDraft(1, "  "), "The post is empty"),
        (PostDraft(1, "a" * (MAX_TEXT + 1)), "too long to keep"),
        (PostDraft(1, "a", links=["https://example.jp"] * (MAX_LINKS + 1)), "at most %1 links"),
        (PostDraft(1, "a", links=["https://example.jp", "not a link"]), "Link %1 is not a web address"),
        (PostDraft(1, "a", media=[MediaEntry(" ")]), "Give photo or video %1"),
        (PostDraft(1, "a", media=[MediaEntry("x" * (MAX_LABEL + 1))]), "Give photo or video %1"),
    ],
)
def test_draft_rules(draft: PostDraft, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_draft(draft, scope_exists=yes)
    assert message in caught.value.message and caught.value.context == "Posts"


def test_an_unknown_claimed_scope_is_an_unknown_record() -> None:
    with pytest.raises(UnknownRecord):
        validate_draft(PostDraft(1, "a", claimed_scope_id=9), scope_exists=no)


def test_web_addresses() -> None:
    assert is_web_address("www.example.jp/x", need_scheme=False)
    assert not is_web_address("www.example.jp/x", need_scheme=True)
    assert is_web_address(" https://example.jp/x ", need_scheme=True)
    assert not is_web_address("see https://example.jp", need_scheme=False)


def test_incident_rules() -> None:
    clean = validate_incident(
        IncidentInput("impersonation", " 偽アカウント ", account_id=1, post_id=None, platform_ref=" @fake ",
                      takedown_requested_on=date(2026, 5, 1), actions=" 通報 "),
        account_exists=yes, post_exists=no)
    assert (clean.kind, clean.status, clean.description, clean.platform_ref, clean.actions) == \
           (IncidentKind.IMPERSONATION, IncidentStatus.OPEN, "偽アカウント", "@fake", "通報")
    with pytest.raises(ValidationError, match="kind of incident"):
        validate_incident(IncidentInput("rumour", "x"), account_exists=yes, post_exists=yes)
    with pytest.raises(ValidationError, match="status of the incident"):
        validate_incident(IncidentInput("flaming", "x", status="pending"), account_exists=yes, post_exists=yes)
    with pytest.raises(ValidationError, match="Describe what happened"):
        validate_incident(IncidentInput("flaming", "  "), account_exists=no, post_exists=no)
    with pytest.raises(UnknownRecord):
        validate_incident(IncidentInput("flaming", "x", post_id=3), account_exists=yes, post_exists=no)
    with pytest.raises(ValidationError, match="at most %1 characters"):
        validate_incident(IncidentInput("flaming", "x", outcome="y" * (MAX_NOTE + 1)),
                          account_exists=yes, post_exists=yes)

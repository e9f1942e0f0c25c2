"""Posts service: accounts, scopes, drafting, routing (P1/P2/P5), publication, corrections, incidents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import peewee
import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.platforms import Platform
from desktop.domain.scopes import MediaKind, PostStatus, RoutingDecision, ScopeKind
from desktop.domain.screening import Category, Severity
from desktop.services import posts, review
from desktop.services import session as session_service
from desktop.services.errors import NotFound, PermissionDenied
from desktop.store import posts_repo
from desktop.store.posts import Post, PostVersion
from tests.conftest import SENTINEL_EMAIL, FakeClock
from tests.services.posts_helpers import OWN_SITE, SUBMIT_NOTES, Office, audit_count, last_audit

EVENT_TEXT = "本日の味噌づくり教室は 24 組の参加で終了しました。ご参加ありがとうございました。"


@pytest.fixture
def o(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Office]:
    env = Office(office, data_dir, clock)
    yield env
    env.close()


def _submit(o: Office, text: str = EVENT_TEXT, **kw) -> posts.SubmitResult:  # type: ignore[no-untyped-def]
    o.switch("advisor")
    p = o.draft(text, **kw)
    return posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)


# --------------------------------------------------------------------------- routing


def test_in_scope_post_is_approved_automatically_and_the_record_names_the_scope(o: Office) -> None:
    o.switch("advisor")
    before = audit_count()
    r = _submit(o, claimed_scope_id=o.events.id, evidence="味噌づくり教室 11/23")
    assert r.routing.decision is RoutingDecision.AUTO_APPROVED_IN_SCOPE
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE
    assert r.post.post.scope_used_id == o.events.id
    assert r.post.version.routing_decision is RoutingDecision.AUTO_APPROVED_IN_SCOPE
    # draft (post.edit) + the submission, which is also the scope use: one entry each
    assert audit_count() == before + 2
    entry = last_audit()
    assert (entry.action, entry.target, entry.details["scope"]) == (
        "post.auto_approve",
        str(r.post.id),
        o.events.id,
    )
    assert EVENT_TEXT[:5] not in str(entry.details)


def test_expired_scope_goes_to_review(o: Office) -> None:
    o.clock.advance(days=11)
    r = _submit(o, claimed_scope_id=o.events.id, evidence="味噌づくり教室 12/04")
    assert r.routing.decision is RoutingDecision.NEEDS_REVIEW
    assert r.post.status is PostStatus.IN_REVIEW
    assert r.routing.check is not None and [i.key for i in r.routing.check.failed] == ["within_dates"]
    assert last_audit().action == "post.submit"


def test_wrong_account_goes_to_review(o: Office) -> None:
    r = _submit(o, account=o.insta, claimed_scope_id=o.events.id, evidence="味噌づくり教室 11/23")
    assert r.routing.check is not None and [i.key for i in r.routing.check.failed] == ["account_covered"]
    assert r.post.status is PostStatus.IN_REVIEW


def test_missing_evidence_goes_to_review(o: Office) -> None:
    r = _submit(o, claimed_scope_id=o.events.id, evidence="")
    assert [i.key for i in r.routing.check.failed] == ["evidence"]  # type: ignore[union-attr]
    assert r.post.status is PostStatus.IN_REVIEW


def test_published_content_scope_needs_the_own_site_url(o: Office) -> None:
    assert _submit(o, claimed_scope_id=o.published.id, evidence=OWN_SITE).routing.auto_approved
    r = _submit(o, claimed_scope_id=o.published.id, evidence="https://elsewhere.example.com/news")
    assert not r.routing.auto_approved


def test_scope_granted_to_another_user_does_not_apply(o: Office) -> None:
    o.switch("advisor2")
    p = o.draft(EVENT_TEXT, claimed_scope_id=o.published.id, evidence=OWN_SITE)
    r = posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    assert [i.key for i in r.routing.check.failed] == ["author_granted"]  # type: ignore[union-attr]


def test_high_finding_goes_to_review_even_in_scope(o: Office) -> None:
    r = _submit(
        o, EVENT_TEXT + "連絡先は 090-1234-5678 です。", claimed_scope_id=o.events.id, evidence="教室 11/23"
    )
    assert r.post.status is PostStatus.IN_REVIEW
    assert any(f.category is Category.PHONE_NUMBER for f in r.post.version.findings)
    assert r.routing.check is not None and r.routing.check.ok


def test_medium_link_finding_goes_to_review_even_in_scope(o: Office) -> None:
    r = _submit(
        o,
        EVENT_TEXT + " https://other.example.com/report",
        claimed_scope_id=o.events.id,
        evidence="教室 11/23",
    )
    [f] = r.post.version.findings
    assert (f.category, f.severity) == (Category.OUTSIDE_LINK, Severity.MEDIUM)
    assert r.post.status is PostStatus.IN_REVIEW
    # a link to the office's own homepage is fine
    r = _submit(
        o, EVENT_TEXT + " https://coop.example.jp/report", claimed_scope_id=o.events.id, evidence="教室 11/23"
    )
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE


def test_media_without_portrait_consent_goes_to_review(o: Office) -> None:
    media = [posts.MediaEntry("group.jpg", MediaKind.PHOTO, identifiable_people=True, portrait_consent=None)]
    r = _submit(o, claimed_scope_id=o.events.id, evidence="教室 11/23", media=media)
    assert r.post.status is PostStatus.IN_REVIEW
    assert [f.category for f in r.post.version.findings] == [Category.MEDIA_PORTRAIT]
    assert r.post.version.media == tuple(media)


def test_no_scope_goes_to_review(o: Office) -> None:
    r = _submit(o)
    assert (
        r.post.status is PostStatus.IN_REVIEW and r.routing.check is None and r.post.version.routing_reasons
    )


def test_revoked_scope_no_longer_applies(o: Office) -> None:
    posts.revoke_scope(o.session, o.events.id)
    assert last_audit().action == "scope.revoke"
    r = _submit(o, claimed_scope_id=o.events.id, evidence="教室 11/23")
    assert [i.key for i in r.routing.check.failed] == ["not_revoked"]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- submission rules and bad input


def test_submit_needs_the_self_check_and_changes_nothing_without_it(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT)
    before = audit_count()
    with pytest.raises(ValidationError, match="self-check"):
        posts.submit(o.session, p.id, self_check_confirmed=False)
    assert audit_count() == before
    assert posts.get_post(o.session, p.id).status is PostStatus.DRAFT


def test_empty_post_is_refused_with_a_clear_message(o: Office) -> None:
    o.switch("advisor")
    before = audit_count()
    for text in ("", "   \n\t ", "\u3000"):
        with pytest.raises(ValidationError, match="empty") as exc:
            o.draft(text)
        assert exc.value.context == "Posts"
    assert audit_count() == before
    assert Post.select().count() == 0


def test_a_100000_character_post_is_kept_with_a_length_finding(o: Office) -> None:
    o.switch("advisor")
    text = "あ" * 100_000
    p = o.draft(text)
    [f] = p.version.findings
    assert f.category is Category.TOO_LONG and (f.start, f.end) == (140, 100_000)
    assert p.version.text == text
    p = o.draft(text, account=o.home)  # the homepage has no limit
    assert p.version.findings == ()
    with pytest.raises(ValidationError, match="too long"):
        o.draft("a" * (posts.MAX_TEXT + 1))


def test_emoji_and_mixed_scripts_are_kept_exactly(o: Office) -> None:
    o.switch("advisor")
    text = "今日のイベント🎉👨‍👩‍👧‍👦 Café Привет 안녕 مرحبا 你好 ｶﾀｶﾅ"
    p = o.draft(text)
    assert p.version.text == text and p.version.findings == ()


def test_zero_width_characters_do_not_hide_a_prohibited_word(o: Office) -> None:
    o.switch("advisor")
    text = "お前は馬\u200b鹿だ。死\u2060ね"
    r = posts.submit(
        o.session,
        o.draft(text, claimed_scope_id=o.events.id, evidence="教室 11/23").id,
        self_check_confirmed=True,
        **SUBMIT_NOTES,
    )
    cats = [f.category for f in r.post.version.findings]
    assert cats == [Category.INSULT, Category.INSULT]
    assert [text[f.start : f.end] for f in r.post.version.findings] == ["馬\u200b鹿", "死\u2060ね"]
    assert r.post.status is PostStatus.IN_REVIEW


@pytest.mark.parametrize(
    "link",
    [
        "http://",
        "htp:/broken",
        "https://exa mple.jp",
        "javascript:alert(1)",
        "see https://example.com",
        "://x",
    ],
)
def test_malformed_links_are_refused_clearly(o: Office, link: str) -> None:
    o.switch("advisor")
    with pytest.raises(ValidationError, match="is not a web address") as exc:
        o.draft(EVENT_TEXT, links=["https://coop.example.jp/ok", link])
    assert exc.value.params == ("2",)


def test_malformed_urls_in_the_text_give_sensible_findings(o: Office) -> None:
    o.switch("advisor")
    p = o.draft("詳しくは http:// や htp:/broken、https://[::1 をご覧ください")
    assert all(f.category is Category.OUTSIDE_LINK for f in p.version.findings)


def test_attached_links_and_blank_link_lines(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT, links=["", "https://other.example.com/a", "  ", "coop.example.jp/b"])
    assert p.version.links == ("https://other.example.com/a", "coop.example.jp/b")
    [f] = p.version.findings
    assert f.category is Category.OUTSIDE_LINK and f.item == 0 and f.matched == "https://other.example.com/a"


def test_media_needs_a_label(o: Office) -> None:
    o.switch("advisor")
    with pytest.raises(ValidationError, match="photo or video") as exc:
        o.draft(EVENT_TEXT, media=[posts.MediaEntry("  ")])
    assert exc.value.params[0] == "1"


def test_inactive_or_unknown_account_is_refused(o: Office) -> None:
    posts.change_account(o.session, o.insta.id, platform=Platform.INSTAGRAM, name="Insta", active=False)
    o.switch("advisor")
    with pytest.raises(ValidationError, match="account"):
        o.draft(EVENT_TEXT, account=o.insta)
    with pytest.raises(ValidationError, match="account"):
        posts.create_draft(o.session, posts.PostDraft(9999, EVENT_TEXT))


# --------------------------------------------------------------------------- editing


def test_edit_after_approval_goes_back_to_review_and_keeps_every_version(o: Office) -> None:
    r = _submit(o, claimed_scope_id=o.events.id, evidence="教室 11/23")
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE
    changed = posts.PostDraft(
        o.x.id, EVENT_TEXT + "次回は 12 月です。", claimed_scope_id=o.events.id, evidence="教室 11/23"
    )
    with pytest.raises(ValidationError, match="self-check"):
        posts.edit_post(o.session, r.post.id, changed)
    before = audit_count()
    p = posts.edit_post(o.session, r.post.id, changed, self_check_confirmed=True)
    assert p.status is PostStatus.IN_REVIEW and p.version.number == 2
    assert p.post.scope_used_id is None
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.details["back_to_review"], entry.details["version"]) == ("post.edit", True, 2)
    assert [v.number for v in posts_repo.list_versions(p.id)] == [1, 2]
    assert posts.get_version(o.session, p.id, 1).text == EVENT_TEXT


def test_saving_the_same_content_adds_no_version(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT)
    before = audit_count()
    same = posts.edit_post(o.session, p.id, posts.PostDraft(o.x.id, EVENT_TEXT))
    assert same.version.number == 1 and audit_count() == before
    p2 = posts.edit_post(o.session, p.id, posts.PostDraft(o.x.id, EVENT_TEXT + "!"))
    assert p2.version.number == 2 and p2.status is PostStatus.DRAFT


def test_only_the_author_edits_or_submits(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT)
    o.switch("advisor2")
    with pytest.raises(PermissionDenied):
        posts.get_post(o.session, p.id)
    with pytest.raises(ValidationError, match="Only the author"):
        posts.edit_post(o.session, p.id, posts.PostDraft(o.x.id, "x"))
    with pytest.raises(ValidationError, match="Only the author"):
        posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    assert last_audit().result == "denied"
    assert [pp.id for pp in posts.list_my_posts(o.session)] == []


def test_versions_and_posts_are_never_deleted_or_rewritten(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT)
    with pytest.raises(peewee.IntegrityError):
        Post.delete().where(Post.id == p.id).execute()
    with pytest.raises(peewee.IntegrityError):
        PostVersion.update(text="rewritten").where(PostVersion.post == p.id).execute()
    assert posts.get_post(o.session, p.id).version.text == EVENT_TEXT


# --------------------------------------------------------------------------- publication and corrections (P6)


def test_publish_and_correct(o: Office) -> None:
    r = _submit(o, claimed_scope_id=o.events.id, evidence="教室 11/23")
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE
    with pytest.raises(ValidationError, match="published"):
        posts.add_correction(o.session, r.post.id, "参加は 25 組でした")
    for bad in ("", "not a url", "x.com/coop/1", "https://"):
        with pytest.raises(ValidationError, match="address"):
            posts.record_publication(o.session, r.post.id, url=bad)
    with pytest.raises(ValidationError, match="future"):
        posts.record_publication(
            o.session,
            r.post.id,
            url="https://x.com/coop/status/1",
            published_at=o.clock.now + timedelta(days=1),
        )
    before = audit_count()
    p = posts.record_publication(
        o.session,
        r.post.id,
        url="https://x.com/coop/status/1",
        published_at=o.clock.now - timedelta(minutes=5),
    )
    assert p.status is PostStatus.PUBLISHED and p.post.published_url == "https://x.com/coop/status/1"
    assert last_audit().action == "post.publish" and audit_count() == before + 1
    with pytest.raises(ValidationError, match="no longer be changed"):
        posts.edit_post(o.session, p.id, posts.PostDraft(o.x.id, "edited"), self_check_confirmed=True)
    with pytest.raises(ValidationError, match="what was wrong"):
        posts.add_correction(o.session, p.id, "  ")
    p = posts.add_correction(o.session, p.id, "参加は 25 組でした。返信で訂正しました。")
    assert [c.text for c in p.corrections] == ["参加は 25 組でした。返信で訂正しました。"]
    assert last_audit().action == "post.correct" and audit_count() == before + 2


def test_a_post_waiting_for_review_cannot_be_recorded_as_published(o: Office) -> None:
    r = _submit(o)
    with pytest.raises(ValidationError, match="approved"):
        posts.record_publication(o.session, r.post.id, url="https://x.com/coop/status/1")


# --------------------------------------------------------------------------- accounts and scopes


def test_account_management_is_audited_and_validated(o: Office) -> None:
    before = audit_count()
    acc = posts.create_account(
        o.session, platform="youtube", name="  Channel  ", url="https://youtube.com/@coop"
    )
    assert acc.name == "Channel" and acc.platform is Platform.YOUTUBE
    posts.change_account(
        o.session, acc.id, platform="youtube", name="Channel 2", url="https://youtube.com/@coop"
    )
    assert [e.action for e in _tail(2)] == ["account.create", "account.change"]
    assert audit_count() == before + 2
    with pytest.raises(ValidationError):
        posts.create_account(o.session, platform="myspace", name="x")
    with pytest.raises(ValidationError):
        posts.create_account(o.session, platform="x", name=" ")
    with pytest.raises(ValidationError):
        posts.create_account(o.session, platform="x", name="x", url="not a url")
    assert audit_count() == before + 2


def test_scope_grant_change_revoke(o: Office) -> None:
    before = audit_count()
    s = posts.grant_scope(
        o.session, posts.ScopeInput(ScopeKind.CONFIRMED_QA, [o.insta.id], user_uids=[o.uids["advisor2"]])
    )
    entry = last_audit()
    assert (entry.action, entry.details["users"], entry.details["accounts"]) == (
        "scope.grant",
        [o.uids["advisor2"]],
        [o.insta.id],
    )
    s = posts.change_scope(
        o.session, s.id, posts.ScopeInput(ScopeKind.CONFIRMED_QA, [o.insta.id, o.x.id], roles=["advisor"])
    )
    assert s.account_ids == {o.insta.id, o.x.id} and s.roles == {"advisor"} and not s.user_uids
    assert last_audit().action == "scope.change"
    s = posts.revoke_scope(o.session, s.id)
    assert s.revoked and last_audit().action == "scope.revoke"
    assert audit_count() == before + 3
    with pytest.raises(ValidationError, match="revoked"):
        posts.change_scope(
            o.session, s.id, posts.ScopeInput(ScopeKind.CONFIRMED_QA, [o.x.id], roles=["advisor"])
        )


@pytest.mark.parametrize(
    "data,message",
    [
        (dict(kind="z", account_ids=[1], roles=["advisor"]), "kind"),
        (dict(kind="a", account_ids=[], roles=["advisor"]), "at least one account"),
        (dict(kind="a", account_ids=[1]), "at least one user or role"),
        (dict(kind="a", account_ids=[1], roles=["guest"]), "Unknown role"),
        (dict(kind="a", account_ids=[1], user_uids=["nobody"]), "active users"),
    ],
)
def test_bad_scopes_are_refused(o: Office, data: dict, message: str) -> None:
    data = dict(data, account_ids=[o.x.id] if data["account_ids"] else [])
    before = audit_count()
    with pytest.raises(ValidationError, match=message):
        posts.grant_scope(o.session, posts.ScopeInput(**data))
    assert audit_count() == before


def test_scope_dates_in_order(o: Office) -> None:
    today = posts.local_today(o.session)
    with pytest.raises(ValidationError, match="end before"):
        posts.grant_scope(
            o.session,
            posts.ScopeInput(
                "b", [o.x.id], roles=["advisor"], valid_from=today, valid_to=today - timedelta(days=1)
            ),
        )


def test_scopes_for_me(o: Office) -> None:
    o.switch("advisor")
    assert {s.id for s in posts.scopes_for_me(o.session)} == {o.events.id, o.published.id}
    assert {s.id for s in posts.scopes_for_me(o.session, o.insta.id)} == {o.published.id}
    o.switch("advisor2")
    assert {s.id for s in posts.scopes_for_me(o.session)} == {o.events.id}


def test_role_checks_advisor_cannot_manage(o: Office) -> None:
    o.switch("advisor")
    for call in (
        lambda: posts.create_account(o.session, platform="x", name="x"),
        lambda: posts.grant_scope(o.session, posts.ScopeInput("a", [o.x.id], roles=["advisor"])),
        lambda: posts.revoke_scope(o.session, o.events.id),
        lambda: posts.list_posts(o.session),
        lambda: posts.list_incidents(o.session),
        lambda: posts.set_public_contacts(o.session, ["03-0000-0000"]),
    ):
        with pytest.raises(PermissionDenied):
            call()
        assert last_audit().action == "permission.denied"
    assert not posts.list_scopes(o.session)[0].revoked


def test_admin_cannot_manage_scopes(o: Office) -> None:
    o.switch("admin")
    with pytest.raises(PermissionDenied):
        posts.grant_scope(o.session, posts.ScopeInput("a", [o.x.id], roles=["advisor"]))


def test_public_contacts_are_not_flagged(o: Office) -> None:
    posts.set_public_contacts(o.session, ["048-000-1234", " ", "048-000-1234"])
    assert posts.public_contacts(o.session) == ("048-000-1234",)
    o.switch("advisor")
    p = o.draft("お問い合わせは 048-000-1234 まで。個人の 090-1234-5678 は載せません。")
    assert [f.category for f in p.version.findings] == [Category.PHONE_NUMBER]


# --------------------------------------------------------------------------- incidents


def test_incidents_recorded_and_updated(o: Office) -> None:
    before = audit_count()
    i = posts.record_incident(
        o.session,
        posts.IncidentInput(
            kind="impersonation",
            account_id=o.insta.id,
            platform_ref="https://instagram.com/coop_fake",
            description="fake account",
            takedown_requested_on=posts.local_today(o.session),
            actions="takedown requested",
        ),
    )
    assert i.kind is posts.IncidentKind.IMPERSONATION and i.status is posts.IncidentStatus.OPEN
    i = posts.update_incident(
        o.session,
        i.id,
        posts.IncidentInput(
            kind="impersonation",
            account_id=o.insta.id,
            platform_ref=i.platform_ref,
            description=i.description,
            takedown_requested_on=i.takedown_requested_on,
            actions=i.actions,
            outcome="removed by the platform",
            status="closed",
        ),
    )
    assert i.status is posts.IncidentStatus.CLOSED and i.outcome == "removed by the platform"
    assert [e.action for e in _tail(2)] == ["incident.record", "incident.update"]
    assert audit_count() == before + 2
    assert "fake" not in str(_tail(2)[0].details)
    with pytest.raises(ValidationError, match="Describe"):
        posts.record_incident(o.session, posts.IncidentInput(kind="flaming"))
    with pytest.raises(ValidationError, match="kind"):
        posts.record_incident(o.session, posts.IncidentInput(kind="weather", description="x"))
    with pytest.raises(NotFound):
        posts.update_incident(o.session, 999, posts.IncidentInput(kind="flaming", description="x"))
    o.switch("advisor")
    posts.record_incident(o.session, posts.IncidentInput(kind="false_post", description="rumour"))
    with pytest.raises(PermissionDenied):
        posts.update_incident(o.session, i.id, posts.IncidentInput(kind="flaming", description="x"))


def test_no_personal_data_in_the_audit_log(o: Office) -> None:
    o.switch("advisor")
    p = o.draft(f"連絡は {SENTINEL_EMAIL} へ")
    posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    assert all(SENTINEL_EMAIL not in str(e.details) and SENTINEL_EMAIL not in e.target for e in _tail(5))


def _tail(n: int):  # type: ignore[no-untyped-def]
    from desktop.store.audit import entries

    return entries()[-n:]


def test_my_posts_keyset_pagination(o: Office) -> None:
    o.switch("advisor")
    ids = [o.draft(f"投稿 {i}").id for i in range(5)]
    first = posts.list_my_posts(o.session, limit=2)
    assert [p.id for p in first] == ids[::-1][:2]
    rest = posts.list_my_posts(o.session, before_id=first[-1].id, limit=10)
    assert [p.id for p in rest] == ids[::-1][2:]
    assert rest[0].excerpt == "投稿 2" and rest[0].status is PostStatus.DRAFT


# --------------------------------------------------------------------------- loopholes closed


def test_a_post_sent_back_never_approves_itself_inside_a_scope(o: Office) -> None:
    o.switch("advisor")
    p = o.draft("本日の教室は当会を代表して申し上げますと大盛況でした。")  # no scope claimed: goes to review
    posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    o.switch("manager")
    review.decide(o.session, p.id, version_no=1, decision="request_changes", reason="表現を直してください")
    o.switch("advisor")
    posts.edit_post(o.session, p.id, posts.PostDraft(o.x.id, EVENT_TEXT, claimed_scope_id=o.events.id,
                                                     evidence="味噌づくり教室 11/23"))
    r = posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    assert r.routing.decision is RoutingDecision.NEEDS_REVIEW  # the same text alone would be auto-approved
    assert r.post.status is PostStatus.IN_REVIEW
    assert any("sent it back" in reason for reason in r.routing.reasons)


def test_publication_of_a_scope_approved_post_rechecks_the_scope(o: Office) -> None:
    r = _submit(o, claimed_scope_id=o.events.id, evidence="味噌づくり教室 11/23")
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE
    o.switch("manager")
    posts.revoke_scope(o.session, o.events.id)
    o.switch("advisor")
    before = audit_count()
    with pytest.raises(ValidationError, match="revoked or has expired"):
        posts.record_publication(o.session, r.post.id, url="https://x.com/coop/status/1")
    assert audit_count() == before
    assert posts.get_post(o.session, r.post.id).status is PostStatus.APPROVED_IN_SCOPE

"""Evidence a reviewer can check: the records managers keep (events, procedure documents, Q&A entries,
published pages), and posts within a scope that must name one - free text like "ok" or "--" proves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.scopes import PostStatus, ScopeKind
from desktop.services import posts, review
from desktop.services import session as session_service
from desktop.services.errors import NotFound, PermissionDenied
from tests.conftest import FakeClock
from tests.services.posts_helpers import OWN_SITE, SUBMIT_NOTES, Office, audit_count, last_audit

EVENT_TEXT = "本日の味噌づくり教室は 24 組の参加で終了しました。"
Kind = posts.RecordKind


@pytest.fixture
def o(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Office]:
    env = Office(office, data_dir, clock)
    yield env
    env.close()


def _submit(o: Office, scope: posts.ScopeInfo, evidence: str, record: int | None) -> posts.SubmitResult:
    o.switch("advisor")
    p = o.draft(EVENT_TEXT, claimed_scope_id=scope.id, evidence=evidence, evidence_record_id=record)
    return posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)


def _evidence_failed(r: posts.SubmitResult) -> bool:
    return r.routing.check is not None and [i.key for i in r.routing.check.failed] == ["evidence"]


@pytest.mark.parametrize("evidence", ["ok", "--", "味噌づくり教室 11/23", "\u200b"])
def test_free_text_is_no_evidence_for_an_event_scope(o: Office, evidence: str) -> None:
    r = _submit(o, o.events, evidence, None)
    assert r.post.status is PostStatus.IN_REVIEW and _evidence_failed(r)
    assert "records the managers keep" in " ".join(r.routing.reasons)


def test_an_event_record_is_evidence_until_it_is_retired(o: Office) -> None:
    r = _submit(o, o.events, "", o.event_record.id)
    assert r.post.status is PostStatus.APPROVED_IN_SCOPE and r.post.version.evidence_record_id == o.event_record.id
    m = o.switch("manager")
    before = audit_count()
    retired = posts.retire_record(m, o.event_record.id)
    assert retired.retired and audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.target, entry.details["kind"]) == ("evidence.retire", str(o.event_record.id), "event")
    with pytest.raises(ValidationError, match="already been retired"):
        posts.retire_record(m, o.event_record.id)
    assert o.event_record.id not in [x.id for x in posts.list_records(m)]
    assert o.event_record.id in [x.id for x in posts.list_records(m, include_retired=True)]
    r = _submit(o, o.events, "", o.event_record.id)
    assert r.post.status is PostStatus.IN_REVIEW and _evidence_failed(r)
    view = review.review_view(o.switch("manager"), r.post.id)  # the reviewer sees the record and its state
    assert view.evidence_record is not None and view.evidence_record.title == "味噌づくり教室"
    assert view.evidence_record.retired and view.scope_check is not None
    assert not view.scope_check.item("evidence").ok


def test_a_record_of_another_kind_or_unknown_is_no_evidence(o: Office) -> None:
    m = o.switch("manager")
    qa = posts.add_record(m, posts.RecordInput(Kind.QA, "配達日の変更", url="https://coop.example.jp/faq/1"))
    r = _submit(o, o.events, "", qa.id)
    assert r.post.status is PostStatus.IN_REVIEW and _evidence_failed(r)
    with pytest.raises(NotFound):
        o.draft(EVENT_TEXT, claimed_scope_id=o.events.id, evidence_record_id=99999)


def test_published_content_needs_a_page_known_to_be_published(o: Office) -> None:
    # OWN_SITE is a page the managers recorded; another page of the own site is not known to be published
    assert _submit(o, o.published, OWN_SITE.replace("https://", "https://www."), None).routing.auto_approved
    r = _submit(o, o.published, "https://coop.example.jp/drafts/next-month", None)
    assert r.post.status is PostStatus.IN_REVIEW and _evidence_failed(r)
    assert "already published" in " ".join(r.routing.reasons)
    # once a post on the homepage account is recorded as published at that address, it counts
    o.switch("advisor")
    p = o.draft("来月のお知らせ", account=o.home)
    posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES)
    review.decide(o.switch("manager"), p.id, version_no=1, decision="approve",
                  checklist={"prohibited": True, "confidential": True, "media": True, "attribution": True})
    posts.record_publication(o.session, p.id, url="https://coop.example.jp/drafts/next-month",
                             published_at=o.clock.now - timedelta(minutes=1))
    assert _submit(o, o.published, "https://coop.example.jp/drafts/next-month/", None).routing.auto_approved


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (posts.RecordInput(Kind.EVENT, " \u200b "), "title"),
        (posts.RecordInput(Kind.EVENT, "教室"), "date of the event"),
        (posts.RecordInput(Kind.PAGE, "お知らせ", url="https://elsewhere.example.com/news"), "own site"),
        (posts.RecordInput(Kind.PAGE, "お知らせ"), "own site"),
        (posts.RecordInput(Kind.PROCEDURE, "注文変更の手続き"), "so it can be found"),
        (posts.RecordInput(Kind.QA, "Q&A", url="see the binder"), "https://"),
        (posts.RecordInput("gossip", "x"), "kind of record"),
    ],
)
def test_a_record_names_something_checkable(o: Office, data: posts.RecordInput, message: str) -> None:
    m = o.switch("manager")
    before = audit_count()
    with pytest.raises(ValidationError, match=message):
        posts.add_record(m, data)
    assert audit_count() == before


def test_managers_add_records_audited_and_others_only_read_them(o: Office) -> None:
    m = o.switch("manager")
    before = audit_count()
    today = posts.local_today(m)
    doc = posts.add_record(m, posts.RecordInput(Kind.PROCEDURE, "注文変更の手続き（第3版）", today))
    assert (doc.kind, doc.on_date, doc.retired) == (Kind.PROCEDURE, today, False)
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.target, entry.details["kind"]) == ("evidence.add", str(doc.id), "procedure")
    assert "注文" not in str(entry.details)
    a = o.switch("advisor")
    assert doc.id in [r.id for r in posts.list_records(a, kind=Kind.PROCEDURE)]
    for attempt in (lambda: posts.add_record(a, posts.RecordInput(Kind.QA, "Q", today)),
                    lambda: posts.retire_record(a, doc.id)):
        with pytest.raises(PermissionDenied):
            attempt()
    with pytest.raises(NotFound):
        posts.retire_record(o.switch("manager"), 99999)


def test_each_scope_kind_names_its_own_kind_of_record() -> None:
    assert [k.record_kind for k in ScopeKind] == [Kind.PAGE, Kind.EVENT, Kind.PROCEDURE, Kind.QA]

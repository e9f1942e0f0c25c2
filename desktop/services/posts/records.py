"""Posts: the records managers keep as evidence for posts within a scope (000 §2-4(2) a-d).

Managers add an event, a procedure document, a Q&A entry or a published page of the office's own
site (title and date or address) and retire it when it no longer holds; each change is audited. An
author names one of them as the evidence of a post within a scope of kinds (b)-(d); for (a) the
address must be a page already known to be published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.platforms import Platform
from desktop.domain.roles import Action
from desktop.domain.scopes import EvidenceRecord, PostStatus, validate_record
from desktop.domain.scopes import RecordInput as RecordInput
from desktop.domain.scopes import RecordKind as RecordKind
from desktop.services.errors import NotFound
from desktop.services.posts.screening import own_domains
from desktop.services.posts.views import invalid
from desktop.services.session import Session
from desktop.store import posts_repo, repo


@dataclass(frozen=True)
class RecordInfo:
    id: int
    kind: RecordKind
    title: str
    on_date: date | None
    url: str
    retired: bool
    created_at: str

    @property
    def domain(self) -> EvidenceRecord:
        return EvidenceRecord(self.id, self.kind, self.title, self.on_date, self.url, self.retired)


def _info(r: posts_repo.RecordRow) -> RecordInfo:
    return RecordInfo(r.id, RecordKind(r.kind), r.title, date.fromisoformat(r.on_date) if r.on_date else None,
                      r.url, r.retired_at is not None, r.created_at)


def record_info(record_id: int | None) -> RecordInfo | None:
    """The record a version names (retired or not), or None."""
    row = posts_repo.get_record(int(record_id)) if record_id is not None else None
    return None if row is None else _info(row)


def list_records(
    session: Session, *, kind: RecordKind | None = None, include_retired: bool = False
) -> list[RecordInfo]:
    """The office's evidence records (authors choose from them; managers keep them)."""
    session.require(Action.POST_COMPOSE)
    rows = [_info(r) for r in posts_repo.list_records(include_retired=include_retired)]
    return [r for r in rows if kind is None or r.kind is kind]


def add_record(session: Session, data: RecordInput) -> RecordInfo:
    """A manager adds an event, procedure document, Q&A entry or published page (one audit entry)."""
    session.require(Action.SCOPES_MANAGE, "evidence-record")
    clean = validate_record(data, own_domains=own_domains())
    kind = RecordKind(clean.kind)
    with repo.atomic():
        row = posts_repo.insert_record(
            kind=kind.value,
            title=clean.title,
            on_date=clean.on_date.isoformat() if clean.on_date else None,
            url=clean.url,
            created_by=session.user.uid,
            created_at=session.now().isoformat(),
        )
        session.audit("evidence.add", target=str(row.id), kind=kind.value, dated=clean.on_date is not None,
                      address=bool(clean.url))
    return _info(row)


def retire_record(session: Session, record_id: int) -> RecordInfo:
    """A manager retires a record: it no longer counts as evidence for new submissions (one audit entry)."""
    session.require(Action.SCOPES_MANAGE, str(record_id))
    row = posts_repo.get_record(int(record_id))
    if row is None:
        raise NotFound()
    if row.retired_at is not None:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "This record has already been retired."))
    with repo.atomic():
        posts_repo.retire_record(row.id, retired_at=session.now().isoformat())
        session.audit("evidence.retire", target=str(row.id), kind=row.kind)
    info = record_info(row.id)
    assert info is not None
    return info


def published_pages() -> frozenset[str]:
    """Addresses known to be published on the office's own site: recorded pages, published homepage posts."""
    pages = {r.url for r in posts_repo.list_records() if r.kind == RecordKind.PAGE.value and r.url}
    homepage = {a.id for a in posts_repo.list_accounts(include_inactive=True) if a.platform == Platform.HOMEPAGE.value}
    for post, _v in posts_repo.list_posts(statuses=[PostStatus.PUBLISHED.value], limit=500):
        if post.account_id in homepage and post.published_url:
            pages.add(post.published_url)
    return frozenset(pages)

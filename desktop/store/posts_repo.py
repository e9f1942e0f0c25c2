"""Queries of the posts feature. Every function returns plain frozen rows, never peewee models."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from desktop.store.posts import (
    Correction,
    Incident,
    Post,
    PostScope,
    PostVersion,
    Review,
    ScopeAccount,
    ScopeGrant,
    SnsAccount,
    WordListOverride,
)

# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class AccountRow:
    id: int
    platform: str
    name: str
    url: str
    active: bool
    created_at: str


@dataclass(frozen=True)
class ScopeRow:
    id: int
    kind: str
    account_ids: tuple[int, ...]
    user_uids: tuple[str, ...]
    roles: tuple[str, ...]
    valid_from: str | None
    valid_to: str | None
    conditions: str
    evidence_required: str
    revoked: bool
    revoked_at: str | None
    created_by: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class PostRow:
    id: int
    account_id: int
    author_uid: str
    status: str
    version_no: int
    reviewed_version_no: int | None
    scope_used_id: int | None
    queued_at: str | None
    published_url: str | None
    published_at: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class VersionRow:
    id: int
    post_id: int
    number: int
    account_id: int
    text: str
    links: tuple[str, ...]
    media: tuple[dict[str, Any], ...]
    claimed_scope_id: int | None
    evidence: str
    findings: tuple[dict[str, Any], ...]
    self_check: bool
    routing: dict[str, Any] | None
    submitted_at: str | None
    created_by: str
    created_at: str


@dataclass(frozen=True)
class ReviewRow:
    id: int
    post_id: int
    version_no: int
    reviewer_uid: str
    decision: str
    reason: str
    checklist: dict[str, bool]
    created_at: str


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    post_id: int
    text: str
    created_by: str
    created_at: str


@dataclass(frozen=True)
class IncidentRow:
    id: int
    kind: str
    account_id: int | None
    post_id: int | None
    platform_ref: str
    description: str
    takedown_requested_on: str | None
    actions: str
    outcome: str
    status: str
    created_by: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class WordListOverrideRow:
    category: str
    severity: str
    words: tuple[str, ...]
    allow: tuple[str, ...]
    updated_by: str
    updated_at: str


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- accounts


def _account(a: SnsAccount) -> AccountRow:
    return AccountRow(a.id, a.platform, a.name, a.url, bool(a.active), a.created_at)


def insert_account(*, platform: str, name: str, url: str, created_at: str) -> AccountRow:
    return _account(SnsAccount.create(platform=platform, name=name, url=url, created_at=created_at))


def update_account(account_id: int, **fields: Any) -> None:
    SnsAccount.update(**fields).where(SnsAccount.id == account_id).execute()


def get_account(account_id: int) -> AccountRow | None:
    a = SnsAccount.get_or_none(SnsAccount.id == account_id)
    return None if a is None else _account(a)


def list_accounts(include_inactive: bool = True) -> list[AccountRow]:
    q = SnsAccount.select().order_by(SnsAccount.active.desc(), SnsAccount.id)
    if not include_inactive:
        q = q.where(SnsAccount.active == True)  # noqa: E712
    return [_account(a) for a in q]


# --------------------------------------------------------------------------- scopes


def _scope(s: PostScope) -> ScopeRow:
    accounts = tuple(
        sorted(
            r.account_id for r in ScopeAccount.select(ScopeAccount.account).where(ScopeAccount.scope == s.id)
        )
    )
    grants = list(ScopeGrant.select().where(ScopeGrant.scope == s.id))
    users = tuple(sorted(g.user_uid for g in grants if g.user_uid))
    roles = tuple(sorted(g.role for g in grants if g.role))
    return ScopeRow(
        s.id,
        s.kind,
        accounts,
        users,
        roles,
        s.valid_from,
        s.valid_to,
        s.conditions,
        s.evidence_required,
        bool(s.revoked),
        s.revoked_at,
        s.created_by,
        s.created_at,
        s.updated_at,
    )


def _set_links(
    scope_id: int, account_ids: Iterable[int], user_uids: Iterable[str], roles: Iterable[str]
) -> None:
    ScopeAccount.delete().where(ScopeAccount.scope == scope_id).execute()
    ScopeGrant.delete().where(ScopeGrant.scope == scope_id).execute()
    for account_id in sorted(set(account_ids)):
        ScopeAccount.create(scope=scope_id, account=account_id)
    for uid in sorted(set(user_uids)):
        ScopeGrant.create(scope=scope_id, user_uid=uid)
    for role in sorted(set(roles)):
        ScopeGrant.create(scope=scope_id, role=role)


def insert_scope(
    *,
    kind: str,
    account_ids: Sequence[int],
    user_uids: Sequence[str],
    roles: Sequence[str],
    valid_from: str | None,
    valid_to: str | None,
    conditions: str,
    evidence_required: str,
    created_by: str,
    created_at: str,
) -> ScopeRow:
    s = PostScope.create(
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        conditions=conditions,
        evidence_required=evidence_required,
        created_by=created_by,
        created_at=created_at,
        updated_at=created_at,
    )
    _set_links(s.id, account_ids, user_uids, roles)
    return _scope(s)


def update_scope(
    scope_id: int,
    *,
    account_ids: Sequence[int] | None = None,
    user_uids: Sequence[str] | None = None,
    roles: Sequence[str] | None = None,
    **fields: Any,
) -> None:
    if fields:
        PostScope.update(**fields).where(PostScope.id == scope_id).execute()
    if account_ids is not None and user_uids is not None and roles is not None:
        _set_links(scope_id, account_ids, user_uids, roles)


def get_scope(scope_id: int) -> ScopeRow | None:
    s = PostScope.get_or_none(PostScope.id == scope_id)
    return None if s is None else _scope(s)


def list_scopes() -> list[ScopeRow]:
    return [_scope(s) for s in PostScope.select().order_by(PostScope.revoked, PostScope.id.desc())]


# --------------------------------------------------------------------------- posts and versions


def _post(p: Post) -> PostRow:
    return PostRow(
        p.id,
        p.account_id,
        p.author_uid,
        p.status,
        p.version_no,
        p.reviewed_version_no,
        p.scope_used_id,
        p.queued_at,
        p.published_url,
        p.published_at,
        p.created_at,
        p.updated_at,
    )


def _version(v: PostVersion) -> VersionRow:
    return VersionRow(
        v.id,
        v.post_id,
        v.number,
        v.account_id,
        v.text,
        tuple(json.loads(v.links)),
        tuple(json.loads(v.media)),
        v.claimed_scope_id,
        v.evidence,
        tuple(json.loads(v.findings)),
        bool(v.self_check),
        None if v.routing is None else json.loads(v.routing),
        v.submitted_at,
        v.created_by,
        v.created_at,
    )


def insert_post(*, account_id: int, author_uid: str, status: str, created_at: str) -> PostRow:
    p = Post.create(
        account=account_id,
        author_uid=author_uid,
        status=status,
        version_no=0,
        created_at=created_at,
        updated_at=created_at,
    )
    return _post(p)


def insert_version(
    *,
    post_id: int,
    number: int,
    account_id: int,
    text: str,
    links: Sequence[str],
    media: Sequence[dict[str, Any]],
    claimed_scope_id: int | None,
    evidence: str,
    findings: Sequence[dict[str, Any]],
    created_by: str,
    created_at: str,
) -> VersionRow:
    v = PostVersion.create(
        post=post_id,
        number=number,
        account=account_id,
        text=text,
        links=_json(list(links)),
        media=_json(list(media)),
        claimed_scope=claimed_scope_id,
        evidence=evidence,
        findings=_json(list(findings)),
        created_by=created_by,
        created_at=created_at,
    )
    return _version(v)


def mark_submitted(
    version_id: int, *, findings: Sequence[dict[str, Any]], routing: dict[str, Any], submitted_at: str
) -> None:
    PostVersion.update(
        findings=_json(list(findings)), routing=_json(routing), self_check=True, submitted_at=submitted_at
    ).where(PostVersion.id == version_id).execute()


def update_post(post_id: int, **fields: Any) -> None:
    Post.update(**fields).where(Post.id == post_id).execute()


def get_post(post_id: int) -> PostRow | None:
    p = Post.get_or_none(Post.id == post_id)
    return None if p is None else _post(p)


def get_version(post_id: int, number: int) -> VersionRow | None:
    v = PostVersion.get_or_none((PostVersion.post == post_id) & (PostVersion.number == number))
    return None if v is None else _version(v)


def list_versions(post_id: int) -> list[VersionRow]:
    return [
        _version(v)
        for v in PostVersion.select().where(PostVersion.post == post_id).order_by(PostVersion.number)
    ]


def _with_current(query: pw.ModelSelect[Post]) -> pw.ModelSelect[Post]:
    return query.select(Post, PostVersion).join(
        PostVersion,
        on=((PostVersion.post == Post.id) & (PostVersion.number == Post.version_no)),
        attr="current",
    )


def _current(p: Post) -> PostVersion:
    """The version :func:`_with_current` joined onto the row (an attribute peewee sets per query)."""
    current: PostVersion = cast(Any, p).current
    return current


def list_posts_by_author(
    author_uid: str, *, before_id: int | None = None, limit: int = 100
) -> list[tuple[PostRow, VersionRow]]:
    """Newest first, each with its current version; keyset pagination (pass the last id as ``before_id``)."""
    q = _with_current(Post.select()).where(Post.author_uid == author_uid)
    if before_id is not None:
        q = q.where(Post.id < before_id)
    return [(_post(p), _version(_current(p))) for p in q.order_by(Post.id.desc()).limit(limit)]


def list_posts(
    *, statuses: Sequence[str] | None = None, before_id: int | None = None, limit: int = 100
) -> list[tuple[PostRow, VersionRow]]:
    q = _with_current(Post.select())
    if statuses is not None:
        q = q.where(Post.status.in_(list(statuses)))
    if before_id is not None:
        q = q.where(Post.id < before_id)
    return [(_post(p), _version(_current(p))) for p in q.order_by(Post.id.desc()).limit(limit)]


def queue(statuses: Sequence[str], *, limit: int = 500) -> list[tuple[PostRow, VersionRow]]:
    """Posts waiting for review, oldest first, each with its current version."""
    q = (
        _with_current(Post.select())
        .where(Post.status.in_(list(statuses)))
        .order_by(Post.queued_at, Post.id)
        .limit(limit)
    )
    return [(_post(p), _version(_current(p))) for p in q]


def count_posts(statuses: Sequence[str]) -> int:
    return Post.select().where(Post.status.in_(list(statuses))).count()


# --------------------------------------------------------------------------- reviews, corrections


def insert_review(
    *,
    post_id: int,
    version_id: int,
    reviewer_uid: str,
    decision: str,
    reason: str,
    checklist: dict[str, bool],
    created_at: str,
) -> ReviewRow:
    r = Review.create(
        post=post_id,
        version=version_id,
        reviewer_uid=reviewer_uid,
        decision=decision,
        reason=reason,
        checklist=_json(checklist),
        created_at=created_at,
    )
    return list_reviews(post_id, only_id=r.id)[0]


def list_reviews(post_id: int, *, only_id: int | None = None) -> list[ReviewRow]:
    q = (
        Review.select(Review, PostVersion.number)
        .join(PostVersion)
        .where(Review.post == post_id)
        .order_by(Review.id)
    )
    if only_id is not None:
        q = q.where(Review.id == only_id)
    return [
        ReviewRow(
            r.id,
            r.post_id,
            r.version.number,
            r.reviewer_uid,
            r.decision,
            r.reason,
            json.loads(r.checklist),
            r.created_at,
        )
        for r in q
    ]


def insert_correction(*, post_id: int, text: str, created_by: str, created_at: str) -> CorrectionRow:
    c = Correction.create(post=post_id, text=text, created_by=created_by, created_at=created_at)
    return CorrectionRow(c.id, post_id, c.text, c.created_by, c.created_at)


def list_corrections(post_id: int) -> list[CorrectionRow]:
    return [
        CorrectionRow(c.id, c.post_id, c.text, c.created_by, c.created_at)
        for c in Correction.select().where(Correction.post == post_id).order_by(Correction.id)
    ]


# --------------------------------------------------------------------------- incidents


def _incident(i: Incident) -> IncidentRow:
    return IncidentRow(
        i.id,
        i.kind,
        i.account_id,
        i.post_id,
        i.platform_ref,
        i.description,
        i.takedown_requested_on,
        i.actions,
        i.outcome,
        i.status,
        i.created_by,
        i.created_at,
        i.updated_at,
    )


def insert_incident(**fields: Any) -> IncidentRow:
    return _incident(Incident.create(**fields))


def update_incident(incident_id: int, **fields: Any) -> None:
    Incident.update(**fields).where(Incident.id == incident_id).execute()


def get_incident(incident_id: int) -> IncidentRow | None:
    i = Incident.get_or_none(Incident.id == incident_id)
    return None if i is None else _incident(i)


def list_incidents(*, before_id: int | None = None, limit: int = 200) -> list[IncidentRow]:
    q = Incident.select()
    if before_id is not None:
        q = q.where(Incident.id < before_id)
    return [_incident(i) for i in q.order_by(Incident.status.desc(), Incident.id.desc()).limit(limit)]


# --------------------------------------------------------------------------- word lists


def word_list_overrides() -> list[WordListOverrideRow]:
    return [
        WordListOverrideRow(
            o.category,
            o.severity,
            tuple(json.loads(o.words)),
            tuple(json.loads(o.allow)),
            o.updated_by,
            o.updated_at,
        )
        for o in WordListOverride.select().order_by(WordListOverride.category)
    ]


def set_word_list_override(
    *,
    category: str,
    severity: str,
    words: Sequence[str],
    allow: Sequence[str],
    updated_by: str,
    updated_at: str,
) -> None:
    WordListOverride.insert(
        category=category,
        severity=severity,
        words=_json(list(words)),
        allow=_json(list(allow)),
        updated_by=updated_by,
        updated_at=updated_at,
    ).on_conflict_replace().execute()


def remove_word_list_override(category: str) -> bool:
    return int(WordListOverride.delete().where(WordListOverride.category == category).execute()) > 0

"""Posts and their versions: drafts, submissions, the author's list and the review queue."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

import peewee as pw

from desktop.store.errors import ChangedElsewhere
from desktop.store.posts import Post, PostVersion
from desktop.store.posts_repo.rows import PostRow, VersionRow, json_text


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
        v.self_check_override,
        v.no_approval_reason,
        v.no_approval_note,
        v.evidence_record,
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
    evidence_record_id: int | None = None,
) -> VersionRow:
    v = PostVersion.create(
        post=post_id,
        number=number,
        account=account_id,
        text=text,
        links=json_text(list(links)),
        media=json_text(list(media)),
        claimed_scope=claimed_scope_id,
        evidence=evidence,
        evidence_record=evidence_record_id,
        findings=json_text(list(findings)),
        created_by=created_by,
        created_at=created_at,
    )
    return _version(v)


def mark_submitted(
    version_id: int,
    *,
    findings: Sequence[dict[str, Any]],
    routing: dict[str, Any],
    submitted_at: str,
    self_check_override: str = "",
    no_approval_reason: str | None = None,
    no_approval_note: str = "",
) -> None:
    PostVersion.update(
        findings=json_text(list(findings)),
        routing=json_text(routing),
        self_check=True,
        self_check_override=self_check_override,
        no_approval_reason=no_approval_reason,
        no_approval_note=no_approval_note,
        submitted_at=submitted_at,
    ).where(PostVersion.id == version_id).execute()


def update_post(post_id: int, **fields: Any) -> None:
    Post.update(**fields).where(Post.id == post_id).execute()


def update_post_checked(post_id: int, *, expect_version: int, expect_status: str, **fields: Any) -> None:
    """Update a post only if it still has the version and status this change was based on; otherwise
    raise ChangedElsewhere (the caller's transaction is rolled back: nothing of the change is kept).

    On one PC nothing else writes between the read and this update; on the office server another PC may
    (an author saving while a reviewer decides): one of them is told, nobody is overwritten silently."""
    changed = Post.update(**fields).where(
        (Post.id == post_id) & (Post.version_no == expect_version) & (Post.status == expect_status)).execute()
    if changed != 1:
        raise ChangedElsewhere()


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


def list_in_scope(*, limit: int = 200) -> list[tuple[PostRow, VersionRow]]:
    """Posts that went out within a scope (approved or published without individual approval), newest first."""
    q = _with_current(Post.select()).where(Post.scope_used.is_null(False))
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


# --------------------------------------------------------------------------- the managers' calendar

#: The calendar moment of a post: when it was published, else when it last entered review, else its last change.
MOMENT = pw.fn.COALESCE(Post.published_at, Post.queued_at, Post.updated_at)


def _period(query: pw.ModelSelect[Post], start: str, end: str) -> pw.ModelSelect[Post]:
    return query.where((MOMENT >= start) & (MOMENT < end))


def posts_between(
    start: str,
    end: str,
    *,
    statuses: Sequence[str] | None = None,
    account_id: int | None = None,
    after: tuple[str, int] | None = None,
    limit: int = 200,
) -> list[tuple[PostRow, VersionRow]]:
    """Posts whose calendar moment is in ``[start, end)`` (UTC ISO), in time order; keyset pagination:
    pass the last row's ``(moment, id)`` as ``after``."""
    q = _period(_with_current(Post.select()), start, end)
    if statuses is not None:
        q = q.where(Post.status.in_(list(statuses)))
    if account_id is not None:
        q = q.where(Post.account == account_id)
    if after is not None:
        q = q.where((MOMENT > after[0]) | ((MOMENT == after[0]) & (Post.id > after[1])))
    return [(_post(p), _version(_current(p))) for p in q.order_by(MOMENT, Post.id).limit(limit)]


def hours_between(
    start: str, end: str, *, statuses: Sequence[str], account_id: int | None = None, limit: int = 20000
) -> list[tuple[str, str]]:
    """Distinct ``(UTC hour "YYYY-MM-DDTHH", status)`` of posts whose calendar moment is in ``[start, end)``
    with one of ``statuses``: at most 24 per day and status, however many posts (for marking days)."""
    hour = pw.fn.substr(MOMENT, 1, 13)
    q = (_period(Post.select(hour.alias("hour"), Post.status), start, end)
         .where(Post.status.in_(list(statuses))).distinct())
    if account_id is not None:
        q = q.where(Post.account == account_id)
    rows: list[tuple[Any, Any]] = list(cast(Any, q.limit(limit).tuples()))
    return [(str(h), str(s)) for h, s in rows]

"""Review decisions on post versions, and corrections to published posts."""

from __future__ import annotations

import json

from desktop.store.posts import Correction, PostVersion, Review
from desktop.store.posts_repo.rows import CorrectionRow, ReviewRow, json_text


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
        checklist=json_text(checklist),
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

"""The yearly review records (A9): one append-only row per review of a subject (created by
migration 9; see desktop/store/migrations.py)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from desktop.store.models import BaseModel, User

__all__ = ["EXTRA_SQL", "MODELS", "ReviewRow", "YearlyReview", "insert_review", "latest_reviews", "office_started_at"]


class YearlyReview(BaseModel):
    subject = pw.CharField(max_length=30)  # manual_rules | consent_scripts | word_lists
    reviewed_at = pw.CharField(max_length=40)
    reviewed_by = pw.CharField(max_length=64)
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("subject", "reviewed_at"), False),)


@dataclass(frozen=True)
class ReviewRow:
    subject: str
    reviewed_at: str
    reviewed_by: str
    note: str


def insert_review(subject: str, at: str, by: str, note: str) -> int:
    return int(YearlyReview.insert(subject=subject, reviewed_at=at, reviewed_by=by, note=note).execute())


def latest_reviews() -> dict[str, ReviewRow]:
    """{subject: its latest review}."""
    out: dict[str, ReviewRow] = {}
    for r in YearlyReview.select().order_by(YearlyReview.reviewed_at, YearlyReview.id):
        out[r.subject] = ReviewRow(r.subject, r.reviewed_at, r.reviewed_by, r.note)
    return out


def office_started_at() -> str | None:
    """When the office was set up (its first user): the baseline before any review is recorded."""
    value = User.select(pw.fn.MIN(User.created_at)).scalar()
    return None if value is None else str(value)


MODELS: list[type[BaseModel]] = [YearlyReview]
EXTRA_SQL: list[str] = [
    f"CREATE TRIGGER IF NOT EXISTS yearly_review_no_{op.lower()} BEFORE {op} ON yearly_review "
    "BEGIN SELECT RAISE(ABORT, 'review records are append-only'); END" for op in ("UPDATE", "DELETE")
]

"""Tables of the posts feature (created by migration 3; see desktop/store/migrations.py).

SNS accounts, pre-approved scopes (with the accounts they cover and who they are granted
to), posts with every version kept, reviews, corrections, incidents and the managers'
word-list overrides. Times are ISO 8601 strings (aware UTC), dates ``YYYY-MM-DD``.

P6 ("mistakes are corrected, not deleted"): triggers refuse DELETE on posts, versions,
reviews, corrections and incidents, and refuse changing the content of a saved version, a
review or a correction. Queries live in :mod:`desktop.store.posts_repo`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

from desktop.store.models import BaseModel
from desktop.store.sealing import SealedText


class SnsAccount(BaseModel):
    platform = pw.CharField(max_length=20)
    name = pw.CharField(max_length=200)
    url = pw.CharField(max_length=1000, default="")
    active = pw.BooleanField(default=True)
    created_at = pw.CharField(max_length=40)


class PostScope(BaseModel):
    """A scope approved in advance (P2): kind a-d, conditions in words, the evidence a post must carry."""

    kind = pw.CharField(max_length=1)
    conditions = pw.TextField(default="")
    evidence_required = pw.TextField(default="")
    valid_from = pw.CharField(max_length=10, null=True)
    valid_to = pw.CharField(max_length=10, null=True)
    revoked = pw.BooleanField(default=False)
    revoked_at = pw.CharField(max_length=40, null=True)
    created_by = pw.CharField(max_length=36)
    created_at = pw.CharField(max_length=40)
    updated_at = pw.CharField(max_length=40)


class ScopeAccount(BaseModel):
    scope = pw.ForeignKeyField(PostScope, backref="account_links", on_delete="CASCADE")
    account = pw.ForeignKeyField(SnsAccount, backref="scope_links")

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        scope_id: pw.ForeignKeyField[int]
        account_id: pw.ForeignKeyField[int]

    class Meta:
        indexes = ((("scope", "account"), True),)


class ScopeGrant(BaseModel):
    """One grantee of a scope: a user (uid) or a role."""

    scope = pw.ForeignKeyField(PostScope, backref="grants", on_delete="CASCADE")
    user_uid = pw.CharField(max_length=36, null=True)
    role = pw.CharField(max_length=20, null=True)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        scope_id: pw.ForeignKeyField[int]


class EvidenceRecordRow(BaseModel):
    """A record the managers keep as evidence for posts within a scope: a page, event, procedure or Q&A."""

    kind = pw.CharField(max_length=20)
    title = pw.CharField(max_length=200)
    on_date = pw.CharField(max_length=10, null=True)
    url = pw.CharField(max_length=2000, default="")
    created_by = pw.CharField(max_length=36)
    created_at = pw.CharField(max_length=40)
    retired_at = pw.CharField(max_length=40, null=True)

    class Meta:
        table_name = "evidence_record"


class Post(BaseModel):
    account = pw.ForeignKeyField(SnsAccount, backref="posts")
    author_uid = pw.CharField(max_length=36, index=True)
    status = pw.CharField(max_length=20, index=True)
    version_no = pw.IntegerField(default=1)  # the current version
    reviewed_version_no = pw.IntegerField(null=True)  # the version of the last review decision
    scope_used = pw.ForeignKeyField(PostScope, null=True, backref="posts")
    queued_at = pw.CharField(max_length=40, null=True, index=True)  # when it last entered the review queue
    published_url = pw.CharField(max_length=2000, null=True)
    published_at = pw.CharField(max_length=40, null=True)
    created_at = pw.CharField(max_length=40)
    updated_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        account_id: pw.ForeignKeyField[int]
        scope_used_id: pw.ForeignKeyField[int | None]


class PostVersion(BaseModel):
    """Every saved edit of a post. Content columns never change once written."""

    post = pw.ForeignKeyField(Post, backref="versions")
    number = pw.IntegerField()
    account = pw.ForeignKeyField(SnsAccount, backref="versions")
    text = SealedText()
    links = pw.TextField(default="[]")  # JSON list of strings
    media = pw.TextField(default="[]")  # JSON list of checklist answers
    claimed_scope = pw.ForeignKeyField(PostScope, null=True, backref="claims")
    evidence = SealedText(default="")
    findings = pw.TextField(default="[]")  # JSON snapshot of the screening when saved / submitted
    self_check = pw.BooleanField(default=False)
    self_check_override = SealedText(default="")  # why a self-check point stands against a HIGH finding
    no_approval_reason = pw.CharField(max_length=20, null=True)  # why approval could not be obtained (scope)
    no_approval_note = SealedText(default="")
    evidence_record = pw.IntegerField(null=True, column_name="evidence_record_id")  # EvidenceRecordRow id
    routing = pw.TextField(null=True)  # JSON: decision, scope id and reasons at submission
    submitted_at = pw.CharField(max_length=40, null=True)
    created_by = pw.CharField(max_length=36)
    created_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        post_id: pw.ForeignKeyField[int]
        account_id: pw.ForeignKeyField[int]
        claimed_scope_id: pw.ForeignKeyField[int | None]

    class Meta:
        indexes = ((("post", "number"), True),)


class Review(BaseModel):
    post = pw.ForeignKeyField(Post, backref="reviews")
    version = pw.ForeignKeyField(PostVersion, backref="reviews")
    reviewer_uid = pw.CharField(max_length=36)
    decision = pw.CharField(max_length=20)
    reason = SealedText(default="")
    checklist = pw.TextField(default="{}")  # JSON: item key -> confirmed
    created_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        post_id: pw.ForeignKeyField[int]
        version_id: pw.ForeignKeyField[int]


class Correction(BaseModel):
    post = pw.ForeignKeyField(Post, backref="corrections")
    text = SealedText()
    created_by = pw.CharField(max_length=36)
    created_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        post_id: pw.ForeignKeyField[int]


class Incident(BaseModel):
    kind = pw.CharField(max_length=20)
    account = pw.ForeignKeyField(SnsAccount, null=True, backref="incidents")
    post = pw.ForeignKeyField(Post, null=True, backref="incidents")
    platform_ref = pw.CharField(max_length=2000, default="")
    description = SealedText(default="")
    takedown_requested_on = pw.CharField(max_length=10, null=True)
    actions = SealedText(default="")
    outcome = SealedText(default="")
    status = pw.CharField(max_length=10, default="open", index=True)
    created_by = pw.CharField(max_length=36)
    created_at = pw.CharField(max_length=40)
    updated_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        account_id: pw.ForeignKeyField[int | None]
        post_id: pw.ForeignKeyField[int | None]


class WordListOverride(BaseModel):
    """A manager's version of one word-list category; the shipped TOML is the default."""

    category = pw.CharField(primary_key=True, max_length=40)
    severity = pw.CharField(max_length=10)
    words = pw.TextField()  # JSON list
    allow = pw.TextField(default="[]")  # JSON list
    updated_by = pw.CharField(max_length=36)
    updated_at = pw.CharField(max_length=40)


MODELS: list[type[BaseModel]] = [
    SnsAccount,
    PostScope,
    ScopeAccount,
    ScopeGrant,
    Post,
    PostVersion,
    Review,
    Correction,
    Incident,
    WordListOverride,
    EvidenceRecordRow,
]


def _no_delete(table: str) -> str:
    return (
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'posts are corrected, never deleted'); END"
    )


def _no_update(table: str, columns: str | None = None) -> str:
    of = f" OF {columns}" if columns else ""
    return (
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE{of} ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'saved content is kept as written'); END"
    )


_SUBMISSION_COLUMNS = {
    "self_check_override": "TEXT NOT NULL DEFAULT ''",
    "no_approval_reason": "VARCHAR(20)",
    "no_approval_note": "TEXT NOT NULL DEFAULT ''",
}


def add_submission_notes(db: pw.Database) -> None:
    """Migration: the self-check override and why approval could not be obtained, per version.

    A database created at this schema already has the columns (``MODELS`` declares them), so only
    the missing ones are added.
    """
    have = {c.name for c in db.get_columns("post_version")}
    for name, sql in _SUBMISSION_COLUMNS.items():
        if name not in have:
            db.execute_sql(f"ALTER TABLE post_version ADD COLUMN {name} {sql}")  # type: ignore[no-untyped-call]


def add_evidence_records(db: pw.Database) -> None:
    """Migration: the managers' evidence records, and the record a post version names."""
    db.create_tables([EvidenceRecordRow])
    if "evidence_record_id" not in {c.name for c in db.get_columns("post_version")}:
        db.execute_sql("ALTER TABLE post_version ADD COLUMN evidence_record_id INTEGER")  # type: ignore[no-untyped-call]


EXTRA_SQL: list[str] = [
    *(_no_delete(t) for t in ("post", "post_version", "review", "correction", "incident")),
    _no_update(
        "post_version",
        "post_id, number, account_id, text, links, media, claimed_scope_id, evidence, created_by, created_at",
    ),
    _no_update("review"),
    _no_update("correction"),
]

__all__ = [
    "EXTRA_SQL",
    "add_evidence_records",
    "add_submission_notes",
    "EvidenceRecordRow",
    "MODELS",
    "Correction",
    "Incident",
    "Post",
    "PostScope",
    "PostVersion",
    "Review",
    "ScopeAccount",
    "ScopeGrant",
    "SnsAccount",
    "WordListOverride",
]

"""All peewee models, bound to one DatabaseProxy (initialised by :mod:`desktop.store.office`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import peewee as pw

DB = pw.DatabaseProxy()


def tuples(query: pw.BaseQuery) -> Iterator[tuple[Any, ...]]:
    """Run a select and iterate its rows as plain tuples: ``iter(query.tuples())``. (peewee's stubs
    type ``.tuples()`` as the same query of model rows; this states the row type once.)"""
    return iter(query.tuples())


def upsert(model: type[pw.Model], conflict: pw.Field, **values: Any) -> None:
    """Insert a row or replace the other columns of the row with the same ``conflict`` key (one statement
    that SQLite and PostgreSQL both run: ``INSERT … ON CONFLICT (key) DO UPDATE``)."""
    others = [model._meta.fields[name] for name in values if name != conflict.name]
    model.insert(**values).on_conflict(conflict_target=[conflict], preserve=others).execute()


class BaseModel(pw.Model):
    if TYPE_CHECKING:
        # peewee adds the implicit primary key ``id`` (and ``<fk>_id`` for foreign keys) when the class is
        # created; declared here for the type checker only. Models with another primary key never use it.
        id: pw.AutoField[int]

    class Meta:
        database = DB
        legacy_table_names = False


class Setting(BaseModel):
    """Office-wide settings (office name, privacy officer, auto-lock minutes …) as JSON values."""

    key = pw.CharField(primary_key=True, max_length=100)
    value = pw.TextField()


class User(BaseModel):
    uid = pw.CharField(unique=True, max_length=36)
    username = pw.CharField(unique=True, max_length=64)  # normalised (NFKC, casefold)
    display_name = pw.CharField(max_length=200)
    role = pw.CharField(max_length=20)
    active = pw.BooleanField(default=True)
    must_change_password = pw.BooleanField(default=False)
    created_at = pw.CharField(max_length=40)
    deactivated_at = pw.CharField(max_length=40, null=True)


class AuditEntry(BaseModel):
    """Append-only, HMAC-chained (R22). Triggers block UPDATE and DELETE."""

    seq = pw.IntegerField(primary_key=True)
    ts = pw.CharField(max_length=40)
    actor = pw.CharField(max_length=64)
    action = pw.CharField(max_length=64, index=True)
    target = pw.CharField(max_length=200)
    result = pw.CharField(max_length=20)
    details = pw.TextField()
    prev = pw.BlobField()
    mac = pw.BlobField()


FOUNDATION_MODELS: list[type[BaseModel]] = [Setting, User, AuditEntry]

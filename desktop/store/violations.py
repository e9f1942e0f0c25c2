"""The violation-report ledger (design A10; created by migration 5, see desktop/store/migrations.py).

One row per case. What the member of staff filed (who, when, the description) never changes;
the privacy officer's analysis, the dates of the reports to the PPC, of telling the people
affected, and the closing note are updated on the same row. Triggers make the filed part
read-only and block DELETE: a violation record is never deleted.

Times are ISO-8601 UTC strings of one fixed shape (they sort as text); ``*_on`` dates are
``YYYY-MM-DD`` office-local (Japan time). ``data_kinds`` is a JSON list of DataKind values.
Queries at the end return plain frozen dataclasses, never peewee rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import peewee as pw

from desktop.store.models import BaseModel, User
from desktop.store.sealing import SealedText

__all__ = [
    "EXTRA_SQL",
    "KEEP_MESSAGE",
    "MODELS",
    "ViolationReport",
    "ViolationRow",
    "count_reports",
    "insert_report",
    "list_reports",
    "report_by_id",
    "update_report",
]


class ViolationReport(BaseModel):
    id = pw.AutoField()
    kind = pw.CharField(max_length=30)
    occurred_at = pw.CharField(max_length=40, null=True)  # NULL: not known
    noticed_at = pw.CharField(max_length=40)  # when the office became aware (deadlines count from its day)
    reported_by = pw.ForeignKeyField(User, field=User.uid, column_name="reported_by_uid",
                                     object_id_name="reported_by_uid", backref="violation_reports",
                                     on_delete="RESTRICT")
    if TYPE_CHECKING:  # the foreign key's value, an attribute peewee adds
        reported_by_uid: pw.ForeignKeyField[str]
    reported_at = pw.CharField(max_length=40)
    description = SealedText()  # may name people: it lives only in the encrypted database
    people_affected = pw.IntegerField(null=True)  # NULL: not known yet
    data_kinds = pw.TextField(default="[]")
    sensitive = pw.BooleanField(default=False)
    financial_risk = pw.BooleanField(default=False)
    unlawful_purpose = pw.BooleanField(default=False)
    encrypted = pw.BooleanField(default=False)
    status = pw.CharField(max_length=12, default="open", index=True)
    # the privacy officer's part (PPC report items 4, 5, 6/7, 8)
    cause = SealedText(default="")
    secondary_harm = SealedText(default="")
    actions = SealedText(default="")
    prevention = SealedText(default="")
    preliminary_reported_on = pw.CharField(max_length=10, null=True)
    final_reported_on = pw.CharField(max_length=10, null=True)
    people_notified_on = pw.CharField(max_length=10, null=True)
    closing_note = SealedText(default="")
    closed_at = pw.CharField(max_length=40, null=True)
    closed_by = pw.CharField(max_length=36, null=True)
    updated_at = pw.CharField(max_length=40)
    updated_by = pw.CharField(max_length=36)

    class Meta:
        indexes = ((("status", "noticed_at"), False),)


MODELS: list[type[BaseModel]] = [ViolationReport]

KEEP_MESSAGE = "violation reports are kept"
FILED_MESSAGE = "what was filed cannot be changed"

EXTRA_SQL: list[str] = [
    "CREATE TRIGGER violation_report_no_delete BEFORE DELETE ON violation_report "
    f"BEGIN SELECT RAISE(ABORT, '{KEEP_MESSAGE}'); END",
    "CREATE TRIGGER violation_report_filed_fixed BEFORE UPDATE OF reported_by_uid, reported_at, description "
    "ON violation_report WHEN NEW.reported_by_uid IS NOT OLD.reported_by_uid "
    "OR NEW.reported_at IS NOT OLD.reported_at OR NEW.description IS NOT OLD.description "
    f"BEGIN SELECT RAISE(ABORT, '{FILED_MESSAGE}'); END",
]


@dataclass(frozen=True)
class ViolationRow:
    id: int
    kind: str
    occurred_at: str | None
    noticed_at: str
    reported_by: str
    reported_at: str
    description: str
    people_affected: int | None
    data_kinds: tuple[str, ...]
    sensitive: bool
    financial_risk: bool
    unlawful_purpose: bool
    encrypted: bool
    status: str
    cause: str
    secondary_harm: str
    actions: str
    prevention: str
    preliminary_reported_on: str | None
    final_reported_on: str | None
    people_notified_on: str | None
    closing_note: str
    closed_at: str | None
    closed_by: str | None
    updated_at: str
    updated_by: str


def _row(r: ViolationReport) -> ViolationRow:
    return ViolationRow(
        r.id, r.kind, r.occurred_at, r.noticed_at, r.reported_by_uid, r.reported_at, r.description,
        r.people_affected, tuple(json.loads(r.data_kinds)), bool(r.sensitive), bool(r.financial_risk),
        bool(r.unlawful_purpose), bool(r.encrypted), r.status, r.cause, r.secondary_harm, r.actions,
        r.prevention,
        r.preliminary_reported_on, r.final_reported_on, r.people_notified_on, r.closing_note, r.closed_at,
        r.closed_by, r.updated_at, r.updated_by)


def _kinds(values: Iterable[str]) -> str:
    return json.dumps(sorted(values), separators=(",", ":"))


def insert_report(*, kind: str, occurred_at: str | None, noticed_at: str, reported_by: str, reported_at: str,
                  description: str, people_affected: int | None, data_kinds: Iterable[str], sensitive: bool,
                  financial_risk: bool, unlawful_purpose: bool, encrypted: bool) -> int:
    """File one report (call inside a transaction). Returns its id."""
    row = ViolationReport.create(
        kind=kind, occurred_at=occurred_at, noticed_at=noticed_at, reported_by=reported_by,
        reported_at=reported_at, description=description, people_affected=people_affected,
        data_kinds=_kinds(data_kinds), sensitive=sensitive, financial_risk=financial_risk,
        unlawful_purpose=unlawful_purpose, encrypted=encrypted, status="open", updated_at=reported_at,
        updated_by=reported_by)
    return int(row.id)


def update_report(report_id: int, **fields: Any) -> None:
    """Change the officer's fields of one report (call inside a transaction)."""
    if "data_kinds" in fields:
        fields["data_kinds"] = _kinds(fields["data_kinds"])
    ViolationReport.update(**fields).where(ViolationReport.id == report_id).execute()


def report_by_id(report_id: int) -> ViolationRow | None:
    r = ViolationReport.get_or_none(ViolationReport.id == report_id)
    return None if r is None else _row(r)


def list_reports(*, open_only: bool = False, limit: int = 500,
                 before_id: int | None = None) -> list[ViolationRow]:
    """Reports newest first (keyset pagination on the id: pass the last id seen as ``before_id``)."""
    q = ViolationReport.select()
    if open_only:
        q = q.where(ViolationReport.status != "closed")
    if before_id is not None:
        q = q.where(ViolationReport.id < before_id)
    return [_row(r) for r in q.order_by(ViolationReport.id.desc()).limit(limit)]


def count_reports(*, open_only: bool = False) -> int:
    q = ViolationReport.select()
    if open_only:
        q = q.where(ViolationReport.status != "closed")
    return q.count()

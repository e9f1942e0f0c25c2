"""The managers' evidence records: add, retire, list."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.posts import EvidenceRecordRow


@dataclass(frozen=True)
class RecordRow:
    id: int
    kind: str
    title: str
    on_date: str | None
    url: str
    created_by: str
    created_at: str
    retired_at: str | None


def _row(r: EvidenceRecordRow) -> RecordRow:
    return RecordRow(r.id, r.kind, r.title, r.on_date, r.url, r.created_by, r.created_at, r.retired_at)


def insert_record(*, kind: str, title: str, on_date: str | None, url: str, created_by: str, created_at: str) -> RecordRow:
    return _row(EvidenceRecordRow.create(kind=kind, title=title, on_date=on_date, url=url, created_by=created_by,
                                         created_at=created_at))


def get_record(record_id: int) -> RecordRow | None:
    r = EvidenceRecordRow.get_or_none(EvidenceRecordRow.id == record_id)
    return None if r is None else _row(r)


def list_records(*, include_retired: bool = False) -> list[RecordRow]:
    q = EvidenceRecordRow.select()
    if not include_retired:
        q = q.where(EvidenceRecordRow.retired_at.is_null())
    return [_row(r) for r in q.order_by(EvidenceRecordRow.kind, EvidenceRecordRow.on_date.desc(), EvidenceRecordRow.id)]


def retire_record(record_id: int, *, retired_at: str) -> None:
    EvidenceRecordRow.update(retired_at=retired_at).where(EvidenceRecordRow.id == record_id).execute()

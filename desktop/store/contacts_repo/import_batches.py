"""Import batches (one per confirmed file import) and the remembered column mappings."""

from __future__ import annotations

import json

from desktop.store.contacts import ColumnMapping, ImportBatch
from desktop.store.contacts_repo.rows import ImportBatchRow


def _batch(r: ImportBatch) -> ImportBatchRow:
    return ImportBatchRow(r.id, r.source, r.file_name_hash, r.file_sha256, r.file_kind, r.encoding, r.total_rows,
                          json.loads(r.counts_json), json.loads(r.mapping_json), r.notice_text_id, r.confirmed_by,
                          r.confirmed_at)


def insert_import_batch(*, source: str, file_name_hash: str, file_sha256: str, file_kind: str, encoding: str,
                        total_rows: int, counts: dict[str, int], mapping: dict[str, str],
                        notice_text_id: int | None, confirmed_by: str, confirmed_at: str) -> int:
    return int(ImportBatch.insert(
        source=source, file_name_hash=file_name_hash, file_sha256=file_sha256, file_kind=file_kind,
        encoding=encoding, total_rows=total_rows, counts_json=json.dumps(counts, sort_keys=True),
        mapping_json=json.dumps(mapping, ensure_ascii=False, sort_keys=True), notice_text=notice_text_id,
        confirmed_by=confirmed_by, confirmed_at=confirmed_at).execute())


def import_batch_by_id(batch_id: int) -> ImportBatchRow | None:
    r = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    return None if r is None else _batch(r)


def import_batches_by_file(file_sha256: str) -> list[ImportBatchRow]:
    q = ImportBatch.select().where(ImportBatch.file_sha256 == file_sha256).order_by(ImportBatch.id)
    return [_batch(r) for r in q]


def get_mapping(source: str) -> dict[str, str] | None:
    r = ColumnMapping.get_or_none(ColumnMapping.source == source)
    return None if r is None else dict(json.loads(r.mapping_json))


def set_mapping(source: str, mapping: dict[str, str], at: str, by: str) -> None:
    ColumnMapping.insert(source=source, mapping_json=json.dumps(mapping, ensure_ascii=False, sort_keys=True),
                         updated_at=at, updated_by=by).on_conflict(
        conflict_target=[ColumnMapping.source],
        update={ColumnMapping.mapping_json: json.dumps(mapping, ensure_ascii=False, sort_keys=True),
                ColumnMapping.updated_at: at, ColumnMapping.updated_by: by}).execute()

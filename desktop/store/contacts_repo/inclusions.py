"""Export inclusions: which export files each contact went into."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.store.contacts import ExportInclusion
from desktop.store.contacts_repo.rows import CHUNK
from desktop.store.models import tuples


def insert_inclusions(contact_ids: Iterable[int], export_id: str, at: str) -> int:
    rows = [{"contact": cid, "export_id": export_id, "included_at": at} for cid in dict.fromkeys(contact_ids)]
    for i in range(0, len(rows), CHUNK):
        ExportInclusion.insert_many(rows[i:i + CHUNK]).execute()
    return len(rows)


def inclusions_for_contact(contact_id: int) -> list[tuple[str, str]]:
    q = tuples(ExportInclusion.select(ExportInclusion.export_id, ExportInclusion.included_at)
               .where(ExportInclusion.contact == contact_id).order_by(ExportInclusion.included_at))
    return [(e, at) for e, at in q]

"""Export inclusions: which exports each contact went into, one compact row per export.

An export's contacts are stored as a bitmap of contact ids counted from the first one, compressed
with zlib (a 100,000-row send list takes a few kilobytes instead of 100,000 rows), so an export
writes one row however large it is and exports do not get slower with the number made before.
"Which exports included me" reads the exports whose id range covers the contact and tests one bit
(the bitmap is only inflated up to that bit).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from desktop.store.contacts import ExportSet
from desktop.store.models import tuples


class IdBitmap:
    """Contact ids collected in ascending order (or any order, through :func:`from_ids`)."""

    __slots__ = ("bits", "count", "first", "last")

    def __init__(self) -> None:
        self.first: int | None = None
        self.last = 0
        self.count = 0
        self.bits = bytearray()

    def add(self, contact_id: int) -> None:
        if self.first is None:
            self.first = contact_id
        offset = contact_id - self.first
        if offset < 0:
            raise ValueError("ids must not go below the first one")
        byte, mask = offset >> 3, 1 << (offset & 7)
        bits = self.bits
        if byte >= len(bits):
            bits.extend(bytes(byte - len(bits) + 4096))
        if not bits[byte] & mask:
            bits[byte] |= mask
            self.count += 1
            if contact_id > self.last:
                self.last = contact_id

    @classmethod
    def from_ids(cls, ids: Iterable[int]) -> IdBitmap:
        out = cls()
        for i in sorted(set(ids)):
            out.add(i)
        return out

    def packed(self) -> bytes:
        used = 0 if self.first is None else ((self.last - self.first) >> 3) + 1
        return zlib.compress(bytes(memoryview(self.bits)[:used]), 6)


def contains(first_id: int, packed: bytes, contact_id: int) -> bool:
    """Whether the packed bitmap (starting at ``first_id``) holds ``contact_id``."""
    offset = contact_id - first_id
    if offset < 0:
        return False
    byte = offset >> 3
    head = zlib.decompressobj().decompress(packed, byte + 1)  # inflate only up to the wanted byte
    return byte < len(head) and bool(head[byte] & (1 << (offset & 7)))


def ids_of(first_id: int, packed: bytes) -> list[int]:
    """Every id of a packed bitmap (tests and conversions)."""
    raw = zlib.decompress(packed)
    return [first_id + (i << 3) + b for i, v in enumerate(raw) if v for b in range(8) if v & (1 << b)]


@dataclass(frozen=True)
class ExportSetRow:
    export_id: str
    included_at: str
    count: int
    bytes: int  # stored size of the bitmap


def insert_set(bitmap: IdBitmap, export_id: str, at: str) -> int:
    """One row for the export (none when it included nobody). Returns the number of contacts."""
    if bitmap.first is None or bitmap.count == 0:
        return 0
    ExportSet.insert(export_id=export_id, included_at=at, count=bitmap.count, first_id=bitmap.first,
                     last_id=bitmap.last, bitmap=bitmap.packed()).execute()
    return bitmap.count


def insert_inclusions(contact_ids: Iterable[int], export_id: str, at: str) -> int:
    return insert_set(IdBitmap.from_ids(contact_ids), export_id, at)


def inclusions_for_contact(contact_id: int) -> list[tuple[str, str]]:
    """(export id, time) of every export that included the contact, oldest first."""
    q = tuples(ExportSet.select(ExportSet.export_id, ExportSet.included_at, ExportSet.first_id, ExportSet.bitmap)
               .where((ExportSet.first_id <= contact_id) & (ExportSet.last_id >= contact_id))
               .order_by(ExportSet.included_at, ExportSet.id))
    return [(e, at) for e, at, first, packed in q if contains(first, bytes(packed), contact_id)]


def export_sets() -> list[ExportSetRow]:
    q = tuples(ExportSet.select(ExportSet.export_id, ExportSet.included_at, ExportSet.count,
                                pw.fn.LENGTH(ExportSet.bitmap)).order_by(ExportSet.id))
    return [ExportSetRow(e, at, n, size) for e, at, n, size in q]


def convert_legacy_inclusions(db: Any) -> int:
    """Migration: one ``export_set`` row per export from the old per-contact ``export_inclusion``
    rows, then drop the old table. Returns the number of exports converted."""
    tables = set(db.get_tables())
    if "export_set" not in tables:
        db.create_tables([ExportSet])
    if "export_inclusion" not in tables:
        return 0
    exports: dict[str, tuple[str, list[int]]] = {}
    cursor = db.execute_sql("SELECT export_id, included_at, contact_id FROM export_inclusion ORDER BY id")
    for export_id, at, cid in cursor:
        first_at, ids = exports.setdefault(export_id, (at, []))
        ids.append(cid)
        if at < first_at:
            exports[export_id] = (at, ids)
    for export_id, (at, ids) in exports.items():
        existing = db.execute_sql("SELECT 1 FROM export_set WHERE export_id = ?", (export_id,)).fetchone()
        bitmap = IdBitmap.from_ids(ids)
        if existing is None and bitmap.first is not None:
            db.execute_sql("INSERT INTO export_set (export_id, included_at, count, first_id, last_id, bitmap) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (export_id, at, bitmap.count, bitmap.first, bitmap.last, bitmap.packed()))
    db.execute_sql("DROP TABLE export_inclusion")
    return len(exports)

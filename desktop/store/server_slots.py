"""The key slots of an office server, kept in the server database (issue 18).

The same document as the single-PC ``office.keys`` (store/keyslots.py): each user's password-wrapped copy of
the office data key, the recovery slot, the login throttle and queued failed attempts. It holds no key in
the clear: the server learns which slots exist, never the data key. Several PCs write it; each write locks
the row and merges this PC's changes over what is stored (:func:`desktop.store.keyslots.merge`), so a user
added on one PC is never dropped by a password change on another.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee as pw

from desktop.store import keyslots as ks
from desktop.store.models import BaseModel

TABLE = "key_slot_file"


class KeySlotFile(BaseModel):
    id = pw.IntegerField(primary_key=True)  # always 1
    generation = pw.IntegerField()
    doc = pw.BlobField()

    class Meta:
        table_name = TABLE


class ServerSlots:
    """Reads and writes the slot document on the server (``remote`` of a :class:`keyslots.SlotFile`)."""

    def __init__(self, connect: Any, path: Path) -> None:
        self.connect = connect  # () -> a new connection without the data key (before unlock)
        self.db: Any = None  # the open office's connection, once unlocked
        self.path = path  # where the single-PC office keeps the document (never written on the server's PCs)

    @contextlib.contextmanager
    def _db(self) -> Iterator[Any]:
        if self.db is not None and not self.db.is_closed():
            with self.db.bind_ctx([KeySlotFile]):
                yield self.db
            return
        db = self.connect()
        try:
            with db.bind_ctx([KeySlotFile]):
                yield db
        finally:
            db.close()

    def exists(self) -> bool:
        with self._db():
            return bool(KeySlotFile.select().where(KeySlotFile.id == 1).exists())

    def load(self) -> ks.SlotFile:
        with self._db():
            row = KeySlotFile.get_or_none(KeySlotFile.id == 1)
        if row is None:
            raise FileNotFoundError("no office on this server yet")
        raw = bytes(row.doc)
        slots = ks.SlotFile.from_bytes(raw, self.path)
        slots.remote, slots.base = self, raw
        return slots

    def create(self, slots: ks.SlotFile) -> None:
        slots.generation += 1
        raw = slots.to_bytes()
        with self._db() as db, db.atomic():
            KeySlotFile.insert(id=1, generation=slots.generation, doc=raw).execute()
        slots.remote, slots.base = self, raw

    def save(self, slots: ks.SlotFile) -> None:
        with self._db() as db, db.atomic():
            row = KeySlotFile.select().where(KeySlotFile.id == 1).for_update().get_or_none()
            if row is None:
                raise FileNotFoundError("no office on this server")
            theirs = ks.SlotFile.from_bytes(bytes(row.doc), self.path)
            base = ks.SlotFile.from_bytes(slots.base, self.path) if slots.base is not None else theirs
            merged = ks.merge(base, slots, theirs)
            merged.generation = theirs.generation + 1
            raw = merged.to_bytes()
            KeySlotFile.update(generation=merged.generation, doc=raw).where(KeySlotFile.id == 1).execute()
        slots.slots, slots.throttle, slots.pending = merged.slots, merged.throttle, merged.pending
        slots.generation, slots.base = merged.generation, raw

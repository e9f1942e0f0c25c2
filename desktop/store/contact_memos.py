"""A memo kept with a contact (migration 18): office notes about the person, edited as an audited
correction beside the name and furigana (issue 17). One row per contact that has a memo; it is not
part of the consent history (that stays append-only) and not searched. Erasing the contact's personal
data (a deletion request) removes the memo too (a trigger).
"""

from __future__ import annotations

import peewee as pw

from desktop.store.contacts import Contact
from desktop.store.models import BaseModel
from desktop.store.sealing import SealedText

__all__ = ["EXTRA_SQL", "MODELS", "ContactMemo"]


class ContactMemo(BaseModel):
    contact = pw.ForeignKeyField(Contact, primary_key=True, on_delete="CASCADE")
    memo = SealedText()
    updated_at = pw.CharField(max_length=40)
    updated_by = pw.CharField(max_length=36)


MODELS: list[type[BaseModel]] = [ContactMemo]
# An erased contact (rights request: ``deleted`` set, the address blanked) keeps no memo, whichever code erases it.
EXTRA_SQL: list[str] = [
    "CREATE TRIGGER IF NOT EXISTS contact_memo_erase AFTER UPDATE OF deleted, key ON contact "
    "WHEN new.deleted OR new.key IS NULL BEGIN DELETE FROM contact_memo WHERE contact_id = new.id; END",
]

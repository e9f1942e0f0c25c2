"""Corrections of a contact's name, furigana and memo (issue 17): read the memo, write the change.

``search_text`` is written with the name and furigana, so the FTS triggers on ``contact.search_text``
(:mod:`desktop.store.search_index`) keep the index current; the consent history is not touched.
"""

from __future__ import annotations

from desktop.store.contact_memos import ContactMemo
from desktop.store.contacts import Contact

__all__ = ["contact_memo", "correct_contact"]


def contact_memo(contact_id: int) -> str | None:
    t = ContactMemo.select(ContactMemo.memo).where(ContactMemo.contact == contact_id).tuples().first()
    return None if t is None else str(t[0])


def correct_contact(contact_id: int, *, name: str | None, furigana: str | None, search_text: str,
                    memo: str | None, at: str, by: str) -> None:
    """Write the corrected name, furigana (with their ``search_text``) and memo (None: no memo)."""
    Contact.update(name=name, furigana=furigana, search_text=search_text, updated_at=at).where(
        Contact.id == contact_id).execute()
    if memo is None:
        ContactMemo.delete().where(ContactMemo.contact == contact_id).execute()
    else:
        ContactMemo.insert(contact=contact_id, memo=memo, updated_at=at, updated_by=by).on_conflict(
            conflict_target=[ContactMemo.contact],
            update={ContactMemo.memo: memo, ContactMemo.updated_at: at, ContactMemo.updated_by: by}).execute()

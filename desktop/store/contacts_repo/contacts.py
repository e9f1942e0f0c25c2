"""Contacts: lookups by id and canonical key, single inserts and updates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.store.contacts import Contact
from desktop.store.contacts_repo.rows import CHUNK, CONTACT_FIELDS, ContactRow, contact_from_tuple
from desktop.store.models import tuples


def contact_by_key(key: str) -> ContactRow | None:
    t = Contact.select(*CONTACT_FIELDS).where(Contact.key == key).tuples().first()
    return None if t is None else contact_from_tuple(t)


def contact_by_id(contact_id: int) -> ContactRow | None:
    t = Contact.select(*CONTACT_FIELDS).where(Contact.id == contact_id).tuples().first()
    return None if t is None else contact_from_tuple(t)


def contacts_by_ids(ids: Iterable[int]) -> dict[int, ContactRow]:
    wanted = sorted(set(ids))
    out: dict[int, ContactRow] = {}
    for i in range(0, len(wanted), CHUNK):
        for t in tuples(Contact.select(*CONTACT_FIELDS).where(Contact.id.in_(wanted[i:i + CHUNK]))):
            out[t[0]] = contact_from_tuple(t)
    return out


def contacts_by_keys(keys: Iterable[str]) -> dict[str, ContactRow]:
    wanted = list(dict.fromkeys(keys))
    out: dict[str, ContactRow] = {}
    for i in range(0, len(wanted), CHUNK):
        for t in tuples(Contact.select(*CONTACT_FIELDS).where(Contact.key.in_(wanted[i:i + CHUNK]))):
            out[t[2]] = contact_from_tuple(t)
    return out


def existing_contact_ids(ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(ids))
    out: set[int] = set()
    for i in range(0, len(wanted), CHUNK):
        out.update(t[0] for t in tuples(Contact.select(Contact.id).where(Contact.id.in_(wanted[i:i + CHUNK]))))
    return out


def insert_contact(*, address: str, key: str, key_hash: str, name: str | None, furigana: str | None,
                   search_text: str, status: str, eligible: bool, channel: str | None, address_valid: bool,
                   at: str) -> int:
    return int(Contact.insert(address=address, key=key, key_hash=key_hash, name=name, furigana=furigana,
                              search_text=search_text, status=status, eligible=eligible, channel=channel,
                              address_valid=address_valid, deleted=False, created_at=at, updated_at=at).execute())


def update_contact(contact_id: int, **fields: Any) -> None:
    Contact.update(**fields).where(Contact.id == contact_id).execute()

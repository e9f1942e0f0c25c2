"""Contacts: lookups by id and canonical key, single inserts and updates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.domain.addresses import mailbox_key
from desktop.domain.consent import SUPPRESSING
from desktop.store import compiled
from desktop.store.compiled import Compiled, Param
from desktop.store.contacts import Contact, Suppression
from desktop.store.contacts_repo.rows import CHUNK, CONTACT_FIELDS, ContactRow, contact_from_tuple
from desktop.store.models import tuples

# the phone desk's save looks a caller up, inserts or updates one contact: compiled once (store/compiled.py)
_BY_KEY = Compiled(lambda: Contact.select(*CONTACT_FIELDS).where(Contact.key == Param("key")).limit(1))
_BY_ID = Compiled(lambda: Contact.select(*CONTACT_FIELDS).where(Contact.id == Param("id")))
_OF_MAILBOX = Compiled(lambda: Contact.select(*CONTACT_FIELDS).where(
    (Contact.key == Param("key")) | (Contact.mailbox == Param("mailbox"))).order_by(Contact.id))


def contact_by_key(key: str) -> ContactRow | None:
    t = _BY_KEY.one(key=key)
    return None if t is None else contact_from_tuple(t)


def contact_of_mailbox(key: str) -> ContactRow | None:
    """The contact of ``key`` (a canonical key), or else one of another spelling of the same
    mailbox (Gmail dots, ``+tags``; :func:`desktop.domain.addresses.mailbox_key`): the duplicate
    check of the phone desk, unsubscribes and imports. Among several spellings the one whose
    state suppresses mail wins (then the oldest), so a refusal is never hidden by a sibling."""
    found = [contact_from_tuple(t) for t in _OF_MAILBOX.all(key=key, mailbox=mailbox_key(key))]  # one round trip
    exact = next((c for c in found if c.key == key), None)
    return exact if exact is not None else _pick(found)


def _pick(siblings: list[ContactRow]) -> ContactRow | None:
    if not siblings:
        return None
    suppressing = {s.value for s in SUPPRESSING}
    return min(siblings, key=lambda c: (c.status not in suppressing, c.id))


def contacts_of_mailboxes(mailboxes: Iterable[str]) -> dict[str, list[ContactRow]]:
    """{mailbox key: its contacts} for the given mailbox keys."""
    wanted = list(dict.fromkeys(mailboxes))
    out: dict[str, list[ContactRow]] = {}
    for i in range(0, len(wanted), CHUNK):
        q = Contact.select(*CONTACT_FIELDS, Contact.mailbox).where(Contact.mailbox.in_(wanted[i:i + CHUNK]))
        for t in tuples(q.order_by(Contact.id)):
            out.setdefault(t[-1], []).append(contact_from_tuple(t))
    return out


def suppressed_mailboxes() -> set[str]:
    """Mailbox keys of every contact whose state keeps mail away (refused, unsubscribed, deleted
    by status, or on the suppression list): every spelling of such a mailbox stays off the list."""
    suppressing = [s.value for s in SUPPRESSING]
    by_status = Contact.select(Contact.mailbox).where(Contact.mailbox.is_null(False) & Contact.status.in_(suppressing))
    listed = (Contact.select(Contact.mailbox).join(Suppression, on=(Suppression.contact == Contact.id))
              .where(Contact.mailbox.is_null(False)))
    return {t[0] for t in tuples(by_status)} | {t[0] for t in tuples(listed)}


def contact_by_id(contact_id: int) -> ContactRow | None:
    t = _BY_ID.one(id=contact_id)
    return None if t is None else contact_from_tuple(t)


def contacts_by_ids(ids: Iterable[int]) -> dict[int, ContactRow]:
    wanted = sorted(set(ids))
    out: dict[int, ContactRow] = {}
    for i in range(0, len(wanted), CHUNK):
        for t in tuples(Contact.select(*CONTACT_FIELDS).where(Contact.id.in_(wanted[i:i + CHUNK]))):
            out[t[0]] = contact_from_tuple(t)
    return out


def contacts_by_keys(keys: Iterable[str]) -> dict[str, ContactRow]:
    """{canonical key: contact} for the keys that are on file, each found by its own spelling or
    else by another spelling of the same mailbox (see :func:`contact_of_mailbox`)."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, ContactRow] = {}
    for i in range(0, len(wanted), CHUNK):
        for t in tuples(Contact.select(*CONTACT_FIELDS).where(Contact.key.in_(wanted[i:i + CHUNK]))):
            out[t[2]] = contact_from_tuple(t)
    missing = [k for k in wanted if k not in out]
    if missing:
        boxes = contacts_of_mailboxes(mailbox_key(k) for k in missing)
        for k in missing:
            found = _pick(boxes.get(mailbox_key(k), []))
            if found is not None:
                out[k] = found
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
    return compiled.insert(Contact, {
        "address": address, "key": key, "key_hash": key_hash, "mailbox": mailbox_key(key), "name": name,
        "furigana": furigana, "search_text": search_text, "status": status, "eligible": eligible, "channel": channel,
        "address_valid": address_valid, "deleted": False, "created_at": at, "updated_at": at})


def update_contact(contact_id: int, **fields: Any) -> None:
    if "key" in fields:  # the mailbox key follows the canonical key (NULL once the address is deleted)
        fields["mailbox"] = mailbox_key(fields["key"]) if fields["key"] else None
    compiled.update_by_id(Contact, contact_id, fields)

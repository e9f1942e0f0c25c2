"""The suppression list: keyed hashes of addresses never to contact again."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.domain.addresses import mailbox_key
from desktop.store.compiled import Compiled, Param
from desktop.store.contacts import Contact, Suppression
from desktop.store.contacts_repo.rows import CHUNK, SuppressionRow
from desktop.store.models import DB, tuples
from desktop.store.server import is_server


def suppression_key(db_key: bytes | bytearray) -> bytes:
    """HMAC key for the suppression list: HKDF-SHA256(database key, info "suppression-v1")."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"suppression-v1").derive(bytes(db_key))


def key_hash(hmac_key: bytes, canonical: str) -> str:
    """The keyed hash of an address's mailbox (:func:`desktop.domain.addresses.mailbox_key`), so
    every spelling of a Gmail address has one hash. For any other address the mailbox key is the
    canonical key, so the hash is the one stored before schema 8."""
    return legacy_key_hash(hmac_key, mailbox_key(canonical))


def legacy_key_hash(hmac_key: bytes, canonical: str) -> str:
    """The hash of the exact canonical key, as stored before schema 8 (the only trace of an address
    deleted before then; the key itself is gone, so it cannot be re-hashed by a migration)."""
    return hmac.new(hmac_key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def mailbox_atomic(hmac_key: bytes, canonical: str) -> Any:
    """A transaction that changes only one mailbox's records (its contacts, their events, its suppression
    entry) and appends audit entries: the phone desk's save. On the office server, PCs saving other callers
    do not wait for it (``ServerDatabase.keyed``: its lock is the mailbox's keyed hash, cut to 64 bits, so the
    server learns nothing it does not store already); on the office file it is a plain transaction."""
    db = DB.obj
    if not is_server(db):
        return db.atomic()
    lock = int.from_bytes(bytes.fromhex(key_hash(hmac_key, canonical)[:16]), "big", signed=True)
    return db.keyed((lock,))


def suppression_for_key(hmac_key: bytes, canonical: str) -> SuppressionRow | None:
    """The suppression entry of this address's mailbox, or of this exact spelling as hashed before
    schema 8."""
    mailbox, exact = key_hash(hmac_key, canonical), legacy_key_hash(hmac_key, canonical)
    found = {t[1]: _suppression_of(t) for t in _EITHER.all(a=mailbox, b=exact)}  # one round trip
    return found.get(mailbox) or found.get(exact)


def _suppression(r: Suppression) -> SuppressionRow:
    return SuppressionRow(r.id, r.key_hash, r.reason, r.contact_id, r.created_at, r.updated_at)


_FIELDS = (Suppression.id, Suppression.key_hash, Suppression.reason, Suppression.contact, Suppression.created_at,
           Suppression.updated_at)
_BY_HASH = Compiled(lambda: Suppression.select(*_FIELDS).where(Suppression.key_hash == Param("h")))
_EITHER = Compiled(lambda: Suppression.select(*_FIELDS).where(
    (Suppression.key_hash == Param("a")) | (Suppression.key_hash == Param("b"))))


def _suppression_of(t: tuple[Any, ...]) -> SuppressionRow:
    return SuppressionRow(t[0], t[1], t[2], t[3], t[4], t[5])


def suppression_by_hash(h: str) -> SuppressionRow | None:
    t = _BY_HASH.one(h=h)
    return None if t is None else _suppression_of(t)


def suppressed_hashes(hashes: Iterable[str]) -> dict[str, str]:
    """{hash: reason} for the given hashes that are on the list."""
    wanted = list(dict.fromkeys(hashes))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), CHUNK):
        q = tuples(Suppression.select(Suppression.key_hash, Suppression.reason).where(
            Suppression.key_hash.in_(wanted[i:i + CHUNK])))
        out.update({h: reason for h, reason in q})
    return out


def suppressed_keys(hmac_key: bytes, keys: Iterable[str]) -> dict[str, str]:
    """{canonical key: reason} for the keys whose mailbox is on the list, or whose exact spelling is
    (the hash stored before schema 8, e.g. an address deleted before the upgrade)."""
    wanted = list(dict.fromkeys(keys))
    mailbox = {k: key_hash(hmac_key, k) for k in wanted}
    legacy = {k: legacy_key_hash(hmac_key, k) for k in wanted}
    found = suppressed_hashes([*mailbox.values(), *legacy.values()])
    out: dict[str, str] = {}
    for k in wanted:
        reason = found.get(mailbox[k]) or found.get(legacy[k])
        if reason is not None:
            out[k] = reason
    return out


def put_suppression(h: str, reason: str, contact_id: int | None, at: str) -> None:
    existing = Suppression.get_or_none(Suppression.key_hash == h)
    if existing is None:
        Suppression.insert(key_hash=h, reason=reason, contact=contact_id, created_at=at, updated_at=at).execute()
    elif existing.reason != reason or existing.contact_id != contact_id:
        Suppression.update(reason=reason, contact=contact_id, updated_at=at).where(
            Suppression.key_hash == h).execute()


def remove_suppression(h: str) -> None:
    Suppression.delete().where(Suppression.key_hash == h).execute()


def count_suppressions() -> int:
    return int(Suppression.select().count())


def folded_contacts() -> list[tuple[int, str, str]]:
    """(id, canonical key, stored hash) of the contacts whose mailbox key differs from their
    canonical key (Gmail dots, ``+tags``): the only ones whose hash changed with schema 8."""
    q = Contact.select(Contact.id, Contact.key, Contact.key_hash).where(
        Contact.key.is_null(False) & Contact.mailbox.is_null(False) & (Contact.mailbox != Contact.key))
    return [(int(i), str(k), str(h)) for i, k, h in tuples(q)]


def rehash_contact(contact_id: int, old: str, new: str) -> None:
    """Store ``new`` as the contact's hash and move its suppression entry there (an entry already
    under ``new`` — another spelling of the mailbox — is kept and the old one dropped)."""
    Contact.update(key_hash=new).where(Contact.id == contact_id).execute()
    if Suppression.get_or_none(Suppression.key_hash == old) is None:
        return
    if Suppression.get_or_none(Suppression.key_hash == new) is None:
        Suppression.update(key_hash=new).where(Suppression.key_hash == old).execute()
    else:
        Suppression.delete().where(Suppression.key_hash == old).execute()

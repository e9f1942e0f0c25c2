"""Suppression hashes per mailbox for contacts written before schema 8 (run at login).

Migration 8 stores every contact's mailbox key but cannot re-hash: the hash key is derived from the
database key, which only an opened office holds. At login, contacts whose mailbox key differs from
their canonical key (Gmail dots, ``+tags``; few) get the mailbox hash and their suppression entry
moves with it, so an address deleted later is recognised in every spelling. Takes the key and the
audit function rather than the session (the session module calls this).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.store import contacts_repo as crepo
from desktop.store import repo

DONE_SETTING = "mailbox_rehash_done_v1"


def rehash_mailboxes(db_key: bytes | bytearray, audit: Callable[..., Any], *, migrated: bool = True) -> int:
    """Re-hash the contacts still carrying a pre-schema-8 hash; returns how many (one audit entry).

    The search reads every contact (about 1 s at 1M), so it runs at the login that migrated the schema
    (``migrated``) and at the first login after this check was added; then a setting records it done:
    contacts written since schema 8 carry the mailbox hash already (issue 15: unlock at the KDF's speed).
    """
    hk = crepo.suppression_key(db_key)
    with repo.atomic():
        if not migrated and repo.get_setting(DONE_SETTING, False):
            return 0
        repo.set_setting(DONE_SETTING, True)
        changed = 0
        for contact_id, key, old in crepo.folded_contacts():
            new = crepo.key_hash(hk, key)
            if new != old:
                crepo.rehash_contact(contact_id, old, new)
                changed += 1
        if changed:
            audit("contacts.rehash", target="mailbox", count=changed)
    return changed

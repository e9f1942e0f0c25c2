"""Changing the office's database key (R8, R14).

Removing a key slot does not revoke access by itself: someone who kept a copy of the old slot file
(or a backup) could still open the database with the old key. A rekey gives the database a new key
and re-seals it to every remaining slot, so a removed user's old slot opens nothing any more. Older
backups still open with the passwords that were valid when they were made; the UI says so.
"""

from __future__ import annotations

from desktop.domain.roles import Action
from desktop.services.session import Session
from desktop.store import keyslots as ks
from desktop.store import repo


def rekey(session: Session, reason: str = "manual") -> None:
    session.require(Action.REKEY)
    session.require_fresh_proof()
    change_key(session, reason)


def change_key(session: Session, reason: str) -> None:
    """Give the database a new key and re-seal it to every slot, without the checks of :func:`rekey`:
    for a service that has already checked a stronger right with a fresh proof (deactivating a user)."""
    office = session.office
    office.rekey(ks.new_db_key())
    with repo.atomic():
        session.audit("key.rekey", reason=reason, slots=len(office.slots.slots))

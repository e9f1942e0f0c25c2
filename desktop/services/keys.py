"""Changing the office's database key (R8, R14).

Removing a key slot does not revoke access by itself: someone who kept a copy of the old slot file
(or a backup) could still open the database with the old key. A rekey gives the database a new key
and re-seals it to every remaining slot, so a removed user's old slot opens nothing any more. Older
backups still open with the passwords that were valid when they were made; the UI says so.

On the office server the rekey re-seals every personal value in one transaction (store/server_rekey.py); it is
refused, with nothing changed, while other people are signed in or when the server's kept-as-written records
refuse the re-sealing. After a deactivation that refusal is said as such (the account is closed all the same).
"""

from __future__ import annotations

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.services.errors import ServiceError
from desktop.services.session import Session
from desktop.store import keyslots as ks
from desktop.store import repo
from desktop.store.server_rekey import KeptAsWritten, OthersSignedIn


class KeyNotChangedAfterDeactivation(ServiceError):
    """The account is deactivated, but the office server refused the rekey that should follow it."""

    def __init__(self, others_signed_in: bool) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "ServiceError", "The account was deactivated and can no longer sign in. The office key was not "
            "changed, because other people are signed in to the office server.") if others_signed_in else
            QT_TRANSLATE_NOOP(
            "ServiceError", "The account was deactivated and can no longer sign in. The office key was not "
            "changed: the office server refused to encrypt its saved records again. Ask the server's "
            "administrator to update the server database."))


def rekey(session: Session, reason: str = "manual") -> None:
    session.require(Action.REKEY)
    session.require_fresh_proof()
    change_key(session, reason)


def change_key(session: Session, reason: str) -> None:
    """Give the database a new key and re-seal it to every slot, without the checks of :func:`rekey`:
    for a service that has already checked a stronger right with a fresh proof (deactivating a user)."""
    office = session.office
    try:
        office.rekey(ks.new_db_key())
    except (OthersSignedIn, KeptAsWritten) as refused:
        with repo.atomic():  # the deactivation stands; the missing rekey is on record
            session.audit("key.rekey", result="refused", reason=reason,
                          cause="others_signed_in" if isinstance(refused, OthersSignedIn) else "kept_as_written")
        if reason == "user.deactivate":
            raise KeyNotChangedAfterDeactivation(isinstance(refused, OthersSignedIn)) from None
        raise
    with repo.atomic():
        session.audit("key.rekey", reason=reason, slots=len(office.slots.slots))

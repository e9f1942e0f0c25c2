"""The send list's cache in the contact rows, kept current (issue 15).

Every consent event rewrites the contact's ``status``, ``eligible``, ``reason`` and ``consent_at``
(:func:`desktop.services.consent.sync_status`). Two things can leave a row behind, and
:func:`ensure_current` (run before every send list and its preview, in their worker) catches both:

* a **dated expiry**: eligibility depends on the day only through a consent's ``valid_until``
  (``desktop.domain.consent``: a consent counts while ``valid_until >= today``), so a decision made
  on day *s* can only differ on day *d* for contacts with a ``valid_until`` in ``[s, d)``. Once per
  office day those contacts are decided again (an indexed range over ``consent_event.valid_until``);
* rows written without the cache (bulk imports, contacts from before migration 14): ``reason`` is
  NULL. The simple ones (one decision, no correction, no expiry date) are filled by one statement,
  the rest are decided by the domain's eligibility function.

Each run that changed something writes one audit entry with the counts (never an address).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.consent import REASON_OF_STATUS
from desktop.services import consent
from desktop.services.consent.records import consent_time
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.contacts_repo import send_list as store

SWEPT_KEY = "send_list_swept_on"
FAR_FUTURE = "9999-12-31"

BATCH = 2000


def refresh(session: Session, ids: Sequence[int]) -> int:
    """Decide these contacts again from their whole history; returns how many rows changed."""
    on = consent.today(session)
    changed = 0
    for i in range(0, len(ids), BATCH):
        chunk = list(ids[i:i + BATCH])
        contacts = crepo.contacts_by_ids(chunk)
        events = crepo.events_for_contacts(chunk)
        decisions = []
        for cid in chunk:
            contact = contacts.get(cid)
            if contact is None:
                continue
            history = [consent.domain_event(r) for r in events.get(cid, [])]
            d = consent.decide(history, deleted=contact.deleted, address_valid=contact.address_valid, on=on)
            decisions.append((cid, d.status.value, d.eligible, d.reason.value, consent_time(d, history)))
        changed += store.write_decisions(decisions)
    return changed


def catch_up(session: Session) -> int:
    """Fill the rows written without the cache (``reason`` NULL). Returns how many were filled."""
    filled = store.fill_simple(REASON_OF_STATUS)
    previous: list[int] = []
    while True:
        ids = store.undecided_ids()
        if not ids or ids == previous:
            return filled
        refresh(session, ids)
        filled += len(ids)
        previous = ids


def ensure_current(session: Session) -> dict[str, int]:
    """The daily expiry sweep and the catch-up, in one transaction (call outside a transaction is fine).

    Returns the counts (also audited as "contacts.eligibility_refresh" when anything changed)."""
    today = consent.today(session).isoformat()
    with repo.atomic():
        swept = repo.get_setting(SWEPT_KEY, None)
        swept = swept if isinstance(swept, str) else None
        filled = catch_up(session)
        rechecked = changed = 0
        if swept != today:
            if swept is not None and swept > today:  # the office clock went back: recheck every dated consent
                ids = store.ids_with_expiry(today, FAR_FUTURE)
            else:
                ids = store.ids_with_expiry(swept, today)
            rechecked = len(ids)
            changed = refresh(session, ids)
            repo.set_setting(SWEPT_KEY, today)
        counts = {"filled": filled, "rechecked": rechecked, "changed": changed}
        if filled or changed:
            session.audit("contacts.eligibility_refresh", "send-list", "ok", filled=filled, rechecked=rechecked,
                          changed=changed)
    return counts

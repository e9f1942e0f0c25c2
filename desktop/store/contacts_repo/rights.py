"""Rights requests (disclosure, correction, erasure) and the erasure of an address from request records."""

from __future__ import annotations

from typing import Any

from desktop.domain import addresses
from desktop.store.contacts import RightsRequest, UnsubscribeRequest
from desktop.store.contacts_repo.rows import CHUNK, RightsRequestRow
from desktop.store.models import tuples


def _rights(r: RightsRequest) -> RightsRequestRow:
    return RightsRequestRow(r.id, r.kind, r.received_on, r.requester, r.address, r.contact_id, r.identity_check,
                            r.due_on, r.status, r.outcome, r.created_at, r.created_by, r.updated_at, r.closed_at)


def insert_rights_request(**fields: Any) -> int:
    return int(RightsRequest.insert(**fields).execute())


def update_rights_request(request_id: int, **fields: Any) -> None:
    RightsRequest.update(**fields).where(RightsRequest.id == request_id).execute()


def rights_request_by_id(request_id: int) -> RightsRequestRow | None:
    r = RightsRequest.get_or_none(RightsRequest.id == request_id)
    return None if r is None else _rights(r)


def rights_requests(*, open_only: bool = False) -> list[RightsRequestRow]:
    q = RightsRequest.select().order_by(RightsRequest.id.desc())
    if open_only:
        q = q.where(RightsRequest.status.in_(["open", "in_progress"]))
    return [_rights(r) for r in q]


def rights_requests_for_contact(contact_id: int) -> list[RightsRequestRow]:
    q = RightsRequest.select().where(RightsRequest.contact == contact_id).order_by(RightsRequest.id)
    return [_rights(r) for r in q]


def forget_address_everywhere(contact_id: int | None, key: str | None = None) -> list[int]:
    """Blank a deleted address wherever a request holds it; returns the ids of the open (queued)
    unsubscribe requests whose address was blanked, for the caller to close.

    * Rights requests and unsubscribe records of the contact ``contact_id``: the address.
    * Requests recorded without a contact (an unsubscribe queued before it was processed, a
      rights request for an address not held) whose text names the address with canonical key
      ``key`` (:func:`desktop.domain.addresses.mentions`): the address.
    * An unsubscribe memo of either kind that names the address: the memo.

    Requests without a contact are few (the unsubscribe queue and erased requests), so they are
    read and matched here rather than by an index over free text."""
    if contact_id is not None:
        RightsRequest.update(address=None).where(RightsRequest.contact == contact_id).execute()
        UnsubscribeRequest.update(address=None).where(UnsubscribeRequest.contact == contact_id).execute()
    if not key:
        return []
    mine = UnsubscribeRequest.contact.is_null()
    if contact_id is not None:
        mine = mine | (UnsubscribeRequest.contact == contact_id)
    blank_address: list[int] = []
    blank_memo: list[int] = []
    open_ids: list[int] = []
    q = tuples(UnsubscribeRequest.select(UnsubscribeRequest.id, UnsubscribeRequest.address, UnsubscribeRequest.memo,
                                         UnsubscribeRequest.done_at)
               .where(mine & (UnsubscribeRequest.address.is_null(False) | UnsubscribeRequest.memo.is_null(False))))
    for rid, address, memo, done_at in q:
        if addresses.mentions(address, key):
            blank_address.append(rid)
            if done_at is None:
                open_ids.append(rid)
        if addresses.mentions(memo, key):
            blank_memo.append(rid)
    for i in range(0, len(blank_address), CHUNK):
        (UnsubscribeRequest.update(address=None)
         .where(UnsubscribeRequest.id.in_(blank_address[i:i + CHUNK])).execute())
    for i in range(0, len(blank_memo), CHUNK):
        (UnsubscribeRequest.update(memo=None)
         .where(UnsubscribeRequest.id.in_(blank_memo[i:i + CHUNK])).execute())
    rights = [rid for rid, address in tuples(RightsRequest.select(RightsRequest.id, RightsRequest.address)
                                             .where(RightsRequest.contact.is_null()
                                                    & RightsRequest.address.is_null(False)))
              if addresses.mentions(address, key)]
    for i in range(0, len(rights), CHUNK):
        RightsRequest.update(address=None).where(RightsRequest.id.in_(rights[i:i + CHUNK])).execute()
    return open_ids

"""Unsubscribe requests: the queue of opt-outs and its deadlines."""

from __future__ import annotations

from typing import Any

from desktop.store.contacts import UnsubscribeRequest
from desktop.store.contacts_repo.rows import UnsubscribeRow


def _unsubscribe(r: UnsubscribeRequest) -> UnsubscribeRow:
    return UnsubscribeRow(r.id, r.contact_id, r.address, r.channel, r.received_on, r.due_on, r.done_at,
                          r.recorded_at, r.recorded_by, r.done_by, r.memo, r.event_id)


def insert_unsubscribe(**fields: Any) -> int:
    return int(UnsubscribeRequest.insert(**fields).execute())


def update_unsubscribe(request_id: int, **fields: Any) -> None:
    UnsubscribeRequest.update(**fields).where(UnsubscribeRequest.id == request_id).execute()


def unsubscribe_by_id(request_id: int) -> UnsubscribeRow | None:
    r = UnsubscribeRequest.get_or_none(UnsubscribeRequest.id == request_id)
    return None if r is None else _unsubscribe(r)


def open_unsubscribes() -> list[UnsubscribeRow]:
    q = (UnsubscribeRequest.select().where(UnsubscribeRequest.done_at.is_null())
         .order_by(UnsubscribeRequest.due_on, UnsubscribeRequest.id))
    return [_unsubscribe(r) for r in q]


def recent_unsubscribes(limit: int = 50) -> list[UnsubscribeRow]:
    q = UnsubscribeRequest.select().order_by(UnsubscribeRequest.id.desc()).limit(limit)
    return [_unsubscribe(r) for r in q]


def unsubscribes_for_contact(contact_id: int) -> list[UnsubscribeRow]:
    q = UnsubscribeRequest.select().where(UnsubscribeRequest.contact == contact_id).order_by(UnsubscribeRequest.id)
    return [_unsubscribe(r) for r in q]


def count_overdue_unsubscribes(today: str) -> int:
    return int(UnsubscribeRequest.select().where(UnsubscribeRequest.done_at.is_null()
                                                 & (UnsubscribeRequest.due_on < today)).count())

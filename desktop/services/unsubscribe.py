"""配信停止 — unsubscribe requests (design A5; seed 003 lines 4, 25, 49).

A request names the address and the route it came by (phone, e-mail reply, web form,
letter). Processed at once it takes effect at once: an UNSUBSCRIBE event suppresses the
address (the domain's eligibility function then keeps it off every send list) and its keyed
hash goes on the suppression list. A request that cannot be processed at once (the address
in a letter is unclear, the reply must be checked first) is queued with a due date a set
number of business days after it was received (setting ``unsubscribe_due_business_days``,
default 3; weekends, Japanese public holidays and the year-end closure excluded) and is
overdue the day after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import addresses
from desktop.domain.business_days import business_days_between, is_overdue
from desktop.domain.consent import (
    DEFAULT_UNSUBSCRIBE_DUE_DAYS,
    ConsentEvent,
    ContactStatus,
    EventKind,
    RouteChannel,
    check_due_days,
    check_unsubscribe_request,
    due_days_setting,
    parse_route,
    unsubscribe_due,
)
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.services import consent
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

__all__ = [
    "DEFAULT_DUE_DAYS",
    "RouteChannel",
    "UnsubscribeInfo",
    "UnsubscribeResult",
    "complete_request",
    "due_days",
    "open_requests",
    "overdue_count",
    "record_request",
    "recent_requests",
    "set_due_days",
]

CTX = "Unsubscribe"
DEFAULT_DUE_DAYS = DEFAULT_UNSUBSCRIBE_DUE_DAYS
SETTING = "unsubscribe_due_business_days"
ADDRESS_AS_RECEIVED_MAX = 400
MEMO_MAX = 1000


_E_DONE = QT_TRANSLATE_NOOP("Unsubscribe", "This request has already been processed.")
_E_EMPTY = QT_TRANSLATE_NOOP("Unsubscribe", "Enter the address, or what the request says about it.")
_E_ADDRESS_LONG = QT_TRANSLATE_NOOP("Unsubscribe", "The text is too long (at most %1 characters).")
_E_MEMO = QT_TRANSLATE_NOOP("Unsubscribe", "The memo is too long (at most %1 characters).")


@dataclass(frozen=True)
class UnsubscribeInfo:
    request_id: int
    contact_id: int | None
    address: str | None
    channel: RouteChannel
    received_on: date
    due_on: date
    done_at: str | None
    overdue: bool
    business_days_left: int  # negative when overdue
    memo: str | None
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True)
class UnsubscribeResult:
    request_id: int
    contact_id: int | None
    done: bool
    due_on: date
    status: ContactStatus | None  # of the contact after the request
    was_on_list: bool
    created_contact: bool
    erased_before: bool  # the address had been deleted on request; its hash was already suppressed


def due_days(session: Session) -> int:
    session.ensure_unlocked()
    return due_days_setting(repo.get_setting(SETTING, DEFAULT_DUE_DAYS))


def set_due_days(session: Session, days: int) -> None:
    session.require(Action.SETTINGS_MANAGE)
    days = check_due_days(days)
    with repo.atomic():
        repo.set_setting(SETTING, days)
        session.audit("settings.change", target=SETTING, value=days)


def _info(session: Session, row: crepo.UnsubscribeRow, names: dict[str, str]) -> UnsubscribeInfo:
    today = consent.today(session)
    due = date.fromisoformat(row.due_on)
    done = row.done_at is not None
    return UnsubscribeInfo(row.id, row.contact_id, row.address, RouteChannel(row.channel),
                           date.fromisoformat(row.received_on), due, row.done_at,
                           not done and is_overdue(due, today),
                           business_days_between(today, due), row.memo, names.get(row.recorded_by, row.recorded_by),
                           row.recorded_at)


def _suppress(session: Session, address_text: str) -> tuple[int | None, int | None, ContactStatus | None, bool, bool,
                                                            bool]:
    """Apply the unsubscribe to ``address_text`` now (inside a transaction).

    Returns (contact id, event id, status after, was on list, contact created, erased before)."""
    normalised = addresses.normalise(address_text)
    key = addresses.canonical_key(normalised)
    contact = crepo.contact_of_mailbox(key) if "@" in normalised else None  # also another spelling
    created = False
    if contact is None:
        check = addresses.check(normalised)
        normalised = check.require_valid()  # an unknown address must at least be an address
        key = addresses.canonical_key(normalised)
        hit = crepo.suppression_for_key(consent.hmac_key(session), key)
        if hit is not None and hit.reason == "deleted":
            return None, None, None, False, False, True  # erased on request: already suppressed by hash
        contact = consent.new_contact(session, normalised, valid=True)
        created = True
    event = ConsentEvent(kind=EventKind.UNSUBSCRIBE, occurred_at=session.now(), recorded_by=session.user.uid)
    applied = consent.apply_event(session, contact, event)
    return contact.id, applied.event_id, applied.after.status, applied.before.eligible, created, False


def _clean_address(text: str) -> str:
    value = consent.clean_text(text, ADDRESS_AS_RECEIVED_MAX, _E_ADDRESS_LONG, context=CTX)
    if not value:
        raise ValidationError(_E_EMPTY, context=CTX)
    return value


def record_request(session: Session, *, address: str, channel: RouteChannel | str, received_on: date | None = None,
                   process_now: bool = True, memo: str | None = None) -> UnsubscribeResult:
    """Record an unsubscribe request; with ``process_now`` it takes effect at once."""
    session.require(Action.UNSUBSCRIBE)
    route = parse_route(channel)
    today = consent.today(session)
    received = received_on or today
    check_unsubscribe_request(route, received=received, today=today, process_now=process_now)
    text = _clean_address(address)
    memo = consent.clean_text(memo, MEMO_MAX, _E_MEMO, context=CTX)
    due = unsubscribe_due(received, due_days(session))
    now = consent.iso(session.now())
    with repo.atomic():
        contact_id = event_id = None
        status = None
        was_on = created = erased = False
        stored_address: str | None = text
        if process_now:
            contact_id, event_id, status, was_on, created, erased = _suppress(session, text)
            stored_address = None if erased else addresses.normalise(text)
        request_id = crepo.insert_unsubscribe(
            contact=contact_id, address=stored_address, channel=route.value, received_on=received.isoformat(),
            due_on=due.isoformat(), done_at=now if process_now else None, recorded_at=now,
            recorded_by=session.user.uid, done_by=session.user.uid if process_now else None, memo=memo,
            event=event_id)
        session.audit("unsubscribe.record", target=str(request_id), contact=contact_id, channel=route.value,
                      done=process_now, due=due.isoformat(), left_list=was_on, erased_before=erased)
    return UnsubscribeResult(request_id, contact_id, process_now, due, status, was_on, created, erased)


def complete_request(session: Session, request_id: int, *, address: str | None = None) -> UnsubscribeResult:
    """Process a queued request (optionally with the address as finally established)."""
    session.require(Action.UNSUBSCRIBE, str(request_id))
    row = crepo.unsubscribe_by_id(request_id)
    if row is None:
        raise NotFound()
    if row.done_at is not None:
        raise ValidationError(_E_DONE, context=CTX)
    text = _clean_address(address if address is not None and address.strip() else (row.address or ""))
    with repo.atomic():
        contact_id, event_id, status, was_on, created, erased = _suppress(session, text)
        crepo.update_unsubscribe(request_id, contact=contact_id, address=None if erased else addresses.normalise(text),
                                 done_at=consent.iso(session.now()), done_by=session.user.uid, event=event_id)
        late = is_overdue(date.fromisoformat(row.due_on), consent.today(session))
        session.audit("unsubscribe.complete", target=str(request_id), contact=contact_id, late=late,
                      left_list=was_on, erased_before=erased)
    return UnsubscribeResult(request_id, contact_id, True, date.fromisoformat(row.due_on), status, was_on, created,
                             erased)


def open_requests(session: Session) -> list[UnsubscribeInfo]:
    """The queue: requests not yet processed, earliest due first (a list of addresses: audited, A7)."""
    session.require(Action.UNSUBSCRIBE)
    rows = crepo.open_unsubscribes()
    names = consent.staff_names()
    with repo.atomic():
        session.audit("contact.view_list", target="unsubscribe_queue", count=len(rows))
    return [_info(session, r, names) for r in rows]


def recent_requests(session: Session, limit: int = 20) -> list[UnsubscribeInfo]:
    session.require(Action.UNSUBSCRIBE)
    rows = [r for r in crepo.recent_unsubscribes(limit * 2) if r.done_at is not None][:limit]
    names = consent.staff_names()
    with repo.atomic():
        session.audit("contact.view_list", target="unsubscribe_recent", count=len(rows))
    return [_info(session, r, names) for r in rows]


def overdue_count(session: Session) -> int:
    session.require(Action.UNSUBSCRIBE)
    return crepo.count_overdue_unsubscribes(consent.today(session).isoformat())

"""出力 → 除外された連絡先: who the send list leaves out, and why (issue 17).

The preview counts the contacts left out by reason; this lists them, with the same reasons (the
domain's :class:`~desktop.domain.consent.Reason` labels), the address (「（削除済み）」 on screen for a
deleted contact: it has none), name, channel, why in detail (expired, awaiting the advisor's
confirmation, script not read …) and the date of the event that decided it.

Same role as the send-list export (``Action.EXPORT``). Opening the list, and each change of the
reason filter, shows personal data: one ``export.preview_left_out`` audit entry each (further pages
of the same list are not audited again, as the contacts list).

Pages are keyset pages in a fixed order of reasons, newest contact first within each: every group
is one range of an index (``(status, id)``, or ``(reason, status, id)`` for the complaints) (:mod:`desktop.store.contacts_repo.left_out`), the few
contacts held back by other rows come from the send list's own query
(:func:`desktop.store.contacts_repo.send_list.held_back`). The cursor is (group number, last id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.consent import ContactStatus, Reason
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.services import consent, send_list_cache
from desktop.services.send_list import SUPPRESSING_STATUSES, pending
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.contacts_repo import left_out as store
from desktop.store.contacts_repo import send_list as send_store

PAGE_SIZE = 100
ACTION = "export.preview_left_out"

# details of the two reasons that come from other rows (context "Eligibility", as the decision's details)
D_PENDING = QT_TRANSLATE_NOOP("Eligibility", "An unsubscribe request was received and is not processed yet; "
                                             "the address is left out from now on.")
D_SAME_MAILBOX = QT_TRANSLATE_NOOP("Eligibility", "Another spelling of this mailbox (Gmail dots, +tags) refused, "
                                                  "unsubscribed or is on the suppression list.")


@dataclass(frozen=True)
class _Group:
    """One reason's contacts: a status (with or without one stored reason), or the ids held back."""

    reason: Reason
    status: str | None = None  # None: held back by other rows (pending, same mailbox)
    stored: str | None = None
    not_stored: str | None = None


_U = ContactStatus.UNSUBSCRIBED.value
GROUPS: tuple[_Group, ...] = (
    _Group(Reason.REFUSED, ContactStatus.REFUSED.value),
    _Group(Reason.UNSUBSCRIBED, _U, not_stored=Reason.COMPLAINT.value),
    _Group(Reason.COMPLAINT, _U, stored=Reason.COMPLAINT.value),
    _Group(Reason.UNSUBSCRIBE_PENDING),
    _Group(Reason.SAME_MAILBOX),
    _Group(Reason.BOUNCED, ContactStatus.BOUNCED.value),
    _Group(Reason.NO_OPT_IN, ContactStatus.AWAITING_CONFIRMATION.value),
    _Group(Reason.NO_OPT_IN, ContactStatus.NO_CONSENT.value),
    _Group(Reason.INVALID, ContactStatus.INVALID_ADDRESS.value),
    _Group(Reason.DELETED, ContactStatus.DELETED.value),
)
"""The order of the list (and of the reason filter): the person's own "no" first, deletions last."""

REASONS: tuple[Reason, ...] = tuple(dict.fromkeys(g.reason for g in GROUPS))

Cursor = tuple[int, int]


@dataclass(frozen=True)
class LeftOut:
    """One contact left out. ``address`` None: deleted (no address kept); ``detail`` a translatable
    template (context "Eligibility"); ``decided_at`` when the deciding event happened, if known."""

    contact_id: int
    address: str | None
    name: str | None
    channel: str | None
    reason: Reason
    detail: str
    decided_at: datetime | None


@dataclass(frozen=True)
class Page:
    rows: tuple[LeftOut, ...]
    cursor: Cursor | None  # None: the list ends here


def reasons(session: Session) -> tuple[Reason, ...]:
    """The reasons a contact can be left out for, in the list's order (the filter's choices)."""
    session.require(Action.EXPORT)
    return REASONS


def open_list(session: Session, reason: Reason | None = None, *, limit: int = PAGE_SIZE) -> Page:
    """The first page of the contacts left out (all reasons, or one); audited once."""
    session.require(Action.EXPORT)
    send_list_cache.ensure_current(session)  # the same decisions as the preview's counts
    page = _page(session, reason, None, limit)
    with repo.atomic():
        session.audit(ACTION, target="send-list", reason=reason.value if reason else "", shown=len(page.rows),
                      more=page.cursor is not None)
    return page


def next_page(session: Session, reason: Reason | None, cursor: Cursor, *, limit: int = PAGE_SIZE) -> Page:
    """The page after ``cursor`` of a list opened with :func:`open_list` (not audited again)."""
    session.require(Action.EXPORT)
    return _page(session, reason, cursor, limit)


class _Held:
    """The eligible contacts held back by other rows, read once per page and only if a page reaches them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._sets: tuple[set[int], set[int]] | None = None

    def ids(self, reason: Reason) -> list[int]:
        if self._sets is None:
            ids, keys = pending(self.session)
            self._sets = send_store.held_back(None, SUPPRESSING_STATUSES, ids, keys)
        chosen = self._sets[0] if reason is Reason.UNSUBSCRIBE_PENDING else self._sets[1]
        return sorted(chosen, reverse=True)


def _page(session: Session, reason: Reason | None, cursor: Cursor | None, limit: int) -> Page:
    limit = max(1, int(limit))
    held = _Held(session)
    start, before = cursor if cursor is not None else (0, None)
    found: list[tuple[_Group, store.LeftOutRow]] = []
    for number in range(start, len(GROUPS)):
        group = GROUPS[number]
        below = before if number == start else None
        if reason is not None and group.reason is not reason:
            continue
        want = limit + 1 - len(found)  # one more than the page: is there a next one?
        if group.status is None:
            ids = [i for i in held.ids(group.reason) if below is None or i < below][:want]
            rows = store.by_ids(ids)
        else:
            rows = store.by_status(group.status, reason=group.stored, not_reason=group.not_stored, before=below,
                                   limit=want)
        found += [(group, r) for r in rows]
        if len(found) > limit:
            break
    more = len(found) > limit
    found = found[:limit]
    next_cursor: Cursor | None = None
    if more and found:
        last_group, last_row = found[-1]
        next_cursor = (GROUPS.index(last_group), last_row[0])
    return Page(_explain(session, found), next_cursor)


def _explain(session: Session, found: list[tuple[_Group, store.LeftOutRow]]) -> tuple[LeftOut, ...]:
    """Each row with why in detail and when: its history decided again (one indexed read for the page)."""
    events = crepo.events_for_contacts([r[0] for _g, r in found])
    on = consent.today(session)
    out: list[LeftOut] = []
    for group, (cid, address, name, channel, _status, _stored, deleted, valid) in found:
        history = [consent.domain_event(e) for e in events.get(cid, [])]
        detail, at = D_PENDING if group.reason is Reason.UNSUBSCRIBE_PENDING else D_SAME_MAILBOX, None
        if group.status is not None:
            decision = consent.decide(history, deleted=deleted, address_valid=valid, on=on)
            detail = decision.detail
            deciding = decision.deciding_event_id
            chosen = [e for e in history if e.event_id == deciding] if deciding is not None else history[-1:]
            at = max((e.occurred_at for e in chosen), default=None)
        out.append(LeftOut(cid, address, name, channel, group.reason, detail, at))
    return tuple(out)


__all__ = ["ACTION", "GROUPS", "PAGE_SIZE", "REASONS", "LeftOut", "Page", "next_page", "open_list", "reasons"]

"""Eligibility (A1-A5): who may be sent mail today, replayed from an address's consent events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.consent.vocabulary import (
    CAPTURE_KINDS,
    D_BOUNCED,
    D_COMPLAINT,
    D_DELETED,
    D_ELIGIBLE,
    D_EXPIRED,
    D_IGNORED_IMPORT,
    D_INVALID,
    D_NO_CHANNEL,
    D_NO_RECORD,
    D_NOT_TICKED,
    D_NOTICE,
    D_REFUSED,
    D_SCRIPT,
    D_UNCONFIRMED,
    D_UNSUBSCRIBED,
    Channel,
    ConsentEvent,
    ContactStatus,
    Eligibility,
    EventId,
    EventKind,
    Outcome,
    Reason,
)

# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _View:
    """An event as it takes effect after corrections are applied."""

    when: datetime
    order: int
    kind: EventKind  # CORRECTION resolved to the kind of the event it corrects
    imported: bool
    event: ConsentEvent


def _effective(events: Sequence[ConsentEvent]) -> list[_View]:
    by_id: dict[EventId, ConsentEvent] = {}
    for e in events:
        if e.event_id is not None:
            by_id[e.event_id] = e
    superseded = {
        e.supersedes for e in events if e.kind is EventKind.CORRECTION and e.supersedes is not None
    }

    def root(e: ConsentEvent) -> ConsentEvent:
        seen: set[EventId] = set()
        cur = e
        while cur.kind is EventKind.CORRECTION and cur.supersedes is not None:
            target = by_id.get(cur.supersedes)
            if target is None or cur.supersedes in seen:
                break
            seen.add(cur.supersedes)
            cur = target
        return cur

    views: list[_View] = []
    for order, e in enumerate(events):
        if e.event_id is not None and e.event_id in superseded:
            continue
        if e.kind is EventKind.CORRECTION:
            original = root(e)
            if original is e:  # names nothing we know: takes effect at its own time
                views.append(_View(e.occurred_at, order, EventKind.CAPTURE, e.imported, e))
                continue
            if e.outcome is None and e.channel is None:
                continue  # a void: the corrected event simply no longer counts
            kind = original.kind if original.kind in CAPTURE_KINDS else EventKind.CAPTURE
            imported = original.imported or e.imported
            views.append(_View(original.occurred_at, order, kind, imported, e))
        else:
            views.append(_View(e.occurred_at, order, e.kind, e.imported, e))
    views.sort(key=lambda v: (v.when, v.order))
    return views


def _agreement_meets_rule(e: ConsentEvent) -> bool:
    """The capture itself satisfies its channel's rule (A1 confirmation comes separately)."""
    if e.outcome is not Outcome.AGREED or e.channel is None:
        return False
    if e.channel is Channel.PHONE:
        return e.script_read_confirmed is True
    if e.channel is Channel.MUNICIPAL_LP:
        return e.opt_in_checked is True
    return e.notice_given is True


def _shortfall(e: ConsentEvent, confirmed: bool, today: date) -> str | None:
    """None when the consent ``e`` counts, else the detail message saying why not."""
    if e.channel is None:
        return D_NO_CHANNEL
    if e.channel is Channel.PHONE and e.script_read_confirmed is not True:
        return D_SCRIPT
    if e.channel is Channel.MUNICIPAL_LP:
        if e.opt_in_checked is not True:
            return D_NOT_TICKED
        if not confirmed:
            return D_UNCONFIRMED
    elif e.channel is not Channel.PHONE and e.notice_given is not True:
        return D_NOTICE
    if e.valid_until is not None and e.valid_until < today:
        return D_EXPIRED
    return None


@dataclass
class _State:
    suppression: tuple[Reason, ConsentEvent] | None = None
    deletion: ConsentEvent | None = None
    consents: list[ConsentEvent] = field(default_factory=list)
    confirmed: set[int] = field(default_factory=set)  # id() of consents an advisor confirmed
    no_decision: ConsentEvent | None = None  # latest record without an outcome
    ignored: list[EventId | None] = field(default_factory=list)

    def reset(self) -> None:
        self.consents, self.confirmed, self.ignored = [], set(), []

    @property
    def awaiting_confirmation(self) -> bool:
        return any(
            c.channel is Channel.MUNICIPAL_LP and c.opt_in_checked is True and id(c) not in self.confirmed
            for c in self.consents
        )


_STOPS = {EventKind.UNSUBSCRIBE: Reason.UNSUBSCRIBED, EventKind.COMPLAINT: Reason.COMPLAINT,
          EventKind.BOUNCE: Reason.BOUNCED}


def replay(events: Iterable[ConsentEvent]) -> _State:
    st = _State()
    for v in _effective(list(events)):
        e = v.event
        if v.kind is EventKind.DELETION:
            st.deletion = e
            st.reset()
        elif v.kind in _STOPS:
            st.suppression = (_STOPS[v.kind], e)
            st.reset()
        elif v.kind is EventKind.OPT_IN_CONFIRMED:
            for c in st.consents:
                if c.channel is Channel.MUNICIPAL_LP and c.opt_in_checked is True:
                    st.confirmed.add(id(c))
        elif e.outcome is Outcome.REFUSED:  # capture, re-join or correction acting as one
            st.suppression = (Reason.REFUSED, e)
            st.reset()
        elif e.outcome is None:
            st.no_decision = e
        elif st.suppression is not None or st.deletion is not None:
            if v.imported or not _agreement_meets_rule(e):
                st.ignored.append(e.event_id)
            else:  # an explicit new agreement re-joins (A5)
                st.suppression = st.deletion = None
                st.consents.append(e)
        else:
            st.consents.append(e)
    return st


def eligibility(
    events: Iterable[ConsentEvent], *, deleted: bool, address_valid: bool, today: date
) -> Eligibility:
    """Decide whether the address belongs on the send list (see the module doc)."""
    st = replay(events)
    suppression, deletion, consents, confirmed = st.suppression, st.deletion, st.consents, st.confirmed
    no_decision, ignored = st.no_decision, st.ignored

    def result(
        eligible: bool, reason: Reason, status: ContactStatus, detail: str, **kw: object
    ) -> Eligibility:
        return Eligibility(eligible, reason, status, detail, **kw)  # type: ignore[arg-type]

    if deleted or deletion is not None:
        return result(
            False, Reason.DELETED, ContactStatus.DELETED, D_DELETED, rule="A6",
            deciding_event_id=deletion.event_id if deletion is not None else None,
        )  # fmt: skip
    if suppression is not None:
        reason, event = suppression
        if reason is Reason.REFUSED:
            detail = D_IGNORED_IMPORT if ignored else D_REFUSED
            rule = event.channel.rule if event.channel is not None else "A2"
            status = ContactStatus.REFUSED
        elif reason is Reason.BOUNCED:
            detail = D_IGNORED_IMPORT if ignored else D_BOUNCED
            rule, status = "A5", ContactStatus.BOUNCED
        else:
            detail = D_IGNORED_IMPORT if ignored else (D_COMPLAINT if reason is Reason.COMPLAINT else D_UNSUBSCRIBED)
            rule, status = "A5", ContactStatus.UNSUBSCRIBED
        return result(
            False, reason, status, detail, rule=rule, deciding_event_id=event.event_id,
            ignored_event_ids=tuple(ignored),
        )  # fmt: skip

    basis: ConsentEvent | None = None
    last_shortfall: tuple[str, ConsentEvent] | None = None
    for c in consents:
        why = _shortfall(c, id(c) in confirmed, today)
        if why is None:
            basis = c
        else:
            last_shortfall = (why, c)
    if basis is None:
        if last_shortfall is not None:
            detail, c = last_shortfall
            status = (
                ContactStatus.AWAITING_CONFIRMATION if detail is D_UNCONFIRMED else ContactStatus.NO_CONSENT
            )
            return result(False, Reason.NO_OPT_IN, status, detail,
                          rule=c.channel.rule if c.channel is not None else None)
        if no_decision is not None and no_decision.channel is Channel.MUNICIPAL_LP:
            return result(False, Reason.NO_OPT_IN, ContactStatus.NO_CONSENT, D_NOT_TICKED, rule="A1")
        return result(False, Reason.NO_OPT_IN, ContactStatus.NO_CONSENT, D_NO_RECORD)
    assert basis.channel is not None
    if not address_valid:
        return result(
            False, Reason.INVALID, ContactStatus.INVALID_ADDRESS, D_INVALID, basis_event_id=basis.event_id
        )
    return result(
        True, Reason.ELIGIBLE, ContactStatus.SUBSCRIBED, D_ELIGIBLE, rule=basis.channel.rule,
        basis_event_id=basis.event_id,
    )  # fmt: skip


# The reason each status implies (the eligibility function's branches); "unsubscribed" is left out:
# it may be an unsubscribe or a complaint, told apart only by the history.
REASON_OF_STATUS: dict[str, str] = {
    ContactStatus.SUBSCRIBED.value: Reason.ELIGIBLE.value,
    ContactStatus.REFUSED.value: Reason.REFUSED.value,
    ContactStatus.BOUNCED.value: Reason.BOUNCED.value,
    ContactStatus.DELETED.value: Reason.DELETED.value,
    ContactStatus.INVALID_ADDRESS.value: Reason.INVALID.value,
    ContactStatus.NO_CONSENT.value: Reason.NO_OPT_IN.value,
    ContactStatus.AWAITING_CONFIRMATION.value: Reason.NO_OPT_IN.value,
}

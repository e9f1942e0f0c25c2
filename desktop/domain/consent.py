"""Consent records and THE send-list eligibility rule (shared/design.md A1–A5).

Source: ``shared/seeds/003_5cb2449b1dcf02bb.txt`` (the e-mail address manual):

* **A1** municipal landing page (自治体LP): opt-in required (lines 1, 17, 27–28); whether
  the box was ticked is recorded (line 30); an advisor confirms the opt-in before the
  address joins the list (line 32); no opt-in, no list (line 33).
* **A2** other pages, in person, web: the notice "we may send you information" must be
  given (lines 2, 18, 35); the address may then join (line 42) unless the person refuses
  (line 43).
* **A3** phone: the advisor says the same (lines 3, 20, 44); on refusal the address is not
  registered or is removed at once (lines 21, 45); "agreed" or "refused" is recorded
  (line 46).
* **A5** unsubscribe: handled at once (lines 4, 25, 49).

A contact's consent history is a list of :class:`ConsentEvent`. :func:`eligibility` is the
one function that decides whether the address is on the send list; every screen, export
and service asks it. :func:`validate_capture` refuses a record that breaks a rule before it
is saved.

History semantics
-----------------
* Events are replayed in order of ``occurred_at`` (ties: the order given).
* A ``CORRECTION`` replaces the event named by ``supersedes`` *in that event's place in
  time*: correcting an old capture does not turn it into a new agreement after a later
  unsubscribe. A correction carrying an outcome acts as the corrected capture; one without
  an outcome voids the event it corrects. Corrections may be corrected again.
* ``REFUSED`` (any channel) and ``UNSUBSCRIBE`` suppress the address at once and drop all
  earlier consent. ``DELETION`` does the same and marks the data as deleted.
* After a suppression only an *explicit new agreement* re-joins: a ``REJOIN`` or a
  ``CAPTURE`` entered by staff (``imported=False``) that meets its channel's rule. An
  imported record (``imported=True``, e.g. an old LP export) never lifts a suppression,
  whatever its date.
* A1: a municipal-LP consent counts only with ``opt_in_checked=True`` and a later
  ``OPT_IN_CONFIRMED`` event by an advisor.
* A record without a decision (a municipal-LP row whose box was not ticked,
  ``outcome=None``) is kept as evidence and changes nothing: not ticking is "no opt-in",
  not a refusal, and does not remove a consent given another way.
* ``valid_until`` on a consent (optional) makes it lapse after that date (``today``).

Reason precedence when several apply: DELETED, then REFUSED / UNSUBSCRIBED (whichever
came last), then NO_OPT_IN, then INVALID (a broken address with a valid consent).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NoReturn

from desktop.domain.business_days import DEFAULT_CLOSURES, Closures, add_business_days
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "DEFAULT_UNSUBSCRIBE_DUE_DAYS",
    "MAX_UNSUBSCRIBE_DUE_DAYS",
    "MIN_UNSUBSCRIBE_DUE_DAYS",
    "RULE_VERSION",
    "Channel",
    "ConsentEvent",
    "ContactStatus",
    "Eligibility",
    "EventKind",
    "Outcome",
    "Reason",
    "RouteChannel",
    "check_due_days",
    "check_unsubscribe_request",
    "due_days_setting",
    "eligibility",
    "parse_route",
    "unsubscribe_due",
    "valid_due_days",
    "validate_capture",
]

#: Version of the rules implemented here; stored with every eligibility decision/export.
RULE_VERSION = "003-A1A5-r1"

_CTX = "Consent"


class Channel(StrEnum):
    """How the address was obtained."""

    PHONE = "phone"
    MUNICIPAL_LP = "municipal_lp"
    OTHER_LP = "other_lp"
    IN_PERSON = "in_person"
    WEB_FORM = "web_form"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]

    @property
    def rule(self) -> str:
        """The design rule that governs this channel."""
        return {Channel.PHONE: "A3", Channel.MUNICIPAL_LP: "A1"}.get(self, "A2")


_CHANNEL_LABELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Phone"),
    Channel.MUNICIPAL_LP: QT_TRANSLATE_NOOP("Channel", "Municipal landing page"),
    Channel.OTHER_LP: QT_TRANSLATE_NOOP("Channel", "Other landing page"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Channel", "In person"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Channel", "Web form"),
}


class Outcome(StrEnum):
    AGREED = "agreed"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.AGREED: QT_TRANSLATE_NOOP("Outcome", "Consent obtained"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("Outcome", "Refused"),
}


class EventKind(StrEnum):
    CAPTURE = "capture"
    CORRECTION = "correction"
    UNSUBSCRIBE = "unsubscribe"
    REJOIN = "rejoin"
    DELETION = "deletion"
    OPT_IN_CONFIRMED = "opt_in_confirmed"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    EventKind.CAPTURE: QT_TRANSLATE_NOOP("EventKind", "Capture"),
    EventKind.CORRECTION: QT_TRANSLATE_NOOP("EventKind", "Correction"),
    EventKind.UNSUBSCRIBE: QT_TRANSLATE_NOOP("EventKind", "Unsubscribe"),
    EventKind.REJOIN: QT_TRANSLATE_NOOP("EventKind", "Re-join"),
    EventKind.DELETION: QT_TRANSLATE_NOOP("EventKind", "Deletion"),
    EventKind.OPT_IN_CONFIRMED: QT_TRANSLATE_NOOP("EventKind", "Opt-in confirmed"),
}


class ContactStatus(StrEnum):
    """Where a contact stands, finer than :class:`Reason` (for the contact screen)."""

    SUBSCRIBED = "subscribed"
    AWAITING_CONFIRMATION = "awaiting_confirmation"  # A1: ticked, advisor not yet confirmed
    NO_CONSENT = "no_consent"
    REFUSED = "refused"
    UNSUBSCRIBED = "unsubscribed"
    DELETED = "deleted"
    INVALID_ADDRESS = "invalid_address"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ContactStatus.SUBSCRIBED: QT_TRANSLATE_NOOP("ContactStatus", "On the send list"),
    ContactStatus.AWAITING_CONFIRMATION: QT_TRANSLATE_NOOP(
        "ContactStatus", "Opt-in awaiting an advisor's confirmation"
    ),
    ContactStatus.NO_CONSENT: QT_TRANSLATE_NOOP("ContactStatus", "No consent"),
    ContactStatus.REFUSED: QT_TRANSLATE_NOOP("ContactStatus", "Refused"),
    ContactStatus.UNSUBSCRIBED: QT_TRANSLATE_NOOP("ContactStatus", "Unsubscribed"),
    ContactStatus.DELETED: QT_TRANSLATE_NOOP("ContactStatus", "Deleted"),
    ContactStatus.INVALID_ADDRESS: QT_TRANSLATE_NOOP("ContactStatus", "Invalid address"),
}


class Reason(StrEnum):
    """Why an address is (not) on the send list; shown in the export's reason column."""

    ELIGIBLE = "eligible"
    REFUSED = "refused"
    UNSUBSCRIBED = "unsubscribed"
    NO_OPT_IN = "no_opt_in"
    DELETED = "deleted"
    INVALID = "invalid"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    Reason.ELIGIBLE: QT_TRANSLATE_NOOP("Reason", "Eligible"),
    Reason.REFUSED: QT_TRANSLATE_NOOP("Reason", "Refused"),
    Reason.UNSUBSCRIBED: QT_TRANSLATE_NOOP("Reason", "Unsubscribed"),
    Reason.NO_OPT_IN: QT_TRANSLATE_NOOP("Reason", "No opt-in or notice"),
    Reason.DELETED: QT_TRANSLATE_NOOP("Reason", "Deleted"),
    Reason.INVALID: QT_TRANSLATE_NOOP("Reason", "Invalid address"),
}

# Details (why exactly), context "Eligibility".
_D_ELIGIBLE = QT_TRANSLATE_NOOP("Eligibility", "Consent recorded; the address is on the send list.")
_D_NO_RECORD = QT_TRANSLATE_NOOP("Eligibility", "No consent has been recorded for this address.")
_D_NOT_TICKED = QT_TRANSLATE_NOOP(
    "Eligibility", "The opt-in box on the municipal landing page was not ticked."
)
_D_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Eligibility", "The opt-in box was ticked, but no advisor has confirmed the opt-in yet."
)
_D_SCRIPT = QT_TRANSLATE_NOOP(
    "Eligibility", "The phone consent script was not confirmed as read to the caller."
)
_D_NOTICE = QT_TRANSLATE_NOOP(
    "Eligibility", "The notice that we may send information by e-mail was not given."
)
_D_EXPIRED = QT_TRANSLATE_NOOP("Eligibility", "The consent has expired.")
_D_NO_CHANNEL = QT_TRANSLATE_NOOP("Eligibility", "The consent record does not say how it was obtained.")
_D_REFUSED = QT_TRANSLATE_NOOP("Eligibility", "The person refused to receive e-mail from us.")
_D_UNSUBSCRIBED = QT_TRANSLATE_NOOP("Eligibility", "The person asked to stop receiving e-mail.")
_D_IGNORED_IMPORT = QT_TRANSLATE_NOOP(
    "Eligibility",
    "The person refused or unsubscribed; a later imported record does not put the address "
    "back on the list.",
)
_D_DELETED = QT_TRANSLATE_NOOP("Eligibility", "The personal data has been deleted.")
_D_INVALID = QT_TRANSLATE_NOOP("Eligibility", "The e-mail address is not valid.")

_CAPTURE_KINDS = frozenset({EventKind.CAPTURE, EventKind.REJOIN, EventKind.CORRECTION})

EventId = Hashable


@dataclass(frozen=True, kw_only=True)
class ConsentEvent:
    """One entry in a contact's consent history (design A4).

    ``script_version_id``/``script_hash`` identify the exact wording shown or read;
    ``recording_id`` and ``memo`` are optional evidence. ``imported`` is True for rows that
    came from a file import (landing-page exports) rather than being entered by staff.
    """

    kind: EventKind = EventKind.CAPTURE
    channel: Channel | None = None
    outcome: Outcome | None = None
    occurred_at: datetime
    script_version_id: str | None = None
    script_hash: str | None = None
    opt_in_checked: bool | None = None
    notice_given: bool | None = None
    script_read_confirmed: bool | None = None
    imported: bool = False
    recorded_by: str | None = None
    recording_id: str | None = None
    memo: str | None = None
    event_id: EventId | None = None
    supersedes: EventId | None = None
    valid_until: date | None = None

    def __post_init__(self) -> None:
        # Accept the stored string values too (the store layer keeps enums as text).
        object.__setattr__(self, "kind", EventKind(self.kind))
        if self.channel is not None:
            object.__setattr__(self, "channel", Channel(self.channel))
        if self.outcome is not None:
            object.__setattr__(self, "outcome", Outcome(self.outcome))
        if not isinstance(self.occurred_at, datetime):
            raise TypeError("occurred_at must be a datetime")
        if self.occurred_at.tzinfo is None or self.occurred_at.utcoffset() is None:
            raise ValueError("occurred_at must be timezone-aware")


@dataclass(frozen=True)
class Eligibility:
    """The decision for one address. ``detail`` is a translatable template."""

    eligible: bool
    reason: Reason
    status: ContactStatus
    detail: str
    rule: str | None = None  # "A1".."A6" where one applies
    basis_event_id: EventId | None = None  # the consent that makes it eligible
    deciding_event_id: EventId | None = None  # the refusal / unsubscribe / deletion
    ignored_event_ids: tuple[EventId | None, ...] = ()  # imports that could not re-join
    rule_version: str = RULE_VERSION

    @property
    def label(self) -> str:
        return self.reason.label


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
            kind = original.kind if original.kind in _CAPTURE_KINDS else EventKind.CAPTURE
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
        return _D_NO_CHANNEL
    if e.channel is Channel.PHONE and e.script_read_confirmed is not True:
        return _D_SCRIPT
    if e.channel is Channel.MUNICIPAL_LP:
        if e.opt_in_checked is not True:
            return _D_NOT_TICKED
        if not confirmed:
            return _D_UNCONFIRMED
    elif e.channel is not Channel.PHONE and e.notice_given is not True:
        return _D_NOTICE
    if e.valid_until is not None and e.valid_until < today:
        return _D_EXPIRED
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


def _replay(events: Iterable[ConsentEvent]) -> _State:
    st = _State()
    for v in _effective(list(events)):
        e = v.event
        if v.kind is EventKind.DELETION:
            st.deletion = e
            st.reset()
        elif v.kind is EventKind.UNSUBSCRIBE:
            st.suppression = (Reason.UNSUBSCRIBED, e)
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
    st = _replay(events)
    suppression, deletion, consents, confirmed = st.suppression, st.deletion, st.consents, st.confirmed
    no_decision, ignored = st.no_decision, st.ignored

    def result(
        eligible: bool, reason: Reason, status: ContactStatus, detail: str, **kw: object
    ) -> Eligibility:
        return Eligibility(eligible, reason, status, detail, **kw)  # type: ignore[arg-type]

    if deleted or deletion is not None:
        return result(
            False, Reason.DELETED, ContactStatus.DELETED, _D_DELETED, rule="A6",
            deciding_event_id=deletion.event_id if deletion is not None else None,
        )  # fmt: skip
    if suppression is not None:
        reason, event = suppression
        if reason is Reason.REFUSED:
            detail = _D_IGNORED_IMPORT if ignored else _D_REFUSED
            rule = event.channel.rule if event.channel is not None else "A2"
            status = ContactStatus.REFUSED
        else:
            detail = _D_IGNORED_IMPORT if ignored else _D_UNSUBSCRIBED
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
                ContactStatus.AWAITING_CONFIRMATION if detail is _D_UNCONFIRMED else ContactStatus.NO_CONSENT
            )
            return result(False, Reason.NO_OPT_IN, status, detail,
                          rule=c.channel.rule if c.channel is not None else None)
        if no_decision is not None and no_decision.channel is Channel.MUNICIPAL_LP:
            return result(False, Reason.NO_OPT_IN, ContactStatus.NO_CONSENT, _D_NOT_TICKED, rule="A1")
        return result(False, Reason.NO_OPT_IN, ContactStatus.NO_CONSENT, _D_NO_RECORD)
    assert basis.channel is not None
    if not address_valid:
        return result(
            False, Reason.INVALID, ContactStatus.INVALID_ADDRESS, _D_INVALID, basis_event_id=basis.event_id
        )
    return result(
        True, Reason.ELIGIBLE, ContactStatus.SUBSCRIBED, _D_ELIGIBLE, rule=basis.channel.rule,
        basis_event_id=basis.event_id,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------
# Validation before saving
# ---------------------------------------------------------------------------------------

_E_NO_CHANNEL = QT_TRANSLATE_NOOP("Consent", "Choose how the address was obtained.")
_E_NO_OUTCOME = QT_TRANSLATE_NOOP("Consent", "Record whether the person agreed or refused.")
_E_PHONE_SCRIPT_VERSION = QT_TRANSLATE_NOOP(
    "Consent", "Record which version of the phone script was shown to the advisor."
)
_E_PHONE_NOT_READ = QT_TRANSLATE_NOOP(
    "Consent", "Confirm that the consent script was read to the caller before recording the agreement."
)
_E_WORDING_VERSION = QT_TRANSLATE_NOOP(
    "Consent", "Record which version of the consent wording the person saw or heard."
)
_E_OPT_IN_MISSING = QT_TRANSLATE_NOOP(
    "Consent", "A record from a municipal landing page must say whether the opt-in box was ticked."
)
_E_OPT_IN_NOT_TICKED = QT_TRANSLATE_NOOP(
    "Consent", "The opt-in box was not ticked, so this record cannot be saved as an agreement."
)
_E_TICKED_NO_OUTCOME = QT_TRANSLATE_NOOP(
    "Consent", "The opt-in box was ticked: record this as an agreement."
)
_E_NOTICE_MISSING = QT_TRANSLATE_NOOP(
    "Consent", "Record whether the person was told that we may send information by e-mail."
)
_E_NOTICE_NOT_GIVEN = QT_TRANSLATE_NOOP(
    "Consent",
    "The person was not told that we may send information by e-mail, so this cannot be "
    "saved as an agreement.",
)
_E_REJOIN_IMPORTED = QT_TRANSLATE_NOOP(
    "Consent", "Only a new, explicit agreement can put an address back on the list, not an import."
)
_E_REJOIN_NOT_AGREED = QT_TRANSLATE_NOOP("Consent", "A re-join needs the person's agreement.")
_E_CONFIRM_IMPORTED = QT_TRANSLATE_NOOP("Consent", "An advisor must confirm the opt-in; an import cannot.")
_E_NOTHING_TO_CONFIRM = QT_TRANSLATE_NOOP(
    "Consent", "There is no ticked municipal landing page opt-in waiting to be confirmed."
)
_E_CORRECTION_TARGET = QT_TRANSLATE_NOOP("Consent", "A correction must name the record it corrects.")
_E_CORRECTION_UNKNOWN = QT_TRANSLATE_NOOP("Consent", "The record to be corrected was not found.")
_E_ONLY_CORRECTION_SUPERSEDES = QT_TRANSLATE_NOOP("Consent", "Only a correction can replace another record.")


def _fail(message: str) -> NoReturn:
    raise ValidationError(message, context=_CTX)


def validate_capture(event: ConsentEvent, history: Sequence[ConsentEvent] | None = None) -> None:
    """Raise :class:`ValidationError` if ``event`` may not be saved.

    ``history`` (the contact's earlier events) enables the checks that need context: that a
    correction names a known record and that an opt-in confirmation has something to confirm.

    Refused, for instance: an agreed phone capture without ``script_read_confirmed``; a
    municipal-LP record without an opt-in flag value or agreed with the box unticked; an
    agreed other-LP / in-person / web record without the notice; an imported re-join.
    """
    kind = event.kind
    if event.supersedes is not None and kind is not EventKind.CORRECTION:
        _fail(_E_ONLY_CORRECTION_SUPERSEDES)
    if kind is EventKind.CORRECTION:
        if event.supersedes is None:
            _fail(_E_CORRECTION_TARGET)
        if history is not None and not any(h.event_id == event.supersedes for h in history):
            _fail(_E_CORRECTION_UNKNOWN)
        if event.outcome is None and event.channel is None:
            return  # a void: nothing else to check
    if kind is EventKind.OPT_IN_CONFIRMED:
        if event.imported:
            _fail(_E_CONFIRM_IMPORTED)
        if history is not None and not _replay(history).awaiting_confirmation:
            _fail(_E_NOTHING_TO_CONFIRM)
        return
    if kind in (EventKind.UNSUBSCRIBE, EventKind.DELETION):
        return

    if kind is EventKind.REJOIN:
        if event.imported:
            _fail(_E_REJOIN_IMPORTED)
        if event.outcome is not Outcome.AGREED:
            _fail(_E_REJOIN_NOT_AGREED)
    channel = event.channel
    if channel is None:
        _fail(_E_NO_CHANNEL)
    outcome = event.outcome

    if channel is Channel.PHONE:
        if outcome is None:
            _fail(_E_NO_OUTCOME)
        if not event.script_version_id:
            _fail(_E_PHONE_SCRIPT_VERSION)
        if outcome is Outcome.AGREED and event.script_read_confirmed is not True:
            _fail(_E_PHONE_NOT_READ)
        return

    if channel is Channel.MUNICIPAL_LP:
        if event.opt_in_checked is None:
            _fail(_E_OPT_IN_MISSING)
        if outcome is Outcome.AGREED and event.opt_in_checked is False:
            _fail(_E_OPT_IN_NOT_TICKED)
        if outcome is None and event.opt_in_checked is True:
            _fail(_E_TICKED_NO_OUTCOME)
    else:  # A2: other LP, in person, web form
        if outcome is None:
            _fail(_E_NO_OUTCOME)
        if outcome is Outcome.AGREED:
            if event.notice_given is None:
                _fail(_E_NOTICE_MISSING)
            if event.notice_given is False:
                _fail(_E_NOTICE_NOT_GIVEN)
    if outcome is Outcome.AGREED and not event.script_version_id:
        _fail(_E_WORDING_VERSION)


# ---------------------------------------------------------------------------------------
# Unsubscribe requests (A5)
# ---------------------------------------------------------------------------------------
#
# Seed 003 line 4: "配信停止を希望されたら即時対応し" (an unsubscribe is handled at once);
# line 45: on the phone, when the person says "配信停止を希望", "その場でリスト登録しない(または
# 登録済みの場合は削除する)" (not registered, or removed, there and then); line 49:
# "速やかに(遅くとも所定の営業日内に)対象アドレスを...無効化する" (promptly, at the latest
# within a set number of business days).

# Business days a queued request may take (seed 003 line 49 "所定の営業日"), and its bounds.
DEFAULT_UNSUBSCRIBE_DUE_DAYS = 3
MIN_UNSUBSCRIBE_DUE_DAYS = 1
MAX_UNSUBSCRIBE_DUE_DAYS = 30


class RouteChannel(StrEnum):
    """How an unsubscribe request arrived."""

    PHONE = "phone"
    EMAIL_REPLY = "email_reply"
    WEB_FORM = "web_form"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _ROUTE_LABELS[self]

    @property
    def processed_at_once(self) -> bool:
        """A request by phone is processed during the call (seed 003 line 45 "その場で")."""
        return self is RouteChannel.PHONE


_ROUTE_LABELS = {
    RouteChannel.PHONE: QT_TRANSLATE_NOOP("Unsubscribe", "Phone"),
    RouteChannel.EMAIL_REPLY: QT_TRANSLATE_NOOP("Unsubscribe", "E-mail reply"),
    RouteChannel.WEB_FORM: QT_TRANSLATE_NOOP("Unsubscribe", "Web form"),
    RouteChannel.LETTER: QT_TRANSLATE_NOOP("Unsubscribe", "Letter"),
}

_E_ROUTE = QT_TRANSLATE_NOOP("Unsubscribe", "Choose how the request arrived.")
_E_RECEIVED_FUTURE = QT_TRANSLATE_NOOP("Unsubscribe", "The date received cannot be in the future.")
_E_DUE_DAYS = QT_TRANSLATE_NOOP("Unsubscribe", "Enter a number of business days from 1 to 30.")
_E_PHONE_NOW = QT_TRANSLATE_NOOP("Unsubscribe", "A request by phone is processed during the call: enter the address the caller gives.")


def parse_route(channel: RouteChannel | str) -> RouteChannel:
    """The route named by ``channel``; a clear message for anything else."""
    try:
        return RouteChannel(channel)
    except ValueError:
        raise ValidationError(_E_ROUTE) from None


def check_unsubscribe_request(route: RouteChannel, *, received: date, today: date, process_now: bool) -> None:
    """Raise :class:`ValidationError` if the request may not be recorded this way.

    The date received is not in the future, and a request by phone is processed during the
    call, never queued (seed 003 lines 4, 45).
    """
    if received > today:
        raise ValidationError(_E_RECEIVED_FUTURE)
    if route.processed_at_once and not process_now:
        raise ValidationError(_E_PHONE_NOW)


def valid_due_days(days: object) -> bool:
    """A whole number of business days from 1 to 30 (a bool is not a number here)."""
    return (isinstance(days, int) and not isinstance(days, bool)
            and MIN_UNSUBSCRIBE_DUE_DAYS <= days <= MAX_UNSUBSCRIBE_DUE_DAYS)


def check_due_days(days: object) -> int:
    """``days`` if :func:`valid_due_days`, else :class:`ValidationError`."""
    if not valid_due_days(days):
        raise ValidationError(_E_DUE_DAYS)
    assert isinstance(days, int)
    return days


def due_days_setting(stored: object) -> int:
    """The business days to use for a stored setting value; the default when it is unusable."""
    try:
        value: int = int(stored)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_UNSUBSCRIBE_DUE_DAYS
    if MIN_UNSUBSCRIBE_DUE_DAYS <= value <= MAX_UNSUBSCRIBE_DUE_DAYS:
        return value
    return DEFAULT_UNSUBSCRIBE_DUE_DAYS


def unsubscribe_due(received: date, days: int, *, closures: Closures = DEFAULT_CLOSURES) -> date:
    """The day a request received on ``received`` must be done: ``days`` business days later
    (seed 003 line 49); it is overdue from the day after (:func:`business_days.is_overdue`)."""
    return add_business_days(received, days, closures=closures)

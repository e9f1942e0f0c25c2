"""The consent vocabulary: channels, outcomes, event kinds, statuses, reasons and the consent event."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP

#: Version of the rules implemented here; stored with every eligibility decision/export.
RULE_VERSION = "003-A1A5-r1"

CTX = "Consent"


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
    BOUNCE = "bounce"  # the mail service reports that the address does not exist (hard bounce)
    COMPLAINT = "complaint"  # the person marked our mail as spam at the mail service: an unsubscribe

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
    EventKind.BOUNCE: QT_TRANSLATE_NOOP("EventKind", "Bounced at the mail service"),
    EventKind.COMPLAINT: QT_TRANSLATE_NOOP("EventKind", "Complaint at the mail service"),
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
    BOUNCED = "bounced"  # a hard bounce reported by the mail service

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
    ContactStatus.BOUNCED: QT_TRANSLATE_NOOP("ContactStatus", "Address does not exist (bounced)"),
}


class Reason(StrEnum):
    """Why an address is (not) on the send list; shown in the export's reason column."""

    ELIGIBLE = "eligible"
    REFUSED = "refused"
    UNSUBSCRIBED = "unsubscribed"
    NO_OPT_IN = "no_opt_in"
    DELETED = "deleted"
    INVALID = "invalid"
    UNSUBSCRIBE_PENDING = "unsubscribe_pending"
    SAME_MAILBOX = "same_mailbox"
    BOUNCED = "bounced"
    COMPLAINT = "complaint"

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
    # 配信停止を希望されたら即時対応: a request not yet processed already stops the next send
    Reason.UNSUBSCRIBE_PENDING: QT_TRANSLATE_NOOP("Reason", "Unsubscribe requested (not yet processed)"),
    # Gmail dots / +tags: another spelling of the same mailbox refused, unsubscribed or was deleted
    Reason.SAME_MAILBOX: QT_TRANSLATE_NOOP("Reason", "Same mailbox as an address that refused or unsubscribed"),
    Reason.BOUNCED: QT_TRANSLATE_NOOP("Reason", "Address does not exist (bounced at the mail service)"),
    Reason.COMPLAINT: QT_TRANSLATE_NOOP("Reason", "Complaint (marked as spam at the mail service)"),
}

# Details (why exactly), context "Eligibility".
D_ELIGIBLE = QT_TRANSLATE_NOOP("Eligibility", "Consent recorded; the address is on the send list.")
D_NO_RECORD = QT_TRANSLATE_NOOP("Eligibility", "No consent has been recorded for this address.")
D_NOT_TICKED = QT_TRANSLATE_NOOP(
    "Eligibility", "The opt-in box on the municipal landing page was not ticked."
)
D_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Eligibility", "The opt-in box was ticked, but no advisor has confirmed the opt-in yet."
)
D_SCRIPT = QT_TRANSLATE_NOOP(
    "Eligibility", "The phone consent script was not confirmed as read to the caller."
)
D_NOTICE = QT_TRANSLATE_NOOP(
    "Eligibility", "The notice that we may send information by e-mail was not given."
)
D_EXPIRED = QT_TRANSLATE_NOOP("Eligibility", "The consent has expired.")
D_NO_CHANNEL = QT_TRANSLATE_NOOP("Eligibility", "The consent record does not say how it was obtained.")
D_REFUSED = QT_TRANSLATE_NOOP("Eligibility", "The person refused to receive e-mail from us.")
D_UNSUBSCRIBED = QT_TRANSLATE_NOOP("Eligibility", "The person asked to stop receiving e-mail.")
D_IGNORED_IMPORT = QT_TRANSLATE_NOOP(
    "Eligibility",
    "The person refused or unsubscribed; a later imported record does not put the address "
    "back on the list.",
)
D_BOUNCED = QT_TRANSLATE_NOOP(
    "Eligibility", "The mail service reported that the address does not exist (a hard bounce)."
)
D_COMPLAINT = QT_TRANSLATE_NOOP(
    "Eligibility", "The person marked our mail as spam at the mail service; this stops all mail like an unsubscribe."
)
D_DELETED = QT_TRANSLATE_NOOP("Eligibility", "The personal data has been deleted.")
D_INVALID = QT_TRANSLATE_NOOP("Eligibility", "The e-mail address is not valid.")

CAPTURE_KINDS = frozenset({EventKind.CAPTURE, EventKind.REJOIN, EventKind.CORRECTION})

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


SUPPRESSING = {ContactStatus.REFUSED: "refused", ContactStatus.UNSUBSCRIBED: "unsubscribed",
               ContactStatus.DELETED: "deleted", ContactStatus.BOUNCED: "bounced"}
"""The statuses that keep an address off every send list, whatever is recorded later without a
new agreement, with the reason word used in the suppression list."""

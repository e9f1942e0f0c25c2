"""Checking a consent event before it is recorded (A1-A5): channel, outcome, script, opt-in, corrections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from desktop.domain.consent.eligibility import (
    replay,
)
from desktop.domain.consent.vocabulary import (
    CTX,
    Channel,
    ConsentEvent,
    EventKind,
    Outcome,
)
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

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
    raise ValidationError(message, context=CTX)


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
        if history is not None and not replay(history).awaiting_confirmation:
            _fail(_E_NOTHING_TO_CONFIRM)
        return
    if kind in (EventKind.UNSUBSCRIBE, EventKind.DELETION, EventKind.BOUNCE, EventKind.COMPLAINT):
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

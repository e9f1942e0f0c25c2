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

from desktop.domain.consent.eligibility import (
    REASON_OF_STATUS,
    eligibility,
)
from desktop.domain.consent.unsubscribe import (
    DEFAULT_UNSUBSCRIBE_DUE_DAYS,
    MAX_UNSUBSCRIBE_DUE_DAYS,
    MIN_UNSUBSCRIBE_DUE_DAYS,
    RouteChannel,
    check_due_days,
    check_unsubscribe_request,
    due_days_setting,
    parse_route,
    unsubscribe_due,
    valid_due_days,
)
from desktop.domain.consent.validation import (
    validate_capture,
)
from desktop.domain.consent.vocabulary import (
    RULE_VERSION,
    SUPPRESSING,
    Channel,
    ConsentEvent,
    ContactStatus,
    Eligibility,
    EventId,
    EventKind,
    Outcome,
    Reason,
)

__all__ = [
    "REASON_OF_STATUS",
    "Channel",
    "ConsentEvent",
    "ContactStatus",
    "DEFAULT_UNSUBSCRIBE_DUE_DAYS",
    "Eligibility",
    "EventId",
    "EventKind",
    "MAX_UNSUBSCRIBE_DUE_DAYS",
    "MIN_UNSUBSCRIBE_DUE_DAYS",
    "Outcome",
    "RULE_VERSION",
    "SUPPRESSING",
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

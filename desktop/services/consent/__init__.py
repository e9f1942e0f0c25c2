"""電話受付 and the consent history of an address (design A1–A5).

Every change goes through :func:`apply_event`: the event is checked by
``desktop.domain.consent.validate_capture`` against the contact's history, stored, and the
contact's status cache and the suppression list are rewritten from THE eligibility
function (``desktop.domain.consent.eligibility``). Nothing here decides eligibility itself.

* :func:`capture_phone` — agreed / refused on the phone, with the exact script version shown
  and the advisor's confirmation that it was read (A3, A4). A refusal suppresses the address
  at once (it leaves the send list if it was on it). After a refusal or an unsubscribe only a
  new explicit "agreed" puts the address back (stored as a re-join).
* :func:`correct_event` — a mistaken entry is corrected by a new, audited correction event;
  the original stays in the history.
* :func:`lookup` — what is known about an address before saving (status and history), also
  when the address was erased after a deletion request (only its keyed hash is left).
* :func:`retention_until` — the date until which the consent record must be kept
  (特定電子メール法 Ordinance Art. 4(2), features.md §2a).
"""

from __future__ import annotations

from desktop.domain.consent import SUPPRESSING
from desktop.services.consent.capture import (
    capture_phone,
    correct_event,
    set_retention_flags,
    today_entries,
)
from desktop.services.consent.reading import (
    contact_view,
    lookup,
    staff_names,
    timeline,
)
from desktop.services.consent.records import (
    CTX,
    E_FURIGANA_LONG,
    E_MEMO_LONG,
    E_NAME_LONG,
    E_RECORDING_LONG,
    FURIGANA_MAX,
    MEMO_MAX,
    NAME_MAX,
    RECORDING_MAX,
    Applied,
    CaptureResult,
    ContactView,
    KnownAddress,
    ScriptShown,
    TimelineEntry,
    TodayEntry,
    apply_event,
    clean_text,
    day_start,
    decide,
    domain_event,
    fold,
    hmac_key,
    iso,
    local_date,
    new_contact,
    parse_iso,
    retention_until,
    search_text,
    sync_status,
    today,
)

__all__ = [
    "Applied",
    "CTX",
    "CaptureResult",
    "ContactView",
    "E_FURIGANA_LONG",
    "E_MEMO_LONG",
    "E_NAME_LONG",
    "E_RECORDING_LONG",
    "FURIGANA_MAX",
    "KnownAddress",
    "MEMO_MAX",
    "NAME_MAX",
    "RECORDING_MAX",
    "SUPPRESSING",
    "ScriptShown",
    "TimelineEntry",
    "TodayEntry",
    "apply_event",
    "capture_phone",
    "clean_text",
    "contact_view",
    "correct_event",
    "day_start",
    "decide",
    "domain_event",
    "fold",
    "hmac_key",
    "iso",
    "local_date",
    "lookup",
    "new_contact",
    "parse_iso",
    "retention_until",
    "search_text",
    "set_retention_flags",
    "staff_names",
    "sync_status",
    "timeline",
    "today",
    "today_entries",
]

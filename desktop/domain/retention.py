"""How long the consent record of an address must be kept (features.md §2a).

Source: 特定電子メール法 (Act on Regulation of Transmission of Specified Electronic Mail),
Ordinance Art. 4(2), as summarised in ``shared/reference/features.md`` §2a:

* "keep the consent record **until one month has passed from the day sending of specified
  e-mail to that address stopped** (e.g. opt-out date, end of the mailing); **one year** if a
  **measure order (措置命令, Art. 7)** was received."
* The record is "kept as long as sending continues": while the address is on the send list
  there is no end date.
* Overlap with the Specified Commercial Transactions Act (特商法) for mail-order advertising
  mail: "keep the request/consent evidence **3 years** from the last ad" — a per-office flag
  sets retention to at least three years.

Sending to an address stops at its refusal, unsubscribe or deletion (or its last record when
it never joined), or at the last export that included it, whichever came later. The caller
gives both as office-local dates.
"""

from __future__ import annotations

import calendar
from datetime import date

from desktop.domain.consent import Eligibility
from desktop.domain.errors import QT_TRANSLATE_NOOP

__all__ = ["MAIL_ORDER_MONTHS", "MEASURE_ORDER_MONTHS", "STANDARD_MONTHS", "add_months", "retention_until"]

STANDARD_MONTHS = 1  # Ordinance Art. 4(2)
MEASURE_ORDER_MONTHS = 12  # Ordinance Art. 4(2), after a measure order (Act Art. 7)
MAIL_ORDER_MONTHS = 36  # 特商法: three years from the last advertising mail

_R_WHILE_SENDING = QT_TRANSLATE_NOOP(
    "Retention", "Kept while the address is on the send list, and one month after sending to it stops.")
_R_ONE_MONTH = QT_TRANSLATE_NOOP("Retention", "One month after sending to the address stopped.")
_R_ORDER = QT_TRANSLATE_NOOP(
    "Retention", "One year after sending to the address stopped (a measure order was received).")
_R_MAIL_ORDER = QT_TRANSLATE_NOOP(
    "Retention", "Three years after the last advertising mail (mail-order advertising, 特商法).")


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later; the last day of the month when that day does not exist."""
    total = d.month - 1 + months
    year, month = d.year + total // 12, total % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def retention_until(decision: Eligibility, stop: date | None, last_export: date | None, *,
                    measure_order: bool = False, mail_order_ads: bool = False) -> tuple[date | None, str]:
    """The date until which the consent record must be kept, and why (a "Retention" template).

    ``stop``: the local date sending stopped (the refusal, unsubscribe or deletion, or the last
    record when the address never joined); ``last_export``: the local date of the last export
    that included the address. While the address is on the send list (``decision.eligible``),
    or when neither date is known, the record is kept without an end date (None).
    """
    if decision.eligible:
        return None, _R_WHILE_SENDING
    days = [d for d in (stop, last_export) if d is not None]
    if not days:
        return None, _R_WHILE_SENDING
    start = max(days)
    until, basis = add_months(start, STANDARD_MONTHS), _R_ONE_MONTH
    if measure_order:
        until, basis = add_months(start, MEASURE_ORDER_MONTHS), _R_ORDER
    if mail_order_ads and add_months(start, MAIL_ORDER_MONTHS) > until:
        until, basis = add_months(start, MAIL_ORDER_MONTHS), _R_MAIL_ORDER
    return until, basis

"""Unsubscribe routes (A7): effective at once, or within N business days when it cannot be done at once."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.domain.business_days import DEFAULT_CLOSURES, Closures, add_business_days
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

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
    MAIL_SERVICE = "mail_service"  # read back from the bulk-mail service's unsubscribe list

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
    RouteChannel.MAIL_SERVICE: QT_TRANSLATE_NOOP("Unsubscribe", "Mail service"),
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

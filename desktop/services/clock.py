"""The one module that reads the system clock.

Everything else takes "now" from the session (``session.now()``), which a test replaces with a
fake clock; the office's calendar (time zone, days, quarters) is ``desktop.domain.office_time``.
A test scans the source tree so that no other module reads the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["Clock", "Wall", "system_now", "system_seconds"]

Clock = Callable[[], datetime]
"""Returns the current moment as an aware datetime."""

Wall = Callable[[], float]
"""Returns seconds since the epoch (throttling and back-off)."""


def system_now() -> datetime:
    """The real current moment, in UTC."""
    return datetime.now(UTC)


def system_seconds() -> float:
    """The real current time in seconds since the epoch."""
    return time.time()

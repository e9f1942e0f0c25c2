"""Quarters as the office says them: 「2026年度 第3四半期」, not the stored key ``"FY2026 Q3"``.

The stored key names the fiscal year after the calendar year it starts in (the Japanese fiscal year
starts in April: 2026年度 runs from 2026-04-01 to 2027-03-31; see
:func:`desktop.domain.office_time.fiscal_quarter`), which is how 「2026年度」 is counted too. This module
only takes the key apart; the UI puts the parts into its translated pattern.
"""

from __future__ import annotations

import re

__all__ = ["quarter_parts"]

_KEY_RE = re.compile(r"^FY(\d{4}) Q([1-4])$")


def quarter_parts(key: str) -> tuple[int, int] | None:
    """``(fiscal year, quarter number)`` of a stored quarter key, or ``None`` for anything else."""
    m = _KEY_RE.match(key.strip()) if isinstance(key, str) else None
    return None if m is None else (int(m.group(1)), int(m.group(2)))

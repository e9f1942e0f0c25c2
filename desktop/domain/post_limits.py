"""How much one post, scope or incident may hold (characters and counts); the screens use the same limits."""

from __future__ import annotations

__all__ = ["MAX_EVIDENCE", "MAX_LABEL", "MAX_LINKS", "MAX_LINK_CHARS", "MAX_MEDIA", "MAX_NOTE", "MAX_TEXT"]

MAX_TEXT = 200_000
MAX_LINKS = 20
MAX_LINK_CHARS = 2000
MAX_MEDIA = 30
MAX_LABEL = 200
MAX_EVIDENCE = 2000
MAX_NOTE = 10_000

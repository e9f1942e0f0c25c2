"""Evidence records: the kind of record a post within a scope names, and matching a published page.

Kept apart from :mod:`desktop.domain.scopes.records` (the managers' input rules) so that the scope
check in :mod:`desktop.domain.scopes.kinds` can use it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.screening import host_of, is_own_host
from desktop.domain.text_normalise import strip_controls

__all__ = ["EvidenceRecord", "RecordKind", "is_published_page", "page_key"]


class RecordKind(enum.Enum):
    PAGE = "page"  # (a) a page already published on the office's own site
    EVENT = "event"  # (b)
    PROCEDURE = "procedure"  # (c) a procedure document
    QA = "qa"  # (d) an entry of the confirmed Q&A document

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    RecordKind.PAGE: QT_TRANSLATE_NOOP("Scopes", "Published page of our site"),
    RecordKind.EVENT: QT_TRANSLATE_NOOP("Scopes", "Event"),
    RecordKind.PROCEDURE: QT_TRANSLATE_NOOP("Scopes", "Procedure document"),
    RecordKind.QA: QT_TRANSLATE_NOOP("Scopes", "Q&A entry"),
}

@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    kind: RecordKind
    title: str
    on_date: date | None = None
    url: str = ""
    retired: bool = False


def page_key(url: str) -> str:
    """An address reduced to what names the page: host without ``www.``, path without a final slash.

    ``https://www.coop.example.jp/news/`` and ``coop.example.jp/news`` are the same page.
    """
    value = strip_controls(url or "").strip()
    host = host_of(value)
    if not host:
        return ""
    rest = value.split("://", 1)[-1]
    path = rest[len(rest.split("/", 1)[0]):].split("#", 1)[0]
    return host.lower().removeprefix("www.") + (path.rstrip("/") or "")


def is_published_page(url: str, own_domains: Sequence[str], published: Iterable[str]) -> bool:
    """True if ``url`` is on the office's own site and names a page known to be published."""
    key = page_key(url)
    if not key or not is_own_host(host_of(url.strip()), own_domains):
        return False
    return key in {page_key(p) for p in published}

"""The records managers keep, which a post within a scope names as its evidence (000 §2-4(2) a-d).

Evidence must be something a reviewer can check, not free text ("ok" or "--" prove nothing):

* (a) content already published: the address of a page on the office's own site that is known to be
  published - a page the managers recorded, or a post on the office's homepage account recorded as
  published;
* (b) an event, (c) a procedure document, (d) a Q&A entry: chosen from the office's list of records,
  each with a title and a date or an address; managers add and retire entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.post_limits import MAX_LABEL, MAX_LINK_CHARS
from desktop.domain.scopes.evidence import EvidenceRecord, RecordKind, is_published_page, page_key
from desktop.domain.scopes.kinds import ScopeKind
from desktop.domain.scopes.validation import is_web_address
from desktop.domain.screening import host_of, is_own_host
from desktop.domain.text_normalise import strip_controls

__all__ = [
    "EvidenceRecord",
    "RecordInput",
    "RecordKind",
    "is_published_page",
    "page_key",
    "record_kind_for",
    "validate_record",
]


def record_kind_for(kind: ScopeKind) -> RecordKind:
    """The kind of record a post within a scope of ``kind`` names as evidence."""
    return kind.record_kind


@dataclass(frozen=True)
class RecordInput:
    kind: RecordKind | str
    title: str
    on_date: date | None = None
    url: str = ""


def _invalid(template: str, *args: object) -> ValidationError:
    return ValidationError(template, *args, context="Posts")


def validate_record(data: RecordInput, *, own_domains: Sequence[str]) -> RecordInput:
    """Check a record a manager adds: a title of real text and, by kind, a date or an address.

    An event needs its date; a published page needs its address on the office's own site; a procedure
    document or a Q&A entry needs a date (of the version) or an address.
    """
    try:
        kind = RecordKind(data.kind)
    except ValueError:
        raise _invalid(QT_TRANSLATE_NOOP("Posts", "Choose the kind of record.")) from None
    title = strip_controls(data.title or "", keep="")
    if not "".join(title.split()) or len(title) > MAX_LABEL:
        raise _invalid(
            QT_TRANSLATE_NOOP("Posts", "Give the record a title (at most %1 characters)."), MAX_LABEL
        )
    url = strip_controls(data.url or "").strip()
    if url and (len(url) > MAX_LINK_CHARS or not is_web_address(url, need_scheme=True)):
        raise _invalid(QT_TRANSLATE_NOOP("Posts", "Enter the address as https://…"))
    if kind is RecordKind.EVENT and data.on_date is None:
        raise _invalid(QT_TRANSLATE_NOOP("Posts", "Give the date of the event."))
    if kind is RecordKind.PAGE and not (url and is_own_host(host_of(url), own_domains)):
        raise _invalid(
            QT_TRANSLATE_NOOP("Posts", "A published page needs its address on the organisation's own site.")
        )
    if kind in (RecordKind.PROCEDURE, RecordKind.QA) and not url and data.on_date is None:
        raise _invalid(
            QT_TRANSLATE_NOOP("Posts", "Give the date of the document's version or its address, so it can be found.")
        )
    return RecordInput(kind, title, data.on_date, url)

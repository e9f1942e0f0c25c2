"""The export vocabulary: kinds, requests, results, tables and previews (no builders here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain import export_password
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.exports.writers import Column, Sheet
from desktop.services.errors import ServiceError
from desktop.services.session import Session

EXPORT_PASSWORD_MIN = export_password.MIN_LENGTH
CTX = "Export"


class ExportKind(StrEnum):
    SEND_LIST = "send-list"
    CONSENTS = "consents"
    AUDIT = "audit"
    TRAINING_REPORT = "training-report"


KIND_LABELS = {
    ExportKind.SEND_LIST: QT_TRANSLATE_NOOP("Export", "Send list"),
    ExportKind.CONSENTS: QT_TRANSLATE_NOOP("Export", "Consent records"),
    ExportKind.AUDIT: QT_TRANSLATE_NOOP("Export", "Audit log"),
    ExportKind.TRAINING_REPORT: QT_TRANSLATE_NOOP("Export", "Training report"),
}


class ExportFailed(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The file could not be written. The folder may be "
                                           "read-only or the disk full. Nothing was changed."))


class NotEnoughSpace(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "There is not enough free disk space for the export. "
                                           "Nothing was written."))


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    fmt: str = "xlsx"  # "xlsx" | "csv"
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    filters: dict[str, Any] = field(default_factory=dict)
    password: str | None = None  # Office encryption for .xlsx; never stored
    # send list only: a mail service's layout (domain.mail_services.presets key); CSV, never encrypted
    preset: str | None = None
    unencrypted_confirmed: bool = False  # the user confirmed the preset's files are not encrypted
    # send list only: why it goes out without a current import from the mail service (services.mail_sync)
    sync_reason: str | None = None
    sync_problem: str | None = None  # set by mail_sync.enforce when the reason was needed

    def filter_summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": self.fmt, "encrypted": bool(self.password)}
        if self.preset:
            out.update(preset=self.preset, unencrypted_confirmed=self.unencrypted_confirmed)
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        if self.sync_problem:
            out.update(sync_problem=self.sync_problem, sync_reason=self.sync_reason)
        out.update({k: v for k, v in self.filters.items() if k != "address"})
        if "address" in self.filters:
            out["address"] = "one address"
        return out


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sha256: str
    bytes: int
    seconds: float
    audit_seq: int
    paths: tuple[Path, ...] = ()  # every file written (a split send list has several)
    long_fields: int = 0  # fields over the preset's byte limit (kept whole, reported)
    formula_like_addresses: int = 0  # addresses starting with = + - @ (kept exactly as they are)


@dataclass
class Table:
    """What a kind builder returns: sheets for .xlsx (the first is the data sheet) and the CSV view."""

    sheets: list[Sheet]
    rows: int
    columns: list[Column]
    csv_rows: Iterable[Sequence[Any]] | None = None
    # called with the export's id (its audit sequence) inside the audit transaction, before anything is
    # written to the destination folder (e.g. to note which contacts a send list included)
    after_write: Callable[[str], None] | None = None
    # rows actually written, read once the file is built (a streamed kind knows it only then)
    written: Callable[[], int] | None = None


# Kinds that need a second permission besides EXPORT.
EXTRA_ACTION = {ExportKind.TRAINING_REPORT: Action.TRAINING_REPORT, ExportKind.AUDIT: Action.AUDIT_VIEW}

Builder = Callable[[Session, ExportRequest], Table]

def day_bounds(request: ExportRequest) -> tuple[str | None, str | None]:
    """ISO UTC bounds for an inclusive Japan-time date range."""
    start = end = None
    if request.date_from:
        start = datetime.combine(request.date_from, dtime.min, OFFICE_TZ).astimezone(UTC).isoformat()
    if request.date_to:
        end = datetime.combine(request.date_to + timedelta(days=1), dtime.min, OFFICE_TZ).astimezone(UTC).isoformat()
    return start, end



@dataclass(frozen=True)
class Preview:
    """What an export would contain: the row count and, for the send list, who is left out and why."""

    rows: int
    excluded: dict[str, int] = field(default_factory=dict)  # reason label (translatable source) -> count
    warnings: tuple[str, ...] = ()  # translatable source strings (e.g. missing mail-footer items)
    files: int = 1  # a mail-service format splits at the service's limits


PreviewBuilder = Callable[[Session, ExportRequest], Preview]

"""出力 — exports: send list, consent records, audit log (and later the training report).

Every export requires the EXPORT role (R33), a password proof at most five minutes old (R19),
and writes one audit entry with what, filters, row count and the SHA-256 of the file — never the
data itself. The file is built in memory and written atomically; a failure or a cancel leaves
any earlier file untouched and no partial file behind.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.exports.writers import Column, ExportCancelled, Sheet, build_csv, build_xlsx, encrypt_xlsx
from desktop.fileio import atomic_write
from desktop.services.errors import ServiceError
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import repo

__all__ = ["ExportCancelled", "ExportKind", "ExportRequest", "ExportResult", "export", "EXPORT_PASSWORD_MIN"]

EXPORT_PASSWORD_MIN = 15
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

    def filter_summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": self.fmt, "encrypted": bool(self.password)}
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
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


@dataclass
class Table:
    """What a kind builder returns: sheets for .xlsx (the first is the data sheet) and the CSV view."""

    sheets: list[Sheet]
    rows: int
    columns: list[Column]
    csv_rows: Iterable[Sequence[Any]] | None = None
    # called with the export's id (its audit sequence) inside the audit transaction (e.g. to note which
    # contacts a send list included)
    after_write: Callable[[str], None] | None = None


# Kinds that need a second permission besides EXPORT.
EXTRA_ACTION = {ExportKind.TRAINING_REPORT: Action.TRAINING_REPORT, ExportKind.AUDIT: Action.AUDIT_VIEW}

Builder = Callable[[Session, ExportRequest], Table]
BUILDERS: dict[ExportKind, Builder] = {}


def builder(kind: ExportKind) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        BUILDERS[kind] = fn
        return fn

    return register


def day_bounds(request: ExportRequest) -> tuple[str | None, str | None]:
    """ISO UTC bounds for an inclusive Japan-time date range."""
    start = end = None
    if request.date_from:
        start = datetime.combine(request.date_from, dtime.min, OFFICE_TZ).astimezone(UTC).isoformat()
    if request.date_to:
        end = datetime.combine(request.date_to + timedelta(days=1), dtime.min, OFFICE_TZ).astimezone(UTC).isoformat()
    return start, end


def check_request(request: ExportRequest) -> None:
    if request.fmt not in ("xlsx", "csv"):
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "Choose Excel (.xlsx) or CSV."))
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "The start date is after the end date."))
    if request.password is not None:
        if request.fmt != "xlsx":
            raise ValidationError(QT_TRANSLATE_NOOP("Export", "Only Excel files can be protected with a password."))
        if len(request.password) < EXPORT_PASSWORD_MIN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Export", "The file password must have at least %1 characters."), EXPORT_PASSWORD_MIN)


def render(session: Session, request: ExportRequest, *, progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    """Build the file bytes in memory (no audit, no disk). Used by benchmarks; needs the EXPORT role."""
    session.require(Action.EXPORT)
    data, table = _render(session, request, progress=progress, cancelled=cancelled)
    return data, table.rows


def _render(session: Session, request: ExportRequest, *, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> tuple[bytes, Table]:
    _load_builders()
    table = BUILDERS[request.kind](session, request)
    if request.fmt == "csv":
        data = build_csv(table.columns, table.csv_rows if table.csv_rows is not None else table.sheets[0].rows,
                         progress=progress, cancelled=cancelled, total=table.rows)
    else:
        data = build_xlsx(table.sheets, progress=progress, cancelled=cancelled, total=table.rows)
        if request.password:
            data = encrypt_xlsx(data, request.password)
    return data, table


def export(session: Session, request: ExportRequest, out: Path, *,
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Check role and proof, build in memory, write atomically, audit. Raises ExportCancelled on cancel."""
    session.require(Action.EXPORT)
    if request.kind in EXTRA_ACTION:
        session.require(EXTRA_ACTION[request.kind])
    session.require_fresh_proof()
    check_request(request)
    _load_builders()
    if request.kind not in BUILDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "This kind of export is not available yet."))
    started = time.perf_counter()
    data, table = _render(session, request, progress=progress, cancelled=cancelled)
    rows = table.rows
    out = Path(out)
    try:
        free = shutil.disk_usage(out.parent).free
    except OSError:
        raise ExportFailed() from None
    if free < len(data) * 2 + 1_000_000:
        raise NotEnoughSpace()
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    digest = hashlib.sha256(data).hexdigest()
    audit_seq: list[int] = []

    def audit_then_publish() -> None:
        """Runs after the temp file is complete and before it is renamed into place: the file never
        exists under its name without its audit entry."""
        with repo.atomic():
            # the target is the kind, never the chosen file name (it may name a person)
            audit_seq.append(session.audit(f"export.{request.kind.value}", target=request.kind.value, rows=rows,
                                           sha256=digest, bytes=len(data),
                                           filters=request.filter_summary()))
            if table.after_write is not None:
                table.after_write(f"export-{audit_seq[0]}")

    try:
        atomic_write(out, data, before_replace=audit_then_publish)
    except OSError:
        raise ExportFailed() from None
    seq = audit_seq[0]
    return ExportResult(out, rows, digest, len(data), time.perf_counter() - started, seq)


def _actor_names() -> dict[str, str]:
    return {u.uid: u.username for u in repo.list_users()}


@builder(ExportKind.AUDIT)
def _audit_table(session: Session, request: ExportRequest) -> Table:
    """The audit log with the chain verification result and chain values in the header (R24)."""
    result = session.office.audit.verify()
    start, end = day_bounds(request)
    prefix = request.filters.get("action") or None
    records = store_audit.entries(action_prefix=prefix, since=start, until=end)
    names = _actor_names()
    columns = [
        Column("連番 Seq", "int"), Column("日時 Time", "datetime"), Column("実行者 Actor"),
        Column("操作 Action"), Column("対象 Target"), Column("結果 Result"), Column("詳細 Details", width=50),
        Column("前MAC Prev MAC", width=20), Column("MAC", width=20),
    ]

    def rows() -> Iterable[list[Any]]:
        for e in records:
            yield [e.seq, datetime.fromisoformat(e.ts), names.get(e.actor, e.actor), e.action, e.target, e.result,
                   _json(e.details), e.prev_hex, e.mac_hex]

    notes = [
        ("チェーン検証 Chain verification", "OK" if result.ok else f"NG: seq {result.first_bad_seq} ({result.problem})"),
        ("検証件数 Entries verified", str(result.count)),
        ("最終連番 Last seq", str(result.last_seq)),
        ("最終MAC Last MAC", result.last_mac_hex),
        ("出力日時 Exported at", session.now().astimezone(OFFICE_TZ).strftime("%Y/%m/%d %H:%M")),
        ("出力者 Exported by", session.user.username),
    ]
    sheet = Sheet("監査ログ", columns, rows(), note_rows=notes)
    return Table([sheet], len(records), columns, rows())


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Preview:
    """What an export would contain: the row count and, for the send list, who is left out and why."""

    rows: int
    excluded: dict[str, int] = field(default_factory=dict)  # reason label (translatable source) -> count
    warnings: tuple[str, ...] = ()  # translatable source strings (e.g. missing mail-footer items)


PreviewBuilder = Callable[[Session, ExportRequest], Preview]
PREVIEWS: dict[ExportKind, PreviewBuilder] = {}


def _load_builders() -> None:
    """The send list and consent records live in their own module (they need the contacts services)."""
    from desktop.services import send_list  # noqa: F401  (registers its builders)


def available_kinds(session: Session) -> list[ExportKind]:
    _load_builders()
    return [k for k in ExportKind if k in BUILDERS and session.can(EXTRA_ACTION.get(k, Action.EXPORT))]


def preview(session: Session, request: ExportRequest) -> Preview:
    """Counts shown before writing (no file, no audit entry: nothing leaves the database)."""
    session.require(Action.EXPORT)
    if request.kind in EXTRA_ACTION:
        session.require(EXTRA_ACTION[request.kind])
    check_request(request)
    _load_builders()
    if request.kind in PREVIEWS:
        return PREVIEWS[request.kind](session, request)
    if request.kind not in BUILDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "This kind of export is not available yet."))
    return Preview(rows=BUILDERS[request.kind](session, request).rows)


def suggested_name(kind: ExportKind, fmt: str, today: date) -> str:
    stem = {ExportKind.SEND_LIST: "配信リスト", ExportKind.CONSENTS: "同意記録", ExportKind.AUDIT: "監査ログ",
            ExportKind.TRAINING_REPORT: "研修報告"}[kind]
    return f"{stem}_{today:%Y%m%d}.{fmt}"


STATUS_JA = {"passed": "合格", "attempted": "受験中（未合格）", "not_started": "未受験", "overdue": "期限超過"}


@builder(ExportKind.TRAINING_REPORT)
def _training_report(session: Session, request: ExportRequest) -> Table:
    """Completion per person for one quarter (filter "quarter", default the current one)."""
    from desktop.services import training

    quarter = request.filters.get("quarter") or None
    people = training.report_rows(session, quarter)
    columns = [Column("四半期 Quarter"), Column("ユーザー名 Username"), Column("氏名 Name"), Column("役割 Role"),
               Column("状態 Status"), Column("受験回数 Attempts", "int"), Column("最高点 Best score", "int"),
               Column("問題数 Questions", "int"), Column("正答率 Percent"), Column("最終受験日 Last attempt"),
               Column("合格日 Passed on")]

    def rows() -> Iterable[list[Any]]:
        for p in people:
            yield [p.quarter, p.username, p.display_name + ("" if p.active else "（無効）"), p.role,
                   STATUS_JA.get(p.status, p.status), p.attempts, p.best_score, p.best_total,
                   "" if p.best_percent is None else f"{float(p.best_percent):.0f}%", p.last_taken_on or "",
                   p.passed_on or ""]

    label = people[0].quarter if people else str(quarter or "")
    notes = [("四半期 Quarter", label), ("出力者 Exported by", session.user.username)]
    return Table([Sheet("研修報告", columns, rows(), note_rows=notes)], len(people), columns, rows())

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
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.exports.writers import ExportCancelled, build_csv, build_xlsx, encrypt_xlsx
from desktop.fileio import atomic_write
from desktop.services.export_kinds import KINDS
from desktop.services.export_model import (
    EXPORT_PASSWORD_MIN,
    EXTRA_ACTION,
    KIND_LABELS,
    ExportFailed,
    ExportKind,
    ExportRequest,
    ExportResult,
    NotEnoughSpace,
    Preview,
    Table,
)
from desktop.services.session import Session
from desktop.store import repo

__all__ = ["EXPORT_PASSWORD_MIN", "KIND_LABELS", "ExportCancelled", "ExportFailed", "ExportKind", "ExportRequest",
           "ExportResult", "NotEnoughSpace", "Preview", "Table", "available_kinds", "check_request", "export",
           "preview", "render", "suggested_name"]


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
    table = KINDS[request.kind].build(session, request)
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
    if request.kind not in KINDS:
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



def available_kinds(session: Session) -> list[ExportKind]:
    return [k for k in ExportKind if k in KINDS and session.can(EXTRA_ACTION.get(k, Action.EXPORT))]


def preview(session: Session, request: ExportRequest) -> Preview:
    """Counts shown before writing (no file, no audit entry: nothing leaves the database)."""
    session.require(Action.EXPORT)
    if request.kind in EXTRA_ACTION:
        session.require(EXTRA_ACTION[request.kind])
    check_request(request)
    if request.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "This kind of export is not available yet."))
    kind = KINDS[request.kind]
    if kind.preview is not None:
        return kind.preview(session, request)
    return Preview(rows=kind.build(session, request).rows)


def suggested_name(kind: ExportKind, fmt: str, today: date) -> str:
    stem = {ExportKind.SEND_LIST: "配信リスト", ExportKind.CONSENTS: "同意記録", ExportKind.AUDIT: "監査ログ",
            ExportKind.TRAINING_REPORT: "研修報告"}[kind]
    return f"{stem}_{today:%Y%m%d}.{fmt}"

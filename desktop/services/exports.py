"""出力 — exports: send list, consent records, audit log (and later the training report).

Every export requires the EXPORT role (R33), a password proof at most five minutes old (R19),
and writes one audit entry with what, filters, row count and the SHA-256 of the file — never the
data itself. The file is built in memory and written atomically; a failure or a cancel leaves
any earlier file untouched and no partial file behind; a killed export leaves at most a recorded
temp file that the next start removes (see :func:`export`).
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidTag

from desktop.domain import export_password
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.exports.writers import ExportCancelled, build_csv, build_xlsx, encrypt_xlsx
from desktop.fileio import publish
from desktop.services import export_pending, export_presets, mail_sync
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
from desktop.store import keyslots as ks
from desktop.store import repo

__all__ = ["EXPORT_PASSWORD_MIN", "KIND_LABELS", "ExportCancelled", "ExportFailed", "ExportKind", "ExportRequest",
           "ExportResult", "NotEnoughSpace", "Preview", "Table", "available_kinds", "check_password",
           "check_not_login_password", "check_request", "export", "generate_password", "preview", "render",
           "suggested_name"]


def check_request(request: ExportRequest) -> None:
    export_presets.check(request)
    if request.fmt not in ("xlsx", "csv"):
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "Choose Excel (.xlsx) or CSV."))
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "The start date is after the end date."))
    if request.password is not None:
        if request.fmt != "xlsx":
            raise ValidationError(QT_TRANSLATE_NOOP("Export", "Only Excel files can be protected with a password."))
        export_password.check(request.password)


def render(session: Session, request: ExportRequest, *, progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    """Build the file bytes in memory (no audit, no disk). Used by benchmarks; needs the EXPORT role."""
    session.require(Action.EXPORT)
    data, table = _render(session, request, progress=progress, cancelled=cancelled)
    return data, table.written() if table.written is not None else table.rows


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
    """Check role, proof and file password; build in memory; commit the database work; then write.

    Order (issue 14): the file is built (and encrypted) in memory; the audit entry, the record of
    which contacts were included and a pending-export record commit in one transaction; only then
    is the destination folder touched, by one write-fsync-rename with nothing in between; the
    pending record is cleared afterwards. A process killed in that short window leaves a recorded
    ``.<name>.madoguchi-partial`` file that the next start removes (export_pending.recover).
    Raises ExportCancelled on cancel (nothing written, nothing recorded).
    """
    session.require(Action.EXPORT)
    if request.kind in EXTRA_ACTION:
        session.require(EXTRA_ACTION[request.kind])
    session.require_fresh_proof()
    check_request(request)
    request = mail_sync.enforce(session, request)  # a send list out of sync needs a reason (audited)
    if request.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "This kind of export is not available yet."))
    if request.password is not None:
        check_password(session, request.password)
    chosen = export_presets.check(request)
    if chosen is not None:
        return export_presets.export(session, request, out, chosen, progress=progress, cancelled=cancelled)
    started = time.perf_counter()
    data, table = _render(session, request, progress=progress, cancelled=cancelled)
    rows = table.written() if table.written is not None else table.rows
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
    with repo.atomic():
        # the target is the kind, never the chosen file name (it may name a person)
        seq = session.audit(f"export.{request.kind.value}", target=request.kind.value, rows=rows, sha256=digest,
                            bytes=len(data), filters=request.filter_summary())
        if table.after_write is not None:
            table.after_write(f"export-{seq}")
        token = export_pending.begin(out, session.now(), seq)
    try:
        publish(out, data)
    except OSError:
        _abandon(session, token, seq)
        raise ExportFailed() from None
    export_pending.finish(token)
    return ExportResult(out, rows, digest, len(data), time.perf_counter() - started, seq, paths=(out,))


def _abandon(session: Session, token: str, seq: int) -> None:
    """The write failed after the database work committed: say so in the log (publish removed its temp)."""
    with repo.atomic():
        session.audit("export.failed", result="failed", export=seq)
    export_pending.finish(token)


def check_password(session: Session, password: str) -> str:
    """The file-password rule (domain) plus "not your login password"; returns the NFC password."""
    pw = export_password.check(password, [session.user.username, session.user.display_name])
    check_not_login_password(session, pw)
    return pw


def check_not_login_password(session: Session, password: str) -> None:
    """Refuse the user's own login password: try to open their key slot with it (nothing is stored)."""
    slot = session.office.slots.for_user(session.user.uid)
    if slot is None:
        return
    try:
        key = ks.unwrap(slot, password, session.office.slots.db_uuid)
    except InvalidTag:
        return
    ks.wipe(key)
    raise ValidationError(export_password.E_LOGIN)


def generate_password(session: Session) -> str:
    """A passphrase from an alphabet without look-alikes (domain.export_password), drawn with ``secrets``."""
    return export_password.generate(secrets.choice, [session.user.username, session.user.display_name])


def available_kinds(session: Session) -> list[ExportKind]:
    return [k for k in ExportKind if k in KINDS and session.can(EXTRA_ACTION.get(k, Action.EXPORT))]


def preview(session: Session, request: ExportRequest) -> Preview:
    """Counts shown before writing (no file, no audit entry: nothing leaves the database)."""
    session.require(Action.EXPORT)
    if request.kind in EXTRA_ACTION:
        session.require(EXTRA_ACTION[request.kind])
    # the preview writes nothing: a mail-service format needs its confirmation only for the export
    check_request(replace(request, unencrypted_confirmed=True) if request.preset else request)
    if request.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "This kind of export is not available yet."))
    kind = KINDS[request.kind]
    result = kind.preview(session, request) if kind.preview is not None else Preview(kind.build(session, request).rows)
    chosen = export_presets.check(replace(request, unencrypted_confirmed=True))
    if chosen is not None:  # characters the format cannot hold are reported now, and the number of files
        result = replace(result, files=export_presets.count_files(session, request, chosen))
    return result


def suggested_name(kind: ExportKind, fmt: str, today: date) -> str:
    stem = {ExportKind.SEND_LIST: "配信リスト", ExportKind.CONSENTS: "同意記録", ExportKind.AUDIT: "監査ログ",
            ExportKind.TRAINING_REPORT: "研修報告"}[kind]
    return f"{stem}_{today:%Y%m%d}.{fmt}"

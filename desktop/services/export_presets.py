"""The send list in a mail service's layout (issue 16): CSV files per preset, split at the service's limits.

Same order as every export (see :func:`desktop.services.exports.export`): everything is built in
memory first; the audit entry (naming the preset, the number of files and each file's SHA-256),
the record of which contacts were included, the office's remembered preset and one pending record
per file commit in one transaction; only then is each file published in one step. All or nothing:
if any file cannot be written, the files this export already published are removed again, one
``export.failed`` entry is written and the error is raised. A process killed in between leaves
pending records that the next start uses to remove the unfinished set (export_pending.recover).

Decision on encryption: a CSV cannot carry a password, and a mail service will not take a ZIP, so
the encrypted .xlsx stays the default send list; a preset is allowed only when the user confirmed
that its files are not encrypted (``ExportRequest.unencrypted_confirmed``), and the audit entry
records that confirmation.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.mail_services import presets
from desktop.exports import send_list_csv
from desktop.exports.writers import ExportCancelled
from desktop.fileio import fsync_dir, publish
from desktop.services import export_pending
from desktop.services.errors import ServiceError
from desktop.services.export_kinds import KINDS
from desktop.services.export_model import (
    ExportFailed,
    ExportKind,
    ExportRequest,
    ExportResult,
    NotEnoughSpace,
    Table,
)
from desktop.services.session import Session
from desktop.store import repo

SETTING = "send_list_preset"
MAX_LISTED_CHARACTERS = 20


class CharactersNotInEncoding(ServiceError):
    """Rows hold characters the preset's encoding (e.g. Shift_JIS) cannot hold; nothing was written."""

    def __init__(self, rows: int, characters: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "%1 rows contain characters this format cannot hold: "
                                           "%2. Nothing was written and no character was dropped. Choose the "
                                           "UTF-8 format, or correct the names first."), rows, characters)


def check(request: ExportRequest) -> presets.Preset | None:
    """The request's preset, or None; refuses a preset outside the send list, encrypted or unconfirmed."""
    if request.preset is None:
        return None
    if request.kind is not ExportKind.SEND_LIST:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "A mail-service format is only for the send list."))
    try:
        chosen = presets.preset(request.preset)
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "This mail-service format is not known. Known formats: "
                                                "%1."), ", ".join(names())) from None
    if request.password is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "Files for a mail service cannot be protected with a "
                                                "password. Use Excel (.xlsx) for a protected file."))
    if not request.unencrypted_confirmed:
        raise ValidationError(QT_TRANSLATE_NOOP("Export", "Files for a mail service are not encrypted. Confirm "
                                                "that before exporting them."))
    return chosen


def names() -> list[str]:
    return [p.key for p in presets.PRESETS]


def remembered(session: Session) -> str | None:
    """The office's last used preset (None: the encrypted Excel file)."""
    session.ensure_unlocked()
    value = repo.get_setting(SETTING, None)
    return value if isinstance(value, str) and value in names() else None


def suggested_name(stem: str, preset: presets.Preset) -> str:
    return f"{stem}_{preset.key}{preset.file_suffix}"


def _recipients(rows: Iterable[Sequence[Any]]) -> Iterable[tuple[str, str, str]]:
    for row in rows:
        yield (str(row[0] or ""), str(row[1] or ""), str(row[2] or ""))


def _build(session: Session, request: ExportRequest, chosen: presets.Preset, *,
           progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
           max_bytes: int | None = None, max_rows: int | None = None) -> tuple[Table, send_list_csv.SendListFiles]:
    table = KINDS[request.kind].build(session, request)
    rows = table.csv_rows if table.csv_rows is not None else table.sheets[0].rows
    try:
        built = send_list_csv.build(chosen, _recipients(rows), max_bytes=max_bytes, max_rows=max_rows,
                                    progress=progress, cancelled=cancelled, total=table.rows)
    except send_list_csv.UnencodableCharacters as exc:
        shown = exc.characters[:MAX_LISTED_CHARACTERS] + ("…" if len(exc.characters) > MAX_LISTED_CHARACTERS else "")
        raise CharactersNotInEncoding(len(exc.rows), " ".join(shown)) from None
    return table, built


def count_files(session: Session, request: ExportRequest, chosen: presets.Preset) -> int:
    """For the preview: how many files the export would write (raises CharactersNotInEncoding)."""
    return len(_build(session, request, chosen)[1].files)


def export(session: Session, request: ExportRequest, out: Path, chosen: presets.Preset, *,
           progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
           max_bytes: int | None = None, max_rows: int | None = None) -> ExportResult:
    """Write the send list in ``chosen``'s layout (role, proof and request already checked by the caller)."""
    started = time.perf_counter()
    table, built = _build(session, request, chosen, progress=progress, cancelled=cancelled, max_bytes=max_bytes,
                          max_rows=max_rows)
    out = Path(out)
    paths = send_list_csv.numbered_paths(out, len(built.files))
    total_bytes = sum(len(f) for f in built.files)
    try:
        free = shutil.disk_usage(out.parent).free
    except OSError:
        raise ExportFailed() from None
    if free < total_bytes * 2 + 1_000_000:
        raise NotEnoughSpace()
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    digests = [hashlib.sha256(f).hexdigest() for f in built.files]
    group = uuid.uuid4().hex
    with repo.atomic():
        seq = session.audit(f"export.{request.kind.value}", target=request.kind.value, rows=built.rows,
                            sha256=digests[0] if len(digests) == 1 else digests, bytes=total_bytes,
                            filters=request.filter_summary(), preset=chosen.key, files=len(paths),
                            unencrypted_confirmed=True, long_fields=len(built.long_fields),
                            formula_like_addresses=built.formula_like_addresses)
        if table.after_write is not None:
            table.after_write(f"export-{seq}")
        repo.set_setting(SETTING, chosen.key)
        tokens = [export_pending.begin(path, session.now(), seq, group=group, sha256=digest)
                  for path, digest in zip(paths, digests, strict=True)]
    published: list[Path] = []
    try:
        for path, data in zip(paths, built.files, strict=True):
            publish(path, data)
            published.append(path)
    except OSError:
        for path in published:
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            fsync_dir(out.parent)
        with repo.atomic():
            session.audit("export.failed", result="failed", export=seq, removed=len(published), files=len(paths))
        export_pending.finish_all(tokens)
        raise ExportFailed() from None
    export_pending.finish_all(tokens)
    combined = digests[0] if len(digests) == 1 else hashlib.sha256("".join(digests).encode()).hexdigest()
    return ExportResult(paths[0], built.rows, combined, total_bytes, time.perf_counter() - started, seq,
                        paths=tuple(paths), long_fields=len(built.long_fields),
                        formula_like_addresses=built.formula_like_addresses)

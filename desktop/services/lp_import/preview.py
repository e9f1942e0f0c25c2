"""Landing-page import: reading a file and previewing each row's outcome."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.domain import office_settings as office_rules
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.exports import readers
from desktop.services import scripts as script_service
from desktop.services.lp_import.classify import ChunkMark, Classifier, FirstRows, Record, RowPlan
from desktop.services.lp_import.parsing import (
    CTX,
    E_NO_EMAIL,
    E_NO_OPT_IN,
    E_SAME_COLUMN,
    E_UNKNOWN_COLUMN,
    E_UNKNOWN_FIELD,
    FIELDS,
    SAMPLES_PER_OUTCOME,
    CancelFn,
    ImportCancelled,
    ProgressFn,
    RowOutcome,
    Source,
    recognise_headers,
)
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

# ---------------------------------------------------------------------------------------------
# Preview
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportPreview:
    """What the preview found: counts by outcome and a bounded sample, never the file's rows.

    The confirmation reads the file again (``path``; checked against ``file_sha256``) or, for rows
    given in memory (:func:`preview_rows`), the rows kept in ``given_rows``."""

    source: Source
    file_kind: str
    encoding: str
    file_sha256: str
    file_name_hash: str
    headers: tuple[str, ...]
    mapping: dict[str, str]  # field -> column header
    recognised: dict[str, str]  # what was recognised without a mapping
    unmapped_headers: tuple[str, ...]
    wording: script_service.ScriptView  # the checkbox / notice wording the page showed
    total: int = 0
    counts: dict[RowOutcome, int] = field(default_factory=dict)
    previous_imports: tuple[str, ...] = ()  # when the same file was imported before
    checked_at: datetime | None = None  # "now" of the preview: dates after it are in the future
    kept_samples: dict[RowOutcome, tuple[RowPlan, ...]] = field(default_factory=dict, repr=False)
    kept_problems: tuple[RowPlan, ...] = field(default=(), repr=False)
    problem_count: int = 0
    chunks: tuple[ChunkMark, ...] = field(default=(), repr=False)
    path: Path | None = field(default=None, repr=False)
    given_rows: tuple[Record, ...] | None = field(default=None, repr=False)
    invalid_rows: Sequence[int] = field(default=(), repr=False)  # ascending (the confirmation skips them)

    def samples(self, outcome: RowOutcome, n: int = SAMPLES_PER_OUTCOME) -> list[RowPlan]:
        """The first rows with this outcome (at most :data:`SAMPLES_PER_OUTCOME`)."""
        return list(self.kept_samples.get(outcome, ())[:n])

    def sample_rows(self) -> list[RowPlan]:
        """Every kept sample, in file order (all the rows of a small file)."""
        return sorted((p for kept in self.kept_samples.values() for p in kept), key=lambda p: p.row)

    @property
    def rows(self) -> tuple[RowPlan, ...]:
        """The kept sample rows in file order: every row of a small file (at most
        :data:`SAMPLES_PER_OUTCOME` per outcome), never the whole of a big one."""
        return tuple(self.sample_rows())

    def problems(self) -> list[RowPlan]:
        """The first rows that will not join (at most :data:`PROBLEMS_KEPT`; ``problem_count`` counts all)."""
        return list(self.kept_problems)


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    counts: dict[RowOutcome, int]
    created: int  # new contacts
    joined: int
    total: int
    audit_seq: int


def remembered_mapping(session: Session, source: Source | str) -> dict[str, str]:
    session.require(Action.LP_IMPORT)
    return crepo.get_mapping(Source.parse(str(source)).value) or {}


def _resolve_mapping(headers: Sequence[str], explicit: dict[str, str] | None, remembered: dict[str, str] | None,
                     source: Source) -> tuple[dict[str, str], dict[str, str]]:
    recognised = recognise_headers(headers)
    mapping = dict(recognised)
    present = set(headers)
    for f, column in (remembered or {}).items():
        if f in FIELDS and column in present:
            mapping[f] = column
    for f, column in (explicit or {}).items():
        if f not in FIELDS:
            raise ValidationError(E_UNKNOWN_FIELD, f, context=CTX)
        if not column:
            mapping.pop(f, None)
            continue
        if column not in present:
            raise ValidationError(E_UNKNOWN_COLUMN, column, context=CTX)
        mapping[f] = column
    seen: dict[str, str] = {}
    for f, column in mapping.items():
        if column in seen:
            raise ValidationError(E_SAME_COLUMN, column, context=CTX)
        seen[column] = f
    if "email" not in mapping:
        raise ValidationError(E_NO_EMAIL, context=CTX)
    if source is Source.MUNICIPAL_LP and "opt_in" not in mapping:
        raise ValidationError(E_NO_OPT_IN, context=CTX)
    return mapping, recognised


def _wording(session: Session, source: Source, version_row_id: int | None, lang: str) -> script_service.ScriptView:
    if version_row_id is None:
        return script_service.current(session, source.script_key, lang)
    view = script_service.render_version(session, version_row_id, lang)
    if view.key != source.script_key:
        raise ValidationError(QT_TRANSLATE_NOOP("Scripts", "This script does not belong to this channel."),
                              context="Scripts")
    return view


def preview_rows(session: Session, headers: Sequence[str], rows: Sequence[Sequence[str]], *, source: Source | str,
                 file_name: str = "", mapping: dict[str, str] | None = None, wording_version_id: int | None = None,
                 wording_lang: str = "ja", progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> ImportPreview:
    """Preview rows given in memory (the demo data); they are kept for the confirmation."""
    session.require(Action.LP_IMPORT)
    records = tuple((i + 2, tuple(r)) for i, r in enumerate(rows))
    digest = hashlib.sha256()
    for _n, r in records:
        digest.update("\x1f".join(r).encode("utf-8") + b"\n")
    return _preview(session, tuple(h.strip() for h in headers), records, source=Source.parse(str(source)),
                    file_name=file_name, mapping=mapping, wording_version_id=wording_version_id,
                    wording_lang=wording_lang, file_sha256=digest.hexdigest(), file_kind="csv", encoding="utf-8",
                    progress=progress, cancelled=cancelled, total=len(records), path=None, given=records)


def _preview(session: Session, headers: tuple[str, ...], records: Iterable[Record], *, source: Source, file_name: str,
             mapping: dict[str, str] | None, wording_version_id: int | None, wording_lang: str, file_sha256: str,
             file_kind: str, encoding: str, progress: ProgressFn | None, cancelled: CancelFn | None, total: int,
             path: Path | None, given: tuple[Record, ...] | None) -> ImportPreview:
    resolved, recognised = _resolve_mapping(headers, mapping, crepo.get_mapping(source.value), source)
    now = session.now()
    classifier = Classifier(session, source, headers, resolved, now=now)
    expected = min(total, import_limits(session).max_rows)  # an estimate, never above the row limit
    tally = classifier.run(records, FirstRows(expected), progress=progress, cancelled=cancelled, total=total)
    # after the rows: a file refused at its end (too many rows) leaves no trace, not even the
    # first publication of the default wording
    wording = _wording(session, source, wording_version_id, wording_lang)
    earlier = tuple(b.confirmed_at for b in crepo.import_batches_by_file(file_sha256))
    used = set(resolved.values())
    return ImportPreview(
        source=source, file_kind=file_kind, encoding=encoding, file_sha256=file_sha256,
        file_name_hash=hashlib.sha256(file_name.encode("utf-8")).hexdigest(), headers=headers, mapping=resolved,
        recognised=recognised, unmapped_headers=tuple(h for h in headers if h and h not in used), wording=wording,
        total=tally.total, counts=dict(tally.counts), previous_imports=earlier, checked_at=now,
        kept_samples={o: tuple(v) for o, v in tally.samples.items()}, kept_problems=tuple(tally.problems),
        problem_count=tally.problem_count, chunks=tuple(tally.chunks), path=path, given_rows=given,
        invalid_rows=tally.invalid_rows)


def import_limits(session: Session) -> office_rules.ImportLimits:
    """The office's import limits (settings ``import_*``; the defaults when unset)."""
    session.ensure_unlocked()
    return office_rules.import_limits(
        {name: repo.get_setting(key) for name, key in office_rules.IMPORT_LIMIT_KEYS.items()})


def file_headers(session: Session, path: Path | str) -> tuple[str, ...]:
    """The header row of a file (for the column-mapping dialog when headers are not recognised)."""
    session.require(Action.LP_IMPORT)
    return readers.read_file(Path(path), limits=import_limits(session)).headers


def preview_file(session: Session, path: Path | str, *, source: Source | str, mapping: dict[str, str] | None = None,
                 wording_version_id: int | None = None, wording_lang: str = "ja",
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ImportPreview:
    """Read ``path`` as a stream and classify every row. Nothing is written and no row is kept
    beyond the bounded sample (the confirmation reads the file again)."""
    session.require(Action.LP_IMPORT)
    src = Source.parse(str(source))
    path = Path(path)
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    with readers.open_file(path, cancelled=cancelled, limits=import_limits(session)) as table:
        first = next(table.rows, None)  # a file without data rows is refused before anything else
        if first is None:
            raise ImportCancelled()
        preview = _preview(session, table.headers, itertools.chain((first,), table.rows), source=src, file_name=path.name, mapping=mapping,
                           wording_version_id=wording_version_id, wording_lang=wording_lang,
                           file_sha256=table.sha256, file_kind=table.kind, encoding=table.encoding,
                           progress=progress, cancelled=cancelled, total=table.estimated_rows, path=path.resolve(),
                           given=None)
    if progress is not None:
        progress(preview.total, preview.total)
    return preview

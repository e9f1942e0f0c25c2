"""Landing-page import: reading a file and previewing each row's outcome."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain import addresses
from desktop.domain import office_settings as office_rules
from desktop.domain.consent import SUPPRESSING, ContactStatus
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.exports import readers
from desktop.services import consent
from desktop.services import scripts as script_service
from desktop.services.lp_import.parsing import (
    CTX,
    D_BOUNCED,
    D_CONFIRM,
    D_DATE,
    D_DATE_FUTURE,
    D_DELETED,
    D_DUP_FILE,
    D_DUP_LIST,
    D_DUP_WAITING,
    D_KANA_LONG,
    D_NAME_LONG,
    D_NOT_TICKED,
    D_NOT_TICKED_OTHER,
    D_OK,
    D_REFUSED,
    D_REFUSED_IN_FILE,
    D_UNKNOWN_VALUE,
    D_UNSUBSCRIBED,
    E_NO_EMAIL,
    E_NO_OPT_IN,
    E_SAME_COLUMN,
    E_UNKNOWN_COLUMN,
    E_UNKNOWN_FIELD,
    FIELDS,
    PROGRESS_EVERY,
    SAMPLES_PER_OUTCOME,
    CancelFn,
    ImportCancelled,
    ProgressFn,
    RowOutcome,
    Source,
    is_refusal,
    parse_date,
    parse_opt_in,
    recognise_headers,
)
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

# ---------------------------------------------------------------------------------------------
# Preview
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)  # slots: a million of them are held until the confirmation
class RowPlan:
    row: int  # row number in the file (header = 1)
    outcome: RowOutcome
    address: str  # normalised when possible, else as given (trimmed)
    name: str | None
    furigana: str | None
    opt_in: bool | None
    detail: str  # translatable template (context "Import" or "Address")
    detail_params: tuple[str, ...] = ()
    detail_context: str = CTX
    occurred_at: datetime | None = None
    contact_id: int | None = None  # an existing contact this row adds to
    key: str | None = None  # canonical key of a valid address


@dataclass(frozen=True)
class ImportPreview:
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
    rows: tuple[RowPlan, ...] = field(repr=False)
    counts: dict[RowOutcome, int] = field(default_factory=dict)
    previous_imports: tuple[str, ...] = ()  # when the same file was imported before

    @property
    def total(self) -> int:
        return len(self.rows)

    def samples(self, outcome: RowOutcome, n: int = SAMPLES_PER_OUTCOME) -> list[RowPlan]:
        out = []
        for r in self.rows:
            if r.outcome is outcome:
                out.append(r)
                if len(out) >= n:
                    break
        return out

    def problems(self) -> list[RowPlan]:
        """Every row that will not join, with its row number (for the error report)."""
        return [r for r in self.rows if r.outcome is not RowOutcome.JOIN]


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


def check_progress(progress: ProgressFn | None, cancelled: CancelFn | None, done: int, total: int) -> None:
    if done % PROGRESS_EVERY == 0:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)


def _classify(session: Session, source: Source, headers: Sequence[str], mapping: dict[str, str],
              records: list[Any], *, progress: ProgressFn | None, cancelled: CancelFn | None) -> list[RowPlan]:
    """Classify ``records`` ((number, cells) pairs). The list is consumed: each row is dropped
    once read, and each staged row once planned, so the rows, the staging and the plans are
    never all held at once."""
    index = {h: i for i, h in reversed(list(enumerate(headers)))}
    col = {f: index[c] for f, c in mapping.items()}
    now = session.now()

    def cell(cells: Sequence[str], f: str) -> str:
        i = col.get(f)
        return cells[i] if i is not None and i < len(cells) else ""

    # first pass: parse and check each row on its own
    staged: list[Any] = []  # dicts, dropped (None) once planned
    total = len(records)
    for done in range(1, total + 1):
        number, cells = records[done - 1]
        records[done - 1] = None
        check_progress(progress, cancelled, done, total * 2)
        raw = cell(cells, "email")
        check = addresses.check(raw)
        item: dict[str, Any] = {"row": number, "address": check.normalised or raw.strip()[:400], "name": None,
                                "furigana": None, "opt_in": None, "occurred_at": None}
        staged.append(item)
        if not check.valid:
            assert check.problem is not None
            item.update(outcome=RowOutcome.INVALID, detail=check.problem.message, params=check.error_params,
                        context="Address")
            continue
        try:
            item["name"] = consent.clean_text(cell(cells, "name"), consent.NAME_MAX, D_NAME_LONG, nfkc=True,
                                              context=CTX)
            item["furigana"] = consent.clean_text(cell(cells, "furigana"), consent.FURIGANA_MAX, D_KANA_LONG,
                                                  nfkc=True, context=CTX)
        except ValidationError as exc:
            item.update(outcome=RowOutcome.ERROR, detail=exc.message, params=exc.params, context=CTX)
            continue
        if "date" in col:
            raw_date = cell(cells, "date").strip()
            try:
                when = parse_date(raw_date)
            except ValueError:
                item.update(outcome=RowOutcome.ERROR, detail=D_DATE, params=(raw_date[:40],), context=CTX)
                continue
            if when is not None and when > now:
                item.update(outcome=RowOutcome.ERROR, detail=D_DATE_FUTURE, params=(raw_date[:40],), context=CTX)
                continue
            item["occurred_at"] = when
        if "opt_in" in col:
            raw_value = cell(cells, "opt_in")
            value = parse_opt_in(raw_value)
            item["opt_in"] = value
            item["refused"] = is_refusal(raw_value)  # said no in words, not merely an empty box
            if value is None:
                item["unrecognised"] = raw_value.strip()[:40]
        item["key"] = addresses.canonical_key(check.normalised)

    # second pass: duplicates in the file, then against the database (in chunks)
    first_row: dict[str, int] = {}
    keyed = [s for s in staged if "outcome" not in s]
    existing = crepo.contacts_by_keys(s["key"] for s in keyed)
    hkey = consent.hmac_key(session)
    for s in keyed:
        s["hash"] = crepo.key_hash(hkey, s["key"])
    suppressed = crepo.suppressed_hashes(s["hash"] for s in keyed if s["key"] not in existing)
    del keyed
    plans: list[RowPlan] = []
    for done in range(1, total + 1):
        s = staged[done - 1]
        staged[done - 1] = None
        check_progress(progress, cancelled, total + done, total * 2)
        base = {"row": s["row"], "address": s["address"], "name": s["name"], "furigana": s["furigana"],
                "opt_in": s["opt_in"], "occurred_at": s["occurred_at"], "key": s.get("key")}
        if "outcome" in s:
            plans.append(RowPlan(**base, outcome=s["outcome"], detail=s["detail"], detail_params=tuple(s["params"]),
                                 detail_context=s["context"]))
            continue
        key = s["key"]
        if key in first_row:
            plans.append(RowPlan(**base, outcome=RowOutcome.DUPLICATE, detail=D_DUP_FILE,
                                 detail_params=(str(first_row[key]),)))
            continue
        first_row[key] = s["row"]
        ticked = s["opt_in"] is True if "opt_in" in col else True
        contact = existing.get(key)
        status = ContactStatus(contact.status) if contact is not None else None
        if status in SUPPRESSING or (contact is None and s["hash"] in suppressed):
            reason = (status.value if status is not None else suppressed[s["hash"]])
            detail = {"refused": D_REFUSED, "unsubscribed": D_UNSUBSCRIBED,
                      "bounced": D_BOUNCED}.get(reason, D_DELETED)
            plans.append(RowPlan(**base, outcome=RowOutcome.SUPPRESSED, detail=detail))
            continue
        if s.get("refused"):  # a refusal in the file is honoured for every source, known address or not
            plans.append(RowPlan(**base, outcome=RowOutcome.REFUSED, detail=D_REFUSED_IN_FILE,
                                 contact_id=contact.id if contact else None))
            continue
        if status is ContactStatus.SUBSCRIBED:
            plans.append(RowPlan(**base, outcome=RowOutcome.DUPLICATE, detail=D_DUP_LIST,
                                 contact_id=contact.id if contact else None))
            continue
        if not ticked:
            params: tuple[str, ...]
            if s.get("unrecognised") is not None:
                detail, params = D_UNKNOWN_VALUE, (s["unrecognised"],)
            else:
                detail = D_NOT_TICKED if source is Source.MUNICIPAL_LP else D_NOT_TICKED_OTHER
                params = ()
            if contact is not None and source is Source.MUNICIPAL_LP:
                detail, params = D_DUP_WAITING, ()
            plans.append(RowPlan(**base, outcome=RowOutcome.NO_OPT_IN, detail=detail, detail_params=params,
                                 contact_id=contact.id if contact else None))
            continue
        plans.append(RowPlan(**base, outcome=RowOutcome.JOIN,
                             detail=D_CONFIRM if source is Source.MUNICIPAL_LP else D_OK,
                             contact_id=contact.id if contact else None))
    if progress is not None:
        progress(total * 2, total * 2)
    return plans


def _counts(plans: Sequence[RowPlan]) -> dict[RowOutcome, int]:
    c = Counter(p.outcome for p in plans)
    return {o: c.get(o, 0) for o in RowOutcome}


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
                 wording_lang: str = "ja", file_sha256: str | None = None, file_kind: str = "csv",
                 encoding: str = "utf-8", progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None, numbered: Sequence[tuple[int, Sequence[str]]] | None = None
                 ) -> ImportPreview:
    """Preview rows already read (the demo data and the file reader both come through here)."""
    session.require(Action.LP_IMPORT)
    src = Source.parse(str(source))
    headers = tuple(h.strip() for h in headers)
    # a list given as ``numbered`` is consumed (the file reader's rows are not kept twice)
    records: list[Any]
    if isinstance(numbered, list):
        records = numbered
    elif numbered is not None:
        records = list(numbered)
    else:
        records = [(i + 2, tuple(r)) for i, r in enumerate(rows)]
    if file_sha256 is None:
        digest = hashlib.sha256()
        for _n, r in records:
            digest.update("\x1f".join(r).encode("utf-8") + b"\n")
        file_sha256 = digest.hexdigest()
    resolved, recognised = _resolve_mapping(headers, mapping, crepo.get_mapping(src.value), src)
    wording = _wording(session, src, wording_version_id, wording_lang)
    plans = _classify(session, src, headers, resolved, records, progress=progress, cancelled=cancelled)
    earlier = tuple(b.confirmed_at for b in crepo.import_batches_by_file(file_sha256))
    used = set(resolved.values())
    return ImportPreview(
        source=src, file_kind=file_kind, encoding=encoding, file_sha256=file_sha256,
        file_name_hash=hashlib.sha256(file_name.encode("utf-8")).hexdigest(), headers=headers, mapping=resolved,
        recognised=recognised, unmapped_headers=tuple(h for h in headers if h and h not in used), wording=wording,
        rows=tuple(plans), counts=_counts(plans), previous_imports=earlier)


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
    """Read ``path`` and classify every row. Nothing is written."""
    session.require(Action.LP_IMPORT)
    path = Path(path)
    table = readers.read_file(path, cancelled=cancelled, limits=import_limits(session))
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    headers, sha256, kind, encoding = table.headers, table.sha256, table.kind, table.encoding
    records: list[tuple[int, tuple[str, ...]]] = list(table.rows)
    del table  # the rows now live only in ``records``, which the preview consumes
    return preview_rows(session, headers, [], source=source, file_name=path.name, mapping=mapping,
                        wording_version_id=wording_version_id, wording_lang=wording_lang,
                        file_sha256=sha256, file_kind=kind, encoding=encoding,
                        progress=progress, cancelled=cancelled, numbered=records)

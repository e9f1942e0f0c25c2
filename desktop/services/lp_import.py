"""Landing-page import (自治体LP / other LP): read, map columns, preview, confirm (A1, A2, A4).

1. :func:`preview_file` reads a CSV (UTF-8 with or without BOM, Shift_JIS/CP932) or .xlsx,
   recognises the usual Japanese form-tool headers (メールアドレス / email / e-mail; 氏名 / 名前 /
   name; フリガナ; 配信希望 / オプトイン / opt-in; a time stamp) or applies the column mapping
   remembered for the source, and classifies every row: will join, no opt-in, invalid address,
   duplicate, previously unsubscribed or refused (including erased addresses found by their
   keyed hash), or a row error (too long, unreadable date). Nothing is written.
2. :func:`confirm` is the advisor's confirmation (recorded): in ONE transaction it re-checks
   the rows against the database, creates the contacts and consent records, records the
   advisor's opt-in confirmation for every municipal row that joins (A1), remembers the column
   mapping and writes one audit entry. Any failure or a cancel rolls everything back.

Municipal LP rows join only with the opt-in column true (A1); rows without it are kept as
evidence that the box was not ticked (seed 003 line 30) and do not join. Other-LP rows join
with the notice version that was shown on the page (A2); when such a file has an opt-in column,
rows where it is false are not imported. An import never lifts a refusal, an unsubscribe or a
deletion (only a new explicit agreement does).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain import addresses
from desktop.domain.consent import Channel, ConsentEvent, ContactStatus, EventKind, Outcome, validate_capture
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.exports import readers
from desktop.services import consent
from desktop.services import scripts as script_service
from desktop.services.errors import ServiceError
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

__all__ = [
    "FIELDS",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "RowOutcome",
    "RowPlan",
    "Source",
    "confirm",
    "file_headers",
    "parse_opt_in",
    "preview_file",
    "preview_rows",
    "recognise_headers",
    "remembered_mapping",
]

CTX = "Import"
SAMPLES_PER_OUTCOME = 5
PROGRESS_EVERY = 2000

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Source(StrEnum):
    MUNICIPAL_LP = "municipal_lp"
    OTHER_LP = "other_lp"

    @property
    def label(self) -> str:
        return Channel(self.value).label

    @property
    def script_key(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str) -> Source:
        try:
            return cls(text.replace("-", "_"))
        except ValueError:
            raise ValidationError(_E_SOURCE, context=CTX) from None


class RowOutcome(StrEnum):
    JOIN = "join"
    NO_OPT_IN = "no_opt_in"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    SUPPRESSED = "suppressed"
    ERROR = "error"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    RowOutcome.JOIN: QT_TRANSLATE_NOOP("Import", "Will join the send list"),
    RowOutcome.NO_OPT_IN: QT_TRANSLATE_NOOP("Import", "No opt-in"),
    RowOutcome.INVALID: QT_TRANSLATE_NOOP("Import", "Invalid address"),
    RowOutcome.DUPLICATE: QT_TRANSLATE_NOOP("Import", "Duplicate"),
    RowOutcome.SUPPRESSED: QT_TRANSLATE_NOOP("Import", "Previously unsubscribed or refused"),
    RowOutcome.ERROR: QT_TRANSLATE_NOOP("Import", "Row error"),
}

#: The fields a file can fill, in display order.
FIELDS: tuple[str, ...] = ("email", "name", "furigana", "opt_in", "date")
FIELD_LABELS = {
    "email": QT_TRANSLATE_NOOP("Import", "E-mail address"),
    "name": QT_TRANSLATE_NOOP("Import", "Name"),
    "furigana": QT_TRANSLATE_NOOP("Import", "Furigana"),
    "opt_in": QT_TRANSLATE_NOOP("Import", "Opt-in (wants e-mail)"),
    "date": QT_TRANSLATE_NOOP("Import", "Date submitted"),
}

_E_SOURCE = QT_TRANSLATE_NOOP("Import", "Choose the source: municipal landing page or other landing page.")
_E_NO_EMAIL = QT_TRANSLATE_NOOP("Import", "No e-mail address column was found. Choose the column that holds the addresses.")
_E_NO_OPT_IN = QT_TRANSLATE_NOOP("Import", "A file from a municipal landing page needs its opt-in column (for example 配信希望). Choose it.")
_E_UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("Import", "The column %1 is not in the file.")
_E_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Import", "Unknown field %1. Use email, name, furigana, opt_in or date.")
_E_SAME_COLUMN = QT_TRANSLATE_NOOP("Import", "The column %1 is chosen for two fields.")
_E_CHANGED = QT_TRANSLATE_NOOP("Import", "The contacts changed since the preview (%1 rows would now be treated differently). Preview the file again.")
_E_NOTHING = QT_TRANSLATE_NOOP("Import", "No row of this file would be imported.")

_D_OK = QT_TRANSLATE_NOOP("Import", "Joins the send list.")
_D_CONFIRM = QT_TRANSLATE_NOOP("Import", "Opt-in ticked; joins when you confirm the import.")
_D_NOT_TICKED = QT_TRANSLATE_NOOP("Import", "The opt-in box was not ticked; kept as a record, not sent to.")
_D_NOT_TICKED_OTHER = QT_TRANSLATE_NOOP("Import", "The opt-in column says no; this row is not imported.")
_D_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Import", "The opt-in value %1 is not recognised; treated as not ticked.")
_D_DUP_FILE = QT_TRANSLATE_NOOP("Import", "The same address as row %1.")
_D_DUP_LIST = QT_TRANSLATE_NOOP("Import", "Already on the send list.")
_D_DUP_WAITING = QT_TRANSLATE_NOOP("Import", "Already known; no new opt-in in this row.")
_D_REFUSED = QT_TRANSLATE_NOOP("Import", "Refused earlier; an import cannot put the address back.")
_D_UNSUBSCRIBED = QT_TRANSLATE_NOOP("Import", "Unsubscribed earlier; an import cannot put the address back.")
_D_DELETED = QT_TRANSLATE_NOOP("Import", "Deleted on request earlier; an import cannot add the address again.")
_D_DATE = QT_TRANSLATE_NOOP("Import", "The date %1 cannot be read (use for example 2026/11/20 10:15).")
_D_DATE_FUTURE = QT_TRANSLATE_NOOP("Import", "The date %1 is in the future.")
_D_NAME_LONG = QT_TRANSLATE_NOOP("Import", "The name is too long (at most %1 characters).")
_D_KANA_LONG = QT_TRANSLATE_NOOP("Import", "The furigana is too long (at most %1 characters).")


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The import was cancelled. Nothing was imported."))


# ---------------------------------------------------------------------------------------------
# Headers and values
# ---------------------------------------------------------------------------------------------

_STRIP_CHARS = set(" \t_-‐・･:：()（）[]［］【】<>＜＞*＊※「」『』'\"")


def _fold_header(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = "".join(ch for ch in t if ch not in _STRIP_CHARS and not ch.isspace())
    for word in ("(必須)", "必須", "(任意)", "任意"):
        t = t.replace(word, "")
    return t


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "email": ("メールアドレス", "メール", "eメール", "eメールアドレス", "email", "e-mail", "emailaddress", "mail",
              "mailaddress", "メアド", "pcメールアドレス", "連絡先メールアドレス"),
    "name": ("氏名", "名前", "お名前", "おなまえ", "name", "fullname", "氏名漢字", "ご氏名", "姓名"),
    "furigana": ("フリガナ", "ふりがな", "カナ", "かな", "氏名フリガナ", "氏名カナ", "お名前フリガナ", "お名前カナ",
                 "furigana", "kana", "namekana", "セイメイ"),
    "opt_in": ("配信希望", "オプトイン", "opt-in", "optin", "メール配信希望", "メール配信", "メルマガ配信希望",
               "メルマガ希望", "メルマガ", "案内メール希望", "情報配信希望", "配信同意", "メール配信の希望",
               "案内メールの配信", "情報メールの配信を希望する", "subscribe", "newsletter"),
    "date": ("タイムスタンプ", "登録日時", "送信日時", "回答日時", "受付日時", "申込日時", "日時", "登録日",
             "timestamp", "date", "submittedat", "createdat", "datetime"),
}
_FOLDED_SYNONYMS = {f: {_fold_header(s) for s in names} for f, names in _SYNONYMS.items()}

_TRUE = {"1", "true", "yes", "y", "はい", "希望する", "希望します", "希望", "同意する", "同意します", "同意", "✓",
         "✔", "☑", "○", "〇", "◯", "on", "checked", "受け取る", "受信する", "する", "あり", "有"}
_FALSE = {"", "0", "false", "no", "n", "いいえ", "希望しない", "希望しません", "不要", "同意しない", "☐", "□",
          "×", "✕", "off", "受け取らない", "しない", "なし", "無", "-"}


def parse_opt_in(value: str) -> bool | None:
    """True / False for the usual form-tool values (1/0, true/false, はい/いいえ, 希望する/希望しない,
    ✓ or empty); None when the value is not recognised."""
    v = unicodedata.normalize("NFKC", value or "").strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    return None


def recognise_headers(headers: Sequence[str]) -> dict[str, str]:
    """{field: column header} for the headers recognised without a mapping (first match wins)."""
    found: dict[str, str] = {}
    for header in headers:
        folded = _fold_header(header)
        if not folded:
            continue
        for f in FIELDS:
            if f not in found and folded in _FOLDED_SYNONYMS[f]:
                found[f] = header
                break
    return found


_DATE_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                 "%Y-%m-%d", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日", "%Y.%m.%d %H:%M:%S",
                 "%Y.%m.%d %H:%M", "%Y.%m.%d")


def parse_date(value: str) -> datetime | None:
    """A form tool's time stamp as an aware datetime (Japan time when no offset is given)."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        found: datetime | None = None
        for fmt in _DATE_FORMATS:
            try:
                found = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if found is None:
            raise ValueError(text) from None
        parsed = found
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=OFFICE_TZ)
    return parsed


# ---------------------------------------------------------------------------------------------
# Preview
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
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
            raise ValidationError(_E_UNKNOWN_FIELD, f, context=CTX)
        if not column:
            mapping.pop(f, None)
            continue
        if column not in present:
            raise ValidationError(_E_UNKNOWN_COLUMN, column, context=CTX)
        mapping[f] = column
    seen: dict[str, str] = {}
    for f, column in mapping.items():
        if column in seen:
            raise ValidationError(_E_SAME_COLUMN, column, context=CTX)
        seen[column] = f
    if "email" not in mapping:
        raise ValidationError(_E_NO_EMAIL, context=CTX)
    if source is Source.MUNICIPAL_LP and "opt_in" not in mapping:
        raise ValidationError(_E_NO_OPT_IN, context=CTX)
    return mapping, recognised


def _check(progress: ProgressFn | None, cancelled: CancelFn | None, done: int, total: int) -> None:
    if done % PROGRESS_EVERY == 0:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)


def _classify(session: Session, source: Source, headers: Sequence[str], mapping: dict[str, str],
              records: Sequence[tuple[int, Sequence[str]]], *, progress: ProgressFn | None,
              cancelled: CancelFn | None) -> list[RowPlan]:
    index = {h: i for i, h in reversed(list(enumerate(headers)))}
    col = {f: index[c] for f, c in mapping.items()}
    now = session.now()

    def cell(cells: Sequence[str], f: str) -> str:
        i = col.get(f)
        return cells[i] if i is not None and i < len(cells) else ""

    # first pass: parse and check each row on its own
    staged: list[dict[str, Any]] = []
    total = len(records)
    for done, (number, cells) in enumerate(records, start=1):
        _check(progress, cancelled, done, total * 2)
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
            item["name"] = consent.clean_text(cell(cells, "name"), consent.NAME_MAX, _D_NAME_LONG, nfkc=True,
                                              context=CTX)
            item["furigana"] = consent.clean_text(cell(cells, "furigana"), consent.FURIGANA_MAX, _D_KANA_LONG,
                                                  nfkc=True, context=CTX)
        except ValidationError as exc:
            item.update(outcome=RowOutcome.ERROR, detail=exc.message, params=exc.params, context=CTX)
            continue
        if "date" in col:
            raw_date = cell(cells, "date").strip()
            try:
                when = parse_date(raw_date)
            except ValueError:
                item.update(outcome=RowOutcome.ERROR, detail=_D_DATE, params=(raw_date[:40],), context=CTX)
                continue
            if when is not None and when > now:
                item.update(outcome=RowOutcome.ERROR, detail=_D_DATE_FUTURE, params=(raw_date[:40],), context=CTX)
                continue
            item["occurred_at"] = when
        if "opt_in" in col:
            raw_value = cell(cells, "opt_in")
            value = parse_opt_in(raw_value)
            item["opt_in"] = value
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
    plans: list[RowPlan] = []
    for done, s in enumerate(staged, start=1):
        _check(progress, cancelled, total + done, total * 2)
        base = {"row": s["row"], "address": s["address"], "name": s["name"], "furigana": s["furigana"],
                "opt_in": s["opt_in"], "occurred_at": s["occurred_at"], "key": s.get("key")}
        if "outcome" in s:
            plans.append(RowPlan(**base, outcome=s["outcome"], detail=s["detail"], detail_params=tuple(s["params"]),
                                 detail_context=s["context"]))
            continue
        key = s["key"]
        if key in first_row:
            plans.append(RowPlan(**base, outcome=RowOutcome.DUPLICATE, detail=_D_DUP_FILE,
                                 detail_params=(str(first_row[key]),)))
            continue
        first_row[key] = s["row"]
        ticked = s["opt_in"] is True if "opt_in" in col else True
        contact = existing.get(key)
        status = ContactStatus(contact.status) if contact is not None else None
        if status in (ContactStatus.REFUSED, ContactStatus.UNSUBSCRIBED, ContactStatus.DELETED) or (
                contact is None and s["hash"] in suppressed):
            reason = (status.value if status is not None else suppressed[s["hash"]])
            detail = {"refused": _D_REFUSED, "unsubscribed": _D_UNSUBSCRIBED}.get(reason, _D_DELETED)
            plans.append(RowPlan(**base, outcome=RowOutcome.SUPPRESSED, detail=detail))
            continue
        if status is ContactStatus.SUBSCRIBED:
            plans.append(RowPlan(**base, outcome=RowOutcome.DUPLICATE, detail=_D_DUP_LIST,
                                 contact_id=contact.id if contact else None))
            continue
        if not ticked:
            params: tuple[str, ...]
            if s.get("unrecognised") is not None:
                detail, params = _D_UNKNOWN_VALUE, (s["unrecognised"],)
            else:
                detail = _D_NOT_TICKED if source is Source.MUNICIPAL_LP else _D_NOT_TICKED_OTHER
                params = ()
            if contact is not None and source is Source.MUNICIPAL_LP:
                detail, params = _D_DUP_WAITING, ()
            plans.append(RowPlan(**base, outcome=RowOutcome.NO_OPT_IN, detail=detail, detail_params=params,
                                 contact_id=contact.id if contact else None))
            continue
        plans.append(RowPlan(**base, outcome=RowOutcome.JOIN,
                             detail=_D_CONFIRM if source is Source.MUNICIPAL_LP else _D_OK,
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
    records = list(numbered) if numbered is not None else [(i + 2, tuple(r)) for i, r in enumerate(rows)]
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


def file_headers(session: Session, path: Path | str) -> tuple[str, ...]:
    """The header row of a file (for the column-mapping dialog when headers are not recognised)."""
    session.require(Action.LP_IMPORT)
    return readers.read_file(Path(path)).headers


def preview_file(session: Session, path: Path | str, *, source: Source | str, mapping: dict[str, str] | None = None,
                 wording_version_id: int | None = None, wording_lang: str = "ja",
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ImportPreview:
    """Read ``path`` and classify every row. Nothing is written."""
    session.require(Action.LP_IMPORT)
    path = Path(path)
    table = readers.read_file(path, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    return preview_rows(session, table.headers, [], source=source, file_name=path.name, mapping=mapping,
                        wording_version_id=wording_version_id, wording_lang=wording_lang,
                        file_sha256=table.sha256, file_kind=table.kind, encoding=table.encoding,
                        progress=progress, cancelled=cancelled, numbered=table.rows)


# ---------------------------------------------------------------------------------------------
# Confirm
# ---------------------------------------------------------------------------------------------


def confirm(session: Session, preview: ImportPreview, *, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None) -> ImportResult:
    """The advisor confirms the preview: import it all in one transaction (or nothing)."""
    session.require(Action.LP_IMPORT)
    if not any(p.outcome in (RowOutcome.JOIN, RowOutcome.NO_OPT_IN) for p in preview.rows):
        raise ValidationError(_E_NOTHING, context=CTX)
    source = preview.source
    municipal = source is Source.MUNICIPAL_LP
    now = session.now()
    now_text = consent.iso(now)
    uid = session.user.uid
    hkey = consent.hmac_key(session)
    on = consent.today(session)
    total = len(preview.rows)
    with repo.atomic():
        # re-check against the database as it is now (someone may have saved an entry meanwhile)
        existing = crepo.contacts_by_keys(p.key for p in preview.rows
                                          if p.key and p.outcome in (RowOutcome.JOIN, RowOutcome.NO_OPT_IN))
        changed = 0
        for p in preview.rows:
            if p.outcome not in (RowOutcome.JOIN, RowOutcome.NO_OPT_IN) or p.key is None:
                continue
            c = existing.get(p.key)
            if (c.id if c else None) != p.contact_id or (
                    c is not None and ContactStatus(c.status) in consent.SUPPRESSING):
                changed += 1
        if changed:
            raise ValidationError(_E_CHANGED, changed, context=CTX)
        stored = script_service.resolve_shown(session, preview.wording.version_row_id, preview.wording.lang,
                                              preview.wording.sha256, channel=source.value)
        batch_id = crepo.insert_import_batch(
            source=source.value, file_name_hash=preview.file_name_hash, file_sha256=preview.file_sha256,
            file_kind=preview.file_kind, encoding=preview.encoding, total_rows=total,
            counts={o.value: n for o, n in preview.counts.items()}, mapping=preview.mapping,
            notice_text_id=stored.text_id, confirmed_by=uid, confirmed_at=now_text)

        # the domain decides each shape of history once (all rows of one shape are alike)
        decided: dict[tuple[Any, ...], Any] = {}

        def capture_for(p: RowPlan, when: datetime) -> ConsentEvent:
            ticked = p.opt_in is True
            if municipal:
                return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.MUNICIPAL_LP,
                                    outcome=Outcome.AGREED if ticked else None, occurred_at=when,
                                    script_version_id=stored.version_id, script_hash=stored.sha256,
                                    opt_in_checked=ticked, imported=True, recorded_by=uid)
            return ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.OTHER_LP, outcome=Outcome.AGREED,
                                occurred_at=when, script_version_id=stored.version_id, script_hash=stored.sha256,
                                notice_given=True, opt_in_checked=p.opt_in, imported=True, recorded_by=uid)

        def confirmation(when: datetime) -> ConsentEvent:
            return ConsentEvent(kind=EventKind.OPT_IN_CONFIRMED, occurred_at=when, imported=False, recorded_by=uid)

        def decide_new(p: RowPlan) -> Any:
            shape = (p.outcome, p.opt_in is True)
            if shape not in decided:
                cap = capture_for(p, now)
                validate_capture(cap)
                events = [cap]
                if municipal and p.opt_in is True:
                    conf = confirmation(now)
                    validate_capture(conf, events)
                    events.append(conf)
                decided[shape] = consent.decide(events, deleted=False, address_valid=True, on=on)
            return decided[shape]

        contact_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        next_contact = crepo.next_contact_id()
        next_event = crepo.next_event_id()
        created = joined = 0
        for done, p in enumerate(preview.rows, start=1):
            _check(progress, cancelled, done, total)
            if p.outcome not in (RowOutcome.JOIN, RowOutcome.NO_OPT_IN):
                continue
            if p.outcome is RowOutcome.NO_OPT_IN and not municipal:
                continue  # other LP, opt-in column says no: not imported
            when = p.occurred_at or now
            if p.contact_id is not None:
                contact = crepo.contact_by_id(p.contact_id)
                assert contact is not None
                applied = consent.apply_event(session, contact, capture_for(p, when), script_text_id=stored.text_id,
                                              lang=stored.lang, import_batch_id=batch_id, import_row=p.row)
                if municipal and p.opt_in is True:
                    applied = consent.apply_event(session, contact, confirmation(now))
                joined += int(applied.after.eligible)
                continue
            decision = decide_new(p)
            cid = next_contact
            next_contact += 1
            key = p.key or addresses.canonical_key(p.address)
            contact_rows.append((cid, p.address, key, crepo.key_hash(hkey, key), p.name, p.furigana,
                                 consent.search_text(key, p.name, p.furigana), decision.status.value,
                                 decision.eligible, source.value, True, False, now_text, now_text))
            cap = capture_for(p, when)
            event_rows.append((next_event, cid, cap.kind.value, cap.channel.value if cap.channel else None,
                               cap.outcome.value if cap.outcome else None, consent.iso(when), now_text,
                               stored.text_id, stored.version_id, stored.sha256, stored.lang, cap.opt_in_checked,
                               cap.notice_given, None, True, batch_id, p.row, uid))
            next_event += 1
            if municipal and p.opt_in is True:
                event_rows.append((next_event, cid, EventKind.OPT_IN_CONFIRMED.value, None, None, now_text,
                                   now_text, None, None, None, None, None, None, None, False, batch_id, p.row, uid))
                next_event += 1
            created += 1
            joined += int(decision.eligible)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        crepo.bulk_insert_contacts(contact_rows)
        crepo.bulk_insert_events(event_rows)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        crepo.set_mapping(source.value, preview.mapping, now_text, uid)
        counts: dict[str, Any] = {o.value: n for o, n in preview.counts.items()}
        seq = session.audit("import.confirm", target=str(batch_id), source=source.value, total=total,
                            created=created, joined=joined, file_kind=preview.file_kind,
                            wording=stored.version_id, **counts)
    if progress is not None:
        progress(total, total)
    return ImportResult(batch_id, dict(preview.counts), created, joined, total, seq)

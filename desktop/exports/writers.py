"""Writers for exports: plain rows in, file bytes out. No Qt, no peewee.

* .xlsx streamed into memory by :mod:`desktop.exports.xlsx_stream` (rows compressed as they come,
  no temp files, R31; text is always a text cell, never a formula, R30).
  Japanese office conventions: header row frozen, autofilter, fitted widths, real Excel dates shown
  ``yyyy/mm/dd hh:mm`` in Japan time, sheet names within Excel's limits.
* .csv in UTF-8 with BOM (Japanese Excel opens it correctly), CRLF, formula-looking values prefixed
  with an apostrophe (the ASVS rule for CSV).
* Optional Office encryption (Agile, AES-256) with msoffcrypto, verified by decrypting again (R32).

The writers take ``progress(done, total)`` and ``cancelled()`` callables so the UI can show a bar
and stop; a cancelled export raises :class:`ExportCancelled` and nothing is written.
"""

from __future__ import annotations

import csv
import io
import itertools
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any, Literal

import msoffcrypto
from msoffcrypto.format.ooxml import OOXMLFile

from desktop.domain.office_time import OFFICE_TZ
from desktop.exports import xlsx_stream as xs

DATETIME_FORMAT = "yyyy/mm/dd hh:mm"
DATE_FORMAT = "yyyy/mm/dd"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
SHEET_NAME_MAX = 31
_BAD_SHEET_CHARS = set('[]:*?/\\')
PROGRESS_EVERY = 1000
MIN_XLSX_BYTES = 4096

Kind = Literal["text", "datetime", "date", "int"]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: float | None = None  # None: fitted to the content


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: Iterable[Sequence[Any]]
    autofilter: bool = True
    note_rows: list[tuple[str, str]] = field(default_factory=list)  # key/value lines above the table


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_START)


def display_width(text: str) -> int:
    """Width in half-width cells: CJK and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def sheet_name(name: str, used: set[str]) -> str:
    """A unique sheet name within Excel's rules (≤ 31 characters, none of []:*?/\\, not blank)."""
    cleaned = "".join("_" if ch in _BAD_SHEET_CHARS else ch for ch in name).strip("' ") or "Sheet"
    cleaned = cleaned[:SHEET_NAME_MAX]
    candidate, n = cleaned, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate = cleaned[: SHEET_NAME_MAX - len(suffix)] + suffix
        n += 1
    used.add(candidate.casefold())
    return candidate


def to_excel_time(value: datetime | date) -> datetime:
    """Excel has no time zones: show aware datetimes in Japan time, naive."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(OFFICE_TZ)
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def build_xlsx(sheets: Sequence[Sheet], *, progress: Progress | None = None, cancelled: Cancelled | None = None,
               total: int = 0) -> bytes:
    """Write the sheets to an .xlsx in memory (compressed as the rows come) and return its bytes."""
    buffer = io.BytesIO()
    try:
        write_xlsx(sheets, buffer, progress=progress, cancelled=cancelled, total=total)
    except BaseException:
        buffer.close()
        raise
    if buffer.tell() < MIN_XLSX_BYTES:
        # msoffcrypto cannot verify (R32) an encrypted package under 4,096 bytes (it lands in the
        # compound file's mini stream): a small workbook gets a blank zip comment to reach the size
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.comment = b" " * (MIN_XLSX_BYTES - buffer.tell() + 64)
    return buffer.getvalue()  # the buffer's own bytes (no copy)


def _fit(widths: list[float], columns: Sequence[Column], head: Sequence[Sequence[Any]]) -> list[float]:
    for values in head:
        for c, column in enumerate(columns):
            value = values[c] if c < len(values) else None
            if value is None or value == "":
                continue
            if column.kind in ("datetime", "date") and isinstance(value, (datetime, date)):
                continue
            if column.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
                continue
            widths[c] = max(widths[c], min(60, display_width(_text(value)) + 2))
    for c, column in enumerate(columns):
        if column.kind == "datetime":
            widths[c] = max(widths[c], 18)
        elif column.kind == "date":
            widths[c] = max(widths[c], 12)
        if column.width:
            widths[c] = column.width
    return widths


def write_xlsx(sheets: Sequence[Sheet], out: IO[bytes], *, progress: Progress | None = None,
               cancelled: Cancelled | None = None, total: int = 0) -> None:
    """Stream the sheets as an .xlsx into ``out`` (see :mod:`desktop.exports.xlsx_stream`)."""
    archive, entry = xs.open_zip(out)
    names: list[str] = []
    filters: list[str | None] = []
    try:
        done = _write_sheets(sheets, entry, names, filters, progress=progress, cancelled=cancelled, total=total)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        xs.write_workbook(entry, names, filters)
    finally:
        archive.close()  # on an error too: the zip never outlives the buffer half-written
    if progress is not None:
        progress(done, total)


def _write_sheets(sheets: Sequence[Sheet], entry: xs.Entry, names: list[str], filters: list[str | None], *,
                  progress: Progress | None, cancelled: Cancelled | None, total: int) -> int:
    used: set[str] = set()
    done = 0
    xs.write_parts(entry, len(sheets))
    for index, spec in enumerate(sheets):
        names.append(sheet_name(spec.name, used))
        widths: list[float] = [display_width(c.header) + 2 for c in spec.columns]
        for key, _note in spec.note_rows:
            widths[0] = max(widths[0], display_width(key) + 2)
        header_row = len(spec.note_rows) + (1 if spec.note_rows else 0) + 1  # 1-based
        rows = iter(spec.rows)
        try:
            done = _write_sheet(spec, rows, index, widths, header_row, entry, filters, done,
                                progress=progress, cancelled=cancelled, total=total)
        finally:
            _close(rows)  # stopped early (cancel, error): a streamed source ends now, with what it holds open
    return done


def _close(rows: Iterable[Any]) -> None:
    close = getattr(rows, "close", None)  # a generator (e.g. pages read from the database); a list has none
    if callable(close):
        close()


def _write_sheet(spec: Sheet, rows: Iterator[Sequence[Any]], index: int, widths: list[float], header_row: int,
                 entry: xs.Entry, filters: list[str | None], done: int, *, progress: Progress | None,
                 cancelled: Cancelled | None, total: int) -> int:
    head = list(itertools.islice(rows, xs.FIT_ROWS))
    widths = _fit(widths, spec.columns, head)
    with entry(f"xl/worksheets/sheet{index + 1}.xml") as stream:
        sheet = xs.SheetWriter(stream, [c.kind for c in spec.columns])
        stream.write(xs.sheet_head(widths, header_row, selected=index == 0).encode("utf-8"))
        for key, note in spec.note_rows:
            sheet.add([key, _text(note)], [xs.S_KEY, None], all_text=True)
        if spec.note_rows:
            sheet.skip()
        sheet.add([c.header for c in spec.columns], [xs.S_HEADER] * len(spec.columns), all_text=True)
        for values in itertools.chain(head, rows):
            sheet.add(values)
            done += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if progress is not None:
                    progress(done, total)
        ref = None
        if spec.autofilter and spec.columns:
            ref = f"A{header_row}:{xs.column_letter(len(spec.columns) - 1)}{max(header_row, sheet.row)}"
        sheet.write("</sheetData>" + (f'<autoFilter ref="{ref}"/>' if ref else "") + "</worksheet>")
    filters.append(ref)
    return done


def csv_cell(value: Any) -> str:
    if isinstance(value, datetime):
        return to_excel_time(value).strftime("%Y/%m/%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y/%m/%d")
    text = _text(value)
    return "'" + text if looks_like_formula(text) else text


def build_csv(columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, progress: Progress | None = None,
              cancelled: Cancelled | None = None, total: int = 0) -> bytes:
    """UTF-8 with BOM and CRLF, so Japanese Excel opens it; formula-looking cells get an apostrophe.
    Encoded a thousand rows at a time into one byte buffer (no text copy of the whole file)."""
    out = io.BytesIO()
    out.write("\ufeff".encode())
    chunk = io.StringIO()
    writer = csv.writer(chunk, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    done = 0
    source = iter(rows)
    try:
        for values in source:
            writer.writerow([csv_cell(values[i] if i < len(values) else None) for i in range(len(columns))])
            done += 1
            if done % PROGRESS_EVERY == 0:
                out.write(chunk.getvalue().encode("utf-8"))
                chunk.seek(0)
                chunk.truncate()
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if progress is not None:
                    progress(done, total)
    finally:
        _close(source)  # stopped early (cancel, error): a streamed source ends now
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    out.write(chunk.getvalue().encode("utf-8"))
    return out.getvalue()


def encrypt_xlsx(data: bytes, password: str) -> bytes:
    """Office (Agile, AES-256) encryption in memory, verified by decrypting it back (R32)."""
    source = OOXMLFile(io.BytesIO(data))
    encrypted = io.BytesIO()
    source.encrypt(password, encrypted)
    result = encrypted.getvalue()
    check = msoffcrypto.OfficeFile(io.BytesIO(result))
    check.load_key(password=password, verify_password=True)
    plain = io.BytesIO()
    check.decrypt(plain, verify_integrity=True)
    if plain.getvalue() != data:
        raise RuntimeError("encrypted export did not decrypt to the same bytes")
    return result

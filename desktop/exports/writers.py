"""Writers for exports: plain rows in, file bytes out. No Qt, no peewee.

* .xlsx with XlsxWriter in memory (``in_memory``: no temp files, R31; ``strings_to_formulas`` off
  and every text cell written with ``write_string``: no cell from data ever becomes a formula, R30).
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
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

import msoffcrypto
import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile

from desktop.domain.office_time import OFFICE_TZ

DATETIME_FORMAT = "yyyy/mm/dd hh:mm"
DATE_FORMAT = "yyyy/mm/dd"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
SHEET_NAME_MAX = 31
_BAD_SHEET_CHARS = set('[]:*?/\\')
PROGRESS_EVERY = 1000

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
    """Write the sheets to an .xlsx in memory and return its bytes."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "remove_timezone": True,
    })
    header_fmt = workbook.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True,
                                      "valign": "top"})
    key_fmt = workbook.add_format({"bold": True})
    quoted = workbook.add_format({"quote_prefix": True})
    datetime_fmt = workbook.add_format({"num_format": DATETIME_FORMAT})
    date_fmt = workbook.add_format({"num_format": DATE_FORMAT})
    used: set[str] = set()
    done = 0
    try:
        for spec in sheets:
            ws = workbook.add_worksheet(sheet_name(spec.name, used))
            widths = [display_width(c.header) + 2 for c in spec.columns]
            r = 0
            for key, note in spec.note_rows:
                ws.write_string(r, 0, key, key_fmt)
                text = _text(note)
                ws.write_string(r, 1, text, quoted if looks_like_formula(text) else None)
                widths[0] = max(widths[0], display_width(key) + 2)
                r += 1
            if spec.note_rows:
                r += 1
            header_row = r
            for c, column in enumerate(spec.columns):
                ws.write_string(header_row, c, column.header, header_fmt)
            r += 1
            for values in spec.rows:
                for c, column in enumerate(spec.columns):
                    value = values[c] if c < len(values) else None
                    if value is None or value == "":
                        continue
                    if column.kind in ("datetime", "date") and isinstance(value, (datetime, date)):
                        ws.write_datetime(r, c, to_excel_time(value),
                                          datetime_fmt if column.kind == "datetime" else date_fmt)
                        continue
                    if column.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
                        ws.write_number(r, c, value)
                        continue
                    text = _text(value)
                    ws.write_string(r, c, text, quoted if looks_like_formula(text) else None)
                    if r - header_row <= 500:  # fit widths on the first rows
                        widths[c] = max(widths[c], min(60, display_width(text) + 2))
                r += 1
                done += 1
                if done % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    if progress is not None:
                        progress(done, total)
            for c, column in enumerate(spec.columns):
                if column.kind == "datetime":
                    widths[c] = max(widths[c], 18)
                elif column.kind == "date":
                    widths[c] = max(widths[c], 12)
                ws.set_column(c, c, column.width or widths[c])
            ws.freeze_panes(header_row + 1, 0)
            if spec.autofilter and spec.columns:
                ws.autofilter(header_row, 0, max(header_row, r - 1), len(spec.columns) - 1)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        workbook.close()
    except BaseException:
        buffer.close()
        raise
    if progress is not None:
        progress(done, total)
    return buffer.getvalue()


def csv_cell(value: Any) -> str:
    if isinstance(value, datetime):
        return to_excel_time(value).strftime("%Y/%m/%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y/%m/%d")
    text = _text(value)
    return "'" + text if looks_like_formula(text) else text


def build_csv(columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, progress: Progress | None = None,
              cancelled: Cancelled | None = None, total: int = 0) -> bytes:
    """UTF-8 with BOM and CRLF, so Japanese Excel opens it; formula-looking cells get an apostrophe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    done = 0
    for values in rows:
        writer.writerow([csv_cell(values[i] if i < len(values) else None) for i in range(len(columns))])
        done += 1
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if progress is not None:
                progress(done, total)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


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

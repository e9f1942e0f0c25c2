"""Reading landing-page exports: CSV (UTF-8 with or without BOM, Shift_JIS/CP932) and .xlsx.

Plain rows out, no rules: the import service decides what the columns mean. Every failure is
a :class:`~desktop.domain.errors.ValidationError` with a translatable message (and a row
number where there is one); nothing here writes a file, not even a temporary one (the .xlsx
is read from memory).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = ["MAX_FILE_BYTES", "Table", "decode_text", "read_bytes", "read_file"]

CTX = "Import"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_FIELD_CHARS = 1_000_000  # a single cell; longer fields are rejected by the service with a row number

_E_MISSING = QT_TRANSLATE_NOOP("Import", "The file could not be opened. Check that it exists and that you may read it.")
_E_TOO_BIG = QT_TRANSLATE_NOOP("Import", "The file is too large (more than %1 MB).")
_E_EMPTY = QT_TRANSLATE_NOOP("Import", "The file is empty.")
_E_HEADER_ONLY = QT_TRANSLATE_NOOP("Import", "The file has a header row but no data rows.")
_E_ENCODING = QT_TRANSLATE_NOOP("Import", "The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as \"CSV UTF-8\" and try again.")
_E_UTF16 = QT_TRANSLATE_NOOP("Import", "The file is saved as UTF-16 (\"Unicode text\"). Save it as \"CSV UTF-8\" and try again.")
_E_BINARY = QT_TRANSLATE_NOOP("Import", "The file is not a CSV or Excel (.xlsx) file.")
_E_XLS = QT_TRANSLATE_NOOP("Import", "Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV UTF-8.")
_E_XLSX = QT_TRANSLATE_NOOP("Import", "The Excel file could not be read. It may be damaged or password-protected.")
_E_CSV_ROW = QT_TRANSLATE_NOOP("Import", "Row %1 could not be read: %2")


@dataclass(frozen=True)
class Table:
    """A file's header and data rows. ``rows`` holds ``(row number in the file, cells)``; the
    header is row 1 and empty rows are left out (their numbers are skipped)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str  # "utf-8-sig", "utf-8", "cp932" or "xlsx"
    kind: str  # "csv" | "xlsx"
    sha256: str


def _fail(message: str, *params: object) -> ValidationError:
    return ValidationError(message, *params, context=CTX)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) for CSV bytes: UTF-8 with BOM, UTF-8, then Shift_JIS (CP932)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise _fail(_E_ENCODING) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(_E_UTF16)
    if b"\x00" in data:
        raise _fail(_E_BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError:
        raise _fail(_E_ENCODING) from None


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _finish(records: list[tuple[int, tuple[str, ...]]], encoding: str, kind: str, digest: str) -> Table:
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise _fail(_E_EMPTY)
    (_, headers), *rows = records
    if not rows:
        raise _fail(_E_HEADER_ONLY)
    return Table(tuple(h.strip() for h in headers), tuple(rows), encoding, kind, digest)


def _read_csv(data: bytes, digest: str, cancelled: Callable[[], bool] | None) -> Table:
    text, encoding = decode_text(data)
    if not text.strip():
        raise _fail(_E_EMPTY)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    records: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, cells in enumerate(reader, start=1):
            records.append((number, tuple(cells)))
            if cancelled is not None and number % 5000 == 0 and cancelled():
                break
    except csv.Error as exc:
        raise _fail(_E_CSV_ROW, number + 1, str(exc)) from None
    finally:
        csv.field_size_limit(old_limit)
    return _finish(records, encoding, "csv", digest)


def _read_xlsx(data: bytes, digest: str, cancelled: Callable[[], bool] | None) -> Table:
    import openpyxl  # only here: reading imported workbooks
    from openpyxl.utils.exceptions import InvalidFileException

    records: list[tuple[int, tuple[str, ...]]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # data_only=False: a formula comes through as its text ("=1+1"), never as a cached result
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            try:
                sheet = book.worksheets[0]
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    records.append((number, tuple(_cell(v) for v in values)))
                    if cancelled is not None and number % 5000 == 0 and cancelled():
                        break
            finally:
                book.close()
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, IndexError, TypeError):
        raise _fail(_E_XLSX) from None
    # trailing empty cells (xlsx rows are as wide as the widest row)
    trimmed = []
    for number, cells in records:
        end = len(cells)
        while end and not cells[end - 1].strip():
            end -= 1
        trimmed.append((number, cells[:end]))
    return _finish(trimmed, "xlsx", "xlsx", digest)


def read_bytes(data: bytes, *, cancelled: Callable[[], bool] | None = None) -> Table:
    """Parse a CSV or .xlsx file given as bytes (the kind is recognised from the content)."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail(_E_TOO_BIG, MAX_FILE_BYTES // (1024 * 1024))
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise _fail(_E_EMPTY)
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, digest, cancelled)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(_E_XLS)
    return _read_csv(data, digest, cancelled)


def read_file(path: Path, *, cancelled: Callable[[], bool] | None = None) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(_E_TOO_BIG, MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError:
        raise _fail(_E_MISSING) from None
    return read_bytes(data, cancelled=cancelled)

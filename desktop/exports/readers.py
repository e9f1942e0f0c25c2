"""Reading landing-page exports: CSV (UTF-8 with or without BOM, Shift_JIS/CP932) and .xlsx.

Plain rows out, no rules: the import service decides what the columns mean. Every failure is
a :class:`~desktop.domain.errors.ValidationError` with a translatable message (and a row
number where there is one); nothing here writes a file, not even a temporary one.

Streamed (issue 14): :func:`open_file` gives the header, the SHA-256 and the encoding first, then
the data rows one at a time (nothing is held but the row being read; the landing-page import keeps
only counts and a sample). :func:`read_file` and :func:`read_bytes` collect the rows into a
:class:`Table` for callers whose files are small (the mail-service exports).

Bounded: the bytes are never held whole; a CSV line,
the number of rows, an .xlsx's decompressed size, each zip member's compression ratio and the
workbook's shared strings are checked against :class:`ImportLimits` before they can fill the
memory. XML is parsed with defusedxml (entity expansion and external entities are refused);
an .xlsx sheet's ``<dimension>`` is ignored (a lying one would hide rows).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse as safe_iterparse

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_settings import ImportLimits, xlsx_member_ratio_ok

__all__ = ["MAX_FILE_BYTES", "ImportLimits", "StreamTable", "Table", "decode_text", "file_sha256", "open_file", "read_bytes",
           "read_file"]

CTX = "Import"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_FIELD_CHARS = 1_000_000  # a single cell; longer fields are rejected by the service with a row number
_CHUNK = 1024 * 1024
_MB = 1024 * 1024

_E_MISSING = QT_TRANSLATE_NOOP("Import", "The file could not be opened. Check that it exists and that you may read it.")
_E_TOO_BIG = QT_TRANSLATE_NOOP("Import", "The file is too large (more than %1 MB).")
_E_EMPTY = QT_TRANSLATE_NOOP("Import", "The file is empty.")
_E_HEADER_ONLY = QT_TRANSLATE_NOOP("Import", "The file has a header row but no data rows.")
_E_ENCODING = QT_TRANSLATE_NOOP("Import", "The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as \"CSV UTF-8\" and try again.")
_E_UTF16 = QT_TRANSLATE_NOOP("Import", "The file is saved as UTF-16 (\"Unicode text\"). Save it as \"CSV UTF-8\" and try again.")
_E_BINARY = QT_TRANSLATE_NOOP("Import", "The file is not a CSV or Excel (.xlsx) file.")
_E_XLS = QT_TRANSLATE_NOOP("Import", "Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV UTF-8.")
_E_XLSX = QT_TRANSLATE_NOOP("Import", "The Excel file could not be read. It may be damaged.")
_E_CSV_ROW = QT_TRANSLATE_NOOP("Import", "Row %1 could not be read: %2")
_E_PASSWORD = QT_TRANSLATE_NOOP(
    "Import", "This workbook is protected with a password. Remove the password in Excel, save it again and import that file.")
_E_MACRO = QT_TRANSLATE_NOOP(
    "Import", "This workbook contains macros, which an import does not accept. In Excel, save it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\" and import that file.")
_E_EXTERNAL = QT_TRANSLATE_NOOP(
    "Import", "This workbook takes values from other files (external links), so what it shows may not be what it holds. In Excel, break the links or save it as \"CSV UTF-8\" and import that file.")
_E_XML = QT_TRANSLATE_NOOP(
    "Import", "The Excel file contains damaged or unsafe XML (for example entity definitions) and was not read.")
_E_UNCOMPRESSED = QT_TRANSLATE_NOOP(
    "Import", "The Excel file is too large when unpacked: %2 MB, the limit is %1 MB.")
_E_RATIO = QT_TRANSLATE_NOOP(
    "Import", "The Excel file is packed suspiciously tightly (%2 to 1; the limit is %1 to 1). It was not read.")
_E_SHARED = QT_TRANSLATE_NOOP(
    "Import", "The Excel file holds too many different texts: more than %1 (the limit).")
_E_ROWS = QT_TRANSLATE_NOOP("Import", "The file has %2 rows; the limit is %1 rows. Split it into smaller files.")
_E_LINE = QT_TRANSLATE_NOOP("Import", "Row %2 is too long: more than %1 characters (the limit).")
_E_CELL = QT_TRANSLATE_NOOP("Import", "A cell of the Excel file holds more than %1 characters (the limit).")


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
    encoding = _detect_encoding(io.BytesIO(data))
    start = 3 if encoding == "utf-8-sig" else 0
    return data[start:].decode("utf-8" if encoding == "utf-8-sig" else encoding), encoding


def _detect_encoding(stream: IO[bytes]) -> str:
    """One streaming pass: "utf-8-sig", "utf-8" or "cp932" (the whole file must decode)."""
    head = stream.read(_CHUNK)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(_E_UTF16)
    bom = head.startswith(b"\xef\xbb\xbf")
    candidates = ("utf-8",) if bom else ("utf-8", "cp932")
    for encoding in candidates:
        stream.seek(3 if bom else 0)
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            while chunk := stream.read(_CHUNK):
                if b"\x00" in chunk:
                    raise _fail(_E_BINARY)
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return "utf-8-sig" if bom else encoding
    raise _fail(_E_ENCODING)


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


@dataclass(frozen=True)
class StreamTable:
    """A file's header and its data rows as a stream (one pass; see :func:`open_file`).

    ``rows`` yields ``(row number in the file, cells)`` for the non-empty data rows; at its end it
    raises the row-limit or header-only error. ``estimated_rows`` is a guess for a progress bar
    (lines of a CSV, the declared size of a sheet; 0 when unknown), never trusted for anything else."""

    headers: tuple[str, ...]
    rows: Iterator[tuple[int, tuple[str, ...]]]
    encoding: str
    kind: str
    sha256: str
    estimated_rows: int = 0


Records = Iterable[tuple[int, tuple[str, ...]]]


def _data_rows(records: Iterator[tuple[int, tuple[str, ...]]], limits: ImportLimits,
               cancelled: Callable[[], bool] | None) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The non-empty rows up to the row limit; past it, only counted (for the message)."""
    count = 0
    for number, cells in records:
        if not any(c.strip() for c in cells):
            continue
        count += 1
        if count <= limits.max_rows:
            yield number, cells
        if cancelled is not None and count % 5000 == 0 and cancelled():
            return  # the caller sees the cancel and says so
    if count > limits.max_rows:
        raise _fail(_E_ROWS, limits.max_rows, count)
    if not count:
        raise _fail(_E_HEADER_ONLY)


def _stream_table(records: Iterator[tuple[int, tuple[str, ...]]], limits: ImportLimits,
                  cancelled: Callable[[], bool] | None, encoding: str, kind: str, digest: str,
                  estimated: int) -> StreamTable:
    for _number, cells in records:  # the first non-empty row is the header
        if any(c.strip() for c in cells):
            return StreamTable(tuple(h.strip() for h in cells), _data_rows(records, limits, cancelled), encoding,
                               kind, digest, max(0, estimated))
    raise _fail(_E_EMPTY)


def _lines(text: IO[str], max_chars: int) -> Iterator[str]:
    """Physical lines, each read with a bound (a line without an end never fills the memory)."""
    number = 0
    while True:
        line = text.readline(max_chars + 2)
        if not line:
            return
        number += 1
        if len(line.rstrip("\r\n")) > max_chars:
            raise _fail(_E_LINE, max_chars, number)
        yield line


def _open_csv(stream: IO[bytes], digest: str, limits: ImportLimits, cancelled: Callable[[], bool] | None,
              lines: int) -> StreamTable:
    encoding = _detect_encoding(stream)
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    first_line = text.readline(limits.max_line_chars + 2)
    if len(first_line.rstrip("\r\n")) > limits.max_line_chars:
        text.detach()
        raise _fail(_E_LINE, limits.max_line_chars, 1)
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    text.seek(0)

    def records() -> Iterator[tuple[int, tuple[str, ...]]]:
        old_limit = csv.field_size_limit()
        number = 0
        try:
            reader = csv.reader(_lines(text, limits.max_line_chars), delimiter=delimiter)
            while True:
                csv.field_size_limit(min(MAX_FIELD_CHARS, limits.max_line_chars))  # per row: other readers share it
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                finally:
                    csv.field_size_limit(old_limit)
                number += 1
                yield number, tuple(cells)
        except csv.Error as exc:
            raise _fail(_E_CSV_ROW, number + 1, str(exc)) from None
        finally:
            text.detach()

    return _stream_table(records(), limits, cancelled, encoding, "csv", digest, lines - 1)


def _check_package(book: zipfile.ZipFile, limits: ImportLimits) -> None:
    """Refuse macros, external links and bombs before anything is decompressed."""
    infos = book.infolist()
    names = [i.filename.replace("\\", "/").lower() for i in infos]
    if any(n.endswith("vbaproject.bin") for n in names):
        raise _fail(_E_MACRO)
    if "[content_types].xml" in names:
        ct = next(i for i, n in zip(infos, names, strict=True) if n == "[content_types].xml")
        if ct.file_size <= _MB and b"macroEnabled" in book.read(ct):
            raise _fail(_E_MACRO)
    if any(n.startswith("xl/externallinks/") for n in names):
        raise _fail(_E_EXTERNAL)
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_mb * _MB:
        raise _fail(_E_UNCOMPRESSED, limits.max_uncompressed_mb, -(-total // _MB))
    for info in infos:
        if not xlsx_member_ratio_ok(info.compress_size, info.file_size, limits.max_ratio):
            raise _fail(_E_RATIO, limits.max_ratio, info.file_size // max(info.compress_size, 1))
    for info, name in zip(infos, names, strict=True):
        if name.endswith("sharedstrings.xml"):
            _check_shared_strings(book, info, limits)


def _check_shared_strings(book: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ImportLimits) -> None:
    """Count the workbook's texts and measure each, streaming (defusedxml: no entities)."""
    count = 0
    with book.open(info) as source:
        for _event, node in safe_iterparse(source, events=("end",)):
            tag = node.tag.rsplit("}", 1)[-1]
            if tag == "t" and node.text is not None and len(node.text) > MAX_FIELD_CHARS:
                raise _fail(_E_CELL, MAX_FIELD_CHARS)
            if tag == "si":
                count += 1
                if count > limits.max_shared_strings:
                    raise _fail(_E_SHARED, limits.max_shared_strings)
                node.clear()


def _open_xlsx(stream: IO[bytes], digest: str, limits: ImportLimits,
               cancelled: Callable[[], bool] | None) -> StreamTable:
    import openpyxl  # only here: reading imported workbooks

    with _xlsx_faults():
        with zipfile.ZipFile(stream) as package:
            _check_package(package, limits)
        stream.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # data_only=False: a formula comes through as its text ("=1+1"), never as a cached result
            book = openpyxl.load_workbook(stream, read_only=True, data_only=False)
        try:
            sheet = book.worksheets[0]
            declared = sheet.max_row or 0  # from <dimension>: only a guess for the progress bar
            sheet.reset_dimensions()  # a lying <dimension> must not hide rows
        except BaseException:
            book.close()
            raise

    def records() -> Iterator[tuple[int, tuple[str, ...]]]:
        try:
            with _xlsx_faults():
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = tuple(_cell(v) for v in values)
                    end = len(cells)  # trailing empty cells (xlsx rows are as wide as the widest row)
                    while end and not cells[end - 1].strip():
                        end -= 1
                    yield number, cells[:end]
        finally:
            book.close()

    return _stream_table(records(), limits, cancelled, "xlsx", "xlsx", digest, declared - 1)


@contextmanager
def _xlsx_faults() -> Iterator[None]:
    """Turn what openpyxl and the zip and XML parsers raise into the import's messages."""
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        yield
    except ValidationError:
        raise
    except (DefusedXmlException, ParseError):
        raise _fail(_E_XML) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, IndexError, TypeError,
            EOFError, NotImplementedError, zipfile.LargeZipFile) as exc:
        raise _fail(_E_XML if _xml_fault(exc) else _E_XLSX) from None


def _xml_fault(exc: BaseException) -> bool:
    """openpyxl wraps the XML parser's error in a ValueError: look down the chain."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, (DefusedXmlException, ParseError)):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _read_cfb(stream: IO[bytes]) -> ValidationError:
    """An OLE compound file: a password-protected .xlsx (EncryptionInfo) or an old .xls."""
    import olefile  # installed with msoffcrypto-tool

    try:
        ole = olefile.OleFileIO(stream)
    except (OSError, ValueError):
        return _fail(_E_XLS)  # a damaged compound file: most likely an old .xls
    try:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            return _fail(_E_PASSWORD)
        if ole.exists("Workbook") or ole.exists("Book"):
            return _fail(_E_XLS)
        return _fail(_E_BINARY)
    finally:
        ole.close()


def _open_stream(stream: IO[bytes], limits: ImportLimits | None,
                 cancelled: Callable[[], bool] | None) -> StreamTable:
    limits = limits or ImportLimits()
    digest = hashlib.sha256()
    blank = True
    lines = 0
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
        lines += chunk.count(b"\n")
        if blank and chunk.strip(b" \t\r\n\xef\xbb\xbf"):
            blank = False
    if blank:
        raise _fail(_E_EMPTY)
    stream.seek(0)
    magic = stream.read(8)
    stream.seek(0)
    if magic.startswith(b"PK\x03\x04"):
        return _open_xlsx(stream, digest.hexdigest(), limits, cancelled)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise _read_cfb(stream)
    return _open_csv(stream, digest.hexdigest(), limits, cancelled, lines)  # line ends: the header and the rows


def _whole(table: StreamTable) -> Table:
    return Table(table.headers, tuple(table.rows), table.encoding, table.kind, table.sha256)


def read_bytes(data: bytes, *, cancelled: Callable[[], bool] | None = None,
               limits: ImportLimits | None = None) -> Table:
    """Parse a CSV or .xlsx file given as bytes (the kind is recognised from the content)."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail(_E_TOO_BIG, MAX_FILE_BYTES // _MB)
    return _whole(_open_stream(io.BytesIO(data), limits, cancelled))


def read_file(path: Path, *, cancelled: Callable[[], bool] | None = None,
              limits: ImportLimits | None = None) -> Table:
    """Parse a CSV or .xlsx file, streamed from disk (the rows are held, the bytes never are)."""
    with open_file(path, cancelled=cancelled, limits=limits) as table:
        return _whole(table)


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes (streamed), or None when it cannot be read."""
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


@contextmanager
def open_file(path: Path, *, cancelled: Callable[[], bool] | None = None,
              limits: ImportLimits | None = None) -> Iterator[StreamTable]:
    """Open a CSV or .xlsx file for one streamed pass over its rows (nothing is held but the row
    being read). The SHA-256 of the bytes is known before the first row is read."""
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError:
        raise _fail(_E_MISSING) from None
    with stream:
        if size > MAX_FILE_BYTES:
            raise _fail(_E_TOO_BIG, MAX_FILE_BYTES // _MB)
        try:
            table = _open_stream(stream, limits, cancelled)
        except OSError:
            raise _fail(_E_MISSING) from None
        try:
            yield table
        except OSError:
            raise _fail(_E_MISSING) from None
        finally:
            close = getattr(table.rows, "close", None)
            if close is not None:
                close()

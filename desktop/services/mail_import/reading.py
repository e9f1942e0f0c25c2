"""Reading a mail service's unsubscribe, bounce and complaint download: a CSV, an .xlsx, or a ZIP of
CSVs (Mailchimp's export). The format is recognised from each table's header and file name, or
chosen by the user. Nothing is written anywhere. A CSV or .xlsx is streamed (:func:`open_parts`:
one row at a time, a file of 1,000,000 rows never held); the ZIP is read in memory with each
member's size and compression ratio checked before it is inflated.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.mail_services import FileFormat, SuppressionRow, detect, read_rows
from desktop.domain.mail_services.suppressions import has_header
from desktop.domain.office_settings import ImportLimits
from desktop.exports import readers

CTX = "MailImport"
MAX_MEMBER_BYTES = readers.MAX_FILE_BYTES  # one ZIP member, inflated
MAX_RATIO = 100  # inflated / compressed, per member: more is a ZIP bomb, not a list of addresses

_E_MISSING = QT_TRANSLATE_NOOP("MailImport", "The file could not be opened. Check that it exists and that you may read it.")
_E_UNKNOWN = QT_TRANSLATE_NOOP(
    "MailImport",
    "The file was not recognised as an unsubscribe, bounce or complaint list of Mailchimp, SendGrid, Brevo, "
    "Benchmark Email, blastmail or listmonk, nor as a plain list of addresses. Choose the format by hand if you "
    "know it.")
_E_ZIP = QT_TRANSLATE_NOOP("MailImport", "The ZIP file could not be read. It may be damaged or incomplete.")
_E_ZIP_EMPTY = QT_TRANSLATE_NOOP("MailImport", "The ZIP file holds no CSV file.")
_E_BOMB = QT_TRANSLATE_NOOP(
    "MailImport", "The file %1 inside the ZIP file is too large when unpacked (more than %2 MB, or more than %3 "
    "times its packed size). It was not read.")
_E_TEXT = QT_TRANSLATE_NOOP("MailImport", "The file could not be read as a list in UTF-8 or Shift_JIS.")
_E_TOO_BIG = QT_TRANSLATE_NOOP("MailImport", "The file is too large (more than %1 MB).")


@dataclass(frozen=True)
class Part:
    """One table of the download: its name (the ZIP member's, or the file's), format and rows (a tuple, or
    a one-pass stream from :func:`open_parts`); ``estimated`` rows for a progress bar."""

    name: str
    fmt: FileFormat
    rows: Iterable[SuppressionRow]
    estimated: int = 0


@dataclass(frozen=True)
class SuppressionFile:
    name: str
    sha256: str
    parts: tuple[Part, ...]
    skipped_members: tuple[str, ...] = field(default=())  # ZIP members that are not CSV files


def _fail(message: str, *params: object) -> ValidationError:
    return ValidationError(message, *params, context=CTX)


def _is_workbook(archive: zipfile.ZipFile) -> bool:
    names = set(archive.namelist())
    return "[Content_Types].xml" in names or any(n.startswith("xl/") for n in names)


def _single_address(data: bytes, name: str, fmt: FileFormat | None) -> Part | None:
    """A plain list of one address (the table reader would take its only line for a header)."""
    if fmt not in (None, FileFormat.PLAIN) or data.startswith(b"PK") or len(data) > 4096:
        return None
    text, _ = readers.decode_text(data)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) != 1 or has_header([lines[0]]) or "," in lines[0] or "\t" in lines[0]:
        return None
    return Part(name, FileFormat.PLAIN, tuple(read_rows(FileFormat.PLAIN, [lines[0]], [], name)), 1)


def _part(data: bytes, name: str, fmt: FileFormat | None, cancelled: Callable[[], bool] | None) -> Part:
    single = _single_address(data, name, fmt)
    if single is not None:
        return single
    table = readers.read_bytes(data, cancelled=cancelled)
    found = fmt or detect(table.headers, name)
    if found is None:
        raise _fail(_E_UNKNOWN)
    rows = tuple(read_rows(found, table.headers, (cells for _, cells in table.rows), name))
    return Part(name, found, rows, len(rows))


def _zip_parts(data: bytes, fmt: FileFormat | None,
               cancelled: Callable[[], bool] | None) -> tuple[list[Part], list[str]]:
    parts: list[Part] = []
    skipped: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                base = info.filename.rsplit("/", 1)[-1]
                if not base.lower().endswith((".csv", ".txt")) or base.startswith("."):
                    skipped.append(info.filename)
                    continue
                if info.file_size > MAX_MEMBER_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise _fail(_E_BOMB, base, MAX_MEMBER_BYTES // (1024 * 1024), MAX_RATIO)
                with archive.open(info) as fh:
                    member = fh.read(MAX_MEMBER_BYTES + 1)  # the header's size can lie: read no further
                if len(member) > MAX_MEMBER_BYTES:
                    raise _fail(_E_BOMB, base, MAX_MEMBER_BYTES // (1024 * 1024), MAX_RATIO)
                parts.append(_part(member, base, fmt, cancelled))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError):
        raise _fail(_E_ZIP) from None
    if not parts:
        raise _fail(_E_ZIP_EMPTY)
    return parts, skipped


def _peek(path: Path) -> tuple[int, bytes]:
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        raise _fail(_E_MISSING) from None
    if size > readers.MAX_FILE_BYTES:
        raise _fail(_E_TOO_BIG, readers.MAX_FILE_BYTES // (1024 * 1024))
    return size, head


def _archive(path: Path) -> bool:
    """A ZIP of lists (Mailchimp's export), not an .xlsx workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            return not _is_workbook(archive)
    except (zipfile.BadZipFile, OSError):
        raise _fail(_E_ZIP) from None


def _in_memory(path: Path, fmt: FileFormat | None, cancelled: Callable[[], bool] | None) -> SuppressionFile:
    try:
        data = path.read_bytes()
    except OSError:
        raise _fail(_E_MISSING) from None
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"PK\x03\x04"):
        parts, skipped = _zip_parts(data, fmt, cancelled)
        return SuppressionFile(path.name, digest, tuple(parts), tuple(skipped))
    return SuppressionFile(path.name, digest, (_part(data, path.name, fmt, cancelled),))


def _semicolons(head: bytes) -> bool:
    """Brevo writes ``;``-separated files (its documented separators: ``;``, ``,`` or tab)."""
    first = head.split(b"\n", 1)[0]
    return b";" in first and b"," not in first and b"\t" not in first


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes so, else Shift_JIS (CP932); streamed."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp932"
    except OSError:
        raise _fail(_E_MISSING) from None
    return "utf-8-sig"


def _semicolon_rows(path: Path, encoding: str) -> Iterator[tuple[int, list[str]]]:
    try:
        with path.open(encoding=encoding, newline="", errors="strict") as fh:
            for number, cells in enumerate(csv.reader(fh, delimiter=";"), start=1):
                if any(c.strip() for c in cells):
                    yield number, cells
    except (UnicodeDecodeError, csv.Error):
        raise _fail(_E_TEXT) from None
    except OSError:
        raise _fail(_E_MISSING) from None


@contextmanager
def open_parts(path: Path, fmt: FileFormat | None = None, *, cancelled: Callable[[], bool] | None = None,
               limits: ImportLimits | None = None) -> Iterator[SuppressionFile]:
    """The download for one pass: a CSV or .xlsx is streamed (its one part's rows are read as they are
    iterated); a ZIP of lists and a one-line list are read in memory. The SHA-256 is known at once."""
    size, head = _peek(path)
    zipped = head.startswith(b"PK\x03\x04")
    if zipped and _archive(path) or (not _semicolons(head) and size <= 4096 and fmt in (None, FileFormat.PLAIN)):
        yield _in_memory(path, fmt, cancelled)
        return
    if not zipped and _semicolons(head):
        rows = _semicolon_rows(path, _encoding(path))
        first = next(rows, None)
        if first is None:
            raise _fail(_E_UNKNOWN)
        headers = tuple(h.strip() for h in first[1])
        found = fmt or detect(headers, path.name)
        if found is None:
            raise _fail(_E_UNKNOWN)
        try:
            with path.open("rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError:
            raise _fail(_E_MISSING) from None
        parsed = read_rows(found, headers, (cells for _, cells in rows), path.name)
        yield SuppressionFile(path.name, digest, (Part(path.name, found, parsed, max(1, size // 40)),))
        return
    with readers.open_file(path, cancelled=cancelled, limits=limits) as table:
        found = fmt or detect(table.headers, path.name)
        if found is None:
            raise _fail(_E_UNKNOWN)
        parsed_rows = read_rows(found, table.headers, (cells for _, cells in table.rows), path.name)
        yield SuppressionFile(path.name, table.sha256, (Part(path.name, found, parsed_rows, table.estimated_rows),))


def read_file(path: Path, fmt: FileFormat | None = None, *,
              cancelled: Callable[[], bool] | None = None) -> SuppressionFile:
    """Read a whole download into memory (small files; the import streams with :func:`open_parts`).
    Raises ``ValidationError`` with a clear message."""
    with open_parts(path, fmt, cancelled=cancelled) as data:
        parts = tuple(Part(p.name, p.fmt, tuple(p.rows), p.estimated) for p in data.parts)
        return SuppressionFile(data.name, data.sha256, parts, data.skipped_members)

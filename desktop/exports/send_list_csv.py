"""Send lists in a mail service's import layout (a :class:`~desktop.domain.mail_services.presets.Preset`).

Plain rows in, file bytes out (no Qt, no peewee, no disk):

* the preset's header names, encoding (``utf-8-sig`` writes a BOM at the start of *every* file),
  delimiter, RFC 4180 quoting by the ``csv`` module and CRLF line ends;
* characters the encoding cannot hold are never dropped or replaced: :class:`UnencodableCharacters`
  names how many rows and which characters, and nothing is built;
* fields longer than the preset's byte limit are kept whole and reported (row number and header);
* when the preset's byte or row limit is reached the rows go on in numbered files, each with the header;
* formula protection as in the .xlsx/.csv writers: a name (or any other text cell) that starts with
  ``= + - @`` (or a tab/CR) gets an apostrophe. The address column is never changed: a mail service
  must receive the address exactly (RFC 5322 allows ``=``, ``+`` and ``-`` at its start, a changed
  address would be a different mailbox); such addresses are counted instead so the screen can say so.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.mail_services.presets import Column, Preset, cells_for, chunk_bounds, unencodable
from desktop.exports.writers import PROGRESS_EVERY, ExportCancelled, looks_like_formula

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
BOM = "\ufeff"
_KEEP_AS_IS = (Column.EMAIL, Column.STATUS_ENABLED, Column.ATTRIBUTES)  # JSON starts with "{"


class UnencodableCharacters(Exception):
    """Some rows hold characters the preset's encoding cannot hold; nothing was built.

    ``rows`` are 1-based data-row numbers (the header is not counted); ``characters`` each once, in
    order of first appearance. The text of the exception never holds them (it may reach a log).
    """

    def __init__(self, rows: Sequence[int], characters: str) -> None:
        super().__init__("characters the encoding cannot hold")
        self.rows = tuple(rows)
        self.characters = characters


@dataclass(frozen=True)
class LongField:
    row: int  # 1-based data-row number
    header: str
    size: int  # bytes in the file's encoding


@dataclass
class SendListFiles:
    files: list[bytes]
    rows: int
    row_counts: list[int]  # data rows per file
    long_fields: list[LongField] = field(default_factory=list)
    formula_like_addresses: int = 0


def _codec(encoding: str) -> tuple[str, bytes]:
    """(codec for the body, bytes at the start of every file)."""
    if encoding.replace("_", "-").lower() == "utf-8-sig":
        return "utf-8", BOM.encode("utf-8")
    return encoding, b""


def _line(cells: Sequence[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerow(cells)
    return out.getvalue()


def protect(preset: Preset, cells: Sequence[str]) -> list[str]:
    """Neutralise formula-looking text cells (never the address, status or JSON attributes)."""
    return [cell if column in _KEEP_AS_IS or not looks_like_formula(cell) else "'" + cell
            for cell, (_, column) in zip(cells, preset.columns, strict=True)]


def build(preset: Preset, recipients: Iterable[tuple[str, str, str]], *, max_bytes: int | None = None,
          max_rows: int | None = None, progress: Progress | None = None, cancelled: Cancelled | None = None,
          total: int = 0) -> SendListFiles:
    """The send list as one or more files in ``preset``'s layout.

    ``recipients`` are (address, full name, furigana). ``max_bytes``/``max_rows`` replace the
    preset's limits when given (tests use tiny ones).
    """
    if max_bytes is not None or max_rows is not None:
        preset = dataclasses.replace(preset, max_bytes=max_bytes if max_bytes is not None else preset.max_bytes,
                                     max_rows=max_rows if max_rows is not None else preset.max_rows)
    codec, prefix = _codec(preset.encoding)
    header_text = _line(preset.headers, preset.delimiter)
    bad_header = unencodable(header_text, codec)
    if bad_header:
        raise UnencodableCharacters([0], bad_header)
    header = prefix + header_text.encode(codec)
    lines: list[bytes] = []
    bad_rows: list[int] = []
    bad_chars: list[str] = []
    long_fields: list[LongField] = []
    formula_like = 0
    for n, (email, name, furigana) in enumerate(recipients, start=1):
        cells = protect(preset, cells_for(preset, email, name or "", furigana or ""))
        if looks_like_formula(email):
            formula_like += 1
        missing = unencodable("".join(cells), codec)
        if missing:
            bad_rows.append(n)
            bad_chars.extend(ch for ch in missing if ch not in bad_chars)
        elif not bad_rows:
            if preset.max_field_bytes is not None:
                for cell, head in zip(cells, preset.headers, strict=True):
                    size = len(cell.encode(codec))
                    if size > preset.max_field_bytes:
                        long_fields.append(LongField(n, head, size))
            lines.append(_line(cells, preset.delimiter).encode(codec))
        if n % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if progress is not None:
                progress(n, total)
    if bad_rows:
        raise UnencodableCharacters(bad_rows, "".join(bad_chars))
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    bounds = chunk_bounds([len(line) for line in lines], len(header), preset)
    files = [header + b"".join(lines[start:end]) for start, end in bounds]
    if progress is not None:
        progress(len(lines), total)
    return SendListFiles(files, len(lines), [end - start for start, end in bounds], long_fields, formula_like)


def numbered_paths(out: Path, count: int) -> list[Path]:
    """``out`` itself for one file; ``<stem>-1<suffix>``, ``<stem>-2<suffix>`` … for more."""
    if count <= 1:
        return [out]
    return [out.with_name(f"{out.stem}-{i}{out.suffix}") for i in range(1, count + 1)]

"""A streaming .xlsx writer: rows go into the zip as they come, compressed in memory, no temp file.

Why our own (issue 15): XlsxWriter keeps the whole workbook in memory, and its ``constant_memory``
mode writes each sheet to a plaintext temp file first; openpyxl's write-only mode also uses temp
files, and the streaming generators found (aioxlsxstream and the like) write text only, without
dates, styles, frozen headers or filters. This writer produces the small subset of SpreadsheetML
the exports need, directly into a ``zipfile`` stream on any binary file object:

* text as inline strings (``t="inlineStr"``): nothing to collect in a shared-string table, so
  memory stays flat; text is never a formula (there is no ``<f>`` element anywhere) and text that
  starts with = + - @ also gets the quote-prefix style, so editing the cell in Excel keeps it text;
* whole numbers as numbers, dates and times as real Excel serial dates with a number format;
* control characters written as Excel's ``_xHHHH_`` escapes (as XlsxWriter does), a literal
  ``_xHHHH_`` in the data escaped as ``_x005F_xHHHH_``, text cut at Excel's 32,767 characters;
* the header row bold on a fill, frozen below it, an autofilter over the table, column widths
  fitted on the first rows, key/value note rows above the table, sheet names within Excel's rules.

The zip entries are written in this order: content types, relationships, styles, each sheet, then
the workbook part (it names the filter ranges, known only once the rows are written).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from desktop.domain.office_time import OFFICE_TZ

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CELL_MAX = 32767
FIT_ROWS = 500  # column widths are fitted on the first rows (then the rows stream)
CHUNK_ROWS = 1000
EXCEL_EPOCH = datetime(1899, 12, 30)
# zlib's default level: measured at 100,000 rows, level 1 was no faster overall (the XML is built in
# Python) and made the file (held in memory) 14 % larger

# cell styles (cellXfs indexes)
S_HEADER, S_KEY, S_QUOTED, S_DATETIME, S_DATE = 1, 2, 3, 4, 5

_NEEDS_CARE = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_|^\s|\s$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_LITERAL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")

Value = Any


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def excel_serial(value: datetime) -> float:
    """A naive datetime as Excel's serial day number (1900 date system)."""
    delta = value - EXCEL_EPOCH
    return delta.days + (delta.seconds + delta.microseconds / 1_000_000) / 86400


def text_xml(text: str) -> str:
    """``<t>`` element for a text cell (escaped for XML and for Excel's ``_xHHHH_`` convention)."""
    if len(text) > CELL_MAX:
        text = text[:CELL_MAX]
    if _NEEDS_CARE.search(text) is None:
        return f"<t>{text}</t>"
    text = _LITERAL_ESCAPE.sub(r"_x005F_\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = escape(text)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def _styles() -> str:
    return (XML_HEAD + f'<styleSheet xmlns="{MAIN_NS}">'
            '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/mm/dd hh:mm"/>'
            '<numFmt numFmtId="165" formatCode="yyyy/mm/dd"/></numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill>'
            "</fill></fills>"
            '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>'
            '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
            "</border></borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
            'applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>")


def _content_types(sheets: int) -> str:
    parts = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, sheets + 1))
    return (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' + parts + "</Types>")


def _root_rels() -> str:
    return (XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
            f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')


def _workbook_rels(sheets: int) -> str:
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, sheets + 1))
    return (XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}">{rels}<Relationship Id="rId{sheets + 1}" '
            f'Type="{REL_NS}/styles" Target="styles.xml"/></Relationships>')


def _workbook(names: Sequence[str], filters: Sequence[str | None]) -> str:
    sheets = "".join(f'<sheet name={quoteattr(n)} sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1))
    defined = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quoted_sheet(names[i]))}!{ref}</definedName>"
        for i, ref in enumerate(filters) if ref)
    return (XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>" + (f"<definedNames>{defined}</definedNames>" if defined else "")
            + "</workbook>")


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    """A1:E9 -> $A$1:$E$9"""
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))


class SheetWriter:
    """Writes one worksheet's XML into an open zip entry, row by row."""

    def __init__(self, stream: IO[bytes], kinds: Sequence[str]) -> None:
        self.stream = stream
        self.kinds = list(kinds)
        self.letters = [column_letter(i) for i in range(max(1, len(kinds)))]
        self.row = 0  # rows written so far (1-based number of the last row)
        self.parts: list[str] = []

    def _cell(self, c: int, value: Value, ref: str) -> str:
        kind = self.kinds[c] if c < len(self.kinds) else "text"
        if kind in ("datetime", "date") and isinstance(value, (datetime, date)):
            if isinstance(value, datetime):  # Excel has no time zones: aware times shown in Japan time
                when = (value.astimezone(OFFICE_TZ) if value.tzinfo is not None else value).replace(tzinfo=None)
            else:
                when = datetime(value.year, value.month, value.day)
            style = S_DATETIME if kind == "datetime" else S_DATE
            return f'<c r="{ref}" s="{style}"><v>{excel_serial(when)!r}</v></c>'
        if kind != "text" and isinstance(value, int) and not isinstance(value, bool):
            # a count is a number wherever the column is not text (the record sheet's value column mixes
            # times and counts); a text column keeps digits as text (codes, phone numbers)
            return f'<c r="{ref}"><v>{value}</v></c>'
        text = value if isinstance(value, str) else str(value)
        s = f' s="{S_QUOTED}"' if text.startswith(FORMULA_START) else ""
        return f'<c r="{ref}"{s} t="inlineStr"><is>{text_xml(text)}</is></c>'

    def skip(self) -> None:
        """Leave one row empty."""
        self.row += 1

    def add(self, values: Sequence[Value], styles: Sequence[int | None] | None = None, *,
            all_text: bool = False) -> None:
        """One row; ``styles`` per cell (text cells only); ``all_text``: every value written as text."""
        self.row += 1
        n = str(self.row)
        letters = self.letters
        if len(values) > len(letters):
            letters.extend(column_letter(i) for i in range(len(letters), len(values)))
        cells = []
        special = styles is not None or all_text
        kinds = self.kinds
        for c, value in enumerate(values):
            if value is None or value == "":
                continue
            if not special and type(value) is str and (c >= len(kinds) or kinds[c] == "text"):
                # the common cell: plain text needing no escape and no quote prefix
                if _NEEDS_CARE.search(value) is None and not value.startswith(FORMULA_START) and len(value) <= CELL_MAX:
                    cells.append(f'<c r="{letters[c]}{n}" t="inlineStr"><is><t>{value}</t></is></c>')
                    continue
            if special:
                style = styles[c] if styles is not None and c < len(styles) else None
                text = value if isinstance(value, str) else str(value)
                st = style if style is not None else (S_QUOTED if text.startswith(FORMULA_START) else None)
                s = f' s="{st}"' if st else ""
                cells.append(f'<c r="{letters[c]}{n}"{s} t="inlineStr"><is>{text_xml(text)}</is></c>')
            else:
                cells.append(self._cell(c, value, letters[c] + n))
        self.parts.append(f'<row r="{n}">{"".join(cells)}</row>')
        if len(self.parts) >= CHUNK_ROWS:
            self.flush()

    def write(self, text: str) -> None:
        self.flush()
        self.stream.write(text.encode("utf-8"))

    def flush(self) -> None:
        if self.parts:
            self.stream.write("".join(self.parts).encode("utf-8"))
            self.parts.clear()


def sheet_head(widths: Sequence[float], freeze_below: int, *, selected: bool) -> str:
    """The worksheet's opening: view with the rows above ``freeze_below`` frozen, column widths."""
    view = '<sheetView workbookViewId="0" tabSelected="1">' if selected else '<sheetView workbookViewId="0">'
    if freeze_below > 0:
        view += (f'<pane ySplit="{freeze_below}" topLeftCell="A{freeze_below + 1}" activePane="bottomLeft" '
                 'state="frozen"/><selection pane="bottomLeft"/>')
    view += "</sheetView>"
    cols = "".join(f'<col min="{i}" max="{i}" width="{w:.2f}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    return (XML_HEAD + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetViews>{view}</sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>")


Entry = Callable[[str], IO[bytes]]


def open_zip(out: IO[bytes]) -> tuple[zipfile.ZipFile, Entry]:
    """A zip on ``out`` and a function opening one deflated entry (zlib's default level) for writing."""
    archive = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)

    def entry(name: str) -> IO[bytes]:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no time stamp: same rows, same bytes
        info.compress_type = zipfile.ZIP_DEFLATED
        return archive.open(info, "w")  # a sheet stays far below 2 GiB: no Zip64 records for old readers

    return archive, entry


def write_parts(entry: Entry, sheets: int) -> None:
    """The parts known before any row: content types, relationships, styles."""
    for name, text in (("[Content_Types].xml", _content_types(sheets)), ("_rels/.rels", _root_rels()),
                       ("xl/_rels/workbook.xml.rels", _workbook_rels(sheets)), ("xl/styles.xml", _styles())):
        with entry(name) as f:
            f.write(text.encode("utf-8"))


def write_workbook(entry: Entry, names: Sequence[str], filters: Sequence[str | None]) -> None:
    with entry("xl/workbook.xml") as f:
        f.write(_workbook(names, [_absolute(r) if r else None for r in filters]).encode("utf-8"))

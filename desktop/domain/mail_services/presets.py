"""Send-list presets: each mail service's import layout.

Sources (each service's own help pages, checked 2026-12): Mailchimp needs an "Email Address"
column, UTF-8, fields of at most 255 bytes; SendGrid Marketing Campaigns takes comma-separated
UTF-8 with header names of letters, digits and ``_`` and an ``email`` column (reserved fields
``first_name``/``last_name``); Brevo takes CSV up to 250 MB with an ``EMAIL`` header and the
``LASTNAME``/``FIRSTNAME`` attributes, separated by ``;``, ``,`` or a tab, in UTF-8 or Windows-1252
(help.brevo.com "Create a file to import your contacts", checked again 2026-12: the preset writes UTF-8
with ``;``); Benchmark Email (JP) takes only UTF-8 CSV up to 100 MB with a header row of field names
(メールアドレス, 姓, 名), at most 28 fields of at most 250 full-width characters (jp-benchmark.helpscoutdocs.com
"アップロード用リストファイルの作り方", kb.benchmarkemail.com/jp "顧客リストの作成ルール"); listmonk takes ``email,name,attributes`` (attributes as JSON); blastmail's
registration template starts with ``E-Mail`` and ``氏名`` and is read as Shift_JIS. Japanese
offices that open CSV in Excel want UTF-8 with a BOM or CP932.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP

CTX = "MailService"


class Column(StrEnum):
    """What a send-list column holds."""

    EMAIL = "email"
    NAME = "name"  # the full name as stored
    FAMILY = "family"  # the part before the first space (Japanese order: family name first)
    GIVEN = "given"  # the rest
    FURIGANA = "furigana"
    STATUS_ENABLED = "status_enabled"  # listmonk's status column: always "enabled" on a send list
    ATTRIBUTES = "attributes"  # listmonk's JSON attributes (furigana)


@dataclass(frozen=True)
class Preset:
    """One service's import layout."""

    key: str
    label: str  # translatable (context "MailService")
    columns: tuple[tuple[str, Column], ...]  # (header as the service wants it, what it holds)
    encoding: str  # a Python codec name; "utf-8-sig" writes a BOM
    delimiter: str = ","
    max_bytes: int | None = None  # one file's limit; more rows go to numbered files
    max_rows: int | None = None
    max_field_bytes: int | None = None  # in the file's encoding

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(header for header, _ in self.columns)

    @property
    def file_suffix(self) -> str:
        return ".tsv" if self.delimiter == "\t" else ".csv"


_MB = 1024 * 1024
_GENERIC_COLUMNS = (("メールアドレス", Column.EMAIL), ("氏名", Column.NAME), ("フリガナ", Column.FURIGANA))

PRESETS: tuple[Preset, ...] = (
    Preset("generic_utf8", QT_TRANSLATE_NOOP("MailService", "CSV (UTF-8 with BOM, opens in Excel)"), _GENERIC_COLUMNS,
           "utf-8-sig"),
    Preset("generic_cp932", QT_TRANSLATE_NOOP("MailService", "CSV (Shift_JIS)"), _GENERIC_COLUMNS, "cp932"),
    Preset("mailchimp", QT_TRANSLATE_NOOP("MailService", "Mailchimp"),
           (("Email Address", Column.EMAIL), ("Last Name", Column.FAMILY), ("First Name", Column.GIVEN)),
           "utf-8", max_field_bytes=255),
    Preset("sendgrid", QT_TRANSLATE_NOOP("MailService", "SendGrid Marketing Campaigns"),
           (("email", Column.EMAIL), ("last_name", Column.FAMILY), ("first_name", Column.GIVEN)), "utf-8"),
    Preset("brevo", QT_TRANSLATE_NOOP("MailService", "Brevo"),
           (("EMAIL", Column.EMAIL), ("LASTNAME", Column.FAMILY), ("FIRSTNAME", Column.GIVEN)), "utf-8",
           delimiter=";", max_bytes=250 * _MB),
    Preset("benchmark", QT_TRANSLATE_NOOP("MailService", "Benchmark Email"),
           (("メールアドレス", Column.EMAIL), ("姓", Column.FAMILY), ("名", Column.GIVEN)), "utf-8",
           max_bytes=100 * _MB, max_field_bytes=750),  # 250 full-width characters a field: 750 bytes in UTF-8
    Preset("blastmail", QT_TRANSLATE_NOOP("MailService", "blastmail"), (("E-Mail", Column.EMAIL), ("氏名", Column.NAME)),
           "cp932"),
    Preset("listmonk", QT_TRANSLATE_NOOP("MailService", "listmonk"),
           (("email", Column.EMAIL), ("name", Column.NAME), ("status", Column.STATUS_ENABLED),
            ("attributes", Column.ATTRIBUTES)), "utf-8"),
)

_BY_KEY = {p.key: p for p in PRESETS}


def preset(key: str) -> Preset:
    """The preset named ``key``; ``KeyError`` for an unknown one."""
    return _BY_KEY[key]


def split_name(name: str) -> tuple[str, str]:
    """(family, given) from a stored full name: split at the first space (either width); all in family otherwise."""
    cleaned = " ".join(name.replace("\u3000", " ").split())
    family, _, given = cleaned.partition(" ")
    return family, given


def cells_for(p: Preset, email: str, name: str, furigana: str) -> list[str]:
    """One contact's cells in the preset's column order."""
    family, given = split_name(name)
    values = {
        Column.EMAIL: email,
        Column.NAME: name,
        Column.FAMILY: family,
        Column.GIVEN: given,
        Column.FURIGANA: furigana,
        Column.STATUS_ENABLED: "enabled",
        Column.ATTRIBUTES: json.dumps({"furigana": furigana} if furigana else {}, ensure_ascii=False),
    }
    return [values[column] for _, column in p.columns]


def unencodable(text: str, encoding: str) -> str:
    """The characters of ``text`` the encoding cannot hold, each once, in order (e.g. 髙 is fine, 𠮷 is not in CP932)."""
    out: list[str] = []
    for ch in text:
        if ch in out:
            continue
        try:
            ch.encode(encoding)
        except UnicodeEncodeError:
            out.append(ch)
    return "".join(out)


def chunk_bounds(row_bytes: Sequence[int], header_bytes: int, p: Preset) -> list[tuple[int, int]]:
    """Split rows into files within the preset's byte and row limits: half-open (start, end) row ranges.

    Every file repeats the header. A single row larger than the byte limit still gets a file of its
    own (the caller reports it); an empty list gives one empty file.
    """
    bounds: list[tuple[int, int]] = []
    start, size = 0, header_bytes
    for i, n in enumerate(row_bytes):
        rows_in_file = i - start
        over_bytes = p.max_bytes is not None and size + n > p.max_bytes and rows_in_file > 0
        over_rows = p.max_rows is not None and rows_in_file >= p.max_rows
        if over_bytes or over_rows:
            bounds.append((start, i))
            start, size = i, header_bytes
        size += n
    bounds.append((start, len(row_bytes)))
    return bounds

"""Imports are bounded (issue 14): bombs, lying dimensions, unsafe XML, password-protected,
macro and linked workbooks, and CSVs past the row and line limits each get their own message;
nothing is imported and nothing is lost (the file is unchanged, no audit entry, no contact)."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import office_settings
from desktop.domain.errors import ValidationError
from desktop.exports import readers
from desktop.services import lp_import
from desktop.store import audit as store_audit
from desktop.store import repo
from desktop.store.contacts_repo import count_contacts

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.{main}.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{shared}</Types>')
SHARED_CT = ('<Override PartName="/xl/sharedStrings.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>')
SHARED_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'sharedStrings" Target="sharedStrings.xml"/>')


def inline_row(number: int, values: list[str]) -> str:
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows: list[list[str]], *, dimension: str | None = None, prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(inline_row(n, r) for n, r in enumerate(rows, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN_NS}">{dim}'
            f'<sheetData>{body}</sheetData></worksheet>')


def write_xlsx(path: Path, sheet: str | Iterator[bytes], *, shared: str | None = None,
               extra: dict[str, bytes] | None = None, macro: bool = False) -> Path:
    main = ("ms-excel.sheet.macroEnabled" if macro
            else "openxmlformats-officedocument.spreadsheetml.sheet")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=main, shared=SHARED_CT if shared else ""))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(shared=SHARED_REL if shared else ""))
        if isinstance(sheet, str):
            z.writestr("xl/worksheets/sheet1.xml", sheet)
        else:  # streamed: a bomb is never held whole in the test either
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
                for chunk in sheet:
                    out.write(chunk)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


GOOD_ROWS = [["メールアドレス", "氏名"], ["a@example.jp", "A"], ["b@example.jp", "B"]]


def bomb_sheet(megabytes: int) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    yield inline_row(1, ["email"]).encode() + b'<row r="2">'
    block = b"<c><v>1</v></c>" * 65536  # millions of repeated cells in one row
    for _ in range(megabytes * 1024 * 1024 // len(block) + 1):
        yield block
    yield b"</row></sheetData></worksheet>"


def refused(office, path: Path, *needles: str) -> ValidationError:  # type: ignore[no-untyped-def]
    """Preview ``path``: a ValidationError whose message holds every needle, and nothing changed."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    audits, contacts = store_audit.count(), count_contacts()
    with pytest.raises(ValidationError) as err:
        lp_import.preview_file(office, path, source="other_lp")
    for needle in needles:
        assert needle in err.value.message
    assert store_audit.count() == audits and count_contacts() == contacts
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    return err.value


def test_a_good_workbook_still_imports(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "ok.xlsx", sheet_xml(GOOD_ROWS))
    preview = lp_import.preview_file(office, path, source="other_lp")
    assert preview.total == 2 and preview.counts[lp_import.RowOutcome.JOIN] == 2


def test_zip_bomb_is_refused_by_its_unpacked_size(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "bomb.xlsx", bomb_sheet(210))
    assert path.stat().st_size < 5 * 1024 * 1024
    err = refused(office, path, "too large when unpacked")
    assert err.params[0] == "200" and int(err.params[1]) > 200


def test_a_member_packed_too_tightly_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "tight.xlsx", bomb_sheet(20))
    err = refused(office, path, "packed suspiciously tightly")
    assert err.params[0] == "100" and int(err.params[1]) > 100


def test_limits_are_office_settings(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo.set_setting("import_max_uncompressed_mb", 5)
    path = write_xlsx(tmp_path / "mid.xlsx", bomb_sheet(6))
    err = refused(office, path, "too large when unpacked")
    assert err.params == ("5", "7")
    repo.set_setting("import_max_uncompressed_mb", "nonsense")  # an unusable value keeps the default
    assert lp_import.import_limits(office) == office_settings.ImportLimits()


def test_huge_shared_string_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shared = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" count="1" uniqueCount="1">'
              f'<si><t>{"x" * 30_000_000}</t></si></sst>')
    path = write_xlsx(tmp_path / "sst.xlsx", sheet_xml(GOOD_ROWS), shared=shared)
    refused(office, path, "packed suspiciously tightly")
    # a long text that is not packed tightly still meets the cell limit
    repo.set_setting("import_max_ratio", 10_000)
    refused(office, path, "more than %1 characters")


def test_too_many_shared_strings(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo.set_setting("import_max_shared_strings", 100)
    texts = "".join(f"<si><t>text {i}</t></si>" for i in range(150))
    shared = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">{texts}</sst>'
    path = write_xlsx(tmp_path / "many.xlsx", sheet_xml(GOOD_ROWS), shared=shared)
    err = refused(office, path, "too many different texts")
    assert err.params == ("100",)


def test_a_lying_dimension_hides_no_row(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [["email", "name"]] + [[f"p{i}@example.jp", f"P{i}"] for i in range(102)]
    path = write_xlsx(tmp_path / "dim.xlsx", sheet_xml(rows, dimension="A1:C2"))
    preview = lp_import.preview_file(office, path, source="other_lp")
    assert preview.total == 102
    assert preview.counts[lp_import.RowOutcome.JOIN] == 102
    assert readers.read_file(path).rows[-1][0] == 103  # the last row is read too


LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
          '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
          '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>')


def test_billion_laughs_in_a_sheet(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "laughs.xlsx", sheet_xml(GOOD_ROWS + [["&h;@example.jp", "x"]], prolog=LAUGHS))
    refused(office, path, "damaged or unsafe XML")


def test_billion_laughs_in_the_shared_strings(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shared = (f'<?xml version="1.0" encoding="UTF-8"?>{LAUGHS.replace("worksheet", "sst")}'
              f'<sst xmlns="{MAIN_NS}"><si><t>&h;</t></si></sst>')
    path = write_xlsx(tmp_path / "laughs2.xlsx", sheet_xml(GOOD_ROWS), shared=shared)
    refused(office, path, "damaged or unsafe XML")


def test_external_entity_reads_no_file(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("leak@example.jp")
    prolog = f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = write_xlsx(tmp_path / "xxe.xlsx", sheet_xml(GOOD_ROWS + [["&xxe;", "x"]], prolog=prolog))
    refused(office, path, "damaged or unsafe XML")
    prolog = '<!DOCTYPE worksheet [<!ENTITY net SYSTEM "http://127.0.0.1:9/leak">]>'
    path = write_xlsx(tmp_path / "net.xlsx", sheet_xml(GOOD_ROWS + [["&net;", "x"]], prolog=prolog))
    refused(office, path, "damaged or unsafe XML")


def test_malformed_xml_is_one_clear_line(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "broken.xlsx", sheet_xml(GOOD_ROWS).replace("</sheetData>", "<row>"))
    refused(office, path, "damaged or unsafe XML")


def test_password_protected_workbook(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", sheet_xml(GOOD_ROWS))
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as f, locked.open("wb") as out:
        OOXMLFile(f).encrypt("Pa55word!", out)
    assert locked.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    err = refused(office, locked, "protected with a password")
    assert ".xls" not in err.message


def test_a_real_old_xls_has_its_own_message(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="Old Excel"):
        readers.read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)


def test_macro_workbooks(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "m.xlsm", sheet_xml(GOOD_ROWS), extra={"xl/vbaProject.bin": b"\xd0\xcf" * 64})
    refused(office, path, "contains macros")
    path = write_xlsx(tmp_path / "m2.xlsx", sheet_xml(GOOD_ROWS), macro=True)
    refused(office, path, "contains macros")


def test_external_links_are_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    link = f'<externalLink xmlns="{MAIN_NS}"><externalBook/></externalLink>'.encode()
    path = write_xlsx(tmp_path / "linked.xlsx", sheet_xml(GOOD_ROWS),
                      extra={"xl/externalLinks/externalLink1.xml": link})
    refused(office, path, "external links")


def test_csv_over_the_row_cap(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo.set_setting("import_max_rows", 100)
    path = tmp_path / "rows.csv"
    path.write_text("email\n" + "".join(f"r{i}@example.jp\n" for i in range(150)), encoding="utf-8")
    err = refused(office, path, "the limit is %1 rows")
    assert err.params == ("100", "150")
    path.write_text("email\n" + "".join(f"r{i}@example.jp\n" for i in range(100)), encoding="utf-8")
    assert lp_import.preview_file(office, path, source="other_lp").total == 100


def test_xlsx_over_the_row_cap(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo.set_setting("import_max_rows", 10)
    rows = [["email"]] + [[f"x{i}@example.jp"] for i in range(11)]
    err = refused(office, write_xlsx(tmp_path / "rows.xlsx", sheet_xml(rows)), "the limit is %1 rows")
    assert err.params == ("10", "11")


def test_csv_line_length_cap(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo.set_setting("import_max_line_chars", 1000)
    path = tmp_path / "wide.csv"
    path.write_text("email,note\na@example.jp,short\nb@example.jp," + "n" * 5000 + "\n", encoding="utf-8")
    err = refused(office, path, "is too long")
    assert err.params == ("1000", "3")
    path.write_bytes(b"email," + b"z" * 50_000)  # a header line without an end
    refused(office, path, "is too long")


def test_csv_is_read_as_a_stream_with_every_encoding(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for encoding, bom in (("utf-8", b"\xef\xbb\xbf"), ("utf-8", b""), ("cp932", b"")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(bom + "メールアドレス,氏名\r\nk@example.jp,山田\r\n".encode(encoding))
        table = readers.read_file(path)
        assert table.rows == ((2, ("k@example.jp", "山田")),)
        assert table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert readers.decode_text("名前".encode("cp932")) == ("名前", "cp932")


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl
    from openpyxl.reader import strings
    from openpyxl.worksheet import _reader as sheet_reader

    assert openpyxl.DEFUSEDXML is True
    assert sheet_reader.iterparse.__module__.startswith("defusedxml")
    assert strings.iterparse.__module__.startswith("defusedxml")

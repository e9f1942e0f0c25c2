"""The .xlsx/.csv writers: no formulas from data, real dates, Japanese conventions, encryption, no temp files."""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import UTC, datetime

import msoffcrypto
import openpyxl
import pytest

from desktop.exports.writers import (
    Column,
    ExportCancelled,
    Sheet,
    build_csv,
    build_xlsx,
    encrypt_xlsx,
    sheet_name,
)

PAYLOADS = ["=1+1", '=HYPERLINK("http://evil.example","x")', "+SUM(1)", "@x", "-2+3", "\t=1", "\r=1",
            "=cmd|'/c calc'!A0", "+81-90-1234-5678", "普通の文字"]


def _sheet(rows: list[list[object]]) -> Sheet:
    return Sheet("送信リスト", [Column("メールアドレス"), Column("氏名"), Column("同意日時", "datetime")], rows)


def test_no_cell_from_data_becomes_a_formula() -> None:
    when = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)
    data = build_xlsx([_sheet([[p, p, when] for p in PAYLOADS])])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    values = [(ws.cell(r, 1).value, ws.cell(r, 1).data_type) for r in range(2, 2 + len(PAYLOADS))]
    # XlsxWriter escapes CR as _x000D_ (Excel shows it as a line break; openpyxl leaves the escape)
    assert [v for v, _ in values] == [p.replace("\r", "_x000D_") for p in PAYLOADS]
    assert {t for _, t in values} == {"s"}


def test_dates_are_real_excel_dates_in_japan_time_and_header_is_frozen() -> None:
    when = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)
    data = build_xlsx([_sheet([["a@example.jp", "山田", when]])])
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    cell = ws.cell(2, 3)
    assert cell.is_date and cell.value == datetime(2026, 4, 1, 9, 30)
    assert cell.number_format == "yyyy/mm/dd hh:mm"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C2"
    assert ws.title == "送信リスト"
    assert ws.column_dimensions["B"].width >= 6


def test_note_rows_above_the_table() -> None:
    sheet = Sheet("x", [Column("A")], [["1"]], note_rows=[("検証", "OK"), ("=evil", "=1+1")])
    ws = openpyxl.load_workbook(io.BytesIO(build_xlsx([sheet]))).active
    assert ws.cell(1, 1).value == "検証" and ws.cell(2, 2).value == "=1+1"
    assert ws.cell(2, 2).data_type == "s"
    assert ws.freeze_panes == "A5"


@pytest.mark.parametrize("name,expected", [("a" * 40, "a" * 31), ("a/b:c?", "a_b_c_"), ("", "Sheet")])
def test_sheet_names_stay_within_excel_limits(name: str, expected: str) -> None:
    assert sheet_name(name, set()) == expected


def test_duplicate_sheet_names_are_made_unique() -> None:
    used: set[str] = set()
    assert sheet_name("Data", used) == "Data"
    assert sheet_name("data", used) == "data (2)"


def test_csv_has_bom_crlf_and_apostrophe_for_formulas() -> None:
    data = build_csv([Column("A"), Column("B", "datetime")],
                     [["=1+1", datetime(2026, 1, 2, 3, 4, tzinfo=UTC)], ["山田", None]])
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[1] == "'=1+1,2026/01/02 12:04"
    assert "山田" in text


def test_no_temp_files_are_created(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    for name in ("mkstemp", "NamedTemporaryFile", "TemporaryFile", "mkdtemp"):
        real = getattr(tempfile, name)

        def spy(*a, _real=real, _name=name, **k):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _real(*a, **k)

        monkeypatch.setattr(tempfile, name, spy)
    build_xlsx([_sheet([[f"user{i}@example.jp", "名前", datetime.now(UTC)] for i in range(2000)])])
    assert calls == []


def test_cancel_raises_and_returns_nothing() -> None:
    rows = ([f"u{i}@example.jp", "x", None] for i in range(5000))
    with pytest.raises(ExportCancelled):
        build_xlsx([_sheet(rows)], cancelled=lambda: True)  # type: ignore[arg-type]


def test_encrypted_xlsx_opens_only_with_the_password() -> None:
    import olefile

    plain = build_xlsx([_sheet([["secret@example.jp", "山田", None]])])
    password = "a long export password 2026"
    data = encrypt_xlsx(plain, password)
    assert olefile.isOleFile(io.BytesIO(data))
    with pytest.raises(zipfile.BadZipFile):
        openpyxl.load_workbook(io.BytesIO(data))
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out, verify_integrity=True)
    assert out.getvalue() == plain
    wrong = msoffcrypto.OfficeFile(io.BytesIO(data))
    with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
        wrong.load_key(password="not the password!!", verify_password=True)
        wrong.decrypt(io.BytesIO(), verify_integrity=True)

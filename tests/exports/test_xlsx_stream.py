"""The streaming .xlsx writer read back by openpyxl: cell types, formula safety, escapes, Japanese,
the send list's sheets, flat memory (rows are consumed as they come) and no temp files."""

from __future__ import annotations

import io
import re
import tempfile
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest

from desktop.exports import xlsx_stream as xs
from desktop.exports.writers import Column, Sheet, build_xlsx, write_xlsx


def _read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_cell_types_round_trip() -> None:
    when = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)  # 09:30 in Japan
    columns = [Column("文字"), Column("数", "int"), Column("日時", "datetime"), Column("日付", "date")]
    rows = [["山田 花子", 42, when, date(2026, 4, 2)], ["0012", 0, None, None], ["", -7, when, date(2026, 1, 1)]]
    ws = _read(build_xlsx([Sheet("配信リスト", columns, rows)]))["配信リスト"]
    assert [c.value for c in ws[1]] == ["文字", "数", "日時", "日付"]
    assert ws.cell(2, 1).value == "山田 花子" and ws.cell(2, 1).data_type == "s"
    assert ws.cell(2, 2).value == 42 and ws.cell(2, 2).data_type == "n"
    assert ws.cell(2, 3).value == datetime(2026, 4, 1, 9, 30) and ws.cell(2, 3).number_format == "yyyy/mm/dd hh:mm"
    assert ws.cell(2, 4).value == datetime(2026, 4, 2) and ws.cell(2, 4).number_format == "yyyy/mm/dd"
    assert ws.cell(3, 1).value == "0012"  # text that looks like a number stays text
    assert ws.cell(3, 2).value == 0
    assert ws.cell(3, 3).value is None and ws.cell(4, 1).value is None  # empty cells are not written
    assert ws.cell(4, 2).value == -7


def test_a_number_in_a_text_column_and_text_in_a_date_column_stay_text_a_count_stays_a_number() -> None:
    ws = _read(build_xlsx([Sheet("x", [Column("A"), Column("B", "datetime")], [[12, "未設定"], [True, 5]])])).active
    assert (ws.cell(2, 1).value, ws.cell(2, 1).data_type) == ("12", "s")
    assert ws.cell(2, 2).value == "未設定"
    assert ws.cell(3, 1).value == "True" and ws.cell(3, 2).value == 5  # a count in a mixed column is a number


@pytest.mark.parametrize("text", ["=1+1", "+81-90-1234-5678", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","y")'])
def test_formula_looking_text_is_text_with_the_quote_prefix(text: str) -> None:
    data = build_xlsx([Sheet("x", [Column("A")], [[text]], note_rows=[("k", text)])])
    for name, body in _parts(data).items():
        assert b"<f>" not in body and b"<f " not in body, name
    ws = _read(data).active
    cell = ws.cell(4, 1)
    assert cell.value == text and cell.data_type == "s" and cell.quotePrefix
    assert ws.cell(1, 2).value == text and ws.cell(1, 2).quotePrefix
    assert not ws.cell(3, 1).quotePrefix  # the header is plain text


def test_escapes_controls_whitespace_and_long_text() -> None:
    rows = [["a<b>&c"], ["a\x01b"], ["_x0041_"], ["  spaced  "], ["tab\tand\nline"], ["x" * 40_000], ["\ud800"]]
    data = build_xlsx([Sheet("x", [Column("A")], rows)])
    sheet = _parts(data)["xl/worksheets/sheet1.xml"].decode("utf-8")
    assert "a&lt;b&gt;&amp;c" in sheet
    assert "_x005F_x0041_" in sheet  # Excel reads it back as the literal text _x0041_
    assert 'xml:space="preserve">  spaced  <' in sheet
    ws = _read(data).active
    assert ws.cell(2, 1).value == "a<b>&c"
    assert ws.cell(3, 1).value == "a_x0001_b"  # a control character as Excel's escape (as XlsxWriter writes it)
    assert ws.cell(5, 1).value == "  spaced  "
    assert ws.cell(6, 1).value == "tab\tand\nline"
    assert len(ws.cell(7, 1).value) == xs.CELL_MAX
    assert ws.cell(8, 1).value == "\ufffd"


def test_inline_strings_and_no_shared_string_table() -> None:
    data = build_xlsx([Sheet("x", [Column("A")], [["同じ"], ["同じ"]])])
    parts = _parts(data)
    assert "xl/sharedStrings.xml" not in parts
    assert parts["xl/worksheets/sheet1.xml"].count(b't="inlineStr"') == 3
    assert next(iter(parts)) == "[Content_Types].xml"  # first, as file-type sniffers expect


def test_the_send_list_layout_reads_back() -> None:
    when = datetime(2026, 4, 1, tzinfo=UTC)
    columns = [Column("メールアドレス"), Column("氏名"), Column("フリガナ"), Column("取得経路"),
               Column("同意日時", "datetime")]
    data_rows = [[f"user{i}@example.jp", "山田 花子", "ヤマダ ハナコ", "電話", when] for i in range(1200)]
    record = Sheet("出力記録", [Column("項目"), Column("内容", "datetime", width=60)],
                   [["出力件数 Rows", 1200], ["出力日時 Exported at", when]], autofilter=False)
    wb = _read(build_xlsx([Sheet("配信リスト", columns, data_rows), record]))
    assert wb.sheetnames == ["配信リスト", "出力記録"]
    ws = wb["配信リスト"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E1201"
    assert ws.max_row == 1201 and ws.cell(1201, 1).value == "user1199@example.jp"
    assert ws.column_dimensions["A"].width >= len("user1199@example.jp")
    assert ws.column_dimensions["E"].width >= 18
    rec = wb["出力記録"]
    assert rec.cell(2, 2).value == 1200 and rec.cell(3, 2).value == datetime(2026, 4, 1, 9, 0)
    assert rec.column_dimensions["B"].width == 60 and not rec.auto_filter.ref


def test_sheet_names_are_made_safe_and_unique_and_quoted_in_the_filter_name() -> None:
    data = build_xlsx([Sheet("it's/mine", [Column("A")], [["1"]]), Sheet("IT'S_MINE", [Column("A")], [["2"]])])
    wb = _read(data)
    assert wb.sheetnames == ["it's_mine", "IT'S_MINE (2)"]
    workbook = _parts(data)["xl/workbook.xml"].decode("utf-8")
    assert "'it''s_mine'!$A$1:$A$2" in workbook


def test_the_same_rows_give_the_same_bytes() -> None:
    rows = [["a@example.jp", datetime(2026, 1, 1, tzinfo=UTC)]]
    sheet = [Column("A"), Column("B", "datetime")]
    assert build_xlsx([Sheet("x", sheet, rows)]) == build_xlsx([Sheet("x", sheet, rows)])


def test_rows_are_consumed_as_they_come_and_memory_stays_flat(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    for name in ("mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, lambda *a, _n=name, **k: made.append(_n))
    base = datetime(2026, 1, 1, tzinfo=UTC)

    def rows(n: int) -> Iterator[list[object]]:
        for i in range(n):
            yield [f"user{i}@example{i % 50}.jp", f"山田 太郎{i}", "ヤマダ", "電話", base + timedelta(minutes=i)]

    columns = [Column("A"), Column("B"), Column("C"), Column("D"), Column("E", "datetime")]

    def peak(n: int) -> tuple[int, int]:
        out = io.BytesIO()
        tracemalloc.start()
        write_xlsx([Sheet("x", columns, rows(n))], out)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top - len(out.getbuffer()), len(out.getbuffer())

    small, _ = peak(2_000)
    large, size = peak(20_000)
    assert made == []
    assert large < small + 2_000_000  # beyond the compressed output, ten times the rows cost no more memory
    with zipfile.ZipFile(io.BytesIO(build_xlsx([Sheet("x", columns, rows(10))]))) as z:
        assert z.testzip() is None  # every entry's CRC matches
    assert size > 0


def test_dates_are_excel_serials() -> None:
    assert xs.excel_serial(datetime(1900, 3, 1)) == 61
    assert xs.excel_serial(datetime(2026, 4, 1, 12, 0)) == 46113.5
    assert [xs.column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    assert re.fullmatch(r"<t>[^<]*</t>", xs.text_xml("plain")) is not None

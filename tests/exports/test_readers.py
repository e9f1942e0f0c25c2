"""The streamed reader: header, SHA-256 and encoding before any data row; rows one at a time; the
row limit and the header-only file found at the end of the stream; CSV and .xlsx alike."""

from __future__ import annotations

import csv
import hashlib
import types
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.office_settings import ImportLimits
from desktop.exports import readers


def _csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_open_file_streams_the_rows_after_the_header_and_digest(tmp_path: Path) -> None:
    path = _csv(tmp_path / "a.csv", ["メールアドレス,氏名", "a@example.jp,阿部", "", "b@example.jp,"], "cp932")
    with readers.open_file(path) as table:
        assert table.headers == ("メールアドレス", "氏名") and table.encoding == "cp932" and table.kind == "csv"
        assert table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() == readers.file_sha256(path)
        assert isinstance(table.rows, types.GeneratorType) and table.estimated_rows == 3  # lines, for a progress bar
        assert next(table.rows) == (2, ("a@example.jp", "阿部"))
        assert list(table.rows) == [(4, ("b@example.jp", ""))]  # the empty row 3 is skipped, numbers kept
    assert readers.file_sha256(tmp_path / "gone.csv") is None


def test_limits_found_at_the_end_of_the_stream(tmp_path: Path) -> None:
    path = _csv(tmp_path / "many.csv", ["email"] + [f"u{i}@example.jp" for i in range(12)])
    with readers.open_file(path, limits=ImportLimits(max_rows=10)) as table:
        seen = []
        with pytest.raises(ValidationError, match="the limit is %1 rows") as err:
            for row in table.rows:
                seen.append(row)
        assert len(seen) == 10 and err.value.params == ("10", "12")
    with readers.open_file(_csv(tmp_path / "h.csv", ["email"])) as table, \
            pytest.raises(ValidationError, match="no data rows"):
        next(table.rows)


def test_a_suspended_stream_leaves_the_csv_field_limit_alone(tmp_path: Path) -> None:
    before = csv.field_size_limit()
    path = _csv(tmp_path / "a.csv", ["email,name", "a@example.jp,A", "b@example.jp,B"])
    with readers.open_file(path, limits=ImportLimits(max_line_chars=100)) as table:
        next(table.rows)
        assert csv.field_size_limit() == before  # other readers in the meantime see their own limit
    assert csv.field_size_limit() == before


def test_xlsx_streams_too(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["email", "n"])
    for i in range(5):
        sheet.append([f"x{i}@example.jp", i])
    path = tmp_path / "a.xlsx"
    book.save(path)
    with readers.open_file(path) as table:
        assert table.kind == "xlsx" and table.headers == ("email", "n") and table.estimated_rows == 5
        assert [r for r in table.rows][-1] == (6, ("x4@example.jp", "4"))
    assert readers.read_file(path).rows[0] == (2, ("x0@example.jp", "0"))

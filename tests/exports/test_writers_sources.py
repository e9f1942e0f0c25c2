"""The writers end a streamed source they stop reading (a cancel, an error): whatever it holds open (the send
list's page read ahead on the office server) ends with the export, not whenever the collector gets to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.exports.writers import Column, ExportCancelled, Sheet, build_csv, build_xlsx

COLUMNS = [Column("メールアドレス"), Column("氏名")]


class Source:
    """Rows from a generator that notes whether it was closed and how far it got."""

    def __init__(self, n: int, fail_at: int | None = None) -> None:
        self.closed = False
        self.read = 0
        self.rows = self._rows(n, fail_at)

    def _rows(self, n: int, fail_at: int | None) -> Iterator[list[Any]]:
        try:
            for i in range(n):
                if i == fail_at:
                    raise ValueError("the source failed")
                self.read += 1
                yield [f"u{i}@example.jp", "山田 花子"]
        finally:
            self.closed = True


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_cancel_closes_the_source_at_once(fmt: str) -> None:
    source = Source(5000)
    with pytest.raises(ExportCancelled):
        if fmt == "xlsx":
            build_xlsx([Sheet("配信リスト", COLUMNS, source.rows)], cancelled=lambda: True)
        else:
            build_csv(COLUMNS, source.rows, cancelled=lambda: True)
    assert source.closed and source.read < 5000  # stopped at the first progress step, and ended there


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_finished_source_and_a_failing_one(fmt: str) -> None:
    whole, failing = Source(10), Source(10, fail_at=3)
    if fmt == "xlsx":
        build_xlsx([Sheet("配信リスト", COLUMNS, whole.rows)])
        with pytest.raises(ValueError, match="the source failed"):  # its own error, not one of the cleanup
            build_xlsx([Sheet("配信リスト", COLUMNS, failing.rows)])
    else:
        build_csv(COLUMNS, whole.rows)
        with pytest.raises(ValueError, match="the source failed"):
            build_csv(COLUMNS, failing.rows)
    assert whole.closed and whole.read == 10
    assert failing.closed and failing.read == 3


def test_a_list_is_written_as_before() -> None:
    rows = [["a@example.jp", "山田"], ["b@example.jp", "佐藤"]]
    assert build_csv(COLUMNS, rows).decode("utf-8-sig").splitlines()[1:] == ["a@example.jp,山田", "b@example.jp,佐藤"]
    assert build_xlsx([Sheet("配信リスト", COLUMNS, rows)])[:2] == b"PK"

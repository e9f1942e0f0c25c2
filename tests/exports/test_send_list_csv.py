"""Send lists in each mail service's layout: header, encoding, delimiter, quoting, limits, CP932 report."""

from __future__ import annotations

import codecs
import csv
import io
import json

import pytest

from desktop.domain.mail_services.presets import PRESETS, Preset, preset
from desktop.exports.send_list_csv import UnencodableCharacters, build, numbered_paths

PEOPLE = [
    ("tanaka@example.jp", "田中 太郎", "タナカ タロウ"),
    ("quote@example.jp", 'Smith, "Jo"', ""),
    ("sato@example.jp", "佐藤\u3000花子", "サトウ ハナコ"),
    ("plus+tag@example.jp", "=HYPERLINK(\"x\")", "-1"),
]


def read_back(p: Preset, data: bytes) -> list[list[str]]:
    if p.encoding == "utf-8-sig":
        assert data.startswith(codecs.BOM_UTF8)
    else:
        assert not data.startswith(codecs.BOM_UTF8)
    text = data.decode(p.encoding)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=p.delimiter))


@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.key)
def test_each_preset_reads_back_with_its_header_encoding_and_delimiter(p: Preset) -> None:
    built = build(p, PEOPLE)
    assert len(built.files) == 1 and built.rows == len(PEOPLE)
    rows = read_back(p, built.files[0])
    assert tuple(rows[0]) == p.headers
    assert len(rows) == 1 + len(PEOPLE)
    emails = [r[p.headers.index(next(h for h, c in p.columns if c == "email"))] for r in rows[1:]]
    assert emails == [e for e, _, _ in PEOPLE]  # addresses exactly as given, "+tag" included
    flat = [cell for r in rows[1:] for cell in r]
    assert not any(cell.startswith("=") for cell in flat)  # the name never becomes a formula


def test_layouts_of_the_services() -> None:
    assert read_back(preset("mailchimp"), build(preset("mailchimp"), PEOPLE[:1]).files[0]) == [
        ["Email Address", "Last Name", "First Name"], ["tanaka@example.jp", "田中", "太郎"]]
    assert build(preset("brevo"), PEOPLE[:1]).files[0] == "EMAIL;LASTNAME;FIRSTNAME\r\ntanaka@example.jp;田中;太郎\r\n".encode()
    listmonk = read_back(preset("listmonk"), build(preset("listmonk"), PEOPLE[:1]).files[0])
    assert listmonk[0] == ["email", "name", "status", "attributes"]
    assert listmonk[1][:3] == ["tanaka@example.jp", "田中 太郎", "enabled"]
    assert json.loads(listmonk[1][3]) == {"furigana": "タナカ タロウ"}
    blast = build(preset("blastmail"), PEOPLE[:1]).files[0]
    assert blast == "E-Mail,氏名\r\ntanaka@example.jp,田中 太郎\r\n".encode("cp932")


def test_quotes_and_delimiters_in_names_follow_rfc_4180() -> None:
    data = build(preset("generic_utf8"), [PEOPLE[1]]).files[0].decode("utf-8-sig")
    assert data.splitlines()[1] == 'quote@example.jp,"Smith, ""Jo""",'


def test_formula_looking_names_get_an_apostrophe_but_addresses_stay() -> None:
    built = build(preset("generic_utf8"), [("-dash@example.jp", "+81 name", "@x")])
    rows = read_back(preset("generic_utf8"), built.files[0])
    assert rows[1] == ["-dash@example.jp", "'+81 name", "'@x"]
    assert built.formula_like_addresses == 1


def test_cp932_reports_rows_and_characters_and_builds_nothing() -> None:
    people = [("a@example.jp", "髙橋 一郎", ""), ("b@example.jp", "𠮷田 花子", ""), ("c@example.jp", "鈴木", ""),
              ("d@example.jp", "𠮷野 🙂", "")]
    with pytest.raises(UnencodableCharacters) as caught:
        build(preset("generic_cp932"), people)
    assert caught.value.rows == (2, 4)
    assert caught.value.characters == "𠮷🙂"
    assert "𠮷" not in str(caught.value)  # the text may reach a log
    # the same people are fine in UTF-8, and 髙 is in CP932
    assert build(preset("generic_utf8"), people).rows == 4
    assert build(preset("generic_cp932"), people[:1]).files[0].decode("cp932").endswith("髙橋 一郎,\r\n")


def test_long_fields_are_reported_not_cut() -> None:
    long_name = "あ" * 100  # 300 bytes in UTF-8
    built = build(preset("mailchimp"), [("a@example.jp", f"{long_name} 太郎", ""), ("b@example.jp", "短い 名前", "")])
    assert [(f.row, f.header, f.size) for f in built.long_fields] == [(1, "Last Name", 300)]
    assert long_name in built.files[0].decode("utf-8")


@pytest.mark.parametrize("key", ["generic_utf8", "brevo", "generic_cp932"])
def test_splitting_repeats_the_header_and_keeps_every_row_once(key: str) -> None:
    p = preset(key)
    people = [(f"p{i}@example.jp", f"名前 {i}", "") for i in range(10)]
    built = build(p, people, max_bytes=120)
    assert len(built.files) > 2 and sum(built.row_counts) == 10
    seen = []
    for data in built.files:
        assert len(data) <= 120
        rows = read_back(p, data)
        assert tuple(rows[0]) == p.headers
        seen += [r[0] for r in rows[1:]]
    assert seen == [e for e, _, _ in people]
    by_rows = build(p, people, max_rows=4)
    assert by_rows.row_counts == [4, 4, 2]


def test_empty_list_is_one_file_with_the_header() -> None:
    built = build(preset("sendgrid"), [])
    assert built.files == [b"email,last_name,first_name\r\n"] and built.rows == 0


def test_numbered_paths(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "send.csv"
    assert numbered_paths(out, 1) == [out]
    assert [p.name for p in numbered_paths(out, 3)] == ["send-1.csv", "send-2.csv", "send-3.csv"]

"""Mail-service presets and the unsubscribe/bounce files they give back (pure rules)."""

from __future__ import annotations

import json

import pytest

from desktop.domain.mail_services import (
    PRESETS,
    FileFormat,
    Outcome,
    cells_for,
    chunk_bounds,
    detect,
    preset,
    read_rows,
    split_name,
    unencodable,
)
from desktop.domain.mail_services.suppressions import has_header


def test_every_preset_has_an_email_column_and_a_codec() -> None:
    for p in PRESETS:
        assert p.columns[0][1] == "email", p.key
        "a".encode(p.encoding)  # a real codec
        assert len(set(p.headers)) == len(p.headers)


def test_sendgrid_headers_use_letters_digits_and_underscore_only() -> None:
    assert all(h.replace("_", "").isalnum() and h.isascii() for h in preset("sendgrid").headers)


def test_japanese_names_split_family_first() -> None:
    assert split_name("山田 花子") == ("山田", "花子")
    assert split_name("山田\u3000花子") == ("山田", "花子")
    assert split_name("山田花子") == ("山田花子", "")
    assert cells_for(preset("brevo"), "a@example.jp", "山田 花子", "ヤマダ") == ["a@example.jp", "山田", "花子"]


def test_listmonk_attributes_are_json() -> None:
    cells = cells_for(preset("listmonk"), "a@example.jp", "山田 花子", "ヤマダ ハナコ")
    assert cells[:3] == ["a@example.jp", "山田 花子", "enabled"]
    assert json.loads(cells[3]) == {"furigana": "ヤマダ ハナコ"}


def test_characters_cp932_cannot_hold_are_named() -> None:
    assert unencodable("髙橋 𠮷田 ①", "cp932") == "𠮷"
    assert unencodable("山田 花子", "cp932") == ""


def test_chunks_respect_byte_and_row_limits() -> None:
    p = preset("benchmark")
    limit = p.max_bytes
    assert limit is not None
    rows = [limit // 3] * 7
    bounds = chunk_bounds(rows, 10, p)
    assert bounds == [(0, 2), (2, 4), (4, 6), (6, 7)]
    assert chunk_bounds([], 10, p) == [(0, 0)]
    assert chunk_bounds([5, 5], 10, preset("mailchimp")) == [(0, 2)]  # no limit


@pytest.mark.parametrize(("header", "name", "expected"), [
    (["Email Address", "First Name", "UNSUB_TIME", "UNSUB_REASON"], "unsubscribed_members_export_1.csv",
     FileFormat.MAILCHIMP),
    (["Email Address", "CLEAN_TIME"], "", FileFormat.MAILCHIMP),
    (["email", "created"], "suppression_unsubscribes.csv", FileFormat.SENDGRID),
    (["email", "reason", "status", "created"], "", FileFormat.SENDGRID),
    (["EMAIL", "Reason", "Date"], "", FileFormat.BREVO),
    (["メールアドレス", "配信停止日時"], "", FileFormat.BENCHMARK),
    (["E-Mail", "氏名", "状態"], "", FileFormat.BLASTMAIL),
    (["uuid", "email", "name", "attributes", "status", "created_at"], "", FileFormat.LISTMONK),
    (["a@example.jp"], "", FileFormat.PLAIN),
    (["メールアドレス"], "", FileFormat.PLAIN),
    (["メールアドレス", "氏名", "フリガナ"], "", None),  # our own send list is not an unsubscribe file
    (["date", "amount"], "", None),
])
def test_formats_are_recognised(header: list[str], name: str, expected: FileFormat | None) -> None:
    assert detect(header, name) is expected


def outcomes(fmt: FileFormat, header: list[str], rows: list[list[str]], name: str = "") -> list[Outcome]:
    return [r.outcome for r in read_rows(fmt, header, rows, name)]


def test_mailchimp_members_by_file() -> None:
    header = ["Email Address", "UNSUB_TIME", "UNSUB_REASON"]
    rows = list(read_rows(FileFormat.MAILCHIMP, header, [["a@x.jp", "2026-11-01 10:00:00", "abuse"],
                                                          ["b@x.jp", "2026-11-02 10:00:00", "No longer interested"]],
                          "unsubscribed_members_export_9.csv"))
    assert [r.outcome for r in rows] == [Outcome.COMPLAINT, Outcome.UNSUBSCRIBE]
    assert rows[1].when == "2026-11-02 10:00:00" and rows[1].line == 3
    assert outcomes(FileFormat.MAILCHIMP, ["Email Address", "CLEAN_TIME"], [["c@x.jp", "t"]],
                    "cleaned_members_export_9.csv") == [Outcome.HARD_BOUNCE]
    assert outcomes(FileFormat.MAILCHIMP, ["Email Address", "OPTIN_TIME"], [["d@x.jp", "t"]],
                    "subscribed_members_export_9.csv") == [Outcome.STILL_SUBSCRIBED]


def test_sendgrid_lists_by_name_or_columns() -> None:
    assert outcomes(FileFormat.SENDGRID, ["email", "created"], [["a@x.jp", "1"]], "spam_reports.csv") == [
        Outcome.COMPLAINT]
    assert outcomes(FileFormat.SENDGRID, ["email", "ip", "created"], [["a@x.jp", "1.2.3.4", "1"]]) == [
        Outcome.COMPLAINT]
    assert outcomes(FileFormat.SENDGRID, ["email", "reason", "status", "created"],
                    [["a@x.jp", "550 no such user", "5.1.1", "1"], ["b@x.jp", "mailbox full", "4.2.2", "1"]]) == [
        Outcome.HARD_BOUNCE, Outcome.SOFT_BOUNCE]
    assert outcomes(FileFormat.SENDGRID, ["email", "created"], [["a@x.jp", "1"]], "blocks.csv") == [
        Outcome.SOFT_BOUNCE]
    assert outcomes(FileFormat.SENDGRID, ["email", "created"], [["a@x.jp", "1"]]) == [Outcome.UNSUBSCRIBE]


def test_blastmail_status_column() -> None:
    header = ["E-Mail", "氏名", "状態"]
    rows = [["a@x.jp", "", "配信中"], ["b@x.jp", "", "配信停止"], ["c@x.jp", "", "エラー停止"], ["d@x.jp", "", "解除"]]
    assert outcomes(FileFormat.BLASTMAIL, header, rows) == [
        Outcome.STILL_SUBSCRIBED, Outcome.UNSUBSCRIBE, Outcome.HARD_BOUNCE, Outcome.UNSUBSCRIBE]


def test_listmonk_brevo_benchmark_and_plain() -> None:
    assert outcomes(FileFormat.LISTMONK, ["uuid", "email", "status"], [["u", "a@x.jp", "blocklisted"],
                                                                       ["v", "b@x.jp", "enabled"]]) == [
        Outcome.UNSUBSCRIBE, Outcome.STILL_SUBSCRIBED]
    assert outcomes(FileFormat.BREVO, ["EMAIL", "Reason"], [["a@x.jp", "Hard bounce"], ["b@x.jp", "Spam complaint"],
                                                            ["c@x.jp", "Unsubscribed via link"]]) == [
        Outcome.HARD_BOUNCE, Outcome.COMPLAINT, Outcome.UNSUBSCRIBE]
    assert outcomes(FileFormat.BENCHMARK, ["メールアドレス", "無効アドレス登録日"], [["a@x.jp", "2026/11/01"]]) == [
        Outcome.HARD_BOUNCE]
    assert outcomes(FileFormat.BENCHMARK, ["メールアドレス", "配信停止日"], [["a@x.jp", "2026/11/01"]]) == [
        Outcome.UNSUBSCRIBE]
    rows = list(read_rows(FileFormat.PLAIN, ["a@x.jp"], [["b@x.jp"], [""], ["not an address"]]))
    assert [(r.line, r.outcome) for r in rows] == [(1, Outcome.UNSUBSCRIBE), (2, Outcome.UNSUBSCRIBE),
                                                  (4, Outcome.INVALID_ROW)]
    assert not has_header(["a@x.jp"]) and has_header(["email"])


def test_only_stopping_outcomes_suppress() -> None:
    assert {o for o in Outcome if o.suppresses} == {Outcome.UNSUBSCRIBE, Outcome.COMPLAINT, Outcome.HARD_BOUNCE}

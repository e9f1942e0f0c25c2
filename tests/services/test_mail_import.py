"""Reading mail-service downloads back: each service's file is recognised and read to outcomes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.mail_services import FileFormat, Outcome
from desktop.services import mail_import

DATA = Path(__file__).resolve().parents[1] / "data" / "mail_services"


def outcomes(path: Path, fmt: FileFormat | None = None) -> dict[str, Outcome]:
    read = mail_import.read_file(path, fmt)
    return {row.address: row.outcome for part in read.parts for row in part.rows}


@pytest.mark.parametrize(("name", "fmt", "expected"), [
    ("sendgrid_spam_reports.csv", FileFormat.SENDGRID, {"spam1@example.jp": Outcome.COMPLAINT}),
    ("sendgrid_bounces.csv", FileFormat.SENDGRID,
     {"bounce1@example.jp": Outcome.HARD_BOUNCE, "full1@example.jp": Outcome.SOFT_BOUNCE}),
    ("sendgrid_global_unsubscribes.csv", FileFormat.SENDGRID,
     {"unsub1@example.jp": Outcome.UNSUBSCRIBE, "UNSUB2@Example.JP": Outcome.UNSUBSCRIBE}),
    ("brevo_blocklist.csv", FileFormat.BREVO, {"brevo1@example.jp": Outcome.UNSUBSCRIBE,
                                               "brevo2@example.jp": Outcome.HARD_BOUNCE,
                                               "brevo3@example.jp": Outcome.COMPLAINT}),
    ("brevo_blocklist_semicolon.csv", FileFormat.BREVO, {"brevo4@example.jp": Outcome.UNSUBSCRIBE,
                                                         "brevo5@example.jp": Outcome.HARD_BOUNCE,
                                                         "brevo6@example.jp": Outcome.COMPLAINT,
                                                         "brevo7@example.jp": Outcome.UNSUBSCRIBE}),
    ("benchmark_invalid.csv", FileFormat.BENCHMARK, {"bm3@example.jp": Outcome.HARD_BOUNCE,
                                                     "bm4@example.jp": Outcome.SOFT_BOUNCE,
                                                     "bm5@example.jp": Outcome.HARD_BOUNCE}),
    ("benchmark_unsubscribes.csv", FileFormat.BENCHMARK, {"bm1@example.jp": Outcome.UNSUBSCRIBE,
                                                          "ｂｍ２＠ｅｘａｍｐｌｅ．ｊｐ": Outcome.UNSUBSCRIBE}),
    ("blastmail_readers.csv", FileFormat.BLASTMAIL, {"bl1@example.jp": Outcome.STILL_SUBSCRIBED,
                                                     "bl2@example.jp": Outcome.UNSUBSCRIBE,
                                                     "bl3@example.jp": Outcome.HARD_BOUNCE,
                                                     "bl4@example.jp": Outcome.UNSUBSCRIBE}),
    ("listmonk_subscribers.csv", FileFormat.LISTMONK, {"lm1@example.jp": Outcome.UNSUBSCRIBE,
                                                       "lm2@example.jp": Outcome.STILL_SUBSCRIBED}),
    ("plain.txt", FileFormat.PLAIN, {"plain1@example.jp": Outcome.UNSUBSCRIBE, "plain2@example.jp": Outcome.UNSUBSCRIBE,
                                     "not-an-address": Outcome.INVALID_ROW}),
])
def test_each_service_file_is_recognised_and_read(name: str, fmt: FileFormat, expected: dict[str, Outcome]) -> None:
    read = mail_import.read_file(DATA / name)
    assert [p.fmt for p in read.parts] == [fmt]
    assert outcomes(DATA / name) == expected
    assert len(read.sha256) == 64


def mailchimp_zip(tmp_path: Path, *, extra: bool = False) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("subscribed_members_export_ab12.csv", "Email Address,First Name,OPTIN_TIME\nsub@example.jp,A,x\n")
        archive.writestr("unsubscribed_members_export_ab12.csv",
                         "Email Address,First Name,UNSUB_TIME,UNSUB_REASON\n"
                         "mc1@example.jp,B,2026-11-30 01:00:00,No longer interested\n"
                         "mc2@example.jp,C,2026-11-30 02:00:00,abuse\n")
        archive.writestr("cleaned_members_export_ab12.csv", "Email Address,First Name,CLEAN_TIME\nmc3@example.jp,D,t\n")
        if extra:
            archive.writestr("readme.pdf", b"%PDF-1.4")
    path = tmp_path / "members_export_ab12.zip"
    path.write_bytes(buffer.getvalue())
    return path


def test_mailchimp_zip_reads_every_member(tmp_path: Path) -> None:
    read = mail_import.read_file(mailchimp_zip(tmp_path, extra=True))
    assert {p.fmt for p in read.parts} == {FileFormat.MAILCHIMP}
    assert read.skipped_members == ("readme.pdf",)
    assert outcomes(mailchimp_zip(tmp_path)) == {"sub@example.jp": Outcome.STILL_SUBSCRIBED,
                                                 "mc1@example.jp": Outcome.UNSUBSCRIBE,
                                                 "mc2@example.jp": Outcome.COMPLAINT,
                                                 "mc3@example.jp": Outcome.HARD_BOUNCE}
    when = {r.address: r.when for p in read.parts for r in p.rows}
    assert when["mc1@example.jp"] == "2026-11-30 01:00:00"


def test_a_zip_bomb_member_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("unsubscribed_members_export_1.csv", "Email Address,UNSUB_TIME\n" + "a" * 20_000_000)
    path = tmp_path / "bomb.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ValidationError) as info:
        mail_import.read_file(path)
    assert "too large when unpacked" in info.value.message


@pytest.mark.parametrize("content", [b"date,amount\n2026-11-01,100\n", b"\x00\x01binary"])
def test_other_files_get_a_message_naming_the_formats(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        mail_import.read_file(path)
    assert info.value.message  # a translatable sentence, never a traceback


def test_our_own_send_list_is_not_taken_for_an_unsubscribe_list(tmp_path: Path) -> None:
    path = tmp_path / "send.csv"
    path.write_text("メールアドレス,氏名,フリガナ\na@example.jp,山田 花子,ヤマダ ハナコ\n", encoding="utf-8-sig")
    with pytest.raises(ValidationError) as info:
        mail_import.read_file(path)
    assert "not recognised" in info.value.message


def test_the_user_can_choose_the_format(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("email,note\nx@example.jp,\n", encoding="utf-8")
    assert outcomes(path, FileFormat.PLAIN) == {"x@example.jp": Outcome.UNSUBSCRIBE}


def test_a_plain_list_of_one_address_is_read(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("ｏｎｅ＠example.jp\n", encoding="utf-8")
    assert outcomes(path) == {"ｏｎｅ＠example.jp": Outcome.UNSUBSCRIBE}
    header_only = tmp_path / "header.csv"
    header_only.write_text("email,created\n", encoding="utf-8")
    with pytest.raises(ValidationError):  # a header without rows is still refused
        mail_import.read_file(header_only)

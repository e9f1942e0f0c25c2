"""Round trip with a mail service: export the send list, import the service's unsubscribe, bounce and
complaint download, export again. Files follow the layouts noted in tests/data/mail_services/README.md;
every time stamp in them comes from the fake clock."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.consent import ContactStatus, Outcome, Reason, RouteChannel
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import to_office
from desktop.services import consent, exports, mail_import
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.mail_import import Effect
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import suppression_writes
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock
from tests.services.test_consent import capture

PEOPLE = [f"p{i}@example.jp" for i in range(8)]


def agree_all(office: Session, clock: FakeClock) -> None:
    for address in PEOPLE:
        capture(office, address, Outcome.AGREED)
    clock.advance(hours=3)  # the service's stops come after the agreements
    office.confirm_password(ADMIN_PASSWORD)  # a send-list export asks for the password again


def send_list(office: Session, tmp_path: Path, name: str) -> set[str]:
    out = tmp_path / f"{name}.csv"
    exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt="csv"), out)
    return {line.split(",")[0] for line in out.read_bytes().decode("utf-8-sig").splitlines()[1:] if line}


def excluded(office: Session) -> dict[str, int]:
    return exports.preview(office, ExportRequest(ExportKind.SEND_LIST)).excluded


def status(address: str) -> ContactStatus:
    contact = crepo.contact_by_key(address)
    assert contact is not None
    return ContactStatus(contact.status)


def imports() -> list:  # type: ignore[type-arg]
    return [e for e in entries() if e.action == "suppressions.import"]


def round_trip(office: Session, tmp_path: Path, path: Path) -> tuple[set[str], set[str], mail_import.SuppressionResult]:
    before = send_list(office, tmp_path, "before")
    plan = mail_import.preview(office, path)
    result = mail_import.confirm(office, plan)
    after = send_list(office, tmp_path, "after")
    return before, after, result


def assert_idempotent(office: Session, path: Path, audits_before: int) -> None:
    again = mail_import.preview(office, path)
    assert again.changes == 0
    second = mail_import.confirm(office, again)
    assert second.changed == 0
    assert len(imports()) == audits_before + 1  # one entry per import, the second records 0 changes
    assert imports()[-1].details["changed"] == 0


def assert_records_kept(address: str) -> None:
    contact = crepo.contact_by_key(address)
    assert contact is not None
    kinds = [e.kind for e in crepo.events_for_contact(contact.id)]
    assert kinds[0] == "capture" and len(kinds) >= 2  # the consent stays; the stop is added


def test_sendgrid_unsubscribes_bounces_and_spam_reports(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    agree_all(office, clock)
    now = office.now()
    stamp = int((now - timedelta(minutes=30)).timestamp())
    unsub = tmp_path / "global_unsubscribes.csv"
    # capitals, full width and a duplicate row: all the same address p0, counted once
    unsub.write_text(f"email,created\nP0@Example.JP,{stamp}\nｐ０＠ｅｘａｍｐｌｅ．ｊｐ,{stamp}\n"
                     f"stranger@example.jp,{stamp}\n", encoding="utf-8")
    plan = mail_import.preview(office, unsub)
    assert plan.counts[Effect.UNSUBSCRIBE_NOW] == 1
    assert plan.counts[Effect.DUPLICATE] == 1
    assert plan.counts[Effect.UNKNOWN] == 1
    assert {r.address for r in plan.sample()} >= {"p0@example.jp"}
    before = send_list(office, tmp_path, "before")
    assert set(PEOPLE) <= before
    result = mail_import.confirm(office, plan)
    assert result.changed == 1
    assert crepo.contact_by_key("stranger@example.jp") is None  # an unknown address: nothing recorded
    request = crepo.recent_unsubscribes(5)[0]
    assert request.channel == RouteChannel.MAIL_SERVICE.value and request.done_at is not None
    event = crepo.event_by_id(request.event_id)  # type: ignore[arg-type]
    assert event is not None and event.occurred_at == consent.iso(datetime.fromtimestamp(stamp, UTC))  # the service's time

    bounces = tmp_path / "bounces.csv"
    bounces.write_text(f"email,reason,status,created\np1@example.jp,550 5.1.1 user unknown,5.1.1,{stamp}\n"
                       f"p2@example.jp,452 mailbox full,4.2.2,{stamp}\n", encoding="utf-8")
    plan = mail_import.preview(office, bounces)
    assert plan.counts[Effect.HARD_BOUNCE] == 1 and plan.counts[Effect.SOFT_BOUNCE] == 1
    mail_import.confirm(office, plan)
    spam = tmp_path / "spam_reports.csv"
    spam.write_text(f"email,ip,created\np3@example.jp,203.0.113.5,{stamp}\n", encoding="utf-8")
    plan = mail_import.preview(office, spam)
    assert plan.counts[Effect.COMPLAINT] == 1
    mail_import.confirm(office, plan)

    after = send_list(office, tmp_path, "after")
    assert after == before - {"p0@example.jp", "p1@example.jp", "p3@example.jp"}
    assert "p2@example.jp" in after  # a soft bounce is only counted
    assert status("p0@example.jp") is ContactStatus.UNSUBSCRIBED
    assert status("p1@example.jp") is ContactStatus.BOUNCED
    assert status("p3@example.jp") is ContactStatus.UNSUBSCRIBED
    reasons = excluded(office)
    assert reasons[Reason.UNSUBSCRIBED.label] == 1
    assert reasons[Reason.BOUNCED.label] == 1
    assert reasons[Reason.COMPLAINT.label] == 1
    for address in ("p0@example.jp", "p1@example.jp", "p3@example.jp"):
        assert_records_kept(address)
    audits = imports()
    assert len(audits) == 3
    first = audits[0].details
    assert first["format"] == "sendgrid" and len(audits[0].target) == 64
    assert first["counts"]["unsubscribe_now"] == 1
    assert "example.jp" not in str([a.details for a in audits]) + str([a.target for a in audits])
    assert_idempotent(office, unsub, 3)


def mailchimp_zip(tmp_path: Path, office: Session) -> Path:
    when = to_office(office.now() - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")  # read as office time
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("subscribed_members_export_ab12.csv", "Email Address,First Name,OPTIN_TIME\n"
                         f"p4@example.jp,A,{when}\n")
        archive.writestr("unsubscribed_members_export_ab12.csv",
                         "Email Address,First Name,UNSUB_TIME,UNSUB_REASON\n"
                         f"p0@example.jp,B,{when},No longer interested\n"
                         f"p1@example.jp,C,{when},abuse\n")
        archive.writestr("cleaned_members_export_ab12.csv", f"Email Address,First Name,CLEAN_TIME\np2@example.jp,D,{when}\n")
    path = tmp_path / "members_export_ab12.zip"
    path.write_bytes(buffer.getvalue())
    return path


def test_mailchimp_export_zip(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    agree_all(office, clock)
    path = mailchimp_zip(tmp_path, office)
    plan = mail_import.preview(office, path)
    assert plan.counts[Effect.UNSUBSCRIBE_NOW] == 1
    assert plan.counts[Effect.COMPLAINT] == 1
    assert plan.counts[Effect.HARD_BOUNCE] == 1
    assert plan.counts[Effect.STILL_SUBSCRIBED] == 1
    before = send_list(office, tmp_path, "before")
    result = mail_import.confirm(office, plan)
    after = send_list(office, tmp_path, "after")
    assert result.changed == 3
    assert after == before - {"p0@example.jp", "p1@example.jp", "p2@example.jp"}
    assert "p4@example.jp" in after
    reasons = excluded(office)
    assert reasons[Reason.COMPLAINT.label] == 1 and reasons[Reason.BOUNCED.label] == 1
    assert imports()[-1].details["format"] == "mailchimp"
    for address in ("p0@example.jp", "p1@example.jp", "p2@example.jp"):
        assert_records_kept(address)
    assert_idempotent(office, path, 1)


def test_blastmail_reader_list_in_shift_jis(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    agree_all(office, clock)
    path = tmp_path / "readers.csv"
    path.write_bytes("E-Mail,氏名,状態\np0@example.jp,山田 花子,配信中\np1@example.jp,佐藤 一郎,配信停止\n"
                     "p2@example.jp,鈴木 次郎,エラー停止\np3@example.jp,田中 三郎,解除\n".encode("cp932"))
    before, after, result = round_trip(office, tmp_path, path)
    assert result.changed == 3
    assert after == before - {"p1@example.jp", "p2@example.jp", "p3@example.jp"}
    assert status("p2@example.jp") is ContactStatus.BOUNCED
    assert imports()[-1].details["format"] == "blastmail"
    assert_idempotent(office, path, 1)


def test_plain_list_of_addresses(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    agree_all(office, clock)
    path = tmp_path / "list.txt"
    path.write_text("p5@example.jp\nP6@EXAMPLE.JP\n\nnot-an-address\np5@example.jp\n", encoding="utf-8")
    plan = mail_import.preview(office, path)
    assert plan.counts[Effect.UNSUBSCRIBE_NOW] == 2
    assert plan.counts[Effect.INVALID_ROW] == 1
    assert plan.counts[Effect.DUPLICATE] == 1
    before = send_list(office, tmp_path, "before")
    result = mail_import.confirm(office, plan)
    assert result.changed == 2
    assert send_list(office, tmp_path, "after") == before - {"p5@example.jp", "p6@example.jp"}
    assert imports()[-1].details["format"] == "plain"
    assert_idempotent(office, path, 1)


def test_an_already_unsubscribed_address_is_left_alone(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    from desktop.services import unsubscribe

    agree_all(office, clock)
    unsubscribe.record_request(office, address="p0@example.jp", channel=RouteChannel.PHONE)
    events_before = len(crepo.events_for_contact(crepo.contact_by_key("p0@example.jp").id))  # type: ignore[union-attr]
    path = tmp_path / "list.txt"
    path.write_text("p0@example.jp\np1@example.jp\n", encoding="utf-8")
    plan = mail_import.preview(office, path)
    assert plan.counts[Effect.ALREADY_SUPPRESSED] == 1 and plan.changes == 1
    mail_import.confirm(office, plan)
    assert len(crepo.events_for_contact(crepo.contact_by_key("p0@example.jp").id)) == events_before  # type: ignore[union-attr]


def test_a_random_file_gets_a_clear_message(office: Session, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("品名,数量\nりんご,3\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        mail_import.preview(office, path)
    assert "not recognised" in info.value.message
    assert not imports()


def test_an_older_stop_does_not_undo_a_newer_agreement(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    agree_all(office, clock)
    old = int((office.now() - timedelta(days=2)).timestamp())  # before the agreements
    path = tmp_path / "global_unsubscribes.csv"
    path.write_text(f"email,created\np0@example.jp,{old}\n", encoding="utf-8")
    plan = mail_import.preview(office, path)
    assert plan.counts[Effect.AGREED_SINCE] == 1 and plan.changes == 0
    result = mail_import.confirm(office, plan)
    assert result.changed == 0 and status("p0@example.jp") is ContactStatus.SUBSCRIBED
    assert len(crepo.events_for_contact(crepo.contact_by_key("p0@example.jp").id)) == 1  # type: ignore[union-attr]


def test_a_long_file_reports_progress_and_can_be_cancelled(office: Session, tmp_path: Path) -> None:
    from desktop.services.lp_import import ImportCancelled

    path = tmp_path / "list.txt"
    path.write_text("".join(f"u{i}@example.jp\n" for i in range(5000)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    plan = mail_import.preview(office, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5000, 5000) and len(seen) > 2
    assert plan.counts[Effect.UNKNOWN] == 5000
    with pytest.raises(ImportCancelled):
        mail_import.preview(office, path, cancelled=lambda: True)


@pytest.mark.parametrize(("fmt", "header", "rows", "encoding", "gone"), [
    # Brevo blocklist: EMAIL, the blocklist reason and the date (date only)
    ("brevo", "EMAIL,Blocklist reason,Date",
     ["p0@example.jp,Unsubscribed via link,{day}", "p1@example.jp,Hard bounce,{day}",
      "p2@example.jp,Spam complaint,{day}"], "utf-8", {"p0": ContactStatus.UNSUBSCRIBED,
                                                      "p1": ContactStatus.BOUNCED, "p2": ContactStatus.UNSUBSCRIBED}),
    # Benchmark Email 配信停止リスト as Excel saves it (Shift_JIS), an address in full width
    ("benchmark", "メールアドレス,配信停止日時", ["p3@example.jp,{slash}", "ｐ４＠ｅｘａｍｐｌｅ．ｊｐ,{slash}"], "cp932",
     {"p3": ContactStatus.UNSUBSCRIBED, "p4": ContactStatus.UNSUBSCRIBED}),
    # listmonk subscriber export: status blocklisted
    ("listmonk", "uuid,email,name,attributes,status,created_at,updated_at",
     ["0b1c,p5@example.jp,A,{{}},blocklisted,{day},{day}", "0b1d,p6@example.jp,B,{{}},enabled,{day},{day}"], "utf-8",
     {"p5": ContactStatus.UNSUBSCRIBED}),
])
def test_brevo_benchmark_and_listmonk(office: Session, clock: FakeClock, tmp_path: Path, fmt: str, header: str,
                                      rows: list[str], encoding: str, gone: dict[str, ContactStatus]) -> None:
    agree_all(office, clock)
    day = to_office(office.now()).date()  # a date without a time counts from the end of that day (capped at now)
    text = "\n".join([header, *(r.format(day=day.isoformat(), slash=day.strftime("%Y/%m/%d %H:%M").replace(" 00:00", ""))
                                for r in rows)]) + "\n"
    path = tmp_path / f"{fmt}.csv"
    path.write_bytes(text.encode(encoding))
    before, after, result = round_trip(office, tmp_path, path)
    assert imports()[-1].details["format"] == fmt
    assert result.changed == len(gone)
    assert after == before - {f"{p}@example.jp" for p in gone}
    for p, expected in gone.items():
        assert status(f"{p}@example.jp") is expected
        assert_records_kept(f"{p}@example.jp")
    assert_idempotent(office, path, 1)


def test_all_or_nothing(office: Session, clock: FakeClock, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    agree_all(office, clock)
    path = tmp_path / "list.txt"
    path.write_text("p0@example.jp\np1@example.jp\n", encoding="utf-8")
    plan = mail_import.preview(office, path)
    assert plan.changes == 2
    real = suppression_writes.insert_unsubscribes
    calls: list[int] = []

    def fails_after_writing(rows):  # type: ignore[no-untyped-def]
        calls.append(len(rows))
        real(rows)  # the events, status rows, suppressions and these requests are written ...
        raise ValueError("disk full")  # ... and then a fault

    monkeypatch.setattr(suppression_writes, "insert_unsubscribes", fails_after_writing)
    with pytest.raises(ValueError):
        mail_import.confirm(office, plan)
    assert calls == [2]
    monkeypatch.setattr(suppression_writes, "insert_unsubscribes", real)
    for address in ("p0@example.jp", "p1@example.jp"):
        assert status(address) is ContactStatus.SUBSCRIBED  # the first change was rolled back too
    assert not crepo.recent_unsubscribes(5) and not imports()


def test_a_file_changed_after_the_preview_is_refused(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    agree_all(office, clock)
    path = tmp_path / "list.txt"
    path.write_text("p0@example.jp\n", encoding="utf-8")
    plan = mail_import.preview(office, path)
    path.write_text("p0@example.jp\np1@example.jp\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        mail_import.confirm(office, plan)
    assert status("p0@example.jp") is ContactStatus.SUBSCRIBED and not imports()


def test_a_bounced_address_is_not_put_back_by_a_landing_page_import(office: Session, clock: FakeClock,
                                                                    tmp_path: Path) -> None:
    from desktop.services import lp_import
    from desktop.services.lp_import import RowOutcome
    from desktop.services.lp_import.parsing import D_BOUNCED

    agree_all(office, clock)
    bounces = tmp_path / "bounces.csv"
    bounces.write_text("email,reason,status,created\np2@example.jp,550 user unknown,5.1.1,\n", encoding="utf-8")
    mail_import.confirm(office, mail_import.preview(office, bounces))
    assert status("p2@example.jp") is ContactStatus.BOUNCED
    clock.advance(hours=1)
    lp = tmp_path / "lp.csv"
    lp.write_text("メールアドレス,配信希望\np2@example.jp,希望する\n", encoding="utf-8")
    preview = lp_import.preview_file(office, lp, source="other_lp")
    plan = next(p for p in preview.rows if p.address == "p2@example.jp")
    assert plan.outcome is RowOutcome.SUPPRESSED and plan.detail == D_BOUNCED
    with pytest.raises(ValidationError):  # nothing in the file would be imported
        lp_import.confirm(office, preview)
    assert status("p2@example.jp") is ContactStatus.BOUNCED

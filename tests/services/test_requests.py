"""Rights requests (A6): ledger, disclosure file, deletion keeping only a keyed hash, admin only.

Seed 003 line 51 "「個人情報の開示・変更・削除依頼」…IT部門で対応。"
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.business_days import add_business_days
from desktop.domain.consent import ContactStatus, Outcome
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import day_start, office_date
from desktop.services import consent, contacts, lp_import, requests, scripts, unsubscribe
from desktop.services.errors import PermissionDenied, ReauthRequired
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from tests.conftest import add_user, friday_before_a_monday_holiday, login


def person(session, address: str = "kazuko@example.jp") -> int:  # type: ignore[no-untyped-def]
    return consent.capture_phone(session, address=address, outcome=Outcome.AGREED,
                                 script=consent.ScriptShown.of(scripts.current(session, "phone")),
                                 script_read_confirmed=True, name="木村 和子", furigana="キムラ カズコ",
                                 memo="平日午前に連絡可", recording_ref="REC-9").contact_id


def test_ledger_create_update_close(office, clock) -> None:  # type: ignore[no-untyped-def]
    cid = person(office)
    # received on a Friday whose Monday is a public holiday (the clock is moved there on purpose)
    friday = friday_before_a_monday_holiday()
    clock.now = day_start(friday) + timedelta(hours=10)
    info = requests.create_request(office, kind="correction", requester="本人 (電話)", address="KAZUKO@example.jp",
                                   identity_check="生年月日で確認")
    assert info.contact_id == cid and info.status is requests.RequestStatus.OPEN
    assert info.received_on == friday
    # 10 business days: Tuesday to Friday, the next week, and the Monday after (the holiday skipped)
    assert info.due_on == add_business_days(office_date(clock.now), 10) == friday + timedelta(days=17)
    assert store_audit.entries(action_prefix="request.")[-1].details["kind"] == "correction"
    with pytest.raises(ValidationError, match="Describe the outcome"):
        requests.update_request(office, info.request_id, status="done")
    fixed = requests.correct_data(office, info.request_id, name="木村 和子", furigana="キムラ カズコ（訂正）")
    assert crepo.contact_by_id(cid).furigana == "キムラ カズコ(訂正)"  # type: ignore[union-attr]
    assert fixed.status is requests.RequestStatus.IN_PROGRESS
    done = requests.update_request(office, info.request_id, status="done", outcome="フリガナを訂正")
    assert done.status is requests.RequestStatus.DONE and done.closed_at
    assert [r.request_id for r in requests.list_requests(office)] == [info.request_id]
    assert requests.list_requests(office, open_only=True) == []
    clock.advance(days=30)
    assert not requests.list_requests(office)[0].overdue  # closed requests are never overdue
    with pytest.raises(ValidationError):
        requests.create_request(office, kind="wish", requester="x")
    with pytest.raises(ValidationError, match="who made the request"):
        requests.create_request(office, kind="deletion", requester="  ")
    with pytest.raises(ValidationError, match="future"):
        requests.create_request(office, kind="deletion", requester="x",
                                received_on=office_date(clock.now) + timedelta(days=1))


def test_disclosure_file_holds_everything_about_the_person(office, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    cid = person(office)
    unsubscribe.record_request(office, address="kazuko@example.jp", channel="letter")
    contacts.record_export_inclusion(office, [cid], "send-2026-11")
    contacts.correct(office, cid, name="木村 和子", furigana="キムラ カズコ", memo="折り返しは夕方希望")
    info = requests.create_request(office, kind="disclosure", requester="本人", address="kazuko@example.jp")
    target = tmp_path / "disclosure.txt"
    result = requests.disclose(office, info.request_id, target)
    text = target.read_text(encoding="utf-8")
    for expected in ("kazuko@example.jp", "木村 和子", "キムラ カズコ", "電話口での文言（", "平日午前に連絡可", "REC-9",
                     "メールアドレスをお伺いしてもよろしいでしょうか", "send-2026-11", "書面 / Letter",
                     "配信停止 / Unsubscribe", "取得 / Capture", "電話 / Phone", "テスト事務所", "折り返しは夕方希望"):
        assert expected in text, expected
    for code in ("kind=", "channel=", "status=", ": subscribed", "email_reply", "capture"):  # words, never codes
        assert code not in text, code
    assert "@seed" not in text  # the script by its title and version date, not its id
    assert result.events == 2 and (target.stat().st_mode & 0o777) == 0o600
    entry = store_audit.entries(action_prefix="request.disclose")[-1]
    assert entry.details["sha256"] == result.sha256 and "kazuko" not in str(entry.details)
    assert not list(tmp_path.glob(".*.tmp"))
    # a person we hold nothing about gets a file saying so
    other = requests.create_request(office, kind="disclosure", requester="x", address="unknown@example.jp")
    requests.disclose(office, other.request_id, tmp_path / "none.txt")
    assert "No data held" in (tmp_path / "none.txt").read_text(encoding="utf-8")
    with pytest.raises(requests.DisclosureFailed):
        requests.disclose(office, info.request_id, tmp_path / "missing-folder" / "x.txt")
    clock.advance(minutes=6)
    with pytest.raises(ReauthRequired):
        requests.disclose(office, info.request_id, target)


def test_deletion_erases_but_keeps_the_keyed_hash(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = person(office)
    info = requests.create_request(office, kind="deletion", requester="本人", address="kazuko@example.jp")
    with pytest.raises(ValidationError, match="does not fit"):
        requests.disclose(office, info.request_id, tmp_path / "x.txt")
    done = requests.delete_data(office, info.request_id)
    assert done.status is requests.RequestStatus.DONE and done.address is None
    contact = crepo.contact_by_id(cid)
    assert contact is not None and contact.deleted and contact.status == "deleted"
    assert (contact.address, contact.key, contact.name, contact.furigana) == (None, None, None, None)
    events = crepo.events_for_contact(cid)
    assert [e.kind for e in events] == ["capture", "deletion"]
    assert all(e.memo is None and e.recording_ref is None for e in events)
    sup = crepo.suppression_by_hash(contact.key_hash)
    assert sup is not None and sup.reason == "deleted"
    assert store_audit.entries(action_prefix="request.delete_data")[-1].details["held"] is True
    # nothing left to find by name or address
    assert contacts.open_list(office, contacts.ContactQuery(text="kazuko"))[0] == 0
    assert contacts.open_list(office, contacts.ContactQuery(text="木村"))[0] == 0
    # the phone screen says it was erased; a new explicit agreement creates a new contact
    known = consent.lookup(office, "kazuko@example.jp")
    assert known is not None and known.erased and known.needs_explicit_agreement
    # an import cannot silently re-add it
    path = tmp_path / "lp.csv"
    path.write_text("email,配信希望\nkazuko@example.jp,1\n", encoding="utf-8")
    preview = lp_import.preview_file(office, path, source="municipal_lp")
    assert preview.counts[lp_import.RowOutcome.SUPPRESSED] == 1
    # an unsubscribe of the erased address does not store it again
    r = unsubscribe.record_request(office, address="kazuko@example.jp", channel="email_reply")
    assert r.erased_before and r.contact_id is None
    with pytest.raises(ValidationError, match="closed"):
        requests.delete_data(office, info.request_id)


def test_deletion_of_an_address_not_held_still_suppresses_it(office) -> None:  # type: ignore[no-untyped-def]
    info = requests.create_request(office, kind="deletion", requester="本人", address="never@example.jp")
    assert info.contact_id is None
    requests.delete_data(office, info.request_id)
    assert consent.lookup(office, "never@example.jp").erased  # type: ignore[union-attr]


def _unsubscribe_texts() -> list[str]:
    """Every address and memo held in unsubscribe requests, NFKC + case folded."""
    import unicodedata

    rows = crepo.recent_unsubscribes(1000)
    return [unicodedata.normalize("NFKC", t).casefold() for r in rows for t in (r.address, r.memo) if t]


def test_deletion_leaves_no_trace_in_unsubscribe_requests(office) -> None:  # type: ignore[no-untyped-def]
    person(office)
    # processed at once: linked to the contact
    done = unsubscribe.record_request(office, address="kazuko@example.jp", channel="email_reply",
                                      memo="本人より kazuko@example.jp の停止希望")
    # queued (a letter to be checked first): stored as received, WITHOUT a contact id
    q1 = unsubscribe.record_request(office, address="ＫＡＺＵＫＯ＠ｅｘａｍｐｌｅ．ｊｐ", channel="letter",
                                    process_now=False)
    q2 = unsubscribe.record_request(office, address="手紙: Kazuko@Example.jp 宛の案内を止めてほしい", channel="web_form",
                                    process_now=False, memo="封筒にも kazuko@example.jp")
    other = unsubscribe.record_request(office, address="hanako@example.jp", channel="letter", process_now=False,
                                       memo="kazuko の紹介")
    assert done.contact_id is not None and q1.contact_id is None and q2.contact_id is None
    assert sum("kazuko@example.jp" in t for t in _unsubscribe_texts()) == 5  # 3 addresses, 2 memos
    info = requests.create_request(office, kind="deletion", requester="本人", address="kazuko@example.jp")
    requests.delete_data(office, info.request_id)
    texts = _unsubscribe_texts()
    assert not any("kazuko@example.jp" in t for t in texts), texts
    # the queued requests are carried out by the suppressed keyed hash; another person's stays
    assert [r.request_id for r in unsubscribe.open_requests(office)] == [other.request_id]
    for r in (q1, q2):
        row = crepo.unsubscribe_by_id(r.request_id)
        assert row is not None and row.done_at is not None and row.address is None
    kept = crepo.unsubscribe_by_id(other.request_id)
    assert kept is not None and (kept.address, kept.memo) == ("hanako@example.jp", "kazuko の紹介")
    assert store_audit.entries(action_prefix="request.delete_data")[-1].details["unsubscribes_closed"] == 2
    with pytest.raises(ValidationError, match="already been processed"):
        unsubscribe.complete_request(office, q1.request_id)


def test_deletion_of_an_address_not_held_blanks_queued_unsubscribes(office) -> None:  # type: ignore[no-untyped-def]
    queued = unsubscribe.record_request(office, address="never@example.jp", channel="letter", process_now=False)
    near = unsubscribe.record_request(office, address="never@example.jp.net", channel="letter", process_now=False)
    other = requests.create_request(office, kind="disclosure", requester="x", address="NEVER@example.jp")
    info = requests.create_request(office, kind="deletion", requester="本人", address="never@example.jp")
    assert info.contact_id is None and other.contact_id is None
    requests.delete_data(office, info.request_id)
    row = crepo.unsubscribe_by_id(queued.request_id)
    assert row is not None and row.address is None and row.done_at is not None
    assert crepo.unsubscribe_by_id(near.request_id).address == "never@example.jp.net"  # type: ignore[union-attr]
    assert crepo.rights_request_by_id(other.request_id).address is None  # type: ignore[union-attr]
    assert consent.lookup(office, "never@example.jp").erased  # type: ignore[union-attr]


def test_stop_use_suppresses_at_once(office) -> None:  # type: ignore[no-untyped-def]
    cid = person(office)
    info = requests.create_request(office, kind="stop_use", requester="本人", address="kazuko@example.jp")
    after = requests.stop_use(office, info.request_id)
    assert after.contact_status == ContactStatus.UNSUBSCRIBED.value
    assert not crepo.contact_by_id(cid).eligible  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="does not fit"):
        requests.delete_data(office, info.request_id)


def test_rights_requests_are_for_administrators_only(office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "adv", "advisor")
    add_user(office, "mgr", "manager")
    office.logout()
    for name in ("adv", "mgr"):
        session = login(data_dir, name, "blue whale orbit 42", clock)
        try:
            with pytest.raises(PermissionDenied):
                requests.create_request(session, kind="disclosure", requester="x")
            with pytest.raises(PermissionDenied):
                requests.list_requests(session)
            assert store_audit.entries(action_prefix="permission.denied")[-1].details == {
                "action": "rights_requests"}
        finally:
            session.logout()

"""Correcting a contact's name, furigana and memo (issue 17): an audited correction, the history untouched."""

from __future__ import annotations

import pytest

from desktop.domain.consent import Outcome
from desktop.domain.errors import ValidationError
from desktop.services import consent, contacts, scripts
from desktop.services.errors import PermissionDenied
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from tests.conftest import ADMIN_PASSWORD, add_user, login


def one(session, address: str = "taro@example.jp", name: str | None = "山田 太郎",  # type: ignore[no-untyped-def]
        furigana: str | None = "ヤマダ タロウ") -> int:
    script = consent.ScriptShown.of(scripts.current(session, "phone"))
    return consent.capture_phone(session, address=address, outcome=Outcome.AGREED, script=script,
                                 script_read_confirmed=True, name=name, furigana=furigana, memo="通話メモ").contact_id


def search(session, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.contact_id for r in contacts.open_list(session, contacts.ContactQuery(text=text))[1].rows]


def test_correction_changes_name_furigana_memo_search_and_audits_fields_only(office) -> None:  # type: ignore[no-untyped-def]
    cid = one(office)
    events_before = crepo.events_for_contact(cid)
    form = contacts.edit_form(office, cid)
    assert (form.name, form.furigana, form.memo, form.address) == ("山田 太郎", "ヤマダ タロウ", None, "taro@example.jp")
    before = len(store_audit.entries(action_prefix="contact.correct"))
    changed = contacts.correct(office, cid, name="  山田 花子 ", furigana="ﾔﾏﾀﾞ ﾊﾅｺ", memo="平日の午後に連絡")
    assert changed == ("name", "furigana", "memo")
    form = contacts.edit_form(office, cid)
    # furigana normalised like the phone desk (NFKC: half-width katakana to full width), text trimmed
    assert (form.name, form.furigana, form.memo) == ("山田 花子", "ヤマダ ハナコ", "平日の午後に連絡")
    entries = store_audit.entries(action_prefix="contact.correct")
    assert len(entries) == before + 1
    entry = entries[-1]
    assert entry.target == str(cid) and entry.details["fields"] == ["name", "furigana", "memo"]
    assert "花子" not in str(entry.details) and "ハナコ" not in str(entry.details) and "午後" not in str(entry.details)
    # the consent history is untouched; the address stays
    assert crepo.events_for_contact(cid) == events_before
    assert crepo.contact_by_id(cid).address == "taro@example.jp"  # type: ignore[union-attr]
    # the search text and its index follow: the new name and furigana find it, the old ones do not
    assert search(office, "花子") == [cid] and search(office, "はなこ") == [cid]
    assert search(office, "太郎") == [] and search(office, "たろう") == []


def test_only_changed_fields_are_named_and_no_change_writes_nothing(office) -> None:  # type: ignore[no-untyped-def]
    cid = one(office)
    contacts.correct(office, cid, name="山田 太郎", furigana="ヤマダ タロウ", memo="メモ")
    before = len(store_audit.entries(action_prefix="contact.correct"))
    assert contacts.correct(office, cid, name="山田 太郎", furigana="ヤマダ タロウ", memo="メモ") == ()
    assert len(store_audit.entries(action_prefix="contact.correct")) == before
    assert contacts.correct(office, cid, name="山田 太郎", furigana="", memo="メモ") == ("furigana",)
    assert store_audit.entries(action_prefix="contact.correct")[-1].details["fields"] == ["furigana"]
    assert contacts.edit_form(office, cid).furigana is None
    assert contacts.correct(office, cid, name="山田 太郎", furigana=None, memo="") == ("memo",)
    assert contacts.edit_form(office, cid).memo is None


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "   "}, "Enter the name"),
    ({"name": ""}, "Enter the name"),
    ({"furigana": " \u3000 "}, "furigana contains only spaces"),
    ({"memo": "\n  \n"}, "memo contains only spaces"),
    ({"name": "名" * 101}, "name is too long"),
    ({"furigana": "カ" * 101}, "furigana is too long"),
    ({"memo": "x" * 2001}, "memo is too long"),
])
def test_bad_input_is_refused_and_nothing_changes(office, fields, message) -> None:  # type: ignore[no-untyped-def]
    cid = one(office)
    before = len(store_audit.entries(action_prefix="contact.correct"))
    values = {"name": "山田 花子", "furigana": "ヤマダ ハナコ", "memo": "メモ"} | fields
    with pytest.raises(ValidationError) as err:
        contacts.correct(office, cid, **values)
    assert message in err.value.message
    form = contacts.edit_form(office, cid)
    assert (form.name, form.furigana, form.memo) == ("山田 太郎", "ヤマダ タロウ", None)
    assert len(store_audit.entries(action_prefix="contact.correct")) == before


def test_advisors_and_managers_may_not_correct(office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    cid = one(office)
    add_user(office, "sato", "advisor")
    add_user(office, "kato", "manager")
    office.logout()
    for username in ("sato", "kato"):
        other = login(data_dir, username, "blue whale orbit 42", clock)
        try:
            with pytest.raises(PermissionDenied):
                contacts.edit_form(other, cid)
            with pytest.raises(PermissionDenied):
                contacts.correct(other, cid, name="別人", furigana=None, memo=None)
            assert crepo.contact_by_id(cid).name == "山田 太郎"  # type: ignore[union-attr]
            assert store_audit.entries(action_prefix="contact.correct") == []
            assert store_audit.entries(action_prefix="permission.denied")[-1].target == str(cid)
        finally:
            other.logout()
    admin = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert contacts.edit_form(admin, cid).name == "山田 太郎"
    finally:
        admin.logout()


def test_erasing_the_contact_removes_its_memo(office) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import requests

    cid = one(office, address="kazuko@example.jp")
    keep = one(office, address="other@example.jp")
    contacts.correct(office, cid, name="木村 和子", furigana=None, memo="午前中は不在")
    contacts.correct(office, keep, name="別の人", furigana=None, memo="残るメモ")
    info = requests.create_request(office, kind="deletion", requester="本人", address="kazuko@example.jp")
    requests.delete_data(office, info.request_id)
    assert crepo.contact_memo(cid) is None and crepo.contact_memo(keep) == "残るメモ"
    with pytest.raises(ValidationError):
        contacts.edit_form(office, cid)

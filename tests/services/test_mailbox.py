"""One mailbox, several spellings (Gmail dots, +tags): a refusal or unsubscribe of one keeps every
other off the send list, the duplicate checks find the contact on file, the address is stored as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.consent import ContactStatus, Outcome
from desktop.services import consent, exports, lp_import, scripts, unsubscribe
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.store import migrations
from desktop.store.models import DB
from tests.conftest import ADMIN_PASSWORD, FakeClock, login, make_office
from tests.services.test_lp_import import write_csv

SAME_MAILBOX = "Same mailbox as an address that refused or unsubscribed"


def capture(session: Session, address: str, outcome: Outcome = Outcome.AGREED) -> consent.CaptureResult:
    return consent.capture_phone(session, address=address, outcome=outcome,
                                 script=consent.ScriptShown.of(scripts.current(session, "phone")),
                                 script_read_confirmed=True)


def listed(session: Session, tmp_path: Path) -> set[str]:
    out = tmp_path / "send.csv"
    exports.export(session, ExportRequest(ExportKind.SEND_LIST, fmt="csv", sync_reason="test"), out)
    return {line.split(",")[0] for line in out.read_bytes().decode("utf-8-sig").splitlines()[1:]}


def test_the_address_is_stored_exactly_as_typed(office: Session, tmp_path: Path) -> None:
    result = capture(office, "Taro.Yamada+News@GMAIL.com")
    contact = crepo.contact_by_id(result.contact_id)
    assert contact is not None and contact.address == "Taro.Yamada+News@gmail.com"
    assert listed(office, tmp_path) == {"Taro.Yamada+News@gmail.com"}


def test_refused_on_the_phone_then_another_spelling_is_the_same_contact(office: Session) -> None:
    refused = capture(office, "taro.refuse@gmail.com", Outcome.REFUSED)
    known = consent.lookup(office, "TaroRefuse@gmail.com")  # the phone desk's duplicate check
    assert known is not None and known.contact is not None
    assert known.contact.contact_id == refused.contact_id and known.contact.status is ContactStatus.REFUSED
    assert known.contact.address == "taro.refuse@gmail.com"  # the staff see the spelling on file
    again = capture(office, "TaroRefuse@googlemail.com", Outcome.REFUSED)
    assert again.contact_id == refused.contact_id and not again.created


def test_unsubscribe_of_one_spelling_stops_the_other(office: Session, tmp_path: Path) -> None:
    cid = capture(office, "hanako.sato@gmail.com").contact_id
    assert listed(office, tmp_path) == {"hanako.sato@gmail.com"}
    result = unsubscribe.record_request(office, address="HanakoSato+shop@gmail.com", channel="phone")
    assert result.contact_id == cid
    assert listed(office, tmp_path) == set()


def test_lp_import_of_another_spelling_after_a_refusal_is_suppressed(office: Session, tmp_path: Path) -> None:
    capture(office, "taro.refuse@gmail.com", Outcome.REFUSED)
    capture(office, "ken@outlook.jp")
    path = write_csv(tmp_path / "lp.csv", [["メールアドレス", "配信希望"], ["TaroRefuse@gmail.com", "1"],
                                           ["ken+news@outlook.jp", "1"], ["info+kids@office.example.jp", "1"]])
    preview = lp_import.preview_file(office, path, source="municipal_lp")
    outcomes = {r.address: r.outcome.value for r in preview.rows}
    assert outcomes == {"TaroRefuse@gmail.com": "suppressed", "ken+news@outlook.jp": "duplicate",
                        "info+kids@office.example.jp": "join"}
    lp_import.confirm(office, preview)
    assert listed(office, tmp_path) == {"ken@outlook.jp", "info+kids@office.example.jp"}
    assert crepo.contact_by_key("info+kids@office.example.jp") is not None


def test_office_domain_plus_is_a_different_mailbox(office: Session, tmp_path: Path) -> None:
    capture(office, "info@office.example.jp", Outcome.REFUSED)
    kids = capture(office, "info+kids@office.example.jp")
    assert kids.created and kids.eligible
    assert listed(office, tmp_path) == {"info+kids@office.example.jp"}


def _old_office_with_two_spellings(data_dir: Path, clock: FakeClock) -> tuple[int, int]:
    """An office written before migration 8: two contacts of one Gmail mailbox, one refused, each
    with the hash of its exact spelling (as the old code stored it)."""
    session, _ = make_office(data_dir, clock)
    ok = capture(session, "TaroRefuse@gmail.com").contact_id
    no = capture(session, "taro.refuse@example.jp", Outcome.REFUSED).contact_id
    # the old code kept spellings apart: give the refused contact the other Gmail spelling
    hk = consent.hmac_key(session)
    old_no = crepo.contact_by_id(no)
    assert old_no is not None
    DB.obj.execute_sql("UPDATE contact SET address = ?, key = ?, key_hash = ? WHERE id = ?",
                       ("taro.refuse@gmail.com", "taro.refuse@gmail.com",
                        crepo.legacy_key_hash(hk, "taro.refuse@gmail.com"), no))
    DB.obj.execute_sql("UPDATE suppression SET key_hash = ? WHERE key_hash = ?",
                       (crepo.legacy_key_hash(hk, "taro.refuse@gmail.com"), old_no.key_hash))
    # "tarorefuse@gmail.com" is its own mailbox key: its old hash is already the mailbox hash
    DB.obj.execute_sql('DROP INDEX "contact_mailbox"')
    DB.obj.execute_sql('DROP INDEX IF EXISTS "contact_folded"')  # migration 14's index of folded spellings
    DB.obj.execute_sql("ALTER TABLE contact DROP COLUMN mailbox")
    DB.obj.execute_sql(f"PRAGMA user_version = {migrations.MIGRATIONS.index(migrations.contacts.add_mailbox_keys)}")
    session.logout()
    return ok, no


@pytest.mark.sqlcipher_only(reason="the schema-8 migration of SQLCipher offices")
def test_migration_keeps_both_contacts_and_the_refusal_covers_both(data_dir: Path, clock: FakeClock,
                                                                   tmp_path: Path) -> None:
    ok, no = _old_office_with_two_spellings(data_dir, clock)
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert migrations.current_version(DB.obj) == migrations.schema_version()
        both = crepo.contacts_of_mailboxes(["tarorefuse@gmail.com"])["tarorefuse@gmail.com"]
        assert [c.id for c in both] == [ok, no]  # nothing merged, nothing lost
        assert {c.address for c in both} == {"TaroRefuse@gmail.com", "taro.refuse@gmail.com"}
        kept = crepo.contact_by_id(ok)
        assert kept is not None and kept.eligible  # its own history is untouched ...
        preview = exports.preview(session, ExportRequest(ExportKind.SEND_LIST))
        assert preview.rows == 0 and preview.excluded.get(SAME_MAILBOX) == 1  # ... yet it is not sent to
        assert listed(session, tmp_path) == set()
        # at login the pre-schema-8 hashes became mailbox hashes: the refusal's entry moved with them
        hk = consent.hmac_key(session)
        mailbox_hash = crepo.key_hash(hk, "taro.refuse@gmail.com")
        assert {crepo.contact_by_id(i).key_hash for i in (ok, no)} == {mailbox_hash}  # type: ignore[union-attr]
        entry = crepo.suppression_by_hash(mailbox_hash)
        assert entry is not None and entry.reason == "refused" and entry.contact_id == no
        assert [e.details["count"] for e in store_audit.entries(action_prefix="contacts.rehash")] == [1]
    finally:
        session.logout()


def test_a_queued_letter_for_another_spelling_stops_the_send_at_once(office: Session, tmp_path: Path) -> None:
    capture(office, "mai.k@gmail.com")
    # a queued letter naming another spelling keeps the mailbox off the list before anyone processes it
    unsubscribe.record_request(office, address="MaiK+club@googlemail.com", channel="letter",
                               process_now=False)
    assert listed(office, tmp_path) == set()
    preview = exports.preview(office, ExportRequest(ExportKind.SEND_LIST))
    assert preview.rows == 0 and sum(preview.excluded.values()) == 1


def test_an_erased_address_stays_suppressed_in_every_spelling(office: Session, tmp_path: Path) -> None:
    from desktop.services import requests

    req = requests.create_request(office, kind="deletion", requester="本人", address="Erase.Me@gmail.com")
    capture(office, "Erase.Me@gmail.com")
    requests.delete_data(office, req.request_id)
    known = consent.lookup(office, "eraseme+shop@googlemail.com")
    assert known is not None and known.contact is None and known.erased
    path = write_csv(tmp_path / "lp.csv", [["メールアドレス", "配信希望"], ["EraseMe@gmail.com", "1"]])
    preview = lp_import.preview_file(office, path, source="municipal_lp")
    assert [r.outcome.value for r in preview.rows] == ["suppressed"]


def test_an_address_erased_before_the_upgrade_is_still_found_by_its_old_hash(office: Session) -> None:
    key = "old.erased@gmail.com"
    crepo.put_suppression(crepo.legacy_key_hash(consent.hmac_key(office), key), "deleted", None, "2000-01-01")
    assert crepo.key_hash(consent.hmac_key(office), key) != crepo.legacy_key_hash(consent.hmac_key(office), key)
    known = consent.lookup(office, "Old.Erased@gmail.com")
    assert known is not None and known.erased
    assert crepo.key_hash(consent.hmac_key(office), "a.b@example.jp") == crepo.legacy_key_hash(
        consent.hmac_key(office), "a.b@example.jp")  # other domains: the hash is unchanged


def test_suppressed_keys_checks_the_mailbox_and_the_old_exact_hash(office: Session) -> None:
    hk = consent.hmac_key(office)
    crepo.put_suppression(crepo.legacy_key_hash(hk, "old.erased@gmail.com"), "deleted", None, "2000-01-01")
    capture(office, "new.refused@gmail.com", Outcome.REFUSED)
    found = crepo.suppressed_keys(hk, ["old.erased@gmail.com", "oldErased@gmail.com".lower(), "newrefused+x@gmail.com",
                                       "someone@example.jp"])
    assert found == {"old.erased@gmail.com": "deleted", "newrefused+x@gmail.com": "refused"}

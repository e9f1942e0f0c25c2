"""The send list read from the contact rows agrees with the full replay of every history (issue 15).

A varied office: agreed, refused, unsubscribed, bounced, complaint, an expiring consent (before and
after the day it expires), another spelling of a refused mailbox, deleted on request, an invalid
address, an unsubscribe request not yet processed, a municipal opt-in awaiting confirmation, a
correction, and contacts created by the bulk import path. The indexed query and its preview must
give exactly what the replay gives, with and without filters.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.consent import Channel, ConsentEvent, EventKind, Outcome, Reason
from desktop.services import (
    consent,
    exports,
    lp_import,
    requests,
    send_list,
    send_list_cache,
    send_list_replay,
)
from desktop.services import unsubscribe as unsubscribe_service
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.contacts_repo import inclusions
from tests.conftest import FakeClock
from tests.services.test_consent import capture
from tests.services.test_lp_import import municipal_rows, write_csv


def _event(session: Session, address: str, **fields: object) -> None:
    known = crepo.contact_by_key(address)
    assert known is not None
    with repo.atomic():
        consent.apply_event(session, known, ConsentEvent(occurred_at=session.now(), recorded_by=session.user.uid,
                                                         **fields))  # type: ignore[arg-type]


def _phone_agreement(office: Session, contact: crepo.ContactRow) -> None:
    with repo.atomic():
        consent.apply_event(office, contact, ConsentEvent(
            kind=EventKind.CAPTURE, channel=Channel.PHONE, outcome=Outcome.AGREED, occurred_at=office.now(),
            script_read_confirmed=True, recorded_by=office.user.uid, script_version_id="phone@test"))


def varied_office(office: Session, tmp_path: Path) -> None:
    capture(office, "agreed@example.jp", Outcome.AGREED)
    capture(office, "agreed2@example.jp", Outcome.AGREED, name="山田 花子")
    capture(office, "refused@example.jp", Outcome.REFUSED)
    capture(office, "again@example.jp", Outcome.AGREED)
    capture(office, "again@example.jp", Outcome.REFUSED)
    capture(office, "leaver@example.jp", Outcome.AGREED)
    unsubscribe_service.record_request(office, address="leaver@example.jp", channel="letter", process_now=True)
    capture(office, "waiting@example.jp", Outcome.AGREED)
    unsubscribe_service.record_request(office, address="waiting@example.jp", channel="letter", process_now=False)
    capture(office, "bounced@example.jp", Outcome.AGREED)
    _event(office, "bounced@example.jp", kind=EventKind.BOUNCE)
    capture(office, "spam@example.jp", Outcome.AGREED)
    _event(office, "spam@example.jp", kind=EventKind.COMPLAINT)
    # another spelling of a mailbox that refused stays off the list
    capture(office, "john.doe@gmail.com", Outcome.REFUSED)
    _phone_agreement(office, consent.new_contact(office, "johndoe+news@gmail.com", channel=Channel.PHONE.value))
    # a consent that expires tomorrow (valid through tomorrow, gone the day after)
    contact = consent.new_contact(office, "expiring@example.jp", channel=Channel.WEB_FORM.value)
    with repo.atomic():
        consent.apply_event(office, contact, ConsentEvent(
            kind=EventKind.CAPTURE, channel=Channel.WEB_FORM, outcome=Outcome.AGREED, occurred_at=office.now(),
            notice_given=True, recorded_by=office.user.uid, script_version_id="web_form@test",
            valid_until=consent.today(office) + timedelta(days=1)))
    _phone_agreement(office, consent.new_contact(office, "invalid@example.jp", channel=Channel.PHONE.value,
                                                 valid=False))
    # deleted on request
    capture(office, "gone@example.jp", Outcome.AGREED)
    info = requests.create_request(office, kind="deletion", requester="本人 (電話)", address="gone@example.jp")
    requests.delete_data(office, info.request_id)
    # a correction turning an agreement into a refusal
    first = capture(office, "fixed@example.jp", Outcome.AGREED)
    consent.correct_event(office, first.event_id, outcome=Outcome.REFUSED, reason="聞き間違い")
    # the bulk import path (municipal landing page): joined, refused, no opt-in
    path = write_csv(tmp_path / "lp.csv", municipal_rows())
    lp_import.confirm(office, lp_import.preview_file(office, path, source="municipal-lp"))


def _ours(office: Session, request: ExportRequest) -> tuple[list[str], dict[str, int], int]:
    table = send_list.send_list(office, request)
    listed = [str(r[0]) for r in table.sheets[0].rows]
    return listed, exports.preview(office, request).excluded, exports.preview(office, request).rows


def _replayed(office: Session, request: ExportRequest) -> tuple[list[str], dict[str, int]]:
    chosen, excluded = send_list_replay.replay(office, request)
    return [str(d.contact.address) for d in chosen], excluded


def _assert_agree(office: Session, request: ExportRequest) -> list[str]:
    listed, excluded, rows = _ours(office, request)
    want, want_excluded = _replayed(office, request)
    assert listed == want
    assert rows == len(want)
    assert excluded == want_excluded
    return listed


def test_query_and_replay_agree_on_a_varied_office(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    varied_office(office, tmp_path)
    listed = _assert_agree(office, ExportRequest(ExportKind.SEND_LIST))
    assert "agreed@example.jp" in listed and "expiring@example.jp" in listed and "hanako@example.jp" in listed
    for gone in ("refused@example.jp", "johndoe+news@gmail.com", "waiting@example.jp", "spam@example.jp",
                 "bounced@example.jp", "fixed@example.jp", "invalid@example.jp"):
        assert gone not in listed
    excluded = exports.preview(office, ExportRequest(ExportKind.SEND_LIST)).excluded
    for reason in (Reason.REFUSED, Reason.UNSUBSCRIBED, Reason.COMPLAINT, Reason.BOUNCED, Reason.SAME_MAILBOX,
                   Reason.UNSUBSCRIBE_PENDING, Reason.DELETED, Reason.INVALID, Reason.NO_OPT_IN):
        assert excluded.get(reason.label), reason
    # filters: the first channel, and the consent date range
    today = consent.today(office)
    for request in (ExportRequest(ExportKind.SEND_LIST, filters={"channel": "phone"}),
                    ExportRequest(ExportKind.SEND_LIST, filters={"channel": "municipal_lp"}),
                    ExportRequest(ExportKind.SEND_LIST, date_from=today, date_to=today),
                    ExportRequest(ExportKind.SEND_LIST, date_from=today - timedelta(days=10),
                                  date_to=today - timedelta(days=1))):
        _assert_agree(office, request)
    # two days later the dated consent has expired: the daily sweep decides it again
    clock.advance(days=2)
    listed = _assert_agree(office, ExportRequest(ExportKind.SEND_LIST))
    assert "expiring@example.jp" not in listed
    row = crepo.contact_by_key("expiring@example.jp")
    assert row is not None and not row.eligible and row.status == "no_consent"
    (entry,) = [e for e in store_audit.entries() if e.action == "contacts.eligibility_refresh"
                and e.details["changed"]]
    assert entry.details == {"filled": 0, "rechecked": 1, "changed": 1}
    assert "example" not in str(entry.details)


def test_the_sweep_runs_once_a_day_and_rows_without_the_cache_are_filled(office: Session, tmp_path: Path) -> None:
    varied_office(office, tmp_path)
    send_list_cache.ensure_current(office)
    assert send_list_cache.ensure_current(office) == {"filled": 0, "rechecked": 0, "changed": 0}
    # rows written without the cache (as a pre-migration office or a bulk import leaves them)
    from desktop.store.models import DB

    DB.execute_sql("UPDATE contact SET reason = NULL, consent_at = NULL")
    counts = send_list_cache.ensure_current(office)
    assert counts["filled"] == len(list(crepo.iter_contact_ids(page=10_000))[0])
    _assert_agree(office, ExportRequest(ExportKind.SEND_LIST))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_inclusions_name_the_exports_that_included_an_address(office: Session, tmp_path: Path, fmt: str) -> None:
    capture(office, "in@example.jp", Outcome.AGREED)
    capture(office, "out@example.jp", Outcome.REFUSED)
    first = exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt=fmt, sync_reason="テスト"), tmp_path / f"a.{fmt}")
    capture(office, "later@example.jp", Outcome.AGREED)
    second = exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt=fmt, sync_reason="テスト"), tmp_path / f"b.{fmt}")
    ids = {a: crepo.contact_by_key(a) for a in ("in@example.jp", "out@example.jp", "later@example.jp")}
    assert [e for e, _ in crepo.inclusions_for_contact(ids["in@example.jp"].id)] == [  # type: ignore[union-attr]
        f"export-{first.audit_seq}", f"export-{second.audit_seq}"]
    assert crepo.inclusions_for_contact(ids["out@example.jp"].id) == []  # type: ignore[union-attr]
    assert [e for e, _ in crepo.inclusions_for_contact(ids["later@example.jp"].id)] == [  # type: ignore[union-attr]
        f"export-{second.audit_seq}"]
    sets = inclusions.export_sets()
    assert [(s.count) for s in sets] == [1, 2]  # one row per export, however many contacts


def test_a_writer_that_flips_eligible_without_the_cache_leaves_the_row_to_be_decided_again(office: Session) -> None:

    capture(office, "one@example.jp", Outcome.AGREED)
    capture(office, "two@example.jp", Outcome.REFUSED)
    send_list_cache.ensure_current(office)
    # a bulk writer that knows status/eligible only (wrongly marks the refusal eligible)
    from desktop.store.contacts import Contact

    Contact.update(eligible=True, status="subscribed").where(Contact.key == "two@example.jp").execute()
    row = crepo.contact_by_key("two@example.jp")
    assert row is not None and row.eligible
    assert send_list_cache.ensure_current(office)["filled"] == 1
    row = crepo.contact_by_key("two@example.jp")
    assert row is not None and not row.eligible and row.status == "refused"
    _assert_agree(office, ExportRequest(ExportKind.SEND_LIST))


@pytest.mark.sqlcipher_only(reason="a migration of SQLCipher offices made before schema 14")
def test_old_per_contact_inclusions_become_one_row_per_export(office: Session) -> None:
    from desktop.store.models import DB

    ids = [capture(office, f"p{i}@example.jp", Outcome.AGREED).contact_id for i in range(5)]
    DB.execute_sql("CREATE TABLE export_inclusion (id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, "
                   "export_id VARCHAR(64) NOT NULL, included_at VARCHAR(40) NOT NULL)")
    for cid in ids[:3]:
        DB.execute_sql("INSERT INTO export_inclusion (contact_id, export_id, included_at) VALUES (?, ?, ?)",
                       (cid, "export-7", "2026-01-02T00:00:00.000000+00:00"))
    DB.execute_sql("INSERT INTO export_inclusion (contact_id, export_id, included_at) VALUES (?, ?, ?)",
                   (ids[4], "export-9", "2026-02-02T00:00:00.000000+00:00"))
    with repo.atomic():
        assert inclusions.convert_legacy_inclusions(DB.obj) == 2
    assert "export_inclusion" not in DB.get_tables()
    assert [e for e, _ in crepo.inclusions_for_contact(ids[0])] == ["export-7"]
    assert crepo.inclusions_for_contact(ids[3]) == []
    assert [e for e, _ in crepo.inclusions_for_contact(ids[4])] == ["export-9"]
    assert [(s.export_id, s.count) for s in inclusions.export_sets()] == [("export-7", 3), ("export-9", 1)]


def test_bitmaps_hold_exactly_their_ids() -> None:
    import random

    rng = random.Random(5)
    ids = sorted(rng.sample(range(1, 300_000), 20_000))
    bitmap = inclusions.IdBitmap.from_ids(ids)
    packed = bitmap.packed()
    assert inclusions.ids_of(bitmap.first or 0, packed) == ids
    assert bitmap.count == len(ids) and bitmap.last == ids[-1]
    present = set(ids)
    for probe in rng.sample(range(0, 310_000), 2000):
        assert inclusions.contains(bitmap.first or 0, packed, probe) == (probe in present)
    dense = inclusions.IdBitmap.from_ids(range(1, 100_001)).packed()
    assert len(dense) < 1_000  # a 100,000-row export takes well under 1 MB (here under 1 KB)

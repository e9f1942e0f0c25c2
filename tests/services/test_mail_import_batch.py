"""Confirming an import back writes each batch's stops together (issue 16): the result must be what the
one-event path (``consent.apply_event``, ``sync_status``) gives. On a varied office, after unsubscribes,
hard bounces and complaints from SendGrid files: every contact's status cache (status, eligible, reason,
consent time) equals the replay of its history, the suppression list holds each stopped address with
its reason, each unsubscribe or complaint has its processed request pointing at its event, and the
send list agrees with the full replay (``send_list_replay``)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktop.domain.consent import SUPPRESSING, ContactStatus, EventKind, Outcome, RouteChannel
from desktop.services import consent, mail_import
from desktop.services.consent.records import consent_time, contact_eligibility
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.mail_import import Effect
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store.audit import entries
from desktop.store.contacts import Contact
from tests.conftest import FakeClock
from tests.services.test_consent import capture
from tests.services.test_send_list_query import _assert_agree, varied_office


def _cache_matches_replay(office: Session, contact: crepo.ContactRow, stopped: bool = True) -> None:
    rows = crepo.events_for_contact(contact.id)
    decision = contact_eligibility(office, contact, rows)
    events = [consent.domain_event(r) for r in rows]
    assert (contact.status, contact.eligible) == (decision.status.value, decision.eligible), contact.id
    reason_at = Contact.select(Contact.reason, Contact.consent_at).where(Contact.id == contact.id).tuples().get()
    assert reason_at == (decision.reason.value, consent_time(decision, events)), contact.id
    reason = SUPPRESSING.get(decision.status)
    entry = crepo.suppression_by_hash(contact.key_hash) if contact.key_hash else None
    if stopped and reason is not None:
        assert entry is not None and entry.reason == reason, (contact.id, contact.address, contact.status)


def _all_contacts() -> list[crepo.ContactRow]:
    return list(crepo.contacts_by_ids(range(1, 10_000)).values())


def test_batched_confirm_matches_the_replay(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    varied_office(office, tmp_path)
    for i in range(6):
        capture(office, f"batch{i}@example.jp", Outcome.AGREED)
    clock.advance(hours=1)
    stamp = int((office.now() - timedelta(minutes=30)).timestamp())
    old = int((office.now() - timedelta(days=3)).timestamp())  # before batch5 agreed: the agreement stands
    unsub = tmp_path / "global_unsubscribes.csv"
    unsub.write_text(f"email,created\nagreed@example.jp,{stamp}\nbatch0@example.jp,{stamp}\nBATCH1@example.jp,\n"
                     f"refused@example.jp,{stamp}\nhanako@example.jp,{stamp}\nbatch5@example.jp,{old}\n"
                     f"nobody@example.jp,{stamp}\n", encoding="utf-8")
    plan = mail_import.preview(office, unsub)
    result = mail_import.confirm(office, plan)
    assert result.counts[Effect.UNSUBSCRIBE_NOW] == 4 and result.changed == 4
    assert result.counts[Effect.ALREADY_SUPPRESSED] == 1 and result.counts[Effect.AGREED_SINCE] == 1
    bounces = tmp_path / "bounces.csv"
    bounces.write_text(f"email,reason,status,created\nbatch2@example.jp,550 5.1.1 user unknown,5.1.1,{stamp}\n"
                       f"expiring@example.jp,550 5.1.1 user unknown,5.1.1,{stamp}\n"
                       f"batch3@example.jp,452 mailbox full,4.2.2,{stamp}\n", encoding="utf-8")
    assert mail_import.confirm(office, mail_import.preview(office, bounces)).counts[Effect.HARD_BOUNCE] == 2
    spam = tmp_path / "spam_reports.csv"
    spam.write_text(f"email,ip,created\nbatch4@example.jp,203.0.113.5,{stamp}\n"
                    f"agreed2@example.jp,203.0.113.5,{stamp}\n", encoding="utf-8")
    assert mail_import.confirm(office, mail_import.preview(office, spam)).counts[Effect.COMPLAINT] == 2

    statuses = {c.address: ContactStatus(c.status) for c in _all_contacts()}
    assert statuses["agreed@example.jp"] is ContactStatus.UNSUBSCRIBED
    assert statuses["batch2@example.jp"] is ContactStatus.BOUNCED
    assert statuses["batch3@example.jp"] is ContactStatus.SUBSCRIBED  # a soft bounce is only counted
    assert statuses["batch4@example.jp"] is ContactStatus.UNSUBSCRIBED  # a complaint, with its own reason
    assert statuses["batch5@example.jp"] is ContactStatus.SUBSCRIBED  # agreed after the service's date
    stopped = {"agreed@example.jp", "batch0@example.jp", "batch1@example.jp", "hanako@example.jp",
               "batch2@example.jp", "expiring@example.jp", "batch4@example.jp", "agreed2@example.jp"}
    for contact in _all_contacts():
        _cache_matches_replay(office, contact, stopped=contact.address in stopped)
    # the processed requests: one per unsubscribe or complaint, at the service's date, naming its event
    requests = [r for r in crepo.recent_unsubscribes(50) if r.channel == RouteChannel.MAIL_SERVICE.value]
    assert len(requests) == 6 and all(r.done_at for r in requests)
    for r in requests:
        event = crepo.event_by_id(r.event_id)  # type: ignore[arg-type]
        assert event is not None and event.contact_id == r.contact_id
        assert event.kind in (EventKind.UNSUBSCRIBE.value, EventKind.COMPLAINT.value)
        assert r.received_on == consent.local_date(consent.parse_iso(event.occurred_at)).isoformat()
    assert len([e for e in entries() if e.action == "suppressions.import"]) == 3  # one audit entry an import
    listed = _assert_agree(office, ExportRequest(ExportKind.SEND_LIST))
    assert "batch5@example.jp" in listed and "batch3@example.jp" in listed
    assert not {"agreed@example.jp", "batch0@example.jp", "batch1@example.jp", "batch2@example.jp",
                "batch4@example.jp", "agreed2@example.jp", "expiring@example.jp"} & set(listed)
    # again: nothing changes
    again = mail_import.confirm(office, mail_import.preview(office, unsub))
    assert again.changed == 0


def test_two_spellings_of_one_mailbox_stop_it_once(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    capture(office, "taro.yamada@gmail.com", Outcome.AGREED)
    clock.advance(hours=1)
    path = tmp_path / "list.txt"
    path.write_text("taroyamada@gmail.com\ntaro.yamada+news@gmail.com\n", encoding="utf-8")
    result = mail_import.confirm(office, mail_import.preview(office, path))
    assert result.changed == 1 and result.counts[Effect.ALREADY_SUPPRESSED] == 1
    contact = crepo.contact_by_key("taro.yamada@gmail.com")
    assert contact is not None and contact.status == ContactStatus.UNSUBSCRIBED.value
    assert [e.kind for e in crepo.events_for_contact(contact.id)].count(EventKind.UNSUBSCRIBE.value) == 1
    _cache_matches_replay(office, contact)

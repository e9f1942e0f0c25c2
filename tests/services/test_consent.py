"""Phone capture, corrections, lookup, scripts and retention (desktop.services.consent / scripts).

Seed lines quoted where a rule comes from (shared/seeds/003_5cb2449b1dcf02bb.txt):
A3 line 3 "電話でメールアドレスを聞く場合:同様に当社からの案内を送る旨を伝え、拒否の意思を示された場合はリスト登録しない。"
A4 line 46 "録音やメモなどを適切に取り、「同意を得た」または「拒否された」 の事実を社内でわかるように記録しておく。"
"""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, date, datetime

import pytest

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain.consent import ContactStatus, EventKind, Outcome, Reason
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.office_time import OFFICE_TZ, office_date
from desktop.domain.retention import add_months
from desktop.services import consent, contacts, scripts, unsubscribe
from desktop.services.errors import PermissionDenied
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from tests.conftest import CLOCK_START, SENTINEL_EMAIL, add_user, at, login


def shown(session, key: str = "phone", lang: str = "ja") -> consent.ScriptShown:  # type: ignore[no-untyped-def]
    return consent.ScriptShown.of(scripts.current(session, key, lang))


def capture(session, address: str, outcome: Outcome = Outcome.AGREED, read: bool = True, **kw):  # type: ignore[no-untyped-def]
    return consent.capture_phone(session, address=address, outcome=outcome, script=shown(session),
                                 script_read_confirmed=read, **kw)


def audits(prefix: str) -> list[store_audit.AuditRecord]:
    return store_audit.entries(action_prefix=prefix)


def test_agreed_capture_normalises_quietly_and_records_everything(office) -> None:  # type: ignore[no-untyped-def]
    # A4: channel, outcome, exact script text and version, who, when, evidence
    result = capture(office, "　ＴＡＲＯ．Ｙａｍａｄａ＠Ｅｘａｍｐｌｅ．ＪＰ ", name="山田 太郎", furigana="ﾔﾏﾀﾞ ﾀﾛｳ",
                     memo="折り返し不要", recording_ref="REC-42")
    assert result.created and result.eligible and result.status is ContactStatus.SUBSCRIBED
    contact = crepo.contact_by_id(result.contact_id)
    assert contact is not None
    assert contact.address == "TARO.Yamada@example.jp"  # local part keeps its case, domain lower-cased
    assert contact.key == "taro.yamada@example.jp"
    assert contact.furigana == "ヤマダ タロウ"  # half-width kana made full-width (NFKC)
    (event,) = crepo.events_for_contact(contact.id)
    assert (event.kind, event.channel, event.outcome) == ("capture", "phone", "agreed")
    assert event.script_read_confirmed is True and event.script_version_id == "phone@seed-1"
    assert event.staff_uid == office.user.uid and event.recorded_at.startswith(CLOCK_START.isoformat()[:16])
    assert (event.memo, event.recording_ref, event.lang) == ("折り返し不要", "REC-42", "ja")
    text = crepo.script_text_by_id(event.script_text_id)
    assert text is not None and "テスト事務所" in text.text and text.sha256 == event.script_hash
    (entry,) = audits("consent.")
    assert entry.action == "consent.capture" and entry.target == str(contact.id)
    assert entry.details["outcome"] == "agreed" and entry.details["script"] == "phone@seed-1"
    assert "example" not in json.dumps(entry.details) and "山田" not in json.dumps(entry.details)


def test_script_text_is_stored_once_and_referenced(office) -> None:  # type: ignore[no-untyped-def]
    a = capture(office, "a@example.jp")
    b = capture(office, "b@example.jp", Outcome.REFUSED, read=False)
    ea = crepo.events_for_contact(a.contact_id)[0]
    eb = crepo.events_for_contact(b.contact_id)[0]
    assert ea.script_text_id == eb.script_text_id


def test_agreement_needs_the_script_read_and_changes_nothing_otherwise(office) -> None:  # type: ignore[no-untyped-def]
    # A3: the advisor records that the script was read before "agreed"
    shown(office)  # the default scripts are written on first use
    before = store_audit.count()
    with pytest.raises(ValidationError) as err:
        capture(office, "noread@example.jp", read=False)
    assert "script was read" in err.value.message
    assert crepo.contact_by_key("noread@example.jp") is None
    assert store_audit.count() == before


@pytest.mark.parametrize("raw, expected", [
    ("", "Enter an e-mail address."),
    ("taro.example.jp", "The address has no @ sign."),
    ("taro@@example.jp", "The address has more than one @ sign."),
    ("taro..x@example.jp", "Two dots in a row"),
])
def test_bad_addresses_are_refused_with_a_clear_message(office, raw: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        capture(office, raw)
    assert expected in err.value.message
    assert contacts_total() == 0


def contacts_total() -> int:
    return sum(crepo.count_contacts_by_status().values())


def test_personal_data_never_in_exception_text(office) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        capture(office, SENTINEL_EMAIL + "\u3000x y@z", name="x" * 500)
    assert SENTINEL_EMAIL not in str(err.value) and SENTINEL_EMAIL not in repr(err.value)


def test_refusal_suppresses_and_leaves_the_list_at_once(office) -> None:  # type: ignore[no-untyped-def]
    # A3 seed line 45: 相手から「案内は不要」…その場でリスト登録しない(または登録済みの場合は削除する)
    joined = capture(office, "hanako@example.jp")
    assert joined.eligible
    refused = capture(office, "Hanako@Example.jp", Outcome.REFUSED, read=False)
    assert refused.contact_id == joined.contact_id  # same person whatever the case
    assert refused.left_list and not refused.eligible and refused.status is ContactStatus.REFUSED
    contact = crepo.contact_by_id(refused.contact_id)
    assert contact is not None and contact.status == "refused" and not contact.eligible
    sup = crepo.suppression_by_hash(contact.key_hash)
    assert sup is not None and sup.reason == "refused"


def test_refused_first_time_never_joins(office) -> None:  # type: ignore[no-untyped-def]
    refused = capture(office, "never@example.jp", Outcome.REFUSED, read=False)
    assert refused.created and not refused.eligible and not refused.left_list


def test_rejoin_after_refusal_needs_a_new_explicit_agreement(office) -> None:  # type: ignore[no-untyped-def]
    capture(office, "again@example.jp", Outcome.REFUSED, read=False)
    known = consent.lookup(office, "again@example.jp")
    assert known is not None and known.needs_explicit_agreement
    result = capture(office, "again@example.jp")
    assert result.rejoined and result.eligible and result.previous_status is ContactStatus.REFUSED
    kinds = [e.kind for e in crepo.events_for_contact(result.contact_id)]
    assert kinds == ["capture", "rejoin"]
    contact = crepo.contact_by_id(result.contact_id)
    assert contact is not None and crepo.suppression_by_hash(contact.key_hash) is None


def test_rejoin_after_unsubscribe(office) -> None:  # type: ignore[no-untyped-def]
    first = capture(office, "back@example.jp")
    unsubscribe.record_request(office, address="back@example.jp", channel="phone")
    view = contacts.detail(office, first.contact_id).view
    assert view.status is ContactStatus.UNSUBSCRIBED and view.reason is Reason.UNSUBSCRIBED
    result = capture(office, "back@example.jp")
    assert result.rejoined and result.eligible


def test_lookup_shows_status_and_history_and_is_audited(office) -> None:  # type: ignore[no-untyped-def]
    assert consent.lookup(office, "nobody@example.jp") is None
    assert consent.lookup(office, "not an address") is None
    r = capture(office, "known@example.jp", memo="メモ")
    known = consent.lookup(office, "ＫＮＯＷＮ＠example.jp")
    assert known is not None and known.contact is not None
    assert known.contact.contact_id == r.contact_id and known.contact.status is ContactStatus.SUBSCRIBED
    assert [h.kind for h in known.history] == ["capture"]
    assert not known.needs_explicit_agreement
    assert audits("contact.view")[-1].details == {"via": "phone"}


def test_correction_is_a_new_audited_event_and_the_original_stays(office) -> None:  # type: ignore[no-untyped-def]
    r = capture(office, "oops@example.jp")
    fixed = consent.correct_event(office, r.event_id, reason="拒否を同意と押し間違えた", outcome=Outcome.REFUSED)
    assert fixed.status is ContactStatus.REFUSED and fixed.left_list
    events = crepo.events_for_contact(r.contact_id)
    assert [e.kind for e in events] == ["capture", "correction"]
    assert events[0].outcome == "agreed"  # the original is untouched
    assert events[1].corrects_id == r.event_id and events[1].memo == "拒否を同意と押し間違えた"
    (entry,) = audits("consent.correct")
    assert entry.details["corrects"] == r.event_id and entry.details["change"] == "refused"
    with pytest.raises(ValidationError, match="already been corrected"):
        consent.correct_event(office, r.event_id, reason="again", void=True)
    # correcting the correction back; then a void of that one
    back = consent.correct_event(office, fixed.event_id, reason="やはり同意", outcome=Outcome.AGREED)
    assert back.eligible
    timeline = contacts.detail(office, r.contact_id).timeline
    superseded = {e.event_id: e.superseded_by for e in timeline if e.event_id}
    assert superseded[r.event_id] == fixed.event_id and superseded[fixed.event_id] == back.event_id


def test_void_correction_and_bad_corrections(office) -> None:  # type: ignore[no-untyped-def]
    r = capture(office, "wrong.caller@example.jp")
    with pytest.raises(ValidationError, match="Say why"):
        consent.correct_event(office, r.event_id, reason="  ", void=True)
    with pytest.raises(ValidationError, match="already has this outcome"):
        consent.correct_event(office, r.event_id, reason="x", outcome=Outcome.AGREED)
    voided = consent.correct_event(office, r.event_id, reason="別の方の番号に入力した", void=True)
    assert voided.status is ContactStatus.NO_CONSENT and not voided.eligible
    # a refusal corrected to agreed needs the script read
    ref = capture(office, "ref@example.jp", Outcome.REFUSED, read=False)
    with pytest.raises(ValidationError, match="script was read"):
        consent.correct_event(office, ref.event_id, reason="x", outcome=Outcome.AGREED)
    ok = consent.correct_event(office, ref.event_id, reason="x", outcome=Outcome.AGREED, script_read_confirmed=True)
    assert ok.eligible
    contact = crepo.contact_by_id(ok.contact_id)
    assert contact is not None and crepo.suppression_by_hash(contact.key_hash) is None


def test_today_entries_lists_this_users_entries_of_the_day(office, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = at(datetime(2026, 11, 24, 0, 30, tzinfo=UTC))  # 09:30 in Japan
    a = capture(office, "one@example.jp")
    clock.advance(minutes=5)
    capture(office, "two@example.jp", Outcome.REFUSED, read=False)
    consent.correct_event(office, a.event_id, reason="x", void=True)
    entries = consent.today_entries(office)
    assert [e.address for e in entries] == ["one@example.jp", "two@example.jp", "one@example.jp"]
    assert entries[-1].superseded and entries[0].kind == "correction"
    clock.advance(days=1)
    assert consent.today_entries(office) == []


def test_tricky_unicode_in_the_address_field_is_handled(office) -> None:  # type: ignore[no-untyped-def]
    """Instead of hypothesis: a generated list of awkward strings; each is saved as a valid
    normalised address or refused with a ValidationError, and nothing else happens."""
    pieces = ["", " ", "\u3000", "\u200b", "\ufeff", "\u0000", "\n", "\t", "＠", "@", "．", "。", "ー", "－", "ａ",
              "Ａ", "é", "ß", "İ", "ﬁ", "①", "㍻", "😀", "\u202e", "\ud7ff", "ｶﾞ", "漢字", "..", "-", "_", "+tag",
              "\"q\"", "(c)", "[1.2.3.4]", "xn--", "a" * 70, "b" * 260, "mailto:", "%", "\\", "'", ",", ";"]
    domains = ["example.jp", "ＥＸＡＭＰＬＥ．ＣＯＭ", "docomo.ne.jp", "gmial.com", "ex ample.jp", "例え.jp", "", "."]
    samples = [f"{p}x@{d}" for p in pieces for d in domains[:3]]
    samples += [f"user{p}@{d}" for p in pieces[::3] for d in domains]
    samples += [p * 3 for p in pieces] + ["".join(pieces)]
    script = shown(office)
    saved = 0
    for raw in samples:
        before = store_audit.count()
        try:
            r = consent.capture_phone(office, address=raw, outcome=Outcome.AGREED, script=script,
                                      script_read_confirmed=True)
        except ValidationError:
            assert store_audit.count() == before
            continue
        saved += 1
        contact = crepo.contact_by_id(r.contact_id)
        assert contact is not None and contact.address is not None
        assert contact.address.isascii() and "@" in contact.address
        assert not any(unicodedata.category(ch)[0] in "CZ" for ch in contact.address)
    assert saved > 20


def test_scripts_publish_versions_keep_old_records(office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    old = capture(office, "before@example.jp")
    add_user(office, "mgr", "manager")
    add_user(office, "adv", "advisor")
    office.logout()
    manager = login(data_dir, "mgr", "blue whale orbit 42", clock)
    try:
        view = scripts.current(manager, "phone", "ja")
        stale = consent.ScriptShown.of(view)
        new = scripts.publish(manager, "phone", version="2026-11", paragraphs={
            "ja": ["{office}の山田です。メールアドレスを伺ってもよろしいですか?", "今後{office}からご案内をお送りします。"],
            "en": ["This is {office}. May I have your e-mail address?", "{office} will send you information."]})
        assert new.version_id == "phone@2026-11" and "テスト事務所の山田です" in new.paragraphs[0]
        assert scripts.current(manager, "phone").version == "2026-11"
        with pytest.raises(ValidationError, match="already used"):
            scripts.publish(manager, "phone", version="2026-11", paragraphs={"ja": ["x"], "en": ["y"]})
        with pytest.raises(ValidationError, match="unknown placeholder"):
            scripts.publish(manager, "phone", version="v3", paragraphs={"ja": ["{name}様"], "en": ["y"]})
        with pytest.raises(ValidationError, match="missing the field"):
            scripts.publish(manager, "phone", version="v3", paragraphs={"ja": ["x"], "en": []})
        r = consent.capture_phone(manager, address="after@example.jp", outcome="agreed", script=shown(manager),
                                  script_read_confirmed=True)
        (e_new,) = crepo.events_for_contact(r.contact_id)
        (e_old,) = crepo.events_for_contact(old.contact_id)
        assert e_new.script_version_id == "phone@2026-11" and e_old.script_version_id == "phone@seed-1"
        old_text = crepo.script_text_by_id(e_old.script_text_id)
        assert old_text is not None and "メールアドレスをお伺いしてもよろしいでしょうか" in old_text.text
        # the screen still showing the old version: saving with it still works (its hash is valid)
        ok = consent.capture_phone(manager, address="stale@example.jp", outcome="agreed", script=stale,
                                   script_read_confirmed=True)
        assert crepo.events_for_contact(ok.contact_id)[0].script_version_id == "phone@seed-1"
        # but a text that no longer matches (office renamed meanwhile) is refused
        with repo.atomic():
            repo.set_setting("office_name", "新事務所")
        with pytest.raises(ValidationError, match="changed while the screen was open"):
            consent.capture_phone(manager, address="x@example.jp", outcome="agreed", script=stale,
                                  script_read_confirmed=True)
        assert audits("script.publish")[-1].details["version"] == "2026-11"
    finally:
        manager.logout()
    advisor = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            scripts.publish(advisor, "phone", version="v9", paragraphs={"ja": ["x"], "en": ["y"]})
        assert scripts.review_warnings(advisor) == []
        assert audits("permission.denied")[-1].details == {"action": "scripts_publish"}
    finally:
        advisor.logout()


def test_review_warning_after_a_year_and_mark_reviewed(office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    # A9 seed line 66: 年1回以上の頻度でマニュアル内容を見直し、更新する
    add_user(office, "mgr", "manager")
    office.logout()
    manager = login(data_dir, "mgr", "blue whale orbit 42", clock)
    try:
        assert scripts.review_warnings(manager) == []
        clock.advance(days=366)
        warnings = scripts.review_warnings(manager)
        assert {w.key for w in warnings} >= {"phone", "municipal_lp", "other_lp", "in_person"}
        assert scripts.current(manager, "phone").review_overdue
        scripts.mark_reviewed(manager, "phone")
        assert "phone" not in {w.key for w in scripts.review_warnings(manager)}
        assert audits("script.review")[-1].target == "phone"
    finally:
        manager.logout()


@pytest.mark.parametrize("stop, flags, expected", [
    (date(2026, 1, 31), {}, date(2026, 2, 28)),
    (date(2026, 3, 15), {}, date(2026, 4, 15)),
    (date(2026, 3, 15), {"measure_order": True}, date(2027, 3, 15)),
    (date(2026, 3, 15), {"mail_order_ads": True}, date(2029, 3, 15)),
])
def test_retention_one_month_after_sending_stops(stop: date, flags: dict[str, bool], expected: date) -> None:
    from desktop.domain.consent import eligibility

    decision = eligibility([], deleted=False, address_valid=True, today=stop)
    moment = datetime(stop.year, stop.month, stop.day, 12, tzinfo=OFFICE_TZ)
    until, basis = consent.retention_until(decision, moment, None, **flags)
    assert until == expected and basis


def test_retention_shown_per_contact_and_extended_by_a_later_export(office, clock) -> None:  # type: ignore[no-untyped-def]
    r = capture(office, "keep@example.jp")
    assert contacts.detail(office, r.contact_id).view.retain_until is None  # still sent to
    clock.advance(days=3)
    unsubscribe.record_request(office, address="keep@example.jp", channel="email_reply")
    stopped = office_date(clock.now)
    assert contacts.detail(office, r.contact_id).view.retain_until == add_months(stopped, 1)  # a month after the unsubscribe
    clock.advance(days=10)
    contacts.record_export_inclusion(office, [r.contact_id, 99999], "exp-1")
    detail = contacts.detail(office, r.contact_id)
    assert detail.view.retain_until == add_months(office_date(clock.now), 1)  # a month after the export
    assert [t.detail for t in detail.timeline if t.kind == "export"] == ["exp-1"]


def test_populate_demo_creates_realistic_fictitious_data(office) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "advisor", "advisor")
    mark_demo(office)
    counts = demo.populate_contacts(office)
    assert counts["phone"] >= 24 and counts["import"] >= 10 and counts["request"] == 1
    total = contacts_total()
    assert 38 <= total <= 50
    statuses = crepo.count_contacts_by_status()
    assert statuses["subscribed"] > 20 and statuses["refused"] >= 3 and statuses["unsubscribed"] >= 1
    assert statuses["no_consent"] >= 1
    rows = contacts.open_list(office, contacts.ContactQuery())[1].rows
    assert all(r.address is None or r.address.split("@")[1].startswith("example.") for r in rows)
    assert unsubscribe.overdue_count(office) == 1
    assert office.clock() == CLOCK_START  # the real clock is back
    assert [e.kind for e in crepo.events_for_contact(rows[0].contact_id)]
    assert EventKind.OPT_IN_CONFIRMED.value in {e.kind for r in rows for e in crepo.events_for_contact(r.contact_id)}


def test_demo_data_is_refused_in_a_real_office(office) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.errors import PermissionDenied

    for seeder in (demo.populate_contacts, demo.populate_posts, demo.populate_training):
        with pytest.raises(PermissionDenied):
            seeder(office)

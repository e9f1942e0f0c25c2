"""The contact list: substring search, filters, keyset pages, detail timeline, A7 logging."""

from __future__ import annotations

import pytest

from desktop.domain.consent import ContactStatus, Outcome
from desktop.domain.errors import ValidationError
from desktop.services import consent, contacts, scripts
from desktop.services.errors import NotFound, PermissionDenied
from desktop.store import audit as store_audit
from tests.conftest import add_user, login


def fill(session, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    script = consent.ScriptShown.of(scripts.current(session, "phone"))
    ids = []
    for i in range(n):
        r = consent.capture_phone(session, address=f"user{i:03d}@example.jp",
                                  outcome=Outcome.REFUSED if i % 5 == 0 else Outcome.AGREED, script=script,
                                  script_read_confirmed=True, name=f"利用者 {i:03d}",
                                  furigana="タナカ ハナコ" if i == 7 else None)
        ids.append(r.contact_id)
    return ids


def test_search_by_address_and_name_substring(office) -> None:  # type: ignore[no-untyped-def]
    fill(office, 12)
    total, page = contacts.open_list(office, contacts.ContactQuery(text="USER01"))
    assert total == 2 and {r.address for r in page.rows} == {"user010@example.jp", "user011@example.jp"}
    total, page = contacts.open_list(office, contacts.ContactQuery(text="利用者 00"))
    assert total == 10
    # furigana search is kana-blind and width-blind: hiragana / half-width find the katakana
    for query in ("たなか", "ﾀﾅｶ", "はなこ"):
        total, page = contacts.open_list(office, contacts.ContactQuery(text=query))
        assert [r.address for r in page.rows] == ["user007@example.jp"], query
    total, _ = contacts.open_list(office, contacts.ContactQuery(text="%"))  # no LIKE wildcards
    assert total == 0


def test_filters_by_status_and_channel(office) -> None:  # type: ignore[no-untyped-def]
    fill(office, 10)
    total, page = contacts.open_list(office, contacts.ContactQuery(status="refused"))
    assert total == 2 and all(r.status is ContactStatus.REFUSED for r in page.rows)
    assert contacts.open_list(office, contacts.ContactQuery(channel="phone"))[0] == 10
    assert contacts.open_list(office, contacts.ContactQuery(channel="municipal_lp"))[0] == 0
    counts = contacts.status_counts(office)
    assert counts[ContactStatus.SUBSCRIBED] == 8


@pytest.mark.parametrize("order", ["newest", "address"])
def test_keyset_pages_cover_everything_once(office, order: str) -> None:  # type: ignore[no-untyped-def]
    ids = fill(office, 23)
    query = contacts.ContactQuery(order=order)
    total, page = contacts.open_list(office, query, limit=5)
    seen = [r.contact_id for r in page.rows]
    pages = 1
    while page.cursor is not None:
        page = contacts.next_page(office, query, page.cursor, limit=5)
        seen += [r.contact_id for r in page.rows]
        pages += 1
    assert total == 23 and sorted(seen) == sorted(ids) and len(seen) == len(set(seen)) and pages == 5
    if order == "newest":
        assert seen == sorted(ids, reverse=True)
    else:
        addresses = [f"user{i:03d}@example.jp" for i in range(23)]
        assert seen == [ids[addresses.index(a)] for a in sorted(addresses)]


def test_every_list_read_is_logged_without_the_search_text(office) -> None:  # type: ignore[no-untyped-def]
    fill(office, 3)
    query = contacts.ContactQuery(text="user001", status="subscribed")
    total, page = contacts.open_list(office, query, limit=1)
    entry = store_audit.entries(action_prefix="contact.view_list")[-1]
    assert entry.details["count"] == total == 1 and entry.details["search"] is True
    assert entry.details["status"] == "subscribed" and "user001" not in str(entry.details)
    before = store_audit.count()
    contacts.next_page(office, contacts.ContactQuery(), (10**9,))
    assert store_audit.count() == before  # following pages of the same list are not logged again
    contacts.detail(office, page.rows[0].contact_id)
    assert store_audit.entries(action_prefix="contact.view")[-1].target == str(page.rows[0].contact_id)
    with pytest.raises(NotFound):
        contacts.detail(office, 424242)
    with pytest.raises(ValidationError, match="too long"):
        contacts.open_list(office, contacts.ContactQuery(text="x" * 201))


def test_detail_timeline_lists_captures_corrections_unsubscribes_exports(office) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import unsubscribe

    (cid,) = fill(office, 2)[1:]
    first = contacts.detail(office, cid).timeline[0]
    consent.correct_event(office, first.event_id, reason="x", outcome=Outcome.REFUSED)
    unsubscribe.record_request(office, address="user001@example.jp", channel="web_form")
    contacts.record_export_inclusion(office, [cid], "send-list-7")
    kinds = [t.kind for t in contacts.detail(office, cid).timeline]
    assert kinds[0] == "capture" and "correction" in kinds and "unsubscribe" in kinds
    assert "unsubscribe_request" in kinds and kinds[-1] == "export"


def test_export_inclusion_needs_the_export_role(office, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    ids = fill(office, 1)
    add_user(office, "adv", "advisor")
    office.logout()
    advisor = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        assert contacts.open_list(advisor, contacts.ContactQuery())[0] == 1  # advisors see contacts
        with pytest.raises(PermissionDenied):
            contacts.record_export_inclusion(advisor, ids, "x")
    finally:
        advisor.logout()


def test_ascii_fast_path_folds_like_the_domain_rule() -> None:
    from desktop.domain.text_normalise import normalise_word

    samples = ["Taro@Example.JP", "  a.b+c@x.jp ", "MIXED_case-99@EXAMPLE.COM", "", "~!#$%&'*+/=?^_`{|}",
               "user\x1fname", "tab\there", "ＦＵＬＬ＠ｗｉｄｔｈ", "カタカナ", "ﾊﾝｶｸ", "zero\u200bwidth"]
    for text in samples:
        assert consent.fold(text) == normalise_word(text), repr(text)

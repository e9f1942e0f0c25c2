"""出力 → 除外された連絡先: the contacts the send list leaves out, with the preview's reasons (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.consent import Channel, ConsentEvent, EventKind, Outcome, Reason
from desktop.domain.consent.vocabulary import D_EXPIRED, D_UNCONFIRMED
from desktop.services import consent, exports, left_out, send_list
from desktop.services.errors import PermissionDenied
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import repo
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login
from tests.services.test_send_list_query import varied_office


def _all(session: Session, reason: Reason | None = None, limit: int = 3) -> list[left_out.LeftOut]:
    """Every row of the list, read page by page (small pages: every cursor is crossed)."""
    page = left_out.open_list(session, reason, limit=limit)
    rows = list(page.rows)
    while page.cursor is not None:
        page = left_out.next_page(session, reason, page.cursor, limit=limit)
        assert len(page.rows) <= limit
        rows += page.rows
    return rows


def _awaiting(office: Session, address: str) -> None:
    """A municipal landing-page opt-in that no advisor has confirmed yet."""
    contact = consent.new_contact(office, address, channel=Channel.MUNICIPAL_LP.value)
    with repo.atomic():
        consent.apply_event(office, contact, ConsentEvent(
            kind=EventKind.CAPTURE, channel=Channel.MUNICIPAL_LP, outcome=Outcome.AGREED, occurred_at=office.now(),
            opt_in_checked=True, recorded_by=office.user.uid, script_version_id="municipal_lp@test"))


def test_every_contact_left_out_is_listed_once_with_the_previews_reason(office: Session, clock: FakeClock,
                                                                        tmp_path: Path) -> None:
    varied_office(office, tmp_path)
    _awaiting(office, "ticked@example.jp")
    clock.advance(days=2)  # the dated consent has expired
    rows = _all(office)
    ids = [r.contact_id for r in rows]
    assert len(ids) == len(set(ids))  # every contact once over all pages
    by_address = {r.address: r for r in rows}
    want = {"refused@example.jp": Reason.REFUSED, "again@example.jp": Reason.REFUSED,
            "fixed@example.jp": Reason.REFUSED, "leaver@example.jp": Reason.UNSUBSCRIBED,
            "spam@example.jp": Reason.COMPLAINT, "waiting@example.jp": Reason.UNSUBSCRIBE_PENDING,
            "johndoe+news@gmail.com": Reason.SAME_MAILBOX, "bounced@example.jp": Reason.BOUNCED,
            "expiring@example.jp": Reason.NO_OPT_IN, "ticked@example.jp": Reason.NO_OPT_IN,
            "invalid@example.jp": Reason.INVALID, "john.doe@gmail.com": Reason.REFUSED}
    for address, reason in want.items():
        assert by_address[address].reason is reason, address
    assert by_address["expiring@example.jp"].detail == D_EXPIRED
    assert by_address["ticked@example.jp"].detail == D_UNCONFIRMED
    # the date of the deciding event: the refusal, the unsubscribe
    assert by_address["refused@example.jp"].decided_at is not None
    assert by_address["leaver@example.jp"].decided_at is not None
    # the deleted contact has no address (the screen says 「（削除済み）」), and no name
    (deleted,) = [r for r in rows if r.reason is Reason.DELETED]
    assert deleted.address is None and deleted.name is None
    # nobody on the send list is listed, and the counts are the preview's, reason by reason
    preview = exports.preview(office, ExportRequest(ExportKind.SEND_LIST))
    listed = {str(r[0]) for r in send_list.send_list(office, ExportRequest(ExportKind.SEND_LIST)).sheets[0].rows}
    assert not listed & set(by_address)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.reason.label] = counts.get(r.reason.label, 0) + 1
    assert counts == preview.excluded
    # the order: the reasons in the list's order, newest first within one
    order = [left_out.REASONS.index(r.reason) for r in rows]
    assert order == sorted(order)


def test_the_reason_filter_lists_only_that_reason(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    varied_office(office, tmp_path)
    for reason in left_out.REASONS:
        rows = _all(office, reason, limit=2)
        assert rows and {r.reason for r in rows} == {reason}
        ids = [r.contact_id for r in rows]
        assert len(ids) == len(set(ids))
    refused = _all(office, Reason.REFUSED, limit=2)
    assert [r.contact_id for r in refused] == sorted((r.contact_id for r in refused), reverse=True)


def test_pages_are_keyset_pages_and_only_the_opening_is_audited(office: Session, tmp_path: Path) -> None:
    for i in range(7):
        _refuse(office, f"no{i}@example.jp")
    before = len(store_audit.entries(action_prefix=left_out.ACTION))
    first = left_out.open_list(office, Reason.REFUSED, limit=3)
    assert len(first.rows) == 3 and first.cursor is not None
    second = left_out.next_page(office, Reason.REFUSED, first.cursor, limit=3)
    third = left_out.next_page(office, Reason.REFUSED, second.cursor, limit=3)  # type: ignore[arg-type]
    assert len(second.rows) == 3 and len(third.rows) == 1 and third.cursor is None
    ids = [r.contact_id for p in (first, second, third) for r in p.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 7
    entries = store_audit.entries(action_prefix=left_out.ACTION)
    assert len(entries) == before + 1  # one entry for the opening, none for the further pages
    entry = entries[-1]
    assert entry.actor == office.user.uid and entry.details["reason"] == "refused"
    assert entry.details["shown"] == 3 and entry.details["more"] is True
    assert "example" not in str(entry.details) and "example" not in (entry.target or "")
    left_out.open_list(office)  # a filter change opens the list again: audited again
    assert len(store_audit.entries(action_prefix=left_out.ACTION)) == before + 2
    assert store_audit.entries(action_prefix=left_out.ACTION)[-1].details["reason"] == ""


def _refuse(office: Session, address: str) -> None:
    from tests.services.test_consent import capture

    capture(office, address, Outcome.REFUSED)


def test_an_advisor_may_not_see_who_is_left_out(office: Session, data_dir: Path, clock: FakeClock) -> None:
    _refuse(office, "no@example.jp")
    add_user(office, "advisor", "advisor")
    add_user(office, "manager", "manager")
    office.logout()
    advisor = login(data_dir, "advisor", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            left_out.open_list(advisor)
        with pytest.raises(PermissionDenied):
            left_out.next_page(advisor, None, (0, 10**9))
    finally:
        advisor.logout()
    manager = login(data_dir, "manager", "blue whale orbit 42", clock)
    try:
        assert [r.address for r in left_out.open_list(manager).rows] == ["no@example.jp"]
    finally:
        manager.logout()
    admin = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        denied = [e for e in store_audit.entries() if e.result == "denied"]
        assert denied  # the refusal is audited
    finally:
        admin.logout()


def test_an_office_with_nobody_left_out_has_an_empty_list(office: Session) -> None:
    from tests.services.test_consent import capture

    capture(office, "yes@example.jp", Outcome.AGREED)
    page = left_out.open_list(office)
    assert page.rows == () and page.cursor is None


def test_the_audit_entry_has_its_own_words() -> None:
    from desktop.domain import audit_actions

    assert left_out.ACTION in audit_actions.ACTION_LABELS
    assert audit_actions.action_label(left_out.ACTION) == "Contacts left out of the send list viewed"


def test_the_lists_groups_follow_the_eligibility_rule() -> None:
    """The list's groups restate which status means which reason in their own order: they must agree with the
    domain's one mapping, and every status that leaves a contact out must have its group."""
    from desktop.domain.consent import REASON_OF_STATUS, ContactStatus

    by_status = {g.status: g for g in left_out.GROUPS if g.status is not None}
    for status, reason in REASON_OF_STATUS.items():
        if reason == Reason.ELIGIBLE.value:
            assert status not in by_status
        else:
            assert by_status[status].reason.value == reason, status
    unsubscribed = [g.reason for g in left_out.GROUPS if g.status == ContactStatus.UNSUBSCRIBED.value]
    assert sorted(r.value for r in unsubscribed) == sorted([Reason.UNSUBSCRIBED.value, Reason.COMPLAINT.value])

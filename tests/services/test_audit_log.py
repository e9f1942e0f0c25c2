"""監査ログ screen's service: administrators only, opening audited once, filters, keyset pages."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain import audit_actions
from desktop.domain.office_time import office_date
from desktop.services import audit_log
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from desktop.store import repo
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login


def _fill(session: session_service.Session, n: int, action: str = "contact.view") -> None:
    with repo.atomic():
        for i in range(n):
            session.audit(action, target=str(i))


def test_only_administrators_and_the_opening_is_audited(office: session_service.Session, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "manager", "manager")
    before = len(entries())
    audit_log.open_view(office)
    assert [e.action for e in entries()[before:]] == ["audit.view"]
    page = audit_log.fetch(office, audit_log.prepare(office, audit_log.Query()))
    assert len(entries()) == before + 1  # reading pages is not audited again
    assert page.entries[0].action == "audit.view" and page.entries[0].actor_name == "管理者 太郎"
    office.logout()
    manager = login(data_dir, "manager", "blue whale orbit 42", clock)
    try:
        for call in (audit_log.open_view, audit_log.people, audit_log.verify):
            with pytest.raises(PermissionDenied):
                call(manager)  # type: ignore[operator]
        assert entries()[-1].action == "permission.denied"
    finally:
        manager.logout()


def test_keyset_pages_cover_every_entry_once(office: session_service.Session) -> None:
    _fill(office, 450)
    prepared = audit_log.prepare(office, audit_log.Query())
    seen: list[int] = []
    after = None
    while True:
        page = audit_log.fetch(office, prepared, after, limit=100)
        seen += [e.seq for e in page.entries]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == sorted(seen, reverse=True) and seen == [e.seq for e in reversed(entries())]


def test_time_range_pages_are_exact_even_when_the_clock_went_back(office: session_service.Session,
                                                                   clock: FakeClock) -> None:
    """Pages of a day run along the time index by (time, number): every entry of the day once, none else."""
    today = office_date(clock.now)
    _fill(office, 150, "consent.capture")
    clock.advance(hours=-1)  # the PC's clock was set back: later numbers, earlier times
    _fill(office, 150, "contacts.rehash")
    clock.advance(days=1, hours=1)
    _fill(office, 30, "contact.view")  # tomorrow: outside the range
    prepared = audit_log.prepare(office, audit_log.Query(first_day=today, last_day=today))
    seen: list[tuple[str, int]] = []
    after = None
    while True:
        page = audit_log.fetch(office, prepared, after, limit=40)
        seen += [(e.at.isoformat(), e.seq) for e in page.entries]
        if page.next_after is None:
            break
        after = page.next_after
    expected = [(e.ts, e.seq) for e in entries() if office_date(datetime.fromisoformat(e.ts)) == today]
    assert len(seen) == len(set(seen)) == len(expected)
    assert [s for _t, s in seen] == [s for _t, s in sorted(expected, reverse=True)]


def test_filters_by_person_action_and_office_days(office: session_service.Session, clock: FakeClock) -> None:
    info = add_user(office, "advisor", "advisor")
    _fill(office, 3, "consent.capture")
    clock.advance(days=2)
    _fill(office, 2, "contacts.rehash")
    today = office_date(clock.now)
    by_action = audit_log.fetch(office, audit_log.prepare(office, audit_log.Query(action="consent.capture")))
    assert [e.action for e in by_action.entries] == ["consent.capture"] * 3
    assert by_action.entries[0].action_label == "Consent recorded"
    recent = audit_log.fetch(office, audit_log.prepare(office, audit_log.Query(first_day=today, last_day=today)))
    # (an administrator's session open for a day also signs a checkpoint at its next action)
    assert [e.action for e in recent.entries if e.action != "audit.checkpoint"] == ["contacts.rehash"] * 2
    older = audit_log.fetch(office, audit_log.prepare(
        office, audit_log.Query(first_day=today - timedelta(days=2), last_day=today - timedelta(days=1))))
    assert "contacts.rehash" not in {e.action for e in older.entries} and older.entries
    nobody = audit_log.prepare(office, audit_log.Query(first_day=today + timedelta(days=1)))
    assert audit_log.fetch(office, nobody).entries == []
    backwards = audit_log.prepare(office, audit_log.Query(first_day=today, last_day=today - timedelta(days=1)))
    assert backwards.empty and audit_log.fetch(office, backwards).entries == []
    person = audit_log.fetch(office, audit_log.prepare(office, audit_log.Query(actor=info.uid)))
    assert person.entries == []  # the new advisor did nothing yet
    mine = audit_log.fetch(office, audit_log.prepare(office, audit_log.Query(actor=office.user.uid)))
    assert {e.actor for e in mine.entries} == {office.user.uid}


def test_every_action_has_a_label_and_unknown_codes_never_show() -> None:
    assert audit_actions.action_label("contacts.rehash") == "Duplicate check keys renewed"
    assert audit_actions.action_label("export.something_new") == "Export"
    assert audit_actions.action_label("brand_new") == audit_actions.GENERIC_LABEL
    for code, label in audit_actions.filter_choices():
        assert "." not in label and code not in label


def test_verify_reports_an_intact_log_with_progress(office: session_service.Session) -> None:
    _fill(office, 20)
    calls: list[tuple[int, int]] = []
    status = audit_log.verify(office, lambda done, total: calls.append((done, total)))
    assert status.ok and status.findings == [] and status.count >= 20
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0
    assert entries()[-1].action == "audit.verify"


@pytest.mark.parametrize("probe", [3, 10_000])
def test_person_and_action_together_either_index(office: session_service.Session, data_dir, clock,  # type: ignore[no-untyped-def]
                                                 monkeypatch, probe: int) -> None:
    """A person and an action together: the same answer whichever index the bounded count picks."""
    from desktop.store import audit_query

    monkeypatch.setattr(audit_query, "PROBE", probe)
    add_user(office, "advisor", "advisor")
    _fill(office, 6, "consent.capture")
    office.logout()
    advisor = login(data_dir, "advisor", "blue whale orbit 42", clock)
    with repo.atomic():
        advisor.audit("consent.capture", target="mine")
    advisor.logout()
    admin = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        query = audit_log.Query(actor=admin.user.uid, action="consent.capture")
        found = audit_log.fetch(admin, audit_log.prepare(admin, query), limit=4)
        assert [e.target for e in found.entries] == ["5", "4", "3", "2"] and found.next_after is not None
        rest = audit_log.fetch(admin, audit_log.prepare(admin, query), found.next_after, limit=4)
        assert [e.target for e in rest.entries] == ["1", "0"] and rest.next_after is None
    finally:
        admin.logout()


def test_every_action_the_app_writes_has_its_own_words() -> None:
    """An action code written anywhere in the app is named on the audit-log screen by its own label, not by
    its group's or the generic one (a new action without words would show as 'Other operation')."""
    import re
    from pathlib import Path

    from desktop.services import server_setup, server_upgrade

    root = Path(__file__).resolve().parents[2] / "desktop"
    pattern = re.compile(r'(?:\.audit\(\s*|action\s*=\s*)"([a-z_]+\.[a-z_.\-]+)"')
    written = {m.group(1) for p in root.rglob("*.py") for m in pattern.finditer(p.read_text(encoding="utf-8"))}
    written |= {server_setup.MOVED_TO_SERVER, server_upgrade.UPGRADED}
    assert len(written) > 50  # the scan found the app's actions
    assert sorted(c for c in written if c not in audit_actions.ACTION_LABELS) == []

"""管理 → 設定: the sync-before-send age limit (issue 16) is set on the settings screen, by administrators
only, through ``mail_sync.set_max_days`` (one audit entry naming the setting)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import mail_sync
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.pages.settings import SettingsPage
from tests.conftest import FakeClock, add_user, login

pytestmark = pytest.mark.gui

KEY = "mail_sync_max_days"


def _changes() -> list[dict]:  # type: ignore[type-arg]
    return [e.details for e in entries() if e.action == "settings.change" and KEY in e.details.get("keys", [])]


def _page(qtbot, session: Session) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_admin_sets_the_sync_limit_once_and_it_is_audited(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    spin = page.sync_days
    assert spin.value() == 7 and (spin.minimum(), spin.maximum()) == (1, 90)
    for key, edit in page.fields.items():  # the mail-footer items are required: fill any left empty
        if not edit.text():
            edit.setText("東京都千代田区1-1" if "address" in key else "窓口")
    spin.setValue(30)
    page.save_button.click()
    assert page.status.text() == "Saved.", page.status.text()
    assert mail_sync.max_days(office) == 30 and mail_sync.status(office).max_days == 30
    assert [c["value"] for c in _changes()] == [30]
    page.save_button.click()  # nothing changed: no second entry
    assert [c["value"] for c in _changes()] == [30]
    spin.setValue(500)  # the field stops at 90
    assert spin.value() == 90
    page.refresh()
    assert page.sync_days.value() == 30


def test_the_limit_is_for_administrators_only(qtbot, office: Session, data_dir: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "manager", "manager", "blue whale orbit 42")
    office.logout()
    manager = login(data_dir, "manager", "blue whale orbit 42", clock)
    try:
        page = SettingsPage(manager)
        qtbot.addWidget(page)
        page.sync_days.setValue(3)
        page.save()
        assert page.status.text() and page.status.text() != "Saved."
        assert mail_sync.max_days(manager) == 7 and _changes() == []
    finally:
        manager.logout()

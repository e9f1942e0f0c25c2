"""管理 → 設定 → 取り込みの上限 (issue 17): the import limits on the settings screen, administrators only,
one audit entry per change; a manager's save is refused and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain import office_settings as rules
from desktop.services import import_settings
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.pages.settings import SettingsPage
from tests.conftest import FakeClock, add_user, login

pytestmark = pytest.mark.gui


def _limit_changes() -> list[dict]:  # type: ignore[type-arg]
    return [e.details for e in entries() if e.action == "settings.change" and "import_max_rows" in e.details.get("keys", [])]


def _page(qtbot, session: Session) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    for key, edit in page.fields.items():  # the mail-footer items are required: fill any left empty
        if not edit.text():
            edit.setText("東京都千代田区1-1" if "address" in key else "窓口")
    return page


def test_admin_changes_the_import_limits_on_the_settings_screen(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office)
    standard = rules.ImportLimits()
    for name, spin in page.limits.items():  # the standard limits, each field within the domain's range
        assert spin.value() == getattr(standard, name) and spin.accessibleName()
        assert (spin.minimum(), spin.maximum()) == rules.IMPORT_LIMIT_RANGES[name]
    assert page.findChild(type(page.limits["max_rows"]), "setting_import_max_rows").isVisibleTo(page)
    rows = page.limits["max_rows"]
    rows.selectAll()
    qtbot.keyClicks(rows, "5000")  # typed as an office worker would
    qtbot.keyClick(rows, Qt.Key.Key_Tab)
    assert rows.value() == 5000
    page.save_button.click()
    assert page.status.text() == "Saved.", page.status.text()
    assert import_settings.current(office).max_rows == 5000
    assert _limit_changes() == [{"keys": ["import_max_rows"], "old": {"max_rows": 1_000_000},
                                 "new": {"max_rows": 5000}}]
    page.save_button.click()  # nothing changed: no second entry
    assert len(_limit_changes()) == 1
    page.refresh()
    assert page.limits["max_rows"].value() == 5000
    page.limits_default.click()  # back to the standard limits, saved with Save
    assert page.limits["max_rows"].value() == standard.max_rows
    page.save_button.click()
    assert import_settings.current(office) == standard and len(_limit_changes()) == 2
    # the whole screen fits a 1366×768 laptop: the limits sit beside the office details, not below
    box = page.findChild(type(page.limits["max_rows"].parentWidget()), "importLimitsBox")
    assert box is not None and box.geometry().right() <= page.width()
    assert page.save_button.geometry().bottom() <= 768 - 120


def test_a_manager_cannot_change_the_limits(qtbot, office: Session, data_dir: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "manager", "manager", "blue whale orbit 42")
    office.logout()
    manager = login(data_dir, "manager", "blue whale orbit 42", clock)
    try:
        page = SettingsPage(manager)
        qtbot.addWidget(page)
        page.limits["max_rows"].setValue(3)
        page.save()
        assert page.status.text() == "Your role does not allow this action."
        assert import_settings.current(manager).max_rows == rules.ImportLimits().max_rows
        assert _limit_changes() == []
    finally:
        manager.logout()

"""管理 → バックアップ driven through its buttons."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import backup
from desktop.services.session import Session
from desktop.ui.pages.backup import BackupPage

pytestmark = pytest.mark.gui


def test_backup_now_drill_and_verify(qtbot, office: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup.set_location(office, tmp_path / "backups", 5)
    page = BackupPage(office)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.warning.isVisible()  # no backup yet
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert not page.warning.isVisible()
    page.drill_button.click()
    qtbot.waitUntil(lambda: "passed" in page.result.text(), timeout=10000)
    page.verify_button.click()
    assert "intact" in page.result.text()

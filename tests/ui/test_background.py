"""After login: the integrity check and the monthly backup run in workers; the window answers meanwhile
and the backup page shows the progress (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services import backup
from desktop.services.prefs import Prefs
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui import background
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.backup import BackupPage
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock, login
from tests.store.test_jobs import _closed_office, _flip_in_last_page

pytestmark = pytest.mark.gui


def _controller(data_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from desktop.app import AppController

    monkeypatch.setattr("desktop.app.install_translators", lambda app, lang, prev: [])
    return AppController(QApplication.instance(), data_dir=data_dir, language="en", prefs=Prefs(), kdf=TEST_KDF)


def test_the_monthly_backup_runs_in_a_worker_after_login(qtbot, office: Session, data_dir: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    assert backup.auto_backup_due(office)
    controller = _controller(data_dir, monkeypatch)
    work = background.for_session(office)
    phases: list[str] = []
    work.progress.connect(lambda phase, done, total: phases.append(phase))
    controller.open_main(office)  # returns at once: the check and the backup are still to come
    try:
        assert work.checking and not backup.list_backups(office)
        qtbot.waitUntil(lambda: bool(backup.list_backups(office)) and not work.backing_up, timeout=20000)
        assert "copy" in phases and "verify" in phases
        assert [e.action for e in entries()].count("backup.auto") == 1
        assert not controller.window.banner.isVisible() or "failed" not in controller.window.banner.text()  # type: ignore[union-attr]
    finally:
        controller.shutdown()
        controller.window.close()  # type: ignore[union-attr]


def test_a_failed_check_shows_one_banner_and_makes_no_backup(qtbot, office: Session, data_dir: Path,  # type: ignore[no-untyped-def]
                                                             clock: FakeClock, monkeypatch) -> None:
    files, key = _closed_office(office)
    _flip_in_last_page(files.db_path)
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    controller = _controller(data_dir, monkeypatch)
    controller.open_main(session)
    window = controller.window
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: "integrity check" in window.banner.text(), timeout=20000)
        assert window.banner.text().count("integrity check") == 1
        assert not background.for_session(session).backing_up
        assert not backup.list_backups(session)
    finally:
        controller.shutdown()
        window.close()


def test_backup_page_shows_progress_and_the_result(qtbot, office: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup.set_location(office, tmp_path / "backups", 5)
    page = BackupPage(office)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    seen: list[bool] = []
    background.for_session(office).progress.connect(lambda *_: seen.append(page.progress.isVisible()))
    page.backup_button.click()
    assert page.progress.isVisible() and not page.backup_button.isEnabled()
    page.backup_button.click()  # a second click while it runs starts nothing
    qtbot.waitUntil(lambda: "made and verified" in page.result.text(), timeout=20000)
    assert seen and all(seen)
    assert not page.progress.isVisible() and page.backup_button.isEnabled()
    assert page.model.rowCount() == 1

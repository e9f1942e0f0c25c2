from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

pytestmark = pytest.mark.gui

# QSettings (window geometry, last folders) go to a throw-away test location, never the user's.
QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _english(qapp):  # type: ignore[no-untyped-def]
    """UI tests assert on the English source strings unless a test installs Japanese itself."""
    yield


@pytest.fixture(autouse=True)
def _no_remembered_settings():  # type: ignore[no-untyped-def]
    """Each UI test starts without a window size or folder remembered by an earlier one."""
    from desktop.ui.files import settings

    settings().clear()
    yield


@pytest.fixture
def controller(qtbot, data_dir: Path, tmp_path: Path, monkeypatch) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The app's controller (login window, main window, lock dialog) on the test office, in English, with its
    settings in a throw-away folder; shut down and its windows closed afterwards."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import AppController
    from desktop.services.prefs import Prefs
    from tests.conftest import TEST_KDF

    monkeypatch.setenv("MADOGUCHI_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setattr("desktop.app.install_translators", lambda app, lang, prev: [])
    c = AppController(QApplication.instance(), data_dir=data_dir, language="en", prefs=Prefs(), kdf=TEST_KDF)
    yield c
    c.shutdown()
    for widget in (c.window, c.dialog):
        if widget is not None:
            widget.close()

from __future__ import annotations

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

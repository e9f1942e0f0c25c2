"""The main window tells the user once, after login and after unlock, what the start-up cleanup found."""

from __future__ import annotations

import pytest

from desktop.domain.roles import Area
from desktop.services.export_pending import LeftoverRemoved
from desktop.services.session import Session
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.export import ExportPage

pytestmark = pytest.mark.gui


def test_notices_show_once_after_login_and_after_unlock(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    office.notices.append(LeftoverRemoved(2))
    window = MainWindow(office, language="en", page_factories={Area.EXPORT: lambda s, p: ExportPage(s, p)})
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.notice_box is not None, timeout=3000)
    assert window.notice_box is not None
    text = window.notice_box.text()  # type: ignore[attr-defined]
    assert "unfinished file was removed (2)" in text
    assert "unfinished file was removed" in window.statusBar().currentMessage()
    assert office.notices == []
    window.notice_box.close()
    window.notice_box = None
    window.reload_current()  # after an unlock with nothing new: no box
    qtbot.wait(50)
    assert window.notice_box is None
    office.notices.append(LeftoverRemoved(1))  # the unlock's cleanup found one
    window.reload_current()
    qtbot.waitUntil(lambda: window.notice_box is not None, timeout=3000)
    assert "(1)" in window.notice_box.text()  # type: ignore[attr-defined]
    assert office.notices == []

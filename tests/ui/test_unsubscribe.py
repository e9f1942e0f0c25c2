"""配信停止 with the keyboard: at once on the phone; queued with a due date; an overdue queue that shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.business_days import add_business_days
from desktop.domain.consent import Outcome
from desktop.domain.office_time import day_start, office_date
from desktop.services import consent, scripts
from desktop.store import contacts_repo as crepo
from desktop.ui.pages.unsubscribe import UnsubscribePage
from tests.conftest import CLOCK_START

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, office):  # type: ignore[no-untyped-def]
    consent.capture_phone(office, address="stop.me@example.jp", outcome=Outcome.AGREED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")), script_read_confirmed=True)
    page = UnsubscribePage(office)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.refresh()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.address)
    return page


def focus():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def test_phone_request_in_a_few_keystrokes(qtbot, page: UnsubscribePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), "STOP.ME@example.jp")
    qtbot.waitUntil(lambda: "Found" in page.found.text(), timeout=3000)
    assert "On the send list" in page.found.text()
    qtbot.keyClick(focus(), Qt.Key.Key_Return, CTRL)
    assert "has left the send list" in page.result.text()
    assert focus() is page.address and page.address.text() == ""
    contact = crepo.contact_by_key("stop.me@example.jp")
    assert contact is not None and contact.status == "unsubscribed"
    assert page.recent.rowCount() == 1 and page.queue.rowCount() == 0
    # bad input: a clear message, nothing saved
    qtbot.keyClicks(focus(), "nonsense")
    qtbot.keyClick(focus(), Qt.Key.Key_Return, CTRL)
    assert "no @ sign" in page.result.text() and page.recent.rowCount() == 1


def test_queued_request_becomes_overdue_and_is_hard_to_miss(qtbot, page: UnsubscribePage, clock) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focus(), "stop.me at example (letter)")
    for _ in range(2):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is page.later
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    assert page.later.isChecked() and page.channel.currentData() == "letter"
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focus(), "hand-written")
    qtbot.keyClick(focus(), Qt.Key.Key_Return, CTRL)
    assert f"Queued. Due by {add_business_days(office_date(CLOCK_START), 3).strftime('%Y/%m/%d')}" in page.result.text()
    assert page.queue.rowCount() == 1 and not page.overdue_banner.isVisible()
    assert page.queue.item(0, 5).text() == "3 business day(s) left"
    due = add_business_days(office_date(CLOCK_START), 3)
    clock.now = day_start(add_business_days(due, 1)) + timedelta(hours=9)  # the next business day: overdue
    page.refresh()
    assert page.overdue_banner.isVisible() and "OVERDUE" in page.overdue_banner.text()
    assert page.queue.item(0, 5).text() == "Overdue by 1 business day(s)"
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_Down)
    dialog = page.open_process()
    assert dialog is not None
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "stop.me@example.jp")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not page.overdue_banner.isVisible() and page.queue.rowCount() == 0
    assert crepo.contact_by_key("stop.me@example.jp").status == "unsubscribed"  # type: ignore[union-attr]
    page.clear()
    assert page.recent.rowCount() == 0

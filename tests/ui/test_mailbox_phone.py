"""The phone desk's duplicate check knows another spelling of a Gmail mailbox, and the export
preview names why such an address is left out."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.consent import Outcome
from desktop.services import consent, exports, scripts
from desktop.services.exports import ExportKind, ExportRequest
from desktop.ui.pages.phone import PhonePage

pytestmark = pytest.mark.gui


def test_another_spelling_of_a_refused_gmail_address_shows_the_refusal(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    consent.capture_phone(office, address="taro.refuse@gmail.com", outcome=Outcome.REFUSED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")),
                          script_read_confirmed=True, name="拒否 太郎")
    page = PhonePage(office)
    qtbot.addWidget(page)
    page.resize(1100, 950)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.refresh()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.address)
    qtbot.keyClicks(page.address, "TaroRefuse@gmail.com")
    qtbot.waitUntil(lambda: page.known_box.isVisible(), timeout=3000)
    text = page.known_box.text()
    assert "Refused" in text and "拒否 太郎" in text
    assert "Same mailbox as the address on record: taro.refuse@gmail.com" in text
    preview = exports.preview(office, ExportRequest(ExportKind.SEND_LIST))
    assert preview.rows == 0

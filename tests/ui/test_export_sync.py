"""The export screen's sync warning (issue 16): when the mail service's unsubscribes have not come back
since the last send list, the page says so and the send list goes out only with a reason (audited)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.domain import office_time
from desktop.domain.consent import Outcome
from desktop.services import exports, mail_import
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.pages.export import ExportPage
from tests.conftest import ADMIN_PASSWORD, FakeClock
from tests.services.test_consent import capture

pytestmark = pytest.mark.gui


def _sent() -> list[dict]:  # type: ignore[type-arg]
    return [e.details["filters"] for e in entries() if e.action == "export.send-list"]


def test_sync_warning_asks_for_a_reason_and_goes_away_after_an_import(qtbot, office: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     clock: FakeClock, monkeypatch) -> None:
    capture(office, "agreed@example.jp", Outcome.AGREED)
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.show()
    banner = page.sync_banner
    assert banner.isVisible() and not banner.warning.isVisible()  # nothing sent yet: nothing to sync
    assert "have not been imported from the mail service yet" in banner.last_import.text()

    office.confirm_password(ADMIN_PASSWORD)
    exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt="csv"), tmp_path / "first.csv")
    clock.advance(hours=2)
    page.refresh()
    assert banner.warning.isVisible() and banner.reason_edit.isVisible()
    assert "since the last send list was exported" in banner.warning.text()

    chosen: list[int] = []
    out = tmp_path / "second.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: chosen.append(1) or (str(out), "")))
    page.export_button.click()
    assert chosen == [] and not out.exists()  # no reason: not even the file dialog
    assert "give a reason" in page.preview_label.text()

    banner.reason_edit.setText("急ぎの休講案内")
    office.confirm_password(ADMIN_PASSWORD)  # the export asks for a fresh password proof
    page.export_button.click()
    qtbot.waitUntil(lambda: out.exists() and page.progress is None, timeout=10000)
    assert _sent()[-1]["sync_reason"] == "急ぎの休講案内"
    assert _sent()[-1]["sync_problem"] == "none_since_export"

    page.kind.setCurrentIndex(page.kind.findData("audit"))
    assert not banner.isVisible()  # other exports are not held
    page.kind.setCurrentIndex(page.kind.findData("send-list"))

    clock.advance(hours=1)
    stops = tmp_path / "stops.txt"
    stops.write_text("stranger@example.jp\n", encoding="utf-8")
    mail_import.confirm(office, mail_import.preview(office, stops))
    page.refresh()
    assert not banner.warning.isVisible() and banner.reason() is None
    shown = office_time.display(clock.now)
    assert shown in banner.last_import.text()

    clock.advance(days=8)
    page.refresh()
    assert banner.warning.isVisible() and "more than 7 days old" in banner.warning.text()

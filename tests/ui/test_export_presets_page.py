"""The export page's mail-service format: the combo, the unencrypted-file confirmation, the remembered choice."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.consent import Outcome
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.pages.export import ExportPage
from tests.services.test_consent import capture

pytestmark = pytest.mark.gui


def test_preset_combo_confirmation_and_remembered_choice(qtbot, office: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    for i in range(3):
        capture(office, f"ui{i}@example.jp", Outcome.AGREED, name="山田 花子")
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.show()
    assert page.preset.currentData() == ""  # nothing remembered yet: the Excel file
    assert page.preset.findText("listmonk") > 0 and page.preset.findText("Mailchimp") > 0
    assert page.preset.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("audit"))
    assert not page.preset.isVisible()  # only for the send list
    page.kind.setCurrentIndex(page.kind.findData("send-list"))
    page.protect.setChecked(True)
    page.preset.setCurrentIndex(page.preset.findData("listmonk"))
    assert not page.protect.isChecked() and not page.protect.isEnabled() and not page.xlsx.isEnabled()

    out = tmp_path / "lm.csv"
    chosen: list[str] = []

    def dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        chosen.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    page.export_button.click()
    box = page.unencrypted_box
    assert "cannot be encrypted" in box.text() and "listmonk" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert chosen == [] and not out.exists()  # "No": nothing chosen, nothing written

    page.export_button.click()
    page.unencrypted_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: out.exists() and page.progress is None, timeout=10000)
    assert chosen and chosen[0].endswith("_listmonk.csv")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    assert rows[0] == ["email", "name", "status", "attributes"]
    assert "SHA-256" in page.preview_label.text()
    last = entries()[-1]
    assert last.action == "export.send-list" and last.details["preset"] == "listmonk"
    assert last.details["unencrypted_confirmed"] is True

    again = ExportPage(office)
    qtbot.addWidget(again)
    assert again.preset.currentData() == "listmonk"  # preselected next time


def test_cp932_problem_is_shown_and_nothing_written(qtbot, office: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    capture(office, "yoshida@example.jp", Outcome.AGREED, name="𠮷田 花子")
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.show()
    page.preset.setCurrentIndex(page.preset.findData("generic_cp932"))
    out = tmp_path / "sjis.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    shown: list[str] = []
    from desktop.ui import msgbox

    real_error = msgbox.error

    def error(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        shown.append(text)
        return real_error(parent, title, text, *rest)

    monkeypatch.setattr(msgbox, "error", error)
    page.export_button.click()
    page.unencrypted_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "𠮷" in shown[0] and "UTF-8" in shown[0] and "1 rows" in shown[0]
    assert not out.exists()


def test_preview_names_the_characters_shift_jis_cannot_hold(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    capture(office, "yoshida@example.jp", Outcome.AGREED, name="𠮷田 花子")
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.preset.setCurrentIndex(page.preset.findData("generic_cp932"))
    page.preview_button.click()
    qtbot.waitUntil(lambda: "𠮷" in page.preview_label.text(), timeout=10000)
    assert "UTF-8" in page.preview_label.text()
    page.preset.setCurrentIndex(page.preset.findData("generic_utf8"))
    page.preview_button.click()
    qtbot.waitUntil(lambda: "rows will be exported" in page.preview_label.text(), timeout=10000)

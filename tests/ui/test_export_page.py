"""The export screen: preview, export off the GUI thread with progress, cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from desktop import demo
from desktop.demo import mark_demo
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.pages.export import ExportPage

pytestmark = pytest.mark.gui


def test_preview_then_export_the_audit_log(qtbot, office: Session, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.show()
    assert page.kind.currentData() == "send-list"  # the first kind: what managers export most
    page.kind.setCurrentIndex(page.kind.findData("audit"))
    page.preview_button.click()
    qtbot.waitUntil(lambda: "rows will be exported" in page.preview_label.text(), timeout=10000)
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.export_button.click()
    qtbot.waitUntil(lambda: out.exists() and page.progress is None, timeout=10000)
    assert "SHA-256" in page.preview_label.text()
    assert entries()[-1].action == "export.audit"
    assert openpyxl.load_workbook(out).active.cell(1, 2).value == "OK"


def test_mismatched_file_passwords_are_refused(qtbot, office: Session, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.protect.setChecked(True)
    page.password.setText("one long file password")
    page.password_again.setText("another long password")
    called = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: called.append(1) or ("", "")))
    page.export_button.click()
    assert called == []
    assert "do not match" in page.preview_label.text()


def test_cancel_writes_nothing(qtbot, office: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import repo

    with repo.atomic():
        for i in range(3000):
            office.audit("bulk.event", target=str(i))
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("audit"))
    out = tmp_path / "cancelled.xlsx"
    page._cancel = True
    request = page.build_request()
    page.run_export(request, out)
    page._request_cancel()
    qtbot.waitUntil(lambda: page.progress is None, timeout=10000)
    assert not out.exists()
    assert "cancelled" in page.preview_label.text()


def test_send_list_preview_shows_reasons(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]

    mark_demo(office)
    demo.populate_contacts(office)
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("phone"))
    page.preview_button.click()
    assert page.preview_label.text() == "Counting…"  # counted in a worker: the window keeps answering
    qtbot.waitUntil(lambda: "rows will be exported" in page.preview_label.text(), timeout=10000)
    text = page.preview_label.text()
    assert "Left out" in text and page.preview_button.isEnabled()


# --- issue 14: file passwords and the start-up notice ------------------------------------------------
REFUSED_IN_THE_GUI = [
    ("               ", "only spaces"),
    ("aaaaaaaaaaaaaaa", "too easy to guess"),
    ("passwordpassword", "too easy to guess"),
    ("correct horse battery staple", "not be your login password"),  # tests.conftest.ADMIN_PASSWORD
]


@pytest.mark.parametrize(("password", "why"), REFUSED_IN_THE_GUI, ids=["spaces", "aaaa", "passwordpassword",
                                                                       "login-password"])
def test_refused_file_passwords_say_why(qtbot, office: Session, tmp_path: Path, monkeypatch, password: str,  # type: ignore[no-untyped-def]
                                        why: str) -> None:
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.show()
    page.protect.setChecked(True)
    page.password.setText(password)
    page.password_again.setText(password)
    called: list[int] = []

    def dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        called.append(1)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    page.export_button.click()
    assert called == []  # refused before a file is even chosen
    assert why in page.password_problem.text()
    assert list(tmp_path.iterdir()) == [] or all(p.name == "office" for p in tmp_path.iterdir())


def test_the_reason_shows_while_typing(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.protect.setChecked(True)
    page.password.setText("aaaaaaaaaaaaaaa")
    assert "too easy to guess" in page.password_problem.text()
    page.password.setText("")
    assert page.password_problem.text() == ""


def test_generated_passphrase_is_offered_and_exports(qtbot, office: Session, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    import msoffcrypto

    from desktop.domain import export_password

    page = ExportPage(office)
    qtbot.addWidget(page)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData("audit"))
    page.protect.setChecked(True)
    assert page.generate_button.isEnabled()
    page.generate_button.click()
    phrase = page.passphrase_label.text()
    assert phrase and page.password.text() == phrase == page.password_again.text()
    assert not set(phrase) & export_password.CONFUSABLE
    assert export_password.score(phrase) >= export_password.MIN_SCORE
    assert page.password_problem.text() == ""
    out = tmp_path / "protected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.export_button.click()
    qtbot.waitUntil(lambda: out.exists() and page.progress is None, timeout=10000)
    office_file = msoffcrypto.OfficeFile(io.BytesIO(out.read_bytes()))
    office_file.load_key(password=phrase, verify_password=True)  # raises if the password is wrong
    assert page.passphrase_label.text() == "" and page.password.text() == ""  # wiped after the export


def test_the_start_up_notice_is_shown_once(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.export_pending import LeftoverRemoved

    office.notices.append(LeftoverRemoved(1))
    page = ExportPage(office)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "unfinished file was removed" in page.preview_label.text(), timeout=3000)
    assert office.notices == []
    second = ExportPage(office)
    qtbot.addWidget(second)
    qtbot.wait(50)
    assert second.preview_label.text() == ""


def test_a_preview_for_an_old_choice_is_not_shown(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    mark_demo(office)
    demo.populate_contacts(office)
    page = ExportPage(office)
    qtbot.addWidget(page)
    page.preview_button.click()  # counting the send list in a worker …
    page.kind.setCurrentIndex(page.kind.findData("audit"))  # … while the user chooses another kind
    qtbot.wait(1500)
    assert page.preview_label.text() == "" and page.preview_button.isEnabled()
    page.preview_button.click()
    qtbot.waitUntil(lambda: "rows will be exported" in page.preview_label.text(), timeout=10000)

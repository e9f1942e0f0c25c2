"""管理 → 監査ログ: opening is audited once, actions by name (never codes), filters, more pages on scroll,
verification in a worker with its status shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from desktop.domain.roles import Area
from desktop.services.session import Session
from desktop.store import repo
from desktop.store.audit import entries
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.audit_log import AuditLogPage

pytestmark = pytest.mark.gui


def _open(qtbot, office: Session) -> tuple[MainWindow, AuditLogPage]:  # type: ignore[no-untyped-def]
    window = MainWindow(office, language="en", page_factories={})
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.select_area(Area.ADMIN)
    tabs = window.pages[Area.ADMIN]
    assert isinstance(tabs, QTabWidget)
    page = tabs.findChild(AuditLogPage)
    assert page is not None
    tabs.setCurrentWidget(page)
    return window, page


def _cells(page: AuditLogPage, column: int) -> list[str]:
    return [page.model.cell(row, column) for row in page.model.rows]


def test_opening_is_audited_once_and_actions_are_named(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    with repo.atomic():
        for i in range(5):
            office.audit("contacts.rehash", target=str(i), rows=i)
    before = [e.action for e in entries()].count("audit.view")
    _window, page = _open(qtbot, office)
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=5000)
    assert [e.action for e in entries()].count("audit.view") == before + 1
    actions = _cells(page, 2)
    assert actions[0] == "Audit log viewed" and "Duplicate check keys renewed" in actions
    assert not any("." in a for a in actions)  # never a code such as contacts.rehash
    assert "管理者 太郎" in _cells(page, 1)
    page.action.setCurrentIndex(page.action.findData("contacts.rehash"))
    page.apply_button.click()
    qtbot.waitUntil(lambda: len(page.model.rows) == 5, timeout=5000)
    assert set(_cells(page, 2)) == {"Duplicate check keys renewed"}
    page.table.selectRow(0)
    assert "Rows: 4" in page.details.text()
    assert [e.action for e in entries()].count("audit.view") == before + 1  # filtering reads only


def test_more_entries_load_on_scroll_and_verification_shows_its_status(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    with repo.atomic():
        for i in range(450):
            office.audit("contact.view", target=str(i))
    _window, page = _open(qtbot, office)
    qtbot.waitUntil(lambda: len(page.model.rows) == page.PAGE_SIZE, timeout=5000)
    assert "Scroll down" in page.count_label.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2 * page.PAGE_SIZE, timeout=5000)
    page.table.scrollToBottom()
    total = len(entries())
    qtbot.waitUntil(lambda: len(page.model.rows) == total, timeout=5000)
    assert "These are all" in page.count_label.text()
    seqs = [r.seq for r in page.model.rows]
    assert seqs == sorted(set(seqs), reverse=True)
    assert "not been verified yet" in page.verify_status.text()
    page.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in page.verify_status.text(), timeout=20000)
    assert page.verify_button.isEnabled() and not page.progress.isVisible()
    assert entries()[-1].action == "audit.verify"
    page.refresh()  # opened again: the last verification is shown with its time and who ran it
    assert "Last verification:" in page.verify_status.text() and "管理者 太郎" in page.verify_status.text()


def test_targets_and_details_are_shown_by_name_not_code(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desktop.app import install_translators
    from desktop.services import audit_log
    from desktop.ui.pages.audit_log import details_text, target_text

    translators = install_translators(qapp, "ja", [])
    try:
        assert target_text("violation_reports") == "違反報告" and target_text("42") == "#42" and target_text("") == ""
        entry = audit_log.Entry(seq=7, at=datetime(2026, 1, 1, tzinfo=UTC), actor="u", actor_name="A", action="x",
                                action_label="x", target="", result="ok", result_label="ok",
                                details={"covers": 6, "odd_field": 1})
        text = details_text(entry)
        assert "対象の記録数: 6" in text and "covers" not in text and "odd_field: 1" in text
    finally:
        install_translators(qapp, "en", translators)

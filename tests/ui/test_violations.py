"""違反報告: a member of staff files through the dialog; the privacy officer's tab shows the case,
its deadlines and, after the deadline (FakeClock), that it is overdue."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QTabWidget, QWidget

from desktop.domain.office_time import office_date
from desktop.domain.violations import DataKind, Status, ViolationKind
from desktop.services import violations
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.ui import pages
from desktop.ui.dates import qdate
from desktop.ui.pages.violations import (
    ReportViolationDialog,
    ViolationsPage,
    open_report_dialog,
    reminder_text,
)
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, FakeClock, add_user, login

pytestmark = pytest.mark.gui


def day(n: int) -> date:
    """Day ``n`` of a case noticed when the fake clock starts (18:00 in Japan; that day is day 1)."""
    return office_date(CLOCK_START) + timedelta(days=n - 1)


def _page(qtbot, session: Session) -> ViolationsPage:  # type: ignore[no-untyped-def]
    page = ViolationsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.open_only.setCurrentIndex(1)  # all cases (refreshes)
    return page


def _click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_staff_files_a_report_through_the_dialog(qtbot, office: Session, data_dir: Path,  # type: ignore[no-untyped-def]
                                                 clock: FakeClock) -> None:
    add_user(office, "sato", "advisor")
    office.logout()
    advisor = login(data_dir, "sato", "blue whale orbit 42", clock)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    dialog = open_report_dialog(advisor, host)
    assert isinstance(dialog, ReportViolationDialog) and dialog.isVisible()
    assert any("the privacy officer, 山田 花子 (03-1234-5678)" in label.text()
               for label in dialog.findChildren(QLabel))

    # bad input first: no description -> a clear message, nothing saved
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.status.text() == "Describe what happened."
    dialog.description.setFocus()
    dialog.description.insertPlainText("申込確認メールを別の方に送信しました。")  # how IME text arrives
    qtbot.keyClicks(dialog.facts.people, "two")
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.status.text().startswith("Enter the number of people affected")
    dialog.facts.people.clear()
    qtbot.keyClicks(dialog.facts.people, "2")
    dialog.facts.kind.setCurrentIndex(dialog.facts.kind.findData(ViolationKind.WRONG_RECIPIENT.value))
    qtbot.mouseClick(dialog.facts.data_boxes[DataKind.EMAIL], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.facts.occurred_known, Qt.MouseButton.LeftButton)
    assert dialog.facts.occurred.isEnabled()
    dialog.facts.occurred.setDateTime(dialog.facts.noticed.dateTime().addSecs(-3600))
    _click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.filed is not None and not dialog.filed.may_need_report
    box = dialog.confirmation
    assert isinstance(box, QMessageBox)
    assert box.text() == f"Report #{dialog.filed.report_id} was sent to the privacy officer, 山田 花子."
    box.close()
    report_id = dialog.filed.report_id
    advisor.logout()

    admin = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        info = violations.get_report(admin, report_id)
        assert info.description == "申込確認メールを別の方に送信しました。"
        assert info.people_affected == 2 and info.data_kinds == {DataKind.EMAIL}
        assert info.kind is ViolationKind.WRONG_RECIPIENT and info.reported_by_name == "sato さん"
        assert info.noticed_at == CLOCK_START  # the clock's now
        assert info.occurred_at is not None and info.noticed_at - info.occurred_at == timedelta(hours=1)
        page = _page(qtbot, admin)
        assert page.model.rowCount() == 1
        assert page.model.cell(page.model.rows[0], 2) == "Sent or handed to the wrong recipient"
        assert page.model.cell(page.model.rows[0], 4) == "—"  # no PPC report for two addresses
        assert len(store_audit.entries(action_prefix="violation.report")) == 1
    finally:
        admin.logout()


def test_admin_tab_shows_the_case_overdue_after_the_deadline(qtbot, office: Session,  # type: ignore[no-untyped-def]
                                                              clock: FakeClock) -> None:
    # A staff member with the admin role files through the tab's own button.
    page = _page(qtbot, office)
    assert page.summary.text() == "0 shown, 0 overdue"
    dialog = page.open_report()
    assert dialog is not None
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Newsletter sent with all addresses in To instead of Bcc.")
    qtbot.keyClicks(dialog.facts.people, "1500")
    dialog.facts.data_boxes[DataKind.EMAIL].setChecked(True)
    _click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.filed is not None and dialog.filed.may_need_report
    assert "Personal Information Protection Commission" in dialog.confirmation.text()  # type: ignore[union-attr]
    dialog.confirmation.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = page.model.rows[0]
    assert page.model.cell(row, 4) == "May be needed"
    assert page.model.cell(row, 5) == f"Preliminary report (速報) by {day(5).strftime('%Y/%m/%d')}"
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert reminder_text(office) is None

    clock.advance(days=5)  # day 6: the preliminary report is late
    page.refresh()
    row = page.model.rows[0]
    assert page.summary.text() == "1 shown, 1 overdue"
    assert page.model.cell(row, 5) == f"OVERDUE: Preliminary report (速報) was due by {day(5).strftime('%Y/%m/%d')}"
    assert page.model.data(page.model.index(0, 3), Qt.ItemDataRole.BackgroundRole) == QColor("#fde0e0")
    assert "1 case(s)" in (reminder_text(office) or "")
    page.table.selectRow(0)
    assert "OVERDUE: Preliminary report (速報)." in page.assessment.text()
    assert "More than 1,000 people" in page.assessment.text()
    assert f"aim for {day(3).strftime('%Y/%m/%d')}, at the latest {day(5).strftime('%Y/%m/%d')}" in page.assessment.text()

    # closing is refused until the final report is recorded
    close = page.ask_close()
    assert close is not None
    close.findChild(type(page.cause), "violationClosingNote").setPlainText("done")
    _click_ok(qtbot, close)
    assert close.isVisible()
    assert "enter the date of the final report" in close.findChild(type(page.message), "closeViolationError").text()
    close.reject()

    # the officer records the preliminary report made today, with the cause
    qtbot.mouseClick(page.preliminary.done, Qt.MouseButton.LeftButton)
    assert page.preliminary.date.isEnabled()
    page.preliminary.date.setDate(qdate(day(6)))
    page.cause.setPlainText("宛先欄の使い方の誤り")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    row = page.model.rows[0]
    assert row.status is Status.REPORTED and row.preliminary_on == day(6) and row.cause
    assert page.summary.text() == "1 shown, 0 overdue"
    assert page.model.cell(row, 5) == f"Final report (確報) by {day(30).strftime('%Y/%m/%d')}"
    assert page.model.cell(row, 6) == "Reported to the PPC"
    # saving again without changes writes no audit entry
    before = len(store_audit.entries(action_prefix="violation.update"))
    page.table.selectRow(0)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(store_audit.entries(action_prefix="violation.update")) == before

    # a bad date (tomorrow) is refused with the reason, and nothing changes
    qtbot.mouseClick(page.final.done, Qt.MouseButton.LeftButton)
    page.final.date.setDate(qdate(day(7)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "The final report cannot be dated in the future."
    assert violations.get_report(office, row.report_id).final_on is None

    page.final.date.setDate(qdate(day(6)))  # today
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    close = page.ask_close()
    close.findChild(type(page.cause), "violationClosingNote").setPlainText("Staff retrained on Bcc.")  # type: ignore[union-attr]
    _click_ok(qtbot, close)
    assert not close.isVisible()  # type: ignore[union-attr]
    assert page.message.text() == "The case was closed."
    page.table.selectRow(0)
    assert page.reopen_button.isVisible() and not page.save_button.isEnabled()
    assert "Closing note: Staff retrained on Bcc." in page.info.text()

    # lock: the rows and the texts go
    page.clear()
    assert page.model.rowCount() == 0 and page.description_view.toPlainText() == "" and page.cause.toPlainText() == ""


def test_the_tab_is_registered_under_administration(office: Session) -> None:
    titles = [title() for title, _factory in pages.admin_tabs()]
    assert "Violation reports" in titles


def test_only_administrators_see_the_ledger(qtbot, office: Session, data_dir: Path, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "bucho", "manager")
    office.logout()
    manager = login(data_dir, "bucho", "blue whale orbit 42", clock)
    try:
        page = ViolationsPage(manager)
        qtbot.addWidget(page)
        page.refresh()
        assert page.model.rowCount() == 0
        assert page.message.text() == "Your role does not allow this action."
        assert reminder_text(manager) is None
    finally:
        manager.logout()


def test_a_locked_session_gets_a_message_not_a_dialog(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    office.lock("test")
    assert open_report_dialog(office, host) is None
    boxes = host.findChildren(QMessageBox)
    assert boxes and "locked" in boxes[0].text()


def test_admin_tab_widget_in_main_window(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.roles import Area
    from desktop.ui.main_window import MainWindow

    window = MainWindow(office, language="en", page_factories=pages.factories())
    qtbot.addWidget(window)
    tabs = window.pages[Area.ADMIN]
    assert isinstance(tabs, QTabWidget)
    assert any(isinstance(tabs.widget(i), ViolationsPage) for i in range(tabs.count()))
    window.close()

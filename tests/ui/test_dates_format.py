"""One date format, yyyy/MM/dd HH:mm in Japan time, on every screen: backups included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDateEdit

from desktop.domain import office_time
from desktop.services import backup as backup_service
from desktop.ui import dates
from desktop.ui.pages.backup import BackupModel
from tests.conftest import CLOCK_START

pytestmark = pytest.mark.gui


def test_moments_show_in_japan_time_in_one_format() -> None:
    moment = CLOCK_START.astimezone(UTC).replace(hour=15, minute=30)  # 15:30 UTC is 00:30 the next day in Tokyo
    expected = (moment + timedelta(hours=9)).strftime("%Y/%m/%d 00:30")
    assert dates.local_time(moment) == expected
    assert dates.local_time(moment.isoformat()) == expected
    assert dates.local_time(moment, date_only=True) == expected[:10]
    assert dates.day_text(CLOCK_START.date()) == CLOCK_START.strftime("%Y/%m/%d")
    assert dates.day_text(None) == "" and dates.local_time(None) == ""
    assert office_time.display(moment) == expected


def test_the_backups_list_shows_office_time_not_machine_time(qapp) -> None:  # type: ignore[no-untyped-def]
    made = CLOCK_START.astimezone(UTC).replace(hour=16, minute=5)
    backup = backup_service.BackupSet(Path("/backups/madoguchi-1"), made.isoformat(), 15, "uuid", {"contact": 3},
                                      True)
    model = BackupModel()
    model.set_rows([backup])
    shown = model.cell(backup, 0)
    assert shown == (made + timedelta(hours=9)).strftime("%Y/%m/%d %H:%M")
    assert "T" not in shown and "-" not in shown


def test_optional_date_fields_are_blank_until_ticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    check, edit = QCheckBox(), QDateEdit()
    qtbot.addWidget(check)
    qtbot.addWidget(edit)
    edit.setDisplayFormat(dates.DATE_EDIT_FORMAT)
    today = dates.qdate(CLOCK_START.date())
    dates.optional_date(check, edit, lambda: today)
    assert not edit.isEnabled() and not edit.text().strip() and "2000" not in edit.text()
    check.setChecked(True)
    assert edit.isEnabled() and edit.text() == CLOCK_START.strftime("%Y/%m/%d")
    check.setChecked(False)
    assert not edit.text().strip()
    assert date(1900, 1, 1) == dates.BLANK_DAY.toPython()
    assert isinstance(CLOCK_START, datetime)


def test_an_unknown_time_of_a_violation_shows_nothing(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.pages.violations import ReportViolationDialog

    dialog = ReportViolationDialog(office)
    qtbot.addWidget(dialog)
    occurred = dialog.facts.occurred
    assert not occurred.isEnabled() and not occurred.text().strip()
    dialog.facts.occurred_known.setChecked(True)
    assert occurred.isEnabled() and occurred.dateTime() == dialog.facts.noticed.dateTime()
    assert dialog.facts.occurred_at() is not None
    dialog.facts.occurred_known.setChecked(False)
    assert not occurred.text().strip() and dialog.facts.occurred_at() is None

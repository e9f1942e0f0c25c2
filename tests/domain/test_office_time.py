"""The office clock: one time zone, office days and months, and no wall-clock reads elsewhere."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import office_time
from desktop.domain.office_time import OFFICE_TZ, fiscal_quarter

ROOT = Path(__file__).resolve().parents[2] / "desktop"

# Reading the wall clock is allowed in exactly one module; naming the office zone in exactly one.
WALL_CLOCK = re.compile(
    r"datetime\.(now|utcnow|today)\(|date\.today\(|time\.time\(|time\.localtime\(|time\.gmtime\(\)"
    r"|QDateTime\.current|QDate\.currentDate|QTime\.currentTime|\.astimezone\(\)"
)
ZONE = re.compile(r"ZoneInfo\(|timezone\(timedelta\(|hours=9\b")


def _sources() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    allowed = {ROOT / "services" / "clock.py"}
    offenders = []
    for path in _sources():
        if path in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WALL_CLOCK.search(line.split("#", 1)[0]):
                offenders.append(f"{path.relative_to(ROOT.parent)}:{number}: {line.strip()}")
    assert offenders == []


def test_only_office_time_names_the_time_zone() -> None:
    allowed = {ROOT / "domain" / "office_time.py"}
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{n}"
        for path in _sources() if path not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ZONE.search(line.split("#", 1)[0])
    ]
    assert offenders == []


def test_the_scan_would_catch_a_wall_clock_read() -> None:
    assert WALL_CLOCK.search("when = QDateTime.currentDateTime()")
    assert WALL_CLOCK.search("today = date.today()")
    assert WALL_CLOCK.search("d = moment.astimezone().date()")
    assert not WALL_CLOCK.search("d = moment.astimezone(OFFICE_TZ).date()")


def test_office_zone_is_tokyo() -> None:
    assert str(OFFICE_TZ) == "Asia/Tokyo"
    assert datetime(2026, 7, 1, tzinfo=OFFICE_TZ).utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(("utc", "day"), [
    (datetime(2026, 11, 30, 14, 59, tzinfo=UTC), date(2026, 11, 30)),
    (datetime(2026, 11, 30, 15, 0, tzinfo=UTC), date(2026, 12, 1)),   # 00:00 on the 1st in Japan
    (datetime(2026, 12, 31, 15, 30, tzinfo=UTC), date(2027, 1, 1)),
])
def test_office_date_is_the_day_in_japan(utc: datetime, day: date) -> None:
    assert office_time.office_date(utc) == day


def test_month_key_turns_at_midnight_in_japan_not_utc() -> None:
    assert office_time.month_key(datetime(2026, 11, 30, 14, 59, tzinfo=UTC)) == "2026-11"
    assert office_time.month_key(datetime(2026, 11, 30, 15, 0, tzinfo=UTC)) == "2026-12"


def test_day_bounds_cover_the_office_days() -> None:
    start, end = office_time.day_bounds(date(2026, 12, 1), date(2026, 12, 2))
    assert start == datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    assert end == datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    assert end - start == timedelta(days=2)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        office_time.office_date(datetime(2026, 12, 1, 9, 0))


def test_widget_wall_time_round_trips_as_office_time() -> None:
    moment = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)
    wall = office_time.office_naive(moment)
    assert wall == datetime(2026, 12, 1, 9, 30)
    assert office_time.from_office_naive(wall) == moment


@pytest.mark.parametrize(("day", "label"), [
    (date(2026, 4, 1), "FY2026 Q1"), (date(2026, 12, 5), "FY2026 Q3"),
    (date(2027, 3, 31), "FY2026 Q4"), (date(2027, 1, 1), "FY2026 Q4"),
])
def test_fiscal_quarters_start_in_april(day: date, label: str) -> None:
    assert fiscal_quarter(day).label == label
    assert office_time.quarter_from_label(label) == fiscal_quarter(day)

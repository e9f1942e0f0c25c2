"""承認 → すべての投稿 reads its marks and posts in a worker (issue 17): the GUI thread stays free, the
screen says 読み込み中 meanwhile, and a result that arrives after a newer request (another month) is dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from desktop.services import posts
from desktop.services import session as session_service
from desktop.ui.pages.review import ReviewPage
from tests.conftest import FakeClock
from tests.ui.test_review import Env

pytestmark = pytest.mark.gui


@pytest.fixture
def env(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Env]:
    e = Env(office, data_dir, clock)
    yield e
    e.session.logout()


class Spy:
    """Records the thread each real service call ran on; can hold back the calls for a given first day."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: dict[str, set[int]] = {"day_marks": set(), "posts_in_period": set()}
        self.gate = threading.Event()
        self.gate.set()
        self.held_first: Any = None
        self.held_done = threading.Event()
        for name in self.threads:
            real = getattr(posts, name)
            monkeypatch.setattr(posts, name, self._wrap(name, real))

    def _wrap(self, name: str, real: Any) -> Any:
        def call(session: Any, first: Any, *args: Any, **kw: Any) -> Any:
            self.threads[name].add(threading.get_ident())
            held = name == "day_marks" and first == self.held_first
            if held:
                assert self.gate.wait(10)
            try:
                return real(session, first, *args, **kw)
            finally:
                if held:
                    self.held_done.set()
        return call


def test_the_calendar_loads_off_the_gui_thread_and_drops_a_stale_month(qtbot, env: Env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    env.switch("advisor")
    waiting = env.submit("来週の味噌教室のお知らせです。")
    env.switch("manager")
    spy = Spy(monkeypatch)
    page = ReviewPage(env.session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    tab = page.all_posts
    page.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading())
    gui = threading.get_ident()
    assert spy.threads["day_marks"] and gui not in spy.threads["day_marks"]
    assert spy.threads["posts_in_period"] and gui not in spy.threads["posts_in_period"]
    today = posts.local_today(env.session)
    assert [p.id for p in tab.model.rows] == [waiting]  # the calendar shows the posts
    assert posts.DayMark.WAITING in tab.marks[today]

    # two months back: that read is held in its worker; the GUI thread goes on and says it is loading
    back = QDate(today.year, today.month, 1).addMonths(-2)
    spy.held_first = QDate(back.year(), back.month(), 1).addDays(-7).toPython()
    spy.gate.clear()
    tab.calendar.setCurrentPage(back.year(), back.month())
    assert tab.loading() and tab.count_label.text() == "Loading…"
    qtbot.wait(50)  # events are processed meanwhile: the window is not blocked
    assert tab.loading()
    # the user comes back to this month before the old read ends: its marks are painted
    tab.calendar.setCurrentPage(today.year, today.month)
    qtbot.waitUntil(lambda: not tab.loading())
    assert posts.DayMark.WAITING in tab.marks[today]
    # the held read of the old month ends now: its (empty) marks are dropped, not painted
    spy.gate.set()
    assert spy.held_done.wait(10)
    qtbot.wait(100)
    assert posts.DayMark.WAITING in tab.marks[today]
    assert tab.calendar.dateTextFormat(QDate(today.year, today.month, today.day)).fontWeight() == 700
    assert tab.count_label.text() == "1 posts shown."

"""お知らせ in the main window: the author logs in after an approval and sees it; an approver sees a post
that waited too long once the clock has moved; past the escalation time the administrator sees it too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.domain import notifications as rules
from desktop.domain.business_days import add_business_days
from desktop.domain.office_time import office_date
from desktop.domain.roles import Area
from desktop.domain.scopes import REVIEW_CHECKLIST, PostStatus
from desktop.services import posts, review
from desktop.services import session as session_service
from desktop.ui.main_window import MainWindow
from desktop.ui.notifications import NotificationsDialog
from tests.conftest import FakeClock
from tests.services.posts_helpers import SUBMIT_NOTES, Office

pytestmark = pytest.mark.gui
ALL_TICKED = {item.key: True for item in REVIEW_CHECKLIST}


@pytest.fixture
def o(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[Office]:
    env = Office(office, data_dir, clock)
    yield env
    env.close()


def _in_review(o: Office, text: str) -> int:
    o.switch("advisor")
    p = o.draft(text)
    assert posts.submit(o.session, p.id, self_check_confirmed=True, **SUBMIT_NOTES).post.status is PostStatus.IN_REVIEW
    return p.id


def _window(qtbot, o: Office, user: str) -> MainWindow:  # type: ignore[no-untyped-def]
    o.switch(user)
    window = MainWindow(o.session, language="en", page_factories={})
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(qtbot, window: MainWindow) -> NotificationsDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.notifications.dialog is not None, timeout=3000)
    dialog = window.notifications.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _advance_business_days(o: Office, n: int) -> None:
    today = office_date(o.clock.now)
    o.clock.advance(days=(add_business_days(today, n) - today).days)


def test_author_sees_the_approval_at_login(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    pid = _in_review(o, "冬の味噌教室のお知らせです。")
    o.switch("manager")
    review.decide(o.session, pid, version_no=1, decision="approve", checklist=ALL_TICKED)
    window = _window(qtbot, o, "advisor")
    qtbot.waitUntil(lambda: window.notifications.badge.unread == 1, timeout=3000)
    assert "1" in window.notifications.badge.text()
    dialog = _dialog(qtbot, window)  # opened by itself at login, because something is unread
    assert any("冬の味噌教室" in t and "was approved by manager さん" in t for t in dialog.texts())
    assert "new notification" in window.statusBar().currentMessage()
    qtbot.mouseClick(dialog.findChild(QPushButton, "notificationsMarkAll"), Qt.MouseButton.LeftButton)
    assert not dialog.list.item(0).font().bold()
    dialog.close()
    qtbot.waitUntil(lambda: window.notifications.badge.unread == 0, timeout=3000)
    window.close()
    again = _window(qtbot, o, "advisor")  # read is remembered: nothing opens at the next login
    qtbot.wait(50)
    assert again.notifications.badge.unread == 0 and again.notifications.dialog is None


def test_waiting_post_then_escalation(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    pid = _in_review(o, "承認待ちが続く投稿です。")
    window = _window(qtbot, o, "manager")
    assert window.notifications.badge.unread == 0
    window.close()
    _advance_business_days(o, rules.WAIT_DAYS_DEFAULT)
    o.switch("advisor")  # log in again after the waiting time
    window = _window(qtbot, o, "manager")
    dialog = _dialog(qtbot, window)
    assert [t for t in dialog.texts() if "has waited 2 business days" in t and "承認待ち" in t]
    dialog.list.setCurrentRow(0)
    dialog._open(dialog.list.item(0))  # a double click opens the approval page
    assert window.stack.currentWidget() is window.pages[Area.REVIEW]
    window.close()
    admin = _window(qtbot, o, "admin")
    qtbot.wait(50)
    assert admin.notifications.badge.unread == 0  # not escalated yet
    admin.close()
    _advance_business_days(o, rules.ESCALATE_DAYS_DEFAULT - rules.WAIT_DAYS_DEFAULT)
    o.switch("advisor")
    admin = _window(qtbot, o, "admin")
    dialog = _dialog(qtbot, admin)
    assert any(t.startswith("Escalated:") and "承認待ち" in t for t in dialog.texts())
    assert pid

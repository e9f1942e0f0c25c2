"""The yearly review (A9) on the phone page: the manager's warning names what is over a year old;
the dialog shows each subject's last review and records a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.yearly_review import ReviewSubject
from desktop.services import reviews
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.ui.pages.phone import PhonePage
from tests.conftest import FakeClock, add_user, login

pytestmark = pytest.mark.gui


@pytest.fixture
def manager(office: Session, data_dir: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    add_user(office, "mgr", "manager")
    office.logout()
    session = login(data_dir, "mgr", "blue whale orbit 42", clock)
    yield session
    session.logout()


def test_warning_and_recording_each_subject(qtbot, manager: Session, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    page = PhonePage(manager)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.yearly_button.isVisible() and not page.banner.isVisible()
    clock.advance(days=200)
    reviews.record_review(manager, ReviewSubject.MANUAL_RULES, "承認手順を確認")
    clock.advance(days=200)
    page.refresh()
    assert page.banner.isVisible()
    text = page.banner.text()
    assert "consent scripts" in text and "word lists" in text and "manual" not in text

    dialog = page.open_yearly_review()
    qtbot.addWidget(dialog)
    rules = dialog.lines[ReviewSubject.MANUAL_RULES].text()
    assert "last reviewed" in rules and "mgr さん" in rules and "承認手順を確認" in rules and "Over a year" not in rules
    assert "Over a year ago" in dialog.lines[ReviewSubject.WORD_LISTS].text()
    assert "no review recorded yet" in dialog.lines[ReviewSubject.WORD_LISTS].text()
    dialog.subject.setCurrentIndex(dialog.subject.findData(ReviewSubject.WORD_LISTS.value))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "note" in dialog.status.text()  # an empty note is refused
    dialog.note.setPlainText("差別表現の一覧を見直した")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Review recorded."
    assert "Over a year" not in dialog.lines[ReviewSubject.WORD_LISTS].text()
    assert "差別表現の一覧を見直した" in dialog.lines[ReviewSubject.WORD_LISTS].text()
    assert "word lists" not in page.banner.text() and page.banner.isVisible()
    dialog.subject.setCurrentIndex(dialog.subject.findData(ReviewSubject.CONSENT_SCRIPTS.value))
    dialog.note.setPlainText("台本4つを確認")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()
    assert [e.target for e in store_audit.entries(action_prefix="review.record")] == [
        "manual_rules", "word_lists", "consent_scripts"]


def test_advisors_see_neither_button_nor_warning(qtbot, office: Session, data_dir: Path,  # type: ignore[no-untyped-def]
                                                 clock: FakeClock) -> None:
    add_user(office, "adv", "advisor")
    office.logout()
    clock.advance(days=400)
    adv = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        page = PhonePage(adv)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        assert not page.yearly_button.isVisible() and not page.banner.isVisible()
    finally:
        adv.logout()


def test_the_administrator_is_warned_and_reads_the_reviews(qtbot, office: Session,  # type: ignore[no-untyped-def]
                                                           clock: FakeClock) -> None:
    clock.advance(days=400)
    page = PhonePage(office)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.banner.isVisible() and "Ask a manager" in page.banner.text()
    dialog = page.open_yearly_review()
    qtbot.addWidget(dialog)
    assert not dialog.record_button.isVisible() and not dialog.note.isVisible()
    assert "Over a year ago" in dialog.lines[ReviewSubject.MANUAL_RULES].text()

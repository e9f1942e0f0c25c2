"""研修 page driven with the keyboard only: a pass, a fail, the explanations, the manager report."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain.office_time import fiscal_quarter, office_date
from desktop.domain.training import DrawnQuestion, Status
from desktop.services import session as session_service
from desktop.services import training as service
from desktop.ui.pages.training import TrainingPage, reminder_text
from tests.conftest import CLOCK_START, FakeClock, add_user, login

pytestmark = pytest.mark.gui

PASSWORD = "blue whale orbit 42"

Q_NOW = fiscal_quarter(office_date(CLOCK_START)).label  # the quarter the fake clock starts in
DAYS_LEFT = (fiscal_quarter(office_date(CLOCK_START)).end - office_date(CLOCK_START)).days + 1


def open_page(qtbot, session: session_service.Session, seed: int) -> TrainingPage:  # type: ignore[no-untyped-def]
    page = TrainingPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.quiz.rng = random.Random(seed)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and (QApplication.focusWidget() is page or page.isAncestorOf(QApplication.focusWidget())))
    page.refresh()
    return page


def press(qtbot, page: TrainingPage, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard focus is, as a person would type it."""
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus)
    qtbot.keyClick(focus, key)


def key_for(index: int, letters: bool) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_A + index) if letters else Qt.Key(Qt.Key.Key_1 + index)


def indices(q: DrawnQuestion, right: bool) -> list[int]:
    if right:
        return [i for i, c in enumerate(q.choices) if c.id in q.answers]
    return [next(i for i, c in enumerate(q.choices) if c.id not in q.answers)]


def take_with_keys(qtbot, page: TrainingPage, *, wrong: int, letters: bool = False) -> None:  # type: ignore[no-untyped-def]
    quiz = page.quiz
    assert quiz.stack.currentWidget() is quiz.home
    assert QApplication.focusWidget() is quiz.start_button
    press(qtbot, page, Qt.Key.Key_Return)
    assert quiz.run is not None and quiz.stack.currentWidget() is quiz.question_page
    run = quiz.run
    each = run.feedback == service.FEEDBACK_EACH
    qp = quiz.question_page
    for n, q in enumerate(run.questions):
        assert qp.question is q and qp.text.text() == q.question.text("en")
        assert qp.scenario_box.isVisibleTo(page) is bool(q.question.scenario_en)
        if n == 0:  # nothing chosen: a clear message, nothing recorded
            press(qtbot, page, Qt.Key.Key_Return)
            assert qp.error.text() == "Choose an answer first."
            assert quiz.run.answered == 0
        picks = indices(q, n >= wrong)
        for i in picks:
            press(qtbot, page, key_for(i, letters))
        if q.multi_select and n >= wrong:  # Space unticks and ticks the focused box again
            box = qp.rows[picks[-1]].button
            assert isinstance(box, QCheckBox) and QApplication.focusWidget() is box
            press(qtbot, page, Qt.Key.Key_Space)
            assert not box.isChecked()
            press(qtbot, page, Qt.Key.Key_Space)
        assert [r.button.isChecked() for r in qp.rows] == [i in picks for i in range(len(qp.rows))]
        press(qtbot, page, Qt.Key.Key_Return)
        assert quiz.run.answered == n + 1
        if each:
            assert qp.feedback.isVisibleTo(page)
            assert qp.verdict.text() == ("Correct." if n >= wrong else "Not correct.")
            assert qp.explanation.text() == q.question.explanation("en")
            shown = qp.source.text()  # the rule book and section by name, never its file name or line
            assert q.question.source.quote in shown and q.question.source.file not in shown
            assert shown.startswith("Source: SNS ") or "manual" in shown
            press(qtbot, page, Qt.Key.Key_Return)
    assert quiz.stack.currentWidget() is quiz.result_page


def test_keyboard_quiz_to_a_pass_with_explanations(qtbot, office: session_service.Session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, office, seed=21)
    assert f"not taken this quarter's training ({Q_NOW}) yet. {DAYS_LEFT} days left" in page.quiz.banner.text()
    assert reminder_text(office) == f"You have not passed this quarter's training yet. {DAYS_LEFT} days left."
    take_with_keys(qtbot, page, wrong=3)  # 12 of 15 = 80 %: just passes
    quiz = page.quiz
    assert quiz.result_title.text() == "Passed"
    assert quiz.result_score.text() == "12 of 15 correct (80 %). The pass mark is 80 %."
    assert f"Recorded for {Q_NOW}" in quiz.result_note.text()
    assert quiz.topics.rowCount() == len({q.topic for q in quiz.run.questions})  # type: ignore[union-attr]
    status = service.my_status(office)
    assert status.status is Status.PASSED and status.attempts[0].score == 12
    assert reminder_text(office) is None
    press(qtbot, page, Qt.Key.Key_Tab)  # retake → back
    press(qtbot, page, Qt.Key.Key_Return)
    assert quiz.stack.currentWidget() is quiz.home
    assert f"You passed this quarter's training ({Q_NOW}) on {office_date(CLOCK_START).strftime('%Y/%m/%d')}." == quiz.banner.text()


def test_keyboard_quiz_to_a_fail_with_explanations_at_the_end(qtbot, office: session_service.Session) -> None:  # type: ignore[no-untyped-def]
    service.set_training_settings(office, fy_start_month=4, questions=15, pass_mark=0.8, feedback="end")
    page = open_page(qtbot, office, seed=8)
    take_with_keys(qtbot, page, wrong=4, letters=True)  # 11 of 15: fails
    quiz = page.quiz
    assert quiz.result_title.text() == "Not passed"
    assert quiz.result_score.text().startswith("11 of 15 correct")
    review = quiz.review.toPlainText()
    for q in quiz.run.questions:  # type: ignore[union-attr]
        assert q.question.explanation("en") in review
    assert review.count("Correct answer:") == 4
    assert service.my_status(office).status is Status.ATTEMPTED
    assert f"yet. {DAYS_LEFT} days left" in (reminder_text(office) or "")
    press(qtbot, page, Qt.Key.Key_Return)  # retake
    assert quiz.stack.currentWidget() is quiz.question_page and quiz.run.answered == 0  # type: ignore[union-attr]


def test_practice_records_nothing_and_can_be_left(qtbot, office: session_service.Session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, office, seed=3)
    page.quiz.practice_button.click()
    assert page.quiz.run is not None and page.quiz.run.practice
    assert page.quiz.question_page.progress.text() == "Practice · question 1 of 15"
    qp = page.quiz.question_page
    q = page.quiz.run.questions[0]
    for i in indices(q, True):
        press(qtbot, page, key_for(i, False))
    press(qtbot, page, Qt.Key.Key_Return)
    assert qp.feedback.isVisibleTo(page)
    box = page.quiz.ask_leave()
    assert box is not None and box.text() == "Leave the practice? Nothing is recorded."
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.quiz.stack.currentWidget() is page.quiz.home and page.quiz.run is None
    assert service.my_status(office).attempts == () and service.my_attempts(office) == []


def test_report_tab_for_a_manager_and_none_for_an_advisor(qtbot, office: session_service.Session,  # type: ignore[no-untyped-def]
                                                          data_dir: Path, clock: FakeClock) -> None:
    add_user(office, "advisor", "advisor", PASSWORD)
    add_user(office, "manager", "manager", PASSWORD)
    mark_demo(office)
    demo.populate_training(office)
    office.logout()
    manager = login(data_dir, "manager", PASSWORD, clock)
    try:
        page = open_page(qtbot, manager, seed=1)
        assert page.tabs is not None and page.report is not None
        page.show_report()
        report = page.report
        assert report.model.rowCount() == 3
        assert report.summary.text() == "1 of 3 passed · 1 attempted · 1 not started · 0 overdue"
        statuses = {report.model.index(r, 1).data(): report.model.index(r, 3).data() for r in range(3)}
        assert statuses == {"admin": "Not started", "advisor": "Attempted, not passed yet", "manager": "Passed"}
        assert report.missed.rowCount() > 0
        assert len(report.chart.data) == 8 and report.chart.grab().width() > 0
        report.quarter.setCurrentIndex(1)  # the previous quarter
        assert report.model.rowCount() == 2
        assert "1 overdue" in report.summary.text()
        settings = page.settings
        assert settings is not None
        page.tabs.setCurrentWidget(settings)
        assert settings.questions.value() == 15 and settings.pass_mark.value() == 80
        settings.questions.setValue(10)
        settings.feedback.setCurrentIndex(settings.feedback.findData("end"))
        settings.save_button.click()
        assert settings.status.text().startswith("Saved.")
        assert (service.training_settings(manager).questions, service.training_settings(manager).feedback) == \
               (10, "end")
        page.clear()  # lock: names and scores leave the view
        assert report.model.rowCount() == 0 and report.missed.rowCount() == 0
    finally:
        manager.logout()
    advisor = login(data_dir, "advisor", PASSWORD, clock)
    try:
        page = TrainingPage(advisor)
        qtbot.addWidget(page)
        assert page.tabs is None and page.report is None
    finally:
        advisor.logout()

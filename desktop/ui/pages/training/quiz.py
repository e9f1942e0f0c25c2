"""The quiz: this quarter's overview → the questions → the result."""

from __future__ import annotations

import html
import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import training as rules
from desktop.domain.training import DrawnQuestion, Status
from desktop.services import training as service
from desktop.services.session import Session
from desktop.ui import msgbox, theme
from desktop.ui.dates import day_text
from desktop.ui.pages.training.question import QuestionPage
from desktop.ui.pages.training.texts import (
    banner_text,
    current_language,
    percent_text,
    plain_label,
    source_text,
    status_label,
)
from desktop.ui.text import error_text, fill, quarter_text
from desktop.ui.widgets.forms import heading


class QuizPanel(QWidget):
    """Overview with this quarter's status → questions → result.

    Attributes:
        rng: Source of randomness for the next draw (tests set a seeded one).
        run: The quiz being taken, or ``None``.
        result: The last finished result, or ``None``.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizPanel")
        self.session = session
        self.lang = current_language()
        self.rng: random.Random | None = None
        self.run: service.QuizRun | None = None
        self.result: service.QuizResult | None = None
        self.status: service.MyStatus | None = None
        self.stack = QStackedWidget()
        self.home = self._build_home()
        self.question_page = QuestionPage(self, self)
        self.result_page = self._build_result()
        for page in (self.home, self.question_page, self.result_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- overview ------------------------------------------------------------------------
    def _build_home(self) -> QWidget:
        page = QWidget()
        page.setObjectName("quizHome")
        self.banner = plain_label()
        self.banner.setObjectName("trainingBanner")
        theme.scaled_font(self.banner, 1.15)
        self.previous_note = plain_label()
        self.previous_note.setObjectName("trainingPrevious")
        theme.set_role(self.previous_note, "error")
        self.about = QLabel()
        self.about.setObjectName("quizAbout")
        self.about.setWordWrap(True)
        self.history = plain_label()
        self.history.setObjectName("quizHistory")
        theme.set_role(self.history, "hint")
        self.start_button = QPushButton(self.tr("&Start this quarter's quiz"))
        self.start_button.setObjectName("startQuizButton")
        self.start_button.setAutoDefault(True)  # Enter on the focused button starts
        self.practice_button = QPushButton(self.tr("Practice"))
        self.practice_button.setObjectName("practiceButton")
        self.practice_button.setAutoDefault(True)
        self.start_button.clicked.connect(lambda: self.start_quiz(practice=False))
        self.practice_button.clicked.connect(lambda: self.start_quiz(practice=True))
        practice_note = QLabel(
            self.tr("Practice uses the same questions and records nothing — good for new staff."))
        practice_note.setWordWrap(True)
        theme.set_role(practice_note, "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.practice_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Quarterly training on personal data and social media"), 3,
                                 wrap=True))
        layout.addWidget(self.banner)
        layout.addWidget(self.previous_note)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        layout.addWidget(practice_note)
        layout.addSpacing(12)
        layout.addWidget(self.history)
        layout.addStretch(1)
        return page

    def refresh(self) -> None:
        """Reload this quarter's status (the running quiz, if any, is left alone)."""
        try:
            self.status = service.my_status(self.session)
            settings = service.training_settings(self.session)
            attempts = service.my_attempts(self.session)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.banner.setText(error_text(exc))
            return
        status = self.status
        self.banner.setText(banner_text(status))
        theme.set_role(self.banner, "callout-ok" if status.passed else "callout-warning")
        if status.previous_status is Status.OVERDUE:
            self.previous_note.setText(fill(self.tr("Last quarter's training (%1) was not completed."),
                                            quarter_text(status.quarter.previous().label)))
            self.previous_note.show()
        else:
            self.previous_note.hide()
        if settings.feedback == service.FEEDBACK_EACH:
            when = self.tr("Explanations are shown after each answer.")
        else:
            when = self.tr("Explanations are shown at the end.")
        about = self.tr("The quiz has %1 questions drawn from both rule books. You pass with %2 correct. "
                        "You may retake it as often as you like; every attempt is kept. %3")
        self.about.setText(fill(about, settings.questions, percent_text(float(settings.pass_mark) * 100), when))
        lines = [fill(self.tr("%1 (%2): %3 of %4 — %5"), day_text(a.taken_on), quarter_text(a.quarter), a.score, a.total,
                      status_label(Status.PASSED) if a.passed else self.tr("Not passed"))
                 for a in attempts[:8]]
        self.history.setText(self.tr("Your recent attempts:") + "\n" + "\n".join(lines) if lines else "")
        if self.stack.currentWidget() is self.home:
            self.start_button.setFocus()

    def show_home(self) -> None:
        self.run = None
        self.stack.setCurrentWidget(self.home)
        self.refresh()

    # --- running a quiz ------------------------------------------------------------------
    def start_quiz(self, *, practice: bool = False) -> None:
        try:
            self.run = service.start(self.session, practice=practice, rng=self.rng)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Training"), error_text(exc))
            return
        self.result = None
        self.stack.setCurrentWidget(self.question_page)
        self._show_next()

    def _show_next(self) -> None:
        run = self.run
        if run is None:
            return
        index = run.next_index()
        if index is None:
            self.finish()
            return
        self.question_page.show_question(index, run.questions[index], run.total, run.practice)

    def submit(self, selected: list[str]) -> None:
        run, page = self.run, self.question_page
        if run is None or page.question is None:
            return
        try:
            self.run, fb = service.answer(self.session, run, page.question.id, selected)
        except Exception as exc:  # noqa: BLE001 - bad input: shown, nothing changed
            page.error.setText(error_text(exc))
            return
        if self.run.feedback == service.FEEDBACK_EACH:
            page.show_feedback(fb, last=self.run.complete)
        else:
            self._show_next()

    def next_question(self) -> None:
        self._show_next()

    def finish(self) -> None:
        run = self.run
        if run is None:
            return
        try:
            self.run, self.result = service.finish(self.session, run)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Training"), error_text(exc))
            return
        self._show_result(self.run, self.result)

    def ask_leave(self) -> QMessageBox | None:
        """Ask before leaving a quiz in progress; returns the question box (``None`` if not asked)."""
        run = self.run
        if run is None or run.finished:
            self.show_home()
            return None
        text = (self.tr("Leave the practice? Nothing is recorded.") if run.practice
                else self.tr("Leave the quiz? An unfinished quiz is not recorded; you can start again."))
        return msgbox.question(self, self.tr("Leave the quiz"), text, self.show_home)

    # --- result --------------------------------------------------------------------------
    def _build_result(self) -> QWidget:
        page = QWidget()
        page.setObjectName("quizResult")
        self.result_title = heading(delta=5, wrap=True)
        self.result_title.setObjectName("resultTitle")
        self.result_score = plain_label()
        self.result_score.setObjectName("resultScore")
        self.result_note = plain_label()
        self.result_note.setObjectName("resultNote")
        theme.set_role(self.result_note, "hint")
        self.topics = QTableWidget(0, 3)
        self.topics.setObjectName("resultTopics")
        self.topics.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Correct"), self.tr("Questions")])
        self.topics.verticalHeader().hide()
        self.topics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.topics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.topics.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.review = QTextBrowser()
        self.review.setObjectName("resultReview")
        self.review.setOpenLinks(False)
        self.retake_button = QPushButton(self.tr("Retake the quiz"))
        self.retake_button.setObjectName("retakeButton")
        self.back_button = QPushButton(self.tr("Back to the overview"))
        self.back_button.setObjectName("backButton")
        self.retake_button.setAutoDefault(True)
        self.back_button.setAutoDefault(True)
        self.retake_button.clicked.connect(self._retake)
        self.back_button.clicked.connect(self.show_home)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("By topic")))
        left.addWidget(self.topics)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Your answers, with explanations")))
        right.addWidget(self.review)
        split = QHBoxLayout()
        split.addLayout(left, 2)
        split.addLayout(right, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_score)
        layout.addWidget(self.result_note)
        layout.addLayout(split, 1)
        layout.addLayout(buttons)
        return page

    def _retake(self) -> None:
        practice = self.result.practice if self.result is not None else False
        self.start_quiz(practice=practice)

    def _show_result(self, run: service.QuizRun, result: service.QuizResult) -> None:
        s = result.score
        if result.passed:
            self.result_title.setText(self.tr("Passed"))
            theme.set_role(self.result_title, "ok")
        else:
            self.result_title.setText(self.tr("Not passed"))
            theme.set_role(self.result_title, "error")
        score = self.tr("%1 of %2 correct (%3). The pass mark is %4.")
        self.result_score.setText(fill(score, s.correct, s.total, percent_text(s.percent),
                                       percent_text(float(s.pass_mark) * 100)))
        if result.practice:
            note = self.tr("This was a practice run: nothing was recorded.")
        elif result.passed:
            note = fill(self.tr("Recorded for %1. This quarter's training is complete."), quarter_text(result.quarter.label))
        else:
            note = fill(self.tr("Recorded for %1. You can retake the quiz; it counts once you pass."),
                        quarter_text(result.quarter.label))
        self.result_note.setText(note)
        self.retake_button.setText(self.tr("Practise again") if result.practice else self.tr("Retake the quiz"))
        by_topic = s.by_topic()
        self.topics.setRowCount(len(by_topic))
        for r, (key, (right, asked)) in enumerate(by_topic.items()):
            cells = (rules.topic(key).label(self.lang), str(right), str(asked))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 1 and right < asked:
                    item.setForeground(theme.colour("error"))
                self.topics.setItem(r, c, item)
        self.review.setHtml(self._review_html(run, result))
        self.stack.setCurrentWidget(self.result_page)
        self.retake_button.setFocus()

    def _review_html(self, run: service.QuizRun, result: service.QuizResult) -> str:
        lang = self.lang
        parts = []
        good, bad, quiet = theme.css_colour("ok"), theme.css_colour("error"), theme.css_colour("hint")
        for n, (q, r) in enumerate(zip(run.questions, result.score.results, strict=True), start=1):
            def texts(ids: frozenset[str], q: DrawnQuestion = q) -> str:
                return " / ".join(f"{i}. {c.text(lang)}" for i, c in enumerate(q.choices, start=1) if c.id in ids)

            mark = f"<span style='color:{good}'>✓</span>" if r.correct else f"<span style='color:{bad}'>✗</span>"
            rows = [f"<p><b>{mark} {n}. {html.escape(q.question.text(lang))}</b><br>"]
            rows.append(html.escape(fill(self.tr("Your answer: %1"), texts(r.selected))) + "<br>")
            if not r.correct:
                rows.append(html.escape(fill(self.tr("Correct answer: %1"), texts(r.expected))) + "<br>")
            rows.append(html.escape(q.question.explanation(lang)) + "<br>")
            rows.append(f"<span style='color:{quiet}'>{html.escape(source_text(q.question.source))}</span></p>")
            parts.append("".join(rows))
        return "".join(parts)

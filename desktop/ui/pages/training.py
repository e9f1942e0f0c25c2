"""研修: the quarterly training quiz (everyone) and the completion report (managers, administrators).

The quiz is keyboard-friendly: digits 1-9 or letters A-I choose a choice (in a "select all"
question they tick or untick it), Space ticks the focused choice, Enter submits the answer and
then moves on. Questions, choices and explanations are shown in the UI language
(:func:`current_language`).
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import training as rules
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action, Area
from desktop.domain.training import DrawnQuestion, Status
from desktop.services import training as service
from desktop.services.session import Session
from desktop.ui import msgbox
from desktop.ui.pages.users import role_label
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import heading
from desktop.ui.widgets.table import RowsTableModel

GOOD = "#1b7f3b"
BAD = "#b00020"
MAX_KEYED_CHOICES = 9


def current_language() -> str:
    """``"ja"`` when the Japanese translation is installed, else ``"en"``.

    The Japanese translation maps ``"en"`` to ``"ja"`` in the context ``"Language"``; until that
    entry exists, a string every Japanese build translates is probed instead.
    """
    code = QCoreApplication.translate("Language", "en")
    if code == "ja":
        return "ja"
    probe = "Training"  # the navigation title, translated as 研修
    return "ja" if QCoreApplication.translate("MainWindow", probe) != probe else "en"


def status_label(status: Status) -> str:
    labels = {
        Status.PASSED: QCoreApplication.translate("TrainingPage", "Passed"),
        Status.ATTEMPTED: QCoreApplication.translate("TrainingPage", "Attempted, not passed yet"),
        Status.NOT_STARTED: QCoreApplication.translate("TrainingPage", "Not started"),
        Status.OVERDUE: QCoreApplication.translate("TrainingPage", "Overdue"),
    }
    return labels[status]


def percent_text(value: float) -> str:
    return fill(QCoreApplication.translate("TrainingPage", "%1 %"), f"{value:.0f}")


def banner_text(status: service.MyStatus) -> str:
    """The quiz page banner: this quarter's status and the days left."""
    q = status.quarter
    if status.status is Status.PASSED:
        first = min(a.taken_on for a in status.attempts if a.passed)
        text = QCoreApplication.translate("TrainingPage", "You passed this quarter's training (%1) on %2.")
        return fill(text, q.label, first.isoformat())
    if status.status is Status.ATTEMPTED:
        best = status.best
        text = QCoreApplication.translate(
            "TrainingPage",
            "You have not passed this quarter's training (%1) yet: your best score is %2 of %3. %4 days left.")
        return fill(text, q.label, best.score if best else 0, best.total if best else 0, status.days_left)
    text = QCoreApplication.translate(
        "TrainingPage", "You have not taken this quarter's training (%1) yet. %2 days left.")
    return fill(text, q.label, status.days_left)


def reminder_text(session: Session) -> str | None:
    """The login reminder for staff who have not passed this quarter's training, or ``None``.

    The text is "You have not passed this quarter's training yet. %1 days left."
    """
    try:
        status = service.my_status(session)
    except DomainError:
        return None
    if status.passed:
        return None
    text = QCoreApplication.translate(
        "TrainingPage", "You have not passed this quarter's training yet. %1 days left.")
    return fill(text, status.days_left)


def _plain(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


# --- one question ---------------------------------------------------------------------------


class _ChoiceLabel(QLabel):
    """The wrapping text of a choice; a click on it clicks the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.button.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.button.click()
            self.button.setFocus()
        super().mousePressEvent(event)


class ChoiceRow(QFrame):
    """A radio button or check box with the choice number, the wrapping text and a result mark."""

    def __init__(self, number: int, text: str, multi: bool) -> None:
        super().__init__()
        self.setObjectName("choiceRow")
        self.button: QAbstractButton = QCheckBox(str(number)) if multi else QRadioButton(str(number))
        self.button.setObjectName(f"choice{number}")
        self.text = _ChoiceLabel(text, self.button)
        self.mark = QLabel()
        self.mark.setObjectName("choiceMark")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)

    def show_result(self, *, correct: bool, chosen: bool) -> None:
        if correct:
            self.setStyleSheet(f"#choiceRow {{ background: #e6f4ea; border-left: 4px solid {GOOD}; }}")
            self.mark.setText(self.tr("✓ Correct answer"))
            self.mark.setStyleSheet(f"color: {GOOD}; font-weight: bold;")
        elif chosen:
            self.setStyleSheet(f"#choiceRow {{ background: #fdecee; border-left: 4px solid {BAD}; }}")
            self.mark.setText(self.tr("✗ Your answer"))
            self.mark.setStyleSheet(f"color: {BAD}; font-weight: bold;")


class QuestionPage(QWidget):
    """One question at a time, with the explanation after answering (when feedback is "each")."""

    def __init__(self, panel: QuizPanel) -> None:
        super().__init__(panel)
        self.setObjectName("questionPage")
        self.panel = panel
        self.rows: list[ChoiceRow] = []
        self.group: QButtonGroup | None = None
        self.question: DrawnQuestion | None = None
        self.answered = False

        self.progress = QLabel()
        self.progress.setObjectName("quizProgress")
        self.topic = QLabel()
        self.topic.setObjectName("quizTopic")
        self.topic.setStyleSheet("color: #555;")
        self.scenario_box = QFrame()
        self.scenario_box.setObjectName("scenarioBox")
        self.scenario_box.setStyleSheet(
            "#scenarioBox { background: #f3f5f8; border: 1px solid #d0d7e2; border-radius: 4px; }")
        box = QVBoxLayout(self.scenario_box)
        self.scenario_title = QLabel(self.tr("Situation"))
        self.scenario_title.setStyleSheet("font-weight: bold; color: #1f5fa8;")
        self.scenario = _plain()
        self.scenario.setObjectName("quizScenario")
        box.addWidget(self.scenario_title)
        box.addWidget(self.scenario)
        self.text = heading(delta=2, wrap=True)
        self.text.setObjectName("quizQuestion")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.select_hint = QLabel()
        self.select_hint.setObjectName("quizSelectHint")
        self.select_hint.setStyleSheet("color: #555;")
        self.choices = QVBoxLayout()
        self.choices.setSpacing(4)

        self.feedback = QFrame()
        self.feedback.setObjectName("feedbackBox")
        fb = QVBoxLayout(self.feedback)
        self.verdict = heading(delta=1, wrap=True)
        self.verdict.setObjectName("quizVerdict")
        self.explanation = _plain()
        self.explanation.setObjectName("quizExplanation")
        self.source = _plain()
        self.source.setObjectName("quizSource")
        self.source.setStyleSheet("color: #444;")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fb.addWidget(self.verdict)
        fb.addWidget(self.explanation)
        fb.addWidget(self.source)
        self.feedback.hide()

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.topic)
        body.addWidget(self.scenario_box)
        body.addWidget(self.text)
        body.addWidget(self.select_hint)
        body.addLayout(self.choices)
        body.addWidget(self.feedback)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self.error = QLabel()
        self.error.setObjectName("quizError")
        self.error.setStyleSheet(f"color: {BAD};")
        self.keys = QLabel()
        self.keys.setObjectName("quizKeys")
        self.keys.setStyleSheet("color: #666;")
        self.quit_button = QPushButton(self.tr("Leave the quiz"))
        self.quit_button.setObjectName("quitQuizButton")
        self.quit_button.clicked.connect(panel.ask_leave)
        self.primary = QPushButton()
        self.primary.setObjectName("quizPrimaryButton")
        self.primary.clicked.connect(self.submit_or_next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys, 1)
        bottom.addWidget(self.quit_button)
        bottom.addWidget(self.primary)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    # --- building ------------------------------------------------------------------------
    def show_question(self, index: int, q: DrawnQuestion, total: int, practice: bool) -> None:
        lang = self.panel.lang
        self.question = q
        self.answered = False
        self.error.clear()
        self.feedback.hide()
        template = self.tr("Practice · question %1 of %2") if practice else self.tr("Question %1 of %2")
        self.progress.setText(fill(template, index + 1, total))
        self.topic.setText(rules.topic(q.topic).label(lang))
        scenario = q.question.scenario(lang)
        self.scenario.setText(scenario)
        self.scenario_box.setVisible(bool(scenario))
        self.text.setText(q.question.text(lang))
        self.select_hint.setText(
            self.tr("Select all that apply.") if q.multi_select else self.tr("Choose one answer."))
        for row in self.rows:
            self.choices.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if self.group is not None:
            self.group.deleteLater()
        self.group = QButtonGroup(self)
        self.group.setExclusive(not q.multi_select)
        for n, choice in enumerate(q.choices, start=1):
            row = ChoiceRow(n, choice.text(lang), q.multi_select)
            self.group.addButton(row.button, n - 1)
            self.choices.addWidget(row)
            self.rows.append(row)
        count = min(len(self.rows), MAX_KEYED_CHOICES)
        letter = chr(ord("A") + count - 1)
        if q.multi_select:
            self.keys.setText(fill(self.tr("Keys: 1–%1 or A–%2 tick a choice, Space ticks the focused one, "
                                           "Enter submits."), count, letter))
        else:
            self.keys.setText(fill(self.tr("Keys: 1–%1 or A–%2 choose, Enter submits."), count, letter))
        self.primary.setText(self.tr("Submit answer"))
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.rows:
            self.rows[0].button.setFocus()

    def selected(self) -> list[str]:
        q = self.question
        if q is None:
            return []
        return [q.choices[i].id for i, row in enumerate(self.rows) if row.button.isChecked()]

    def pick(self, index: int) -> None:
        """Choose (radio) or tick/untick (check box) the choice at ``index`` (0-based)."""
        if self.answered or not 0 <= index < len(self.rows):
            return
        button = self.rows[index].button
        if isinstance(button, QCheckBox):
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus()
        self.error.clear()

    # --- answering -----------------------------------------------------------------------
    def submit_or_next(self) -> None:
        if self.answered:
            self.panel.next_question()
        else:
            self.panel.submit(self.selected())

    def show_feedback(self, fb: service.Feedback, *, last: bool) -> None:
        lang = self.panel.lang
        self.answered = True
        for choice, row in zip(fb.question.choices, self.rows, strict=True):
            row.button.setEnabled(False)
            row.show_result(correct=choice.id in fb.expected, chosen=choice.id in fb.selected)
        if fb.correct:
            self.verdict.setText(self.tr("Correct."))
            self.verdict.setStyleSheet(f"color: {GOOD};")
        else:
            self.verdict.setText(self.tr("Not correct."))
            self.verdict.setStyleSheet(f"color: {BAD};")
        self.explanation.setText(fb.question.question.explanation(lang))
        self.source.setText(source_text(fb.source))
        self.feedback.setStyleSheet(
            "#feedbackBox { background: #fffbe6; border: 1px solid #e6d9a6; border-radius: 4px; }")
        self.feedback.show()
        self.primary.setText(self.tr("See the result") if last else self.tr("Next question"))
        self.keys.setText(self.tr("Enter: continue."))
        self.primary.setFocus()
        self.scroll_area.ensureWidgetVisible(self.feedback)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.pick(key - Qt.Key.Key_1)
        elif plain and Qt.Key.Key_A <= key <= Qt.Key.Key_I:
            self.pick(key - Qt.Key.Key_A)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.primary.click()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def source_text(source: rules.Source) -> str:
    text = QCoreApplication.translate("TrainingPage", "Source: %1, line %2: “%3”")
    return fill(text, source.file, source.line, source.quote)


# --- the quiz: overview, questions, result ------------------------------------------------


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
        self.question_page = QuestionPage(self)
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
        self.banner = _plain()
        self.banner.setObjectName("trainingBanner")
        self.previous_note = _plain()
        self.previous_note.setObjectName("trainingPrevious")
        self.previous_note.setStyleSheet(f"color: {BAD};")
        self.about = QLabel()
        self.about.setObjectName("quizAbout")
        self.about.setWordWrap(True)
        self.history = _plain()
        self.history.setObjectName("quizHistory")
        self.history.setStyleSheet("color: #444;")
        self.start_button = QPushButton(self.tr("Start this quarter's quiz"))
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
        practice_note.setStyleSheet("color: #555;")
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
        colour = ("#e6f4ea", GOOD) if status.passed else ("#fff4e5", "#b26a00")
        self.banner.setStyleSheet(f"background: {colour[0]}; border-left: 5px solid {colour[1]}; "
                                  "padding: 10px; font-size: 14px;")
        if status.previous_status is Status.OVERDUE:
            self.previous_note.setText(fill(self.tr("Last quarter's training (%1) was not completed."),
                                            status.quarter.previous().label))
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
        lines = [fill(self.tr("%1 (%2): %3 of %4 — %5"), a.taken_on.isoformat(), a.quarter, a.score, a.total,
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
        self.result_score = _plain()
        self.result_score.setObjectName("resultScore")
        self.result_note = _plain()
        self.result_note.setObjectName("resultNote")
        self.result_note.setStyleSheet("color: #444;")
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
            self.result_title.setStyleSheet(f"color: {GOOD};")
        else:
            self.result_title.setText(self.tr("Not passed"))
            self.result_title.setStyleSheet(f"color: {BAD};")
        score = self.tr("%1 of %2 correct (%3). The pass mark is %4.")
        self.result_score.setText(fill(score, s.correct, s.total, percent_text(s.percent),
                                       percent_text(float(s.pass_mark) * 100)))
        if result.practice:
            note = self.tr("This was a practice run: nothing was recorded.")
        elif result.passed:
            note = fill(self.tr("Recorded for %1. This quarter's training is complete."), result.quarter.label)
        else:
            note = fill(self.tr("Recorded for %1. You can retake the quiz; it counts once you pass."),
                        result.quarter.label)
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
                    item.setForeground(QColor(BAD))
                self.topics.setItem(r, c, item)
        self.review.setHtml(self._review_html(run, result))
        self.stack.setCurrentWidget(self.result_page)
        self.retake_button.setFocus()

    def _review_html(self, run: service.QuizRun, result: service.QuizResult) -> str:
        lang = self.lang
        parts = []
        for n, (q, r) in enumerate(zip(run.questions, result.score.results, strict=True), start=1):
            def texts(ids: frozenset[str], q: DrawnQuestion = q) -> str:
                return " / ".join(f"{i}. {c.text(lang)}" for i, c in enumerate(q.choices, start=1) if c.id in ids)

            mark = f"<span style='color:{GOOD}'>✓</span>" if r.correct else f"<span style='color:{BAD}'>✗</span>"
            rows = [f"<p><b>{mark} {n}. {html.escape(q.question.text(lang))}</b><br>"]
            rows.append(html.escape(fill(self.tr("Your answer: %1"), texts(r.selected))) + "<br>")
            if not r.correct:
                rows.append(html.escape(fill(self.tr("Correct answer: %1"), texts(r.expected))) + "<br>")
            rows.append(html.escape(q.question.explanation(lang)) + "<br>")
            rows.append(f"<span style='color:#555'>{html.escape(source_text(q.question.source))}</span></p>")
            parts.append("".join(rows))
        return "".join(parts)


# --- the report (managers, administrators) -------------------------------------------------


class PeopleModel(RowsTableModel[service.PersonRow]):
    """Completion per person for one quarter (an office has tens of staff: all rows at once)."""

    COLUMNS = 7


    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Username"), self.tr("Role"), self.tr("Status"),
                self.tr("Attempts"), self.tr("Best score"), self.tr("Passed on"))

    def role_data(self, p: service.PersonRow, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            colours = {Status.PASSED: GOOD, Status.OVERDUE: BAD, Status.ATTEMPTED: "#b26a00"}
            return QColor(colours[p.status]) if p.status in colours else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def cell(self, p: service.PersonRow, col: int) -> str:
        if col == 0:
            return p.display_name if p.active else fill(self.tr("%1 (deactivated)"), p.display_name)
        if col == 1:
            return p.username
        if col == 2:
            return role_label(p.role)
        if col == 3:
            return status_label(p.status)
        if col == 4:
            return str(p.attempts)
        if col == 5:
            if p.best_score is None or p.best_percent is None:
                return "—"
            return fill(self.tr("%1 / %2 (%3)"), p.best_score, p.best_total, percent_text(p.best_percent))
        return p.passed_on or "—"


class CompletionChart(QWidget):
    """Bars: share of staff who passed, per quarter (painted; QtCharts is not in PySide6-Essentials)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completionChart")
        self.setMinimumSize(300, 200)
        self.data: list[service.QuarterCompletion] = []

    def set_data(self, data: list[service.QuarterCompletion]) -> None:
        self.data = list(data)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        metrics = p.fontMetrics()
        line = metrics.height()
        left, right, top, bottom = metrics.horizontalAdvance("100 %") + 10, 10, line + 8, 2 * line + 10
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        p.setPen(QPen(QColor("#333")))
        p.drawText(QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignCenter,
                   self.tr("Staff who passed, by quarter"))
        grid = QPen(QColor("#e2e6ec"))
        for pct in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.setPen(grid)
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(QPen(QColor("#666")))
            p.drawText(QRectF(0, y - line / 2, left - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fill(self.tr("%1 %"), pct))
        if not self.data:
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            p.end()
            return
        slot = plot.width() / len(self.data)
        width = max(4.0, slot * 0.6)
        for i, c in enumerate(self.data):
            x = plot.left() + slot * i + (slot - width) / 2
            h = plot.height() * c.percent / 100
            bar = QRectF(x, plot.bottom() - h, width, h)
            p.fillRect(bar, QColor("#1f5fa8") if i == len(self.data) - 1 else QColor("#7fa6d6"))
            p.setPen(QPen(QColor("#222")))
            value = fill(self.tr("%1/%2"), c.passed, c.people) if c.people else "—"
            p.drawText(QRectF(plot.left() + slot * i, bar.top() - line - 2, slot, line),
                       Qt.AlignmentFlag.AlignCenter, value)
            quarter = c.label.partition(" ")[2]
            p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, line),
                       Qt.AlignmentFlag.AlignCenter, quarter)
        # the fiscal year once under its run of quarters
        years = [c.label.partition(" ")[0] for c in self.data]
        p.setPen(QPen(QColor("#666")))
        i = 0
        while i < len(years):
            j = i
            while j + 1 < len(years) and years[j + 1] == years[i]:
                j += 1
            span = QRectF(plot.left() + slot * i, plot.bottom() + 4 + line, slot * (j - i + 1), line)
            text = years[i]
            if metrics.horizontalAdvance(text) > span.width() and text.startswith("FY"):
                text = "FY" + text[-2:]  # FY2024 -> FY24 under a single quarter
            p.drawText(span, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, text)
            if i:
                p.drawLine(int(span.left()), int(plot.bottom() + 4), int(span.left()), int(span.bottom()))
            i = j + 1
        p.end()


class ReportPanel(QWidget):
    """Completion per person, the most-missed questions and the completion chart for one quarter."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPanel")
        self.session = session
        self.lang = current_language()
        self.report: service.TrainingReport | None = None
        self.quarter = QComboBox()
        self.quarter.setObjectName("reportQuarter")
        self.quarter.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = _plain()
        self.summary.setObjectName("reportSummary")
        self.model = PeopleModel()
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missed = QTableWidget(0, 3)
        self.missed.setObjectName("reportMissed")
        self.missed.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Topic"), self.tr("Wrong")])
        self.missed.verticalHeader().hide()
        self.missed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missed.setWordWrap(True)
        mh = self.missed.horizontalHeader()
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        mh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.missed.setColumnWidth(1, 190)
        self.chart = CompletionChart()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter:")))
        top.addWidget(self.quarter)
        top.addWidget(self.summary, 1)
        chart_box = QGroupBox(self.tr("Completion by quarter"))
        chart_box.setMaximumWidth(380)
        QVBoxLayout(chart_box).addWidget(self.chart)
        missed_box = QGroupBox(self.tr("Questions most often answered wrongly"))
        QVBoxLayout(missed_box).addWidget(self.missed)
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(missed_box, 1)
        row.addWidget(chart_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _fill_quarters(self) -> None:
        current = self.quarter.currentData()
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for q in service.recent_quarters(self.session):
            text = fill(self.tr("%1 (%2 – %3)"), q.label, q.start.isoformat(), q.end.isoformat())
            self.quarter.addItem(text, q.label)
        index = self.quarter.findData(current) if current else 0
        self.quarter.setCurrentIndex(max(0, index))
        self.quarter.blockSignals(False)

    def refresh(self) -> None:
        try:
            self._fill_quarters()
        except Exception as exc:  # noqa: BLE001
            self.summary.setText(error_text(exc))
            return
        self.load()

    def load(self) -> None:
        label = self.quarter.currentData()
        try:
            report = service.report(self.session, label)
        except Exception as exc:  # noqa: BLE001
            self.summary.setText(error_text(exc))
            return
        self.report = report
        counts = report.counts
        self.summary.setText(fill(self.tr("%1 of %2 passed · %3 attempted · %4 not started · %5 overdue"),
                                  counts[Status.PASSED], len(report.people), counts[Status.ATTEMPTED],
                                  counts[Status.NOT_STARTED], counts[Status.OVERDUE]))
        self.model.set_rows(list(report.people))
        self.missed.setRowCount(len(report.most_missed))
        for r, m in enumerate(report.most_missed):
            q = m.question
            text = q.text(self.lang) if q is not None else m.question_id
            topic = rules.topic(q.topic).label(self.lang) if q is not None else ""
            cells = (text, topic, fill(self.tr("%1 of %2"), m.wrong, m.asked))
            scenario = q.scenario(self.lang) if q is not None else ""
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(scenario + "\n\n" + value if c == 0 and scenario else value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.missed.setItem(r, c, item)
        self.missed.resizeRowsToContents()
        self.chart.set_data(list(report.by_quarter))

    def clear(self) -> None:
        self.report = None
        self.model.set_rows([])
        self.missed.setRowCount(0)
        self.chart.set_data([])
        self.summary.clear()


class SettingsPanel(QWidget):
    """The office's quiz settings (managers and administrators; the service checks the role)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSettings")
        self.session = session
        locale = QLocale(QLocale.Language.Japanese if current_language() == "ja" else QLocale.Language.English)
        self.fy_start = QComboBox()
        self.fy_start.setObjectName("fyStartMonth")
        for month in range(1, 13):
            self.fy_start.addItem(locale.monthName(month), month)
        self.questions = QSpinBox()
        self.questions.setObjectName("questionCount")
        self.questions.setRange(1, service.MAX_QUESTIONS)
        self.pass_mark = QSpinBox()
        self.pass_mark.setObjectName("passMark")
        self.pass_mark.setRange(1, 100)
        self.pass_mark.setSuffix(" %")
        self.feedback = QComboBox()
        self.feedback.setObjectName("feedbackMode")
        self.feedback.addItem(self.tr("After each question"), service.FEEDBACK_EACH)
        self.feedback.addItem(self.tr("At the end of the quiz"), service.FEEDBACK_END)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTrainingSettings")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("trainingSettingsStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("First month of the fiscal year:"), self.fy_start)
        form.addRow(self.tr("Questions per quiz:"), self.questions)
        form.addRow(self.tr("Pass mark:"), self.pass_mark)
        form.addRow(self.tr("Show explanations:"), self.feedback)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def refresh(self) -> None:
        try:
            s = service.training_settings(self.session)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        self.fy_start.setCurrentIndex(self.fy_start.findData(s.fy_start_month))
        self.questions.setMaximum(min(service.MAX_QUESTIONS, len(service.load_bank())))
        self.questions.setValue(s.questions)
        self.pass_mark.setValue(round(float(s.pass_mark) * 100))
        self.feedback.setCurrentIndex(self.feedback.findData(s.feedback))

    def save(self) -> None:
        try:
            service.set_training_settings(self.session, fy_start_month=self.fy_start.currentData(),
                                          questions=self.questions.value(),
                                          pass_mark=Fraction(self.pass_mark.value(), 100),
                                          feedback=self.feedback.currentData())
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self.status.setStyleSheet(f"color: {BAD};")
            self.status.setText(error_text(exc))
            return
        self.status.setStyleSheet(f"color: {GOOD};")
        self.status.setText(self.tr("Saved. The settings apply to quizzes started from now on."))

    def clear(self) -> None:
        self.status.clear()


# --- the page -------------------------------------------------------------------------------


class TrainingPage(QWidget):
    """研修: the quiz for everyone; report and settings tabs for managers and administrators."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.quiz = QuizPanel(session, self)
        self.report: ReportPanel | None = None
        self.settings: SettingsPanel | None = None
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        if session.can(Action.TRAINING_REPORT):
            self.tabs = QTabWidget()
            self.tabs.setObjectName("trainingTabs")
            self.report = ReportPanel(session)
            self.settings = SettingsPanel(session)
            self.tabs.addTab(self.quiz, self.tr("Quiz"))
            self.tabs.addTab(self.report, self.tr("Report"))
            self.tabs.addTab(self.settings, self.tr("Settings"))
            self.tabs.currentChanged.connect(lambda _i: None if session.locked else self.refresh())
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(self.quiz)

    def refresh(self) -> None:
        current = self.tabs.currentWidget() if self.tabs is not None else self.quiz
        if current is self.quiz:
            if self.quiz.run is None:
                self.quiz.refresh()
        elif current is not None:
            current.refresh()  # type: ignore[attr-defined]

    def clear(self) -> None:
        """On lock: drop the report's names and scores (the quiz in progress stays)."""
        if self.report is not None:
            self.report.clear()
        if self.settings is not None:
            self.settings.clear()

    def show_report(self) -> None:
        if self.tabs is not None and self.report is not None:
            self.tabs.setCurrentWidget(self.report)


def _factory(session: Session, parent: QWidget) -> QWidget:
    return TrainingPage(session, parent)


PAGES = {Area.TRAINING: _factory}


# --- screenshots ---------------------------------------------------------------------------


def _answer_all(page: TrainingPage, wrong: int) -> None:
    quiz = page.quiz
    while quiz.run is not None and not quiz.run.finished:
        index = quiz.run.next_index()
        if index is None:
            break
        q = quiz.run.questions[index]
        ids = q.answers if index >= wrong else frozenset({next(c.id for c in q.choices if c.id not in q.answers)})
        quiz.submit(sorted(ids))
        if not quiz.run.finished and quiz.question_page.answered:
            quiz.next_question()


def _shots(out: Path, lang: str, data_dir: Path, shot_main: Callable[..., None]) -> None:
    def question(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.quiz.rng = random.Random(11)
        page.quiz.start_quiz()
        page.quiz.question_page.pick(0)

    def explanation(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.quiz.rng = random.Random(11)
        page.quiz.start_quiz(practice=True)
        q = page.quiz.run.questions[0]  # type: ignore[union-attr]
        wrong = next(c.id for c in q.choices if c.id not in q.answers)
        page.quiz.submit([wrong])

    def result(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.quiz.rng = random.Random(12)
        page.quiz.start_quiz()
        _answer_all(page, wrong=2)

    def report(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.show_report()

    shot_main(out, lang, data_dir, "manager", Area.TRAINING, "training_report", report)
    shot_main(out, lang, data_dir, "advisor", Area.TRAINING, "training_home", None)
    shot_main(out, lang, data_dir, "advisor", Area.TRAINING, "training_question", question)
    shot_main(out, lang, data_dir, "advisor", Area.TRAINING, "training_explanation", explanation)
    shot_main(out, lang, data_dir, "advisor", Area.TRAINING, "training_result", result)


SCREENSHOTS = [_shots]

__all__ = ["PAGES", "SCREENSHOTS", "TrainingPage", "current_language", "reminder_text"]

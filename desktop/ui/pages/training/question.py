"""One question of the quiz: the choices (keys 1-9 or A-I), the answer and its explanation."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import training as rules
from desktop.domain.training import DrawnQuestion
from desktop.services import training as service
from desktop.ui import theme
from desktop.ui.pages.training.texts import (
    plain_label,
    source_text,
)
from desktop.ui.text import fill
from desktop.ui.widgets.forms import heading

MAX_KEYED_CHOICES = 9


class QuizHost(Protocol):
    """What a question page needs from the quiz it belongs to."""

    lang: str

    def ask_leave(self) -> QMessageBox | None: ...

    def next_question(self) -> None: ...

    def submit(self, selected: list[str]) -> None: ...


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
            theme.set_role(self, "choice-correct")
            self.mark.setText(self.tr("✓ Correct answer"))
            theme.set_role(self.mark, "ok-strong")
        elif chosen:
            theme.set_role(self, "choice-wrong")
            self.mark.setText(self.tr("✗ Your answer"))
            theme.set_role(self.mark, "error-strong")


class QuestionPage(QWidget):
    """One question at a time, with the explanation after answering (when feedback is "each")."""

    def __init__(self, panel: QuizHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        theme.set_role(self.topic, "hint")
        self.scenario_box = QFrame()
        self.scenario_box.setObjectName("scenarioBox")
        theme.set_role(self.scenario_box, "panel")
        box = QVBoxLayout(self.scenario_box)
        self.scenario_title = QLabel(self.tr("Situation"))
        theme.set_role(self.scenario_title, "accent")
        self.scenario = plain_label()
        self.scenario.setObjectName("quizScenario")
        box.addWidget(self.scenario_title)
        box.addWidget(self.scenario)
        self.text = heading(delta=2, wrap=True)
        self.text.setObjectName("quizQuestion")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.select_hint = QLabel()
        self.select_hint.setObjectName("quizSelectHint")
        theme.set_role(self.select_hint, "hint")
        self.choices = QVBoxLayout()
        self.choices.setSpacing(4)

        self.feedback = QFrame()
        self.feedback.setObjectName("feedbackBox")
        theme.set_role(self.feedback, "note-box")
        fb = QVBoxLayout(self.feedback)
        self.verdict = heading(delta=1, wrap=True)
        self.verdict.setObjectName("quizVerdict")
        self.explanation = plain_label()
        self.explanation.setObjectName("quizExplanation")
        self.source = plain_label()
        self.source.setObjectName("quizSource")
        theme.set_role(self.source, "hint")
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
        theme.set_role(self.error, "error")
        self.keys = QLabel()
        self.keys.setObjectName("quizKeys")
        theme.set_role(self.keys, "hint")
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
            theme.set_role(self.verdict, "ok")
        else:
            self.verdict.setText(self.tr("Not correct."))
            theme.set_role(self.verdict, "error")
        self.explanation.setText(fb.question.question.explanation(lang))
        self.source.setText(source_text(fb.source))
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

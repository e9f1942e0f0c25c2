"""The office's quiz settings (managers and administrators; the service checks the role)."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import training as service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.pages.training.texts import (
    current_language,
)
from desktop.ui.text import error_text


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
            theme.set_role(self.status, "error")
            self.status.setText(error_text(exc))
            return
        theme.set_role(self.status, "ok")
        self.status.setText(self.tr("Saved. The settings apply to quizzes started from now on."))

    def clear(self) -> None:
        self.status.clear()

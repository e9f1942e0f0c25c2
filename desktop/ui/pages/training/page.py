"""研修: the quiz for everyone; report and settings tabs for managers and administrators."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Action, Area
from desktop.services.session import Session
from desktop.ui.pages.training.quiz import QuizPanel
from desktop.ui.pages.training.report import ReportPanel
from desktop.ui.pages.training.settings import SettingsPanel


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

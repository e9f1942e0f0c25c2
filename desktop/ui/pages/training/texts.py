"""What the training screens say outside any one widget: the UI language, statuses, percentages,
the banner, the login reminder and the source of a question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
)

from desktop.domain import training as rules
from desktop.domain.errors import DomainError
from desktop.domain.training import Status
from desktop.services import training as service
from desktop.services.session import Session
from desktop.ui.dates import day_text
from desktop.ui.text import fill, quarter_text
from desktop.ui.text import source_text as rule_source_text


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
        return fill(text, quarter_text(q.label), day_text(first))
    if status.status is Status.ATTEMPTED:
        best = status.best
        text = QCoreApplication.translate(
            "TrainingPage",
            "You have not passed this quarter's training (%1) yet: your best score is %2 of %3. %4 days left.")
        return fill(text, quarter_text(q.label), best.score if best else 0, best.total if best else 0, status.days_left)
    text = QCoreApplication.translate(
        "TrainingPage", "You have not taken this quarter's training (%1) yet. %2 days left.")
    return fill(text, quarter_text(q.label), status.days_left)


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


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label



def source_text(source: rules.Source) -> str:
    text = QCoreApplication.translate("TrainingPage", "Source: %1: “%2”")
    return fill(text, rule_source_text(source.file, source.line), source.quote)

"""The yearly review dialog (A9): the manual's rules, the consent scripts and the word lists, each
with its last review (date, reviewer, note); a manager records a new review with a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.yearly_review import ReviewSubject
from desktop.services import reviews as review_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import local_time
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import error_label, hint


def subject_label(subject: ReviewSubject) -> str:
    return QCoreApplication.translate("YearlyReview", subject.label)


class YearlyReviewDialog(QDialog):
    """Signals: recorded(): a review was recorded (the page refreshes its warning)."""

    recorded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearlyReviewDialog")
        self.setWindowTitle(self.tr("Yearly review"))
        self.resize(640, 480)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "At least once a year, check that the manual's rules, the consent scripts and the screening "
            "word lists are still correct, and record what you checked.")))
        self.lines: dict[ReviewSubject, QLabel] = {}
        for subject in ReviewSubject:
            label = QLabel()
            label.setObjectName(f"review_{subject.value}")
            label.setWordWrap(True)
            self.lines[subject] = label
            layout.addWidget(label)
        form = QFormLayout()
        self.subject = QComboBox()
        self.subject.setObjectName("reviewSubject")
        self.note = QPlainTextEdit()
        self.note.setObjectName("reviewNote")
        form.addRow(self.tr("Reviewed:"), self.subject)
        form.addRow(self.tr("What was checked:"), self.note)
        layout.addLayout(form)
        self.status = error_label("reviewStatus", red=False)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record the review"))
        self.record_button.setObjectName("recordReview")
        self.record_button.clicked.connect(self.record)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.record_button)
        row.addWidget(close)
        layout.addLayout(row)
        for subject in ReviewSubject:
            if session.can(review_service.ACTIONS[subject]):
                self.subject.addItem(subject_label(subject), subject.value)
        can_record = self.subject.count() > 0  # administrators only read
        form.setRowVisible(self.subject, can_record)
        form.setRowVisible(self.note, can_record)
        self.record_button.setVisible(can_record)
        self.load()

    def load(self) -> None:
        try:
            status = review_service.review_status(self.session)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        for s in status:
            label = self.lines[s.subject]
            if not s.recorded and s.subject is not ReviewSubject.CONSENT_SCRIPTS:
                text = fill(self.tr("%1: no review recorded yet (in use since %2)."), subject_label(s.subject),
                            local_time(s.reviewed_at, date_only=True))
            else:
                text = fill(self.tr("%1: last reviewed %2 by %3. Note: %4"), subject_label(s.subject),
                            local_time(s.reviewed_at, date_only=True), s.reviewer or "", s.note or "—")
            if s.overdue:
                text = fill(self.tr("%1 Over a year ago: review it now."), text)
            theme.set_role(label, "error" if s.overdue else None)
            label.setText(text)

    def record(self) -> None:
        try:
            review_service.record_review(self.session, str(self.subject.currentData()), self.note.toPlainText())
        except Exception as exc:  # noqa: BLE001
            theme.set_role(self.status, "error")
            self.status.setText(error_text(exc))
            return
        theme.set_role(self.status, "ok")
        self.status.setText(self.tr("Review recorded."))
        self.note.clear()
        self.load()
        self.recorded.emit()

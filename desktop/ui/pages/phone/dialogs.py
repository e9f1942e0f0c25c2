"""The phone page's dialogs: correcting a mistaken entry, and the consent script's versions (A9).

The correction's reason survives a lock, a cancelled unlock and a logout: it is kept in the encrypted
database and is back when the same entry's correction is opened again (:class:`desktop.ui.kept_text.TextKeeper`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.consent import Outcome
from desktop.services import consent as consent_service
from desktop.services import kept as kept_service
from desktop.services import scripts as script_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.consent_text import outcome_label, script_name
from desktop.ui.dates import local_time
from desktop.ui.kept_text import TextKeeper
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import buddy_label, error_label, hint, ok_cancel_buttons


class CorrectionDialog(QDialog):
    """Correct a mistaken entry: the other outcome was meant, or it should not exist at all.

    Signals:
        corrected(object): the CaptureResult of the correction.
    """

    corrected = Signal(object)

    def __init__(self, session: Session, entry: consent_service.TodayEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct an entry"))
        self.session = session
        self.entry = entry
        other = Outcome.REFUSED if entry.outcome == Outcome.AGREED.value else Outcome.AGREED
        self.other = other
        layout = QVBoxLayout(self)
        self.about = QLabel(fill(self.tr("Entry #%1 for %2 (%3). The original stays in the history."),
                                 entry.event_id, entry.address or "", outcome_label(entry.outcome)))
        layout.addWidget(self.about)
        self.to_other = QRadioButton(fill(self.tr("The caller actually answered: %1"), outcome_label(other.value)))
        self.to_other.setObjectName("correctOutcome")
        self.void = QRadioButton(self.tr("Entered by mistake (wrong caller or address): void it"))
        self.void.setObjectName("correctVoid")
        self.to_other.setChecked(True)
        if entry.outcome is None:
            self.to_other.setEnabled(False)
            self.void.setChecked(True)
        self.read = QCheckBox(self.tr("The consent script was read to the caller"))
        self.read.setObjectName("correctRead")
        self.read.setVisible(other is Outcome.AGREED)
        self.reason = QLineEdit()
        self.reason.setObjectName("correctReason")
        self.reason.setPlaceholderText(self.tr("Why is it corrected?"))
        self.status = error_label("correctStatus")
        layout.addWidget(self.to_other)
        layout.addWidget(self.read)
        layout.addWidget(self.void)
        layout.addWidget(buddy_label(self.tr("Reason:"), self.reason))
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        self.buttons = ok_cancel_buttons(self, self.submit)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.keeper = TextKeeper(self, session, kept_service.slot("correction", entry.event_id),
                                 {"reason": self.reason}, self._say_kept)
        self.finished.connect(lambda _r: self.clear_data() if session.locked else None)

    def clear_data(self) -> None:
        """On lock (after the reason was kept): no personal data stays in the closed dialog."""
        self.about.clear()
        self.reason.clear()

    def _say_kept(self, text: str) -> None:
        theme.set_role(self.status, "hint")
        self.status.setText(text)

    def submit(self) -> None:
        try:
            if self.void.isChecked():
                result = consent_service.correct_event(self.session, self.entry.event_id, reason=self.reason.text(),
                                                       void=True)
            else:
                result = consent_service.correct_event(
                    self.session, self.entry.event_id, reason=self.reason.text(), outcome=self.other,
                    script_read_confirmed=self.read.isChecked() if self.other is Outcome.AGREED else None)
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            theme.set_role(self.status, "error")
            self.status.setText(error_text(exc))
            return
        self.corrected.emit(result)
        self.accept()


class ScriptDialog(QDialog):
    """Managers: publish a new version of the phone script, or mark it as reviewed (A9).

    Signals:
        published(): a version was published or marked as reviewed.
    """

    published = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, key: str = "phone") -> None:
        super().__init__(parent)
        self.setObjectName("scriptDialog")
        self.setWindowTitle(self.tr("Consent script versions"))
        self.resize(720, 560)
        self.session = session
        self.key = key
        layout = QVBoxLayout(self)
        self.versions = QLabel()
        self.versions.setObjectName("scriptVersions")
        self.versions.setWordWrap(True)
        layout.addWidget(self.versions)
        form = QFormLayout()
        self.version = QLineEdit()
        self.version.setObjectName("newScriptVersion")
        self.text_ja = QPlainTextEdit()
        self.text_ja.setObjectName("newScriptJa")
        self.text_en = QPlainTextEdit()
        self.text_en.setObjectName("newScriptEn")
        for edit in (self.text_ja, self.text_en):
            edit.setTabChangesFocus(True)  # Tab moves on (a script has no tab characters)
        form.addRow(self.tr("New version name:"), self.version)
        form.addRow(self.tr("Japanese (one paragraph per block, blank line between):"), self.text_ja)
        form.addRow(self.tr("English:"), self.text_en)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Write {office} where the office name goes. Earlier records keep the exact text they "
            "were captured with.")))
        self.status = error_label("scriptStatus", red=False)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Mark the current version as reviewed"))
        self.review_button.clicked.connect(self.mark_reviewed)
        self.publish_button = QPushButton(self.tr("Publish the new version"))
        self.publish_button.setObjectName("publishScript")
        self.publish_button.clicked.connect(self.publish)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.review_button)
        row.addStretch(1)
        row.addWidget(self.publish_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.load()
        # a new version being written survives a lock, a cancelled unlock and a logout
        self.keeper = TextKeeper(self, session, kept_service.slot("script", key),
                                 {"version": self.version, "ja": self.text_ja, "en": self.text_en}, self._say_kept)

    def _say_kept(self, text: str) -> None:
        theme.set_role(self.status, "hint")
        self.status.setText(text)

    def load(self) -> None:
        try:
            versions = script_service.versions(self.session, self.key)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        lines = [fill(self.tr("%1 — published %2, reviewed %3"), script_name(v.title, v.published_at), local_time(v.published_at),
                      local_time(v.reviewed_at)) for v in versions]
        self.versions.setText("\n".join(lines))
        if versions:
            current = versions[0]
            self.text_ja.setPlainText("\n\n".join(p.replace(self.session.settings().office_name, "{office}")
                                                  for p in current.paragraphs))
            en = script_service.render_version(self.session, current.version_row_id, "en")
            self.text_en.setPlainText("\n\n".join(p.replace(self.session.settings().office_name, "{office}")
                                                  for p in en.paragraphs))

    @staticmethod
    def _paragraphs(text: str) -> list[str]:
        return [p.strip() for p in text.replace("\r", "").split("\n\n") if p.strip()]

    def publish(self) -> None:
        try:
            script_service.publish(self.session, self.key, version=self.version.text(), paragraphs={
                "ja": self._paragraphs(self.text_ja.toPlainText()), "en": self._paragraphs(self.text_en.toPlainText())})
        except Exception as exc:  # noqa: BLE001
            theme.set_role(self.status, "error")
            self.status.setText(error_text(exc))
            return
        theme.set_role(self.status, "ok")
        self.status.setText(self.tr("Published."))
        self.load()
        self.keeper.saved()
        self.published.emit()

    def mark_reviewed(self) -> None:
        try:
            script_service.mark_reviewed(self.session, self.key)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        theme.set_role(self.status, "ok")
        self.status.setText(self.tr("Marked as reviewed."))
        self.load()
        self.published.emit()

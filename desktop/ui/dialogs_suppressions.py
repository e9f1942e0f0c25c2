"""配信サービスから取り込む: a mail service's unsubscribes, bounces and complaints into the office.

Choose the file, keep the recognised format or pick one, preview the counts by outcome and a
sample, then confirm. Reading runs off the GUI thread with progress and Cancel; confirming
applies everything in one transaction (the service writes one audit entry).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import fill
from desktop.domain.mail_services import FileFormat
from desktop.services import mail_import
from desktop.services.mail_import import Effect
from desktop.services.session import Session
from desktop.ui import files, theme
from desktop.ui.text import error_text
from desktop.ui.widgets.background import BackgroundTask
from desktop.ui.widgets.forms import buddy_label


def effect_text(effect: Effect) -> str:
    return QCoreApplication.translate("MailImport", effect.label)


class SuppressionImportDialog(QDialog):
    """Signals: imported(object): the SuppressionResult after a confirmed import."""

    imported = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suppressionImportDialog")
        self.setWindowTitle(self.tr("Import from the mail service"))
        self.resize(820, 640)
        self.session = session
        self.preview: mail_import.SuppressionPreview | None = None
        self.file_dialog: QFileDialog | None = None

        self.path = QLineEdit()
        self.path.setObjectName("suppressionPath")
        self.path.setPlaceholderText(self.tr("The unsubscribe, bounce or complaint list downloaded from the service"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        self.format = QComboBox()
        self.format.setObjectName("suppressionFormat")
        self.format.addItem(self.tr("Recognise automatically"), "")
        for fmt in FileFormat:
            self.format.addItem(QCoreApplication.translate("MailService", fmt.label), fmt.value)
        self.format.currentIndexChanged.connect(lambda _i: self._set_preview(None))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("File:"), self.path), file_row)
        form.addRow(self.tr("Format:"), self.format)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("suppressionPreviewButton")
        self.preview_button.clicked.connect(lambda: self.run_preview())
        self.status = QLabel()
        self.status.setObjectName("suppressionStatus")
        self.status.setWordWrap(True)
        self.task = BackgroundTask(self, self.status)
        self.task.busy_changed.connect(lambda _busy: self._update_buttons())
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.task.progress, 1)
        actions.addWidget(self.task.cancel_button)
        self.counts = QTableWidget(0, 2)
        self.counts.setObjectName("suppressionCounts")
        self.counts.setHorizontalHeaderLabels([self.tr("Outcome"), self.tr("Addresses")])
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.samples = QTableWidget(0, 3)
        self.samples.setObjectName("suppressionSamples")
        self.samples.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Outcome"), self.tr("Address")])
        self.samples.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.samples.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.samples.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.samples.verticalHeader().hide()
        self.samples.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.import_button = QPushButton(self.tr("Apply to the send list"))
        self.import_button.setObjectName("suppressionImportButton")
        self.import_button.clicked.connect(lambda: self.run_import())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buddy_label(self.tr("What importing will do"), self.counts))
        layout.addWidget(self.counts, 1)
        layout.addWidget(buddy_label(self.tr("Sample"), self.samples))
        layout.addWidget(self.samples, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # --- file ---------------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        dialog = files.file_dialog(self, files.Purpose.MAIL_SERVICE, self.tr("Choose the file from the mail service"),
                                   filters=[self.tr("CSV, ZIP or Excel files (*.csv *.txt *.zip *.xlsx)"),
                                            self.tr("All files (*)")])
        dialog.fileSelected.connect(self.set_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        self._set_preview(None)

    # --- background work (desktop.ui.widgets.background) -----------------------------------------
    @property
    def busy(self) -> bool:
        return self.task.busy

    def cancel(self) -> None:
        self.task.cancel()

    def run_preview(self, *, wait: bool = False) -> None:
        if self.busy:
            return
        if not self.path.text().strip():
            self._error(self.tr("Choose a file first."))
            return
        path = Path(self.path.text().strip())
        fmt = self.format.currentData() or None
        task = self.task
        task.start(self.tr("Reading and checking the file…"))
        task.run(lambda: mail_import.preview(self.session, path, fmt, progress=task.report,
                                             cancelled=task.cancel_event.is_set),
                 self._preview_done, self._failed, wait=wait)

    def _preview_done(self, preview: mail_import.SuppressionPreview) -> None:
        self.task.finish()
        if self.session.locked:
            return
        self._set_preview(preview)

    def _failed(self, exc: BaseException) -> None:
        self.task.finish()
        self._error(error_text(exc))

    def _error(self, text: str) -> None:
        theme.set_role(self.status, "error")
        self.status.setText(text)

    def _set_preview(self, preview: mail_import.SuppressionPreview | None) -> None:
        self.preview = preview
        self.counts.setRowCount(0)
        self.samples.setRowCount(0)
        if preview is None:
            self._update_buttons()
            return
        formats = ", ".join(QCoreApplication.translate("MailService", f.label) for f in preview.formats)
        theme.set_role(self.status, None)
        self.status.setText(fill(self.tr("Read as: %1. %2 addresses will be taken off the send list."),
                                 formats, preview.changes))
        shown = [e for e in Effect if preview.counts.get(e)]
        self.counts.setRowCount(len(shown))
        for row, effect in enumerate(shown):
            count = QTableWidgetItem(str(preview.counts[effect]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 0, QTableWidgetItem(effect_text(effect)))
            self.counts.setItem(row, 1, count)
        sample = preview.sample()
        self.samples.setRowCount(len(sample))
        for i, r in enumerate(sample):
            for col, text in enumerate((str(r.line), effect_text(r.effect), r.address)):
                self.samples.setItem(i, col, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(not self.busy)
        self.import_button.setEnabled(self.preview is not None and self.preview.changes > 0 and not self.busy)

    def run_import(self, *, wait: bool = False) -> None:
        preview = self.preview
        if preview is None or self.busy:
            return
        task = self.task
        task.start(self.tr("Applying…"))
        task.run(lambda: mail_import.confirm(self.session, preview, progress=task.report,
                                             cancelled=task.cancel_event.is_set),
                 self._import_done, self._failed, wait=wait)

    def _import_done(self, result: mail_import.SuppressionResult) -> None:
        self.task.finish()
        self.preview = None
        self.counts.setRowCount(0)
        self.samples.setRowCount(0)
        self._update_buttons()
        theme.set_role(self.status, "ok-strong")
        self.status.setText(fill(self.tr("Done: %1 addresses were taken off the send list."), result.changed))
        self.imported.emit(result)

    def reject(self) -> None:
        if self.busy:
            self.cancel()
            return
        super().reject()

    def clear_data(self) -> None:
        """On lock: cancel any work and drop the addresses from the dialog."""
        self.task.cancel_event.set()
        self._set_preview(None)
        self.status.clear()
        self.path.clear()

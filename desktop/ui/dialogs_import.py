"""Landing-page import dialog: choose the file and source, map columns, preview, confirm.

Reading, classifying and importing run off the GUI thread (``desktop.ui.widgets.background``) with a
progress bar and a Cancel button; a cancelled or failed import leaves nothing behind (the
service imports in one transaction). The advisor's confirmation is the "Import" button after
ticking that the opt-in (municipal page) or the notice (other page) was checked.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
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
from desktop.services import lp_import
from desktop.services import scripts as script_service
from desktop.services.lp_import import FIELD_LABELS, FIELDS, RowOutcome, Source
from desktop.services.session import Session
from desktop.ui import files, theme
from desktop.ui.consent_text import script_name
from desktop.ui.dates import local_time
from desktop.ui.text import error_text
from desktop.ui.widgets.background import BackgroundTask
from desktop.ui.widgets.forms import buddy_label

OUTCOME_COLOURS = {  # theme colour names
    RowOutcome.JOIN: "ok", RowOutcome.NO_OPT_IN: "hint", RowOutcome.INVALID: "error",
    RowOutcome.DUPLICATE: "warning", RowOutcome.SUPPRESSED: "error", RowOutcome.REFUSED: "error",
    RowOutcome.ERROR: "error",
}


def outcome_colour(outcome: RowOutcome) -> QColor:
    """The text colour of a row outcome (the palette's text for an outcome without one)."""
    name = OUTCOME_COLOURS.get(outcome)
    return theme.colour(name) if name else QGuiApplication.palette().color(QPalette.ColorRole.Text)


def outcome_text(outcome: RowOutcome) -> str:
    return QCoreApplication.translate("Import", outcome.label)


class ImportDialog(QDialog):
    """Signals:
    imported(object): the ImportResult after a successful import.
    """

    imported = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from a landing page"))
        self.resize(980, 720)
        self.session = session
        self.preview: lp_import.ImportPreview | None = None

        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("CSV (UTF-8 or Shift_JIS) or Excel (.xlsx) file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        self.file_dialog: QFileDialog | None = None
        self.source = QComboBox()
        self.source.setObjectName("importSource")
        for src in Source:
            self.source.addItem(QCoreApplication.translate("Channel", src.label), src.value)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.wording = QComboBox()
        self.wording.setObjectName("importWording")
        self.wording_lang = QComboBox()
        self.wording_lang.addItem("日本語", "ja")
        self.wording_lang.addItem("English", "en")

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        top = QFormLayout()
        top.addRow(buddy_label(self.tr("File:"), self.path), file_row)
        top.addRow(self.tr("Source:"), self.source)
        wording_row = QHBoxLayout()
        wording_row.addWidget(self.wording, 1)
        wording_row.addWidget(self.wording_lang)
        self.wording_label = QLabel()
        top.addRow(self.wording_label, wording_row)

        # column mapping
        self.mapping_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for i, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.addItem(self.tr("(not in the file)"), "")
            self.mapping[field] = combo
            grid.addWidget(buddy_label(QCoreApplication.translate("Import", FIELD_LABELS[field]), combo), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.run_preview)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.task = BackgroundTask(self, self.status)
        self.task.busy_changed.connect(self._update_buttons)
        self.progress = self.task.progress
        self.progress.setObjectName("importProgress")
        self.cancel_button = self.task.cancel_button
        self.cancel_button.setObjectName("cancelImport")
        action_row = QHBoxLayout()
        action_row.addWidget(self.preview_button)
        action_row.addWidget(self.progress, 1)
        action_row.addWidget(self.cancel_button)

        self.counts = QTableWidget(0, 2)
        self.counts.setObjectName("importCounts")
        self.counts.setAccessibleName(self.tr("What importing will do"))
        self.counts.setHorizontalHeaderLabels([self.tr("Outcome"), self.tr("Rows")])
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setMaximumWidth(360)
        self.samples = QTableWidget(0, 5)
        self.samples.setObjectName("importSamples")
        self.samples.setAccessibleName(self.tr("Sample"))
        self.samples.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Outcome"), self.tr("E-mail address"),
                                                self.tr("Name"), self.tr("Details")])
        self.samples.verticalHeader().hide()
        self.samples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.samples.setWordWrap(False)
        header = self.samples.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        tables = QHBoxLayout()
        tables.addWidget(self.counts)
        tables.addWidget(self.samples, 1)

        self.confirm_check = QCheckBox()
        self.confirm_check.setObjectName("importConfirmCheck")
        self.confirm_check.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importConfirmButton")
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("importClose")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm_check, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addLayout(action_row)
        layout.addWidget(self.status)
        layout.addLayout(tables, 1)
        layout.addLayout(bottom)
        self._source_changed()

    # --- inputs ----------------------------------------------------------------------------------
    def source_value(self) -> Source:
        return Source(self.source.currentData())

    def _source_changed(self) -> None:
        source = self.source_value()
        if source is Source.MUNICIPAL_LP:
            self.wording_label.setText(self.tr("Opt-in wording on the page:"))
            self.confirm_check.setText(self.tr(
                "I have checked that the rows marked to join ticked the opt-in box (advisor's confirmation)."))
        else:
            self.wording_label.setText(self.tr("Notice shown on the page:"))
            self.confirm_check.setText(self.tr(
                "I have checked that the page showed this notice that we may send information by e-mail."))
        self.wording.clear()
        try:
            for view in script_service.versions(self.session, source.script_key):
                self.wording.addItem(script_name(view.title, view.published_at), view.version_row_id)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
        self._load_remembered()
        self._set_preview(None)

    def _load_remembered(self) -> None:
        try:
            remembered = lp_import.remembered_mapping(self.session, self.source_value())
        except Exception:  # noqa: BLE001
            remembered = {}
        self._remembered = remembered

    def choose_file(self) -> QFileDialog:
        dialog = files.file_dialog(self, files.Purpose.IMPORT, self.tr("Choose the landing-page file"),
                                   filters=[self.tr("CSV or Excel files (*.csv *.txt *.xlsx)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.set_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        for combo in self.mapping.values():
            while combo.count() > 1:
                combo.removeItem(1)
        self._set_preview(None)

    def mapping_value(self) -> dict[str, str] | None:
        chosen = {f: c.currentData() for f, c in self.mapping.items() if c.count() > 1}
        return chosen or None

    def _fill_mapping(self, headers: tuple[str, ...], mapping: dict[str, str]) -> None:
        for field, combo in self.mapping.items():
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for h in headers:
                if h:
                    combo.addItem(h, h)
            index = combo.findData(mapping.get(field, ""))
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    # --- background work (one call at a time, with progress and Cancel: widgets.background) ---------
    @property
    def busy(self) -> bool:
        return self.task.busy

    @property
    def cancel_event(self) -> threading.Event:
        return self.task.cancel_event

    def _progress(self, done: int, total: int) -> None:
        self.task.report(done, total)

    def cancel(self) -> None:
        self.task.cancel()

    def _preview_job(self) -> Any:
        path = Path(self.path.text().strip())
        source = self.source_value()
        mapping = self.mapping_value()
        wording = self.wording.currentData()
        lang = self.wording_lang.currentData() or "ja"
        return lp_import.preview_file(self.session, path, source=source, mapping=mapping,
                                      wording_version_id=wording, wording_lang=lang,
                                      progress=self.task.report, cancelled=self.task.cancel_event.is_set)

    def run_preview(self, *, wait: bool = False) -> None:
        if self.busy:
            return
        if not self.path.text().strip():
            self._error(self.tr("Choose a file first."))
            return
        self.task.start(self.tr("Reading and checking the file…"))
        self.task.run(self._preview_job, self._preview_done, self._preview_failed, wait=wait)

    def _preview_done(self, preview: lp_import.ImportPreview) -> None:
        self.task.finish()
        if self.session.locked or not self.isVisible() and not self.path.text():
            return  # locked meanwhile: do not show the rows
        self._fill_mapping(preview.headers, preview.mapping)
        self._set_preview(preview)

    def _preview_failed(self, exc: BaseException) -> None:
        self.task.finish()
        self._error(error_text(exc))
        # when the columns were not recognised, offer the file's headers for mapping
        if not any(c.count() > 1 for c in self.mapping.values()):
            try:
                headers = lp_import.file_headers(self.session, Path(self.path.text().strip()))
            except Exception:  # noqa: BLE001
                return
            self._fill_mapping(headers, {f: c for f, c in self._remembered.items() if c in headers})

    def _error(self, text: str) -> None:
        theme.set_role(self.status, "error")
        self.status.setText(text)

    def _set_preview(self, preview: lp_import.ImportPreview | None) -> None:
        self.preview = preview
        self.confirm_check.setChecked(False)
        self.counts.setRowCount(0)
        self.samples.setRowCount(0)
        if preview is None:
            self._update_buttons()
            return
        lines = [fill(self.tr("%1 rows read (%2, %3). Wording: %4."), preview.total, preview.file_kind,
                      preview.encoding, script_name(preview.wording.title, preview.wording.published_at))]
        shown = sum(len(preview.samples(o)) for o in RowOutcome)
        if shown < preview.total:
            lines.append(fill(self.tr("The table shows the first rows of each outcome (%1 of %2 rows)."),
                              shown, preview.total))
        if preview.previous_imports:
            lines.append(fill(self.tr("This file was imported before (%1). Those rows show as duplicates."),
                              ", ".join(local_time(t, date_only=True) for t in preview.previous_imports)))
        theme.set_role(self.status, None)
        self.status.setText("\n".join(lines))
        self.counts.setRowCount(len(RowOutcome))
        for row, outcome in enumerate(RowOutcome):
            label = QTableWidgetItem(outcome_text(outcome))
            label.setForeground(outcome_colour(outcome))
            count = QTableWidgetItem(str(preview.counts.get(outcome, 0)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 0, label)
            self.counts.setItem(row, 1, count)
        sample_rows = [r for outcome in RowOutcome for r in preview.samples(outcome)]
        self.samples.setRowCount(len(sample_rows))
        for i, r in enumerate(sample_rows):
            detail = fill(QCoreApplication.translate(r.detail_context, r.detail), *r.detail_params)
            cells = [str(r.row), outcome_text(r.outcome), r.address, r.name or "", detail]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setForeground(outcome_colour(r.outcome))
                self.samples.setItem(i, col, item)
        self.samples.resizeColumnsToContents()
        self.samples.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _update_buttons(self) -> None:
        importable = self.preview is not None and any(
            self.preview.counts.get(o) for o in (RowOutcome.JOIN, RowOutcome.NO_OPT_IN))
        self.preview_button.setEnabled(not self.busy)
        self.confirm_check.setEnabled(importable and not self.busy)
        self.import_button.setEnabled(importable and self.confirm_check.isChecked() and not self.busy)

    def run_import(self, *, wait: bool = False) -> None:
        preview = self.preview
        if preview is None or self.busy or not self.confirm_check.isChecked():
            return
        self.task.start(self.tr("Importing…"))

        def job() -> lp_import.ImportResult:
            return lp_import.confirm(self.session, preview, progress=self.task.report,
                                     cancelled=self.task.cancel_event.is_set)

        self.task.run(job, self._import_done, self._import_failed, wait=wait)

    def _import_done(self, result: lp_import.ImportResult) -> None:
        self.task.finish()
        self.preview = None
        self.confirm_check.setChecked(False)
        self._update_buttons()
        theme.set_role(self.status, "ok-strong")
        self.status.setText(fill(self.tr("Imported: %1 new contacts, %2 on the send list (import #%3)."),
                                 result.created, result.joined, result.batch_id))
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self.task.finish()
        self._error(error_text(exc))

    def reject(self) -> None:
        if self.busy:
            self.cancel()
            return
        super().reject()

    def clear_data(self) -> None:
        """On lock: cancel any work and drop the rows from the dialog."""
        self.cancel_event.set()
        self._set_preview(None)
        self.status.clear()
        self.path.clear()

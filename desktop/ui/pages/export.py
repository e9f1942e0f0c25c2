"""出力 — the export screen (managers and admins; the service checks the role and the password proof)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import export_password
from desktop.domain.mail_services import presets
from desktop.domain.roles import Area
from desktop.services import export_presets
from desktop.services import exports as export_service
from desktop.services.exports import ExportCancelled, ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.ui import files, msgbox, theme, workers
from desktop.ui.dates import office_today
from desktop.ui.login import with_fresh_proof
from desktop.ui.pages.export_left_out import LeftOutDialog
from desktop.ui.pages.export_sync import SyncBanner
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import error_label
from desktop.ui.widgets.password import PasswordLineEdit


def kind_label(kind: ExportKind) -> str:
    return QCoreApplication.translate("Export", export_service.KIND_LABELS[kind])


class ExportPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPage")
        self.session = session
        self._cancel = False
        self.progress: QProgressDialog | None = None

        title = QLabel(self.tr("Export"))
        theme.scaled_font(title, 1.45, bold=True)

        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        for kind in export_service.available_kinds(session):
            self.kind.addItem(kind_label(kind), kind.value)
        self.use_dates = QCheckBox(self.tr("Only this period:"))
        self.date_from = QDateEdit(office_today(session.now()).addMonths(-1))
        self.date_to = QDateEdit(office_today(session.now()))
        self.date_from.setAccessibleName(self.tr("Period from"))
        self.date_to.setAccessibleName(self.tr("Period to"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy/MM/dd")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("〜"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.action_filter = QLineEdit()
        self.action_filter.setObjectName("actionFilter")
        self.action_filter.setPlaceholderText(self.tr("e.g. login or export (empty: all actions)"))
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), "")
        from desktop.domain.consent import Channel

        for channel in Channel:
            self.channel_filter.addItem(QCoreApplication.translate("Channel", channel.label), channel.value)
        self.address_filter = QLineEdit()
        self.address_filter.setObjectName("addressFilter")
        self.address_filter.setPlaceholderText(self.tr("One address (empty: all)"))
        self.xlsx = QRadioButton(self.tr("Excel (.xlsx)"))
        self.xlsx.setChecked(True)
        self.csv = QRadioButton(self.tr("CSV (UTF-8 with BOM)"))
        self.preset = QComboBox()
        self.preset.setObjectName("mailPreset")
        self.preset.addItem(self.tr("None (the Excel or CSV file above)"), "")
        for p in presets.PRESETS:
            self.preset.addItem(QCoreApplication.translate("MailService", p.label), p.key)
        remembered = export_presets.remembered(session)
        if remembered:
            self.preset.setCurrentIndex(self.preset.findData(remembered))
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        fmt = QHBoxLayout()
        fmt.addWidget(self.xlsx)
        fmt.addWidget(self.csv)
        fmt.addStretch(1)
        self.protect = QCheckBox(self.tr("Protect the file with a password"))
        self.protect.setObjectName("protect")
        self.password = PasswordLineEdit()
        self.password.setObjectName("exportPassword")
        self.password_again = PasswordLineEdit()
        self.password_again.setObjectName("exportPasswordAgain")
        self.generate_button = QPushButton(self.tr("Make a passphrase"))
        self.generate_button.setObjectName("generatePassphrase")
        self.generate_button.clicked.connect(self.generate_passphrase)
        self.passphrase_label = QLabel()
        self.passphrase_label.setObjectName("passphraseLabel")
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.scaled_font(self.passphrase_label, 1.2, bold=True)
        self.password_problem = error_label("exportPasswordProblem")
        for w in (self.password, self.password_again, self.generate_button):
            w.setEnabled(False)
            self.protect.toggled.connect(w.setEnabled)
        self.protect.toggled.connect(lambda _on: self._password_changed())
        self.password.textChanged.connect(self._password_changed)
        self.csv.toggled.connect(lambda on: self.protect.setEnabled(not on))
        generated = QHBoxLayout()
        generated.addWidget(self.generate_button)
        generated.addWidget(self.passphrase_label, 1)

        form = QFormLayout()
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("Period:"), dates)
        self.channel_row = (QLabel(self.tr("Channel:")), self.channel_filter)
        form.addRow(*self.channel_row)
        self.address_row = (QLabel(self.tr("Address:")), self.address_filter)
        form.addRow(*self.address_row)
        self.action_row = (QLabel(self.tr("Action:")), self.action_filter)
        form.addRow(*self.action_row)
        form.addRow(self.tr("Format:"), fmt)
        self.preset_row = (QLabel(self.tr("Format for the mail service:")), self.preset)
        form.addRow(*self.preset_row)
        form.addRow("", self.protect)
        form.addRow(self.tr("File password:"), self.password)
        form.addRow(self.tr("Repeat file password:"), self.password_again)
        form.addRow("", generated)
        form.addRow("", self.password_problem)
        note = QLabel(fill(self.tr("The file password is separate from your login password, at least %1 characters, "
                                   "hard to guess, and must reach the recipient by another channel (not in the "
                                   "same e-mail). The passphrase made here has no look-alike letters, so it can "
                                   "be read out on the phone."),
                           export_password.MIN_LENGTH))
        note.setWordWrap(True)
        theme.set_role(note, "hint")

        self.preview_box = QGroupBox(self.tr("Preview"))
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout(self.preview_box)
        box.addWidget(self.preview_label)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self._preview_seq = 0  # a preview counting in a worker shows its result only if still the latest
        self.preview_button.setObjectName("previewButton")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        self.left_out_button = QPushButton(self.tr("Show who is &left out…"))  # issue 17: who and why
        self.left_out_button.setObjectName("leftOutButton")
        self.left_out_button.setVisible(False)
        self.left_out_button.clicked.connect(self.show_left_out)
        self._left_out_counts: dict[str, int] = {}
        self.export_button.clicked.connect(self.start_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.left_out_button)
        buttons.addStretch(1)

        self.sync_banner = SyncBanner(session)  # sync before you send (issue 16)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.sync_banner)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_box, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._preset_changed()
        QTimer.singleShot(0, self.show_notices)

    # --- notices and the file password --------------------------------------------------------
    def show_notices(self) -> None:
        """Tell the user once what the start-up found (e.g. an interrupted export's file removed)."""
        notices = self.session.take_notices()
        if notices:
            text = "\n".join(error_text(n) for n in notices)
            self.preview_label.setText(text)
            msgbox.info(self, self.tr("Export"), text)

    def generate_passphrase(self) -> None:
        phrase = export_service.generate_password(self.session)
        self.password.setText(phrase)
        self.password_again.setText(phrase)
        self.passphrase_label.setText(phrase)

    def _password_changed(self) -> None:
        text = self.password.text()
        if text != self.passphrase_label.text():
            self.passphrase_label.clear()
        if not self.protect.isChecked() or not text:
            self.password_problem.clear()
            return
        try:
            export_password.check(text, [self.session.user.username, self.session.user.display_name])
        except Exception as exc:  # noqa: BLE001 - shown as the reason
            self.password_problem.setText(error_text(exc))
            return
        self.password_problem.clear()

    # --- state ------------------------------------------------------------------------------------
    def current_kind(self) -> ExportKind:
        return ExportKind(self.kind.currentData())

    def current_preset(self) -> str | None:
        """The chosen mail-service layout (send list only), or None."""
        if self.current_kind() is not ExportKind.SEND_LIST:
            return None
        return str(self.preset.currentData() or "") or None

    def _preset_changed(self) -> None:
        plain = self.current_preset() is None
        for w in (self.xlsx, self.csv):
            w.setEnabled(plain)
        self.protect.setEnabled(plain and not self.csv.isChecked())
        if not plain:
            self.protect.setChecked(False)

    def _kind_changed(self) -> None:
        if self.kind.count() == 0:
            return
        kind = self.current_kind()
        for row, visible in ((self.channel_row, kind is ExportKind.SEND_LIST),
                             (self.address_row, kind is ExportKind.CONSENTS),
                             (self.action_row, kind is ExportKind.AUDIT),
                             (self.preset_row, kind is ExportKind.SEND_LIST)):
            for w in row:
                w.setVisible(visible)
        self.sync_banner.setVisible(kind is ExportKind.SEND_LIST)
        self._forget_preview()
        if hasattr(self, "preset_row"):
            self._preset_changed()

    def build_request(self) -> ExportRequest:
        filters: dict[str, str] = {}
        kind = self.current_kind()
        if kind is ExportKind.AUDIT and self.action_filter.text().strip():
            filters["action"] = self.action_filter.text().strip()
        if kind is ExportKind.SEND_LIST and self.channel_filter.currentData():
            filters["channel"] = self.channel_filter.currentData()
        if kind is ExportKind.CONSENTS and self.address_filter.text().strip():
            filters["address"] = self.address_filter.text().strip()
        password = None
        preset = self.current_preset()
        if preset is None and self.protect.isChecked() and self.xlsx.isChecked():
            if self.password.text() != self.password_again.text():
                from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

                raise ValidationError(QT_TRANSLATE_NOOP("Export", "The two file passwords do not match."))
            password = self.password.text()
        date_from = date_to = None
        if self.use_dates.isChecked():
            # (QDate.toPython() is typed ``object`` in the Qt stubs; it returns a datetime.date)
            date_from = cast(date, self.date_from.date().toPython())
            date_to = cast(date, self.date_to.date().toPython())
        fmt = "xlsx" if self.xlsx.isChecked() and preset is None else "csv"
        return ExportRequest(kind, fmt, date_from, date_to, filters=filters, password=password, preset=preset,
                             sync_reason=self.sync_banner.reason() if kind is ExportKind.SEND_LIST else None)

    def refresh(self) -> None:
        self._forget_preview()
        self.sync_banner.refresh()

    def clear(self) -> None:
        self._forget_preview()
        self.address_filter.clear()
        self.password.wipe()
        self.password_again.wipe()
        self.passphrase_label.clear()

    # --- preview ----------------------------------------------------------------------------------
    def show_preview(self) -> None:
        """Count in a worker (the window keeps answering at a million contacts); a newer preview wins."""
        try:
            request = self.build_request()
        except Exception as exc:  # noqa: BLE001 - shown, nothing written
            self.preview_label.setText(error_text(exc))
            return
        self._preview_seq += 1
        seq = self._preview_seq
        self.preview_label.setText(self.tr("Counting…"))
        self.preview_button.setEnabled(False)
        workers.run(lambda: export_service.preview(self.session, request),
                    lambda result: self._preview_done(seq, result),
                    lambda exc: self._preview_failed(seq, exc), self)

    def _forget_preview(self) -> None:
        """Clear the preview; a count still running for the old choices is not shown."""
        self._preview_seq += 1
        self.preview_button.setEnabled(True)
        self.preview_label.clear()
        self.left_out_button.setVisible(False)

    def _preview_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._preview_seq:
            return
        self.preview_button.setEnabled(True)
        self.preview_label.setText(error_text(exc))

    def _preview_done(self, seq: int, result: export_service.Preview) -> None:
        if seq != self._preview_seq:
            return
        self.preview_button.setEnabled(True)
        lines = [fill(self.tr("%1 rows will be exported."), result.rows)]
        if result.excluded:
            lines.append(self.tr("Left out:"))
            for reason, count in result.excluded.items():
                context = getattr(reason, "context", "Reason")
                lines.append(fill(self.tr("・%1: %2"), QCoreApplication.translate(context, reason), count))
        for warning in result.warnings:
            lines.append("⚠ " + QCoreApplication.translate("Export", warning))
        if result.files > 1:
            lines.append(fill(self.tr("The list will be split into %1 files (the mail service's size limit); "
                                      "each file has the header row."), result.files))
        self.preview_label.setText("\n".join(lines))
        self._left_out_counts = {str(k): v for k, v in result.excluded.items()}
        self.left_out_button.setVisible(self.current_kind() is ExportKind.SEND_LIST and bool(result.excluded))

    def show_left_out(self) -> LeftOutDialog:
        """除外された連絡先: who the preview left out and why (read in a worker; the service audits it)."""
        self.left_out_dialog = LeftOutDialog(self.session, self._left_out_counts, self)
        self.left_out_dialog.open()
        return self.left_out_dialog

    # --- export -----------------------------------------------------------------------------------
    def start_export(self) -> None:
        try:
            request = self.build_request()
            self.sync_banner.check_ready()  # a send list out of sync needs a reason first
            if request.preset is not None:
                export_service.check_request(replace(request, unencrypted_confirmed=True))
                self.confirm_unencrypted(request)
                return
            export_service.check_request(request)
            if request.password is not None:  # the rule, and never the login password (opens the key slot)
                export_service.check_password(self.session, request.password)
        except Exception as exc:  # noqa: BLE001
            self.preview_label.setText(error_text(exc))
            if self.protect.isChecked():
                self.password_problem.setText(error_text(exc))
            return
        self.choose_file(request)

    def confirm_unencrypted(self, request: ExportRequest) -> None:
        """CSV for a mail service cannot be encrypted: go on only when the user says so (audited)."""
        chosen = presets.preset(str(request.preset))
        self.unencrypted_box = msgbox.question(
            self, self.tr("Export"),
            fill(self.tr("Files for %1 cannot be encrypted: anyone who gets them can read every address on the "
                         "send list. Upload them to the service, then delete them. For a file that travels, use "
                         "the password-protected Excel file instead.\n\nExport without encryption?"),
                 QCoreApplication.translate("MailService", chosen.label)),
            lambda: self.choose_file(replace(request, unencrypted_confirmed=True)))

    def choose_file(self, request: ExportRequest) -> None:
        today = self.session.now().date()
        if request.preset is not None:
            chosen = presets.preset(request.preset)
            stem = Path(export_service.suggested_name(request.kind, "csv", today)).stem
            suggested = export_presets.suggested_name(stem, chosen)
            filter_text = self.tr("TSV files (*.tsv)") if chosen.file_suffix == ".tsv" else self.tr("CSV files (*.csv)")
        else:
            suggested = export_service.suggested_name(request.kind, request.fmt, today)
            filter_text = self.tr("Excel files (*.xlsx)") if request.fmt == "xlsx" else self.tr("CSV files (*.csv)")
        name = files.save_file_name(self, files.Purpose.EXPORT, self.tr("Save the export"), suggested, filter_text)
        if not name:
            return
        with_fresh_proof(self.session, self, lambda: self.run_export(request, Path(name)))

    def run_export(self, request: ExportRequest, out: Path) -> None:
        self._cancel = False
        self.progress = QProgressDialog(self.tr("Writing the export…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._request_cancel)
        self.progress.show()
        self.export_button.setEnabled(False)

        def report(done: int, total: int) -> None:
            self._last_progress = (done, total)

        workers.run(lambda: export_service.export(self.session, request, out, progress=report,
                                                  cancelled=lambda: self._cancel),
                    self._done, self._failed, self)

    def _request_cancel(self) -> None:
        self._cancel = True

    def _close_progress(self) -> None:
        self.export_button.setEnabled(True)
        if self.progress is not None:
            self.progress.canceled.disconnect(self._request_cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.password.wipe()
        self.password_again.wipe()
        self.passphrase_label.clear()

    def _done(self, result: export_service.ExportResult) -> None:
        self._close_progress()
        self.sync_banner.refresh()
        if len(result.paths) > 1:
            lines = [fill(self.tr("Exported %1 rows in %2 files (the service's size limit): %3"), result.rows,
                          len(result.paths), "\n".join(str(p) for p in result.paths))]
        else:
            lines = [fill(self.tr("Exported %1 rows to %2."), result.rows, str(result.path))]
        lines.append(fill(self.tr("SHA-256: %1"), result.sha256))
        if result.long_fields:
            lines.append("⚠ " + fill(self.tr("%1 fields are longer than the mail service accepts. They were kept "
                                             "whole: check those names before uploading."), result.long_fields))
        if result.formula_like_addresses:
            lines.append("⚠ " + fill(self.tr("%1 addresses start with = + - or @. They were kept exactly as they "
                                             "are; do not open the file in a spreadsheet."),
                                     result.formula_like_addresses))
        self.preview_label.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, ExportCancelled):
            self.preview_label.setText(self.tr("The export was cancelled. No file was written."))
            return
        msgbox.error(self, self.tr("Export"), error_text(exc))


def _factory(session: Session, parent: QWidget) -> QWidget:
    return ExportPage(session, parent)


PAGES = {Area.EXPORT: _factory}

"""管理 → バックアップ: location, retention, backup now, test restore, restore, audit verification."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Action
from desktop.services import backup as backup_service
from desktop.services import checkpoints
from desktop.services.session import Session
from desktop.ui import background, files, msgbox, theme, workers
from desktop.ui.dates import local_time
from desktop.ui.login import with_fresh_proof
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import hint
from desktop.ui.widgets.table import RowsTableModel, selected_row, table_view

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class BackupModel(RowsTableModel[backup_service.BackupSet]):
    COLUMNS = 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made at"), self.tr("Records"), self.tr("Folder"))

    def cell(self, item: backup_service.BackupSet, column: int) -> str:
        return (local_time(item.created), str(sum(item.counts.values())), item.name)[column]


class BackupPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPage")
        self.session = session
        self.warning = QLabel()
        self.warning.setObjectName("backupWarning")
        self.warning.setWordWrap(True)
        theme.set_role(self.warning, "banner-warning")
        self.location = QLineEdit()
        self.location.setObjectName("backupLocation")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 120)
        save = QPushButton(self.tr("Save settings"))
        save.clicked.connect(self._save_settings)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Backup location:"), row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(save)
        keep_row.addStretch(1)
        form.addRow(self.tr("Backups to keep:"), keep_row)
        self.last = QLabel()
        form.addRow(self.tr("Last verified backup:"), self.last)

        self.model = BackupModel()
        self.table = table_view(self.model, resize=QHeaderView.ResizeMode.Stretch, stretch_last=False)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.drill_button = QPushButton(self.tr("Test restore"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.verify_button = QPushButton(self.tr("Verify audit log"))
        self.backup_button.clicked.connect(self.backup_now)
        self.drill_button.clicked.connect(self.drill)
        self.restore_button.clicked.connect(lambda: with_fresh_proof(session, self, self._ask_restore))
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setVisible(session.can(Action.AUDIT_VERIFY))
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.drill_button, self.restore_button, self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setObjectName("backupResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = hint(self.tr(
            "A backup is the encrypted database with its key file: it opens with the passwords "
            "that were valid when it was made. Keep the backup drive away from this computer."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(note)
        self._follow(background.for_session(session))

    def refresh(self) -> None:
        try:
            status = backup_service.status(self.session)
            self.model.set_rows(backup_service.list_backups(self.session))
        except Exception as exc:  # noqa: BLE001
            self.result.setText(error_text(exc))
            return
        self.location.setText(str(status.location))
        self.keep.setValue(status.keep)
        self.last.setText(local_time(status.last_verified) if status.last_verified
                          else self.tr("none"))
        self.warning.setVisible(status.warning is not None)
        if status.warning:
            self.warning.setText(QCoreApplication.translate("Backup", status.warning))

    def clear(self) -> None:
        self.model.set_rows([])
        self.result.clear()

    def _browse(self) -> None:
        folder = files.existing_folder(self, files.Purpose.BACKUP, self.tr("Choose the backup location"),
                                      self.location.text())
        if folder:
            self.location.setText(folder)

    def _save_settings(self) -> None:
        try:
            backup_service.set_location(self.session, Path(self.location.text().strip()), self.keep.value())
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Backup"), error_text(exc))
        self.refresh()

    def _busy(self, on: bool) -> None:
        for b in (self.backup_button, self.drill_button, self.restore_button, self.verify_button):
            b.setEnabled(not on)

    # --- backups run in the session's background work: the automatic one and this button's alike ----------
    def _follow(self, work: background.BackgroundWork) -> None:
        work.backup_started.connect(self._started)
        work.progress.connect(self._progress)
        work.backup_done.connect(self._backed_up)
        work.backup_failed.connect(self._backup_failed)
        if work.backing_up:
            self._started()

    def backup_now(self) -> None:
        work = background.for_session(self.session)
        if not work.start_backup():
            self.result.setText(self.tr("A backup is already running; its progress is shown below."))

    def _started(self) -> None:
        self._busy(True)
        self.progress.setRange(0, 0)  # busy until the first step reports its size
        self.progress.setVisible(True)
        self.result.setText(self.tr("Making and verifying the backup… You can keep working meanwhile."))

    def _progress(self, phase: str, done: int, total: int) -> None:
        if phase == backup_service.PHASE_COPY and total > 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(100 * done / total))
            self.progress.setFormat(self.tr("Copying: %p%"))
        elif phase == backup_service.PHASE_VERIFY:
            self.progress.setRange(0, 0)
            self.result.setText(self.tr("Checking the copy (every page and every table)…"))
        elif phase == backup_service.PHASE_SEAL and done < total:
            self.result.setText(self.tr("Writing the checksums and saving the backup…"))

    def _backed_up(self, made: backup_service.BackupSet | None) -> None:
        self._busy(False)
        self.progress.setVisible(False)
        if made is not None:
            self.result.setText(fill(self.tr("Backup %1 made and verified."), made.name))
        if not self.session.locked:
            self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        if isinstance(exc, backup_service.JobCancelled):
            self._busy(False)
            self.result.setText(self.tr("The backup was stopped because the office was locked. No partial "
                                        "backup was kept; it starts again at the next unlock if it is due."))
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result.setText(error_text(exc))

    def drill(self) -> None:
        self._busy(True)
        workers.run(lambda: backup_service.test_restore(self.session), self._drilled, self._failed, self)

    def _drilled(self, result: backup_service.DrillResult) -> None:
        self._busy(False)
        if result.ok:
            self.result.setText(fill(self.tr("Test restore of %1 passed: the database opened, its integrity checks "
                                             "passed and %2 audit entries verified."), result.backup.name,
                                     result.audit_entries))
        else:
            self.result.setText(fill(self.tr("Test restore of %1 FAILED. Keep the older backups and make a new one."),
                                     result.backup.name))

    def _ask_restore(self) -> None:
        chosen = selected_row(self.table)
        if chosen is None:
            self.result.setText(self.tr("Choose a backup in the list first."))
            return
        text = fill(self.tr("Restore the backup made at %1 (%2 records)? Everything entered since then is "
                            "replaced. Enter your password to confirm."), local_time(chosen.created),
                    sum(chosen.counts.values()))
        password, ok = QInputDialog.getText(self, self.tr("Restore"), text, QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        try:
            backup_service.restore(self.session, chosen.name, password)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Restore"), error_text(exc))
            return
        window = cast("MainWindow", self.window())  # the page lives in the main window
        msgbox.info(self, self.tr("Restore"), self.tr("The backup was restored. Log in again."),
                    lambda _r: window.logout_requested.emit())

    def verify(self) -> None:
        try:
            full = checkpoints.verify_all(self.session)
        except Exception as exc:  # noqa: BLE001
            self.result.setText(error_text(exc))
            return
        if full.ok:
            self.result.setText(fill(self.tr("The audit log is intact: %1 entries, %2 signed checkpoints match."),
                                     full.chain.count, len(full.anchors)))
        else:  # one translated line per finding: which entries were lost, between which times
            lines = [error_text(f) for f in checkpoints.findings(full)]
            self.result.setText("\n".join([*lines, self.tr("Tell the privacy officer.")]))


def _title() -> str:
    return QCoreApplication.translate("BackupPage", "Backup")


ADMIN_TABS = [(_title, lambda session, parent: BackupPage(session, parent))]

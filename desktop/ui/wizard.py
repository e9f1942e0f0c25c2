"""First start: create the office, its first administrator, and show the recovery code once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import accounts, office_settings
from desktop.domain.errors import DomainError
from desktop.services import session as session_service
from desktop.services.session import KdfParams
from desktop.ui import files, msgbox, theme, workers
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import error_label, heading, paragraph
from desktop.ui.widgets.password import NewPasswordInput


class SetupWizard(QDialog):
    """Four steps: office, data folder, administrator, recovery code.

    Signals:
        created: the new session, emitted when the user closes the last step.
    """

    created = Signal(object)

    def __init__(self, default_data_dir: Path, *, kdf: KdfParams,
                 parent: QWidget | None = None, create: Callable[..., object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Madoguchi"))
        self.setMinimumSize(640, 480)
        self.kdf = kdf
        self._create: Callable[..., object] = create or session_service.create_office
        self.session: session_service.Session | None = None
        self.recovery_code = ""

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._office_page())
        self.pages.addWidget(self._folder_page(default_data_dir))
        self.pages.addWidget(self._admin_page())
        self.pages.addWidget(self._recovery_page())

        self.error = error_label("wizardError")
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._sync()

    # --- pages --------------------------------------------------------------------------------
    @staticmethod
    def _page(title: str, text: str) -> tuple[QWidget, QVBoxLayout]:
        """One step: its heading and what it is about; the caller adds the fields."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(title, 4))
        layout.addWidget(paragraph(text))
        return page, layout

    def _office_page(self) -> QWidget:
        page, layout = self._page(self.tr("Welcome to Madoguchi"), self.tr(
            "This sets up the office: its name, the privacy officer whom staff report problems to, "
            "where the encrypted data is kept, and the first administrator."))
        form = QFormLayout()
        self.office_name = QLineEdit()
        self.office_name.setObjectName("officeName")
        self.office_name.setMaxLength(office_settings.MAX_TEXT)
        self.officer_name = QLineEdit()
        self.officer_name.setObjectName("officerName")
        self.officer_name.setMaxLength(office_settings.MAX_TEXT)
        self.officer_contact = QLineEdit()
        self.officer_contact.setObjectName("officerContact")
        self.officer_contact.setMaxLength(office_settings.MAX_TEXT)
        self.officer_contact.setPlaceholderText(self.tr("Phone number or e-mail address"))
        form.addRow(self.tr("Office name:"), self.office_name)
        form.addRow(self.tr("Privacy officer:"), self.officer_name)
        form.addRow(self.tr("Privacy officer's contact:"), self.officer_contact)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _folder_page(self, default: Path) -> QWidget:
        page, layout = self._page(self.tr("Data folder"), self.tr(
            "The office database and its key file are kept in this folder, encrypted. Choose a folder "
            "on this computer: not a network share and not a cloud-sync folder. The command line uses "
            "the same default folder."))
        row = QHBoxLayout()
        self.data_dir = QLineEdit(str(default))
        self.data_dir.setObjectName("dataDir")
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.data_dir, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _admin_page(self) -> QWidget:
        page, layout = self._page(self.tr("First administrator"), self.tr(
            "The administrator manages staff accounts, settings and backups. Every person gets their "
            "own account later; do not share this one."))
        form = QFormLayout()
        self.admin_username = QLineEdit()
        self.admin_username.setObjectName("adminUsername")
        self.admin_username.setMaxLength(accounts.MAX_USERNAME)
        self.admin_display = QLineEdit()
        self.admin_display.setObjectName("adminDisplayName")
        self.admin_display.setMaxLength(accounts.MAX_DISPLAY_NAME)
        form.addRow(self.tr("Username:"), self.admin_username)
        form.addRow(self.tr("Display name:"), self.admin_display)
        layout.addLayout(form)
        self.admin_password = NewPasswordInput(page)
        layout.addWidget(self.admin_password)
        for field in (self.admin_username, self.admin_display, self.office_name):
            field.textChanged.connect(self._update_context)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page, layout = self._page(self.tr("Recovery code"), self.tr(
            "If every administrator password is lost, this code is the only way to open the office. "
            "It is shown only now. Print it or save it, and keep it locked away from this computer."))
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.code_label.font().pointSizeF())
        self.code_label.setFont(mono)
        theme.scaled_font(self.code_label, 1.6)
        theme.set_role(self.code_label, "code")
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print_code)
        save_button = QPushButton(self.tr("Save as text file…"))
        save_button.clicked.connect(self._save_code)
        row.addWidget(print_button)
        row.addWidget(save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.stored = QCheckBox(self.tr("I have stored the recovery code in a safe place."))
        self.stored.setObjectName("storedCheck")
        self.stored.toggled.connect(self._sync)
        layout.addWidget(self.stored)
        layout.addStretch(1)
        return page

    # --- behaviour ----------------------------------------------------------------------------
    def _update_context(self) -> None:
        self.admin_password.context = [self.admin_username.text(), self.admin_display.text(),
                                       self.office_name.text()]

    def _browse(self) -> None:
        folder = files.existing_folder(self, files.Purpose.DATA_FOLDER, self.tr("Choose the data folder"),
                                      self.data_dir.text())
        if folder:
            self.data_dir.setText(folder)

    def _sync(self) -> None:
        index = self.pages.currentIndex()
        last = index == self.pages.count() - 1
        self.back_button.setVisible(0 < index < 3)
        if index == 2:
            self.next_button.setText(self.tr("Create office"))
        elif last:
            self.next_button.setText(self.tr("Start"))
            self.next_button.setEnabled(self.stored.isChecked())
            return
        else:
            self.next_button.setText(self.tr("Next"))
        self.next_button.setEnabled(True)

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0 office, 1 folder, 2 administrator, 3 recovery code) with its buttons."""
        self.pages.setCurrentIndex(index)
        self._sync()

    def _back(self) -> None:
        self.error.clear()
        self.show_page(max(0, self.pages.currentIndex() - 1))

    def _check_page(self, index: int) -> None:
        if index == 0:
            from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

            if not self.office_name.text().strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Office", "Enter the office name (at most 200 characters)."))
            accounts.validate_display_name(self.officer_name.text())
            if not self.officer_contact.text().strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Office", "Enter how to reach the privacy officer (at most 200 characters).")
                )
        elif index == 1:
            session_service.check_new_data_folder(Path(self.data_dir.text().strip()).expanduser())

    def _next(self) -> None:
        index = self.pages.currentIndex()
        self.error.clear()
        if index == 3:
            self.recovery_code = ""
            self.code_label.clear()
            self.created.emit(self.session)
            self.accept()
            return
        try:
            self._check_page(index)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        if index == 2:
            self._start_create()
            return
        self.show_page(index + 1)

    def _start_create(self) -> None:
        password, confirm = self.admin_password.value()
        args = dict(
            office_name=self.office_name.text(),
            privacy_officer_name=self.officer_name.text(),
            privacy_officer_contact=self.officer_contact.text(),
            admin_username=self.admin_username.text(),
            admin_display_name=self.admin_display.text(),
            admin_password=password,
            admin_password_confirm=confirm,
            kdf=self.kdf,
        )
        folder = Path(self.data_dir.text().strip()).expanduser()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.error.setText(self.tr("Creating the encrypted office…"))
        workers.run(lambda: self._create(folder, **args), self._created, self._failed, self)

    def _created(self, result: object) -> None:
        session, code = cast("tuple[session_service.Session, str]", result)  # what create_office returns
        self.session = session
        self.recovery_code = code
        self.admin_password.wipe()
        self.code_label.setText(code)
        self.error.clear()
        self.back_button.setEnabled(True)
        self.show_page(3)

    def _failed(self, exc: BaseException) -> None:
        self.back_button.setEnabled(True)
        self.next_button.setEnabled(True)
        self.error.setText(error_text(exc))

    def _code_document(self) -> str:
        return self.tr(
            "Madoguchi recovery code\n\nOffice: %1\nCode: %2\n\nKeep this paper locked away. Anyone with "
            "this code and the office files can open the office."
        ).replace("%1", self.office_name.text()).replace("%2", self.recovery_code)

    def _save_code(self) -> None:
        name = files.save_file_name(self, files.Purpose.RECOVERY_CODE, self.tr("Save the recovery code"),
                                    "madoguchi-recovery.txt", self.tr("Text files (*.txt)"))
        if not name:
            return
        try:
            Path(name).write_text(self._code_document(), encoding="utf-8")
        except OSError:
            msgbox.error(self, self.tr("Recovery code"), self.tr("The file could not be written."))

    def _print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setPlainText(self._code_document())
            doc.print_(printer)

    def reject(self) -> None:
        if self.pages.currentIndex() == 3 and not self.stored.isChecked():
            return  # the code must be acknowledged once the office exists
        super().reject()

"""First start: create the office, its first administrator, and show the recovery code once; or connect this
PC to the office server (then log in, or create the office there when the server has none yet)."""

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
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import accounts, office_settings
from desktop.domain.errors import DomainError
from desktop.services import server_connect
from desktop.services import session as session_service
from desktop.services.session import KdfParams
from desktop.ui import files, msgbox, theme, workers
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import error_label, heading, paragraph
from desktop.ui.widgets.password import NewPasswordInput
from desktop.ui.wizard_server import ServerPage

OFFICE, FOLDER, ADMIN, RECOVERY, SERVER = range(5)  # the pages (the server's comes last, shown after OFFICE)


class SetupWizard(QDialog):
    """Four steps: office, data folder, administrator, recovery code. On the first page the user may choose
    the office server instead: its connection file, then the login (an office exists) or the office and
    administrator pages (the server has no office yet; the office is created there).

    Signals:
        created: the new session, emitted when the user closes the last step (or logged in on the server).
    """

    created = Signal(object)

    def __init__(self, default_data_dir: Path, *, kdf: KdfParams,
                 parent: QWidget | None = None, create: Callable[..., object] | None = None,
                 login: Callable[..., object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Madoguchi"))
        self.setMinimumSize(640, 480)
        self.kdf = kdf
        self._create: Callable[..., object] = create or session_service.create_office
        self._login = login
        self.session: session_service.Session | None = None
        self.recovery_code = ""
        self.server_folder: Path | None = None  # connected to an office server that has no office yet
        self.login_dialog: QDialog | None = None

        self.error = error_label("wizardError")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._office_page())
        self.pages.addWidget(self._folder_page(default_data_dir))
        self.pages.addWidget(self._admin_page())
        self.pages.addWidget(self._recovery_page())
        self.server = ServerPage()
        self.server.changed.connect(self._sync)
        self.server.problem.connect(self.error.setText)
        self.pages.addWidget(self.server)

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
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Welcome to Madoguchi"), 4))
        self.mode_box = QWidget()
        modes = QVBoxLayout(self.mode_box)
        modes.setContentsMargins(0, 0, 0, 0)
        self.mode_local = QRadioButton(self.tr("Use on this PC only"))
        self.mode_local.setObjectName("modeLocal")
        self.mode_local.setChecked(True)
        self.mode_server = QRadioButton(self.tr("Connect to the office server"))
        self.mode_server.setObjectName("modeServer")
        for button, text in ((self.mode_local, self.tr(
                "The office is kept encrypted on this computer. For an office with one PC.")),
                (self.mode_server, self.tr(
                "Several PCs work on one office kept on the office's server. You need the connection file "
                "from the server's administrator."))):
            about = paragraph(text)
            about.setContentsMargins(24, 0, 0, 8)  # under its choice, past the round mark
            modes.addWidget(button)
            modes.addWidget(about)
        layout.addWidget(self.mode_box)
        self.office_box = QWidget()
        box = QVBoxLayout(self.office_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.server_note = paragraph(self.tr(
            "The office server has no office yet. As its first administrator, set up the office now: its "
            "name, the privacy officer, and your own account."))
        self.server_note.setObjectName("serverEmptyNote")
        theme.set_role(self.server_note, "banner-info")
        box.addWidget(self.server_note)
        self.office_intro = paragraph(self.tr(
            "This sets up the office: its name, the privacy officer whom staff report problems to, "
            "where the encrypted data is kept, and the first administrator."))
        box.addWidget(self.office_intro)
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
        box.addLayout(form)
        layout.addWidget(self.office_box)
        layout.addStretch(1)
        self.mode_server.toggled.connect(self._sync)
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
        on_server = self.server_folder is not None
        self.mode_box.setVisible(not on_server)
        self.office_box.setVisible(on_server or not self.mode_server.isChecked())
        self.server_note.setVisible(on_server)
        self.office_intro.setVisible(not on_server)
        self.back_button.setVisible(index in (FOLDER, ADMIN, SERVER) or (index == OFFICE and on_server))
        if index == ADMIN:
            self.next_button.setText(self.tr("Create office"))
        elif index == RECOVERY:
            self.next_button.setText(self.tr("Start"))
            self.next_button.setEnabled(self.stored.isChecked())
            return
        elif index == SERVER:
            self.next_button.setText(self.tr("Connect"))
            self.next_button.setEnabled(self.server.ready())
            return
        else:
            self.next_button.setText(self.tr("Next"))
        self.next_button.setEnabled(True)

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0 office, 1 folder, 2 administrator, 3 recovery code, 4 office server)."""
        self.pages.setCurrentIndex(index)
        self._sync()

    def _back(self) -> None:
        self.error.clear()
        index = self.pages.currentIndex()
        if index == SERVER:
            self.show_page(OFFICE)
        elif index == OFFICE and self.server_folder is not None:
            server_connect.forget_folder(self.server_folder)  # nothing was created there yet
            self.server_folder = None
            self.show_page(SERVER)
        elif index == ADMIN and self.server_folder is not None:
            self.show_page(OFFICE)
        else:
            self.show_page(max(0, index - 1))

    def _check_page(self, index: int) -> None:
        if index == OFFICE:
            from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

            if not self.office_name.text().strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Office", "Enter the office name (at most 200 characters)."))
            accounts.validate_display_name(self.officer_name.text())
            if not self.officer_contact.text().strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Office", "Enter how to reach the privacy officer (at most 200 characters).")
                )
        elif index == FOLDER:
            session_service.check_new_data_folder(Path(self.data_dir.text().strip()).expanduser())

    def _next(self) -> None:
        index = self.pages.currentIndex()
        self.error.clear()
        if index == RECOVERY:
            self.recovery_code = ""
            self.code_label.clear()
            self.created.emit(self.session)
            self.accept()
            return
        if index == OFFICE and self.server_folder is None and self.mode_server.isChecked():
            self.show_page(SERVER)
            return
        try:
            self._check_page(index)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        if index == ADMIN:
            self._start_create()
            return
        if index == SERVER:
            self._start_connect()
            return
        self.show_page(ADMIN if index == OFFICE and self.server_folder is not None else index + 1)

    def _folder(self) -> Path:
        return self.server_folder or Path(self.data_dir.text().strip()).expanduser()

    def _start_connect(self) -> None:
        profile, folder = self.server.profile, self._folder()
        if profile is None:
            return
        self._busy(self.tr("Connecting to the office server…"))
        workers.run(lambda: server_connect.connect_new_folder(profile, folder),
                    lambda state: self._connected(folder, state), self._failed, self)

    def _busy(self, text: str) -> None:
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.error.setText(text)

    def _connected(self, folder: Path, state: object) -> None:
        self.back_button.setEnabled(True)
        self.error.clear()
        if state == server_connect.EMPTY:
            self.server_folder = folder
            self.show_page(OFFICE)
            self.office_name.setFocus()
            return
        from desktop.ui.login import LoginDialog

        self.next_button.setEnabled(True)
        dialog = LoginDialog(folder, kdf=self.kdf, parent=self, login=self._login)
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(lambda: server_connect.forget_folder(folder))  # connect again later
        self.login_dialog = dialog
        dialog.open()

    def _logged_in(self, session: object) -> None:
        self.session = cast("session_service.Session", session)
        self.created.emit(session)
        self.accept()

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
        folder = self._folder()
        self._busy(self.tr("Creating the encrypted office…"))
        workers.run(lambda: self._create(folder, **args), self._created, self._failed, self)

    def _created(self, result: object) -> None:
        session, code = cast("tuple[session_service.Session, str]", result)  # what create_office returns
        self.session = session
        self.recovery_code = code
        self.admin_password.wipe()
        self.code_label.setText(code)
        self.error.clear()
        self.back_button.setEnabled(True)
        self.show_page(RECOVERY)

    def _failed(self, exc: BaseException) -> None:
        self.back_button.setEnabled(True)
        self._sync()
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
        if self.pages.currentIndex() == RECOVERY and not self.stored.isChecked():
            return  # the code must be acknowledged once the office exists
        if self.server_folder is not None and self.session is None:
            server_connect.forget_folder(self.server_folder)  # no office was made: the next start asks again
            self.server_folder = None
        super().reject()

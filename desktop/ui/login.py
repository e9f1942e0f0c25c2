"""Login, unlock and recovery dialogs. The key derivation runs off the GUI thread (R11)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import server_connect
from desktop.services import session as session_service
from desktop.services.errors import KeyFileBackupAvailable
from desktop.services.session import KdfParams
from desktop.ui import theme, workers
from desktop.ui.dialogs_connection import ReplaceConnectionDialog
from desktop.ui.text import error_text, fill, role_label
from desktop.ui.widgets.forms import error_label, heading, ok_cancel_buttons, paragraph
from desktop.ui.widgets.password import NewPasswordInput, PasswordLineEdit


class LoginDialog(QDialog):
    """Username + password. With ``session`` given it unlocks that locked session instead.

    Signals:
        logged_in: the unlocked Session.
    """

    logged_in = Signal(object)

    def __init__(self, data_dir: Path, *, kdf: KdfParams, office_name: str = "",
                 demo_users: list[tuple[str, str, str]] | None = None,
                 session: session_service.Session | None = None, parent: QWidget | None = None,
                 login: Callable[..., Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.data_dir = data_dir
        self.kdf = kdf
        self.locked_session = session
        self._login = login or session_service.login
        self.session: session_service.Session | None = None
        self._with_key_backup: Callable[[], object] | None = None  # set while a login may need the key-file copy
        self.setWindowTitle(self.tr("Unlock Madoguchi") if session else self.tr("Log in to Madoguchi"))
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(office_name or self.tr("Madoguchi"), 5))
        if session is not None:
            layout.addWidget(paragraph(self.tr("The session was locked. Enter your password to continue.")))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = PasswordLineEdit()
        self.password.setObjectName("password")
        form.addRow(self.tr("Username:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        if session is not None:
            self.username.setText(session.user.username)
            self.username.setReadOnly(True)
        self.status = error_label("loginStatus", red=False)
        layout.addWidget(self.status)
        # after the administrator changed the office server's login: take the new connection file from here
        self.new_file_button = QPushButton(self.tr("Choose the new connection file…"))
        self.new_file_button.setObjectName("newConnectionFileButton")
        self.new_file_button.setAutoDefault(False)
        self.new_file_button.clicked.connect(self._replace_connection)
        self.new_file_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.new_file_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.connection_dialog: QDialog | None = None
        if demo_users:
            lines = [self.tr("Demo office: these accounts exist only in this throw-away office.")]
            lines += [fill(self.tr("%1 / %2  (%3)"), user, password, role_label(role))
                      for user, password, role in demo_users]
            demo = QLabel("\n".join(lines))
            demo.setObjectName("demoUsers")
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            theme.set_role(demo, "banner-info")
            layout.addWidget(demo)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Unlock") if session else self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("loginButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        if session is None:
            self.recovery_button = QPushButton(self.tr("Use recovery code…"))
            self.recovery_button.setObjectName("recoveryButton")
            self.recovery_button.setAutoDefault(False)
            self.recovery_button.clicked.connect(self._recovery)
            self.buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(self.buttons)
        (self.password if session is not None else self.username).setFocus()

    def _submit(self) -> None:
        username = self.username.text()
        password = self.password.text()
        self.password.wipe()
        self.ok_button.setEnabled(False)
        self.new_file_button.hide()
        self.status.setText(self.tr("Checking…"))
        if self.locked_session is not None:
            target = self.locked_session

            def work() -> object:
                target.unlock(password)
                return target
        else:
            def work() -> object:
                return self._login(self.data_dir, username, password, kdf=self.kdf)

            def with_key_backup() -> object:
                return self._login(self.data_dir, username, password, kdf=self.kdf, use_key_backup=True)

            self._with_key_backup = with_key_backup

        workers.run(work, self._done, self._failed, self)

    def _done(self, session: object) -> None:
        self.session = session  # type: ignore[assignment]
        self.status.clear()
        self.logged_in.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        retry, self._with_key_backup = self._with_key_backup, None
        if isinstance(exc, KeyFileBackupAvailable) and retry is not None and self._ask_key_backup(exc):
            self.status.setText(self.tr("Checking…"))
            workers.run(retry, self._done, self._failed, self)
            return
        self.ok_button.setEnabled(True)
        self.status.setText(error_text(exc))
        self.new_file_button.setVisible(self._needs_new_file(exc))
        self.password.setFocus()

    def _needs_new_file(self, exc: BaseException) -> bool:
        """The server refused this PC's connection file (a new login since): the new file can be chosen here."""
        return (isinstance(exc, server_connect.ServerLoginChanged) and self.locked_session is None
                and server_connect.is_server_folder(self.data_dir))

    def _replace_connection(self) -> None:
        if self.connection_dialog is not None:  # closed (it is window-modal): a fresh one each time
            self.connection_dialog.deleteLater()
        dialog = ReplaceConnectionDialog(self.data_dir, parent=self)
        dialog.replaced.connect(self._connection_replaced)
        self.connection_dialog = dialog
        dialog.open()

    def _connection_replaced(self) -> None:
        self.new_file_button.hide()
        self.status.setText(self.tr("The connection file was replaced. Log in again."))
        self.password.setFocus()

    def _ask_key_backup(self, exc: BaseException) -> bool:
        """A damaged key file with an intact previous copy: the user decides (the use is audited)."""
        answer = QMessageBox.question(
            self, self.tr("Key file damaged"),
            error_text(exc) + "\n\n" + self.tr("Open the office with the previous copy of the key file?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _recovery(self) -> None:
        dialog = RecoveryDialog(self.data_dir, kdf=self.kdf, parent=self)
        dialog.recovered.connect(self._done)
        dialog.open()


class _CheckedDialog(QDialog):
    """A dialog whose OK is checked off the GUI thread: OK waits meanwhile, a failure is shown above it."""

    def _add_status_and_buttons(self, layout: QVBoxLayout) -> None:
        self.status = error_label(red=False)
        layout.addWidget(self.status)
        buttons = ok_cancel_buttons(self, self._submit)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.status.setText(error_text(exc))


class RecoveryDialog(_CheckedDialog):
    """Open the office with the recovery code and set a new administrator password (R15).

    Signals:
        recovered: the new Session.
    """

    recovered = Signal(object)

    def __init__(self, data_dir: Path, *, kdf: KdfParams, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover the office"))
        self.data_dir = data_dir
        self.kdf = kdf
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Enter the recovery code that was shown when the office was created, the username of an "
            "administrator, and a new password for that administrator.")))
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeInput")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.admin = QLineEdit()
        self.admin.setObjectName("recoveryAdmin")
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("Administrator:"), self.admin)
        layout.addLayout(form)
        self.new_password = NewPasswordInput(self)
        layout.addWidget(self.new_password)
        self._add_status_and_buttons(layout)

    def _submit(self) -> None:
        code, admin = self.code.text(), self.admin.text()
        password, confirm = self.new_password.value()
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        workers.run(
            lambda: session_service.recover(self.data_dir, code, admin, password, confirm, kdf=self.kdf),
            self._done, self._failed, self)

    def _done(self, session: object) -> None:
        self.new_password.wipe()
        self.code.clear()
        self.recovered.emit(session)
        self.accept()


class ConfirmPasswordDialog(_CheckedDialog):
    """Asks for the current password again before a dangerous action (R19)."""

    def __init__(self, session: session_service.Session, on_confirmed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPasswordDialog")
        self.setWindowTitle(self.tr("Confirm your password"))
        self.session = session
        self.on_confirmed = on_confirmed
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("This action needs your password again.")))
        self.password = PasswordLineEdit()
        self.password.setObjectName("confirmPassword")
        self.password.setAccessibleName(self.tr("Your password"))
        layout.addWidget(self.password)
        self._add_status_and_buttons(layout)

    def _submit(self) -> None:
        password = self.password.text()
        self.password.wipe()
        self.ok_button.setEnabled(False)
        workers.run(lambda: self.session.confirm_password(password), self._done, self._failed, self)

    def _done(self, _: object) -> None:
        self.accept()
        self.on_confirmed()


def with_fresh_proof(session: session_service.Session, parent: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` now if the password proof is fresh, else after asking for the password."""
    if session.proof_is_fresh():
        action()
        return
    ConfirmPasswordDialog(session, action, parent).open()

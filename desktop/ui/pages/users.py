"""管理 → ユーザー: staff accounts (administrators only; the services check the role too)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Role
from desktop.services import users as user_service
from desktop.services.session import Session
from desktop.ui import msgbox
from desktop.ui.login import with_fresh_proof
from desktop.ui.text import error_text, fill, role_label
from desktop.ui.widgets.forms import error_label, hint, ok_cancel_buttons, paragraph
from desktop.ui.widgets.password import NewPasswordInput
from desktop.ui.widgets.table import RowsTableModel, selected_row, table_view


class UsersModel(RowsTableModel[user_service.UserInfo]):
    COLUMNS = 5

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Username"), self.tr("Display name"), self.tr("Role"), self.tr("Status"),
                self.tr("Approves posts"))

    def cell(self, user: user_service.UserInfo, col: int) -> str:
        if col == 0:
            return user.username
        if col == 1:
            return user.display_name
        if col == 2:
            return role_label(user.role)
        if col == 4:
            if user.role is Role.MANAGER or user.post_approver:
                return self.tr("Yes (manager)") if user.role is Role.MANAGER else self.tr("Yes (appointed)")
            return ""
        if not user.active:
            return self.tr("Deactivated")
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")


class NewUserDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.session = session
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        form.addRow(self.tr("Username:"), self.username)
        form.addRow(self.tr("Display name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        layout.addLayout(form)
        layout.addWidget(paragraph(self.tr("Initial password (the user must change it at the first login):")))
        self.password = NewPasswordInput(self)
        layout.addWidget(self.password)
        self.status = error_label("newUserStatus")
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel_buttons(self, self._submit))

    def _submit(self) -> None:
        password, confirm = self.password.value()
        try:
            user_service.create_user(self.session, username=self.username.text(),
                                     display_name=self.display_name.text(), role=self.role.currentData(),
                                     initial_password=password, confirm=confirm)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was saved
            self.status.setText(error_text(exc))
            return
        self.password.wipe()
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, session: Session, user: user_service.UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.session = session
        self.user = user
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr("New initial password for %1:"), user.display_name)))
        self.password = NewPasswordInput(self, context=[user.username, user.display_name])
        layout.addWidget(self.password)
        self.status = error_label()
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel_buttons(self, self._submit))

    def _submit(self) -> None:
        password, confirm = self.password.value()
        try:
            user_service.reset_password(self.session, self.user.uid, new_password=password, confirm=confirm)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        self.password.wipe()
        self.accept()


class UsersPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.session = session
        self.model = UsersModel()
        self.table = table_view(self.model, "usersTable", resize=QHeaderView.ResizeMode.Stretch,
                                stretch_last=False)
        self.table.setAccessibleName(self.tr("Users"))
        self.new_button = QPushButton(self.tr("&New user…"))
        self.new_button.setObjectName("newUserButton")
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_button = QPushButton(self.tr("Change role"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.deactivate_button.setObjectName("deactivateButton")
        self.new_button.clicked.connect(lambda: with_fresh_proof(session, self, self._new_user))
        self.reset_button.clicked.connect(lambda: with_fresh_proof(session, self, self._reset))
        self.role_button.clicked.connect(lambda: with_fresh_proof(session, self, self._change_role))
        self.deactivate_button.clicked.connect(self._ask_deactivate)
        self.approver_button = QPushButton(self.tr("Appoint / end: responsible person for posts"))
        self.approver_button.setObjectName("postApproverButton")
        self.approver_button.clicked.connect(lambda: with_fresh_proof(session, self, self._toggle_approver))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addSpacing(16)
        buttons.addWidget(self.role_combo)
        buttons.addWidget(self.role_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.deactivate_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.approver_button)
        buttons.addStretch(1)
        self.approvers_note = hint("")
        self.approvers_note.setObjectName("approversNote")
        note = hint(self.tr(
            "Deactivating a user removes their key slot and changes the office key, so a copy of their old key "
            "file opens nothing; their records stay. Backups made before still open with their old password."))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.approvers_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def refresh(self) -> None:
        try:
            self.model.set_rows(user_service.list_users(self.session))
            check = user_service.approver_check(self.session)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Users"), error_text(exc))
            return
        # no dead ends: every post needs someone other than its author to approve it (000 §2-4(1))
        self.approvers_note.setVisible(check.dead_end)
        self.approvers_note.setText(fill(self.tr(
            "Posts can be approved by %1 manager(s) and %2 appointed responsible person(s); a post needs an "
            "approver other than its author, so some posts cannot be approved now. Appoint a responsible person "
            "for posts: choose an advisor in the list and click \"Appoint / end: responsible person for posts\". "
            "Or make someone a manager with \"Change role\"."), check.managers, check.appointed))

    def _toggle_approver(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(lambda: user_service.set_post_approver(self.session, user.uid, not user.post_approver))

    def clear(self) -> None:
        self.model.set_rows([])

    def selected(self) -> user_service.UserInfo | None:
        row: user_service.UserInfo | None = selected_row(self.table)
        return row

    def _new_user(self) -> None:
        dialog = NewUserDialog(self.session, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.session, user, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Users"), error_text(exc))
        self.refresh()

    def _change_role(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(lambda: user_service.change_role(self.session, user.uid, self.role_combo.currentData()))

    def _ask_deactivate(self) -> None:
        user = self.selected()
        if user is None:
            return
        msgbox.question(self, self.tr("Deactivate user"),
                        fill(self.tr("Deactivate %1? They can no longer log in; their history is kept."),
                             user.display_name),
                        lambda: with_fresh_proof(self.session, self, lambda: self._run(
                            lambda: user_service.deactivate_user(self.session, user.uid))))

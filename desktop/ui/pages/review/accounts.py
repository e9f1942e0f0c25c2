"""承認 → アカウント: the office's SNS accounts and its own published contact details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.platforms import Platform
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui.pages.review.common import rows_model, run_change
from desktop.ui.post_text import platform_label
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import note, say
from desktop.ui.widgets.table import selected_row, table_view


class AccountsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTab")
        self.session = session
        self.model = rows_model(
            lambda: (self.tr("Platform"), self.tr("Name"), self.tr("Address"), self.tr("Status")), self._cells
        )
        self.table = table_view(self.model, "accountsTable")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.setObjectName("accountPlatform")
        for p in Platform:
            self.platform.addItem(platform_label(p), p.value)
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.url = QLineEdit()
        self.url.setObjectName("accountUrl")
        self.url.setPlaceholderText("https://")
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(True)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setObjectName("addAccount")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveAccount")
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("The office's own published contact details"))
        cl = QVBoxLayout(contacts_box)
        cl.addWidget(
            note(
                self.tr(
                    "Phone numbers, e-mail and postal addresses the office publishes itself, one per "
                    "line. Screening does not flag them as personal data. Links to the homepage "
                    "accounts' sites count as the office's own."
                )
            )
        )
        self.contacts = QPlainTextEdit()
        self.contacts.setObjectName("publicContacts")
        self.contacts.setMaximumHeight(80)
        self.contacts_button = QPushButton(self.tr("Save contact details"))
        self.contacts_button.setObjectName("saveContacts")
        self.contacts_button.clicked.connect(self.save_contacts)
        cl.addWidget(self.contacts)
        cl.addWidget(self.contacts_button)
        self.message = note(object_name="accountsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(contacts_box)

    def _cells(self, a: post_service.AccountInfo) -> tuple[str, ...]:
        return (
            platform_label(a.platform),
            a.name,
            a.url,
            self.tr("In use") if a.active else self.tr("Not in use"),
        )

    def refresh(self) -> None:
        try:
            self.model.set_rows(post_service.list_accounts(self.session, include_inactive=True))
            self.contacts.setPlainText("\n".join(post_service.public_contacts(self.session)))
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)

    def clear(self) -> None:
        self.model.set_rows([])
        self.contacts.clear()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        a = self.model.rows[current.row()]
        self.platform.setCurrentIndex(self.platform.findData(a.platform.value))
        self.name.setText(a.name)
        self.url.setText(a.url)
        self.active.setChecked(a.active)

    def add(self) -> None:
        run_change(
            self,
            lambda: post_service.create_account(
                self.session, platform=self.platform.currentData(), name=self.name.text(), url=self.url.text()
            ),
            self.tr("The account was added."),
        )

    def save(self) -> None:
        a = selected_row(self.table)
        if a is None:
            say(self.message, self.tr("Choose an account in the list first."), error=True)
            return
        run_change(
            self,
            lambda: post_service.change_account(
                self.session,
                a.id,
                platform=self.platform.currentData(),
                name=self.name.text(),
                url=self.url.text(),
                active=self.active.isChecked(),
            ),
            self.tr("The account was changed."),
        )

    def save_contacts(self) -> None:
        run_change(
            self,
            lambda: post_service.set_public_contacts(self.session, self.contacts.toPlainText().splitlines()),
            self.tr("The contact details were saved."),
        )

"""管理 → 設定: office details, mail-footer items, auto-lock and the unsubscribe deadline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.services import mail_sync
from desktop.services import settings as settings_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.text import error_text, fill


class SettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.session = session
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in settings_service.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            edit.setMaxLength(200)
            self.fields[key] = edit
            label = QCoreApplication.translate("OfficeSettings", settings_service.LABELS[key])
            form.addRow(fill(self.tr("%1:"), label), edit)
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 120)
        self.autolock.setSuffix(self.tr(" min"))
        self.due_days = QSpinBox()
        self.due_days.setRange(1, 30)
        self.due_days.setSuffix(self.tr(" business days"))
        form.addRow(self.tr("Auto-lock after:"), self.autolock)
        form.addRow(self.tr("Unsubscribe deadline:"), self.due_days)
        self.sync_days = QSpinBox()
        self.sync_days.setObjectName("setting_mail_sync_max_days")
        self.sync_days.setRange(1, 90)
        self.sync_days.setSuffix(self.tr(" days"))
        self.sync_days.setToolTip(self.tr("The send-list export warns when the unsubscribes and bounces were last "
                                          "imported from the mail service longer ago than this."))
        form.addRow(self.tr("Import from the mail service at least every:"), self.sync_days)
        note = QLabel(self.tr("The sender name, postal address, opt-out contact, opt-out statement and inquiry "
                              "contact appear in every mail (特定電子メール法 Art. 4). The send-list export warns "
                              "when any is missing."))
        note.setWordWrap(True)
        theme.set_role(note, "hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def refresh(self) -> None:
        current = settings_service.details(self.session)
        for key, edit in self.fields.items():
            edit.setText(current.values.get(key, ""))
        self.autolock.setValue(current.autolock_minutes)
        self.due_days.setValue(current.unsubscribe_due_days)
        self.sync_days.setValue(mail_sync.max_days(self.session))
        self.status.clear()

    def clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()

    def save(self) -> None:
        try:
            settings_service.save(self.session, {k: e.text() for k, e in self.fields.items()},
                                  autolock_minutes=self.autolock.value(), unsubscribe_due_days=self.due_days.value())
            mail_sync.set_max_days(self.session, self.sync_days.value())
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved."))


def _title() -> str:
    return QCoreApplication.translate("SettingsPage", "Settings")


def _factory(session: Session, parent: QWidget) -> QWidget:
    return SettingsPage(session, parent)


ADMIN_TABS = [(_title, _factory)]

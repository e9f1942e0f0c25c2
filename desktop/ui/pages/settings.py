"""管理 → 設定: office details, mail-footer items, auto-lock, the unsubscribe deadline and the import limits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import office_settings as rules
from desktop.services import import_settings, mail_sync
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
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(note)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self._limits_box(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _limits_box(self) -> QGroupBox:
        """取り込みの上限: a file that asks for more is refused before it is read."""
        box = QGroupBox(self.tr("Import limits"))
        box.setObjectName("importLimitsBox")
        form = QFormLayout(box)
        self.limits: dict[str, QSpinBox] = {}
        for name, (low, high) in rules.IMPORT_LIMIT_RANGES.items():
            spin = QSpinBox()
            spin.setObjectName(f"setting_import_{name}")
            spin.setRange(low, high)
            spin.setGroupSeparatorShown(True)
            label = QCoreApplication.translate("OfficeSettings", rules.IMPORT_LIMIT_LABELS[name])
            spin.setAccessibleName(label)
            self.limits[name] = spin
            form.addRow(fill(self.tr("%1:"), label), spin)
        explain = QLabel(self.tr("A contact list, suppression list or mail-service file larger than these is "
                                 "refused before it is read. Raise them only for a file you trust."))
        explain.setWordWrap(True)
        theme.set_role(explain, "hint")
        form.addRow(explain)
        self.limits_default = QPushButton(self.tr("Back to the standard limits"))
        self.limits_default.setObjectName("importLimitsDefault")
        self.limits_default.clicked.connect(self._standard_limits)
        form.addRow(self.limits_default)
        return box

    def _standard_limits(self) -> None:
        standard = import_settings.defaults()
        for name, spin in self.limits.items():
            spin.setValue(getattr(standard, name))

    def refresh(self) -> None:
        current = settings_service.details(self.session)
        for key, edit in self.fields.items():
            edit.setText(current.values.get(key, ""))
        self.autolock.setValue(current.autolock_minutes)
        self.due_days.setValue(current.unsubscribe_due_days)
        self.sync_days.setValue(mail_sync.max_days(self.session))
        limits = import_settings.current(self.session)
        for name, spin in self.limits.items():
            spin.setValue(getattr(limits, name))
        self.status.clear()

    def clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()

    def save(self) -> None:
        try:
            settings_service.save(self.session, {k: e.text() for k, e in self.fields.items()},
                                  autolock_minutes=self.autolock.value(), unsubscribe_due_days=self.due_days.value())
            mail_sync.set_max_days(self.session, self.sync_days.value())
            import_settings.save(self.session, **{name: spin.value() for name, spin in self.limits.items()})
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved."))


def _title() -> str:
    return QCoreApplication.translate("SettingsPage", "Settings")


def _factory(session: Session, parent: QWidget) -> QWidget:
    return SettingsPage(session, parent)


ADMIN_TABS = [(_title, _factory)]

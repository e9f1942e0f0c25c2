"""連絡先の修正: correct the selected contact's name, furigana and memo (issue 17).

The change is a correction (:func:`desktop.services.contacts.correct`): administrators only (checked
in the service), the consent history untouched, one audit entry naming the fields that changed. The
address is shown but cannot be edited: another address is another person's consent. Bad input keeps
the dialog open with everything typed and a message in the space reserved under the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts as contact_service
from desktop.services import kept as kept_service
from desktop.services.consent import FURIGANA_MAX, NAME_MAX
from desktop.services.session import Session
from desktop.ui import msgbox, theme
from desktop.ui.kept_text import TextKeeper
from desktop.ui.text import error_text

__all__ = ["ContactEditDialog", "open_for_contact"]


class ContactEditDialog(QDialog):
    """Name, furigana and memo of one contact; 保存 corrects them, キャンセル leaves them as they were."""

    corrected = Signal(object)  # the tuple of the fields that changed (empty: nothing changed)

    def __init__(self, session: Session, form: contact_service.ContactEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditDialog")
        self.setWindowTitle(self.tr("Correct the contact"))
        self.session = session
        self.contact_id = form.contact_id

        self.address = QLabel(form.address or "")
        self.address.setObjectName("contactEditAddress")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("Address (cannot be changed)"))
        self.name = QLineEdit(form.name or "")
        self.name.setObjectName("contactEditName")
        self.name.setMaxLength(NAME_MAX + 50)  # a little room: the service explains an over-long name
        self.name.setAccessibleName(self.tr("Name"))
        self.furigana = QLineEdit(form.furigana or "")
        self.furigana.setObjectName("contactEditFurigana")
        self.furigana.setMaxLength(FURIGANA_MAX + 50)
        self.furigana.setAccessibleName(self.tr("Furigana"))
        self.memo = QPlainTextEdit(form.memo or "")
        self.memo.setObjectName("contactEditMemo")
        self.memo.setTabChangesFocus(True)
        self.memo.setAccessibleName(self.tr("Memo"))
        self.memo.setMinimumHeight(90)

        form_layout = QFormLayout()
        for label_text, field in ((self.tr("&Address:"), self.address), (self.tr("&Name:"), self.name),
                                  (self.tr("&Furigana:"), self.furigana), (self.tr("&Memo:"), self.memo)):
            label = QLabel(label_text)
            label.setBuddy(field)
            form_layout.addRow(label, field)
        hint = QLabel(self.tr("The address cannot be corrected here: a different address is a different "
                              "person's consent. The consent history stays as it is."))
        hint.setWordWrap(True)
        theme.set_role(hint, "hint")
        self.message = QLabel(" ")  # reserved space: a message does not move the fields
        self.message.setObjectName("contactEditMessage")
        self.message.setWordWrap(True)
        theme.set_role(self.message, "error")

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("contactEditSave")
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setAccessibleName(self.tr("Save the correction"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("contactEditCancel")
        self.cancel_button.setAccessibleName(self.tr("Close without changing anything"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for first, second in ((self.name, self.furigana), (self.furigana, self.memo), (self.memo, self.save_button),
                              (self.save_button, self.cancel_button)):
            QWidget.setTabOrder(first, second)
        self.resize(520, self.sizeHint().height())
        self.name.setFocus()
        # what was typed survives a lock, a cancelled unlock and a logout (kept encrypted, given back here)
        self.keeper = TextKeeper(self, session, kept_service.slot("contact", form.contact_id),
                                 {"name": self.name, "furigana": self.furigana, "memo": self.memo}, self._say_kept)

    def _say_kept(self, text: str) -> None:
        theme.set_role(self.message, "hint")
        self.message.setText(text)

    def save(self) -> None:
        """Correct the contact; on bad input show why and keep everything typed."""
        try:
            changed = contact_service.correct(self.session, self.contact_id, name=self.name.text(),
                                              furigana=self.furigana.text(), memo=self.memo.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown; nothing was saved
            theme.set_role(self.message, "error")
            self.message.setText(error_text(exc))
            return
        self.message.setText(" ")
        self.corrected.emit(changed)
        self.accept()

    def clear_data(self) -> None:
        """On lock: no personal data stays in the dialog."""
        for field in (self.name, self.furigana):
            field.clear()
        self.memo.clear()
        self.address.clear()


def open_for_contact(parent: QWidget, session: Session, contact_id: int | None) -> ContactEditDialog | None:
    """Open the dialog for ``contact_id`` (None: tell the user to select a contact first)."""
    title = QCoreApplication.translate("ContactEditDialog", "Correct the contact")
    if contact_id is None:
        msgbox.info(parent, title, QCoreApplication.translate("ContactEditDialog", "Select a contact in the list first."))
        return None
    try:
        form = contact_service.edit_form(session, contact_id)
    except Exception as exc:  # noqa: BLE001 - refused (role) or the contact is gone: shown
        msgbox.error(parent, title, error_text(exc))
        return None
    dialog = ContactEditDialog(session, form, parent)
    dialog.open()
    return dialog

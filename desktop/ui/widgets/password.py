"""Password fields: a line edit with show/hide, and a new-password pair with a strength hint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from desktop.domain.accounts import STRENGTH_LABELS, Strength, assess_password
from desktop.ui.text import error_text


class PasswordLineEdit(QLineEdit):
    """A password field with a show/hide action; :meth:`wipe` overwrites the text before clearing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(1024)
        self._toggle = QAction(self.tr("Show"), self)
        self._toggle.setCheckable(True)
        self._toggle.setToolTip(self.tr("Show or hide the password"))
        self._toggle.toggled.connect(self._on_toggled)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _on_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def wipe(self) -> None:
        self.setText("\0" * len(self.text()))
        self.clear()


class NewPasswordInput(QWidget):
    """Password twice, with a live strength hint and the policy message (R12).

    Signals:
        changed: emitted whenever the fields change.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, context: list[str] | None = None) -> None:
        super().__init__(parent)
        self.context: list[str] = list(context or [])
        self.password = PasswordLineEdit(self)
        self.password.setObjectName("newPassword")
        self.confirm = PasswordLineEdit(self)
        self.confirm.setObjectName("confirmPassword")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(self)
        self.hint.setObjectName("passwordHint")
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.confirm)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.password.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.password.text()
        if not text:
            self.meter.setValue(0)
            self.hint.setText(self.tr("At least 8 characters; 15 or more is better. A short sentence works well."))
            self.changed.emit()
            return
        assessment = assess_password(text, self.context)
        self.meter.setValue(int(assessment.strength))
        strength = QCoreApplication.translate("Accounts", STRENGTH_LABELS[assessment.strength])
        if assessment.problem is not None:
            self.hint.setText(error_text(assessment.problem))
        elif self.confirm.text() and self.confirm.text() != text:
            self.hint.setText(self.tr("Strength: %1. The two passwords do not match yet.").replace("%1", strength))
        else:
            self.hint.setText(self.tr("Strength: %1.").replace("%1", strength))
        self.changed.emit()

    def is_acceptable(self) -> bool:
        text = self.password.text()
        return bool(text) and assess_password(text, self.context).acceptable and text == self.confirm.text()

    def value(self) -> tuple[str, str]:
        return self.password.text(), self.confirm.text()

    def wipe(self) -> None:
        self.password.wipe()
        self.confirm.wipe()

    def strength(self) -> Strength:
        return assess_password(self.password.text(), self.context).strength

"""The setup wizard's "connect to the office server" step: the connection file, the server's address and the
office CA's fingerprint, which the user compares with the one the administrator reads out (issue 18)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import server_connect
from desktop.services.server_connect import ServerProfile
from desktop.ui import files
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import heading, paragraph


class ServerPage(QWidget):
    """Choose the connection file and confirm the certificate fingerprint.

    ``title`` and ``intro`` (translated) replace the wizard's heading and first paragraph where the page is
    shown elsewhere (ui/dialogs_connection.py: the new file after the administrator changed the login).

    Signals:
        changed: the file or the confirmation changed (the wizard updates its buttons).
        problem: a translated message (the file could not be used).
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, title: str = "", intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("serverPage")
        self.profile: ServerProfile | None = None
        self.file_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title or self.tr("Connect to the office server"), 4))
        layout.addWidget(paragraph(intro or self.tr(
            "The administrator of the office server gives each computer a connection file. Choose it here. "
            "The office's data stays on the server; this computer keeps only the connection settings.")))
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose the connection file…"))
        self.choose_button.setObjectName("chooseConnectionFile")
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.address = QLabel()
        self.address.setObjectName("serverAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("caFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.fingerprint.font().pointSizeF())
        self.fingerprint.setFont(mono)
        form.addRow(self.tr("Server:"), self.address)
        form.addRow(self.tr("Certificate fingerprint:"), self.fingerprint)
        layout.addLayout(form)
        self.compare_hint = paragraph(self.tr(
            "Ask the administrator to read out the fingerprint of the office's certificate, and compare it "
            "with the one above, group by group. If they differ, do not connect: tell the administrator."))
        layout.addWidget(self.compare_hint)
        self.confirmed = QCheckBox(self.tr("The fingerprint is the same as the one the administrator read out."))
        self.confirmed.setObjectName("fingerprintConfirmed")
        self.confirmed.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(self.confirmed)
        layout.addStretch(1)
        self._show(None)

    def choose(self) -> None:
        """Open the file dialog (non-blocking); the chosen file is read by :meth:`load`."""
        dialog = files.file_dialog(self, files.Purpose.IMPORT, self.tr("Choose the connection file"),
                                   filters=[self.tr("Connection files (*.json)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.load)
        self.file_dialog = dialog
        dialog.open()

    def load(self, path: str) -> bool:
        """Read the connection file at ``path``; a problem is reported and nothing earlier is kept."""
        try:
            profile = server_connect.read_connection_file(Path(path))
        except DomainError as exc:
            self._show(None)
            self.problem.emit(error_text(exc))
            return False
        self._show(profile)
        self.problem.emit("")
        return True

    def _show(self, profile: ServerProfile | None) -> None:
        self.profile = profile
        self.confirmed.setChecked(False)
        self.confirmed.setEnabled(profile is not None)
        self.compare_hint.setVisible(profile is not None)
        if profile is None:
            self.address.setText(self.tr("No connection file chosen yet."))
            self.fingerprint.clear()
        else:
            self.address.setText(server_connect.server_address(profile))
            self.fingerprint.setText(_grouped(server_connect.ca_fingerprint(profile)))
        self.changed.emit()

    def ready(self) -> bool:
        """A connection file was read and its fingerprint confirmed."""
        return self.profile is not None and self.confirmed.isChecked()


def _grouped(fingerprint: str) -> str:
    """Two lines of 16 bytes, so the groups can be read out and compared."""
    parts = fingerprint.split(":")
    return "\n".join(":".join(parts[i:i + 16]) for i in range(0, len(parts), 16))

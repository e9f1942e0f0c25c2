"""The new connection file, from the login window (issue 18).

After the administrator gives the office server's login a new password (``madoguchi server new-login``, e.g.
when someone left), every other PC's login fails until it has the new connection file. This dialog takes it:
the same page as the setup wizard's server step (the file, the server's address, the certificate fingerprint
to compare group by group), then the service checks that the file is this office's and that the server
accepts it before it replaces the old one (desktop/services/server_connect.py: ``replace_connection``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.services import server_connect
from desktop.ui import theme, workers
from desktop.ui.text import error_text
from desktop.ui.widgets.forms import error_label
from desktop.ui.wizard_server import ServerPage


class ReplaceConnectionDialog(QDialog):
    """Choose the administrator's new connection file and put it in place of this PC's old one.

    The replacement runs in a worker; a failure is shown in the dialog, which stays open with the file still
    chosen. Esc closes it (not while the server is being asked), Enter replaces once the file is ready.

    Signals:
        replaced: the new file is in place (the dialog then closes).
    """

    replaced = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replaceConnectionDialog")
        self.setWindowTitle(self.tr("New connection file"))
        self.data_dir = Path(data_dir)
        self.busy = False
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.page = ServerPage(self, title=self.tr("Replace this computer's connection file"), intro=self.tr(
            "The administrator has changed the office server's login, so this computer's connection file no "
            "longer works. Choose the new connection file the administrator gave you. It replaces the old one "
            "once the server accepts it; the office's data is not touched."))
        page_layout = self.page.layout()
        if page_layout is not None:  # the dialog's own margins are enough
            page_layout.setContentsMargins(0, 0, 0, 0)
        self.page.choose_button.setAutoDefault(False)  # Enter replaces; the button is for the mouse or Space
        self.page.changed.connect(self._sync)
        self.page.problem.connect(self._problem)
        layout.addWidget(self.page)
        self.status = error_label("replaceConnectionStatus", red=False)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.replace_button = self.buttons.addButton(self.tr("Replace"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.replace_button.setObjectName("replaceConnectionButton")
        self.replace_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.page.choose_button.setFocus()
        self._sync()

    def _sync(self) -> None:
        self.replace_button.setEnabled(self.page.ready() and not self.busy)
        self.cancel_button.setEnabled(not self.busy)
        self.page.setEnabled(not self.busy)
        if not self.busy:  # disabling the focused buttons can leave Cancel the default: Enter replaces again
            self.replace_button.setDefault(True)

    def _problem(self, text: str) -> None:
        self._say(text, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        theme.set_role(self.status, "error" if error and text else None)

    def _submit(self) -> None:
        profile = self.page.profile
        if profile is None or not self.page.ready() or self.busy:
            return
        self.busy = True
        self._sync()
        self._say(self.tr("Checking…"))
        folder = self.data_dir
        workers.run(lambda: server_connect.replace_connection(folder, profile), self._done, self._failed, self)

    def _done(self, _: object) -> None:
        self.busy = False
        self._say("")
        self.replaced.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._sync()
        if isinstance(exc, server_connect.ServerLoginChanged):  # the chosen file is as old as this PC's own
            self._say(self.tr("The office server does not accept this connection file: it is an old one. Choose "
                              "the newest connection file the administrator gave you, or ask the administrator "
                              "for it."), error=True)
        else:
            self._say(error_text(exc), error=True)
        self.replace_button.setFocus()

    def reject(self) -> None:
        """Esc and Cancel close the dialog, except while the server is being asked (the answer decides)."""
        if not self.busy:
            super().reject()

"""Nothing typed in a dialog is lost (issue 17): a dialog's unsaved text is kept in the encrypted database
before a lock, a logout or a language switch and put back when the same dialog is opened again for the
same record (after the unlock, or at the next login).

:class:`TextKeeper` listens on the session's ``before_close_listeners`` (the database is still open
then) while its dialog is open; saving or closing the dialog (キャンセル) stops it, so a saved or
deliberately discarded text is never kept. Only fields that differ from what the dialog opened with are
worth keeping. Nothing of the text reaches a log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from desktop.services import kept as kept_service
from desktop.services.session import Session

__all__ = ["TextKeeper", "kept_message"]

log = logging.getLogger(__name__)

Field = QLineEdit | QPlainTextEdit


def _text(field: Field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _set(field: Field, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def kept_message() -> str:
    return QCoreApplication.translate("TextKeeper", "Your unsaved text was kept and is back.")


class TextKeeper:
    """Keeps and gives back the typed ``fields`` of one dialog opened for one record (``slot``)."""

    def __init__(self, dialog: QDialog, session: Session, slot: str, fields: Mapping[str, Field],
                 say: Callable[[str], None] | None = None) -> None:
        self.dialog, self.session, self.slot, self.fields = dialog, session, slot, dict(fields)
        self.opened_with = {name: _text(field) for name, field in self.fields.items()}
        self.restored = self._restore(say)
        session.before_close_listeners.append(self.keep)
        dialog.finished.connect(self.forget)  # saved, or closed on purpose: nothing to keep any more
        dialog.destroyed.connect(self.forget)
        dialog.setProperty("keepsText", True)

    def forget(self, *_: object) -> None:
        """Stop listening (the dialog was saved, closed or destroyed)."""
        listeners = self.session.before_close_listeners
        if self.keep in listeners:
            listeners.remove(self.keep)

    def saved(self) -> None:
        """The dialog saved what it shows and stays open: only typing after this is worth keeping."""
        self.opened_with = self.typed()

    def typed(self) -> dict[str, str]:
        return {name: _text(field) for name, field in self.fields.items()}

    def keep(self) -> None:
        """Keep what was typed if it differs from what the dialog opened with (the database is still open)."""
        typed = self.typed()
        if self.session.locked or typed == self.opened_with:
            return
        try:
            kept_service.keep(self.session, self.slot, typed)
        except Exception as exc:  # noqa: BLE001 - the lock or logout goes on; no text in the log
            log.error("a dialog's unsaved text could not be kept: %s", type(exc).__name__)

    def _restore(self, say: Callable[[str], None] | None) -> bool:
        try:
            found = kept_service.take(self.session, self.slot)
        except Exception as exc:  # noqa: BLE001 - nothing kept can be shown; the dialog works on
            log.error("a dialog's kept text could not be read: %s", type(exc).__name__)
            return False
        if not found:
            return False
        for name, field in self.fields.items():
            if name in found:
                _set(field, found[name])
        if say is not None:
            say(kept_message())
        return True

"""Every file dialog of the app: starts in the user's Documents folder, then in the folder last used
for the same purpose (remembered per purpose in QSettings), and speaks the UI language.

Qt's own catalogue ``qtbase_ja`` predates the mnemonics Qt 6 puts on some file-dialog labels
("&Look in:", "Files of &type:"), so those lines stayed English in a Japanese office; they are marked
here in Qt's own context and translated in the app's catalogue (installed after ``qtbase``, asked first).
Only the folder is remembered, never a file name (it may name a person).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.errors import QT_TRANSLATE_NOOP

__all__ = ["Purpose", "file_dialog", "existing_folder", "last_folder", "remember_folder", "save_file_name",
           "settings", "start_folder"]

# Qt's file-dialog labels that qtbase_ja lacks (Qt 6 added the "&"); the context is Qt's own.
QT_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
)


class Purpose(StrEnum):
    """What a file dialog is for: each remembers its own last folder."""

    EXPORT = "export"
    IMPORT = "import"
    MAIL_SERVICE = "mail_service"
    DISCLOSURE = "disclosure"
    BACKUP = "backup"
    DATA_FOLDER = "data_folder"
    RECOVERY_CODE = "recovery_code"


def settings() -> QSettings:
    """The app's per-user settings (window geometry, last folders)."""
    return QSettings("Madoguchi", "Madoguchi")


def _key(purpose: Purpose | str) -> str:
    return f"fileDialogs/{Purpose(purpose).value}"


def documents_folder() -> str:
    """The user's Documents folder (the home folder if the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def last_folder(purpose: Purpose | str) -> str | None:
    """The folder last used for ``purpose``, if it still exists."""
    value = settings().value(_key(purpose))
    return value if isinstance(value, str) and value and Path(value).is_dir() else None


def start_folder(purpose: Purpose | str) -> str:
    """Where a dialog for ``purpose`` opens: the last folder used for it, else Documents."""
    return last_folder(purpose) or documents_folder()


def remember_folder(purpose: Purpose | str, chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file or a folder) for ``purpose``."""
    if not str(chosen):
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings().setValue(_key(purpose), str(folder))


def file_dialog(parent: QWidget | None, purpose: Purpose | str, title: str, *, save: bool = False,
                filters: Sequence[str] = (), suggested_name: str = "", default_suffix: str = "") -> QFileDialog:
    """A file dialog for ``purpose`` opening in its start folder; the chosen folder is remembered.

    The caller connects ``fileSelected`` and calls ``open()`` (or ``exec()``).
    """
    dialog = QFileDialog(parent, title, start_folder(purpose))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilters(list(filters))
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    if suggested_name:
        dialog.selectFile(suggested_name)
    dialog.fileSelected.connect(lambda path: remember_folder(purpose, path))
    return dialog


def save_file_name(parent: QWidget | None, purpose: Purpose | str, title: str, suggested_name: str,
                   filter_text: str = "") -> str:
    """Ask where to save (modal, the system's dialog where there is one); "" when cancelled."""
    start = str(Path(start_folder(purpose)) / suggested_name) if suggested_name else start_folder(purpose)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filter_text)
    if name:
        remember_folder(purpose, name)
    return name


def existing_folder(parent: QWidget | None, purpose: Purpose | str, title: str, current: str = "") -> str:
    """Ask for a folder (modal); starts in ``current`` when it exists; "" when cancelled."""
    start = current if current and Path(current).is_dir() else start_folder(purpose)
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    if folder:
        remember_folder(purpose, folder)
    return folder

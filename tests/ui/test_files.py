"""File dialogs speak Japanese (Qt's own labels too), start in Documents and remember the last folder
per purpose; the main window remembers its size and state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow

from desktop.app import install_translators
from desktop.ui import files, window_state

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    assert QStandardPaths.isTestModeEnabled()  # never the user's own settings
    files.settings().clear()
    yield
    files.settings().clear()  # no remembered geometry or folder leaks into later tests


@pytest.fixture
def japanese(qapp):  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "ja", [])
    yield
    for t in installed:
        qapp.removeTranslator(t)


def _label(dialog: QFileDialog, name: str) -> str:
    found = dialog.findChild(QLabel, name)
    assert found is not None
    return found.text()


def test_qt_file_dialog_labels_are_japanese(qtbot, japanese) -> None:  # type: ignore[no-untyped-def]
    dialog = files.file_dialog(None, files.Purpose.IMPORT, "取り込むファイル", filters=["CSV (*.csv)"])
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    assert _label(dialog, "lookInLabel") == "場所(&L):"  # qtbase_ja lacks it: the app's catalogue has it
    assert _label(dialog, "fileTypeLabel") == "ファイルの種類(&T):"
    assert _label(dialog, "fileNameLabel") == "ファイル名(&N):"  # from Qt's own qtbase_ja


def test_english_stays_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = files.file_dialog(None, files.Purpose.IMPORT, "Import")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    assert _label(dialog, "lookInLabel") == "&Look in:"


def test_dialogs_start_in_documents_then_remember_the_folder_per_purpose(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    documents = files.documents_folder()
    assert files.start_folder(files.Purpose.EXPORT) == documents
    dialog = files.file_dialog(None, files.Purpose.EXPORT, "Save", save=True, suggested_name="list.csv")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == Path(documents)
    chosen = tmp_path / "exports" / "list.csv"
    chosen.parent.mkdir()
    dialog.fileSelected.emit(str(chosen))
    assert files.start_folder(files.Purpose.EXPORT) == str(chosen.parent)
    again = files.file_dialog(None, files.Purpose.EXPORT, "Save", save=True)
    qtbot.addWidget(again)
    assert Path(again.directory().absolutePath()) == chosen.parent
    assert files.start_folder(files.Purpose.IMPORT) == documents  # another purpose keeps its own
    assert "list.csv" not in str(files.settings().allKeys()) + str(files.last_folder(files.Purpose.EXPORT))


def test_a_removed_folder_falls_back_to_documents(tmp_path: Path) -> None:
    gone = tmp_path / "usb"
    gone.mkdir()
    files.remember_folder(files.Purpose.BACKUP, gone)
    assert files.start_folder(files.Purpose.BACKUP) == str(gone)
    gone.rmdir()
    assert files.start_folder(files.Purpose.BACKUP) == files.documents_folder()


@pytest.mark.parametrize(("room", "size"), [((1366, 728), None), ((1280, 1024), None), ((1440, 870), None),
                                            ((1920, 1040), (1366, 768)), ((2560, 1400), (1366, 768))])
def test_first_start_is_maximised_on_a_small_screen(room: tuple[int, int], size: tuple[int, int] | None) -> None:
    assert window_state.first_size(*room) == size


def test_the_window_remembers_its_size_and_maximised_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = QMainWindow()
    qtbot.addWidget(first)
    window_state.restore(first)
    assert (first.width(), first.height()) == window_state.DEFAULT_SIZE  # offscreen: the default size
    first.resize(700, 500)
    window_state.save(first)
    second = QMainWindow()
    qtbot.addWidget(second)
    window_state.restore(second)
    assert (second.width(), second.height()) == (700, 500)
    second.setWindowState(Qt.WindowState.WindowMaximized)
    window_state.save(second)
    third = QMainWindow()
    qtbot.addWidget(third)
    window_state.restore(third)
    assert third.windowState() & Qt.WindowState.WindowMaximized
    assert QApplication.instance() is not None

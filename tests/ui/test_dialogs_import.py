"""Import dialog with the streamed preview: a file changed after the preview is refused with one clear
line and nothing imported; a stream of unknown length shows a busy bar with the rows checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.ui.dialogs_import import ImportDialog

pytestmark = pytest.mark.gui


def _write(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))
    return path


@pytest.fixture
def dialog(qtbot, office):  # type: ignore[no-untyped-def]
    dialog = ImportDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_file_changed_after_the_preview_is_refused(qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "lp.csv", ["email,配信希望", "a@example.jp,はい", "b@example.jp,はい"])
    dialog.set_file(str(path))
    dialog.run_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    _write(path, ["email,配信希望", "a@example.jp,はい", "z@example.jp,はい"])
    audits = store_audit.count()
    dialog.confirm_check.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "The file changed" in dialog.status.text() and "Nothing was imported" in dialog.status.text()
    assert crepo.count_contacts() == 0 and store_audit.count() == audits
    dialog.run_preview()  # previewed again, the new file imports
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10000)
    dialog.confirm_check.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert crepo.contact_by_key("z@example.jp") is not None


def test_big_file_shows_a_sample_and_says_so(qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "big.csv", ["email"] + [f"u{i}@example.jp" for i in range(40)] + ["bad"])
    dialog.source.setCurrentIndex(dialog.source.findData("other_lp"))
    dialog.set_file(str(path))
    dialog.run_preview(wait=True)
    assert dialog.preview is not None and dialog.preview.total == 41
    assert dialog.samples.rowCount() == 6  # five of the 40 joins and the one invalid row
    assert "6 of 41 rows" in dialog.status.text()


def test_progress_of_unknown_length_is_a_busy_bar(dialog: ImportDialog) -> None:
    dialog._progress(4000, 0)
    assert dialog.progress.maximum() == 0 and "4000" in dialog.progress.format()
    dialog._progress(10, 40)
    assert dialog.progress.maximum() == 40 and dialog.progress.value() == 10

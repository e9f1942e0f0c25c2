"""The import dialog shows each refusal of issue 14 as one translated line (Japanese first)."""

from __future__ import annotations

from pathlib import Path

from desktop.app import install_translators
from desktop.store import repo
from desktop.store.contacts_repo import count_contacts
from desktop.ui.dialogs_import import ImportDialog
from tests.services.test_import_limits import GOOD_ROWS, LAUGHS, sheet_xml, write_xlsx


def _preview(qtbot, office, path: Path) -> str:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(office)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    dialog.run_preview(wait=True)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    return str(dialog.status.text())


def test_refusals_are_shown_in_japanese(qtbot, qapp, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "ja", [])
    try:
        macro = write_xlsx(tmp_path / "m.xlsm", sheet_xml(GOOD_ROWS), extra={"xl/vbaProject.bin": b"x" * 64})
        assert "マクロ" in _preview(qtbot, office, macro)
        laughs = write_xlsx(tmp_path / "l.xlsx", sheet_xml(GOOD_ROWS + [["&h;", "x"]], prolog=LAUGHS))
        assert "安全でない XML" in _preview(qtbot, office, laughs)
        repo.set_setting("import_max_rows", 2)
        rows = tmp_path / "rows.csv"
        rows.write_text("email,配信希望\na@example.jp,はい\nb@example.jp,はい\nc@example.jp,はい\n", encoding="utf-8")
        text = _preview(qtbot, office, rows)
        assert "3 行" in text and "上限の 2 行" in text and "%" not in text
    finally:
        install_translators(qapp, "en", translators)
    assert count_contacts() == 0

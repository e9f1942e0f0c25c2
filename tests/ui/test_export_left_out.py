"""出力 → 除外された連絡先: opened from the send-list preview, read in a worker, filtered by reason (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain.consent import Outcome, Reason
from desktop.services import left_out
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.pages.export import ExportPage
from desktop.ui.pages.export_left_out import LeftOutDialog
from tests.services.test_consent import capture

pytestmark = pytest.mark.gui


def _column(dialog: LeftOutDialog, column: int) -> list[str]:
    return [dialog.model.cell(row, column) for row in dialog.model.rows]


def test_open_from_the_preview_rows_reasons_filter_and_esc(qtbot, office: Session) -> None:  # type: ignore[no-untyped-def]
    mark_demo(office)
    demo.populate_contacts(office)
    page = ExportPage(office)
    qtbot.addWidget(page)
    assert not page.left_out_button.isVisible()
    page.show()
    page.preview_button.click()
    qtbot.waitUntil(lambda: "rows will be exported" in page.preview_label.text(), timeout=10000)
    assert page.left_out_button.isVisible()
    audited = len(entries(action_prefix=left_out.ACTION))
    dialog = page.show_left_out()
    assert dialog.count_label.text() == "Reading…"  # read in a worker: the window keeps answering
    qtbot.waitUntil(lambda: not dialog.loading() and bool(dialog.model.rows), timeout=10000)
    assert len(entries(action_prefix=left_out.ACTION)) == audited + 1
    # the reasons in the preview's words, every row left out, the combo: all reasons first, with counts
    reasons = set(_column(dialog, 0))
    preview_words = {r.label for r in Reason if r.label in page._left_out_counts}
    assert reasons <= preview_words and reasons
    assert dialog.reason.itemText(0).startswith("All reasons")
    assert dialog.reason.count() == 1 + len(page._left_out_counts)
    assert "refused" not in " ".join(dialog.reason.itemText(i) for i in range(dialog.reason.count()))
    assert all("@" in a or a == "(deleted)" for a in _column(dialog, 1))
    # filter: only the refusals
    dialog.reason.setCurrentIndex(dialog.reason.findData(Reason.REFUSED.value))
    qtbot.waitUntil(lambda: not dialog.loading() and bool(dialog.model.rows), timeout=10000)
    assert set(_column(dialog, 0)) == {"Refused"}
    assert len(entries(action_prefix=left_out.ACTION)) == audited + 2  # a filter change is audited
    assert "contacts shown" in dialog.count_label.text()
    # Esc closes
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_scrolling_reads_the_next_page_and_deleted_contacts_show_no_key(qtbot, office: Session,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    from desktop.services import requests

    for i in range(7):
        capture(office, f"no{i}@example.jp", Outcome.REFUSED)
    capture(office, "gone@example.jp", Outcome.AGREED)
    info = requests.create_request(office, kind="deletion", requester="本人 (電話)", address="gone@example.jp")
    requests.delete_data(office, info.request_id)
    monkeypatch.setattr(LeftOutDialog, "PAGE_SIZE", 3)
    pages: list[int] = []
    real_next = left_out.next_page

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        page = real_next(*args, **kwargs)
        pages.append(len(page.rows))
        return page

    monkeypatch.setattr(left_out, "next_page", counted)
    dialog = LeftOutDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()  # the view asks for the next pages while it has room, as scrolling to the end does
    qtbot.waitUntil(lambda: not dialog.loading() and not dialog.model.canFetchMore(), timeout=10000)
    assert pages == [3, 2]  # keyset pages of three after the first
    assert len(dialog.model.rows) == 8 and "These are all" in dialog.count_label.text()
    assert len({r.contact_id for r in dialog.model.rows}) == 8
    addresses = _column(dialog, 1)
    assert addresses[-1] == "(deleted)" and "gone" not in " ".join(addresses)
    assert _column(dialog, 0)[-1] == "Deleted"


def test_the_dialog_speaks_japanese(qtbot, qapp, office: Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import install_translators

    capture(office, "no@example.jp", Outcome.REFUSED)
    translators = install_translators(qapp, "ja", [])
    try:
        dialog = LeftOutDialog(office, {Reason.REFUSED.label: 1})
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading() and bool(dialog.model.rows), timeout=10000)
        assert dialog.windowTitle() == "除外された連絡先"
        assert dialog.reason.itemText(0).startswith("すべての理由")
        assert _column(dialog, 0) == ["拒否"]
        headers = dialog.model.headers()
        assert all(h and not h.isascii() for h in headers), headers
        assert dialog.model.cell(dialog.model.rows[0], 5) and not dialog.model.cell(dialog.model.rows[0], 5).isascii()
        dialog.table.selectRow(0)  # the whole "why" under the table
        assert dialog.detail.text() == dialog.model.cell(dialog.model.rows[0], 5)
    finally:
        install_translators(qapp, "en", translators)

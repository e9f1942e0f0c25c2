"""連絡先: lazy keyset model, search and filters, detail timeline, the import dialog off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.consent import Outcome
from desktop.domain.office_time import office_date
from desktop.domain.retention import add_months
from desktop.services import consent, lp_import, scripts
from desktop.store import audit as store_audit
from desktop.store import contacts_repo as crepo
from desktop.ui.dialogs_import import ImportDialog
from desktop.ui.pages.contacts import ContactsModel, ContactsPage
from tests.conftest import CLOCK_START

pytestmark = pytest.mark.gui


def seed(session, n: int) -> None:  # type: ignore[no-untyped-def]
    rows = [[f"user{i:04d}@example.jp", f"利用者 {i:04d}", "リヨウシャ"] for i in range(n)]
    lp_import.confirm(session, lp_import.preview_rows(session, ["email", "name", "furigana"], rows,
                                                      source="other_lp"))


@pytest.fixture
def page(qtbot, office):  # type: ignore[no-untyped-def]
    page = ContactsPage(office)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_lazy_model_loads_keyset_pages(qtbot, page: ContactsPage, office) -> None:  # type: ignore[no-untyped-def]
    seed(office, 450)
    before = len(store_audit.entries(action_prefix="contact.view_list"))
    model = page.model
    with qtbot.waitSignal(model.opened, timeout=5000):
        page.refresh()  # read in a worker: the table fills when the page arrives
    assert model.rowCount() == 200 and model.total == 450 and model.canFetchMore()
    assert page.count_label.text() == "450 contact(s) match."
    assert model.data(model.index(0, 0)) == "user0449@example.jp"  # newest first
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=3000)
    qtbot.waitUntil(lambda: not model.loading, timeout=3000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=3000)
    assert not model.canFetchMore()
    assert len({r.contact_id for r in model.rows}) == 450
    # one list read logged, not one per page (A7)
    assert len(store_audit.entries(action_prefix="contact.view_list")) == before + 1
    page.clear()
    assert model.rowCount() == 0 and page.detail.timeline.count() == 0


def test_search_filter_and_detail(qtbot, page: ContactsPage, office) -> None:  # type: ignore[no-untyped-def]
    seed(office, 30)
    consent.capture_phone(office, address="user0007@example.jp", outcome=Outcome.REFUSED,
                          script=consent.ScriptShown.of(scripts.current(office, "phone")),
                          script_read_confirmed=False, memo="電話で拒否")
    page.refresh()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "user000")
    qtbot.waitUntil(lambda: page.model.total == 10, timeout=3000)
    page.search.clear()
    page.search.insert("利用者 0001")
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()
    assert [r.address for r in page.model.rows] == ["user0001@example.jp"]
    page.search.clear()
    page.search.insert("りようしゃ")  # kana-blind: the hiragana finds the katakana furigana
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()
    assert page.model.total == 30
    page.search.clear()
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.status_filter.setCurrentIndex(page.status_filter.findData("refused"))
    assert [r.address for r in page.model.rows] == ["user0007@example.jp"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.detail.current is not None, timeout=2000)
    detail = page.detail
    assert detail.title.text() == "user0007@example.jp"
    assert "Refused" in detail.status.text()
    # refused at the clock's start: kept one month after (特定電子メール法)
    keep = add_months(office_date(CLOCK_START), 1).isoformat()
    assert "Keep the consent record until" in detail.retention.text()
    assert keep in detail.retention.text().replace("/", "-")
    lines = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
    assert "Refused" in lines[0] and "電話で拒否" in lines[0] and "imported" in lines[1]
    assert store_audit.entries(action_prefix="contact.view")[-1].target == str(page.model.rows[0].contact_id)
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.channel_filter.setCurrentIndex(page.channel_filter.findData("municipal_lp"))
    assert page.model.rowCount() == 0 and page.detail.current is None


def test_model_is_a_plain_lazy_table_model(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    seed(office, 5)
    model = ContactsModel(office, page_size=2)
    from desktop.services import contacts

    with qtbot.waitSignal(model.opened, timeout=5000):
        model.open(contacts.ContactQuery(order="address"))
    assert [r.address for r in model.rows] == ["user0000@example.jp", "user0001@example.jp"]
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading, timeout=3000)
    assert model.rowCount() == 5 and model.columnCount() == 5
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Status"
    assert model.data(model.index(0, 2)) == "On the send list"


def _write(path: Path, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    return path


def test_import_dialog_previews_and_imports_off_the_gui_thread(qtbot, page: ContactsPage, office,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    path = _write(tmp_path / "lp.csv", ["メールアドレス,氏名,配信希望", "a@example.jp,阿部,希望する", "b@example.jp,,希望しない",
                                        "bad,,1", "A@example.jp,,1"], "cp932")
    dialog = page.open_import()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.set_file(str(path))
    assert not dialog.import_button.isEnabled()
    dialog.run_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    counts = {dialog.counts.item(r, 0).text(): dialog.counts.item(r, 1).text() for r in range(dialog.counts.rowCount())}
    assert counts["Will join the send list"] == "1" and counts["Invalid address"] == "1"
    assert counts["Duplicate"] == "1" and counts["Refused in the file"] == "1"  # 希望しない: the person said no
    assert dialog.samples.rowCount() == 4 and dialog.mapping["email"].currentData() == "メールアドレス"
    assert not dialog.import_button.isEnabled()  # the advisor must confirm first
    dialog.confirm_check.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as done:
        dialog.import_button.click()
    assert done.args[0].created == 2
    assert "Imported: 2 new contacts" in dialog.status.text()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=3000)
    assert store_audit.entries(action_prefix="import.confirm")[-1].details["created"] == 2


def test_import_dialog_mapping_errors_and_cancel(qtbot, page: ContactsPage, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "odd.csv", ["連絡先,可否", "m@example.jp,はい"])
    dialog = page.open_import()
    dialog.set_file(str(path))
    dialog.run_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "No e-mail address column" in dialog.status.text()
    assert dialog.mapping["email"].count() == 3  # "(not in the file)" + the two headers
    dialog.mapping["email"].setCurrentIndex(dialog.mapping["email"].findData("連絡先"))
    dialog.mapping["opt_in"].setCurrentIndex(dialog.mapping["opt_in"].findData("可否"))
    dialog.run_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.preview.counts[lp_import.RowOutcome.JOIN] == 1
    # a big file, cancelled while it is being read and checked: nothing imported
    big = _write(tmp_path / "big.csv", ["email,配信希望"] + [f"c{i}@example.jp,1" for i in range(20000)])
    dialog.set_file(str(big))
    dialog.run_preview()
    qtbot.waitUntil(lambda: dialog.busy, timeout=2000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert "cancelled" in dialog.status.text() and dialog.preview is None
    assert crepo.count_contacts() == 0
    dialog.reject()
    assert not dialog.isVisible()

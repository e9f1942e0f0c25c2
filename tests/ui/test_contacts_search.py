"""連絡先 at scale: the search runs in a worker, a newer keystroke cancels an older one, counts are
capped, and Ctrl+End reaches the last row by reading the list from its end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchmarks.generated import populate
from desktop.services import contacts
from desktop.ui.pages.contacts import ContactsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, office):  # type: ignore[no-untyped-def]
    page = ContactsPage(office)
    page.model.page_size = 7
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def _open(qtbot, page: ContactsPage, text: str = "") -> None:  # type: ignore[no-untyped-def]
    page.search.setText(text)
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()


def test_a_newer_keystroke_cancels_the_older_search(qtbot, page: ContactsPage, office) -> None:  # type: ignore[no-untyped-def]
    populate(office, 60)
    shown: list[int] = []
    page.model.opened.connect(shown.append)
    page.search.setText("user00001")
    page.reload()  # still running in its worker when the next key arrives
    assert page.model.loading
    page.search.setText("user000012")
    page.reload()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(300)  # the older search's answer, had it not been cancelled, would have arrived by now
    assert shown == [1] and [r.address for r in page.model.rows] == ["user000012.12@example.ne.jp"]
    assert page.model.query.text == "user000012"
    # typing goes through the debounce timer and the same worker path
    qtbot.keyClicks(page.search, "3")
    qtbot.waitUntil(lambda: page.model.query.text == "user0000123" and not page.model.loading, timeout=5000)
    assert page.model.rows == [] and page.count_label.text() == "0 contact(s) match."


def test_lock_drops_a_search_still_running(qtbot, page: ContactsPage, office) -> None:  # type: ignore[no-untyped-def]
    populate(office, 30)
    page.search.setText("user")
    page.reload()
    page.clear()  # the lock clears the page while the worker runs
    qtbot.wait(400)
    assert page.model.rowCount() == 0 and page.count_label.text() == ""


def test_counts_are_capped(qtbot, page: ContactsPage, office) -> None:  # type: ignore[no-untyped-def]
    populate(office, 1002)
    _open(qtbot, page)
    assert page.model.total == contacts.COUNT_CAP + 1
    assert page.count_label.text() == "More than 1,000 contacts match."
    _open(qtbot, page, "user00099")
    assert page.count_label.text() == "10 contact(s) match."


@pytest.mark.parametrize("order", ["newest", "address"])
def test_ctrl_end_reaches_the_last_row_and_scrolling_up_the_first(qtbot, page: ContactsPage, office,  # type: ignore[no-untyped-def]
                                                                 order: str) -> None:
    populate(office, 40)
    page.order.setCurrentIndex(page.order.findData(order))
    _open(qtbot, page, "example")
    model = page.model
    everything = [r.contact_id for r in contacts.open_list(office, page.query(), limit=100)[1].rows]
    assert model.rowCount() == 7 and model.canFetchMore()
    page.table.setFocus()
    with qtbot.waitSignal(model.reached_end, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 7 and not model.canFetchMore() and model.before is not None
    assert [r.contact_id for r in model.rows] == everything[-7:]
    assert page.table.currentIndex().row() == 6  # the very last row is current
    qtbot.waitUntil(lambda: page.detail.current is not None, timeout=3000)
    current = page.detail.current
    assert current is not None and current.view.contact_id == everything[-1]
    # scrolling up from the end reads the pages above, until the first row
    for _ in range(20):
        if model.before is None:
            break
        page.table.scrollToTop()
        qtbot.waitUntil(lambda: not model.loading, timeout=3000)
    assert [r.contact_id for r in model.rows] == everything
    with qtbot.waitSignal(model.reached_end, timeout=5000):  # the count is untouched, no new audit entry
        model.jump_to_end()
    with qtbot.waitSignal(model.reached_start, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert [r.contact_id for r in model.rows] == everything[:7] and page.table.currentIndex().row() == 0

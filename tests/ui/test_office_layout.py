"""At 1366×768 every main action is on screen without scrolling; the next post opens at its top;
empty date fields show no dummy date; the read-back gives words only for misheard letters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.app import DEMO_KDF, DEMO_PASSWORDS, create_demo_office
from desktop.domain.roles import Area
from desktop.services import session as session_service
from desktop.ui import files, pages
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.posts import PostsPage
from desktop.ui.pages.requests import RequestsPage
from desktop.ui.pages.review import ReviewPage

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "office"
    create_demo_office(folder)
    return folder


@pytest.fixture
def window_as(qtbot, demo_dir: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    opened: list[tuple[MainWindow, session_service.Session]] = []

    def open_as(user: str, area: Area) -> MainWindow:
        files.settings().clear()  # no remembered size or maximised state from an earlier test
        session = session_service.login(demo_dir, user, DEMO_PASSWORDS[user], kdf=DEMO_KDF)
        window = MainWindow(session, language="en", page_factories=pages.factories())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert (window.width(), window.height()) == (1366, 768)
        window.select_area(area)
        qtbot.wait(50)
        opened.append((window, session))
        return window

    yield open_as
    for window, session in opened:
        window.close()
        session.logout()


def _on_screen(widget: QWidget, window: QWidget) -> bool:
    """Shown, not scrolled away, and inside the window."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    bottom = widget.mapTo(window, widget.rect().bottomRight())
    return 0 <= bottom.y() <= window.height() and 0 <= bottom.x() <= window.width()


def test_submit_for_approval_is_on_screen_at_1366x768(window_as) -> None:  # type: ignore[no-untyped-def]
    window = window_as("advisor", Area.POSTS)
    page = window.pages[Area.POSTS]
    assert isinstance(page, PostsPage)
    page.new_post()
    assert _on_screen(page.submit_button, window)
    assert _on_screen(page.save_button, window)


def test_review_decision_is_above_the_fold_and_the_next_post_opens_at_its_top(qtbot, window_as) -> None:  # type: ignore[no-untyped-def]
    window = window_as("manager", Area.REVIEW)
    page = window.pages[Area.REVIEW]
    assert isinstance(page, ReviewPage)
    queue = page.queue
    assert queue.model.rowCount() >= 2
    queue.table.selectRow(0)
    qtbot.wait(20)
    for button in (queue.approve_button, queue.changes_button, queue.reject_button):
        assert _on_screen(button, window)
    assert all(_on_screen(check, window) for check in queue.checks.values())
    bar = queue.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    queue.table.selectRow(1)
    qtbot.wait(20)
    assert bar.value() == 0


def test_empty_date_fields_show_no_dummy_date(window_as) -> None:  # type: ignore[no-untyped-def]
    window = window_as("admin", Area.ADMIN)
    requests = window.findChild(RequestsPage)
    assert requests is not None
    requests.refresh()
    requests.table.clearSelection()
    requests._show_selected()
    assert not requests.due.isEnabled()
    assert "2000" not in requests.due.text() and not requests.due.text().strip()


FORBIDDEN = ("@seed", "§", "行目", ".txt", "FY20", "(P1)", "(P3", "P3–P5", "(advisor)", "(manager)", "(admin)")  # usernames may be anything


def _visible_texts(root: QWidget) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QTabWidget

    texts: list[str] = []
    for w in root.findChildren(QWidget):
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(min(model.rowCount(), 50)):
                for c in range(model.columnCount()):
                    texts.append(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or ""))
    return texts


@pytest.mark.parametrize(("user", "areas"), [
    ("advisor", (Area.PHONE, Area.POSTS, Area.TRAINING)),
    ("manager", (Area.REVIEW, Area.TRAINING)),
    ("admin", (Area.ADMIN, Area.TRAINING)),
])
def test_no_developer_ids_or_rule_codes_on_screen_in_japanese(qapp, window_as, user: str, areas) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import install_translators

    installed = install_translators(qapp, "ja", [])
    try:
        window = window_as(user, areas[0])
        for area in areas:
            window.select_area(area)
            page = window.pages[area]
            queue = getattr(page, "queue", None)
            if queue is not None and queue.model.rowCount():
                queue.table.selectRow(0)
            shown = [t for t in _visible_texts(page) if t]
            assert shown
            bad = [t for t in shown if any(f in t for f in FORBIDDEN)]
            assert not bad, (user, area, bad[:5])
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_login_hint_names_roles_in_japanese(qtbot, qapp, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from desktop.app import install_translators
    from desktop.ui.login import LoginDialog

    installed = install_translators(qapp, "ja", [])
    try:
        dialog = LoginDialog(demo_dir, kdf=DEMO_KDF, demo_users=[("advisor", "pw-1", "advisor"),
                                                                  ("manager", "pw-2", "manager")])
        qtbot.addWidget(dialog)
        hint = dialog.findChild(QLabel, "demoUsers")
        assert hint is not None
        assert "advisor / pw-1 （相談員）" in hint.text() and "（管理責任者）" in hint.text()
        assert "(advisor)" not in hint.text()
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_read_back_words_only_for_misheard_letters(qtbot, window_as) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.pages.phone import PhonePage

    window = window_as("advisor", Area.PHONE)
    page = window.pages[Area.PHONE]
    assert isinstance(page, PhonePage)
    page.address.setText("chika@kyoto.jp")
    shown = page.readback.text()
    # the caller's language is Japanese: plain letter names, no NATO words in katakana
    assert shown.startswith("シー、エイチ、アイ、ケー、エー、アットマーク") and "キロ" not in shown
    assert "ティー（トウキョウのT）" in shown and "ピー（ペンのP）" in shown  # only the misheard ones get a word
    assert shown.count("の") == 2


def test_phone_fields_do_not_jump_while_the_address_is_typed(qtbot, window_as) -> None:  # type: ignore[no-untyped-def]
    """The normalised form, the typo suggestion and the read-back have their room before they appear."""
    from desktop.ui.pages.phone import PhonePage

    window = window_as("advisor", Area.PHONE)
    page = window.pages[Area.PHONE]
    assert isinstance(page, PhonePage)
    page.clear_form()
    qtbot.wait(20)
    before = page.name.mapTo(window, page.name.rect().topLeft()).y()
    for ch in "taro@gmial.com":
        qtbot.keyClicks(page.address, ch)
    qtbot.wait(20)
    assert page.suggest.isVisible() and page.normalised.isVisible() and page.readback.text()
    assert page.name.mapTo(window, page.name.rect().topLeft()).y() == before

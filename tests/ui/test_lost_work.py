"""Nothing typed is lost: a post draft survives a lock, Esc on the unlock dialog and a logout (kept in
the encrypted database, never in a file), and the language switch keeps the page and what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.platforms import Platform
from desktop.domain.roles import Area
from desktop.services import posts
from desktop.services import session as session_service
from desktop.services.posts import kept
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.phone import PhonePage
from desktop.ui.pages.posts import PostsPage
from tests.conftest import FakeClock, add_user, login

pytestmark = pytest.mark.gui

PASSWORD = "blue whale orbit 42"
DRAFT = "明日の料理教室は10時から。持ち物はエプロン。marker-7c1e"


@pytest.fixture
def advisor_login(office: session_service.Session, data_dir: Path, clock: FakeClock) -> Iterator[object]:
    add_user(office, "manager", "manager")
    add_user(office, "advisor", "advisor")
    office.logout()
    m = login(data_dir, "manager", PASSWORD, clock)
    posts.create_account(m, platform=Platform.X, name="X main", url="https://x.com/coop")
    m.logout()
    yield lambda: login(data_dir, "advisor", PASSWORD, clock)


def _posts_page(c: object) -> PostsPage:
    window = c.window  # type: ignore[attr-defined]
    assert isinstance(window, MainWindow)
    window.select_area(Area.POSTS)
    page = window.pages[Area.POSTS]
    assert isinstance(page, PostsPage)
    return page


def _type_draft(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    page.new_post()
    page.text.insertPlainText(DRAFT)
    page.links.setPlainText("https://coop.example.jp/class")
    assert page.dirty


def _files_hold(data_dir: Path, needle: str) -> bool:
    raw = needle.encode("utf-8")
    return any(raw in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


@pytest.mark.parametrize("cancel", ["escape", "cancel button"])
def test_draft_survives_lock_and_cancelling_the_unlock_dialog(qtbot, controller, advisor_login,  # type: ignore[no-untyped-def]
                                                              data_dir: Path, cancel: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    session = advisor_login()
    controller.open_main(session)
    _type_draft(qtbot, _posts_page(controller))
    controller.lock()
    assert session.locked
    assert isinstance(controller.dialog, LoginDialog)
    if cancel == "escape":
        qtbot.keyClick(controller.dialog, Qt.Key.Key_Escape)  # Esc: the unlock is cancelled, the user logged out
    else:
        controller.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # キャンセル
    assert controller.session is None
    assert not _files_hold(data_dir, "marker-7c1e")  # kept encrypted, in no file in the clear
    controller.dialog.close()
    again = advisor_login()
    controller.open_main(again)
    page = _posts_page(controller)
    assert page.text.toPlainText() == DRAFT
    assert page.links.toPlainText() == "https://coop.example.jp/class"
    assert page.post is None and page.dirty
    assert "unsaved text was kept" in page.message.text()
    assert kept.peek(again) is None  # given back once, then gone from the database
    page.save_draft()
    assert [p.status.value for p in posts.list_my_posts(again)] == ["draft"]


def test_draft_survives_logout_and_unlock(qtbot, controller, advisor_login) -> None:  # type: ignore[no-untyped-def]
    session = advisor_login()
    controller.open_main(session)
    _type_draft(qtbot, _posts_page(controller))
    controller.lock()
    controller.dialog.password.setText(PASSWORD)
    controller.dialog._submit()
    qtbot.waitUntil(lambda: not session.locked, timeout=10000)
    page = _posts_page(controller)
    qtbot.waitUntil(lambda: page.text.toPlainText() == DRAFT, timeout=3000)  # back after the unlock, too
    controller.window.logout_requested.emit()
    assert controller.session is None
    controller.dialog.close()
    controller.open_main(advisor_login())
    assert _posts_page(controller).text.toPlainText() == DRAFT


def test_a_saved_draft_is_not_kept_again(qtbot, controller, advisor_login) -> None:  # type: ignore[no-untyped-def]
    session = advisor_login()
    controller.open_main(session)
    page = _posts_page(controller)
    _type_draft(qtbot, page)
    page.save_draft()
    assert not page.dirty
    assert "Saved as version 1" in page.message.text()
    page.text.insertPlainText(" ")
    assert page.message.text() == ""  # the message about the saved text no longer holds
    page.save_draft()
    controller.window.logout_requested.emit()
    controller.dialog.close()
    again = advisor_login()
    controller.open_main(again)
    page = _posts_page(controller)
    assert kept.peek(again) is None
    assert page.text.toPlainText() == ""  # nothing restored: the draft is in the list
    assert "unsaved text" not in page.message.text()


def test_language_switch_keeps_the_page_and_the_typed_text(qtbot, controller, advisor_login) -> None:  # type: ignore[no-untyped-def]
    session = advisor_login()
    controller.open_main(session)
    _type_draft(qtbot, _posts_page(controller))
    controller.switch_language("ja")
    window = controller.window
    assert window.current_area() is Area.POSTS  # not back to 電話受付
    assert _posts_page(controller).text.toPlainText() == DRAFT
    window.select_area(Area.PHONE)
    phone = window.pages[Area.PHONE]
    assert isinstance(phone, PhonePage)
    phone.address.setText("hanako.sato@example.jp")
    phone.name.setText("佐藤 花子")
    controller.switch_language("en")
    assert controller.window.current_area() is Area.PHONE
    phone = controller.window.pages[Area.PHONE]
    assert phone.address.text() == "hanako.sato@example.jp"
    assert phone.name.text() == "佐藤 花子"


def test_language_switch_keeps_the_open_tab(qtbot, controller, office) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTabWidget

    controller.open_main(office)
    window = controller.window
    window.select_area(Area.ADMIN)
    tabs = window.pages[Area.ADMIN]
    assert isinstance(tabs, QTabWidget) and tabs.count() > 2
    tabs.setCurrentIndex(2)
    controller.switch_language("ja")
    assert controller.window.current_area() is Area.ADMIN
    again = controller.window.pages[Area.ADMIN]
    assert isinstance(again, QTabWidget) and again is not tabs and again.currentIndex() == 2

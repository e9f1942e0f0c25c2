"""The login window after the administrator gave the office server's login a new password (issue 18): the
failed login offers the new connection file, the dialog checks it and replaces the old one, and the login
works again. Real widgets, a real TLS PostgreSQL (tests/pg/cluster.py), ``madoguchi server new-login``."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop import cli
from desktop.services import session as session_service
from desktop.store.errors import ServerLoginChanged
from desktop.store.server import PROFILE_NAME
from desktop.ui.dialogs_connection import ReplaceConnectionDialog
from desktop.ui.login import LoginDialog
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock
from tests.pg.cluster import PgCluster
from tests.pg.test_server_replace_connection import setup, snapshot  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton
REPLACED = "The connection file was replaced. Log in again."
STALE = "The office server does not accept this connection file: it is an old one. Choose the newest connection " \
    "file the administrator gave you, or ask the administrator for it."


def login_dialog(qtbot, folder: Path, clock: FakeClock) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(folder, kdf=TEST_KDF, login=functools.partial(session_service.login, clock=clock,
                                                                       wall=clock.wall))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def try_login(qtbot, dialog: LoginDialog, password: str) -> None:  # type: ignore[no-untyped-def]
    if not dialog.username.text():
        qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() or dialog.session is not None, timeout=15000)


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def open_replace(qtbot, dialog: LoginDialog) -> ReplaceConnectionDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.new_file_button, LEFT)
    replace = dialog.connection_dialog
    assert isinstance(replace, ReplaceConnectionDialog)
    qtbot.waitExposed(replace)
    assert replace.isModal() or replace.windowModality() != Qt.WindowModality.NonModal
    return replace


def test_a_refused_connection_file_is_replaced_from_the_login_window(qtbot, cluster: PgCluster, setup: Path,  # noqa: F811
                                                                     tmp_path: Path, clock: FakeClock) -> None:
    pc1 = tmp_path / "pc1"
    assert cli.main(["server", "new-login", "--setup", str(setup), "--admin-user", cluster.admin_user]) == cli.EXIT_OK
    dialog = login_dialog(qtbot, pc1, clock)
    try_login(qtbot, dialog, ADMIN_PASSWORD)
    assert dialog.session is None
    assert dialog.status.text() == ServerLoginChanged().message
    assert dialog.new_file_button.isVisible() and dialog.new_file_button.text() == "Choose the new connection file…"

    replace = open_replace(qtbot, dialog)
    page = replace.page
    assert not replace.replace_button.isEnabled() and replace.replace_button.text() == "Replace"
    assert page.address.text() == "No connection file chosen yet."

    # the old file (still the one in the office folder) is refused by the server: shown, the dialog stays open
    before = snapshot(pc1)
    assert page.load(str(pc1 / PROFILE_NAME))
    assert not replace.replace_button.isEnabled()  # the fingerprint is not confirmed yet
    tick(qtbot, page.confirmed)
    assert replace.replace_button.isEnabled()
    qtbot.mouseClick(replace.replace_button, LEFT)
    assert replace.status.text() == "Checking…" and not replace.replace_button.isEnabled()
    qtbot.keyClick(replace, Qt.Key.Key_Escape)  # no closing while the server is asked
    assert replace.isVisible()
    qtbot.waitUntil(lambda: replace.replace_button.isEnabled(), timeout=15000)
    assert replace.isVisible() and replace.status.text() == STALE
    assert page.profile is not None and page.confirmed.isChecked()  # nothing lost
    assert snapshot(pc1) == before

    # a damaged file: the page says so and nothing is chosen
    garbled = tmp_path / "garbled.json"
    garbled.write_text("{", encoding="utf-8")
    assert not page.load(str(garbled))
    assert replace.status.text().startswith("This is not an office server connection file")
    assert not replace.replace_button.isEnabled()

    # the administrator's new file, the fingerprint confirmed, Enter
    assert page.load(str(setup / PROFILE_NAME))
    assert replace.status.text() == ""
    assert page.address.text() == f"localhost:{cluster.port}"
    tick(qtbot, page.confirmed)
    replace.resize(640, replace.sizeHint().height())
    replace.grab().save("/tmp/replace_connection_dialog.png")
    with qtbot.waitSignal(replace.replaced, timeout=15000):
        qtbot.keyClick(replace, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not replace.isVisible(), timeout=5000)
    assert dialog.status.text() == REPLACED
    assert not dialog.new_file_button.isVisible()
    assert dialog.username.text() == "admin" and dialog.password.text() == ""
    assert (pc1 / PROFILE_NAME).read_bytes() != before[PROFILE_NAME]

    try_login(qtbot, dialog, "wrong password")  # the server takes the new file: now the password counts
    assert dialog.status.text() == "The username or password is not correct."
    assert not dialog.new_file_button.isVisible()
    with qtbot.waitSignal(dialog.logged_in, timeout=15000) as logged_in:
        try_login(qtbot, dialog, ADMIN_PASSWORD)
    session = logged_in.args[0]
    assert session.office.files.server
    session.logout()


def test_no_new_file_button_for_other_failures_and_esc_closes_the_dialog(
        qtbot, cluster: PgCluster, setup: Path, tmp_path: Path, clock: FakeClock) -> None:  # noqa: F811
    pc1 = tmp_path / "pc1"
    dialog = login_dialog(qtbot, pc1, clock)
    try_login(qtbot, dialog, "wrong password")
    assert dialog.status.text() == "The username or password is not correct."
    assert not dialog.new_file_button.isVisible()

    # after new-login the server refuses the file before any password is looked at: the button is offered
    assert cli.main(["server", "new-login", "--setup", str(setup), "--admin-user", cluster.admin_user]) == cli.EXIT_OK
    dialog.password.clear()
    try_login(qtbot, dialog, "wrong password")
    assert dialog.status.text() == ServerLoginChanged().message and dialog.new_file_button.isVisible()
    replace = open_replace(qtbot, dialog)
    qtbot.keyClick(replace, Qt.Key.Key_Escape)
    assert not replace.isVisible()
    assert dialog.new_file_button.isVisible() and dialog.status.text() == ServerLoginChanged().message


def test_no_new_file_button_for_a_one_pc_office(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A one-PC office has no connection file: even if a login said so, there is nothing to choose."""
    folder = tmp_path / "office"
    folder.mkdir()

    def refused(*_args: object, **_kwargs: object) -> None:
        raise ServerLoginChanged()

    dialog = LoginDialog(folder, kdf=TEST_KDF, login=refused)
    qtbot.addWidget(dialog)
    dialog.show()
    try_login(qtbot, dialog, ADMIN_PASSWORD)
    assert dialog.status.text() == ServerLoginChanged().message
    assert not dialog.new_file_button.isVisible()

"""The first-start wizard's "connect to the office server" path, through its real widgets, on a real TLS
PostgreSQL (tests/pg/cluster.py): the connection file, the fingerprint to compare, then the login (an office
exists) or the office pages (the server has none yet); a wrong file, a wrong certificate, a stopped server."""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from desktop.domain.errors import ValidationError
from desktop.domain.roles import Area
from desktop.services import server_certs, server_connect
from desktop.services import session as session_service
from desktop.ui import pages
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.wizard import ADMIN, OFFICE, RECOVERY, SERVER, SetupWizard
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock
from tests.pg.cluster import PgCluster

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton




def connection_file(tmp_path: Path, *, with_office: bool, clock: FakeClock) -> Path:
    """What the server administrator hands out: a server database (with an office made by its first
    administrator, or still empty) and its connection file."""
    from tests.pg import offices as pg_offices

    admin_pc = tmp_path / "admin-pc"
    profile = pg_offices.new_server_folder(admin_pc)
    if with_office:
        session, _ = session_service.create_office(
            admin_pc, office_name="サーバー事務所", privacy_officer_name="山田 花子",
            privacy_officer_contact="03-1234-5678", admin_username="admin", admin_display_name="管理者 太郎",
            admin_password=ADMIN_PASSWORD, admin_password_confirm=ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock,
            wall=clock.wall)
        session.logout()
    path = tmp_path / "handed-out" / "connection.json"
    path.parent.mkdir()
    path.write_text(json.dumps(asdict(profile)), encoding="utf-8")
    return path


def tick(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button or check box on its indicator (the widget is as wide as the page)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def wizard_for(qtbot, folder: Path, clock: FakeClock) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(folder, kdf=TEST_KDF,
                         create=functools.partial(session_service.create_office, clock=clock, wall=clock.wall),
                         login=functools.partial(session_service.login, clock=clock, wall=clock.wall))
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def choose_file(qtbot, wizard: SetupWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Server mode on the first page, Next, then the connection file through the file dialog."""
    if wizard.pages.currentIndex() == OFFICE:
        tick(qtbot, wizard.mode_server)
        assert not wizard.office_name.isVisible()
        qtbot.mouseClick(wizard.next_button, LEFT)
        assert not wizard.next_button.isEnabled()  # nothing chosen yet
    assert wizard.pages.currentIndex() == SERVER
    qtbot.mouseClick(wizard.server.choose_button, LEFT)
    dialog = wizard.server.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_connect_to_a_server_office_and_log_in_to_the_main_window(qtbot, cluster: PgCluster, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    clock: FakeClock) -> None:
    handed_out = connection_file(tmp_path, with_office=True, clock=clock)
    pc = tmp_path / "this-pc"
    wizard = wizard_for(qtbot, pc, clock)
    choose_file(qtbot, wizard, handed_out)
    assert wizard.server.address.text() == f"localhost:{cluster.port}"
    expected = server_certs.fingerprint(cluster.ca_cert_path.read_bytes())
    assert wizard.server.fingerprint.text().replace("\n", ":") == expected
    assert not wizard.next_button.isEnabled()  # the fingerprint is not yet confirmed
    wizard.grab().save(str(Path("/tmp") / "wizard_server_page.png"))
    tick(qtbot, wizard.server.confirmed)
    assert wizard.next_button.isEnabled() and wizard.next_button.text() == "Connect"
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(wizard.login_dialog, LoginDialog) and wizard.login_dialog.isVisible(),
                    timeout=15000)
    assert (pc / "server.json").stat().st_mode & 0o777 == 0o600
    login = wizard.login_dialog
    assert isinstance(login, LoginDialog)
    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClicks(login.password, "wrong password")
    qtbot.mouseClick(login.ok_button, LEFT)
    qtbot.waitUntil(lambda: login.ok_button.isEnabled(), timeout=15000)
    assert login.status.text() == "The username or password is not correct."
    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(wizard.created, timeout=15000) as created:
        qtbot.mouseClick(login.ok_button, LEFT)
    session = created.args[0]
    try:
        assert session.office.files.server and session.settings().office_name == "サーバー事務所"
        window = MainWindow(session, language="en", page_factories=pages.factories())
        qtbot.addWidget(window)
        window.show()
        window.select_area(Area.CONTACTS)
        assert window.pages[Area.CONTACTS].isVisible()
        window.close()
    finally:
        session.logout()


def test_an_empty_server_gets_its_office_from_the_wizard(qtbot, cluster: PgCluster, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        clock: FakeClock) -> None:
    handed_out = connection_file(tmp_path, with_office=False, clock=clock)
    pc = tmp_path / "first-pc"
    wizard = wizard_for(qtbot, pc, clock)
    choose_file(qtbot, wizard, handed_out)
    tick(qtbot, wizard.server.confirmed)
    with qtbot.waitSignal(wizard.pages.currentChanged, timeout=15000):
        qtbot.mouseClick(wizard.next_button, LEFT)
    assert wizard.pages.currentIndex() == OFFICE
    assert wizard.server_note.isVisible() and not wizard.mode_server.isVisible()
    assert session_service.office_exists(pc)  # connected: the next start would ask for the login
    qtbot.mouseClick(wizard.back_button, LEFT)  # back to the connection: the folder is free again
    assert wizard.pages.currentIndex() == SERVER and not (pc / "server.json").exists()
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == OFFICE, timeout=15000)
    wizard.grab().save(str(Path("/tmp") / "wizard_server_empty.png"))
    wizard.office_name.insert("みどり市相談窓口")
    wizard.officer_name.insert("山田 花子")
    qtbot.keyClicks(wizard.officer_contact, "03-1234-5678")
    qtbot.mouseClick(wizard.next_button, LEFT)
    assert wizard.pages.currentIndex() == ADMIN  # no data-folder step: the office is on the server
    qtbot.keyClicks(wizard.admin_username, "yamada")
    wizard.admin_display.insert("山田 花子")
    qtbot.keyClicks(wizard.admin_password.password, "midori kawa 2026 haru")
    qtbot.keyClicks(wizard.admin_password.confirm, "midori kawa 2026 haru")
    with qtbot.waitSignal(wizard.pages.currentChanged, timeout=15000):
        qtbot.mouseClick(wizard.next_button, LEFT)
    assert wizard.pages.currentIndex() == RECOVERY, wizard.error.text()
    wizard.stored.setChecked(True)
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(wizard.next_button, LEFT)
    session = created.args[0]
    session.logout()
    assert not (pc / "office.db").exists() and (pc / "server.json").exists()
    profile = server_connect.read_connection_file(handed_out)
    assert server_connect.probe(profile, tmp_path / "probe") == server_connect.READY
    again = session_service.login(pc, "yamada", "midori kawa 2026 haru", kdf=TEST_KDF, clock=clock, wall=clock.wall)
    try:
        assert again.settings().office_name == "みどり市相談窓口"
    finally:
        again.logout()


def test_a_wrong_connection_file_is_refused_with_one_message(qtbot, cluster: PgCluster, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           clock: FakeClock) -> None:
    handed_out = connection_file(tmp_path, with_office=True, clock=clock)
    pc = tmp_path / "this-pc"
    wizard = wizard_for(qtbot, pc, clock)
    garbled = tmp_path / "garbled.json"
    garbled.write_text('{"host": "localhost", "port": "x"}', encoding="utf-8")
    choose_file(qtbot, wizard, garbled)
    assert "not an office server connection file" in wizard.error.text()
    assert "garbled" not in wizard.error.text()  # no file name on screen
    assert wizard.server.profile is None and not wizard.next_button.isEnabled()
    assert not wizard.server.load(str(tmp_path / "missing.json"))
    assert wizard.error.text() == ("The connection file could not be read. Choose the file the administrator "
                                   "gave you.")
    # a file for another office's CA: the server's certificate does not chain to it
    other_ca, _ = server_certs.make_office_ca("よその事務所", now=clock.now)
    profile = server_connect.read_connection_file(handed_out)
    wrong = tmp_path / "other-ca.json"
    wrong.write_text(json.dumps(asdict(replace(profile, ca_pem=other_ca.decode("ascii")))), encoding="utf-8")
    choose_file(qtbot, wizard, wrong)
    assert wizard.error.text() == ""
    assert wizard.server.fingerprint.text().replace("\n", ":") == server_certs.fingerprint(other_ca)
    tick(qtbot, wizard.server.confirmed)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: "certificate does not match" in wizard.error.text(), timeout=15000)
    assert wizard.pages.currentIndex() == SERVER and wizard.login_dialog is None
    assert not (pc / "server.json").exists() and not any(pc.iterdir())  # nothing left behind
    # the right file then connects from the same page
    choose_file(qtbot, wizard, handed_out)
    tick(qtbot, wizard.server.confirmed)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.login_dialog is not None, timeout=15000)
    assert wizard.login_dialog is not None
    wizard.login_dialog.reject()
    assert not (pc / "server.json").exists()  # cancelled: the folder is free to connect again


def test_a_stopped_server_shows_one_message_and_the_wizard_stays(qtbot, cluster: PgCluster, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  clock: FakeClock) -> None:
    handed_out = connection_file(tmp_path, with_office=True, clock=clock)
    pc = tmp_path / "this-pc"
    wizard = wizard_for(qtbot, pc, clock)
    choose_file(qtbot, wizard, handed_out)
    tick(qtbot, wizard.server.confirmed)
    cluster.stop()
    try:
        qtbot.mouseClick(wizard.next_button, LEFT)
        assert not wizard.next_button.isEnabled()  # connecting in a worker; the window still paints
        qtbot.waitUntil(lambda: "cannot be reached" in wizard.error.text(), timeout=20000)
        assert wizard.pages.currentIndex() == SERVER and wizard.next_button.isEnabled()
        assert wizard.server.profile is not None and wizard.server.confirmed.isChecked()  # nothing lost
        wizard.grab().save(str(Path("/tmp") / "wizard_server_down.png"))
    finally:
        cluster.start()
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.login_dialog is not None, timeout=15000)
    assert wizard.login_dialog is not None
    wizard.login_dialog.reject()


def test_closing_the_wizard_before_the_office_exists_leaves_no_connection(qtbot, cluster: PgCluster,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path, clock: FakeClock) -> None:
    handed_out = connection_file(tmp_path, with_office=False, clock=clock)
    pc = tmp_path / "first-pc"
    wizard = wizard_for(qtbot, pc, clock)
    choose_file(qtbot, wizard, handed_out)
    tick(qtbot, wizard.server.confirmed)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == OFFICE, timeout=15000)
    assert session_service.office_exists(pc)
    wizard.reject()
    assert not session_service.office_exists(pc)  # the next start offers the wizard again


def _doc(ca: str, changes: dict[str, object] | None = None) -> dict[str, object]:
    doc: dict[str, object] = {"host": "server.office.lan", "port": 5432, "dbname": "madoguchi",
                              "user": "madoguchi_app", "password": "p" * 24, "ca_pem": ca}
    doc.update(changes or {})
    return {k: v for k, v in doc.items() if v is not None}


@pytest.mark.parametrize("changes", [
    {"host": None}, {"host": ""}, {"host": "two words"}, {"port": "5432"}, {"port": True}, {"port": 0},
    {"port": 70000}, {"dbname": None}, {"user": 7}, {"password": None}, {"ca_pem": "not a certificate"},
    {"ca_pem": None}, {"office_uuid": ["x"]},
])
def test_connection_files_with_a_wrong_field_are_refused(tmp_path: Path, clock: FakeClock,
                                                         changes: dict[str, object]) -> None:
    ca, _ = server_certs.make_office_ca("事務所", now=clock.now)
    good = server_connect.parse_connection(json.dumps(_doc(ca.decode("ascii"))).encode())
    assert server_connect.server_address(good) == "server.office.lan:5432"
    assert server_connect.ca_fingerprint(good) == server_certs.fingerprint(ca)
    path = tmp_path / "connection.json"
    path.write_text(json.dumps(_doc(ca.decode("ascii"), changes)), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        server_connect.read_connection_file(path)
    assert "not an office server connection file" in str(caught.value)


def test_a_huge_or_binary_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (server_connect.MAX_FILE_BYTES + 1))
    binary = tmp_path / "binary.json"
    binary.write_bytes(bytes(range(256)))
    for path in (huge, binary):
        with pytest.raises(ValidationError):
            server_connect.read_connection_file(path)

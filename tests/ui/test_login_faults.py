"""The login dialog with a broken office folder: one clear line each, nothing written; a damaged key file
with an intact previous copy is offered, and used only when the user says yes."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import session as session_service
from desktop.store import keyslots as ks
from desktop.store.db import OfficeLock
from desktop.ui.login import LoginDialog
from tests.conftest import ADMIN_PASSWORD, TEST_KDF, FakeClock, make_office


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def closed(data_dir: Path) -> Path:
    session, _ = make_office(data_dir, FakeClock())
    session.logout()
    return data_dir


def _try_login(qtbot, folder: Path) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(folder, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() or dialog.session is not None, timeout=15000)
    return dialog


def _empty(folder: Path) -> None:
    (folder / "office.db").write_bytes(b"")


def _plain(folder: Path) -> None:
    (folder / "office.db").unlink()
    conn = sqlite3.connect(folder / "office.db")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _no_keys(folder: Path) -> None:
    (folder / "office.keys").unlink()


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("0-byte database", _empty, "The office database file is empty or missing."),
    ("plain SQLite database", _plain, "The office database file is not an encrypted Madoguchi database."),
    ("missing key file", _no_keys, "The key file of this office is missing, damaged or was edited."),
]


@pytest.mark.parametrize(("name", "breaker", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_folder_one_line_nothing_written(qtbot, closed: Path, name: str,  # type: ignore[no-untyped-def]
                                                breaker: Callable[[Path], None], expected: str) -> None:
    breaker(closed)
    before = snapshot(closed)
    dialog = _try_login(qtbot, closed)
    assert dialog.session is None
    assert dialog.status.text().startswith(expected)
    assert "\n" not in dialog.status.text()
    assert snapshot(closed) == before


def test_second_instance_is_told(qtbot, closed: Path) -> None:  # type: ignore[no-untyped-def]
    other = OfficeLock(closed / "office.lock")
    other.acquire()
    try:
        before = snapshot(closed)
        dialog = _try_login(qtbot, closed)
        assert dialog.status.text().startswith("This office is already open in another Madoguchi window")
        assert snapshot(closed) == before
    finally:
        other.release()


def _damage_keys(folder: Path) -> bytes:
    ks.SlotFile.load(folder / "office.keys").save()  # previous generation kept as office.keys.bak
    damaged = b'{"format": "madoguchi-keyslots", "ver'
    (folder / "office.keys").write_bytes(damaged)
    return damaged


def test_damaged_key_file_declined_changes_nothing(qtbot, closed: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _damage_keys(closed)
    before = snapshot(closed)
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = _try_login(qtbot, closed)
    assert len(asked) == 1 and "its previous copy is intact" in asked[0]
    assert dialog.session is None
    assert dialog.status.text().startswith("The key file of this office is damaged, but its previous copy is intact.")
    assert snapshot(closed) == before


def test_damaged_key_file_accepted_opens_and_is_audited(qtbot, closed: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = _damage_keys(closed)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = _try_login(qtbot, closed)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=15000)
    session = dialog.session
    assert isinstance(session, session_service.Session)
    try:
        from desktop.store.models import AuditEntry

        actions = [e.action for e in AuditEntry.select()]
        assert actions.count("keys.backup_restored") == 1
    finally:
        session.logout()
    assert (closed / "office.keys.damaged").read_bytes() == damaged
    ks.SlotFile.load(closed / "office.keys")

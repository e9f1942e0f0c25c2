"""Every hint names a page the reader can open: the missing mail-footer hint of the send-list preview."""

from __future__ import annotations

from pathlib import Path

from desktop.services import send_list
from desktop.services import session as session_service
from desktop.services.export_model import ExportKind, ExportRequest
from tests.conftest import FakeClock, add_user, login


def test_the_missing_footer_hint_names_settings_only_to_those_who_can_open_them(
        office: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
    add_user(office, "manager", "manager")
    request = ExportRequest(ExportKind.SEND_LIST)
    assert send_list.send_list_preview(office, request).warnings == (send_list.MISSING_FOOTER,)
    office.logout()
    m = login(data_dir, "manager", "blue whale orbit 42", clock)
    [hint] = send_list.send_list_preview(m, request).warnings
    assert hint == send_list.MISSING_FOOTER_ASK_ADMIN and "管理 → 設定" not in hint and "administrator" in hint
    m.logout()

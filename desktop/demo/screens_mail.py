"""Screenshot scenes of the mail-service loop (issue 16): the export screen warning that the mail
service's unsubscribes have not been imported since the last send list, and the consent certificate.

Shot on a copy of the demo office (the send list exported here must not change the other scenes,
which run again for the next language); ``make screenshots`` shoots :data:`SCENES` after the others.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.demo.screens import Camera, Scene, settle
from desktop.domain.consent import ContactStatus
from desktop.domain.roles import Area
from desktop.services import exports
from desktop.services.exports import ExportKind, ExportRequest
from desktop.ui.pages.contacts import ContactsPage
from desktop.ui.pages.export import ExportPage


def _on_a_copy(cam: Camera, shoot: Scene) -> None:
    """Run ``shoot`` with ``cam`` pointed at a throw-away copy of the demo office."""
    original = cam.data_dir
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-shots-mail-"))
    try:
        shutil.copytree(original, tmp / "office")
        cam.data_dir = tmp / "office"
        shoot(cam)
    finally:
        cam.data_dir = original
        shutil.rmtree(tmp, ignore_errors=True)


def _export_sync_warning(cam: Camera) -> None:
    from desktop.app import DEMO_PASSWORDS

    def prepare(page: QWidget) -> None:
        assert isinstance(page, ExportPage)
        session = page.session
        session.confirm_password(DEMO_PASSWORDS["admin"])
        with tempfile.TemporaryDirectory(prefix="madoguchi-shots-send-") as out:
            exports.export(session, ExportRequest(ExportKind.SEND_LIST, fmt="csv"), Path(out) / "send.csv")
        page.refresh()
        page.show_preview()
        page.sync_banner.reason_edit.setText("急ぎの休講案内" if cam.lang == "ja" else "Urgent class cancellation")
        settle(100)

    cam.main("admin", Area.EXPORT, "export_sync_warning", prepare)


def _certificate(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, ContactsPage)
        page.reload()
        for _ in range(200):  # the list is read in a worker
            if not page.model.loading:
                break
            settle(25)
        rows = page.model.rows
        row = next((i for i, item in enumerate(rows) if item.status is ContactStatus.SUBSCRIBED), 0)
        page.table.selectRow(row)
        page.show_detail(row)
        settle(100)
        dialog = page.open_certificate()
        if dialog is not None:
            cam.save(dialog, "certificate_dialog")
            dialog.close()
            dialog.deleteLater()

    cam.main("admin", Area.CONTACTS, "contacts_certificate", prepare)


def mail_service(cam: Camera) -> None:
    _on_a_copy(cam, _export_sync_warning)
    _on_a_copy(cam, _certificate)


SCENES: list[Scene] = [mail_service]

"""Rights requests (A6): a disclosure request offers the consent certificate of the request's address,
fixed to "for an inquiry or a disclosure request"; other kinds, and an address not held, do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.domain.consent import Outcome
from desktop.services import requests as request_service
from desktop.services.requests import RequestKind
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.dialogs_certificate import CertificateDialog
from desktop.ui.pages.requests import RequestsPage
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_consent import capture

pytestmark = pytest.mark.gui


def _select(page: RequestsPage, request_id: int) -> None:
    row = next(i for i, r in enumerate(page.rows) if r.request_id == request_id)
    page.table.selectRow(row)


def test_disclosure_request_opens_the_certificate_for_an_inquiry(qtbot, office: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    held = capture(office, "hanako@example.jp", Outcome.AGREED)
    disclosure = request_service.create_request(office, kind=RequestKind.DISCLOSURE, requester="山田 花子",
                                                address="hanako@example.jp", identity_check="運転免許証")
    unknown = request_service.create_request(office, kind=RequestKind.DISCLOSURE, requester="佐藤",
                                             address="nobody@example.jp", identity_check="保険証")
    deletion = request_service.create_request(office, kind=RequestKind.DELETION, requester="山田 花子",
                                              address="hanako@example.jp", identity_check="運転免許証")
    page = RequestsPage(office)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    button = page.certificate_button
    _select(page, deletion.request_id)
    assert not button.isVisible()
    _select(page, unknown.request_id)
    assert not button.isVisible()
    _select(page, disclosure.request_id)
    assert button.isVisible() and button.isEnabled()

    button.click()
    dialog = page.findChild(CertificateDialog)
    assert isinstance(dialog, CertificateDialog)
    assert dialog.contact_id == held.contact_id
    assert dialog.purpose.currentData() == "inquiry" and not dialog.purpose.isEnabled()
    out = tmp_path / "disclosure-certificate.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    office.confirm_password(ADMIN_PASSWORD)
    dialog.save_button.click()
    assert out.read_bytes().startswith(b"%PDF"), dialog.status.text()
    entry = entries()[-1]
    assert entry.action == "contact.certificate" and entry.target == str(held.contact_id)
    assert entry.details["purpose"] == "inquiry" and "hanako" not in str(entry.details)

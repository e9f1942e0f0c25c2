"""The consent certificate (issue 16): a PDF through Qt's printing with the Japanese font embedded, listing
every capture (time in Japan time, channel, advisor, the exact text and its hash), the stops and the
retention date; a deliberate export (audited without the address, published in one step)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf
import pytest

from desktop.domain import office_time
from desktop.domain.consent import Outcome
from desktop.services import certificate, consent, export_pending, mail_import
from desktop.services.certificate import Purpose
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.store.audit import entries
from desktop.ui.dialogs_certificate import CertificateDialog, render_pdf
from tests.conftest import ADMIN_PASSWORD, FakeClock, add_user, login
from tests.services.test_consent import capture

pytestmark = pytest.mark.gui


def _fonts(reader: pypdf.PdfReader) -> list[dict]:  # type: ignore[type-arg]
    out = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            for desc_font in font.get("/DescendantFonts") or [font]:
                desc = desc_font.get_object().get("/FontDescriptor")
                out.append({"name": str(font.get("/BaseFont")),
                            "embedded": desc is not None and any(k in desc.get_object()
                                                                 for k in ("/FontFile", "/FontFile2", "/FontFile3"))})
    return out


def test_certificate_pdf_holds_every_capture_with_hash_and_time(qtbot, office: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                clock: FakeClock, monkeypatch) -> None:
    first = capture(office, "hanako@example.jp", Outcome.AGREED, name="山田 花子")
    first_at = clock.now
    clock.advance(days=2, hours=3)
    stops = tmp_path / "stops.txt"
    stops.write_text("hanako@example.jp\n", encoding="utf-8")
    mail_import.confirm(office, mail_import.preview(office, stops))
    stop_at = clock.now
    contact_id = first.contact_id

    cert = certificate.gather(office, contact_id, Purpose.CALLER)
    assert len(cert.captures) == 1 and cert.captures[0].script_hash and cert.captures[0].script_text
    assert [s.kind for s in cert.stops] == ["unsubscribe"]
    script_hash = cert.captures[0].script_hash
    assert cert.retain_until is not None

    dialog = CertificateDialog(office, contact_id)
    qtbot.addWidget(dialog)
    out = tmp_path / "certificate.pdf"
    office.confirm_password(ADMIN_PASSWORD)
    dialog.save(out)
    assert out.exists(), dialog.status.text()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = _fonts(reader)
    assert fonts and all(f["embedded"] for f in fonts), fonts
    assert any("CJK" in f["name"] or "Gothic" in f["name"] for f in fonts), fonts
    text = "".join(page.extract_text() for page in reader.pages)
    flat = unicodedata.normalize("NFKC", "".join(text.split()))  # (the CJK font maps 山 to its radical form)
    assert script_hash in flat  # the hash, whole (a long line may wrap)
    assert office_time.display(first_at).replace(" ", "") in flat  # yyyy/MM/dd HH:mm, Japan time
    assert office_time.display(stop_at).replace(" ", "") in flat
    assert "hanako@example.jp" in flat and "山田" in flat
    assert cert.captures[0].script_text.split("\n")[0].replace(" ", "")[:10] in flat  # the exact text

    entry = entries()[-1]
    assert entry.action == "contact.certificate" and entry.target == str(contact_id)
    assert entry.details["purpose"] == "caller" and entry.details["captures"] == 1
    assert "hanako" not in str(entry.details) and "certificate.pdf" not in str(entry.details)
    assert dialog.result_ is not None and entry.details["sha256"] == dialog.result_.sha256
    assert export_pending.records() == []  # published: nothing left pending
    assert not list(tmp_path.glob(".*partial*"))


def test_certificate_roles(office: Session, data_dir: Path, clock: FakeClock) -> None:
    first = capture(office, "taro@example.jp", Outcome.AGREED)
    office.confirm_password(ADMIN_PASSWORD)
    add_user(office, "adv", "advisor")
    office.logout()
    advisor = login(data_dir, "adv", "blue whale orbit 42", clock)
    for purpose in Purpose:
        with pytest.raises(PermissionDenied):
            certificate.gather(advisor, first.contact_id, purpose)
    assert consent  # the advisor may still look the address up on the phone screen


def test_render_is_pure_bytes(office: Session) -> None:
    first = capture(office, "jiro@example.jp", Outcome.AGREED)
    data = render_pdf(certificate.gather(office, first.contact_id, Purpose.INQUIRY))
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_contact_detail_opens_the_certificate(qtbot, office: Session, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.pages.contacts import ContactsPage

    capture(office, "saburo@example.jp", Outcome.AGREED)
    page = ContactsPage(office)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.opened, timeout=5000):
        page.reload()
    assert page.open_certificate() is None  # nothing selected yet
    page.show_detail(0)
    dialog = page.open_certificate()
    assert isinstance(dialog, CertificateDialog)
    qtbot.addWidget(dialog)
    assert [dialog.purpose.itemData(i) for i in range(dialog.purpose.count())] == ["caller", "inquiry"]
    dialog.purpose.setCurrentIndex(1)
    out = tmp_path / "inquiry.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    office.confirm_password(ADMIN_PASSWORD)
    dialog.save_button.click()
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert entries()[-1].details["purpose"] == "inquiry"
    assert "SHA-256" in dialog.status.text()


def test_certificate_in_japanese_embeds_the_japanese_font(qapp, office: Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import install_translators

    first = capture(office, "shiro@example.jp", Outcome.AGREED, name="鈴木 四郎")
    translators = install_translators(qapp, "ja", [])
    try:
        cert = certificate.gather(office, first.contact_id, Purpose.CALLER)
        reader = pypdf.PdfReader(io.BytesIO(render_pdf(cert)))
    finally:
        install_translators(qapp, "en", translators)
    fonts = _fonts(reader)
    assert fonts and all(f["embedded"] for f in fonts), fonts
    flat = unicodedata.normalize("NFKC", "".join("".join(p.extract_text() for p in reader.pages).split()))
    assert "同意証明書" in flat and "日本時間" in flat and "鈴木四郎" in flat
    assert cert.captures[0].script_hash and cert.captures[0].script_hash in flat

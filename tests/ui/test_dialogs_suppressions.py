"""配信サービスから取り込む: the dialog previews counts by outcome, applies, and a second import changes nothing."""

from __future__ import annotations

from pathlib import Path

from desktop.app import install_translators
from desktop.domain.consent import ContactStatus, Outcome
from desktop.store import contacts_repo as crepo
from desktop.ui.dialogs_suppressions import SuppressionImportDialog
from desktop.ui.pages.contacts import ContactsPage
from tests.services.test_consent import capture


def counts_shown(dialog: SuppressionImportDialog) -> dict[str, str]:
    t = dialog.counts
    return {t.item(r, 0).text(): t.item(r, 1).text() for r in range(t.rowCount())}


def test_import_back_from_the_contacts_page(qtbot, qapp, office, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for address in ("a@example.jp", "b@example.jp"):
        capture(office, address, Outcome.AGREED)
    clock.advance(hours=1)
    path = tmp_path / "list.txt"
    path.write_text("A@example.jp\nstranger@example.jp\n", encoding="utf-8")
    translators = install_translators(qapp, "ja", [])
    try:
        page = ContactsPage(office)
        qtbot.addWidget(page)
        assert page.suppressions_button.text() == "配信サービスから取り込む…"
        dialog = page.open_suppressions()
        assert isinstance(dialog, SuppressionImportDialog)
        assert dialog.format.itemText(0) and dialog.format.count() == 8
        dialog.set_file(str(path))
        assert not dialog.import_button.isEnabled()
        dialog.run_preview(wait=True)
        shown = counts_shown(dialog)
        assert shown == {"今回配信停止": "1", "事務所にないアドレス（記録しません）": "1"}, shown
        assert dialog.samples.item(0, 2).text() == "A@example.jp"  # as the service wrote it, normalised
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.imported, timeout=5000):
            dialog.run_import(wait=True)
        assert "1" in dialog.status.text()
        contact = crepo.contact_by_key("a@example.jp")
        assert contact is not None and contact.status == ContactStatus.UNSUBSCRIBED.value
        dialog.run_preview(wait=True)  # the same file again: nothing to apply
        assert not dialog.import_button.isEnabled()
        page.clear()
        assert dialog.path.text() == "" and dialog.samples.rowCount() == 0
    finally:
        install_translators(qapp, "en", translators)

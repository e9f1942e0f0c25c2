"""Send list and consent records: only eligible addresses, preview by reason, inclusions recorded."""

from __future__ import annotations

import io
import random
from pathlib import Path

import openpyxl
import pytest

from desktop import demo
from desktop.demo import mark_demo
from desktop.domain.consent import Outcome
from desktop.services import consent, exports
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries


def test_send_list_has_only_eligible_addresses(office: Session, tmp_path: Path) -> None:
    mark_demo(office)
    demo.populate_contacts(office)
    preview = exports.preview(office, ExportRequest(ExportKind.SEND_LIST))
    assert preview.rows > 0 and preview.excluded
    out = tmp_path / "send.xlsx"
    result = exports.export(office, ExportRequest(ExportKind.SEND_LIST), out)
    assert result.rows == preview.rows
    wb = openpyxl.load_workbook(out)
    ws = wb["配信リスト"]
    addresses = [ws.cell(r, 1).value for r in range(2, 2 + result.rows)]
    for address in addresses:
        known = consent.lookup(office, address)
        assert known is not None and known.contact is not None and known.contact.eligible, address
    assert "出力記録" in wb.sheetnames
    record = {wb["出力記録"].cell(r, 1).value: wb["出力記録"].cell(r, 2).value for r in range(2, 30)}
    assert record["出力件数"] == result.rows  # a number, not text
    assert record["出力者"] == office.user.display_name
    assert "形式：Excel" in record["条件"] and "=" not in record["条件"]  # conditions in Japanese, no code words
    assert [label for label in record if label and any("a" <= ch <= "z" for ch in label)] == []  # labels in Japanese
    last = [e for e in entries() if e.action == "export.send-list"][-1]
    assert last.details["rows"] == result.rows and last.details["sha256"] == result.sha256


def test_refused_never_appears_whatever_the_history(office: Session, tmp_path: Path) -> None:
    from tests.services.test_consent import capture

    rng = random.Random(3)
    expected_out: set[str] = set()
    for i in range(30):
        address = f"person{i}@example.jp"
        history = [rng.choice([Outcome.AGREED, Outcome.REFUSED]) for _ in range(rng.randint(1, 3))]
        for outcome in history:
            capture(office, address, outcome)
        if history[-1] is Outcome.REFUSED:
            expected_out.add(address)
    out = tmp_path / "send.csv"
    exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt="csv"), out)
    text = out.read_bytes().decode("utf-8-sig")
    listed = {line.split(",")[0] for line in text.splitlines()[1:]}
    assert listed and not (listed & expected_out)
    assert listed == {f"person{i}@example.jp" for i in range(30)} - expected_out


def test_consent_records_for_one_address(office: Session, tmp_path: Path) -> None:
    from tests.services.test_consent import capture

    capture(office, "one@example.jp", Outcome.AGREED)
    capture(office, "two@example.jp", Outcome.REFUSED)
    out = tmp_path / "consents.xlsx"
    result = exports.export(office, ExportRequest(ExportKind.CONSENTS, filters={"address": "ONE@example.jp"}), out)
    assert result.rows == 1
    ws = openpyxl.load_workbook(io.BytesIO(out.read_bytes())).active
    assert ws.cell(2, 1).value == "one@example.jp"
    assert ws.cell(2, 8).value  # the exact script text shown
    assert entries()[-1].details["filters"]["address"] == "one address"  # never the address itself


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_inclusion_is_recorded_on_the_contact(office: Session, tmp_path: Path, fmt: str) -> None:
    from tests.services.test_consent import capture

    capture(office, "keep@example.jp", Outcome.AGREED)
    exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt=fmt), tmp_path / f"s.{fmt}")
    known = consent.lookup(office, "keep@example.jp")
    assert known is not None
    assert any(t.kind == "export" for t in known.history)


@pytest.mark.parametrize("channel", ["letter", "email_reply", "web_form"])
def test_a_queued_unsubscribe_stops_the_next_send_at_once(office: Session, tmp_path: Path, channel: str) -> None:
    """配信停止を希望されたら即時対応: the request's due date is for the paperwork, not for the send list."""
    from desktop.domain.consent import Reason
    from desktop.services import unsubscribe
    from tests.services.test_consent import capture

    capture(office, "stays@example.jp", Outcome.AGREED)
    capture(office, "leaves@example.jp", Outcome.AGREED)
    capture(office, "Unclear.Letter@example.jp", Outcome.AGREED)
    queued = unsubscribe.record_request(office, address="leaves@example.jp", channel=channel, process_now=False)
    assert not queued.done
    # a request whose address was typed as received (different case) finds the contact by its key too
    unsubscribe.record_request(office, address="unclear.letter@EXAMPLE.jp", channel=channel, process_now=False)
    preview = exports.preview(office, ExportRequest(ExportKind.SEND_LIST))
    assert preview.rows == 1
    assert preview.excluded == {Reason.UNSUBSCRIBE_PENDING.label: 2}
    out = tmp_path / "send.csv"
    exports.export(office, ExportRequest(ExportKind.SEND_LIST, fmt="csv"), out)
    listed = {line.split(",")[0] for line in out.read_bytes().decode("utf-8-sig").splitlines()[1:]}
    assert listed == {"stays@example.jp"}

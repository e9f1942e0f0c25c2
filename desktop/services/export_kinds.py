"""Every kind of export in one explicit table: what builds it and, where there is one, its preview.

No kind registers itself by being imported; adding a kind means adding a row here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop.services import send_list
from desktop.services.export_model import ExportKind, ExportRequest, Preview, Table
from desktop.services.export_tables import audit_table, training_report
from desktop.services.session import Session

__all__ = ["KINDS", "Kind"]


@dataclass(frozen=True)
class Kind:
    build: Callable[[Session, ExportRequest], Table]
    preview: Callable[[Session, ExportRequest], Preview] | None = None


KINDS: Mapping[ExportKind, Kind] = {
    ExportKind.SEND_LIST: Kind(send_list.send_list, send_list.send_list_preview),
    ExportKind.CONSENTS: Kind(send_list.consent_records),
    ExportKind.AUDIT: Kind(audit_table),
    ExportKind.TRAINING_REPORT: Kind(training_report),
}

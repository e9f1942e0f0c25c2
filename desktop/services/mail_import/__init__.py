"""Bringing a mail service's unsubscribes, bounces and complaints back into the office."""

from __future__ import annotations

from desktop.services.mail_import.apply import (
    Effect,
    PlannedRow,
    SuppressionPreview,
    SuppressionResult,
    confirm,
    preview,
)
from desktop.services.mail_import.reading import Part, SuppressionFile, read_file

__all__ = ["Effect", "Part", "PlannedRow", "SuppressionFile", "SuppressionPreview", "SuppressionResult", "confirm",
           "preview", "read_file"]

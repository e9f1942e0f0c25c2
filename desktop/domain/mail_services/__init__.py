"""The bulk-mail services the office sends through: send-list presets and the files they give back.

Pure rules: which header names, encoding, delimiter and limits each service's import takes
(:mod:`.presets`), and how each service's unsubscribe, bounce and complaint exports are recognised
and read (:mod:`.suppressions`). Reading files and applying the outcomes is the services' work.
"""

from __future__ import annotations

from desktop.domain.mail_services.presets import (
    PRESETS,
    Column,
    Preset,
    cells_for,
    chunk_bounds,
    preset,
    split_name,
    unencodable,
)
from desktop.domain.mail_services.suppressions import (
    FileFormat,
    Outcome,
    SuppressionRow,
    detect,
    read_rows,
)

__all__ = [
    "PRESETS",
    "Column",
    "FileFormat",
    "Outcome",
    "Preset",
    "SuppressionRow",
    "cells_for",
    "chunk_bounds",
    "detect",
    "preset",
    "read_rows",
    "split_name",
    "unencodable",
]

"""Landing-page import (自治体LP / other LP): read, map columns, preview, confirm (A1, A2, A4).

1. :func:`preview_file` streams a CSV (UTF-8 with or without BOM, Shift_JIS/CP932) or .xlsx,
   recognises the usual Japanese form-tool headers (メールアドレス / email / e-mail; 氏名 / 名前 /
   name; フリガナ; 配信希望 / オプトイン / opt-in; a time stamp) or applies the column mapping
   remembered for the source, and classifies every row: will join, no opt-in, invalid address,
   duplicate, previously unsubscribed or refused (including erased addresses found by their
   keyed hash), or a row error (too long, unreadable date). Nothing is written, and only counts
   and a bounded sample are kept (memory does not grow with the rows; see ``classify``).
2. :func:`confirm` is the advisor's confirmation (recorded): in ONE transaction it reads the
   file again (its SHA-256 must be the previewed one), classifies it against the database as it
   is now (any row treated differently stops it), creates the contacts and consent records,
   records the advisor's opt-in confirmation for every municipal row that joins (A1), remembers
   the column mapping and writes one audit entry (counts and the file's SHA-256). Any failure or
   a cancel rolls everything back.

Municipal LP rows join only with the opt-in column true (A1); rows without it are kept as
evidence that the box was not ticked (seed 003 line 30) and do not join. Other-LP rows join
with the notice version that was shown on the page (A2); when such a file has an opt-in column,
rows where it is false are not imported. An import never lifts a refusal, an unsubscribe or a
deletion (only a new explicit agreement does).
"""

from __future__ import annotations

from desktop.services.lp_import.apply import (
    confirm,
)
from desktop.services.lp_import.classify import (
    PROBLEMS_KEPT,
    RowPlan,
)
from desktop.services.lp_import.parsing import (
    CTX,
    FIELD_LABELS,
    FIELDS,
    PROGRESS_EVERY,
    SAMPLES_PER_OUTCOME,
    CancelFn,
    ImportCancelled,
    ProgressFn,
    RowOutcome,
    Source,
    parse_date,
    parse_opt_in,
    recognise_headers,
)
from desktop.services.lp_import.preview import (
    ImportPreview,
    ImportResult,
    file_headers,
    import_limits,
    preview_file,
    preview_rows,
    remembered_mapping,
)

__all__ = [
    "CTX",
    "CancelFn",
    "FIELDS",
    "FIELD_LABELS",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "PROBLEMS_KEPT",
    "PROGRESS_EVERY",
    "ProgressFn",
    "RowOutcome",
    "RowPlan",
    "SAMPLES_PER_OUTCOME",
    "Source",
    "confirm",
    "file_headers",
    "import_limits",
    "parse_date",
    "parse_opt_in",
    "preview_file",
    "preview_rows",
    "recognise_headers",
    "remembered_mapping",
]

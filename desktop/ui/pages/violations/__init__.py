"""違反報告 — violation reports (design A10; seed 003 line 71).

* :func:`open_report_dialog` — any member of staff reports at once (User menu → "Report a
  violation…"): what happened, when it was noticed, how many people, which data, what is known
  (:mod:`.report_dialog`).
* 管理 → 違反報告 (:class:`ViolationsPage`, administrators = the privacy officer): the ledger
  with status, whether a report to the PPC may be needed, the next deadline and overdue
  highlighting; the selected case's facts, analysis, report dates, close and reopen (:mod:`.page`).

The fields both share are in :mod:`.fields`. All rules (what may need a PPC report, deadlines,
overdue, what closing needs) come from ``desktop.domain.violations`` through
``desktop.services.violations``.
"""

from __future__ import annotations

from desktop.ui.pages.violations.page import ADMIN_TABS, ViolationsPage, reminder_text
from desktop.ui.pages.violations.report_dialog import ReportViolationDialog, open_report_dialog

__all__ = ["ADMIN_TABS", "ReportViolationDialog", "ViolationsPage", "open_report_dialog", "reminder_text"]

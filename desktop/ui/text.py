"""Translation helpers: Qt-style ``%1`` filling and translated domain errors."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop import crashlog
from desktop.domain.errors import DomainError, fill
from desktop.domain.quarter_names import quarter_parts
from desktop.domain.roles import ROLE_LABELS, Role
from desktop.domain.rule_names import RuleName, rule_names, section_at

__all__ = ["error_text", "fill", "quarter_text", "rich", "role_label", "rule_text", "rules_text", "source_text"]


def error_text(exc: BaseException) -> str:
    """The translated, filled message of an expected error; a generic text for anything else."""
    if isinstance(exc, DomainError):
        return fill(QCoreApplication.translate(exc.context, exc.message), *exc.params)
    crashlog.record_unexpected(exc)
    return fill(QCoreApplication.translate(
        "Errors", "Something went wrong. Nothing was saved. The details are in the log file %1."
    ), str(crashlog.log_file()))


def rich(template: str, *args: object) -> str:
    """Fill a translated rich-text template, escaping the arguments."""
    return fill(template, *(html.escape(str(a)) for a in args))


def role_label(role: Role | str) -> str:
    """The translated name of a staff role."""
    return QCoreApplication.translate("Roles", ROLE_LABELS[Role(role)])


def rule_text(name: RuleName) -> str:
    """A rule as the office knows it: 「SNSガイドライン 3.(1)(6) 発信してはならない情報」."""
    book = QCoreApplication.translate("Rules", name.book)
    parts = [p for p in (book, name.number, name.title) if p]
    return " ".join(parts)


def rules_text(reference: str) -> str:
    """The rules a code reference (``"000 §3(1)(6); 運用ポリシー 削除ルール 2"``) names, joined; "" if none."""
    sep = QCoreApplication.translate("Rules", ", ")
    return sep.join(rule_text(n) for n in rule_names(reference))


def source_text(file: str, line: int) -> str:
    """Where in a rule book a line is, named by book and section (never the file name or line)."""
    return rule_text(section_at(file, line))


def quarter_text(key: str) -> str:
    """A stored quarter key (``"FY2026 Q3"``) as the office says it (「2026年度 第3四半期」)."""
    parts = quarter_parts(key)
    if parts is None:
        return key
    return fill(QCoreApplication.translate("Quarters", "FY%1 Q%2"), parts[0], parts[1])

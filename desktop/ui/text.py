"""Translation helpers: Qt-style ``%1`` filling and translated domain errors."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop import crashlog
from desktop.domain.errors import DomainError, fill
from desktop.domain.roles import ROLE_LABELS, Role

__all__ = ["error_text", "fill", "rich", "role_label"]


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

"""Screens for the navigation areas.

Each feature lives in its own module ``desktop.ui.pages.<feature>`` and may export:

* ``PAGES: dict[Area, PageFactory]`` — the page for a navigation area;
* ``ADMIN_TABS: list[tuple[Callable[[], str], PageFactory]]`` — tabs under 管理 (title function, factory);
* ``reminder_text(session) -> str | None`` — a reminder shown after login.

A feature may be a package (``desktop.ui.pages.review``) whose ``__init__`` exports these.

Areas without a page show the plain "not available yet" page.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from types import ModuleType

from PySide6.QtWidgets import QWidget

from desktop.domain.roles import Area
from desktop.services.session import Session

PageFactory = Callable[[Session, QWidget], QWidget]

FEATURES = ("phone", "contacts", "unsubscribe", "requests", "posts", "review", "export", "training", "settings",
            "backup", "violations")


def _modules() -> list[ModuleType]:
    found = []
    for name in FEATURES:
        full = f"{__name__}.{name}"
        if importlib.util.find_spec(full) is not None:
            found.append(importlib.import_module(full))
    return found


def factories() -> dict[Area, PageFactory]:
    result: dict[Area, PageFactory] = {}
    for module in _modules():
        result.update(getattr(module, "PAGES", {}))
    return result


def admin_tabs() -> list[tuple[Callable[[], str], PageFactory]]:
    tabs: list[tuple[Callable[[], str], PageFactory]] = []
    for module in _modules():
        tabs.extend(getattr(module, "ADMIN_TABS", []))
    return tabs


def reminders(session: Session) -> list[str]:
    """Translated reminder texts from features (a module may export ``reminder_text(session)``)."""
    texts: list[str] = []
    for module in _modules():
        fn = getattr(module, "reminder_text", None)
        if callable(fn):
            text = fn(session)
            if text:
                texts.append(text)
    return texts

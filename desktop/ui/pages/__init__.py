"""Screens for the navigation areas. :func:`factories` maps an area to its page builder;
areas without an entry show the plain "not available yet" page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.domain.roles import Area
from desktop.services.session import Session

PageFactory = Callable[[Session, QWidget], QWidget]


def factories() -> dict[Area, PageFactory]:
    return {}


def screenshot_hooks() -> list[Callable[..., None]]:
    """Extra screenshot functions contributed by pages (used by ``make screenshots``)."""
    return []

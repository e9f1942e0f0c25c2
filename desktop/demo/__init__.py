"""Demo data and screenshot scenes for a throw-away office (never used by a real office).

Production code never imports this package (an import contract checks it). :func:`populate`
fills an office that :func:`mark_demo` marked as a demo office; every seeder checks the mark.
"""

from __future__ import annotations

from desktop.demo.contacts import populate_demo as populate_contacts
from desktop.demo.guard import DEMO_SETTING, mark_demo, require_demo
from desktop.demo.posts import populate_demo as populate_posts
from desktop.demo.training import populate_demo as populate_training
from desktop.services.session import Session

__all__ = ["DEMO_SETTING", "mark_demo", "populate", "populate_contacts", "populate_posts", "populate_training",
           "require_demo"]


def populate(session: Session) -> None:
    """Fill a demo office with sample records of every feature."""
    mark_demo(session)
    populate_contacts(session)
    populate_posts(session)
    populate_training(session)

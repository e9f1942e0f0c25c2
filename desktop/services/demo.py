"""Demo data for ``--demo`` and ``make screenshots`` (fictitious people, example.jp addresses).

Only an office marked as a demo office accepts demo data: the seeders write records in other
users' names, which must never happen in a real office.
"""

from __future__ import annotations

from desktop.domain.roles import Action
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.store import repo

DEMO_SETTING = "demo_office"


def mark_demo(session: Session) -> None:
    """Mark a freshly made office as a throw-away demo office (administrators only)."""
    session.require(Action.USERS_MANAGE)
    with repo.atomic():
        repo.set_setting(DEMO_SETTING, True)
        session.audit("office.mark_demo")


def require_demo(session: Session) -> None:
    session.ensure_unlocked()
    if not repo.get_setting(DEMO_SETTING, False):
        raise PermissionDenied()


def populate(session: Session) -> None:
    """Fill a demo office with sample records of every feature."""
    from desktop.services import consent, posts, training

    mark_demo(session)
    consent.populate_demo(session)
    posts.populate_demo(session)
    training.populate_demo(session)

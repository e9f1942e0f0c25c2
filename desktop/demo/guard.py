"""The one guard of the demo: only an office marked as a demo office accepts demo data.

The seeders write records in other users' names, which must never happen in a real office.
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

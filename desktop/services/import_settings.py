"""管理 → 設定 → 取り込みの上限: the office's import limits (issue 14's ``import_*`` settings), read by the
LP, suppression and mail-service imports (:func:`desktop.services.lp_import.import_limits`) and changed here.

Administrators only (``SETTINGS_MANAGE``, checked here); every value is checked by the domain
(:func:`desktop.domain.office_settings.check_import_limits`) before anything is saved; a change writes
one audit entry with the old and new value of each changed limit (numbers only, no personal data).
"""

from __future__ import annotations

from dataclasses import asdict

from desktop.domain import office_settings as rules
from desktop.domain.roles import Action
from desktop.services.lp_import import import_limits
from desktop.services.session import Session
from desktop.store import repo

__all__ = ["current", "defaults", "save"]


def current(session: Session) -> rules.ImportLimits:
    """The limits in force (the defaults where none was set)."""
    return import_limits(session)


def defaults() -> rules.ImportLimits:
    return rules.ImportLimits()


def save(session: Session, **values: int) -> tuple[str, ...]:
    """Check and save the limits given by field name (``max_rows=…``); the names of the limits that
    changed (empty: nothing changed, nothing audited)."""
    session.require(Action.SETTINGS_MANAGE)
    before = import_limits(session)
    chosen = rules.check_import_limits({**asdict(before), **values})
    old, new = asdict(before), asdict(chosen)
    changed = tuple(name for name in rules.IMPORT_LIMIT_KEYS if old[name] != new[name])
    if not changed:
        return ()
    with repo.atomic():
        for name in changed:
            repo.set_setting(rules.IMPORT_LIMIT_KEYS[name], new[name])
        session.audit("settings.change", keys=[rules.IMPORT_LIMIT_KEYS[n] for n in changed],
                      old={n: old[n] for n in changed}, new={n: new[n] for n in changed})
    return changed

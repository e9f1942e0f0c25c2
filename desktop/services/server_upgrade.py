"""Upgrading the office server's schema to this app's version (``madoguchi server upgrade``, issue 18).

* :func:`upgrade_server` — run by an administrator with the PostgreSQL role that owns the office database
  (the app's own role may not change the schema); the connection comes from a PC's office folder or the
  setup folder (``server.json``). The work and its rules are in :mod:`desktop.store.server_upgrade`.
* :func:`record_upgrades` — the administrator's command has no office key and so cannot add to the audit
  chain; the next administrator who logs in writes one ``server.upgraded`` entry per upgrade (from and to
  version, how many changes), in the login's own transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.domain.roles import Role
from desktop.store.server import PROFILE_NAME, ServerProfile, is_server, is_server_folder
from desktop.store.server_admin import AdminLogin
from desktop.store.server_admin import upgrade_server as store_upgrade_server
from desktop.store.server_upgrade import UpgradeRefused, UpgradeResult, take_unnoted

UPGRADED = "server.upgraded"

__all__ = ["UPGRADED", "UpgradeRefused", "UpgradeResult", "record_upgrades", "report", "upgrade_server"]


def upgrade_server(folder: Path, admin_user: str, admin_password: str) -> UpgradeResult:
    """Upgrade the office database named by ``folder``'s connection file, as ``admin_user`` (its owner)."""
    folder = Path(folder)
    if not is_server_folder(folder):
        raise UpgradeRefused(f"no {PROFILE_NAME} in {folder}: give a PC's office folder or the folder "
                             "server init wrote")
    profile = ServerProfile.load(folder)
    login = AdminLogin(host=profile.host, port=profile.port, user=admin_user, password=admin_password,
                       ca_path=profile.ca_path(folder))
    return store_upgrade_server(login, profile)


def report(done: UpgradeResult) -> list[str]:
    """What the command prints: each change, then one line saying what happened."""
    if not done.changes:
        return [f"the office server is already at version {done.to_version}; nothing was changed"]
    return [*(f"  {line}" for line in done.changes),
            f"office server upgraded from version {done.from_version} to {done.to_version}; the next "
            "administrator's login records it in the audit log"]


def record_upgrades(session: Any) -> None:  # a Session (the session module calls this at each login)
    """At an administrator's login on the office server: one audit entry per upgrade not recorded yet.

    Call inside the login's transaction (the entries and the rows' ``noted`` mark commit together)."""
    if session.user.role is not Role.ADMIN or not is_server(session.office.db):
        return
    for before, after, changes in take_unnoted(session.office.db):
        session.audit(UPGRADED, from_version=before, to_version=after, changes=changes)

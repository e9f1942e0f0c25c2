"""Upgrading the office server's schema to this app's version (``madoguchi server upgrade``, issue 18).

* :func:`upgrade_server` — run by an administrator with the PostgreSQL role that owns the office database
  (the app's own role may not change the schema); the connection comes from a PC's office folder or the
  setup folder (``server.json``). The work and its rules are in :mod:`desktop.store.server_upgrade`.
* :func:`new_login` — ``madoguchi server new-login``: every PC connects with one database login (the
  connection file's), so when someone leaves, the administrator gives that login a new password, ends its
  open sessions and hands the new connection file to each remaining PC; the old file no longer connects.
* :func:`record_upgrades` — the administrator's commands have no office key and so cannot add to the audit
  chain; each leaves a row (its kind) and the next administrator who logs in writes one entry per row —
  ``server.upgraded`` (from and to version, how many changes) or ``server.new_login`` — in the login's own
  transaction.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.domain.roles import Role
from desktop.fileio import fsync_dir, write_synced
from desktop.store.server import PROFILE_NAME, ServerProfile, is_server, is_server_folder
from desktop.store.server_admin import (
    NEW_LOGIN_KIND,
    AdminLogin,
    NewLoginRefused,
    NewLoginUnknown,
    change_app_password,
)
from desktop.store.server_admin import upgrade_server as store_upgrade_server
from desktop.store.server_upgrade import UpgradeRefused, UpgradeResult, take_unnoted

UPGRADED = "server.upgraded"
NEW_LOGIN = "server.new_login"
NEW_SUFFIX = ".new"  # the new connection file before it replaces the old one

__all__ = ["NEW_LOGIN", "UPGRADED", "NewLoginDone", "NewLoginRefused", "UpgradeRefused", "UpgradeResult",
           "new_login", "record_upgrades", "report", "upgrade_server"]


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
    sessions = ("this administrator may not end the PCs' open sessions: close Madoguchi on every PC and install "
                "the new version there" if done.ended is None else
                f"{done.ended} open session(s) of the PCs ended: a PC with the new version reconnects by itself, "
                "one with an older version says the server needs the administrator's update")
    return [*(f"  {line}" for line in done.changes),
            f"office server upgraded from version {done.from_version} to {done.to_version}; the next "
            "administrator's login records it in the audit log", sessions]


def record_upgrades(session: Any) -> None:  # a Session (the session module calls this at each login)
    """At an administrator's login on the office server: one audit entry per upgrade not recorded yet.

    Call inside the login's transaction (the entries and the rows' ``noted`` mark commit together)."""
    if session.user.role is not Role.ADMIN or not is_server(session.office.db):
        return
    for kind, before, after, changes in take_unnoted(session.office.db):
        if kind == NEW_LOGIN_KIND:
            session.audit("server.new_login", schema_version=after)
        else:
            session.audit(UPGRADED, from_version=before, to_version=after, changes=changes)


@dataclass(frozen=True)
class NewLoginDone:
    file: Path  # the new connection file (server.json, 0600), replaced in place
    role: str  # the database login that has the new password
    ended: int | None  # its open sessions ended (None: the administrator's role may not end them)


def new_login(folder: Path, admin_user: str, admin_password: str) -> NewLoginDone:
    """Give the office's database login a new random password and replace ``folder``'s connection file.

    ``folder`` is a PC's office folder or the setup folder (its ``server.json``). The new file is written first
    under ``server.json.new`` (0600); the server is changed only once it is on disk, and it is renamed over
    the old one after. Raises :class:`NewLoginRefused` (nothing changed) with one line, or the store's
    ``ServerUnavailable`` / ``ServerCertificateWrong`` before anything changed."""
    folder = Path(folder)
    if not is_server_folder(folder):
        raise NewLoginRefused(f"no {PROFILE_NAME} in {folder}: give a PC's office folder or the folder "
                              "server init wrote")
    target = folder / PROFILE_NAME
    pending = folder / (PROFILE_NAME + NEW_SUFFIX)
    if pending.exists():
        raise NewLoginRefused(f"{pending} is left from an earlier new-login and may hold the login's current "
                              f"password: check it and rename it to {PROFILE_NAME} (or remove it); nothing was changed")
    profile = ServerProfile.load(folder)
    login = AdminLogin(host=profile.host, port=profile.port, user=admin_user, password=admin_password,
                       ca_path=profile.ca_path(folder))

    def ready(made: ServerProfile) -> None:
        write_synced(pending, json.dumps(asdict(made), indent=1).encode("utf-8"), 0o600)

    try:
        made, ended = change_app_password(login, profile, ready)
    except NewLoginUnknown:
        raise NewLoginRefused(f"the connection to the server dropped while the new password was being saved: if "
                              f"{target} no longer connects, the new one is {pending} (rename it)") from None
    except BaseException:
        with contextlib.suppress(OSError):
            pending.unlink()
        raise
    try:
        os.replace(pending, target)
        fsync_dir(folder)
    except OSError as exc:
        raise NewLoginRefused(f"the login has a new password but {target} could not be replaced "
                              f"({exc.strerror}): the new connection file is {pending}; rename it to "
                              f"{PROFILE_NAME}") from None
    return NewLoginDone(file=target, role=made.user, ended=ended)

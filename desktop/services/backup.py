"""Backups (管理 → バックアップ): monthly automatic, on demand, verified; restore; test-restore drill.

The manual asks for a backup on the 1st of every month (A8). The first unlock on or after the 1st
makes one automatically when none exists for the month yet. A warning shows when the last verified
backup is older than 31 days or the backup location is missing (R26).

Backups run in a worker (the window stays usable; ``progress(phase, done, total)`` reports each step, see
store/backup.py). A lock or logout cancels one that has not been published yet (``JobCancelled``, nothing
half-written kept) and waits for one that has, so its audit entry is always written.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain import office_time
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.services import session as session_service
from desktop.services.errors import NotFound, ServiceError
from desktop.services.session import Session
from desktop.store import backup as store_backup
from desktop.store import repo
from desktop.store.backup import PHASE_COPY, PHASE_SEAL, PHASE_VERIFY, BackupSet, Progress
from desktop.store.jobs import JobCancelled
from desktop.store.office import OfficeFiles
from desktop.store.server import is_server

__all__ = ["PHASE_COPY", "PHASE_SEAL", "PHASE_VERIFY", "BackupSet", "BackupStatus", "DrillResult", "JobCancelled", "Progress", "auto_backup_due", "backup_now",
           "list_backups", "maybe_auto_backup", "RestoreOnServer", "restore", "set_location", "status", "test_restore"]

WARN_AFTER_DAYS = 31
DEFAULT_KEEP = 12


@dataclass(frozen=True)
class BackupStatus:
    location: Path
    location_ok: bool
    keep: int
    last_verified: datetime | None
    days_since: int | None
    warning: str | None  # translatable source text (context "Backup"), or None


@dataclass(frozen=True)
class DrillResult:
    backup: BackupSet
    ok: bool
    audit_entries: int
    problem: str


class RestoreOnServer(ServiceError):
    """A server office's backup is restored into a new server database by an administrator, not over the live one."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "ServiceError", "An office on the office server is not restored from this screen, while other PCs "
            "work on it. The server's administrator sets up a new, empty office database, and the backup is "
            "then moved onto it like an office of this PC. The backup itself is checked by the test restore."))


def location(session: Session) -> Path:
    configured = repo.get_setting("backup_dir", "")
    if configured:
        return Path(configured)
    data = session.files.data_dir
    return data.parent / f"{data.name}-backups"


def keep(session: Session) -> int:
    return max(1, int(repo.get_setting("backup_keep", DEFAULT_KEEP)))


def set_location(session: Session, folder: Path, keep_sets: int) -> None:
    session.require(Action.SETTINGS_MANAGE)
    if keep_sets < 1 or keep_sets > 120:
        raise ValidationError(QT_TRANSLATE_NOOP("Backup", "Keep between 1 and 120 backups."))
    from desktop.store.db import check_location

    check_location(folder)
    with repo.atomic():
        repo.set_setting("backup_dir", str(folder))
        repo.set_setting("backup_keep", keep_sets)
        session.audit("settings.backup", keep=keep_sets)


def status(session: Session) -> BackupStatus:
    session.ensure_unlocked()
    root = location(session)
    last_text = repo.get_setting("last_verified_backup_at", "")
    last = datetime.fromisoformat(last_text) if last_text else None
    days = (session.now() - last).days if last else None
    warning = None
    if not root.is_dir():
        warning = QT_TRANSLATE_NOOP("Backup", "The backup location is missing. Connect the backup drive or "
                                    "choose another folder.")
    elif last is None:
        warning = QT_TRANSLATE_NOOP("Backup", "No verified backup exists yet.")
    elif days is not None and days > WARN_AFTER_DAYS:
        warning = QT_TRANSLATE_NOOP("Backup", "The last verified backup is older than 31 days.")
    return BackupStatus(root, root.is_dir(), keep(session), last, days, warning)


def _make(session: Session, action: str, progress: Progress | None) -> BackupSet:
    from desktop.services import checkpoints

    office = session.office  # held: a lock meanwhile waits for this job (see the module's docstring)
    with office.jobs.job():
        root, keep_sets = location(session), keep(session)
        checkpoint = checkpoints.sign_if_possible(session)
        made = store_backup.make_set(office, root, session.now(), checkpoint, progress)
        pruned = store_backup.prune(root, keep_sets)
        with repo.atomic():
            repo.set_setting("last_verified_backup_at", session.now().isoformat())
            office.audit.append(ts=session.now(), actor=session.user.uid, action=action, target=made.name,
                                details={"rows": sum(made.counts.values()), "pruned": len(pruned),
                                         "checkpoint": bool(checkpoint)})
    return made


def backup_now(session: Session, progress: Progress | None = None) -> BackupSet:
    session.require(Action.BACKUP)
    return _make(session, "backup.create", progress)


def auto_backup_due(session: Session) -> bool:
    """Whether this month's automatic backup is still to be made (A8): none verified in this office month
    yet, and the backup location's parent folder exists (a missing drive is a warning, not an attempt)."""
    session.ensure_unlocked()
    last_text = repo.get_setting("last_verified_backup_at", "")
    if last_text:
        last = datetime.fromisoformat(last_text)
        if office_time.month_key(last) == office_time.month_key(session.now()):  # office months, not UTC
            return False
    return location(session).parent.exists()


def maybe_auto_backup(session: Session, progress: Progress | None = None) -> BackupSet | None:
    """The first unlock on or after the 1st of a month makes that month's backup (any role: A8)."""
    if not auto_backup_due(session):
        return None
    return _make(session, "backup.auto", progress)


def list_backups(session: Session) -> list[BackupSet]:
    session.require(Action.BACKUP)
    return store_backup.list_sets(location(session))


def _find(session: Session, name: str) -> BackupSet:
    for found in store_backup.list_sets(location(session)):
        if found.name == name:
            return found
    raise NotFound()


def test_restore(session: Session, name: str | None = None) -> DrillResult:
    """Open a copy of the newest (or named) backup read-only in a temp folder and run the checks."""
    session.require(Action.BACKUP)
    sets = store_backup.list_sets(location(session))
    if not sets:
        raise NotFound()
    chosen = _find(session, name) if name else sets[0]
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-drill-"))
    try:
        copy = tmp / chosen.name
        shutil.copytree(chosen.path, copy)
        try:
            checked = store_backup.verify_set(store_backup.read_set(copy), session.office.all_keys())
            chain = store_backup.verify_audit_chain(copy / "office.db", session.office.all_keys(),
                                                    session.office.audit.k0)
            ok, problem, count = chain.ok, "" if chain.ok else f"audit chain broken at {chain.first_bad_seq}", chain.count
            del checked
        except Exception as exc:  # noqa: BLE001 - the drill reports every failure
            ok, problem, count = False, type(exc).__name__, 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with repo.atomic():
        session.audit("backup.drill", target=chosen.name, result="ok" if ok else "failed")
    return DrillResult(chosen, ok, count, problem)


def restore(session: Session, name: str, password: str) -> None:
    """Replace the office with a backup set. The session ends; log in again afterwards.

    The current files are kept aside until the restored office opens with the same credentials;
    if it does not, they are put back.
    """
    session.require(Action.RESTORE)
    session.require_fresh_proof()
    if is_server(session.office.db):
        raise RestoreOnServer()
    chosen = _find(session, name)
    store_backup.verify_set(chosen, session.office.all_keys())
    session.confirm_password(password)
    username = session.user.username
    files: OfficeFiles = session.files
    clock, wall, kdf = session.clock, session.wall, session.kdf
    with repo.atomic():
        session.audit("backup.restore_start", target=chosen.name)
    from desktop.services import audit_guard

    audit_guard.permit_rollback(session)  # the restored (older) log is not a loss of entries
    db_uuid = session.office.slots.db_uuid
    session.logout()
    aside = files.data_dir / f"pre-restore-{clock():%Y%m%d-%H%M%S}"
    store_backup.install_set(chosen, files, aside)
    try:
        restored = session_service.login(files.data_dir, username, password, kdf=kdf, clock=clock, wall=wall)
    except BaseException:
        store_backup.undo_install(files, aside)
        audit_guard.drop_permit(files.data_dir, db_uuid)
        raise
    try:
        with repo.atomic():
            restored.audit("backup.restore", target=chosen.name, rows=sum(chosen.counts.values()))
    finally:
        restored.logout()
    shutil.rmtree(aside, ignore_errors=True)



"""Creating an office, logging in, locking, re-authentication and the permission gate.

A :class:`Session` is the context every service function takes. It checks the role for each
action (R17) and writes denials to the audit log; it closes the database and overwrites the key
when locked (R18); it keeps the time of the last password proof for dangerous actions (R19).

Failed logins cannot be written to the encrypted log at the moment they happen (the key is not
available), so they are queued in the slot file as ids and times only and written to the audit
log, with their original time, by the next successful unlock.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag

from desktop.domain import accounts
from desktop.domain.roles import (
    APPOINTED_ACTIONS,
    POST_APPROVERS_KEY,
    Action,
    Role,
    allowed,
    may_be_appointed,
)
from desktop.services import audit_guard, export_pending, mailbox_rehash, server_upgrade
from desktop.services import clock as system_clock
from desktop.services.clock import Clock
from desktop.services.errors import (
    KeyFileBackupAvailable,
    Locked,
    LoginFailed,
    NoOffice,
    OfficeExists,
    PasswordChangeRequired,
    PermissionDenied,
    ReauthRequired,
    RecoveryFailed,
    ServiceError,
    Throttled,
)
from desktop.store import keyslots as ks
from desktop.store import repo
from desktop.store.errors import FolderNotEmpty, SlotFileError
from desktop.store.keyslots import PRODUCTION_KDF as PRODUCTION_KDF  # re-exported for ui and app
from desktop.store.keyslots import KdfParams as KdfParams  # re-exported for ui and app
from desktop.store.office import (
    BadCredentials,
    OfficeFiles,
    OpenOffice,
    backup_slots,
    folder_is_empty,
    load_slots,
    prepare_folder,
    restore_slots_backup,
    unlock_with_slot,
)
from desktop.store.office import (
    create_office as store_create_office,
)

log = logging.getLogger(__name__)

REAUTH_WINDOW = timedelta(minutes=5)
UNKNOWN_TAG = "unknown-user"
PENDING_LIMIT = 1000

utc_now = system_clock.system_now  # the default clock of a real session


@dataclass(frozen=True)
class CurrentUser:
    uid: str
    username: str
    display_name: str
    role: Role
    must_change_password: bool


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str
    privacy_officer_name: str
    privacy_officer_contact: str
    autolock_minutes: int


class Session:
    """An unlocked office and the user working in it."""

    def __init__(self, office: OpenOffice, user: CurrentUser, *, clock: Clock, kdf: ks.KdfParams,
                 wall: Callable[[], float]) -> None:
        self._office: OpenOffice | None = office
        self.files = office.files
        self.user = user
        self.clock = clock
        self.kdf = kdf
        self.wall = wall
        self.proof_at: datetime | None = clock()
        self.lock_listeners: list[Callable[[], None]] = []
        self.before_close_listeners: list[Callable[[], None]] = []  # keep unsaved work before lock/logout
        self._reauth_failures = 0
        self._reauth_last = 0.0
        # things the user is told once after login/unlock (e.g. an interrupted export's file removed)
        self.notices: list[ServiceError] = []

    # --- state ---------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._office is None

    @property
    def office(self) -> OpenOffice:
        if self._office is None:
            raise Locked()
        return self._office

    def ensure_unlocked(self) -> None:
        """Raise :class:`Locked` when the office is locked (reads need no role, only a key)."""
        if self._office is None:
            raise Locked()

    def now(self) -> datetime:
        return self.clock()

    # --- permissions and audit -----------------------------------------------------------
    def audit(self, action: str, target: str = "", result: str = "ok", **details: Any) -> int:
        """Append one audit entry as this user (call inside the change's transaction)."""
        return self.office.audit.append(ts=self.now(), actor=self.user.uid, action=action, target=target,
                                        result=result, details=details)

    def require(self, action: Action, target: str = "") -> None:
        """Raise Locked / PasswordChangeRequired / PermissionDenied (the denial is audited)."""
        office = self.office
        if self.user.must_change_password and action is not Action.OWN_PASSWORD:
            raise PasswordChangeRequired()
        if not allowed(self.user.role, action) and not self.appointed_for(action):
            with repo.atomic():
                office.audit.append(ts=self.now(), actor=self.user.uid, action="permission.denied",
                                    target=target, result="denied", details={"action": action.value})
            raise PermissionDenied()
        audit_guard.sign_if_due(self)  # an administrator's session open all day still signs daily

    def can(self, action: Action) -> bool:
        return allowed(self.user.role, action) or self.appointed_for(action)

    def appointed_for(self, action: Action) -> bool:
        """An advisor an administrator appointed 担当責任者 for posts may approve posts (read live, so revocable)."""
        if action not in APPOINTED_ACTIONS or not may_be_appointed(self.user.role) or self.locked:
            return False
        return allowed(self.user.role, action, appointed=self.user.uid in repo.get_setting(POST_APPROVERS_KEY, []))

    @contextlib.contextmanager
    def change(self, action: Action, target: str = "") -> Iterator[None]:
        """Check the role, then run the block in one transaction (the block writes its audit entry)."""
        self.require(action, target)
        with repo.atomic():
            yield

    # --- re-authentication (R19) ---------------------------------------------------------
    def confirm_password(self, password: str) -> None:
        """Prove the password again; raises LoginFailed (audited) when wrong, Throttled after 5 failures."""
        now = self.wall()
        wait = ks.throttle_delay(self._reauth_failures) - (now - self._reauth_last)
        if self._reauth_failures and wait > 0:
            raise Throttled(wait)
        slot = self.office.slots.for_user(self.user.uid)
        try:
            if slot is None:
                raise InvalidTag()
            key = ks.unwrap(slot, password, self.office.slots.db_uuid)
            ks.wipe(key)
        except InvalidTag:
            self._reauth_failures += 1
            self._reauth_last = now
            with repo.atomic():
                self.audit("session.reauth", result="failed", failures=self._reauth_failures)
            raise LoginFailed() from None
        self._reauth_failures = 0
        self.proof_at = self.now()
        with repo.atomic():
            self.audit("session.reauth")

    def proof_is_fresh(self) -> bool:
        return self.proof_at is not None and self.now() - self.proof_at <= REAUTH_WINDOW

    def require_fresh_proof(self) -> None:
        if not self.proof_is_fresh():
            raise ReauthRequired()

    # --- lock / unlock (R18) -------------------------------------------------------------
    def lock(self, reason: str = "idle") -> None:
        """Close the database and forget the key first; then let the screens clear themselves (R18).

        A failing listener (e.g. a window already deleted) cannot leave the session half locked.
        """
        if self._office is None:
            return
        self._before_close()
        office = self._office
        audit_guard.before_close(self)  # an administrator's session signs a checkpoint
        with contextlib.suppress(Exception):
            with repo.atomic():
                office.audit.append(ts=self.now(), actor=self.user.uid, action="session.lock",
                                    details={"reason": reason})
        self._office = None
        self.proof_at = None
        try:
            office.close()
        finally:
            for listener in list(self.lock_listeners):
                try:
                    listener()
                except Exception:  # noqa: BLE001 - one broken screen must not stop the others clearing
                    log.error("a lock listener failed: %s", type(listener).__name__)

    def unlock(self, password: str) -> None:
        if self._office is not None:
            return
        office, _ = _open_for(self.files, self.user.username, password, wall=self.wall, clock=self.clock)
        self._office = office
        self.proof_at = self.now()
        with repo.atomic():
            self.audit("session.unlock")
        self.notices += export_pending.recover(self.audit)
        audit_guard.after_open(self)  # record a lost audit tail, forward-secure start, checkpoint

    def take_notices(self) -> list[ServiceError]:
        """The notices not shown yet (each is shown once)."""
        notices, self.notices = self.notices, []
        return notices

    def _before_close(self) -> None:  # screens keep unsaved work while the database is still open
        for listener in list(self.before_close_listeners):
            with contextlib.suppress(Exception):  # a failing one cannot stop the close; it logs itself
                listener()

    def logout(self) -> None:
        if self._office is None:
            return
        self._before_close()
        office = self._office
        audit_guard.before_close(self)  # an administrator's session signs a checkpoint
        with contextlib.suppress(Exception):
            with repo.atomic():
                office.audit.append(ts=self.now(), actor=self.user.uid, action="session.logout")
        self._office = None
        office.close()

    # --- settings --------------------------------------------------------------------------
    def settings(self) -> OfficeSettings:
        self.ensure_unlocked()
        found = repo.get_settings({"office_name": "", "privacy_officer_name": "", "privacy_officer_contact": "",
                                   "autolock_minutes": 10})  # one statement (read at every phone entry)
        return OfficeSettings(office_name=found["office_name"], privacy_officer_name=found["privacy_officer_name"],
                              privacy_officer_contact=found["privacy_officer_contact"],
                              autolock_minutes=int(found["autolock_minutes"]))

    def refresh_user(self) -> None:
        row = repo.user_by_uid(self.user.uid)
        if row is not None:
            self.user = _current(row)


def _current(row: repo.UserRow) -> CurrentUser:
    return CurrentUser(row.uid, row.username, row.display_name, Role(row.role), row.must_change_password)


def office_exists(data_dir: Path) -> bool:
    return OfficeFiles(Path(data_dir)).exists()


def check_new_data_folder(data_dir: Path) -> None:
    """Raise a clear error if a new office cannot be created in ``data_dir`` (creates the folder)."""
    prepare_folder(Path(data_dir))
    if office_exists(data_dir):
        raise OfficeExists()
    if not folder_is_empty(Path(data_dir)):
        raise FolderNotEmpty()  # an office is only created in an empty folder


def create_office(data_dir: Path, *, office_name: str, privacy_officer_name: str, privacy_officer_contact: str,
                  admin_username: str, admin_display_name: str, admin_password: str, admin_password_confirm: str,
                  kdf: ks.KdfParams = ks.PRODUCTION_KDF, clock: Clock = utc_now,
                  wall: Callable[[], float] = system_clock.system_seconds) -> tuple[Session, str]:
    """Create a new office with its first administrator. Returns the session and the recovery code."""
    from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

    files = OfficeFiles(Path(data_dir))
    name = office_name.strip()
    if not name or len(name) > 200 or "\0" in name:
        raise ValidationError(QT_TRANSLATE_NOOP("Office", "Enter the office name (at most 200 characters)."))
    officer = accounts.validate_display_name(privacy_officer_name)
    contact = privacy_officer_contact.strip()
    if not contact or len(contact) > 200 or "\0" in contact:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Office", "Enter how to reach the privacy officer (at most 200 characters).")
        )
    username = accounts.validate_username(admin_username)
    display = accounts.validate_display_name(admin_display_name)
    password = accounts.validate_new_password(admin_password, admin_password_confirm, [username, display, name])
    if files.exists() and not files.server:  # a server office is created once its slots are found missing
        raise OfficeExists()
    uid = str(uuid.uuid4())
    office, code = store_create_office(files, admin_uid=uid, admin_username=username, admin_password=password,
                                       kdf=kdf)
    try:
        audit_guard.attach(office)
        now = clock()
        with repo.atomic():
            repo.set_setting("office_name", name)
            repo.set_setting("privacy_officer_name", officer)
            repo.set_setting("privacy_officer_contact", contact)
            repo.set_setting("autolock_minutes", 10)
            repo.set_setting("created_at", now.isoformat())
            row = repo.insert_user(uid=uid, username=username, display_name=display, role=Role.ADMIN.value,
                                   must_change_password=False, created_at=now.isoformat())
            office.audit.append(ts=now, actor=uid, action="office.create", target=office.slots.db_uuid)
            office.audit.append(ts=now, actor=uid, action="user.create", target=uid,
                                details={"role": Role.ADMIN.value})
            office.audit.append(ts=now, actor=uid, action="recovery.slot_create")
        session = Session(office, _current(row), clock=clock, kdf=kdf, wall=wall)
        audit_guard.after_open(session)  # anchors, forward-secure start, first checkpoint
    except BaseException:
        office.close()
        raise
    return session, code


def _queue_failure(slots: ks.SlotFile, tag: str, event: str, when: datetime) -> None:
    slots.pending.append({"ts": when.isoformat(), "tag": tag[:16], "event": event})
    del slots.pending[:-PENDING_LIMIT]


def _flush_pending(office: OpenOffice) -> bool:
    """Write queued failed attempts into the audit log. Returns True if there were any."""
    pending, office.slots.pending = office.slots.pending, []
    tags = {s.tag[:16]: s.user_id for s in office.slots.slots}
    for ev in pending:
        try:
            when = datetime.fromisoformat(str(ev["ts"]))
        except (KeyError, ValueError, TypeError):
            continue
        target = tags.get(str(ev.get("tag")), "unknown-user")
        office.audit.append(ts=when, actor="anonymous", action=str(ev.get("event", "login.failed"))[:64],
                            target=target, result="failed")
    return bool(pending)


def _load_slots(files: OfficeFiles, use_key_backup: bool) -> tuple[ks.SlotFile, bool]:
    """The slot file, or its intact previous copy when the user chose it (offered, never taken silently)."""
    try:
        return load_slots(files), False
    except FileNotFoundError:
        raise NoOffice() from None
    except SlotFileError:
        previous = backup_slots(files)
        if previous is None:
            raise
        if not use_key_backup:
            raise KeyFileBackupAvailable() from None
        return previous, True


def _save_attempt(slots: ks.SlotFile, from_backup: bool) -> None:
    """Record a failed attempt in the slot file (best effort). Never over a damaged key file whose
    previous copy is being tried: that file stays as it is until the copy has opened the office."""
    if from_backup:
        return
    with contextlib.suppress(OSError):
        slots.save()


def _open_for(files: OfficeFiles, username: str, password: str, *, wall: Callable[[], float],
              clock: Clock, use_key_backup: bool = False) -> tuple[OpenOffice, repo.UserRow]:
    slots, from_backup = _load_slots(files, use_key_backup)
    name = accounts.normalise_username(username)
    tag = ks.make_tag(slots.db_uuid, name)
    if slots.find(tag) is None:
        # Never keep a hash of what was typed for an unknown user (it may be a password typed into the
        # username field): all unknown names share one throttle bucket.
        tag = UNKNOWN_TAG
    now = wall()
    wait = slots.wait_seconds(tag, now)
    if wait > 0:
        _queue_failure(slots, tag, "login.throttled", clock())
        _save_attempt(slots, from_backup)
        raise Throttled(wait)
    slot = slots.find(tag)
    if slot is not None and slot.kind != ks.KIND_PASSWORD:
        slot = None
    try:
        office = unlock_with_slot(files, slots, slot, password)
    except BadCredentials:
        slots.record_failure(tag, now)
        _queue_failure(slots, tag, "login.failed", clock())
        _save_attempt(slots, from_backup)
        raise LoginFailed() from None
    try:
        audit_guard.attach(office)  # compare the audit head with its anchors before anything is appended
        row = repo.user_by_uid(slot.user_id) if slot else None
        if row is None or not row.active:
            raise LoginFailed()
        if from_backup:
            restore_slots_backup(office)
        if row.role != Role.ADMIN.value:
            office.signing_key = None  # a demoted administrator's old slot may still wrap it (R23)
        changed = office.slots.record_success(tag)
        with repo.atomic():
            changed = _flush_pending(office) or changed
            if changed:
                office.slots.save()
    except BaseException:
        office.close()
        raise
    return office, row


def login(data_dir: Path, username: str, password: str, *, kdf: ks.KdfParams = ks.PRODUCTION_KDF,
          clock: Clock = utc_now, wall: Callable[[], float] = system_clock.system_seconds,
          use_key_backup: bool = False) -> Session:
    """Unlock the office with a username and password. One error for every kind of failure (R16).

    ``use_key_backup``: the user chose to open with the previous copy of a damaged key file (after
    :class:`KeyFileBackupAvailable`); the restore is audited.
    """
    office, row = _open_for(OfficeFiles(Path(data_dir)), username, password, wall=wall, clock=clock,
                            use_key_backup=use_key_backup)
    session = Session(office, _current(row), clock=clock, kdf=kdf, wall=wall)
    try:
        with repo.atomic():
            if office.restored_generation is not None:
                session.audit("keys.backup_restored", generation=office.restored_generation)
            session.audit("login.ok", target=row.uid)
            server_upgrade.record_upgrades(session)  # an office server upgraded since: audited by an admin
        session.notices += export_pending.recover(session.audit)  # leftovers of an export that was killed
        mailbox_rehash.rehash_mailboxes(office.key, session.audit, migrated=bool(office.migrated))  # pre-schema-8
        audit_guard.after_open(session)  # record a lost audit tail, forward-secure start, checkpoint
    except BaseException:
        office.close()  # e.g. a full disk: the office is not left open (and locked) behind the error
        raise
    return session


def recover(data_dir: Path, code: str, admin_username: str, new_password: str, confirm: str, *,
            kdf: ks.KdfParams = ks.PRODUCTION_KDF, clock: Clock = utc_now,
            wall: Callable[[], float] = system_clock.system_seconds) -> Session:
    """Open the office with the recovery code and set a new password for an administrator (R15)."""
    files = OfficeFiles(Path(data_dir))
    try:
        slots = load_slots(files)
    except FileNotFoundError:
        raise NoOffice() from None
    now = wall()
    wait = slots.wait_seconds(ks.KIND_RECOVERY, now)
    if wait > 0:
        raise Throttled(wait)
    slot = next((s for s in slots.slots if s.kind == ks.KIND_RECOVERY), None)
    try:
        office = unlock_with_slot(files, slots, slot, ks.normalise_recovery_code(code))
    except BadCredentials:
        slots.record_failure(ks.KIND_RECOVERY, now)
        _queue_failure(slots, ks.KIND_RECOVERY, "recovery.failed", clock())
        with contextlib.suppress(OSError):
            slots.save()
        raise RecoveryFailed() from None
    try:
        name = accounts.normalise_username(admin_username)
        row = repo.user_by_username(name)
        if row is None or not row.active or row.role != Role.ADMIN.value:
            from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

            raise ValidationError(
                QT_TRANSLATE_NOOP("Office", "Enter the username of an active administrator of this office.")
            )
        password = accounts.validate_new_password(new_password, confirm, [name, row.display_name])
        office.slots.record_success(ks.KIND_RECOVERY)
        office.slots.put(ks.wrap(office.key, password, slot_id=str(uuid.uuid4()), user_id=row.uid,
                                 tag=ks.make_tag(office.slots.db_uuid, name), kind=ks.KIND_PASSWORD,
                                 db_uuid=office.slots.db_uuid, params=kdf, signing_key=office.signing_key))
        with repo.atomic():
            _flush_pending(office)
            repo.update_user(row.uid, must_change_password=False)
            office.audit.append(ts=clock(), actor=row.uid, action="recovery.used", target=row.uid)
            office.audit.append(ts=clock(), actor=row.uid, action="user.password_reset", target=row.uid,
                                details={"by": "recovery_code"})
            office.slots.save()
        row = repo.user_by_uid(row.uid) or row
    except BaseException:
        office.close()
        raise
    return Session(office, _current(row), clock=clock, kdf=kdf, wall=wall)

"""Staff accounts: create, reset password, change role, deactivate, change own password.

Every change writes one audit entry; user management needs a password proof at most five
minutes old (R19). The slot file is written inside the database transaction, so a failed slot
write rolls the database change back.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag

from desktop.domain import accounts
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import POST_APPROVERS_KEY, Action, Role, may_be_appointed
from desktop.services import keys
from desktop.services.errors import LoginFailed, NotFound
from desktop.services.session import Session
from desktop.store import keyslots as ks
from desktop.store import repo


@dataclass(frozen=True)
class UserInfo:
    uid: str
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    created_at: str
    deactivated_at: str | None
    post_approver: bool = False  # appointed 担当責任者 for posts (000 §2-4(1))


def _appointed() -> list[str]:
    return [str(u) for u in repo.get_setting(POST_APPROVERS_KEY, [])]


def _info(row: repo.UserRow, appointed: Collection[str] = ()) -> UserInfo:
    return UserInfo(row.uid, row.username, row.display_name, Role(row.role), row.active,
                    row.must_change_password, row.created_at, row.deactivated_at,
                    row.uid in appointed and may_be_appointed(row.role))


def _context(session: Session, *words: str) -> list[str]:
    return [w for w in (*words, session.settings().office_name) if w]


def list_users(session: Session) -> list[UserInfo]:
    session.require(Action.USERS_MANAGE)
    appointed = set(_appointed())
    return [_info(r, appointed) for r in repo.list_users()]


def set_post_approver(session: Session, uid: str, appointed: bool) -> None:
    """Appoint an advisor as responsible person for posts (担当責任者), or end the appointment.

    The appointed person approves posts like a manager (000 §2-4(1)), except their own. One audit entry.
    """
    session.require(Action.USERS_MANAGE, uid)
    session.require_fresh_proof()
    row = _existing(uid)
    if appointed and not (row.active and may_be_appointed(row.role)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Accounts", "Only an active advisor can be appointed responsible person for posts. Managers approve "
                        "posts anyway; administrators do not approve posts."))
    current = _appointed()
    if (uid in current) == appointed:
        return
    updated = [u for u in current if u != uid] + ([uid] if appointed else [])
    with repo.atomic():
        repo.set_setting(POST_APPROVERS_KEY, updated)
        session.audit("user.post_approver", target=uid, appointed=appointed)


@dataclass(frozen=True)
class ApproverCheck:
    """Who can approve posts: managers and appointed responsible persons (active)."""

    managers: int
    appointed: int

    @property
    def total(self) -> int:
        return self.managers + self.appointed

    @property
    def dead_end(self) -> bool:
        """Some post would have no one to approve it: nobody at all, or the only approver's own posts."""
        return self.total < 2


def approver_check(session: Session) -> ApproverCheck:
    """For administrators: whether every post has someone other than its author to approve it."""
    session.require(Action.USERS_MANAGE)
    appointed = set(_appointed())
    rows = [r for r in repo.list_users() if r.active]
    managers = sum(1 for r in rows if r.role == Role.MANAGER.value)
    return ApproverCheck(managers, sum(1 for r in rows if r.uid in appointed and may_be_appointed(r.role)))


def _existing(uid: str) -> repo.UserRow:
    row = repo.user_by_uid(uid)
    if row is None:
        raise NotFound()
    return row


def create_user(session: Session, *, username: str, display_name: str, role: Role | str,
                initial_password: str, confirm: str) -> UserInfo:
    session.require(Action.USERS_MANAGE)
    session.require_fresh_proof()
    name = accounts.validate_username(username)
    display = accounts.validate_display_name(display_name)
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "Choose a role.")) from None
    password = accounts.validate_new_password(initial_password, confirm, _context(session, name, display))
    if repo.user_by_username(name) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "This username is already taken."))
    office = session.office
    uid = str(uuid.uuid4())
    slot = ks.wrap(office.key, password, slot_id=str(uuid.uuid4()), user_id=uid,
                   tag=ks.make_tag(office.slots.db_uuid, name), kind=ks.KIND_PASSWORD,
                   db_uuid=office.slots.db_uuid, params=session.kdf,
                   signing_key=office.signing_key if role is Role.ADMIN else None)
    with repo.atomic():
        row = repo.insert_user(uid=uid, username=name, display_name=display, role=role.value,
                               must_change_password=True, created_at=session.now().isoformat())
        session.audit("user.create", target=uid, role=role.value)
        office.slots.put(slot)
        try:
            office.slots.save()
        except BaseException:
            office.slots.remove_user(uid)
            raise
    return _info(row)


def reset_password(session: Session, uid: str, *, new_password: str, confirm: str) -> None:
    """An administrator sets a new initial password; the user must change it at next login."""
    session.require(Action.USERS_MANAGE, uid)
    session.require_fresh_proof()
    row = _existing(uid)
    if not row.active:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "This user is deactivated."))
    password = accounts.validate_new_password(new_password, confirm, _context(session, row.username,
                                                                              row.display_name))
    office = session.office
    old = office.slots.for_user(uid)
    slot = ks.wrap(office.key, password, slot_id=str(uuid.uuid4()), user_id=uid,
                   tag=ks.make_tag(office.slots.db_uuid, row.username), kind=ks.KIND_PASSWORD,
                   db_uuid=office.slots.db_uuid, params=session.kdf,
                   signing_key=office.signing_key if row.role == Role.ADMIN.value else None)
    with repo.atomic():
        repo.update_user(uid, must_change_password=uid != session.user.uid)
        session.audit("user.password_reset", target=uid)
        office.slots.put(slot)
        try:
            office.slots.save()
        except BaseException:
            if old is not None:
                office.slots.put(old)
            raise


def change_role(session: Session, uid: str, role: Role | str) -> None:
    session.require(Action.USERS_MANAGE, uid)
    session.require_fresh_proof()
    row = _existing(uid)
    new_role = Role(role)
    accounts.check_admin_remains(row.role, new_role, repo.count_active_admins())
    if row.role == new_role.value:
        return
    office = session.office
    slot = office.slots.for_user(uid)
    strip = row.role == Role.ADMIN.value and slot is not None and slot.sk_ct is not None
    with repo.atomic():
        repo.update_user(uid, role=new_role.value)
        session.audit("user.role_change", target=uid, old=row.role, new=new_role.value)
        if strip and slot is not None:
            # a former administrator's slot no longer wraps the checkpoint signing key (R23)
            saved = (slot.sk_nonce, slot.sk_ct)
            slot.sk_nonce = slot.sk_ct = None
            try:
                office.slots.save()
            except BaseException:
                slot.sk_nonce, slot.sk_ct = saved
                raise
    if uid == session.user.uid:
        session.refresh_user()


def deactivate_user(session: Session, uid: str, *, rekey: bool = True) -> None:
    """Remove the user's key slot; their history stays.

    By default the database key is then changed (R8, R14), so a copy of the old slot file the user
    may have kept opens nothing. Backups made before still open with their old password.
    """
    session.require(Action.USERS_MANAGE, uid)
    session.require_fresh_proof()
    row = _existing(uid)
    if uid == session.user.uid:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "You cannot deactivate your own account."))
    if not row.active:
        return
    accounts.check_admin_remains(row.role, None, repo.count_active_admins())
    office = session.office
    old = office.slots.for_user(uid)
    with repo.atomic():
        repo.update_user(uid, active=False, deactivated_at=session.now().isoformat())
        session.audit("user.deactivate", target=uid)
        office.slots.remove_user(uid)
        try:
            office.slots.save()
        except BaseException:
            if old is not None:
                office.slots.put(old)
            raise
    if rekey:
        keys.change_key(session, "user.deactivate")


def change_own_password(session: Session, *, current: str, new_password: str, confirm: str) -> None:
    """Everyone may change their own password; the current one is required (R12)."""
    session.require(Action.OWN_PASSWORD)
    office = session.office
    user = session.user
    slot = office.slots.for_user(user.uid)
    try:
        if slot is None:
            raise InvalidTag()
        ks.wipe(ks.unwrap(slot, current, office.slots.db_uuid))
    except InvalidTag:
        with repo.atomic():
            session.audit("user.password_change", target=user.uid, result="failed")
        raise LoginFailed() from None
    password = accounts.validate_new_password(new_password, confirm, _context(session, user.username,
                                                                              user.display_name))
    if password == current:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The new password must differ from the current one."))
    new_slot = ks.wrap(office.key, password, slot_id=str(uuid.uuid4()), user_id=user.uid,
                       tag=ks.make_tag(office.slots.db_uuid, user.username), kind=ks.KIND_PASSWORD,
                       db_uuid=office.slots.db_uuid, params=session.kdf,
                       signing_key=office.signing_key if user.role is Role.ADMIN else None)
    with repo.atomic():
        repo.update_user(user.uid, must_change_password=False)
        session.audit("user.password_change", target=user.uid)
        office.slots.put(new_slot)
        try:
            office.slots.save()
        except BaseException:
            office.slots.put(slot)
            raise
    session.refresh_user()
    session.proof_at = session.now()


def mark_password_chosen(session: Session, uid: str) -> None:
    """For demo offices only: skip the forced first-login password change of a seeded account."""
    session.require(Action.USERS_MANAGE, uid)
    with repo.atomic():
        repo.update_user(uid, must_change_password=False)
        session.audit("user.demo_seed", target=uid)

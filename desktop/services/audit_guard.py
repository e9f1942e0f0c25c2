"""The audit log's guard at every opening and closing of an office (R23, R24).

At every opening (login, unlock, creation) the database's audit head is compared with the anchors outside
it (:mod:`desktop.store.anchor`) *before* anything is appended; a loss found is written into the log
itself ("audit.loss_detected", with the lost sequence numbers and times) and reported once as a notice,
then the anchors move on. An administrator's session then starts the forward-secure chain (once) and
signs a checkpoint; it signs again at logout and lock, and at backups (:mod:`desktop.services.backup`).
Sessions are passed in (this module does not import :mod:`desktop.services.session`).
"""

from __future__ import annotations

import contextlib
import json
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.services.errors import ServiceError
from desktop.store import anchor as store_anchor
from desktop.store import audit as store_audit
from desktop.store import audit_fs, repo
from desktop.store import checkpoints as store_cp
from desktop.store.anchor import HeadFinding
from desktop.store.errors import DiskFull

__all__ = ["LOSS_ACTION", "AuditFinding", "after_open", "attach", "before_close", "check_heads", "head_line",
           "lost_line",
           "drop_permit", "permit_rollback", "sign_if_due", "sign_if_possible", "signed_seqs"]

LOSS_ACTION = "audit.loss_detected"


class AuditFinding(ServiceError):
    """One line of a verification or unlock check (translatable, no personal data)."""


def sign_if_possible(session: Any) -> dict[str, Any] | None:
    """Sign the chain's committed head and record that in the log (administrators only).

    The signed file is written first, then the "audit.checkpoint" entry naming the seq it covers: a crash
    between the two leaves a valid checkpoint the log does not mention (no alarm); the opposite order would
    leave a log entry whose checkpoint is missing, which verification reports as a removed checkpoint.
    """
    office = session.office
    if office.signing_key is None:
        return None
    seq, mac_hex, _ts = store_audit.head()
    if seq == 0:
        return None
    state = audit_fs.load()
    doc = store_cp.sign(office.signing_key, db_uuid=office.slots.db_uuid, seq=seq, mac_hex=mac_hex,
                        time=session.now().isoformat(), fs_start=state.start_seq if state else None,
                        anchors=store_cp.SIGNED_ANCHORS)
    store_cp.append(session.files.data_dir, doc)
    with repo.atomic():
        session.audit("audit.checkpoint", covers=seq)
    if office.audit.keeper is not None:
        office.audit.keeper.signed_at = session.now()
    return doc


def sign_if_due(session: Any) -> None:
    """Sign again when an administrator's session has not signed for a day (called outside transactions)."""
    office = session.office
    keeper = office.audit.keeper
    if office.signing_key is None or keeper is None or office.db.transaction_depth() != 0:
        return
    if keeper.signed_at is not None and session.now() - keeper.signed_at < timedelta(days=1):
        return
    try:
        sign_if_possible(session)
    except OSError:  # a full disk must not stop the action; the next action tries again
        return


def signed_seqs(entries: list[Any]) -> list[int]:
    """The seqs the log says were signed (older entries signed their own seq; newer ones name it)."""
    return [int(e.details.get("covers", e.seq)) for e in entries]


# Room an opening needs for its own bookkeeping, checked before its first write. Every opening writes:
# the login/unlock entry, an administrator's forward-secure start and checkpoint entry, the verify and logout
# entries (a few WAL frames each, up to tens of KiB in a large office), the head anchor twice, and the
# checkpoint file once more. A disk that fills up *between* those commits would leave an office that is
# consistent (the anchor only ever lags the database) but changed, after a command that reports
# "the disk is full, nothing was changed". So the opening refuses up front, before anything is written,
# when less than this (plus the checkpoint file's size, which is rewritten whole) is free: then a full
# disk either stops the command with every file as it was, or the command has room to finish.
OPENING_ROOM = 1024 * 1024


def require_room(data_dir: Any) -> None:
    """Raise DiskFull, before any write, when the office folder has no room for an opening's bookkeeping."""
    folder = Path(data_dir)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: the writes themselves report what goes wrong
    need = OPENING_ROOM
    with contextlib.suppress(OSError):
        need += (folder / store_cp.FILE_NAME).stat().st_size
    if free < need:
        raise DiskFull()


def attach(office: Any) -> None:
    """Install the head anchor and check it, before anything is appended (called by the unlock, which
    closes the office again if this raises)."""
    if getattr(office.audit, "keeper", None) is not None:
        return
    require_room(office.files.data_dir)
    keeper = store_anchor.attach(office)
    keeper.findings = check_heads(office)
    if keeper.findings and _permitted(office, keeper.findings):
        keeper.restored, keeper.findings = keeper.findings, []
    keeper.enabled = not (keeper.findings or keeper.restored)  # keep the evidence until it is in the log
    office.audit.keeper = keeper


def check_heads(office: Any) -> list[HeadFinding]:
    """The open database's head against both anchors, their signed parts included."""
    data_dir, uuid = office.files.data_dir, office.slots.db_uuid
    public = store_anchor.public_key_of(office)
    signed = store_cp.anchors_signed(data_dir, public, uuid)
    # an anchor is expected once the forward-secure chain runs, or once a signed checkpoint says anchors are
    # kept (the key state can be deleted along with the log; the signed checkpoint cannot be forged). On the
    # office server the folder is this PC's own: a PC's first opening finds none (and writes it); the anchors of
    # the PCs that opened the office before are the evidence the server's administrator cannot reach.
    expect = (signed or audit_fs.load() is not None) and not office.files.server
    return store_anchor.compare(store_anchor.read(data_dir, uuid), public_hex=public, db_uuid=uuid,
                                expect_anchor=expect, expect_signed=signed)


def permit_rollback(session: Any) -> None:
    """Before a restore (administrators): sign the current head, so the next opening knows that a database
    behind it is the restore, not a loss. Kept outside the office folder, next to the user's anchor copy."""
    office = session.office
    if office.signing_key is None:
        return
    seq, mac_hex, _ts = store_audit.head()
    doc = store_cp.sign(office.signing_key, db_uuid=office.slots.db_uuid, seq=seq, mac_hex=mac_hex,
                        time=session.now().isoformat())
    path = store_anchor.permit_path(session.files.data_dir, office.slots.db_uuid)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(json.dumps(doc), encoding="utf-8")


def _permitted(office: Any, found: list[HeadFinding]) -> bool:
    path = store_anchor.permit_path(office.files.data_dir, office.slots.db_uuid)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    public = office.slots.audit_public_key
    if not (isinstance(doc, dict) and public and store_cp.signature_ok(public, doc)
            and doc.get("db_uuid") == office.slots.db_uuid):
        return False
    # single use (removed when recorded, or by a restore that fails); its seq is the head before the restore
    return all(f.problem in ("behind", "rewritten") and (f.lost_from or 0) <= int(doc["seq"]) + 1 for f in found)


def drop_permit(data_dir: Any, db_uuid: str) -> None:
    store_anchor.permit_path(data_dir, db_uuid).unlink(missing_ok=True)


def _record_restore(session: Any, keeper: Any) -> None:
    """Record the restore's rollback in the log, set aside checkpoints of the dropped entries, move on."""
    office = session.office
    kept = min((f.lost_from or 1) for f in keeper.restored) - 1
    dropped_to = max((f.lost_to or 0) for f in keeper.restored)
    with repo.atomic():
        session.audit("audit.restore_rollback", lost_from=kept + 1, lost_to=dropped_to)
    store_cp.set_aside_after(session.files.data_dir, kept, session.now().strftime("%Y%m%d-%H%M%S"))
    store_anchor.permit_path(session.files.data_dir, office.slots.db_uuid).unlink(missing_ok=True)
    keeper.restored = []
    keeper.enabled = True
    keeper.dirty = True
    keeper.flush(force=True)


def after_open(session: Any) -> None:
    """After login, unlock or creation: record a detected loss, start the forward-secure chain, sign."""
    office = session.office
    attach(office)
    keeper = office.audit.keeper
    if keeper.restored:
        _record_restore(session, keeper)
    if keeper.findings:
        merged: dict[tuple[Any, ...], list[HeadFinding]] = {}  # the office's and the user's copy agree: one entry
        for f in keeper.findings:
            merged.setdefault((f.problem, f.lost_from, f.lost_to), []).append(f)
        with repo.atomic():
            for group in merged.values():
                f = group[0]
                session.audit(LOSS_ACTION, result="failed", where=",".join(g.where for g in group),
                              problem=f.problem, lost_from=f.lost_from, lost_to=f.lost_to, kept_ts=f.kept_ts,
                              anchor_ts=max(g.anchor_ts for g in group))
        lost = [g[0] for g in merged.values() if g[0].problem in ("behind", "rewritten")]
        session.notices += [head_line(f) for f in lost] or [head_line(keeper.findings[0])]
        keeper.findings = []
        keeper.enabled = True
        keeper.dirty = True
        keeper.flush(force=True)
    if office.signing_key is not None:
        office.audit.k0 = audit_fs.initial_key(office.signing_key, office.slots.db_uuid)
        with repo.atomic():
            office.audit.start_forward_secure(office.signing_key, office.slots.db_uuid, ts=session.now(),
                                              actor=session.user.uid)
        sign_if_possible(session)


def before_close(session: Any) -> None:
    """At logout and lock: an administrator's session signs a checkpoint (never stops the close)."""
    try:
        if session.office.signing_key is not None:
            sign_if_possible(session)
    except Exception:  # noqa: BLE001 - a full disk must not keep the session open
        return


def lost_line(first: int | None, last: int | None, since: str, until: str) -> AuditFinding:
    if last is None:
        return AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "Audit entries from number %1 on were removed (after the entry of %2)."),
            first, since or "-")
    return AuditFinding(QT_TRANSLATE_NOOP(
        "AuditCheck", "Audit entries %1 to %2 are missing (%3 entries), lost between %4 and %5."),
        first, last, (last or 0) - (first or 0) + 1, since or "-", until or "-")


def head_line(f: HeadFinding) -> AuditFinding:
    if f.problem == "behind":
        return lost_line(f.lost_from, f.lost_to, f.kept_ts, f.anchor_ts)
    if f.problem == "rewritten":
        return AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "Audit entry %1 is not the one recorded outside the database at %2: the log was "
                          "rewritten or replaced by an older copy."), f.lost_from, f.anchor_ts or "-")
    if f.problem == "missing":
        return AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "The audit head file next to the database is missing."))
    if f.problem == "damaged":
        return AuditFinding(QT_TRANSLATE_NOOP("AuditCheck", "An audit head file is damaged."))
    if f.problem == "signature":
        return AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "An audit head file carries a signature that is not the office's: it was forged."))
    if f.problem == "unsigned":
        return AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "An audit head file is not signed although this office signs them: it was replaced."))
    return AuditFinding(QT_TRANSLATE_NOOP("AuditCheck", "An audit head file belongs to another office."))



"""Signing and checking audit checkpoints, the head anchor and the forward-secure chain (R23, R24).

When checkpoints are signed: at every administrator's login and unlock, at logout and lock, at backups and
on demand (``sign_now``). Every office open checks the database's audit head against the anchors outside
it (:mod:`desktop.store.anchor`) before anything is appended; a loss found is written into the log itself
("audit.loss_detected", with the lost sequence numbers and times) and reported once as a notice, then the
anchors move on. ``verify_all`` re-walks the chain from the signing key's ``K_0`` and reports every finding
as one translatable line (:func:`findings`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.services.audit_guard import (
    LOSS_ACTION,
    AuditFinding,
    after_open,
    before_close,
    check_heads,
    head_line,
    lost_line,
    sign_if_possible,
    signed_seqs,
)
from desktop.services.session import Session
from desktop.store import anchor as store_anchor
from desktop.store import audit as store_audit
from desktop.store import audit_fs, repo
from desktop.store import checkpoints as store_cp
from desktop.store.anchor import HeadFinding
from desktop.store.audit import VerifyResult
from desktop.store.checkpoints import AnchorResult

__all__ = ["AnchorResult", "AuditFinding", "FullVerify", "after_open", "before_close", "findings",
           "sign_if_possible", "sign_now", "verify_all"]

def sign_now(session: Session) -> dict[str, Any] | None:
    session.require(Action.AUDIT_VERIFY)
    return sign_if_possible(session)


@dataclass(frozen=True)
class FullVerify:
    chain: VerifyResult
    anchors: list[AnchorResult]
    heads: list[HeadFinding] = field(default_factory=list)
    checkpoint_file: str = "ok"  # "ok" | "missing" | "damaged"
    missing_checkpoints: list[int] = field(default_factory=list)
    recorded: list[dict[str, Any]] = field(default_factory=list)  # losses found at earlier unlocks
    head: tuple[int, str, str] = (0, "", "")  # the database's last seq, MAC and time
    lost_until: str = ""  # the latest time known of lost entries (stored key state, anchors, checkpoints)

    @property
    def ok(self) -> bool:
        return (self.chain.ok and self.chain.unverified == 0 and all(a.ok for a in self.anchors)
                and not self.heads and self.checkpoint_file == "ok" and not self.missing_checkpoints
                and not self.recorded)


def verify_all(session: Session, extra: list[dict[str, Any]] | None = None) -> FullVerify:
    """Re-walk the chain and check every checkpoint (the office's file, plus any given, e.g. from backups),
    the head anchors and the checkpoints the log says were signed."""
    session.require(Action.AUDIT_VERIFY)
    office = session.office
    k0 = audit_fs.initial_key(office.signing_key, office.slots.db_uuid) if office.signing_key else None
    file_state, own = store_cp.load_state(session.files.data_dir)
    checkpoints = own + list(extra or [])
    wanted = frozenset(int(c["seq"]) for c in checkpoints if isinstance(c.get("seq"), int))
    # one streaming pass: the chain, the MACs the checkpoints name, the log's checkpoint and loss entries
    chain = office.audit.verify(k0=k0, watch=frozenset({"audit.checkpoint", LOSS_ACTION}), want=wanted)
    mac_at = chain.macs if chain.ok else store_audit.macs_at(wanted)  # a broken chain stops the pass early
    watched = chain.watched if chain.ok else [
        e for e in store_audit.entries(action_prefix="audit.") if e.action in ("audit.checkpoint", LOSS_ACTION)]
    public = store_anchor.public_key_of(office) or repo.get_setting("audit_public_key", "")
    anchors = store_cp.check(checkpoints, public, office.slots.db_uuid, mac_at, store_audit.head()[0])
    signed = {int(c["seq"]) for c in own if isinstance(c.get("seq"), int)}
    logged = signed_seqs([e for e in watched if e.action == "audit.checkpoint"])
    if file_state == "ok" and logged and not own:
        file_state = "missing"
    missing = [s for s in logged if s not in signed] if file_state == "ok" else []
    keeper = getattr(office.audit, "keeper", None)
    heads = check_heads(office)
    if keeper is not None and keeper.findings:
        heads = heads or keeper.findings
    recorded = [e.details | {"seq": e.seq, "ts": e.ts} for e in watched if e.action == LOSS_ACTION]
    state = audit_fs.load()
    known = [a.ts for a in store_anchor.read(session.files.data_dir, office.slots.db_uuid) if a.state == "ok"]
    known += [a.time for a in anchors if a.problem == "beyond"]
    if chain.problem == "tail" and state is not None:
        known.append(state.last_ts)
    full = FullVerify(chain, anchors, heads, file_state, missing, recorded, store_audit.head(),
                      max((t for t in known if t), default=""))
    with repo.atomic():
        session.audit("audit.verify", result="ok" if full.ok else "failed", count=chain.count,
                      first_bad_seq=chain.first_bad_seq, anchors=len(anchors),
                      anchors_failed=sum(1 for a in anchors if not a.ok), heads=len(heads),
                      checkpoint_file=file_state, checkpoints_missing=len(missing))
    return full


def findings(full: FullVerify) -> list[AuditFinding]:
    """Every problem of a verification as one translatable line each (empty when all is well)."""
    out: list[AuditFinding] = []
    c = full.chain
    if not c.ok:
        if c.problem in ("gap", "skipped", "tail"):
            out.append(lost_line(c.lost_from, c.lost_to, c.last_ts, full.lost_until))
        elif c.problem == "state":
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "The audit key record was removed: entries after number %1 may be missing."),
                c.last_seq))
        else:
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "Audit entry %1 was changed, moved or written again (%2 entries before it are "
                              "intact)."), c.first_bad_seq, c.count))
    if c.unverified:
        out.append(AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "%1 audit entries can only be fully checked by an administrator."), c.unverified))
    out += [head_line(h) for h in full.heads]
    if full.checkpoint_file == "missing":
        out.append(AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "The signed checkpoint file is missing, although the log says checkpoints were signed.")))
    elif full.checkpoint_file == "damaged":
        out.append(AuditFinding(QT_TRANSLATE_NOOP("AuditCheck", "The signed checkpoint file is damaged.")))
    if len(full.missing_checkpoints) == 1:
        out.append(AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "The signed checkpoint for audit entry %1 is missing from the checkpoint file."),
            full.missing_checkpoints[0]))
    elif full.missing_checkpoints:
        out.append(AuditFinding(QT_TRANSLATE_NOOP(
            "AuditCheck", "%1 signed checkpoints (for audit entries %2 to %3) are missing from the checkpoint file."),
            len(full.missing_checkpoints), min(full.missing_checkpoints), max(full.missing_checkpoints)))
    for a in full.anchors:
        if a.ok:
            continue
        if a.problem == "beyond":
            kept, _mac, kept_ts = full.head
            out.append(lost_line(kept + 1, a.seq, kept_ts, a.time))
        elif a.problem == "signature":
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "A checkpoint's signature is not valid (checkpoint for entry %1)."), a.seq))
        elif a.problem == "other office":
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "A checkpoint belongs to another office (entry %1)."), a.seq))
        else:
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "Audit entry %1 no longer matches its signed checkpoint of %2."), a.seq, a.time))
    for r in full.recorded:
        if r.get("problem") == "behind":
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "Found at the opening of %1: audit entries %2 to %3 had been lost (between %4 "
                              "and %5)."), r.get("ts", "-"), r.get("lost_from"), r.get("lost_to"),
                r.get("kept_ts") or "-", r.get("anchor_ts") or "-"))
        elif r.get("problem") == "rewritten":
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "Found at the opening of %1: the audit log had been rewritten or replaced."),
                r.get("ts", "-")))
        else:
            out.append(AuditFinding(QT_TRANSLATE_NOOP(
                "AuditCheck", "Found at the opening of %1: an audit head file was missing or damaged."),
                r.get("ts", "-")))
    return out


def load_file(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(doc, dict) and "checkpoints" in doc:
        return list(doc["checkpoints"])
    return [doc] if isinstance(doc, dict) else []

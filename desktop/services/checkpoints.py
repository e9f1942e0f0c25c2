"""Signing and checking audit checkpoints (R23, R24)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.roles import Action
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import checkpoints as store_cp
from desktop.store import repo
from desktop.store.audit import VerifyResult
from desktop.store.checkpoints import AnchorResult

__all__ = ["AnchorResult", "FullVerify", "sign_if_possible", "sign_now", "verify_all"]


def sign_if_possible(session: Session) -> dict[str, Any] | None:
    """Write an "audit.checkpoint" entry and sign the chain up to it (administrators only)."""
    office = session.office
    if office.signing_key is None:
        return None
    with repo.atomic():
        seq = session.audit("audit.checkpoint")
    last = store_audit.entries(limit=1, newest_first=True)[0]
    assert last.seq == seq
    doc = store_cp.sign(office.signing_key, db_uuid=office.slots.db_uuid, seq=seq, mac_hex=last.mac_hex,
                        time=session.now().isoformat())
    store_cp.append(session.files.data_dir, doc)
    return doc


def sign_now(session: Session) -> dict[str, Any] | None:
    session.require(Action.AUDIT_VERIFY)
    return sign_if_possible(session)


@dataclass(frozen=True)
class FullVerify:
    chain: VerifyResult
    anchors: list[AnchorResult]

    @property
    def ok(self) -> bool:
        return self.chain.ok and all(a.ok for a in self.anchors)


def verify_all(session: Session, extra: list[dict[str, Any]] | None = None) -> FullVerify:
    """Re-walk the chain and check every checkpoint (the office's file, plus any given, e.g. from backups)."""
    session.require(Action.AUDIT_VERIFY)
    office = session.office
    chain = office.audit.verify()
    checkpoints = store_cp.load(session.files.data_dir) + list(extra or [])
    wanted = {int(c["seq"]) for c in checkpoints if isinstance(c.get("seq"), int)}
    mac_at = {e.seq: e.mac_hex for e in store_audit.entries() if e.seq in wanted}
    public = office.slots.audit_public_key or repo.get_setting("audit_public_key", "")
    anchors = store_cp.check(checkpoints, public, office.slots.db_uuid, mac_at)
    ok = chain.ok and all(a.ok for a in anchors)
    with repo.atomic():
        session.audit("audit.verify", result="ok" if ok else "failed", count=chain.count,
                      first_bad_seq=chain.first_bad_seq, anchors=len(anchors),
                      anchors_failed=sum(1 for a in anchors if not a.ok))
    return FullVerify(chain, anchors)


def load_file(path: Path) -> list[dict[str, Any]]:
    import json

    doc = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(doc, dict) and "checkpoints" in doc:
        return list(doc["checkpoints"])
    return [doc] if isinstance(doc, dict) else []

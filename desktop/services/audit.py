"""Reading and verifying the audit log (admins)."""

from __future__ import annotations

from desktop.domain.roles import Action
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import repo
from desktop.store.audit import AuditRecord, VerifyResult

__all__ = ["AuditRecord", "VerifyResult", "recent", "verify"]


def verify(session: Session) -> VerifyResult:
    """Re-walk the chain; the result itself is audited."""
    session.require(Action.AUDIT_VERIFY)
    result = session.office.audit.verify()
    with repo.atomic():
        session.audit("audit.verify", result="ok" if result.ok else "failed", count=result.count,
                      first_bad_seq=result.first_bad_seq)
    return result


def recent(session: Session, limit: int = 200, action_prefix: str | None = None) -> list[AuditRecord]:
    session.require(Action.AUDIT_VIEW)
    return store_audit.entries(limit=limit, newest_first=True, action_prefix=action_prefix)

"""Posts: incidents on the office's accounts (flaming, impersonation, false posts; P6)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.domain.errors import UnknownRecord
from desktop.domain.incidents import validate_incident
from desktop.domain.roles import Action
from desktop.services.errors import NotFound
from desktop.services.posts.rows import (
    accounts_by_id,
    staff_names,
)
from desktop.services.posts.views import (
    AccountInfo,
    IncidentInfo,
    IncidentInput,
    IncidentKind,
    IncidentStatus,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

# --------------------------------------------------------------------------- incidents (P6)


def _incident_info(
    row: posts_repo.IncidentRow, accounts: Mapping[int, AccountInfo], names: Mapping[str, str]
) -> IncidentInfo:
    account = accounts.get(row.account_id) if row.account_id is not None else None
    return IncidentInfo(
        row.id,
        IncidentKind(row.kind),
        row.account_id,
        account.name if account else "",
        row.post_id,
        row.platform_ref,
        row.description,
        date.fromisoformat(row.takedown_requested_on) if row.takedown_requested_on else None,
        row.actions,
        row.outcome,
        IncidentStatus(row.status),
        names.get(row.created_by, ""),
        row.created_at,
        row.updated_at,
    )


def _incident_fields(data: IncidentInput) -> dict[str, Any]:
    """The stored fields of an incident that passes the domain's rules (:func:`validate_incident`)."""
    try:
        clean = validate_incident(
            data,
            account_exists=lambda account_id: posts_repo.get_account(account_id) is not None,
            post_exists=lambda post_id: posts_repo.get_post(post_id) is not None,
        )
    except UnknownRecord:
        raise NotFound() from None
    return {
        "kind": clean.kind.value,
        "status": clean.status.value,
        "description": clean.description,
        "account": clean.account_id,
        "post": clean.post_id,
        "platform_ref": clean.platform_ref,
        "takedown_requested_on": clean.takedown_requested_on.isoformat()
        if clean.takedown_requested_on
        else None,
        "actions": clean.actions,
        "outcome": clean.outcome,
    }


def record_incident(session: Session, data: IncidentInput) -> IncidentInfo:
    """Record flaming, impersonation or a false post about the office, with the actions taken (P6)."""
    session.require(Action.POST_COMPOSE)
    fields = _incident_fields(data)
    now = session.now().isoformat()
    with repo.atomic():
        row = posts_repo.insert_incident(
            **fields, created_by=session.user.uid, created_at=now, updated_at=now
        )
        session.audit(
            "incident.record",
            target=str(row.id),
            kind=row.kind,
            status=row.status,
            account=row.account_id,
            post=row.post_id,
        )
    return _incident_info(row, accounts_by_id(), staff_names())


def update_incident(session: Session, incident_id: int, data: IncidentInput) -> IncidentInfo:
    session.require(Action.POST_REVIEW, str(incident_id))
    old = posts_repo.get_incident(int(incident_id))
    if old is None:
        raise NotFound()
    fields = _incident_fields(data)
    before = {
        "kind": old.kind,
        "status": old.status,
        "description": old.description,
        "account": old.account_id,
        "post": old.post_id,
        "platform_ref": old.platform_ref,
        "takedown_requested_on": old.takedown_requested_on,
        "actions": old.actions,
        "outcome": old.outcome,
    }
    changed = sorted(k for k in fields if fields[k] != before[k])
    if changed:
        with repo.atomic():
            posts_repo.update_incident(old.id, **fields, updated_at=session.now().isoformat())
            session.audit("incident.update", target=str(old.id), fields=changed, status=fields["status"])
    row = posts_repo.get_incident(old.id)
    assert row is not None
    return _incident_info(row, accounts_by_id(), staff_names())


def list_incidents(session: Session, *, before_id: int | None = None, limit: int = 200) -> list[IncidentInfo]:
    session.require(Action.POST_REVIEW)
    accounts, names = accounts_by_id(), staff_names()
    return [
        _incident_info(r, accounts, names)
        for r in posts_repo.list_incidents(before_id=before_id, limit=max(1, min(limit, 500)))
    ]

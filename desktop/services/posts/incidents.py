"""Posts: incidents on the office's accounts (flaming, impersonation, false posts; P6)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.services.errors import NotFound
from desktop.services.posts.rows import (
    accounts_by_id,
    staff_names,
)
from desktop.services.posts.views import (
    MAX_LINK_CHARS,
    MAX_NOTE,
    AccountInfo,
    IncidentInfo,
    IncidentInput,
    IncidentKind,
    IncidentStatus,
    invalid,
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


def _validated_incident(data: IncidentInput) -> dict[str, Any]:
    try:
        kind = IncidentKind(data.kind)
    except ValueError:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Choose the kind of incident.")) from None
    try:
        status = IncidentStatus(data.status)
    except ValueError:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Choose the status of the incident.")) from None
    description = data.description.strip()
    if not description:
        raise invalid(QT_TRANSLATE_NOOP("Posts", "Describe what happened."))
    if data.account_id is not None and posts_repo.get_account(int(data.account_id)) is None:
        raise NotFound()
    if data.post_id is not None and posts_repo.get_post(int(data.post_id)) is None:
        raise NotFound()
    ref = data.platform_ref.strip()
    if len(ref) > MAX_LINK_CHARS:
        raise invalid(
            QT_TRANSLATE_NOOP("Posts", "The platform reference may be at most %1 characters long."),
            MAX_LINK_CHARS,
        )
    texts = (description, data.actions.strip(), data.outcome.strip())
    if any(len(t) > MAX_NOTE for t in texts):
        raise invalid(QT_TRANSLATE_NOOP("Posts", "The text may be at most %1 characters long."), MAX_NOTE)
    return {
        "kind": kind.value,
        "status": status.value,
        "description": description,
        "account": data.account_id,
        "post": data.post_id,
        "platform_ref": ref,
        "takedown_requested_on": data.takedown_requested_on.isoformat()
        if data.takedown_requested_on
        else None,
        "actions": texts[1],
        "outcome": texts[2],
    }


def record_incident(session: Session, data: IncidentInput) -> IncidentInfo:
    """Record flaming, impersonation or a false post about the office, with the actions taken (P6)."""
    session.require(Action.POST_COMPOSE)
    fields = _validated_incident(data)
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
    fields = _validated_incident(data)
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

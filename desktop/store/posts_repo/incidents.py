"""Incidents on accounts or posts and their handling (takedown request, actions, outcome, status)."""

from __future__ import annotations

from typing import Any

from desktop.store.posts import Incident
from desktop.store.posts_repo.rows import IncidentRow


def _incident(i: Incident) -> IncidentRow:
    return IncidentRow(
        i.id,
        i.kind,
        i.account_id,
        i.post_id,
        i.platform_ref,
        i.description,
        i.takedown_requested_on,
        i.actions,
        i.outcome,
        i.status,
        i.created_by,
        i.created_at,
        i.updated_at,
    )


def insert_incident(**fields: Any) -> IncidentRow:
    return _incident(Incident.create(**fields))


def update_incident(incident_id: int, **fields: Any) -> None:
    Incident.update(**fields).where(Incident.id == incident_id).execute()


def get_incident(incident_id: int) -> IncidentRow | None:
    i = Incident.get_or_none(Incident.id == incident_id)
    return None if i is None else _incident(i)


def list_incidents(*, before_id: int | None = None, limit: int = 200) -> list[IncidentRow]:
    q = Incident.select()
    if before_id is not None:
        q = q.where(Incident.id < before_id)
    return [_incident(i) for i in q.order_by(Incident.status.desc(), Incident.id.desc()).limit(limit)]

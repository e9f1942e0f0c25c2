"""Violation reports (design A10): staff report at once, the privacy officer analyses and closes.

Seed 003 line 71: a case that breaks the manual is reported at once to the privacy officer
(個人情報保護管理責任者). In this app the privacy officer's work is done by the administrators.

* :func:`file_report` — any member of staff (``Action.VIOLATION_REPORT``) files a report: what
  happened, when it happened (may be unknown) and when it was noticed, the number of people
  (may be unknown), the kinds of data and what is known about them.
* :func:`list_reports`, :func:`get_report` — the ledger (``Action.VIOLATION_MANAGE``): status,
  whether a report to the PPC may be needed (``desktop.domain.violations.assess``), deadlines and
  what is overdue.
* :func:`update_report` — the officer corrects the facts and records the analysis (cause,
  secondary harm, what was done, measures) and the dates of the PPC reports and of telling the
  people affected. A case with a report date is "reported".
* :func:`close_report`, :func:`reopen_report` — closing needs a note, and the final PPC report
  when one may be needed.

Every change writes exactly one audit entry ("violation.report", "violation.update") with ids,
kinds and field names only: never the description or any other free text. Reports are never
deleted (a trigger blocks it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain import violations as rules
from desktop.domain.errors import ValidationError
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.roles import Action
from desktop.domain.violations import Assessment, DataKind, DateField, Due, Facts, Status, ViolationKind
from desktop.services import consent
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import repo
from desktop.store import violations as store

__all__ = [
    "KEEP",
    "FiledReport",
    "ViolationInfo",
    "close_report",
    "file_report",
    "get_report",
    "list_reports",
    "overdue_count",
    "reopen_report",
    "update_report",
]


class _Keep:
    """Marker for "leave this field as it is" where ``None`` means "not known / not done"."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


@dataclass(frozen=True)
class FiledReport:
    report_id: int
    may_need_report: bool
    privacy_officer_name: str
    privacy_officer_contact: str


@dataclass(frozen=True)
class ViolationInfo:
    report_id: int
    kind: ViolationKind
    occurred_at: datetime | None
    noticed_at: datetime
    noticed_on: date  # office-local day 1 of the deadlines
    reported_by: str  # uid
    reported_by_name: str
    reported_at: datetime
    description: str
    people_affected: int | None
    data_kinds: frozenset[DataKind]
    sensitive: bool
    financial_risk: bool
    unlawful_purpose: bool
    encrypted: bool
    status: Status
    cause: str
    secondary_harm: str
    actions: str
    prevention: str
    preliminary_on: date | None
    final_on: date | None
    people_notified_on: date | None
    closing_note: str
    closed_at: datetime | None
    assessment: Assessment
    overdue: tuple[Due, ...]
    next_deadline: tuple[Due, date] | None
    missing_items: tuple[int, ...]  # PPC report items (1–8) not answered yet


def _d(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _facts(kind: ViolationKind, noticed_on: date, people: int | None, kinds: frozenset[DataKind], *,
           sensitive: bool, financial_risk: bool, unlawful_purpose: bool, encrypted: bool) -> Facts:
    return Facts(kind=kind, noticed_on=noticed_on, people_affected=people, data_kinds=kinds,
                 sensitive=sensitive, financial_risk=financial_risk, unlawful_purpose=unlawful_purpose,
                 encrypted=encrypted)


def _info(session: Session, row: store.ViolationRow, names: dict[str, str]) -> ViolationInfo:
    kind = ViolationKind(row.kind)
    noticed_at = consent.parse_iso(row.noticed_at)
    noticed_on = consent.local_date(noticed_at)
    kinds = frozenset(DataKind(k) for k in row.data_kinds)
    status = Status(row.status)
    preliminary, final = _d(row.preliminary_reported_on), _d(row.final_reported_on)
    assessment = rules.assess(_facts(kind, noticed_on, row.people_affected, kinds, sensitive=row.sensitive,
                                     financial_risk=row.financial_risk, unlawful_purpose=row.unlawful_purpose,
                                     encrypted=row.encrypted))
    return ViolationInfo(
        report_id=row.id, kind=kind,
        occurred_at=consent.parse_iso(row.occurred_at) if row.occurred_at else None,
        noticed_at=noticed_at, noticed_on=noticed_on, reported_by=row.reported_by,
        reported_by_name=names.get(row.reported_by, row.reported_by),
        reported_at=consent.parse_iso(row.reported_at),
        description=row.description, people_affected=row.people_affected, data_kinds=kinds,
        sensitive=row.sensitive, financial_risk=row.financial_risk, unlawful_purpose=row.unlawful_purpose,
        encrypted=row.encrypted, status=status, cause=row.cause, secondary_harm=row.secondary_harm,
        actions=row.actions, prevention=row.prevention, preliminary_on=preliminary, final_on=final,
        people_notified_on=_d(row.people_notified_on), closing_note=row.closing_note,
        closed_at=consent.parse_iso(row.closed_at) if row.closed_at else None, assessment=assessment,
        overdue=rules.overdue(assessment, today=consent.today(session), preliminary_on=preliminary,
                              final_on=final, status=status),
        next_deadline=rules.next_deadline(assessment, preliminary_on=preliminary, final_on=final,
                                          status=status),
        missing_items=rules.missing_report_items(
            description=row.description, data_kinds=kinds, people_affected=row.people_affected,
            cause=row.cause, secondary_harm=row.secondary_harm, actions=row.actions,
            prevention=row.prevention),
    )


def _existing(report_id: int) -> store.ViolationRow:
    row = store.report_by_id(report_id)
    if row is None:
        raise NotFound()
    return row


def _aware(value: datetime | None) -> datetime | None:
    """Naive times from a form are office-local (Japan time)."""
    if value is None:
        return None
    return value.replace(tzinfo=OFFICE_TZ) if value.tzinfo is None else value


def file_report(session: Session, *, kind: ViolationKind | str, description: str,
                noticed_at: datetime | None = None, occurred_at: datetime | None = None,
                people_affected: int | str | None = None, data_kinds: Iterable[DataKind | str] = (),
                sensitive: bool = False, financial_risk: bool = False, unlawful_purpose: bool = False,
                encrypted: bool = False) -> FiledReport:
    """File a violation report to the privacy officer (anyone may). ``noticed_at`` defaults to now."""
    session.require(Action.VIOLATION_REPORT)
    the_kind = rules.check_kind(kind)
    text = rules.check_description(description)
    now = session.now()
    noticed = _aware(noticed_at) or now
    occurred = _aware(occurred_at)
    rules.check_times(noticed_at=noticed, occurred_at=occurred, now=now)
    people = rules.check_people(people_affected)
    kinds = rules.check_data_kinds(data_kinds)
    assessment = rules.assess(_facts(the_kind, consent.local_date(noticed), people, kinds,
                                     sensitive=sensitive, financial_risk=financial_risk,
                                     unlawful_purpose=unlawful_purpose, encrypted=encrypted))
    with repo.atomic():
        report_id = store.insert_report(
            kind=the_kind.value, occurred_at=consent.iso(occurred) if occurred else None,
            noticed_at=consent.iso(noticed), reported_by=session.user.uid, reported_at=consent.iso(now),
            description=text, people_affected=people, data_kinds=[k.value for k in kinds],
            sensitive=bool(sensitive), financial_risk=bool(financial_risk),
            unlawful_purpose=bool(unlawful_purpose), encrypted=bool(encrypted))
        session.audit("violation.report", target=str(report_id), kind=the_kind.value,
                      may_need_report=assessment.may_need_report)
    settings = session.settings()
    return FiledReport(report_id, assessment.may_need_report, settings.privacy_officer_name,
                       settings.privacy_officer_contact)


def list_reports(session: Session, *, open_only: bool = False) -> list[ViolationInfo]:
    """The ledger, newest first. Reading it is logged (the descriptions may name people, A7)."""
    session.require(Action.VIOLATION_MANAGE)
    rows = store.list_reports(open_only=open_only)
    with repo.atomic():
        session.audit("violation.view_list", target="violation_reports", count=len(rows))
    names = consent.staff_names()
    return [_info(session, r, names) for r in rows]


def get_report(session: Session, report_id: int) -> ViolationInfo:
    session.require(Action.VIOLATION_MANAGE, str(report_id))
    return _info(session, _existing(report_id), consent.staff_names())


def overdue_count(session: Session) -> int:
    """How many open cases have a PPC report past its deadline (for the reminder after login)."""
    session.require(Action.VIOLATION_MANAGE)
    names: dict[str, str] = {}
    return sum(1 for r in store.list_reports(open_only=True) if _info(session, r, names).overdue)


def update_report(session: Session, report_id: int, *, kind: ViolationKind | str | None = None,
                  noticed_at: datetime | None = None, occurred_at: datetime | None = KEEP,
                  people_affected: int | str | None = KEEP,
                  data_kinds: Iterable[DataKind | str] | None = None,
                  sensitive: bool | None = None, financial_risk: bool | None = None,
                  unlawful_purpose: bool | None = None, encrypted: bool | None = None,
                  cause: str | None = None, secondary_harm: str | None = None, actions: str | None = None,
                  prevention: str | None = None, preliminary_on: date | None = KEEP,
                  final_on: date | None = KEEP, people_notified_on: date | None = KEEP) -> ViolationInfo:
    """The officer's changes. Arguments left out stay as they are; for the fields that may be
    unknown or not done (``occurred_at``, ``people_affected`` and the dates) ``None`` clears them."""
    session.require(Action.VIOLATION_MANAGE, str(report_id))
    row = _existing(report_id)
    now = session.now()
    today = consent.today(session)
    new: dict[str, Any] = {}
    if kind is not None:
        new["kind"] = rules.check_kind(kind).value
    noticed = _aware(noticed_at) or consent.parse_iso(row.noticed_at)
    occurred = (consent.parse_iso(row.occurred_at) if row.occurred_at else None) if occurred_at is KEEP \
        else _aware(occurred_at)
    if noticed_at is not None:
        new["noticed_at"] = consent.iso(noticed)
    if occurred_at is not KEEP:
        new["occurred_at"] = consent.iso(occurred) if occurred else None
    rules.check_times(noticed_at=noticed, occurred_at=occurred, now=now)
    if people_affected is not KEEP:
        new["people_affected"] = rules.check_people(people_affected)
    if data_kinds is not None:
        new["data_kinds"] = sorted(k.value for k in rules.check_data_kinds(data_kinds))
    for name, flag in (("sensitive", sensitive), ("financial_risk", financial_risk),
                       ("unlawful_purpose", unlawful_purpose), ("encrypted", encrypted)):
        if flag is not None:
            new[name] = bool(flag)
    for name, text in (("cause", cause), ("secondary_harm", secondary_harm), ("actions", actions),
                       ("prevention", prevention)):
        if text is not None:
            new[name] = rules.check_note(text)
    noticed_on = consent.local_date(noticed)
    for field, value in ((DateField.PRELIMINARY, preliminary_on), (DateField.FINAL, final_on),
                         (DateField.NOTIFIED, people_notified_on)):
        if value is not KEEP:
            checked = rules.check_report_date(value, field, noticed_on=noticed_on, today=today)
            new[field.value] = checked.isoformat() if checked else None
        elif noticed_at is not None:
            # the day it was noticed moved: the dates already recorded must still fit
            rules.check_report_date(_d(getattr(row, field.value)), field, noticed_on=noticed_on, today=today)
    changed = {k: v for k, v in new.items() if _stored(row, k) != v}
    if not changed:
        return _info(session, row, consent.staff_names())
    if Status(row.status) is Status.CLOSED:
        raise ValidationError(rules.E_CLOSED)
    reported = any(changed.get(k, getattr(row, k)) for k in ("preliminary_reported_on", "final_reported_on"))
    status = Status.REPORTED if reported else Status.OPEN
    fields = dict(changed, status=status.value, updated_at=consent.iso(now), updated_by=session.user.uid)
    with repo.atomic():
        store.update_report(report_id, **fields)
        session.audit("violation.update", target=str(report_id), fields=sorted(changed), status=status.value)
    return _info(session, _existing(report_id), consent.staff_names())


def _stored(row: store.ViolationRow, name: str) -> Any:
    value = getattr(row, name)
    return sorted(value) if name == "data_kinds" else value


def close_report(session: Session, report_id: int, *, closing_note: str) -> ViolationInfo:
    """Close a case with a note (what was found and done); a case that may need a PPC report only
    once the final report is recorded."""
    session.require(Action.VIOLATION_MANAGE, str(report_id))
    row = _existing(report_id)
    if Status(row.status) is Status.CLOSED:
        raise ValidationError(rules.E_CLOSED)
    note = rules.check_note(closing_note)
    info = _info(session, row, {})
    rules.check_close(info.assessment, final_on=info.final_on, closing_note=note)
    now = consent.iso(session.now())
    with repo.atomic():
        store.update_report(report_id, status=Status.CLOSED.value, closing_note=note, closed_at=now,
                            closed_by=session.user.uid, updated_at=now, updated_by=session.user.uid)
        session.audit("violation.update", target=str(report_id), change="close", status=Status.CLOSED.value)
    return _info(session, _existing(report_id), consent.staff_names())


def reopen_report(session: Session, report_id: int) -> ViolationInfo:
    """Reopen a closed case (the closing note stays until the case is closed again)."""
    session.require(Action.VIOLATION_MANAGE, str(report_id))
    row = _existing(report_id)
    if Status(row.status) is not Status.CLOSED:
        return _info(session, row, consent.staff_names())
    status = Status.REPORTED if (row.preliminary_reported_on or row.final_reported_on) else Status.OPEN
    now = consent.iso(session.now())
    with repo.atomic():
        store.update_report(report_id, status=status.value, closed_at=None, closed_by=None, updated_at=now,
                            updated_by=session.user.uid)
        session.audit("violation.update", target=str(report_id), change="reopen", status=status.value)
    return _info(session, _existing(report_id), consent.staff_names())

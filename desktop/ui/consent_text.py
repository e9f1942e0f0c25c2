"""The wording for contacts shared by the contacts, phone, unsubscribe and requests screens:
statuses, channels, outcomes, unsubscribe routes and one history line per event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.consent import Channel, ContactStatus, EventKind, Outcome
from desktop.services import consent as consent_service
from desktop.services import scripts as script_service
from desktop.ui import theme
from desktop.ui.dates import day_text, local_time
from desktop.ui.text import fill

STATUS_COLOURS = {  # theme colour names
    ContactStatus.SUBSCRIBED: "ok",
    ContactStatus.AWAITING_CONFIRMATION: "warning",
    ContactStatus.NO_CONSENT: "hint",
    ContactStatus.REFUSED: "error",
    ContactStatus.UNSUBSCRIBED: "error",
    ContactStatus.BOUNCED: "error",
    ContactStatus.DELETED: "muted",
    ContactStatus.INVALID_ADDRESS: "warning",
}


def status_colour(status: ContactStatus | str) -> QColor | None:
    """The text colour of a contact status (``None``: the palette's)."""
    name = STATUS_COLOURS.get(ContactStatus(status))
    return theme.colour(name) if name else None


def status_label(status: ContactStatus | str) -> str:
    return QCoreApplication.translate("ContactStatus", ContactStatus(status).label)


def channel_label(channel: str | None) -> str:
    if not channel:
        return ""
    try:
        return QCoreApplication.translate("Channel", Channel(channel).label)
    except ValueError:
        return channel


def outcome_label(outcome: str | None) -> str:
    if not outcome:
        return QCoreApplication.translate("ContactsPage", "No decision")
    return QCoreApplication.translate("Outcome", Outcome(outcome).label)


def route_label(route: str) -> str:
    from desktop.services.unsubscribe import RouteChannel

    try:
        return QCoreApplication.translate("Unsubscribe", RouteChannel(route).label)
    except ValueError:
        return route


def kind_label(kind: str) -> str:
    extra = {
        "unsubscribe_request": QCoreApplication.translate("ContactsPage", "Unsubscribe request"),
        "export": QCoreApplication.translate("ContactsPage", "Included in an export"),
        "rights_request": QCoreApplication.translate("ContactsPage", "Rights request"),
    }
    if kind in extra:
        return extra[kind]
    return QCoreApplication.translate("EventKind", EventKind(kind).label)


def _script_name(version_id: str) -> str:
    """The script by its title and version date (the office is open while a timeline is shown)."""
    try:
        # the catalogue names its own language (like Qt's "QT_LAYOUT_DIRECTION"): "ja" in desktop_ja
        return script_service.version_name(version_id, QCoreApplication.translate("Language", "en"))
    except Exception:  # noqa: BLE001 - a locked office: the generic word, never the id
        return QCoreApplication.translate("ContactsPage", "consent script")


def timeline_text(entry: consent_service.TimelineEntry) -> str:
    """One history line: when, what, how, outcome, who (and corrections)."""
    when = local_time(entry.at)
    kind = kind_label(entry.kind)
    if entry.kind == "export":
        return fill(QCoreApplication.translate("ContactsPage", "%1  %2: %3"), when, kind, entry.detail)
    if entry.kind == "unsubscribe_request":
        if entry.done:
            state = QCoreApplication.translate("ContactsPage", "done")
        else:
            state = fill(QCoreApplication.translate("ContactsPage", "due %1"), entry.due_on or "")
        return fill(QCoreApplication.translate("ContactsPage", "%1  %2 (%3, %4)"), when, kind,
                    route_label(entry.detail), state)
    if entry.kind == "rights_request":
        return fill(QCoreApplication.translate("ContactsPage", "%1  %2 (%3)"), when, kind, entry.detail)
    parts = [p for p in (channel_label(entry.channel),
                         outcome_label(entry.outcome) if entry.kind in ("capture", "rejoin", "correction") else "")
             if p]
    if parts:
        text = fill(QCoreApplication.translate("ContactsPage", "%1  %2: %3 — %4"), when, kind, ", ".join(parts),
                    entry.staff)
    else:
        text = fill(QCoreApplication.translate("ContactsPage", "%1  %2 — %3"), when, kind, entry.staff)
    tags = []
    if entry.imported:
        tags.append(QCoreApplication.translate("ContactsPage", "imported"))
    if entry.script_version_id:
        tags.append(fill(QCoreApplication.translate("ContactsPage", "script: %1"), _script_name(entry.script_version_id)))
    if entry.corrects_id:
        tags.append(QCoreApplication.translate("ContactsPage", "corrects an earlier entry"))
    if entry.superseded_by:
        tags.append(QCoreApplication.translate("ContactsPage", "corrected by a later entry"))
    if tags:
        text += " [" + ", ".join(tags) + "]"
    if entry.memo:
        text += "\n    " + fill(QCoreApplication.translate("ContactsPage", "Memo: %1"), entry.memo)
    if entry.recording_ref:
        text += "\n    " + fill(QCoreApplication.translate("ContactsPage", "Call recording: %1"),
                                 entry.recording_ref)
    return text


def script_name(title: str, published_at: str | None) -> str:
    """A script version as the office knows it: its title and version date (「電話での同意取得トーク
    （2026/12/05版）」), never its id."""
    day = local_time(published_at, date_only=True)
    if not day:
        return title
    return fill(QCoreApplication.translate("Scripts", "%1 (version of %2)"), title, day)


def retention_text(view: consent_service.ContactView) -> str:
    basis = QCoreApplication.translate("Retention", view.retention_basis)
    if view.retain_until is None:
        return basis
    return fill(QCoreApplication.translate("ContactsPage", "Keep the consent record until %1. %2"),
                day_text(view.retain_until), basis)

"""管理 → 設定: the office's own details, the mail-footer items and working rules (admins)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import office_settings as rules
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.services.session import Session
from desktop.store import repo

FIELDS = ("office_name", "privacy_officer_name", "privacy_officer_contact", "sender_name",
          "sender_postal_address", "optout_contact", "optout_statement", "inquiry_contact")
LABELS = {
    "office_name": QT_TRANSLATE_NOOP("OfficeSettings", "Office name"),
    "privacy_officer_name": QT_TRANSLATE_NOOP("OfficeSettings", "Privacy officer"),
    "privacy_officer_contact": QT_TRANSLATE_NOOP("OfficeSettings", "Privacy officer's contact"),
    **{item.key: item.label for item in rules.FOOTER_ITEMS},
}
REQUIRED = {"office_name", "privacy_officer_name", "privacy_officer_contact"}


@dataclass(frozen=True)
class OfficeDetails:
    values: dict[str, str]
    autolock_minutes: int
    unsubscribe_due_days: int

    def missing_footer(self) -> list[rules.FooterItem]:
        return rules.missing_footer_items(self.values)


def details(session: Session) -> OfficeDetails:
    session.ensure_unlocked()
    values = {key: str(repo.get_setting(key, "") or "") for key in FIELDS}
    if not values["optout_statement"]:
        values["optout_statement"] = rules.DEFAULT_OPT_OUT_STATEMENT
    if not values["sender_name"]:
        values["sender_name"] = values["office_name"]
    return OfficeDetails(values, int(repo.get_setting("autolock_minutes", 10)),
                         int(repo.get_setting("unsubscribe_due_business_days", 3)))


def save(session: Session, values: dict[str, str], *, autolock_minutes: int, unsubscribe_due_days: int) -> None:
    """Validate everything first; save all or nothing, with one audit entry naming the changed keys."""
    session.require(Action.SETTINGS_MANAGE)
    cleaned = {key: rules.clean(values.get(key, ""), required=key in REQUIRED, label=LABELS[key]) for key in FIELDS}
    minutes = rules.check_autolock(int(autolock_minutes))
    days = rules.check_due_days(int(unsubscribe_due_days))
    current = {key: str(repo.get_setting(key, "") or "") for key in FIELDS}
    changed = sorted(k for k in FIELDS if cleaned[k] != current[k])
    if minutes != int(repo.get_setting("autolock_minutes", 10)):
        changed.append("autolock_minutes")
    if days != int(repo.get_setting("unsubscribe_due_business_days", 3)):
        changed.append("unsubscribe_due_business_days")
    if not changed:
        return
    with repo.atomic():
        for key in FIELDS:
            repo.set_setting(key, cleaned[key])
        repo.set_setting("autolock_minutes", minutes)
        repo.set_setting("unsubscribe_due_business_days", days)
        session.audit("settings.change", keys=changed)

"""Office settings rules: what an office must fill in, and the mail-footer items every sent mail carries.

特定電子メール法 Art. 4 / Ordinance Art. 9 (shared/reference/features.md §2a "Labelling"): every
mail shows the sender's name, the e-mail address or URL for opting out, a statement that the reader
can opt out, the sender's postal address, and a contact for complaints and inquiries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TEXT = 200
DEFAULT_OPT_OUT_STATEMENT = "配信停止をご希望の場合は、下記の連絡先までお知らせください。"


@dataclass(frozen=True)
class FooterItem:
    key: str
    label: str  # translatable source, context "OfficeSettings"
    label_ja: str  # the item's name in files the office keeps in Japanese (the send list's record sheet)


FOOTER_ITEMS = (
    FooterItem("sender_name", QT_TRANSLATE_NOOP("OfficeSettings", "Sender name"), "送信者の氏名または名称"),
    FooterItem("sender_postal_address", QT_TRANSLATE_NOOP("OfficeSettings", "Sender's postal address"), "送信者の住所"),
    FooterItem("optout_contact", QT_TRANSLATE_NOOP("OfficeSettings", "Opt-out e-mail address or URL"),
               "配信停止の連絡先（メールアドレスまたはURL）"),
    FooterItem("optout_statement", QT_TRANSLATE_NOOP("OfficeSettings", "Statement that the reader can opt out"),
               "配信停止ができる旨の表示"),
    FooterItem("inquiry_contact", QT_TRANSLATE_NOOP("OfficeSettings", "Contact for complaints and inquiries"),
               "苦情・問い合わせの連絡先"),
)


def clean(value: str, *, required: bool, label: str) -> str:
    text = unicodedata.normalize("NFC", value or "").strip()
    if "\0" in text or any(unicodedata.category(c) == "Cc" and c not in "\n" for c in text):
        raise ValidationError(QT_TRANSLATE_NOOP("OfficeSettings", "%1 contains an invalid character."), label)
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("OfficeSettings", "Fill in %1."), label)
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("OfficeSettings", "%1 is too long (at most %2 characters)."), label, MAX_TEXT)
    return text


def missing_footer_items(values: dict[str, str]) -> list[FooterItem]:
    """The labelling items that are still empty (a send-list export warns about them)."""
    return [item for item in FOOTER_ITEMS if not (values.get(item.key) or "").strip()]


def check_autolock(minutes: int) -> int:
    if not 1 <= minutes <= 120:
        raise ValidationError(QT_TRANSLATE_NOOP("OfficeSettings", "The auto-lock time must be 1 to 120 minutes."))
    return minutes


def check_due_days(days: int) -> int:
    if not 1 <= days <= 30:
        raise ValidationError(QT_TRANSLATE_NOOP("OfficeSettings",
                                                "The unsubscribe deadline must be 1 to 30 business days."))
    return days


# ---------------------------------------------------------------------------------------------
# Import limits (issue 14): a file that asks for more than these is refused before it is read
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportLimits:
    """How much an imported file may hold. Office settings (keys ``import_*``) with these defaults."""

    max_rows: int = 1_000_000
    max_uncompressed_mb: int = 200  # the sum of an .xlsx's zip members, decompressed
    max_ratio: int = 100  # decompressed : compressed, per zip member
    max_shared_strings: int = 2_000_000  # distinct texts in an .xlsx
    max_line_chars: int = 4_000_000  # one CSV line (a single cell is capped at 1,000,000 by the reader)


IMPORT_LIMIT_KEYS = {
    "max_rows": "import_max_rows",
    "max_uncompressed_mb": "import_max_uncompressed_mb",
    "max_ratio": "import_max_ratio",
    "max_shared_strings": "import_max_shared_strings",
    "max_line_chars": "import_max_line_chars",
}
IMPORT_LIMIT_RANGES = {"max_rows": (1, 10_000_000), "max_uncompressed_mb": (1, 4096), "max_ratio": (10, 10_000),
                       "max_shared_strings": (1, 20_000_000), "max_line_chars": (1_000, 100_000_000)}
_LIMIT_RANGES = IMPORT_LIMIT_RANGES
#: How the settings screen and its messages name each limit (translatable, context "OfficeSettings").
IMPORT_LIMIT_LABELS = {
    "max_rows": QT_TRANSLATE_NOOP("OfficeSettings", "Most rows in one imported file"),
    "max_uncompressed_mb": QT_TRANSLATE_NOOP("OfficeSettings", "Largest Excel file, unpacked (MB)"),
    "max_ratio": QT_TRANSLATE_NOOP("OfficeSettings", "Highest packing ratio of an Excel file"),
    "max_shared_strings": QT_TRANSLATE_NOOP("OfficeSettings", "Most different texts in an Excel file"),
    "max_line_chars": QT_TRANSLATE_NOOP("OfficeSettings", "Longest line of a CSV file (characters)"),
}
#: The message for a limit out of its range: a whole sentence per limit, the range as %1 and %2.
IMPORT_LIMIT_MESSAGES = {
    "max_rows": QT_TRANSLATE_NOOP("OfficeSettings",
                                  "The most rows in one imported file must be a whole number from %1 to %2."),
    "max_uncompressed_mb": QT_TRANSLATE_NOOP(
        "OfficeSettings", "The largest unpacked size of an Excel file must be from %1 to %2 MB."),
    "max_ratio": QT_TRANSLATE_NOOP("OfficeSettings",
                                   "The highest packing ratio of an Excel file must be from %1 to %2."),
    "max_shared_strings": QT_TRANSLATE_NOOP(
        "OfficeSettings", "The most different texts in an Excel file must be a whole number from %1 to %2."),
    "max_line_chars": QT_TRANSLATE_NOOP(
        "OfficeSettings", "The longest line of a CSV file must be from %1 to %2 characters."),
}


def check_import_limits(values: dict[str, object]) -> ImportLimits:
    """The limits an administrator entered (by field name), every one checked; a missing one keeps its
    default. Raises ValidationError naming the first limit out of its range (with the range)."""
    defaults = ImportLimits()
    unknown = sorted(set(values) - set(IMPORT_LIMIT_RANGES))
    if unknown:
        raise ValueError(f"unknown import limits: {unknown}")
    chosen: dict[str, int] = {}
    for name, (low, high) in IMPORT_LIMIT_RANGES.items():
        raw = values.get(name, getattr(defaults, name))
        try:
            number = int(raw) if not isinstance(raw, (bool, float)) else None  # type: ignore[call-overload]
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            raise ValidationError(IMPORT_LIMIT_MESSAGES[name], f"{low:,}", f"{high:,}")
        chosen[name] = number
    return ImportLimits(**chosen)


def import_limits(values: dict[str, object]) -> ImportLimits:
    """The limits from stored settings (by field name); a missing or unusable value keeps its default."""
    defaults = ImportLimits()
    chosen: dict[str, int] = {}
    for name, (low, high) in _LIMIT_RANGES.items():
        raw = values.get(name)
        try:
            number = int(raw) if raw is not None and not isinstance(raw, bool) else None  # type: ignore[call-overload]
        except (TypeError, ValueError):
            number = None
        chosen[name] = number if number is not None and low <= number <= high else getattr(defaults, name)
    return ImportLimits(**chosen)


def xlsx_member_ratio_ok(compressed: int, uncompressed: int, max_ratio: int) -> bool:
    """A zip member's compression ratio is acceptable. Small members (under 1 MB decompressed) are
    not judged: tiny XML parts compress very well and cannot hurt."""
    if uncompressed < 1024 * 1024:
        return True
    return uncompressed <= max_ratio * max(compressed, 1)


# ---------------------------------------------------------------------------------------------
# Sync before you send (issue 16): how old the last import from the mail service may be
# ---------------------------------------------------------------------------------------------

MAIL_SYNC_DAYS_KEY = "mail_sync_max_days"
MAIL_SYNC_DAYS_DEFAULT = 7


def check_mail_sync_days(days: int) -> int:
    if not 1 <= days <= 90:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "OfficeSettings", "The import from the mail service may be at most 1 to 90 days old."))
    return days


def mail_sync_days(value: object) -> int:
    """The stored setting, or the default when it is missing or unusable."""
    try:
        days = int(value) if value is not None and not isinstance(value, bool) else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        days = None
    return days if days is not None and 1 <= days <= 90 else MAIL_SYNC_DAYS_DEFAULT

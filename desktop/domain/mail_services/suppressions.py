"""The files mail services give back: unsubscribes, bounces and complaints.

Each format is recognised by its header (and, for services that put several lists in one
download, by the file's name): Mailchimp's export ZIP members (``subscribed_/unsubscribed_/
cleaned_members_export_*.csv``, "Email Address" with ``UNSUB_TIME`` or ``CLEAN_TIME``),
SendGrid's suppression downloads (``email`` and ``created``; bounces, blocks, spam reports,
invalid e-mails, global unsubscribes), Brevo's blocklist (``EMAIL`` with a reason), Benchmark's
配信停止リスト and 無効アドレス list (``メールアドレス`` with 配信停止日 or an error column),
blastmail's reader list (``E-Mail`` with 状態: 配信中 / 配信停止 / エラー停止 / 解除), listmonk's
subscriber export (``uuid``, ``email``, ``status`` = blocklisted) and a plain list of addresses.

Outcomes: an unsubscribe and a complaint stop all mail at once; a hard bounce (an address that
does not exist) takes the address off every send list; a soft bounce (a full mailbox, a block) is
only counted. The layouts of Brevo and Benchmark exports change with the account's settings, so
their rules read the columns by meaning rather than by position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP

CTX = "MailService"


class Outcome(StrEnum):
    UNSUBSCRIBE = "unsubscribe"
    COMPLAINT = "complaint"
    HARD_BOUNCE = "hard_bounce"
    SOFT_BOUNCE = "soft_bounce"  # counted, nothing changes
    STILL_SUBSCRIBED = "still_subscribed"  # a row of a list of active readers: nothing changes
    INVALID_ROW = "invalid_row"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def suppresses(self) -> bool:
        return self in (Outcome.UNSUBSCRIBE, Outcome.COMPLAINT, Outcome.HARD_BOUNCE)


_OUTCOME_LABELS = {
    Outcome.UNSUBSCRIBE: QT_TRANSLATE_NOOP("MailService", "Unsubscribed"),
    Outcome.COMPLAINT: QT_TRANSLATE_NOOP("MailService", "Complaint (marked as spam)"),
    Outcome.HARD_BOUNCE: QT_TRANSLATE_NOOP("MailService", "Hard bounce (the address does not exist)"),
    Outcome.SOFT_BOUNCE: QT_TRANSLATE_NOOP("MailService", "Soft bounce (counted only)"),
    Outcome.STILL_SUBSCRIBED: QT_TRANSLATE_NOOP("MailService", "Still subscribed (no change)"),
    Outcome.INVALID_ROW: QT_TRANSLATE_NOOP("MailService", "Row without a usable address"),
}


class FileFormat(StrEnum):
    MAILCHIMP = "mailchimp"
    SENDGRID = "sendgrid"
    BREVO = "brevo"
    BENCHMARK = "benchmark"
    BLASTMAIL = "blastmail"
    LISTMONK = "listmonk"
    PLAIN = "plain"

    @property
    def label(self) -> str:
        return _FORMAT_LABELS[self]


_FORMAT_LABELS = {
    FileFormat.MAILCHIMP: QT_TRANSLATE_NOOP("MailService", "Mailchimp export"),
    FileFormat.SENDGRID: QT_TRANSLATE_NOOP("MailService", "SendGrid suppression list"),
    FileFormat.BREVO: QT_TRANSLATE_NOOP("MailService", "Brevo blocklist"),
    FileFormat.BENCHMARK: QT_TRANSLATE_NOOP("MailService", "Benchmark Email unsubscribe or bounce list"),
    FileFormat.BLASTMAIL: QT_TRANSLATE_NOOP("MailService", "blastmail reader list"),
    FileFormat.LISTMONK: QT_TRANSLATE_NOOP("MailService", "listmonk subscriber export"),
    FileFormat.PLAIN: QT_TRANSLATE_NOOP("MailService", "A plain list of addresses"),
}


@dataclass(frozen=True)
class SuppressionRow:
    """One row read back: ``line`` is 1-based in the file (the header is line 1 when there is one)."""

    line: int
    address: str
    outcome: Outcome
    when: str = ""  # the service's own time stamp, as written
    reason: str = ""  # the service's reason text, as written (never personal data of others)


def _key(header: str) -> str:
    return re.sub(r"[\s_\-]+", "", header.strip().lstrip("\ufeff")).casefold()


def _index(header: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, h in enumerate(header):
        out.setdefault(_key(h), i)
    return out


def _looks_like_address(cell: str) -> bool:
    return "@" in cell or "＠" in cell


def usable(address: str) -> bool:
    """A coarse test of a normalised address the office does not hold: one ``@`` between a local part
    and a domain with a dot. Such a row is only counted (nothing is recorded about it), so the full
    address check is not spent on each of a million rows; it only splits "not in the office" from
    "no usable address" in the counts."""
    local, at, domain = address.rpartition("@")
    return bool(at and local and "@" not in local and "." in domain.strip(".") and " " not in address)


_BENCHMARK_MARKS = ("配信停止", "無効", "エラー", "バウンス", "不達")


def detect(header: Sequence[str], member_name: str = "") -> FileFormat | None:
    """The format of a table whose first row is ``header`` (None when nothing fits).

    ``member_name`` is the file's name (or the ZIP member's), used only where a service's
    lists share one layout.
    """
    keys = _index(header)
    raw = {h.strip().lstrip("\ufeff") for h in header}
    name = member_name.casefold()
    if "emailaddress" in keys and ("unsubtime" in keys or "cleantime" in keys or "members_export" in name):
        return FileFormat.MAILCHIMP
    if "email" in keys and "uuid" in keys and "status" in keys:
        return FileFormat.LISTMONK
    if "email" in keys and "状態" in keys:
        return FileFormat.BLASTMAIL
    if "EMAIL" in raw:
        return FileFormat.BREVO
    if "email" in keys and "created" in keys:
        return FileFormat.SENDGRID
    if "メールアドレス" in keys and any(w in k for k in keys for w in _BENCHMARK_MARKS):
        return FileFormat.BENCHMARK  # never a plain address book: our own send list must not read as one
    if len(header) == 1 and (keys.keys() & {"email", "emailaddress", "メールアドレス", "mail", "address"}
                             or _looks_like_address(header[0])):
        return FileFormat.PLAIN
    return None


def has_header(header: Sequence[str]) -> bool:
    """False for a plain list whose first line is already an address."""
    return not (len(header) == 1 and _looks_like_address(header[0]))


def _cell(row: Sequence[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) else ""


def _first(keys: dict[str, int], *names: str) -> int | None:
    for n in names:
        if n in keys:
            return keys[n]
    return None


def _from_reason(text: str, default: Outcome) -> Outcome:
    t = text.casefold()
    if any(w in t for w in ("spam", "complaint", "abuse", "苦情", "迷惑")):
        return Outcome.COMPLAINT
    if any(w in t for w in ("soft", "mailbox full", "一時", "ソフト")):  # Benchmark: ソフトエラー
        return Outcome.SOFT_BOUNCE
    if any(w in t for w in ("hard", "bounce", "invalid", "エラー", "無効", "恒久", "ハード")):
        return Outcome.HARD_BOUNCE
    if any(w in t for w in ("unsub", "配信停止", "解除", "optout", "opt-out")):
        return Outcome.UNSUBSCRIBE
    return default


def _sendgrid_outcome(name: str, keys: dict[str, int], row: Sequence[str]) -> Outcome:
    status = _cell(row, keys.get("status"))
    if status[:1] == "4":
        return Outcome.SOFT_BOUNCE  # a temporary failure, whichever list it came in
    for word, outcome in (("spam", Outcome.COMPLAINT), ("block", Outcome.SOFT_BOUNCE),
                          ("bounce", Outcome.HARD_BOUNCE), ("invalid", Outcome.HARD_BOUNCE),
                          ("unsubscribe", Outcome.UNSUBSCRIBE)):
        if word in name:
            return outcome
    if "ip" in keys:
        return Outcome.COMPLAINT  # spam reports carry the reporter's IP
    if status:
        return Outcome.HARD_BOUNCE
    if "reason" in keys:
        return Outcome.HARD_BOUNCE  # invalid e-mails: email, reason, created
    return Outcome.UNSUBSCRIBE  # global unsubscribes: email, created


def _mailchimp_outcome(name: str, keys: dict[str, int], row: Sequence[str]) -> tuple[Outcome, str, str]:
    if name.startswith("cleaned") or ("cleantime" in keys and "unsubtime" not in keys):
        return Outcome.HARD_BOUNCE, _cell(row, keys.get("cleantime")), ""
    if name.startswith("unsubscribed") or "unsubtime" in keys:
        reason = _cell(row, keys.get("unsubreason"))
        return _from_reason(reason, Outcome.UNSUBSCRIBE), _cell(row, keys.get("unsubtime")), reason
    return Outcome.STILL_SUBSCRIBED, "", ""


_BLASTMAIL = {"配信中": Outcome.STILL_SUBSCRIBED, "配信停止": Outcome.UNSUBSCRIBE, "解除": Outcome.UNSUBSCRIBE,
              "エラー停止": Outcome.HARD_BOUNCE}


def read_rows(fmt: FileFormat, header: Sequence[str], rows: Iterable[Sequence[str]],
              member_name: str = "") -> Iterator[SuppressionRow]:
    """Read the rows after ``header`` (for a plain list without a header, the header row is read too)."""
    keys = _index(header)
    name = member_name.casefold().rsplit("/", 1)[-1]
    first_line = 2
    if fmt is FileFormat.PLAIN and not has_header(header):
        rows = [header, *rows]
        first_line = 1
    email_i = _first(keys, "emailaddress", "email", "メールアドレス", "mail", "address")
    if fmt is FileFormat.PLAIN:
        email_i = 0
    time_i = _first(keys, "created", "date", "blockeddate", "配信停止日時", "配信停止日", "登録日時", "更新日時",
                    "updatedat", "日時")
    reason_i = _first(keys, "reason", "blocklistreason", "blacklistreason", "理由", "エラー内容", "エラー種別")
    for offset, row in enumerate(rows):
        line = first_line + offset
        if not any(cell.strip() for cell in row):
            continue
        address = _cell(row, email_i)
        when, reason = _cell(row, time_i), _cell(row, reason_i)
        if fmt is FileFormat.MAILCHIMP:
            outcome, when, reason = _mailchimp_outcome(name, keys, row)
        elif fmt is FileFormat.SENDGRID:
            outcome = _sendgrid_outcome(name, keys, row)
        elif fmt is FileFormat.BLASTMAIL:
            outcome = _BLASTMAIL.get(_cell(row, keys.get("状態")), Outcome.STILL_SUBSCRIBED)
        elif fmt is FileFormat.LISTMONK:
            status = _cell(row, keys.get("status")).casefold()
            outcome = Outcome.UNSUBSCRIBE if status == "blocklisted" else Outcome.STILL_SUBSCRIBED
        elif fmt is FileFormat.BENCHMARK:
            hint = " ".join([name, *header])
            outcome = _from_reason(reason or hint, Outcome.UNSUBSCRIBE)
        elif fmt is FileFormat.BREVO:
            outcome = _from_reason(reason, Outcome.UNSUBSCRIBE)
        else:
            outcome = Outcome.UNSUBSCRIBE
        if not _looks_like_address(address):
            outcome = Outcome.INVALID_ROW
        yield SuppressionRow(line, address, outcome, when, reason)

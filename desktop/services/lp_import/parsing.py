"""Landing-page import: sources, outcomes, header and value parsing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum

from desktop.domain.consent import Channel
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.office_time import OFFICE_TZ
from desktop.services.errors import ServiceError

CTX = "Import"
SAMPLES_PER_OUTCOME = 5
PROGRESS_EVERY = 2000

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Source(StrEnum):
    MUNICIPAL_LP = "municipal_lp"
    OTHER_LP = "other_lp"

    @property
    def label(self) -> str:
        return Channel(self.value).label

    @property
    def script_key(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str) -> Source:
        try:
            return cls(text.replace("-", "_"))
        except ValueError:
            raise ValidationError(_E_SOURCE, context=CTX) from None


class RowOutcome(StrEnum):
    JOIN = "join"
    NO_OPT_IN = "no_opt_in"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    SUPPRESSED = "suppressed"
    REFUSED = "refused"
    ERROR = "error"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    RowOutcome.JOIN: QT_TRANSLATE_NOOP("Import", "Will join the send list"),
    RowOutcome.NO_OPT_IN: QT_TRANSLATE_NOOP("Import", "No opt-in"),
    RowOutcome.INVALID: QT_TRANSLATE_NOOP("Import", "Invalid address"),
    RowOutcome.DUPLICATE: QT_TRANSLATE_NOOP("Import", "Duplicate"),
    RowOutcome.SUPPRESSED: QT_TRANSLATE_NOOP("Import", "Previously unsubscribed or refused"),
    RowOutcome.REFUSED: QT_TRANSLATE_NOOP("Import", "Refused in the file"),
    RowOutcome.ERROR: QT_TRANSLATE_NOOP("Import", "Row error"),
}

#: The fields a file can fill, in display order.
FIELDS: tuple[str, ...] = ("email", "name", "furigana", "opt_in", "date")
FIELD_LABELS = {
    "email": QT_TRANSLATE_NOOP("Import", "E-mail address"),
    "name": QT_TRANSLATE_NOOP("Import", "Name"),
    "furigana": QT_TRANSLATE_NOOP("Import", "Furigana"),
    "opt_in": QT_TRANSLATE_NOOP("Import", "Opt-in (wants e-mail)"),
    "date": QT_TRANSLATE_NOOP("Import", "Date submitted"),
}

_E_SOURCE = QT_TRANSLATE_NOOP("Import", "Choose the source: municipal landing page or other landing page.")
E_NO_EMAIL = QT_TRANSLATE_NOOP("Import", "No e-mail address column was found. Choose the column that holds the addresses.")
E_NO_OPT_IN = QT_TRANSLATE_NOOP("Import", "A file from a municipal landing page needs its opt-in column (for example 配信希望). Choose it.")
E_UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("Import", "The column %1 is not in the file.")
E_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Import", "Unknown field %1. Use email, name, furigana, opt_in or date.")
E_SAME_COLUMN = QT_TRANSLATE_NOOP("Import", "The column %1 is chosen for two fields.")
E_CHANGED = QT_TRANSLATE_NOOP("Import", "The contacts changed since the preview (%1 rows would now be treated differently). Preview the file again.")
E_FILE_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "The file changed (or can no longer be read) since the preview. Nothing was imported. Preview the file again.")
E_NOTHING = QT_TRANSLATE_NOOP("Import", "No row of this file would be imported.")

D_OK = QT_TRANSLATE_NOOP("Import", "Joins the send list.")
D_CONFIRM = QT_TRANSLATE_NOOP("Import", "Opt-in ticked; joins when you confirm the import.")
D_NOT_TICKED = QT_TRANSLATE_NOOP("Import", "The opt-in box was not ticked; kept as a record, not sent to.")
D_NOT_TICKED_OTHER = QT_TRANSLATE_NOOP("Import", "The opt-in column says no; this row is not imported.")
D_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Import", "The opt-in value %1 is not recognised; treated as not ticked.")
D_DUP_FILE = QT_TRANSLATE_NOOP("Import", "The same address as row %1.")
D_REFUSED_IN_FILE = QT_TRANSLATE_NOOP(
    "Import", "The file says this person does not want e-mail; recorded as a refusal and kept off every send list.")
D_DUP_LIST = QT_TRANSLATE_NOOP("Import", "Already on the send list.")
D_DUP_WAITING = QT_TRANSLATE_NOOP("Import", "Already known; no new opt-in in this row.")
D_REFUSED = QT_TRANSLATE_NOOP("Import", "Refused earlier; an import cannot put the address back.")
D_UNSUBSCRIBED = QT_TRANSLATE_NOOP("Import", "Unsubscribed earlier; an import cannot put the address back.")
D_DELETED = QT_TRANSLATE_NOOP("Import", "Deleted on request earlier; an import cannot add the address again.")
D_BOUNCED = QT_TRANSLATE_NOOP(
    "Import", "The mail service reported that this address does not exist; an import cannot put it back.")
D_DATE = QT_TRANSLATE_NOOP("Import", "The date %1 cannot be read (use for example 2026/11/20 10:15).")
D_DATE_FUTURE = QT_TRANSLATE_NOOP("Import", "The date %1 is in the future.")
D_NAME_LONG = QT_TRANSLATE_NOOP("Import", "The name is too long (at most %1 characters).")
D_KANA_LONG = QT_TRANSLATE_NOOP("Import", "The furigana is too long (at most %1 characters).")


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The import was cancelled. Nothing was imported."))


# ---------------------------------------------------------------------------------------------
# Headers and values
# ---------------------------------------------------------------------------------------------

_STRIP_CHARS = set(" \t_-‐・･:：()（）[]［］【】<>＜＞*＊※「」『』'\"")


def _fold_header(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = "".join(ch for ch in t if ch not in _STRIP_CHARS and not ch.isspace())
    for word in ("(必須)", "必須", "(任意)", "任意"):
        t = t.replace(word, "")
    return t


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "email": ("メールアドレス", "メール", "eメール", "eメールアドレス", "email", "e-mail", "emailaddress", "mail",
              "mailaddress", "メアド", "pcメールアドレス", "連絡先メールアドレス"),
    "name": ("氏名", "名前", "お名前", "おなまえ", "name", "fullname", "氏名漢字", "ご氏名", "姓名"),
    "furigana": ("フリガナ", "ふりがな", "カナ", "かな", "氏名フリガナ", "氏名カナ", "お名前フリガナ", "お名前カナ",
                 "furigana", "kana", "namekana", "セイメイ"),
    "opt_in": ("配信希望", "オプトイン", "opt-in", "optin", "メール配信希望", "メール配信", "メルマガ配信希望",
               "メルマガ希望", "メルマガ", "案内メール希望", "情報配信希望", "配信同意", "メール配信の希望",
               "案内メールの配信", "情報メールの配信を希望する", "subscribe", "newsletter"),
    "date": ("タイムスタンプ", "登録日時", "送信日時", "回答日時", "受付日時", "申込日時", "日時", "登録日",
             "timestamp", "date", "submittedat", "createdat", "datetime"),
}
_FOLDED_SYNONYMS = {f: {_fold_header(s) for s in names} for f, names in _SYNONYMS.items()}

_TRUE = {"1", "true", "yes", "y", "はい", "希望する", "希望します", "希望", "同意する", "同意します", "同意", "✓",
         "✔", "☑", "○", "〇", "◯", "on", "checked", "受け取る", "受信する", "する", "あり", "有"}
_FALSE = {"", "0", "false", "no", "n", "いいえ", "希望しない", "希望しません", "不要", "同意しない", "☐", "□",
          "×", "✕", "off", "受け取らない", "しない", "なし", "無", "-"}


# Words by which a person said no (a refusal, honoured for every source), as opposed to an empty
# or unticked box (0, false, ☐, ×), which only means no opt-in was given.
_REFUSAL = {"no", "いいえ", "希望しない", "希望しません", "不要", "同意しない", "受け取らない", "しない", "配信停止",
            "配信不要", "拒否"}


def is_refusal(value: str) -> bool:
    """True when an opt-in cell says no in words (希望しない, いいえ, no), not merely unticked."""
    return unicodedata.normalize("NFKC", value or "").strip().lower() in _REFUSAL


def parse_opt_in(value: str) -> bool | None:
    """True / False for the usual form-tool values (1/0, true/false, はい/いいえ, 希望する/希望しない,
    ✓ or empty); None when the value is not recognised."""
    v = unicodedata.normalize("NFKC", value or "").strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    return None


def recognise_headers(headers: Sequence[str]) -> dict[str, str]:
    """{field: column header} for the headers recognised without a mapping (first match wins)."""
    found: dict[str, str] = {}
    for header in headers:
        folded = _fold_header(header)
        if not folded:
            continue
        for f in FIELDS:
            if f not in found and folded in _FOLDED_SYNONYMS[f]:
                found[f] = header
                break
    return found


# Year, month, day with / - . or 年月日, then optionally hour:minute[:second] (one pattern instead of
# trying a strptime format after another: the same dates, read in one step).
_DATE = re.compile(r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?")
_DATE_JA = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?")


def parse_date(value: str) -> datetime | None:
    """A form tool's time stamp as an aware datetime (Japan time when no offset is given).

    ISO 8601 first (what Excel cells and most tools give), else 2026/01/15 10:15[:00],
    2026-1-15, 2026.01.15 or 2026年1月15日 10:15 (times without seconds or without a time)."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        m = _DATE.fullmatch(text)
        if m is not None:
            parts = (m[1], m[3], m[4], m[5], m[6], m[7])
        else:
            m = _DATE_JA.fullmatch(text)
            if m is None:
                raise ValueError(text) from None
            parts = (m[1], m[2], m[3], m[4], m[5], m[6])
        year, month, day, hour, minute, second = (int(x) if x else 0 for x in parts)
        parsed = datetime(year, month, day, hour, minute, second)  # ValueError for 2026/02/30 or 25:00
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=OFFICE_TZ)
    return parsed

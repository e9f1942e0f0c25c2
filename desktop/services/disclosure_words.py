"""The words of the disclosure file (a rights request's answer): Japanese first, then English, never a code.

The file is read by the person who asked, in Japanese whatever the office's screen language, with the English
beside it (as the file's headings are); the words are the ones the Japanese screens use.
"""

from __future__ import annotations

from desktop.domain.consent import Channel, ContactStatus, EventKind, Outcome
from desktop.domain.consent.unsubscribe import RouteChannel
from desktop.domain.rights import RequestKind, RequestStatus
from desktop.services.send_list import CHANNEL_JA, OUTCOME_JA

KIND_JA = {EventKind.CAPTURE: "取得", EventKind.CORRECTION: "訂正", EventKind.UNSUBSCRIBE: "配信停止",
           EventKind.REJOIN: "再登録", EventKind.DELETION: "削除", EventKind.OPT_IN_CONFIRMED: "オプトイン確認",
           EventKind.BOUNCE: "配信サービスで不達", EventKind.COMPLAINT: "配信サービスで迷惑メール報告"}
STATUS_JA = {ContactStatus.SUBSCRIBED: "配信リスト登録済み", ContactStatus.AWAITING_CONFIRMATION: "オプトイン（相談員の確認待ち）",
             ContactStatus.NO_CONSENT: "同意なし", ContactStatus.REFUSED: "拒否", ContactStatus.UNSUBSCRIBED: "配信停止",
             ContactStatus.DELETED: "削除済み", ContactStatus.INVALID_ADDRESS: "無効なアドレス",
             ContactStatus.BOUNCED: "存在しないアドレス（不達）"}
REQUEST_KIND_JA = {RequestKind.DISCLOSURE: "開示", RequestKind.CORRECTION: "訂正", RequestKind.DELETION: "削除",
                   RequestKind.STOP_USE: "利用停止"}
REQUEST_STATUS_JA = {RequestStatus.OPEN: "未対応", RequestStatus.IN_PROGRESS: "対応中", RequestStatus.DONE: "完了",
                     RequestStatus.REFUSED: "拒否（理由を通知）"}
ROUTE_JA = {RouteChannel.PHONE: "電話", RouteChannel.EMAIL_REPLY: "メールへの返信", RouteChannel.WEB_FORM: "Webフォーム",
            RouteChannel.LETTER: "書面", RouteChannel.MAIL_SERVICE: "メール配信サービス"}


def both(ja: str, en: str) -> str:
    return f"{ja} / {en}"


def event_kind(value: str) -> str:
    kind = EventKind(value)
    return both(KIND_JA[kind], kind.label)


def channel(value: str | None) -> str:
    if not value:
        return "-"
    found = Channel(value)
    return both(CHANNEL_JA[found], found.label)


def outcome(value: str | None) -> str:
    if not value:
        return "-"
    found = Outcome(value)
    return both(OUTCOME_JA[found], found.label)


def contact_status(status: ContactStatus) -> str:
    return both(STATUS_JA[status], status.label)


def request(kind: str, status: str) -> str:
    k, s = RequestKind(kind), RequestStatus(status)
    return f"{both(REQUEST_KIND_JA[k], k.label)}, {both(REQUEST_STATUS_JA[s], s.label)}"


def unsubscribe_channel(value: str) -> str:
    route = RouteChannel(value)
    return both(ROUTE_JA[route], route.label)

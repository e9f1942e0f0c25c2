"""The send list (配信リスト) and consent records (同意記録) for the export service.

Whether an address may receive mail is decided only by the one eligibility function in
``desktop.domain.consent``; every event writes its decision into the contact row
(:func:`desktop.services.consent.sync_status`, kept current by :mod:`desktop.services.send_list_cache`),
so the send list and its preview are indexed queries over those columns
(:mod:`desktop.store.contacts_repo.send_list`), never a replay of every history
(:mod:`desktop.services.send_list_replay` keeps that replay as the reference the tests compare with).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from desktop.domain import addresses, office_time
from desktop.domain.consent import (
    REASON_OF_STATUS,
    RULE_VERSION,
    SUPPRESSING,
    Channel,
    ContactStatus,
    Outcome,
    Reason,
)
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.office_settings import FOOTER_ITEMS
from desktop.domain.roles import Action
from desktop.exports.writers import Column, Sheet
from desktop.services import consent, send_list_cache
from desktop.services import settings as settings_service
from desktop.services.export_model import ExportRequest, Preview, Table, day_bounds
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store.contacts_repo import inclusions
from desktop.store.contacts_repo import send_list as store

CHANNEL_JA = {Channel.PHONE: "電話", Channel.MUNICIPAL_LP: "自治体LP", Channel.OTHER_LP: "その他のLP",
              Channel.IN_PERSON: "対面", Channel.WEB_FORM: "Webフォーム"}
OUTCOME_JA = {Outcome.AGREED: "同意", Outcome.REFUSED: "拒否"}
# the reasons by the words the Japanese screens use (the record sheet is read in Japanese, whatever the UI language)
REASON_JA = {Reason.ELIGIBLE: "配信可", Reason.REFUSED: "拒否", Reason.UNSUBSCRIBED: "配信停止",
             Reason.NO_OPT_IN: "オプトイン・告知なし", Reason.DELETED: "削除済み", Reason.INVALID: "無効なアドレス",
             Reason.UNSUBSCRIBE_PENDING: "配信停止の依頼あり（未処理）",
             Reason.SAME_MAILBOX: "拒否・配信停止したアドレスと同じメールボックス",
             Reason.BOUNCED: "存在しないアドレス（配信サービスで不達）",
             Reason.COMPLAINT: "迷惑メール報告（配信サービスで報告）"}
SUPPRESSING_STATUSES = [s.value for s in SUPPRESSING]
MISSING_FOOTER = QT_TRANSLATE_NOOP("Export", "Some mail-footer items are missing in 管理 → 設定. Every mail must "
                                   "carry them (特定電子メール法 Art. 4).")
# a manager cannot open 管理 → 設定: the hint names the person who can, not a page they cannot open
MISSING_FOOTER_ASK_ADMIN = QT_TRANSLATE_NOOP(
    "Export", "Some mail-footer items are missing from the office settings. Every mail must carry them "
              "(特定電子メール法 Art. 4). Ask an administrator to fill them in.")


def _filter(request: ExportRequest) -> store.SendFilter:
    start, end = day_bounds(request)
    return store.SendFilter(request.filters.get("channel") or None, start, end)


def pending(session: Session) -> tuple[set[int], set[str]]:
    """Contacts and address keys named by an unsubscribe request not yet processed: off the list from
    the moment the request exists (配信停止を希望されたら即時対応; the due date is for the paperwork)."""
    session.ensure_unlocked()
    ids, raw = store.pending_requests()
    keys: set[str] = set()
    for address in raw:
        check = addresses.check(address)
        if check.valid:
            keys.add(addresses.canonical_key(check.normalised))
    return ids, keys


def _excluded(pending_count: int, same_count: int) -> dict[str, int]:
    """Contacts left out, by reason label: GROUP BY status, complaints apart, plus the held back."""
    out: Counter[str] = Counter()
    for status, n in store.status_counts().items():
        if status == ContactStatus.SUBSCRIBED.value:
            continue
        if status == ContactStatus.UNSUBSCRIBED.value:
            for reason, m in store.reason_counts(status).items():
                out[Reason(reason or Reason.UNSUBSCRIBED.value).label] += m
            continue
        out[Reason(REASON_OF_STATUS.get(status, Reason.NO_OPT_IN.value)).label] += n
    if pending_count:
        out[Reason.UNSUBSCRIBE_PENDING.label] += pending_count
    if same_count:
        out[Reason.SAME_MAILBOX.label] += same_count
    return dict(out)


def _counts(session: Session, request: ExportRequest) -> tuple[int, dict[str, int], set[int]]:
    """(rows the list will hold, excluded by reason, the eligible ids held back by other rows), from
    the indexed columns: no history is replayed."""
    send_list_cache.ensure_current(session)
    f = _filter(request)
    ids, keys = pending(session)
    held_all = store.held_back(None, SUPPRESSING_STATUSES, ids, keys)
    held = held_all if f == store.SendFilter() else store.held_back(f, SUPPRESSING_STATUSES, ids, keys)
    skip = held[0] | held[1]
    return store.count_eligible(f) - len(skip), _excluded(len(held_all[0]), len(held_all[1])), skip


def _conditions_ja(request: ExportRequest) -> str:
    """The export's conditions as the office reads them (the audit entry keeps the coded summary)."""
    parts = ["形式：" + ("Excel（.xlsx）" if request.fmt == "xlsx" else "CSV"),
             "パスワード保護：" + ("あり" if request.password else "なし")]
    if request.preset:
        parts.append(f"配信サービス用の形式：{request.preset}")
    if request.date_from or request.date_to:
        start = office_time.display_day(request.date_from) if request.date_from else ""
        end = office_time.display_day(request.date_to) if request.date_to else ""
        parts.append(f"期間：{start}〜{end}")
    if request.filters.get("channel"):
        parts.append("受付経路：" + _channel_ja(request.filters["channel"]))
    if request.sync_problem:
        parts.append(f"配信サービスからの取り込みが古いまま出力（理由：{request.sync_reason or ''}）")
    return "、".join(parts)


def _channel_ja(value: str | None) -> str:
    try:
        return CHANNEL_JA[Channel(value)] if value else ""
    except ValueError:
        return value or ""


def send_list_preview(session: Session, request: ExportRequest) -> Preview:
    """Counts by reason from the indexed columns (no history replayed): tens of milliseconds at 100,000."""
    rows, excluded, _ = _counts(session, request)
    footer = settings_service.details(session).missing_footer()
    hint = MISSING_FOOTER if session.can(Action.SETTINGS_MANAGE) else MISSING_FOOTER_ASK_ADMIN
    return Preview(rows, excluded, (hint,) if footer else ())


class _Written:
    """What the data sheet actually held: the row count and the contact ids (for the inclusions)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.count = 0
        self.ids = inclusions.IdBitmap()


def send_list(session: Session, request: ExportRequest) -> Table:
    """Only addresses that may receive mail today, streamed from one indexed query in id order.
    Columns a mail tool imports directly."""
    expected, excluded, skip = _counts(session, request)
    f = _filter(request)
    written = _Written()
    columns = [Column("メールアドレス"), Column("氏名"), Column("フリガナ"), Column("取得経路"),
               Column("同意日時", "datetime")]

    def rows() -> Iterator[list[Any]]:
        written.reset()  # a second walk (never in one export) starts afresh
        channels: dict[str | None, str] = {}
        parse = consent.parse_iso
        add = written.ids.add
        # stopped early (cancel, error): the page read ahead on the office server ends now, not at collection
        with contextlib.closing(store.eligible_pages(f)) as pages:
            for page in pages:
                for cid, address, name, furigana, channel_value, consent_at in page:
                    if cid in skip:  # an unprocessed unsubscribe request, or the same mailbox suppressed
                        continue
                    written.count += 1
                    add(cid)
                    channel = channels.get(channel_value)
                    if channel is None:
                        channel = channels[channel_value] = _channel_ja(channel_value)
                    yield [address, name or "", furigana or "", channel, parse(consent_at) if consent_at else None]

    details = settings_service.details(session)
    exported_by, exported_at = session.user.display_name or session.user.username, session.now()

    def record() -> Iterator[list[Any]]:  # read after the data sheet: the count is the rows written
        yield ["出力者", exported_by]
        yield ["出力日時（日本時間）", exported_at]
        yield ["条件", _conditions_ja(request)]
        yield ["出力件数", written.count]
        ja = {reason.label: text for reason, text in REASON_JA.items()}
        for label, n in sorted(excluded.items()):
            yield [f"除外：{ja.get(label, label)}", n]
        yield ["判定ルールの版", RULE_VERSION]
        for item in FOOTER_ITEMS:
            yield [f"メールに必ず記載：{item.label_ja}", details.values.get(item.key) or "（未設定）"]
        if details.missing_footer():
            yield ["警告", "メールの表示義務項目が未設定です（特定電子メール法第4条）。"]

    record_sheet = Sheet("出力記録", [Column("項目"), Column("内容", "datetime", width=60)], record(), autofilter=False)

    def after_write(export_id: str) -> None:
        session.require(Action.EXPORT)
        inclusions.insert_set(written.ids, export_id, consent.iso(session.now()))

    table = Table([Sheet("配信リスト", columns, rows()), record_sheet], expected, columns, rows())
    table.after_write = after_write
    table.written = lambda: written.count
    return table


def consent_records(session: Session, request: ExportRequest) -> Table:
    """Every consent event with channel, outcome, exact script text and version, staff, time, evidence."""
    start, end = day_bounds(request)
    address = (request.filters.get("address") or "").strip()
    staff = consent.staff_names()
    columns = [Column("メールアドレス"), Column("種別"), Column("取得経路"), Column("結果"),
               Column("日時", "datetime"), Column("担当者"), Column("台本の版"), Column("台本の本文", width=60),
               Column("台本SHA-256", width=20), Column("オプトイン"), Column("告知済み"), Column("読み上げ確認"),
               Column("通話録音の参照"), Column("メモ", width=40), Column("取り込み行"), Column("訂正対象")]
    if address:
        from desktop.domain.addresses import canonical_key

        found = crepo.contact_by_key(canonical_key(address))
        id_pages: list[list[int]] = [[found.id]] if found else []
    else:
        id_pages = list(crepo.iter_contact_ids())

    def yesno(v: bool | None) -> str:
        return "" if v is None else ("はい" if v else "いいえ")

    def rows() -> Iterator[list[Any]]:
        for ids in id_pages:
            contacts = crepo.contacts_by_ids(ids)
            events = crepo.events_for_contacts(ids)
            texts = crepo.script_texts_by_ids({e.script_text_id for rows in events.values() for e in rows
                                               if e.script_text_id})
            for cid in ids:
                for e in events.get(cid, []):
                    if (start and e.occurred_at < start) or (end and e.occurred_at >= end):
                        continue
                    text = texts.get(e.script_text_id) if e.script_text_id else None
                    try:
                        outcome = OUTCOME_JA[Outcome(e.outcome)] if e.outcome else ""
                    except ValueError:
                        outcome = e.outcome or ""
                    yield [contacts[cid].address or "（削除済み deleted）", e.kind, _channel_ja(e.channel), outcome,
                           consent.parse_iso(e.occurred_at), staff.get(e.staff_uid, e.staff_uid),
                           e.script_version_id or "", text.text if text else "", e.script_hash or "",
                           yesno(e.opt_in_checked), yesno(e.notice_given), yesno(e.script_read_confirmed),
                           e.recording_ref or "", e.memo or "",
                           f"{e.import_batch_id}:{e.import_row}" if e.import_batch_id else "", e.corrects_id or ""]

    count = sum(1 for _ in rows())
    return Table([Sheet("同意記録", columns, rows())], count, columns, rows())


__all__ = ["consent_records", "pending", "send_list", "send_list_preview"]

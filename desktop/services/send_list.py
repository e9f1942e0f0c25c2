"""The send list (配信リスト) and consent records (同意記録) for the export service.

Whether an address may receive mail is decided only by the one eligibility function in
``desktop.domain.consent`` (through :func:`desktop.services.consent.decide`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop.domain import addresses
from desktop.domain.consent import RULE_VERSION, Channel, Outcome, Reason
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.roles import Action
from desktop.exports.writers import Column, Sheet
from desktop.services import consent
from desktop.services import settings as settings_service
from desktop.services.export_model import ExportRequest, Preview, Table, day_bounds
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo

CHANNEL_JA = {Channel.PHONE: "電話", Channel.MUNICIPAL_LP: "自治体LP", Channel.OTHER_LP: "その他のLP",
              Channel.IN_PERSON: "対面", Channel.WEB_FORM: "Webフォーム"}
OUTCOME_JA = {Outcome.AGREED: "同意", Outcome.REFUSED: "拒否"}
MISSING_FOOTER = QT_TRANSLATE_NOOP("Export", "Some mail-footer items are missing in 管理 → 設定. Every mail must "
                                   "carry them (特定電子メール法 Art. 4).")
# a manager cannot open 管理 → 設定: the hint names the person who can, not a page they cannot open
MISSING_FOOTER_ASK_ADMIN = QT_TRANSLATE_NOOP(
    "Export", "Some mail-footer items are missing from the office settings. Every mail must carry them "
              "(特定電子メール法 Art. 4). Ask an administrator to fill them in.")


@dataclass(frozen=True)
class Decided:
    contact: crepo.ContactRow
    eligible: bool
    reason: Reason
    consent_at: str | None


def blocked_mailboxes(pending_ids: set[int], pending_keys: set[str]) -> set[str]:
    """Mailbox keys (Gmail dots, ``+tags``) any spelling of which refused, unsubscribed, was
    deleted or has an unsubscribe request waiting: every other spelling stays off the list."""
    out = crepo.suppressed_mailboxes()
    out.update(addresses.mailbox_key(k) for k in pending_keys)
    out.update(addresses.mailbox_key(c.key) for c in crepo.contacts_by_ids(pending_ids).values() if c.key)
    return out


def pending_unsubscribes() -> tuple[set[int], set[str]]:
    """Contacts and address keys with an unsubscribe request not yet processed.

    The request's due date is for the paperwork; the send list leaves the address out from the
    moment the request exists (配信停止を希望されたら即時対応).
    """
    ids: set[int] = set()
    keys: set[str] = set()
    for r in crepo.open_unsubscribes():
        if r.contact_id is not None:
            ids.add(r.contact_id)
        if r.address:
            check = addresses.check(r.address)
            if check.valid:
                keys.add(addresses.canonical_key(check.normalised))
    return ids, keys


def _decided(session: Session, request: ExportRequest) -> Iterator[Decided]:
    """Every contact with its eligibility today, in pages (memory stays flat)."""
    today = consent.today(session)
    pending_ids, pending_keys = pending_unsubscribes()
    blocked = blocked_mailboxes(pending_ids, pending_keys)
    for page in crepo.iter_contacts_with_events():
        for contact, rows in page:
            decision = consent.decide([consent.domain_event(r) for r in rows], deleted=contact.deleted,
                                      address_valid=contact.address_valid, on=today)
            at = None
            if decision.basis_event_id is not None:
                at = next((r.occurred_at for r in rows if r.id == decision.basis_event_id), None)
            if decision.eligible and (contact.id in pending_ids or contact.key in pending_keys):
                yield Decided(contact, False, Reason.UNSUBSCRIBE_PENDING, at)
                continue
            if decision.eligible and contact.key and addresses.mailbox_of_key(contact.key) in blocked:
                yield Decided(contact, False, Reason.SAME_MAILBOX, at)
                continue
            yield Decided(contact, decision.eligible, decision.reason, at)


def _in_filters(item: Decided, request: ExportRequest, start: str | None, end: str | None) -> bool:
    channel = request.filters.get("channel")
    if channel and item.contact.channel != channel:
        return False
    if (start or end) and item.consent_at is None:
        return False
    if start and item.consent_at is not None and item.consent_at < start:
        return False
    return not (end and item.consent_at is not None and item.consent_at >= end)


def _channel_ja(value: str | None) -> str:
    try:
        return CHANNEL_JA[Channel(value)] if value else ""
    except ValueError:
        return value or ""


def send_list_preview(session: Session, request: ExportRequest) -> Preview:
    start, end = day_bounds(request)
    included = 0
    excluded: Counter[str] = Counter()
    for item in _decided(session, request):
        if item.eligible and _in_filters(item, request, start, end):
            included += 1
        elif not item.eligible:
            excluded[item.reason.label] += 1
    footer = settings_service.details(session).missing_footer()
    hint = MISSING_FOOTER if session.can(Action.SETTINGS_MANAGE) else MISSING_FOOTER_ASK_ADMIN
    return Preview(included, dict(excluded), (hint,) if footer else ())




def send_list(session: Session, request: ExportRequest) -> Table:
    """Only addresses that may receive mail today. Columns a mail tool imports directly."""
    start, end = day_bounds(request)
    chosen: list[Decided] = []
    excluded: Counter[str] = Counter()
    for d in _decided(session, request):
        if not d.eligible:
            excluded[d.reason.label] += 1
        elif _in_filters(d, request, start, end):
            chosen.append(d)
    columns = [Column("メールアドレス"), Column("氏名"), Column("フリガナ"), Column("取得経路"),
               Column("同意日時", "datetime")]

    def rows() -> Iterable[list[Any]]:
        for d in chosen:
            yield [d.contact.address, d.contact.name or "", d.contact.furigana or "", _channel_ja(d.contact.channel),
                   consent.parse_iso(d.consent_at) if d.consent_at else None]

    details = settings_service.details(session)
    record: list[list[Any]] = [
        ["出力者 Exported by", session.user.username],
        ["出力日時 Exported at", session.now()],
        ["条件 Filters", ", ".join(f"{k}={v}" for k, v in request.filter_summary().items())],
        ["出力件数 Rows", len(chosen)],
        *[[f"除外：{label}", n] for label, n in sorted(excluded.items())],
        ["判定ルール版 Rule version", RULE_VERSION],
    ]
    for key, value in details.values.items():
        if key.startswith(("sender_", "optout_", "inquiry_")):
            record.append([f"メールに必ず記載 {settings_service.LABELS[key]}", value or "（未設定 missing）"])
    if details.missing_footer():
        record.append(["警告 Warning", "メールの表示義務項目が未設定です（特定電子メール法第4条）。"])
    record_sheet = Sheet("出力記録", [Column("項目"), Column("内容", "datetime", width=60)], record, autofilter=False)

    def after_write(export_id: str) -> None:
        from desktop.services.contacts import record_export_inclusion

        record_export_inclusion(session, [d.contact.id for d in chosen], export_id)

    table = Table([Sheet("配信リスト", columns, rows()), record_sheet], len(chosen), columns, rows())
    table.after_write = after_write
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


__all__ = ["consent_records", "send_list", "send_list_preview"]

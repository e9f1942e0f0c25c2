"""The audit-log and training-report tables of the export (the send list lives in send_list.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from desktop.domain.office_time import OFFICE_TZ
from desktop.exports.writers import Column, Sheet
from desktop.services.export_model import (
    ExportRequest,
    Table,
    day_bounds,
)
from desktop.services.session import Session
from desktop.store import audit as store_audit
from desktop.store import repo


def _actor_names() -> dict[str, str]:
    return {u.uid: u.username for u in repo.list_users()}


def audit_table(session: Session, request: ExportRequest) -> Table:
    """The audit log with the chain verification result and chain values in the header (R24)."""
    result = session.office.audit.verify()
    start, end = day_bounds(request)
    prefix = request.filters.get("action") or None
    records = store_audit.entries(action_prefix=prefix, since=start, until=end)
    names = _actor_names()
    columns = [
        Column("連番 Seq", "int"), Column("日時 Time", "datetime"), Column("実行者 Actor"),
        Column("操作 Action"), Column("対象 Target"), Column("結果 Result"), Column("詳細 Details", width=50),
        Column("前MAC Prev MAC", width=20), Column("MAC", width=20),
    ]

    def rows() -> Iterable[list[Any]]:
        for e in records:
            yield [e.seq, datetime.fromisoformat(e.ts), names.get(e.actor, e.actor), e.action, e.target, e.result,
                   _json(e.details), e.prev_hex, e.mac_hex]

    notes = [
        ("チェーン検証 Chain verification", "OK" if result.ok else f"NG: seq {result.first_bad_seq} ({result.problem})"),
        ("検証件数 Entries verified", str(result.count)),
        ("最終連番 Last seq", str(result.last_seq)),
        ("最終MAC Last MAC", result.last_mac_hex),
        ("出力日時 Exported at", session.now().astimezone(OFFICE_TZ).strftime("%Y/%m/%d %H:%M")),
        ("出力者 Exported by", session.user.username),
    ]
    sheet = Sheet("監査ログ", columns, rows(), note_rows=notes)
    return Table([sheet], len(records), columns, rows())


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))



STATUS_JA = {"passed": "合格", "attempted": "受験中（未合格）", "not_started": "未受験", "overdue": "期限超過"}


def training_report(session: Session, request: ExportRequest) -> Table:
    """Completion per person for one quarter (filter "quarter", default the current one)."""
    from desktop.services import training

    quarter = request.filters.get("quarter") or None
    people = training.report_rows(session, quarter)
    columns = [Column("四半期 Quarter"), Column("ユーザー名 Username"), Column("氏名 Name"), Column("役割 Role"),
               Column("状態 Status"), Column("受験回数 Attempts", "int"), Column("最高点 Best score", "int"),
               Column("問題数 Questions", "int"), Column("正答率 Percent"), Column("最終受験日 Last attempt"),
               Column("合格日 Passed on")]

    def rows() -> Iterable[list[Any]]:
        for p in people:
            yield [p.quarter, p.username, p.display_name + ("" if p.active else "（無効）"), p.role,
                   STATUS_JA.get(p.status, p.status), p.attempts, p.best_score, p.best_total,
                   "" if p.best_percent is None else f"{float(p.best_percent):.0f}%", p.last_taken_on or "",
                   p.passed_on or ""]

    label = people[0].quarter if people else str(quarter or "")
    notes = [("四半期 Quarter", label), ("出力者 Exported by", session.user.username)]
    return Table([Sheet("研修報告", columns, rows(), note_rows=notes)], len(people), columns, rows())

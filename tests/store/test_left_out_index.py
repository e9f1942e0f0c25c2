"""The left-out list's (reason, status, id) index: on both stores, and the reason filter reads it (issue 17)."""

from __future__ import annotations

from desktop.domain.consent import Outcome
from desktop.services.session import Session
from desktop.store.contacts_repo import left_out
from desktop.store.models import DB
from desktop.store.server import is_server
from tests.services.test_consent import capture


def test_the_index_exists_on_both_stores(office: Session) -> None:
    if is_server(DB.obj):
        found = DB.execute_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'contact_reason_status'").fetchall()
        assert found and "(reason, status, id)" in found[0][0]
    else:
        found = DB.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_reason_status'").fetchall()
        assert found and '("reason", "status", "id")' in found[0][0]


def test_a_reason_within_a_status_is_one_range_of_the_index(office: Session) -> None:
    capture(office, "no@example.jp", Outcome.REFUSED)
    rows = left_out.by_status("refused", reason="refused", limit=5)
    assert [r[1] for r in rows] == ["no@example.jp"]
    if not is_server(DB.obj):  # (PostgreSQL plans by its statistics: a tiny table is read whole)
        plan = " ".join(str(r) for r in DB.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE status = ? AND reason = ? AND id < ? "
            "ORDER BY id DESC LIMIT 101", ["unsubscribed", "complaint", 10**9]).fetchall())
        assert "contact_reason_status" in plan and "TEMP B-TREE" not in plan

"""The send list's pages: on the office server the next page's statement runs on a helper thread (issue 18).

On both stores: the pages are the same whether read ahead or not, a walk stopped early leaves no helper thread
and the connection keeps working, a walk inside a transaction of the caller's own never waits for itself, and a
cancelled export ends its walk at once. On the server: a statement that fails on the helper thread fails the
caller's walk, with the driver's error, and the next statement works.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import peewee as pw
import psycopg
import pytest

from benchmarks.generated import populate
from desktop.services import exports
from desktop.services.exports import ExportCancelled, ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store import repo
from desktop.store.contacts_repo import send_list as store
from desktop.store.models import DB
from tests.conftest import on_server

CONTACTS = 40  # populate: every 20th refused, so 38 on the list
ALL = store.SendFilter()


def _helpers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == store.READ_AHEAD_THREAD and t.is_alive()]


def _ids(pages: list[list[store.SendRow]]) -> list[int]:
    return [row[0] for page in pages for row in page]


def _in_thread(work: Callable[[], Any], seconds: float = 20.0) -> Any:
    """``work`` on a thread of its own, failing (not hanging) if it waits for itself."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - re-raised below on the test's thread
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)  # a walk that waits for itself must not keep pytest alive
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the walk waited for itself"
    if "error" in out:
        raise out["error"]
    return out["value"]


@pytest.fixture
def listed(office: Session) -> list[int]:
    populate(office, CONTACTS)
    rows = DB.execute_sql("SELECT id FROM contact WHERE eligible = TRUE ORDER BY id").fetchall()
    assert len(rows) == CONTACTS - CONTACTS // 20
    return [r[0] for r in rows]


def test_the_pages_are_the_same_read_ahead_or_not(listed: list[int]) -> None:
    pages = list(store.eligible_pages(ALL, page=7))
    assert _ids(pages) == listed
    assert [len(p) for p in pages] == [7, 7, 7, 7, 7, 3]
    assert all(isinstance(v, str) for page in pages for row in page for v in row[1:4])  # opened on the server
    assert not _helpers()
    with repo.atomic():  # the caller holds the connection: every page read inline, in its transaction
        inline = list(store.eligible_pages(ALL, page=7))
        assert not _helpers()
    assert inline == pages


def test_a_walk_stopped_early_leaves_no_thread_and_the_connection_works(listed: list[int]) -> None:
    walk = store.eligible_pages(ALL, page=5)
    assert _ids([next(walk)]) == listed[:5]  # the second page's statement is under way (server) meanwhile
    walk.close()
    assert not _helpers()
    assert store.count_eligible(ALL) == len(listed)
    assert _ids(list(store.eligible_pages(ALL, page=5))) == listed


def test_a_walk_inside_the_callers_transaction_never_waits_for_itself(listed: list[int]) -> None:
    def walk_in_transaction() -> list[int]:
        with repo.atomic():
            return _ids(list(store.eligible_pages(ALL, page=3)))

    assert _in_thread(walk_in_transaction) == listed
    assert not _helpers()


def test_a_transaction_begun_between_two_pages_gets_its_pages(listed: list[int]) -> None:
    """The helper of the next page may be waiting for the connection's lock that the caller took meanwhile: the
    caller then reads that page itself, inside its transaction, instead of waiting for the helper."""

    def walk() -> list[int]:
        pages = store.eligible_pages(ALL, page=4)
        seen = [next(pages)]
        with repo.atomic():
            seen += [next(pages), next(pages), next(pages)]  # the later helpers start while the lock is held
        seen += list(pages)
        return _ids(seen)

    assert _in_thread(walk) == listed
    assert not _helpers()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_cancelled_export_ends_its_walk_at_once(office: Session, fmt: str) -> None:
    populate(office, 1200)  # more than one progress step (1,000 rows)
    request = ExportRequest(ExportKind.SEND_LIST, fmt=fmt)
    with pytest.raises(ExportCancelled):
        exports.render(office, request, cancelled=lambda: True)
    assert not _helpers()  # the writer closed the rows, which closed the pages (no wait for the collector)
    _data, rows = exports.render(office, request)
    assert rows == 1200 - 1200 // 20


def test_a_statement_that_fails_on_the_helper_fails_the_walk(listed: list[int]) -> None:
    if not on_server():
        pytest.skip("the SQLCipher file reads its pages inline")
    from tests.pg.cluster import get_cluster

    cluster = get_cluster()
    assert cluster is not None
    DB.execute_sql("SET lock_timeout = '200ms'")
    try:
        with cluster.admin_connect(DB.obj.database) as admin, admin.transaction():
            admin.execute("LOCK TABLE contact IN ACCESS EXCLUSIVE MODE")  # another session holds the table
            with pytest.raises(pw.OperationalError) as failed:
                list(store.eligible_pages(ALL, page=5))
    finally:
        DB.execute_sql("RESET lock_timeout")
    chain: list[BaseException] = []
    link: BaseException | None = failed.value
    while link is not None:
        chain.append(link)
        link = link.__cause__ or link.__context__
    assert any(isinstance(e, psycopg.errors.LockNotAvailable) for e in chain)  # the driver's own error
    assert "_work" in [frame.name for frame in traceback.extract_tb(failed.value.__traceback__)]  # on the helper
    assert not _helpers()
    assert _ids(list(store.eligible_pages(ALL, page=5))) == listed  # the connection works on

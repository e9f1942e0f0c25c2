"""Contacts search through the FTS5 trigram index: the same results as the old ``instr`` scan,
kept current by triggers, capped counts, paging from both ends, cancellation, the migration."""

from __future__ import annotations

import itertools

import peewee as pw
import pytest

from desktop.domain.consent import Outcome
from desktop.services import consent, contacts, scripts
from desktop.store import contacts_repo as crepo
from desktop.store import search_index
from desktop.store.contacts import Contact
from desktop.store.contacts_repo import bulk
from desktop.store.models import DB
from tests.conftest import on_server

NAMES = [("山口 芽依", "ヤマグチ メイ"), ("佐々木 翔", "ササキ ショウ"), ("Ｔａｒｏ Ｍｉｘｅｄ", None), ("林 陽菜", "ハヤシ ヒナ"),
         ("O'Brien \"Bob\"", "オブライエン"), ("小林 さくら", "こばやし さくら"), ("ﾀﾅｶ ﾊﾅｺ", "ﾀﾅｶ ﾊﾅｺ"), ("İstanbul Ωmega", None)]
NEEDLES = ["user01", "USER01", "example", "EXAMPLE.JP", "山口", "山口 芽依", "やまぐち", "ヤマグチ", "ﾔﾏｸﾞﾁ", "taro", "ＴＡＲＯ",
           "林", "小林", "はやし", "ha", "o'b", '"bob"', "bob\"", "%", "_", "*", "@ex", "zzz", "ひな", "ぐち め",
           "user0", "7@", "ωmega", "istanbul", "さくら", "たなか はなこ", "e.jp", "x", "jp"]


def fill(session, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    script = consent.ScriptShown.of(scripts.current(session, "phone"))
    ids = []
    for i in range(n):
        name, kana = NAMES[i % len(NAMES)]
        domain = ("Example.JP", "example.com", "mail.example.ne.jp")[i % 3]
        r = consent.capture_phone(session, address=f"User{i:03d}.{i % 7}@{domain}",
                                  outcome=Outcome.REFUSED if i % 4 == 0 else Outcome.AGREED, script=script,
                                  script_read_confirmed=True, name=name, furigana=kana)
        ids.append(r.contact_id)
    return ids


def old_path(text: str | None, status: str | None = None) -> list[int]:
    """Today's semantics: ``instr`` over every row, newest first (no index; on the office server, where the text
    is sealed, the same test in Python over every row)."""
    if on_server():
        rows = Contact.select(Contact.id, Contact.search_text, Contact.status).order_by(Contact.id.desc())
        return [c.id for c in rows if (not text or text in c.search_text) and (not status or c.status == status)]
    q = Contact.select(Contact.id)
    if text:
        q = q.where(pw.fn.instr(Contact.search_text, text) > 0)
    if status:
        q = q.where(Contact.status == status)
    return [c.id for c in q.order_by(Contact.id.desc())]


def test_index_path_finds_exactly_what_the_old_scan_found(office) -> None:  # type: ignore[no-untyped-def]
    fill(office, 60)
    from desktop.domain.text_normalise import normalise_word

    for needle, status in itertools.product(NEEDLES, (None, "refused")):
        folded = normalise_word(needle)
        expected = old_path(folded, status)
        found = [c.id for c in crepo.search_contacts(text=folded, status=status, limit=1000)]
        assert found == expected, (needle, status)
        assert crepo.count_matches(text=folded, status=status) == len(expected), needle
        total, page = contacts.open_list(office, contacts.ContactQuery(text=needle, status=status), limit=7)
        assert total == len(expected) and [r.contact_id for r in page.rows] == expected[:7], needle
    assert crepo.text_plan(normalise_word("山口 芽依")) == "index"
    assert crepo.text_plan("ha") == "scan"  # two characters: no trigram, a capped scan


def _index_pages() -> bytes:
    return b"".join(r[0] for r in DB.obj.execute_sql("SELECT block FROM contact_fts_data").fetchall() if r[0])


def _index_is_consistent() -> None:
    DB.obj.execute_sql("INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)")  # raises if not


@pytest.mark.sqlcipher_only(reason="the FTS5 index of the SQLCipher file (the server: tests/pg/test_server_search.py)")
def test_triggers_keep_the_index_current_and_erase_for_real(office) -> None:  # type: ignore[no-untyped-def]
    ids = fill(office, 10)
    cid = ids[3]
    assert [c.id for c in crepo.search_contacts(text="user003")] == [cid]
    assert not search_index.pending(DB.obj)  # the search indexed what the captures queued
    crepo.update_contact(cid, search_text="renamed\x1fqzxwv")
    assert search_index.pending(DB.obj)
    assert crepo.search_contacts(text="user003") == []
    assert [c.id for c in crepo.search_contacts(text="qzxwv")] == [cid]
    _index_is_consistent()
    assert b"qzx" in _index_pages()
    crepo.update_contact(cid, search_text="")  # a rights request blanks the contact: gone at once
    assert not search_index.pending(DB.obj)
    pages = _index_pages()
    assert b"qzx" not in pages and b"zxw" not in pages  # secure-delete: gone from the index pages themselves
    assert crepo.search_contacts(text="qzxwv") == [] and crepo.text_plan("qzxwv") == "index"
    _index_is_consistent()


@pytest.mark.sqlcipher_only(reason="the FTS5 index of the SQLCipher file (the server: tests/pg/test_server_search.py)")
def test_erasing_a_contact_still_queued(office) -> None:  # type: ignore[no-untyped-def]
    ids = fill(office, 4)
    crepo.search_contacts(text="user")  # everything indexed
    crepo.update_contact(ids[1], search_text="first\x1fzqwxy")  # queued, the index still holds user001
    crepo.update_contact(ids[1], search_text="")  # erased before any search: the indexed text goes now
    crepo.update_contact(ids[2], search_text="")  # erased while indexed
    with crepo.atomic():  # a new contact, queued, erased in the same transaction
        new_id = crepo.next_contact_id()
        crepo.bulk_insert_contacts([(new_id, "n@example.jp", "n@example.jp", "h", None, None, "n@example.jp\x1f\x1f",
                                     "subscribed", True, "phone", True, False, "t", "t")])
        crepo.update_contact(new_id, search_text="")
    assert not search_index.pending(DB.obj)
    _index_is_consistent()
    pages = _index_pages()
    assert b"user001" not in pages and b"zqw" not in pages
    assert [c.id for c in crepo.search_contacts(text="user00", order="address")] == [ids[0], ids[3]]


@pytest.mark.sqlcipher_only(reason="the FTS5 queue of the SQLCipher file (the server: tests/pg/test_server_search.py)")
def test_a_bulk_import_is_indexed_by_the_next_search(office) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.generated import populate

    DB.obj.execute_sql("DELETE FROM contact_fts_queue")
    with crepo.atomic():  # rows written the way the import writes them (populate would catch up itself)
        first = crepo.next_contact_id()
        crepo.bulk_insert_contacts([(first + i, f"b{i}@example.jp", f"b{i}@example.jp", "h", None, None,
                                     f"b{i}@example.jp\x1f\x1f", "subscribed", True, "phone", True, False, "t", "t")
                                    for i in range(300)])
    assert DB.obj.execute_sql("SELECT count(*) FROM contact_fts_queue").fetchone()[0] == 300
    assert crepo.first_page(text="b12@example")[0] == 1
    assert not search_index.pending(DB.obj)
    _index_is_consistent()
    populate(office, 50)
    assert not search_index.pending(DB.obj)


def test_counts_stop_at_the_cap(office) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.generated import populate

    populate(office, 1003)
    assert crepo.count_matches() == crepo.COUNT_CAP + 1
    assert crepo.count_matches(text="user", cap=10) == 11
    assert crepo.count_matches(text="user000500") == 1
    assert crepo.text_plan("user") == "scan" and crepo.text_plan("user00050") == "index"
    # a frequent text walks the ordering index and still pages correctly, from both ends
    first = crepo.search_contacts(text="user", limit=5)
    last = crepo.search_contacts(text="user", limit=5, reverse=True)
    assert [c.id for c in first] == old_path("user")[:5] and [c.id for c in last] == old_path("user")[-5:]
    total, _page = contacts.open_list(office, contacts.ContactQuery(text="USER"))
    assert total == crepo.COUNT_CAP + 1


@pytest.mark.parametrize("order", ["newest", "address"])
@pytest.mark.parametrize("text", ["", "user0", "example"])
def test_pages_from_the_end_reach_the_top(office, order: str, text: str) -> None:  # type: ignore[no-untyped-def]
    fill(office, 23)
    query = contacts.ContactQuery(text=text, order=order)
    _total, page = contacts.open_list(office, query, limit=1000)
    everything = [r.contact_id for r in page.rows]
    page = contacts.last_page(office, query, limit=5)
    seen = [r.contact_id for r in page.rows]
    while page.before is not None:
        page = contacts.previous_page(office, query, page.before, limit=5)
        seen = [r.contact_id for r in page.rows] + seen
    assert seen == everything and len(everything) > 5


@pytest.mark.sqlcipher_only(reason="SQLite's progress handler (the server's search runs in the app's memory)")
def test_a_cancelled_search_stops_inside_sqlite(office) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.generated import populate

    populate(office, 3000)
    with pytest.raises(crepo.SearchCancelled):
        crepo.search_contacts(text="zz", cancel=lambda: True)  # cancelled before it started
    looks = itertools.count()
    with pytest.raises(crepo.SearchCancelled):  # cancelled while scanning 3,000 rows for a rare text
        crepo.count_matches(text="qz", cancel=lambda: next(looks) > 0)
    assert next(looks) > 1
    assert crepo.count_matches(text="qz", cancel=lambda: False) == 0  # and the connection works afterwards
    with pytest.raises(contacts.SearchCancelled):
        contacts.open_list(office, contacts.ContactQuery(text="zz"), cancel=lambda: True)


@pytest.mark.sqlcipher_only(reason="a migration of SQLCipher offices")
def test_migration_indexes_the_contacts_already_stored(office) -> None:  # type: ignore[no-untyped-def]
    ids = fill(office, 12)
    db = DB.obj
    for name in ("insert", "delete", "update", "erase"):
        db.execute_sql(f"DROP TRIGGER contact_fts_after_{name}")
    db.execute_sql("DROP TABLE contact_fts")  # an office from before the index
    db.execute_sql("DROP TABLE contact_fts_queue")
    with db.atomic():
        search_index.add_search_index(db)
        search_index.use_index_queue(db)
    assert not search_index.pending(db)
    assert [c.id for c in crepo.search_contacts(text="user011")] == [ids[11]]
    assert crepo.count_matches(text="example") == 12


def test_a_failing_row_in_a_bulk_write_leaves_nothing(office) -> None:  # type: ignore[no-untyped-def]
    """Bulk writes skip SQLite's per-row statement journal (``OR FAIL``): a row that breaks a constraint
    still rolls the whole transaction back, contacts, search queue and status updates alike."""
    import psycopg
    from sqlcipher3 import dbapi2 as sqlcipher

    ids = fill(office, 3)
    before, status = crepo.count_contacts(), crepo.contact_by_id(ids[0]).status
    with pytest.raises((pw.IntegrityError, sqlcipher.IntegrityError, psycopg.IntegrityError)), crepo.atomic():
        first = crepo.next_contact_id()
        bulk.bulk_update_status([("deleted" if status != "deleted" else "refused", False, "x", None, "t", ids[0])])
        crepo.bulk_insert_contacts([
            (first + i, f"bulk{i}@example.jp", f"bulk{i}@example.jp", "h", None, None, f"bulk{i}@example.jp\x1f\x1f",
             "subscribed", True, "phone", True, False, "t", "t") for i in range(3)]
            + [(first + 3, "dup@example.jp", crepo.contact_by_id(ids[1]).key, "h", None, None, "dup\x1f\x1f",
                "subscribed", True, "phone", True, False, "t", "t")])  # the key of a contact on file
    assert crepo.count_contacts() == before
    assert crepo.search_contacts(text="bulk0@example") == []
    assert crepo.contact_by_id(ids[0]).status == status  # the status update went with the rest
    if not on_server():
        assert not search_index.pending(DB.obj)  # nothing queued for rows that were never written

"""The contacts' substring index: an FTS5 trigram table over ``contact.search_text`` (migrations 13, 17).

``contact_fts`` is an external-content FTS5 table (``content='contact'``, rowid = contact id), so the
folded text is stored once (in ``contact``) and the index holds only trigrams and positions, inside
the encrypted database like everything else.

Kept current by triggers, whoever writes the row (the phone entry, imports, corrections, a rights
request): an insert or a change of ``search_text`` puts the contact on ``contact_fts_queue`` (with the
text the index still holds for it), and :func:`catch_up` indexes the queue in a few statements before
every search. Writing the index straight from a row trigger costs a flush of FTS5's pending terms at
every statement (FTS5 writes its buffer to disk at each statement savepoint), which made a bulk import
of 100,000 contacts six times slower; through the queue an import pays a plain insert per row and
the next search indexes the lot at the index's own bulk speed (about 2 s per 100,000).

* ``tokenize='trigram case_sensitive 1'``: ``search_text`` is already folded (NFKC, lower case,
  katakana as hiragana) and the query is folded the same way, so no second folding happens here and
  a MATCH finds exactly what ``instr(search_text, query)`` finds (the search re-checks with
  ``instr`` anyway). Queries shorter than three characters cannot use trigrams (see
  :mod:`desktop.store.contacts_repo.search`).
* ``secure-delete``: a deleted or changed text is removed from the index pages themselves, not
  hidden behind a delete marker. Erasing a contact (``search_text`` set to '') removes its index
  entry at once, in the same statement, never waiting for the queue.
* ``detail=full`` (the default): phrase queries need positions; at 100,000 contacts the index adds
  about 17 MB to an 85 MB database.
"""

from __future__ import annotations

import peewee as pw

from desktop.store.server import is_server

__all__ = ["FTS_TABLE", "QUEUE", "QUEUE_SQL", "SQL", "add_search_index", "catch_up", "pending", "use_index_queue"]

FTS_TABLE = "contact_fts"

SQL: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(search_text, content='contact', "
    "content_rowid='id', tokenize='trigram case_sensitive 1')",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER IF NOT EXISTS contact_fts_after_insert AFTER INSERT ON contact BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS contact_fts_after_delete AFTER DELETE ON contact BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS contact_fts_after_update AFTER UPDATE OF search_text ON contact "
    f"WHEN old.search_text IS NOT new.search_text BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    # Existing offices: index every contact already stored (about 2 s per 100,000 contacts).
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)


def add_search_index(db: pw.Database) -> None:
    """Migration: create the trigram index, its triggers, and fill it from the contacts already stored."""
    for statement in SQL:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


QUEUE = "contact_fts_queue"

QUEUE_SQL: tuple[str, ...] = (
    # id: a contact whose index entry is out of date; old_text: the text the index holds for it (NULL: none)
    f"CREATE TABLE IF NOT EXISTS {QUEUE} (id INTEGER PRIMARY KEY, old_text TEXT)",
    "DROP TRIGGER IF EXISTS contact_fts_after_insert",
    "DROP TRIGGER IF EXISTS contact_fts_after_update",
    "DROP TRIGGER IF EXISTS contact_fts_after_delete",
    "DROP TRIGGER IF EXISTS contact_fts_after_erase",
    f"CREATE TRIGGER contact_fts_after_insert AFTER INSERT ON contact BEGIN "
    f"INSERT OR IGNORE INTO {QUEUE}(id, old_text) VALUES (new.id, NULL); END",
    f"CREATE TRIGGER contact_fts_after_update AFTER UPDATE OF search_text ON contact "
    f"WHEN old.search_text IS NOT new.search_text AND new.search_text <> '' BEGIN "
    f"INSERT OR IGNORE INTO {QUEUE}(id, old_text) VALUES (old.id, old.search_text); END",
    f"CREATE TRIGGER contact_fts_after_delete AFTER DELETE ON contact BEGIN "
    f"INSERT OR IGNORE INTO {QUEUE}(id, old_text) VALUES (old.id, old.search_text); END",
    # erasure: the index entry goes now (whatever the index holds: the queued old text, or the row's)
    f"CREATE TRIGGER contact_fts_after_erase AFTER UPDATE OF search_text ON contact "
    f"WHEN new.search_text = '' AND old.search_text <> '' BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
    f"SELECT 'delete', old.id, old.search_text WHERE NOT EXISTS (SELECT 1 FROM {QUEUE} WHERE id = old.id) "
    f"UNION ALL SELECT 'delete', id, old_text FROM {QUEUE} WHERE id = old.id AND old_text IS NOT NULL; "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (old.id, ''); "  # every row has its (here empty) entry
    f"DELETE FROM {QUEUE} WHERE id = old.id; END",
)

CATCH_UP_CHUNK = 20_000  # contacts indexed per transaction (about half a second; the lock is let go between)


def use_index_queue(db: pw.Database) -> None:
    """Migration: the triggers queue changed contacts instead of writing the index row by row."""
    for statement in QUEUE_SQL:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


def pending(db: pw.Database) -> bool:
    """Whether contacts wait to be indexed (see :func:`catch_up`; the office server has no such index)."""
    if is_server(db):
        return False
    row = db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {QUEUE})").fetchone()  # type: ignore[no-untyped-call]
    return bool(row[0])


def catch_up(db: pw.Database) -> int:
    """Index the queued contacts (before a search); returns how many. Each chunk is one transaction."""
    done = 0
    while pending(db):
        with db.atomic():
            ids = db.execute_sql(  # type: ignore[no-untyped-call]
                f"SELECT id FROM {QUEUE} ORDER BY id LIMIT ?", (CATCH_UP_CHUNK,)).fetchall()
            if not ids:
                break
            span = (ids[0][0], ids[-1][0])
            for statement in (
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) SELECT 'delete', id, old_text "
                f"FROM {QUEUE} WHERE id BETWEEN ? AND ? AND old_text IS NOT NULL",
                f"INSERT INTO {FTS_TABLE}(rowid, search_text) SELECT c.id, c.search_text FROM {QUEUE} q "
                f"JOIN contact c ON c.id = q.id WHERE q.id BETWEEN ? AND ? ORDER BY q.id",
                f"DELETE FROM {QUEUE} WHERE id BETWEEN ? AND ?",
            ):
                db.execute_sql(statement, span)  # type: ignore[no-untyped-call]
        done += len(ids)
    return done

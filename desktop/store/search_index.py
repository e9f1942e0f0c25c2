"""The contacts' substring index: an FTS5 trigram table over ``contact.search_text`` (migration 11).

``contact_fts`` is an external-content FTS5 table (``content='contact'``, rowid = contact id), so the
folded text is stored once (in ``contact``) and the index holds only trigrams and positions, inside
the encrypted database like everything else. Triggers keep it current on every insert, update of
``search_text`` and delete, whoever writes the row (the phone entry, imports, corrections, a
rights request that blanks a contact).

* ``tokenize='trigram case_sensitive 1'``: ``search_text`` is already folded (NFKC, lower case,
  katakana as hiragana) and the query is folded the same way, so no second folding happens here and
  a MATCH finds exactly what ``instr(search_text, query)`` finds (the search re-checks with
  ``instr`` anyway). Queries shorter than three characters cannot use trigrams (see
  :mod:`desktop.store.contacts_repo.search`).
* ``secure-delete``: a deleted or changed text is removed from the index pages themselves, not
  hidden behind a delete marker, so an erased address leaves no trigrams behind (the database also
  runs with ``secure_delete``, which zeroes freed pages).
* ``detail=full`` (the default): phrase queries need positions; at 100,000 contacts the index adds
  about 17 MB to an 85 MB database.
"""

from __future__ import annotations

import peewee as pw

__all__ = ["FTS_TABLE", "SQL", "add_search_index"]

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

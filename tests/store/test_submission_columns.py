"""Migration 6 adds the submission notes to a post_version table made before them, and is a no-op after."""

from __future__ import annotations

import peewee as pw

from desktop.store import migrations, posts


def test_the_columns_are_added_to_an_older_table_and_keep_existing_rows() -> None:
    db = pw.SqliteDatabase(":memory:")
    db.execute_sql("CREATE TABLE post_version (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    db.execute_sql("INSERT INTO post_version (text) VALUES ('old')")
    posts.add_submission_notes(db)
    posts.add_submission_notes(db)  # a database created at this schema already has them: nothing to do
    names = [c.name for c in db.get_columns("post_version")]
    assert names == ["id", "text", "self_check_override", "no_approval_reason", "no_approval_note"]
    row = db.execute_sql("SELECT self_check_override, no_approval_reason, no_approval_note FROM post_version")
    assert row.fetchall() == [("", None, "")]
    assert posts.add_submission_notes in migrations.MIGRATIONS

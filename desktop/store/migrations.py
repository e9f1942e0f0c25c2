"""Schema version (``PRAGMA user_version``) and forward-only migrations run at open.

Each migration is a small function ``(db) -> None`` in :data:`MIGRATIONS`; migration ``i`` brings
the schema from version ``i`` to ``i + 1`` and runs in one transaction. A database newer than
:data:`SCHEMA_VERSION` is refused. Before migrating an existing database the file is copied with
SQLite's online backup API (same key, still encrypted) next to it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from desktop.store import audit_query, contacts, posts, posts_kept
from desktop.store import models as m
from desktop.store.contacts_repo import left_out as left_out_store
from desktop.store.contacts_repo import send_list as send_list_store
from desktop.store.errors import DatabaseTooNew
from desktop.store.search_index import add_search_index, use_index_queue

log = logging.getLogger(__name__)

Migration = Callable[[pw.Database], None]


AUDIT_TRIGGERS = [
    f"CREATE TRIGGER audit_entry_no_{op.lower()} BEFORE {op} ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    for op in ("UPDATE", "DELETE")
]


def _m1_foundation(db: pw.Database) -> None:
    db.create_tables(m.FOUNDATION_MODELS)
    for statement in AUDIT_TRIGGERS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


def _feature(module_name: str) -> Migration:
    """Create the tables a feature module declares in ``MODELS`` and run its ``EXTRA_SQL``."""

    def run(db: pw.Database) -> None:
        module = importlib.import_module(module_name)
        db.create_tables(module.MODELS)
        for statement in getattr(module, "EXTRA_SQL", ()):
            db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs

    run.__name__ = f"create_{module_name.rsplit('.', 1)[-1]}"
    return run


# The order is the schema history: never reorder or remove an entry, only append.
MIGRATIONS: list[Migration] = [
    _m1_foundation,
    _feature("desktop.store.contacts"),  # 2: addresses, consent events, scripts, unsubscribes, requests
    _feature("desktop.store.posts"),  # 3: SNS accounts, scopes, posts, reviews, incidents
    _feature("desktop.store.training"),  # 4: quiz attempts and answers
    _feature("desktop.store.violations"),  # 5: violation reports (A10)
    posts.add_submission_notes,  # 6: self-check override, why approval could not be obtained
    posts.add_evidence_records,  # 7: the managers' evidence records (events, procedures, Q&A, pages)
    contacts.add_mailbox_keys,  # 8: mailbox key per contact (Gmail dots, +tags) for suppression and duplicates
    _feature("desktop.store.reviews"),  # 9: yearly review records (A9): manual rules, scripts, word lists
    _feature("desktop.store.audit_fs"),  # 10: the forward-secure audit key state (audit_key_state)
    _feature("desktop.store.notifications"),  # 11: in-app notifications: read state per user
    _feature("desktop.store.audit_query"),  # 12: indexes for the audit-log screen (person, time)
    add_search_index,  # 13: FTS5 trigram index of contact.search_text, kept by triggers (contacts search)
    send_list_store.add_send_list_columns,  # 14: send-list cache (reason, consent time), expiry index, compact inclusions
    _feature("desktop.store.posts_kept"),  # 15: unsaved post text kept over lock, unlock-cancel and logout
    audit_query.add_time_indexes,  # 16: audit-log screen: (person, time) and (action, time) indexes
    use_index_queue,  # 17: contacts search: triggers queue changed contacts, indexed before each search
    _feature("desktop.store.contact_memos"),  # 18: a memo per contact, corrected with name and furigana
    posts_kept.add_slots,  # 19: unsaved text kept per slot: the posts editor and dialogs (correction, contact, report)
    left_out_store.add_reason_status_index,  # 20: (reason, status, id): the send list's left-out contacts by reason
]


def schema_version() -> int:
    return len(MIGRATIONS)


def current_version(db: pw.Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


def migrate(db: pw.Database, backup: Callable[[int], Path | None] | None = None) -> int:
    """Bring the schema up to date. Returns the number of migrations applied."""
    found = current_version(db)
    target = schema_version()
    if found > target:
        raise DatabaseTooNew(found, target)
    if found == target:
        return 0
    if found > 0 and backup is not None:
        backup(found)
    for index in range(found, target):
        with db.atomic():
            MIGRATIONS[index](db)
            db.execute_sql(f"PRAGMA user_version = {index + 1}")  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
        log.info("schema migrated to version %d", index + 1)
    return target - found

"""The office server's schema: created whole at the current version, with least-rights roles (issue 18).

An office server starts at today's schema: its tables come from the models (which declare every column
the SQLCipher migrations added), its indexes from the same statements, and the append-only rules from the
same triggers, translated from SQLite's trigger form into PL/pgSQL (:func:`pg_trigger`). The SQLCipher
office keeps its migration history (store/migrations.py); later migrations take both stores.

Two roles: the **owner** (creates and upgrades the schema; used only by ``madoguchi server init`` /
``upgrade``) and the **app** role every PC connects with: it may read and write rows, never change the
schema or drop a trigger, and never update or delete an audit entry (the grant is withheld, beside the
trigger). Only the owner may change the append-only rules.

The search index of the SQLCipher office (FTS5) has no counterpart here: the server only holds sealed
text, and the contacts search runs on the app's own copy of the decrypted search fields (store/server_search.py).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from typing import Any

import peewee as pw

from desktop.store import models as m
from desktop.store.server import SCHEMA_TABLE  # named where a new connection checks the version too

# one row per administrator's server command (``server upgrade``, ``server new-login``: its ``kind``); the
# next administrator's login audits it (the command has no office key)
UPGRADE_TABLE = "madoguchi_upgrade"
META_SQL: tuple[str, ...] = (
    f"CREATE TABLE {SCHEMA_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
    f"CREATE TABLE {UPGRADE_TABLE} (id INTEGER PRIMARY KEY GENERATED ALWAYS AS IDENTITY, "
    "from_version INTEGER NOT NULL, to_version INTEGER NOT NULL, changes INTEGER NOT NULL, "
    "noted BOOLEAN NOT NULL DEFAULT false, kind TEXT NOT NULL DEFAULT 'upgrade')",
)

# Data a migration moves on an existing server office (not only DDL), by the version it brings the schema to:
# ``server upgrade`` runs them, in order, after adding tables and columns and before dropping what is no longer
# used (store/server_upgrade.py). Migration 19 (kept text per slot) needs none: the new ``slot`` column is
# filled with the model's default "" (the posts editor's slot), as SQLite's ``ADD COLUMN … DEFAULT ''`` does.
DATA_HOOKS: dict[int, list[Callable[[pw.Database], None]]] = {}

# The feature modules whose MODELS and EXTRA_SQL make up the schema, in the migrations' order.
FEATURE_MODULES = (
    "desktop.store.contacts",
    "desktop.store.posts",
    "desktop.store.training",
    "desktop.store.violations",
    "desktop.store.reviews",
    "desktop.store.audit_fs",
    "desktop.store.notifications",
    "desktop.store.audit_query",
    "desktop.store.posts_kept",
    "desktop.store.contact_memos",
)

_TRIGGER = re.compile(
    r"CREATE TRIGGER (?:IF NOT EXISTS )?(?P<name>\w+) (?P<when>BEFORE|AFTER) (?P<op>INSERT|UPDATE|DELETE)"
    r"(?: OF (?P<cols>[\w, ]+?))? ON (?P<table>\w+)(?: WHEN (?P<cond>.+?))? BEGIN (?P<body>.+); END$",
    re.IGNORECASE | re.DOTALL,
)
_RAISE = re.compile(r"SELECT RAISE\(ABORT, '(?P<msg>[^']*)'\)", re.IGNORECASE)


def _condition(sql: str) -> str:
    """SQLite's ``IS`` / ``IS NOT`` between two values as PostgreSQL's null-safe comparisons."""
    sql = re.sub(r"\bIS NOT (?!NULL\b)", "IS DISTINCT FROM ", sql, flags=re.IGNORECASE)
    return re.sub(r"\bIS (?!NOT\b|NULL\b|DISTINCT\b)", "IS NOT DISTINCT FROM ", sql, flags=re.IGNORECASE)


def pg_trigger(statement: str) -> list[str]:
    """One of the store's SQLite trigger statements as a PL/pgSQL function and a row trigger.

    Raises ValueError for a statement of another form (a new trigger must be written in the known form)."""
    found = _TRIGGER.match(" ".join(statement.split()))
    if found is None:
        raise ValueError("not a trigger statement of the store's form")
    name, when, op, table = found["name"], found["when"].upper(), found["op"].upper(), found["table"]
    # an integrity error, as SQLite's RAISE(ABORT) is (the callers catch one kind on both stores)
    body = _RAISE.sub(lambda r: f"RAISE EXCEPTION '{r['msg']}' USING ERRCODE = 'integrity_constraint_violation'",
                      found["body"])
    body = "; ".join(_condition(part.strip()) for part in body.split(";") if part.strip())
    returned = "NULL" if when == "AFTER" else ("OLD" if op == "DELETE" else "NEW")
    of = f" OF {found['cols']}" if found["cols"] else ""
    cond = f" WHEN ({_condition(found['cond'])})" if found["cond"] else ""
    return [
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {body}; RETURN {returned}; END $$",
        f"CREATE TRIGGER {name} {when} {op}{of} ON {table} FOR EACH ROW{cond} EXECUTE FUNCTION {name}_fn()",
    ]


def pg_statement(statement: str) -> list[str]:
    """A schema statement written for SQLite as PostgreSQL statements (triggers translated, the rest kept)."""
    text = " ".join(statement.split())
    if text.upper().startswith("CREATE TRIGGER"):
        return pg_trigger(text)
    return [text]


def all_models() -> list[type[m.BaseModel]]:
    found: list[type[m.BaseModel]] = list(m.FOUNDATION_MODELS)
    for name in FEATURE_MODULES:
        found.extend(importlib.import_module(name).MODELS)
    return found


def server_only_models() -> list[type[m.BaseModel]]:
    """Tables only the office server has: its key slots (one PC keeps them in ``office.keys``)."""
    from desktop.store.server_slots import KeySlotFile

    return [KeySlotFile]


def _server_only_sql() -> tuple[str, ...]:
    from desktop.store.server_search import SCHEMA_SQL

    return SCHEMA_SQL


def _extra_sql() -> Iterable[str]:
    from desktop.store import audit_query
    from desktop.store.contacts_repo import send_list
    from desktop.store.migrations import AUDIT_TRIGGERS

    yield from AUDIT_TRIGGERS
    for name in FEATURE_MODULES:
        yield from getattr(importlib.import_module(name), "EXTRA_SQL", ())
    yield from audit_query.TIME_INDEXES
    yield from send_list.INDEX_SQL
    yield from send_list.EXTRA_SQL


def create_schema(db: pw.Database, version: int) -> None:
    """Create every table, index and trigger of schema ``version`` on an empty server database."""
    with db.atomic():
        db.create_tables(all_models())
        for statement in _extra_sql():
            for pg in pg_statement(statement):
                db.execute_sql(pg)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
        db.create_tables(server_only_models())
        for statement in _server_only_sql():
            db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
        for statement in META_SQL:
            db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
        db.execute_sql(f"INSERT INTO {SCHEMA_TABLE} (id, version) VALUES (1, %s)", (version,))  # type: ignore[no-untyped-call]


def raw_table_statements() -> dict[str, str]:
    """The tables ``create_schema`` makes by a statement rather than a model, by name (for ``server upgrade``)."""
    found = {}
    for statement in [*_server_only_sql(), *META_SQL]:
        match = re.match(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", statement, re.IGNORECASE)
        if match:
            found[match[1]] = statement
    return found


def schema_version(db: pw.Database) -> int:
    """The server's schema version (0: no schema yet)."""
    row = db.execute_sql("SELECT to_regclass(%s)", (SCHEMA_TABLE,)).fetchone()  # type: ignore[no-untyped-call]
    if row is None or row[0] is None:
        return 0
    return int(db.execute_sql(f"SELECT version FROM {SCHEMA_TABLE} WHERE id = 1").fetchone()[0])  # type: ignore[no-untyped-call]


def grant_app_role(db: pw.Database, role: str, extra_tables: Iterable[str] = ()) -> None:
    """The app role's rights: rows only (no DDL), never UPDATE/DELETE/TRUNCATE on the audit log."""
    quoted = _ident(role)
    from desktop.store.server_search import CHANGE_TABLE

    tables = [model._meta.table_name for model in [*all_models(), *server_only_models()]]
    tables += [SCHEMA_TABLE, CHANGE_TABLE, *extra_tables]
    with db.atomic():
        db.execute_sql("REVOKE ALL ON SCHEMA public FROM PUBLIC")  # type: ignore[no-untyped-call]
        db.execute_sql(f"GRANT USAGE ON SCHEMA public TO {quoted}")  # type: ignore[no-untyped-call]
        # the upgrades' rows: read, and marked noted by the administrator's login that audits them
        db.execute_sql(f"GRANT SELECT, UPDATE (noted) ON {UPGRADE_TABLE} TO {quoted}")  # type: ignore[no-untyped-call]
        for table in tables:
            if table in ("audit_entry", SCHEMA_TABLE):
                rights = "SELECT" if table == SCHEMA_TABLE else "SELECT, INSERT"
            else:
                rights = "SELECT, INSERT, UPDATE, DELETE"
            db.execute_sql(f"GRANT {rights} ON {_ident(table)} TO {quoted}")  # type: ignore[no-untyped-call]
        db.execute_sql(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {quoted}")  # type: ignore[no-untyped-call]


def _ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise ValueError("a database name of lower-case letters, digits and _ is required")
    return '"' + name + '"'


def quote_ident(name: str) -> str:
    """A role or database name checked and quoted for a DDL statement (no user text reaches SQL unquoted)."""
    return _ident(name)


__all__: list[Any] = ["DATA_HOOKS", "META_SQL", "SCHEMA_TABLE", "UPGRADE_TABLE", "all_models", "create_schema",
                      "grant_app_role", "pg_statement",
                      "pg_trigger", "quote_ident", "raw_table_statements", "schema_version"]

"""Bringing an office server's schema up to this app's version (``madoguchi server upgrade``, issue 18).

No PostgreSQL is written by hand per migration. The schema this app wants is made by the same
:func:`desktop.store.server_schema.create_schema` that ``server init`` runs, in a scratch schema of the same
database (``madoguchi_target``), inside the upgrade's one transaction; the two are then compared in the
server's catalog and the office's schema (``public``) is changed until it is the same:

* tables the app has and the server lacks are created as ``create_schema`` creates them (from the model,
  or the raw statement for the server's own tables);
* columns added (existing rows get the model's default, as SQLite's ``ADD COLUMN … DEFAULT`` gives them), a
  ``NOT NULL`` or a column default changed; constraints, indexes, trigger functions and triggers not in the
  target dropped, and missing or different ones created from the target's own definition;
* the data hooks of the versions crossed run (:data:`desktop.store.server_schema.DATA_HOOKS`);
* columns and tables the app no longer has are dropped only when they hold no data.

A change that cannot be made safely is refused with one line (:class:`UpgradeRefused`): a column whose type
changed, a dropped column or table that holds data, a new required column with no default on a table with
rows. After the changes the office's schema is compared again with the target; any difference left is a
refusal too. Then the app role's rights are granted again, the version row is updated and an upgrade row
is written (:data:`UPGRADE_TABLE`, kind :data:`UPGRADE_KIND`), which the next administrator's login turns into one audit entry
(the administrator's command has no office key, so it cannot write to the audit chain itself).

All of it is one transaction (PostgreSQL's DDL is transactional) that first takes the office write lock, so no
PC saves meanwhile; a failure or a cut connection anywhere leaves the schema as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw
import psycopg
from psycopg import sql

from desktop.store.server import OFFICE_WRITE_LOCK
from desktop.store.server_schema import (
    DATA_HOOKS,
    SCHEMA_TABLE,
    UPGRADE_TABLE,
    all_models,
    create_schema,
    grant_app_role,
    quote_ident,
    raw_table_statements,
    schema_version,
    server_only_models,
)

TARGET = "madoguchi_target"
UPGRADE_KIND = "upgrade"  # the kind of this command's row in UPGRADE_TABLE
LOCK_TIMEOUT = "60s"  # a PC reading a table (e.g. its search copy) holds the upgrade's ALTER for at most this
_QUALIFIED = re.compile(rf"\b(?:public|{TARGET})\.")

_Column = tuple[str, bool, "str | None"]  # (type, not null, default expression)


class UpgradeRefused(Exception):
    """The upgrade was not made (nothing changed); the text says why, in one line (no personal data)."""


@dataclass
class Snapshot:
    """The parts of one schema the upgrade compares, with schema names taken out of every definition."""

    columns: dict[str, dict[str, _Column]] = field(default_factory=dict)  # table -> column -> …
    constraints: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (table, name) -> (kind, def)
    indexes: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (table, def)
    triggers: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, name) -> def
    functions: dict[str, str] = field(default_factory=dict)  # trigger function -> def

    def differences(self, wanted: Snapshot) -> list[str]:
        """What still differs from ``wanted`` (names only)."""
        out = []
        for part in ("columns", "constraints", "indexes", "triggers", "functions"):
            mine, theirs = getattr(self, part), getattr(wanted, part)
            out += [f"{part}: {key}" for key in sorted(set(mine) ^ set(theirs), key=str)]
            out += [f"{part}: {key} differs" for key in sorted(set(mine) & set(theirs), key=str)
                    if mine[key] != theirs[key]]
        return out


def _plain(text: str | None) -> str | None:
    return None if text is None else _QUALIFIED.sub("", text)


def _rows(db: pw.Database, query: str, params: tuple[Any, ...]) -> list[Any]:
    return list(db.execute_sql(query, params).fetchall())  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


def snapshot(db: pw.Database, schema: str = "public") -> Snapshot:
    """Read ``schema``'s tables, columns, constraints, indexes, triggers and trigger functions from the catalog."""
    found = Snapshot()
    for table, column, kind, notnull, default in _rows(db, (
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            "pg_get_expr(d.adbin, d.adrelid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
            "WHERE n.nspname = %s AND c.relkind IN ('r', 'p')"), (schema,)):
        found.columns.setdefault(table, {})[column] = (kind, bool(notnull), _plain(default))
    for table, name, kind, definition in _rows(db, (
            "SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid) FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s"), (schema,)):
        found.constraints[(table, name)] = (str(kind), str(_plain(definition)))
    for table, name, definition in _rows(db, (
            "SELECT t.relname, i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = %s AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))"),
            (schema,)):
        found.indexes[name] = (table, str(_plain(definition)))
    for table, name, definition in _rows(db, (
            "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND NOT t.tgisinternal"), (schema,)):
        found.triggers[(table, name)] = str(_plain(definition))
    for name, definition in _rows(db, (
            "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = %s AND p.prokind = 'f' AND p.prorettype = 'trigger'::regtype AND NOT EXISTS "
            "(SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"), (schema,)):
        found.functions[name] = str(_plain(definition))
    return found


@dataclass(frozen=True)
class UpgradeResult:
    from_version: int
    to_version: int
    changes: list[str]  # what was changed, one line each (names of tables, columns, indexes: nothing personal)
    ended: int | None = 0  # the PCs' open sessions ended afterwards (None: this administrator may not end them)


class _Upgrade:
    """One upgrade run inside the caller's transaction on the owner's connection."""

    def __init__(self, db: pw.Database, wanted: Snapshot) -> None:
        self.db = db
        self.wanted = wanted
        self.changes: list[str] = []
        self.step = ""

    def run(self, statement: str, change: str | None = None) -> None:
        self.step = change or statement.split(" (", 1)[0][:80]
        self.db.execute_sql(statement)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
        if change:
            self.changes.append(change)

    def count(self, query: str) -> int:
        return int(self.db.execute_sql(query).fetchone()[0])  # type: ignore[no-untyped-call]

    def literal(self, value: Any) -> str:
        return sql.Literal(value).as_string(self.db.connection())  # type: ignore[no-untyped-call]

    # -- tables and columns -------------------------------------------------------------------------------
    def create_tables(self, have: Snapshot) -> None:
        models = {model._meta.table_name: model for model in [*all_models(), *server_only_models()]}
        order = [name for name in models if name in self.wanted.columns]
        order += [name for name in self.wanted.columns if name not in models]
        raw = raw_table_statements()
        for name in order:
            if name in have.columns:
                continue
            change = self.step = f"table {name} created"
            if name in models:
                models[name].create_table(safe=False)
            elif name in raw:
                self.run(raw[name])
            else:
                raise UpgradeRefused(f"table {name} is new but no statement creates it")
            self.changes.append(change)

    def change_columns(self, have: Snapshot) -> None:
        for table, wanted in self.wanted.columns.items():
            present = have.columns.get(table)
            if present is None:
                continue
            q = f"{quote_ident(table)}"
            for column, (kind, notnull, default) in wanted.items():
                qc = quote_ident(column)
                if column not in present:
                    self.add_column(table, column, (kind, notnull, default))
                    continue
                old_kind, old_notnull, old_default = present[column]
                if old_kind != kind:
                    raise UpgradeRefused(f"column {table}.{column} changes type ({old_kind} → {kind}): "
                                         "this upgrade cannot convert it")
                if notnull and not old_notnull:
                    if self.count(f"SELECT count(*) FROM {q} WHERE {qc} IS NULL"):
                        raise UpgradeRefused(f"column {table}.{column} becomes required but rows have no value")
                    self.run(f"ALTER TABLE {q} ALTER COLUMN {qc} SET NOT NULL", f"column {table}.{column} required")
                elif old_notnull and not notnull:
                    self.run(f"ALTER TABLE {q} ALTER COLUMN {qc} DROP NOT NULL", f"column {table}.{column} optional")
                if old_default != default:
                    action = "DROP DEFAULT" if default is None else f"SET DEFAULT {default}"
                    self.run(f"ALTER TABLE {q} ALTER COLUMN {qc} {action}", f"column {table}.{column} default changed")

    def add_column(self, table: str, column: str, wanted: _Column) -> None:
        kind, notnull, default = wanted
        q, qc = quote_ident(table), quote_ident(column)
        fill = default
        if default is None and notnull:
            fill = self.model_default(table, column)
            if fill is None and self.count(f"SELECT count(*) FROM {q}"):
                raise UpgradeRefused(f"column {table}.{column} is new and required, has no default and the table "
                                     "has rows: it needs a data hook")
        statement = f"ALTER TABLE {q} ADD COLUMN {qc} {kind}"
        statement += f" DEFAULT {fill}" if fill is not None else ""
        statement += " NOT NULL" if notnull else ""
        shown = "" if fill is None or default is not None else f" (existing rows: {fill})"
        self.run(statement, f"column {table}.{column} added{shown}")
        if fill is not None and default is None:  # the default only filled the existing rows, as SQLite's does
            self.run(f"ALTER TABLE {q} ALTER COLUMN {qc} DROP DEFAULT")

    def model_default(self, table: str, column: str) -> str | None:
        """The model's default for a new column as an SQL literal (None: the model has none)."""
        for model in [*all_models(), *server_only_models()]:
            if model._meta.table_name != table:
                continue
            for fld in model._meta.sorted_fields:
                if fld.column_name != column or fld.default is None:
                    continue
                if fld.field_type == "SEALED":
                    raise UpgradeRefused(f"column {table}.{column} is new and sealed: its default needs the "
                                         "office key (a data hook run by the app)")
                value = fld.default() if callable(fld.default) else fld.default
                return self.literal(fld.db_value(value))
        return None

    def drop_unwanted(self, have: Snapshot) -> None:
        for table, present in have.columns.items():
            q = quote_ident(table)
            if table not in self.wanted.columns:
                if self.count(f"SELECT count(*) FROM {q}"):
                    raise UpgradeRefused(f"table {table} is no longer used but holds rows: move or remove them first")
                self.run(f"DROP TABLE {q}", f"table {table} dropped (it was empty)")
                continue
            for column in present:
                if column in self.wanted.columns[table]:
                    continue
                qc = quote_ident(column)
                if self.count(f"SELECT count(*) FROM {q} WHERE {qc} IS NOT NULL"):
                    raise UpgradeRefused(f"column {table}.{column} is no longer used but holds data")
                self.run(f"ALTER TABLE {q} DROP COLUMN {qc}", f"column {table}.{column} dropped (it was empty)")

    # -- constraints, indexes, triggers -------------------------------------------------------------------
    def sync_constraints(self, have: Snapshot) -> None:
        wanted = self.wanted.constraints
        stale = [key for key, value in have.constraints.items() if wanted.get(key) != value]
        for table, name in sorted(stale, key=lambda k: have.constraints[k][0] != "f"):  # foreign keys first
            self.run(f"ALTER TABLE {quote_ident(table)} DROP CONSTRAINT {quote_ident(name)}",
                     f"constraint {name} on {table} dropped")
        missing = [key for key, value in wanted.items() if have.constraints.get(key) != value]
        for table, name in sorted(missing, key=lambda k: wanted[k][0] == "f"):  # keys before foreign keys
            self.run(f"ALTER TABLE {quote_ident(table)} ADD CONSTRAINT {quote_ident(name)} {wanted[(table, name)][1]}",
                     f"constraint {name} on {table} created")

    def sync_indexes(self, have: Snapshot) -> None:
        for name, value in have.indexes.items():
            if self.wanted.indexes.get(name) != value:
                self.run(f"DROP INDEX {quote_ident(name)}", f"index {name} dropped")
        for name, (table, definition) in self.wanted.indexes.items():
            if have.indexes.get(name) != (table, definition):
                self.run(definition, f"index {name} created")

    def sync_triggers(self, have: Snapshot) -> None:
        for name, definition in self.wanted.functions.items():
            if have.functions.get(name) != definition:
                self.run(definition, f"trigger function {name} written")
        for (table, name), definition in have.triggers.items():
            if self.wanted.triggers.get((table, name)) != definition:
                self.run(f"DROP TRIGGER {quote_ident(name)} ON {quote_ident(table)}", f"trigger {name} dropped")
        for (table, name), definition in self.wanted.triggers.items():
            if have.triggers.get((table, name)) != definition:
                self.run(definition, f"trigger {name} on {table} created")
        for name in have.functions:
            if name not in self.wanted.functions:
                self.run(f"DROP FUNCTION {quote_ident(name)}()", f"trigger function {name} dropped")


def _target(db: pw.Database, version: int) -> Snapshot:
    """The schema ``create_schema`` makes today, built in the scratch schema and read back (dropped later)."""
    db.execute_sql(f"CREATE SCHEMA {TARGET}")  # type: ignore[no-untyped-call]
    db.execute_sql(f"SET LOCAL search_path TO {TARGET}")  # type: ignore[no-untyped-call]
    create_schema(db, version)
    db.execute_sql("SET LOCAL search_path TO public")  # type: ignore[no-untyped-call]
    return snapshot(db, TARGET)


Hook = Callable[[pw.Database], None]


def upgrade_schema(db: pw.Database, app_role: str, target: int,
                   hooks: dict[int, list[Hook]] | None = None) -> UpgradeResult:
    """Bring the office schema on ``db`` (the owner's connection, models bound to it) to version ``target``.

    Raises :class:`UpgradeRefused` (nothing changed) for a database without an office schema, one newer than
    ``target``, or a difference that cannot be applied safely."""
    hooks = DATA_HOOKS if hooks is None else hooks
    quote_ident(app_role)
    work: _Upgrade | None = None
    try:
        with db.atomic():
            db.execute_sql("SET LOCAL search_path TO public")  # type: ignore[no-untyped-call]
            db.execute_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")  # type: ignore[no-untyped-call]
            # no PC saves while the schema changes (ServerDatabase.begin takes it too; an advisory lock nests)
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (OFFICE_WRITE_LOCK,))  # type: ignore[no-untyped-call]
            found = schema_version(db)
            if found == 0:
                raise UpgradeRefused("this database holds no office schema: set it up with madoguchi server init")
            if found > target:
                raise UpgradeRefused(f"the office server's schema (version {found}) is newer than this app's "
                                     f"(version {target}): install the newer Madoguchi instead")
            work = _Upgrade(db, _target(db, target))
            work.create_tables(snapshot(db))
            work.change_columns(snapshot(db))
            for version in range(found + 1, target + 1):
                for hook in hooks.get(version, []):
                    work.step = f"data hook of version {version}"
                    hook(db)
                    work.changes.append(f"data moved for version {version} ({hook.__name__})")
            work.drop_unwanted(snapshot(db))
            work.sync_constraints(snapshot(db))
            work.sync_indexes(snapshot(db))
            work.sync_triggers(snapshot(db))
            left = snapshot(db).differences(work.wanted)
            if left:
                raise UpgradeRefused(f"the schema would still differ from version {target}'s: {left[0]}")
            db.execute_sql(f"DROP SCHEMA {TARGET} CASCADE")  # type: ignore[no-untyped-call]
            if found == target and not work.changes:
                return UpgradeResult(found, target, [])
            grant_app_role(db, app_role)
            db.execute_sql(f"UPDATE {SCHEMA_TABLE} SET version = %s WHERE id = 1", (target,))  # type: ignore[no-untyped-call]
            db.execute_sql(f"INSERT INTO {UPGRADE_TABLE} (kind, from_version, to_version, changes) "  # type: ignore[no-untyped-call]
                           "VALUES (%s, %s, %s, %s)", (UPGRADE_KIND, found, target, len(work.changes)))
            return UpgradeResult(found, target, [*work.changes, f"rights of {app_role} granted again",
                                                 f"schema version {found} → {target}"])
    except (pw.DatabaseError, psycopg.Error) as exc:
        driver = _driver(exc)
        if isinstance(driver, psycopg.errors.LockNotAvailable):
            raise UpgradeRefused(f"a PC kept the office's tables busy for {LOCK_TIMEOUT}: close Madoguchi on "
                                 "every PC and run the upgrade again; nothing was changed") from None
        # the server's one-line message, never its DETAIL (which may quote a row's values)
        primary = driver.diag.message_primary if driver is not None else type(exc).__name__
        step = f" at '{work.step}'" if work is not None and work.step else ""
        raise UpgradeRefused(f"the server refused the upgrade{step}: {primary}; nothing was changed") from None
    except ValueError:  # a name outside lower-case letters, digits and _ (quote_ident): not made by create_schema
        step = f" at '{work.step}'" if work is not None and work.step else ""
        raise UpgradeRefused(f"a name in the schema is not one this app writes{step}; nothing was changed") from None


def _driver(exc: BaseException) -> psycopg.Error | None:
    """The driver's error behind ``exc`` (peewee raises its own while handling psycopg's)."""
    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, psycopg.Error):
        seen = seen.__cause__ or seen.__context__
    return seen


def take_unnoted(db: pw.Database) -> list[tuple[str, int, int, int]]:
    """The administrator's server commands the app has not written to the audit log yet, as (kind, from, to,
    changes) (kind :data:`UPGRADE_KIND` or ``new_login``), now marked noted.

    Called by an administrator's login inside its transaction (the app role may set ``noted`` only)."""
    table, has_kind = _rows(db, "SELECT to_regclass(%s), EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = "
                                "to_regclass(%s) AND attname = 'kind' AND NOT attisdropped)",
                            (UPGRADE_TABLE, UPGRADE_TABLE))[0]
    if table is None:  # a server set up before it existed
        return []
    kind = "kind" if has_kind else f"'{UPGRADE_KIND}'"  # before the kind column: upgrades only
    rows = _rows(db, f"SELECT id, {kind}, from_version, to_version, changes FROM {UPGRADE_TABLE} "
                     "WHERE NOT noted ORDER BY id", ())
    if rows:
        db.execute_sql(f"UPDATE {UPGRADE_TABLE} SET noted = true WHERE id IN "  # type: ignore[no-untyped-call]
                       f"({', '.join('%s' for _ in rows)})", tuple(r[0] for r in rows))
    return [(str(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]


__all__ = ["TARGET", "UPGRADE_KIND", "Snapshot", "UpgradeRefused", "UpgradeResult", "snapshot", "take_unnoted", "upgrade_schema"]

"""Setting up an office server database (``madoguchi server init``, issue 18).

Run once by an administrator with a PostgreSQL role that may create roles and databases (the server's own
administrator, e.g. ``postgres``): it creates the office database (owned by that role), the app's login role
with the least rights the app needs (rows of the office's tables; no schema changes, no audit rewrites, no
other database), the schema at this app's version, and returns the connection settings each PC keeps.
``madoguchi server upgrade`` (:func:`upgrade_server`) later brings that schema to a newer app's version, and
``madoguchi server new-login`` (:func:`change_app_password`) gives the app role a new password when someone
leaves (every PC shares that login, through its connection file).

A role's password is sent to the server only as its SCRAM-SHA-256 verifier, computed here (libpq's
``PQencryptPasswordConn``): the server logs ``CREATE/ALTER ROLE`` statements with ``log_statement=all``, and
the verifier is all such a log can show.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import peewee as pw
import psycopg
from psycopg import sql

from desktop.store.errors import ServerUnavailable
from desktop.store.server import ServerDatabase, ServerProfile, server_fault
from desktop.store.server_schema import (
    UPGRADE_TABLE,
    all_models,
    create_schema,
    grant_app_role,
    quote_ident,
    server_only_models,
)
from desktop.store.server_upgrade import UpgradeResult, upgrade_schema


@dataclass(frozen=True)
class AdminLogin:
    """The server administrator's connection (used by the server command only; never stored)."""

    host: str
    port: int
    user: str
    password: str
    ca_path: Path  # the office CA certificate: the server's certificate must chain to it and name ``host``
    maintenance_db: str = "postgres"

    def params(self, dbname: str) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "user": self.user, "password": self.password,
                "dbname": dbname, "sslmode": "verify-full", "sslrootcert": str(self.ca_path),
                "connect_timeout": 10, "application_name": "madoguchi-server-init"}


def _admin(login: AdminLogin, dbname: str) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(**login.params(dbname), autocommit=True)
    except psycopg.Error as exc:
        raise (server_fault(exc) or ServerUnavailable()) from None


def init_server(login: AdminLogin, dbname: str) -> ServerProfile:
    """Create the office database ``dbname``, its app role and schema. Returns the PCs' connection settings."""
    from desktop.store.migrations import schema_version

    app_role = f"{dbname}_app"
    quote_ident(dbname), quote_ident(app_role)  # names of lower-case letters, digits and _ only
    password = secrets.token_urlsafe(32)
    with _admin(login, login.maintenance_db) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT "
                             "NOREPLICATION CONNECTION LIMIT 50 PASSWORD {}").format(
            sql.Identifier(app_role), sql.Literal(scram_verifier(conn, app_role, password))))
        conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(dbname),
                                                                        sql.Identifier(app_role)))
    params = login.params(dbname)
    db = ServerDatabase(params.pop("dbname"), autoconnect=False, **params)
    db.connect()
    try:
        with db.bind_ctx([*all_models(), *server_only_models()]):
            create_schema(db, schema_version())
            grant_app_role(db, app_role)
    finally:
        db.close()
    return ServerProfile(host=login.host, port=login.port, dbname=dbname, user=app_role, password=password,
                         ca_pem=login.ca_path.read_text(encoding="ascii"))


def upgrade_server(login: AdminLogin, profile: ServerProfile) -> UpgradeResult:
    """Bring the office database ``profile`` names to this app's schema (store/server_upgrade.py), as the
    administrator ``login`` (the database's owner: the app role may not change the schema)."""
    from desktop.store.migrations import schema_version

    params = {**login.params(profile.dbname), "application_name": "madoguchi-server-upgrade"}
    db = ServerDatabase(params.pop("dbname"), autoconnect=False, **params)
    try:
        db.connect()
    except (pw.OperationalError, pw.InterfaceError, psycopg.Error) as exc:
        raise (server_fault(exc) or ServerUnavailable()) from None
    try:
        with db.bind_ctx([*all_models(), *server_only_models()]):
            done = upgrade_schema(db, profile.user, schema_version())
        if not done.changes:
            return done
        # a PC still open on the old schema must not go on writing into the new one: its session is ended, and
        # its app, reconnecting, finds a schema that is not the one it opened and stops with one message
        return replace(done, ended=_end_sessions(db.connection(), profile.user))  # type: ignore[no-untyped-call]
    finally:
        db.close()


NEW_LOGIN_KIND = "new_login"  # its row in UPGRADE_TABLE, audited at the next administrator's login
PASSWORD_BYTES = 32  # the app role's password: 32 random bytes (256 bits), URL-safe base64
END_WAIT_MS = 5000  # how long the server waits for each ended session to go


class NewLoginRefused(Exception):
    """The app role's password was not changed (nothing changed); the text says why, in one line."""


class NewLoginUnknown(Exception):
    """The connection dropped while the new password was being committed: it may be in force or not."""


def scram_verifier(conn: psycopg.Connection[Any], role: str, password: str) -> str:
    """``password``'s SCRAM-SHA-256 verifier for ``role`` (salted and iterated by libpq), the form a
    ``CREATE/ALTER ROLE … PASSWORD`` may carry instead of the password itself."""
    return conn.pgconn.encrypt_password(password.encode("utf-8"), role.encode("utf-8"),
                                        b"scram-sha-256").decode("ascii")


def change_app_password(login: AdminLogin, profile: ServerProfile,
                        ready: Callable[[ServerProfile], None]) -> tuple[ServerProfile, int | None]:
    """Give the app role of ``profile`` a new random password, as the administrator ``login``.

    ``ready(new_profile)`` runs before the server is changed (it writes the new connection file under a temp
    name; if it raises, nothing changed). Then, in one transaction, the role's password (as its verifier) and
    a :data:`NEW_LOGIN_KIND` row for the audit log; then the role's open sessions are ended (their PCs can
    connect again only with the new file). Returns the new profile and how many sessions were ended (None:
    the administrator may not end them; they last until they disconnect)."""
    from desktop.store.migrations import schema_version

    role = profile.user
    quote_ident(role)
    params = {**login.params(profile.dbname), "application_name": "madoguchi-server-new-login"}
    try:
        conn = psycopg.connect(**params, autocommit=True)
    except psycopg.Error as exc:
        raise (server_fault(exc) or ServerUnavailable()) from None
    with conn:
        try:
            found = conn.execute("SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(%s) "
                                 "AND attname = 'kind' AND NOT attisdropped), EXISTS (SELECT 1 FROM pg_roles "
                                 "WHERE rolname = %s)", (UPGRADE_TABLE, role)).fetchone()
        except psycopg.Error as exc:
            raise (server_fault(exc) or ServerUnavailable()) from None
        if found is None or not found[1]:
            raise NewLoginRefused(f"the server has no role {role} (the connection file's login); nothing was changed")
        if not found[0]:
            raise NewLoginRefused("the office database predates this command: run madoguchi server upgrade first; "
                                  "nothing was changed")
        password = secrets.token_urlsafe(PASSWORD_BYTES)
        made = replace(profile, password=password)
        ready(made)
        version = schema_version()
        try:
            with conn.transaction():
                conn.execute(sql.SQL("INSERT INTO {} (kind, from_version, to_version, changes) "
                                     "VALUES (%s, %s, %s, 0)").format(sql.Identifier(UPGRADE_TABLE)),
                             (NEW_LOGIN_KIND, version, version))
                conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(scram_verifier(conn, role, password))))
        except psycopg.Error as exc:
            if server_fault(exc) is not None:  # the connection dropped: the COMMIT may have been made or not
                raise NewLoginUnknown() from None
            primary = exc.diag.message_primary or type(exc).__name__  # never DETAIL
            raise NewLoginRefused(f"the server refused the new password: {primary}; nothing was changed") from None
        return made, _end_sessions(conn, role)


def _end_sessions(conn: psycopg.Connection[Any], role: str) -> int | None:
    """End every open session of ``role`` on the server (all its PCs); None if this administrator may not."""
    try:
        row = conn.execute("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, %s)) FROM pg_stat_activity "
                           "WHERE usename = %s AND pid <> pg_backend_pid()", (END_WAIT_MS, role)).fetchone()
    except psycopg.errors.InsufficientPrivilege:
        return None
    return int(row[0]) if row else 0

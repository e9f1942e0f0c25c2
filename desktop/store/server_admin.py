"""Setting up an office server database (``madoguchi server init``, issue 18).

Run once by an administrator with a PostgreSQL role that may create roles and databases (the server's own
administrator, e.g. ``postgres``): it creates the office database (owned by that role), the app's login role
with the least rights the app needs (rows of the office's tables; no schema changes, no audit rewrites, no
other database), the schema at this app's version, and returns the connection settings each PC keeps.
``madoguchi server upgrade`` (:func:`upgrade_server`) later brings that schema to a newer app's version.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw
import psycopg
from psycopg import sql

from desktop.store.errors import ServerUnavailable
from desktop.store.server import ServerDatabase, ServerProfile, server_fault
from desktop.store.server_schema import (
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
            sql.Identifier(app_role), sql.Literal(password)))
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
            return upgrade_schema(db, profile.user, schema_version())
    finally:
        db.close()

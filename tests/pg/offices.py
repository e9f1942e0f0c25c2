"""Office servers for the tests: real databases on the test cluster, set up by ``init_server``.

``madoguchi server init`` runs once per test process (database ``mdg_schema`` and its app role); each
test's office is a copy of it (``CREATE DATABASE … TEMPLATE``: a few tens of milliseconds), with a
connection folder of its own. The databases a test made are dropped when it ends (:func:`drop_created`).
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from psycopg import sql

from desktop.store.server import ServerProfile
from desktop.store.server_admin import AdminLogin, init_server
from tests.pg.cluster import PgCluster, get_cluster

SCHEMA_DB = "mdg_schema"
OFFICE_DB = "mdg_office"
_state: dict[str, Any] = {}
_created: list[str] = []
_counter = itertools.count(1)


def cluster() -> PgCluster:
    found = get_cluster()
    assert found is not None, "no test PostgreSQL (the fixture skips before this)"
    return found


def admin_login(c: PgCluster) -> AdminLogin:
    return AdminLogin(host=c.host, port=c.port, user=c.admin_user, password=c.admin_password,
                      ca_path=c.ca_cert_path)


def schema_profile() -> ServerProfile:
    """The profile of the run's schema-only database (``server init`` once per process)."""
    if "schema" not in _state:
        c = cluster()
        with c.admin_connect() as conn:
            for name in (OFFICE_DB, SCHEMA_DB):
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(SCHEMA_DB + "_app")))
        _state["schema"] = init_server(admin_login(c), SCHEMA_DB)
    profile: ServerProfile = _state["schema"]
    return profile


def copy_database(template: str) -> str:
    """A new database copied from ``template``, which the app role may connect to; dropped at the test's end."""
    profile = schema_profile()
    name = f"mdg_t{os.getpid()}_{next(_counter)}"
    with cluster().admin_connect() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template)))
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(name),
                                                                        sql.Identifier(profile.user)))
    _created.append(name)
    return name


def new_server_folder(data_dir: Path, template: str = SCHEMA_DB) -> ServerProfile:
    """``data_dir`` as a PC's connection folder for a fresh copy of ``template``."""
    profile = replace(schema_profile(), dbname=copy_database(template))
    profile.save(data_dir)
    return profile


def office_template(create: Any) -> tuple[Path, str]:
    """The run's template office on the server (``create(folder)`` makes it and returns the recovery code)."""
    if "office" not in _state:
        folder = Path(tempfile.mkdtemp(prefix="madoguchi-test-server-template-")) / "office"
        profile = replace(schema_profile(), dbname=OFFICE_DB)
        with cluster().admin_connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(OFFICE_DB),
                                                                        sql.Identifier(SCHEMA_DB)))
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(OFFICE_DB),
                                                                            sql.Identifier(profile.user)))
        profile.save(folder)
        code = create(folder)
        _state["office"] = (folder, code)
    found: tuple[Path, str] = _state["office"]
    return found


def copy_office(template_folder: Path, data_dir: Path) -> None:
    """A copy of a template office (closed): its database and its connection folder."""
    shutil.copytree(template_folder, data_dir)
    (data_dir / "office.lock").unlink(missing_ok=True)
    (data_dir / "office.running").unlink(missing_ok=True)
    profile = ServerProfile.load(data_dir)
    replace(profile, dbname=copy_database(profile.dbname)).save(data_dir)


def keep(folder: Path) -> None:
    """Keep the database of the office in ``folder`` after the test (a template other tests copy)."""
    name = ServerProfile.load(folder).dbname
    if name in _created:
        _created.remove(name)


def drop_created() -> None:
    """Drop the databases the finished test made (connections still open are closed by the server)."""
    if not _created:
        return
    with cluster().admin_connect() as conn:
        while _created:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(_created.pop())))

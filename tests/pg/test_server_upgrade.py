"""``madoguchi server upgrade``: a real version-18 server office brought to this app's schema (issue 18).

How the version-18 office is made: an office is created on the test cluster at today's schema and filled
through the app (contacts, an editor's kept post text), then migration 19 is undone by DDL on the server
exactly as that release's schema had it: the ``slot`` column of ``kept_draft`` dropped, its unique index
``(user_uid, slot)`` replaced by version 18's unique index on ``user_uid`` (the model then declared
``unique=True``: peewee names that index ``kept_draft_user_uid``), the upgrades table (new with the upgrade
command) dropped and the version row set to 18. Data written by the app stays as the app wrote it, and the
kept text is in the posts editor's slot, the only one version 18 had. (Checked once by hand against the schema
``create_schema`` of the previous release's code makes: the same catalog.)
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktop import cli
from desktop.domain.consent import Outcome
from desktop.domain.scopes import PostDraft
from desktop.services import consent, kept, scripts, server_upgrade
from desktop.services import session as session_service
from desktop.services.posts import kept as posts_kept
from desktop.store import audit as store_audit
from desktop.store import server_schema
from desktop.store.errors import ServerNewer, ServerNotReady, ServerUnavailable
from desktop.store.migrations import schema_version
from desktop.store.server import OFFICE_WRITE_LOCK, ServerProfile
from desktop.store.server_upgrade import Snapshot, UpgradeRefused, snapshot
from tests.conftest import ADMIN_PASSWORD, SENTINEL_EMAIL, TEST_KDF, FakeClock
from tests.pg import offices as pg_offices
from tests.pg.cluster import PgCluster
from tests.pg.concurrent_writer import create_server_office
from tests.pg.test_server_copy import digests, verified

CURRENT = schema_version()
SESSION_TABLES = ("audit_entry", "audit_key_state", "setting")  # logins and logouts add to these (checked apart)
UNDO_19 = (
    'DROP INDEX "kept_draft_user_uid_slot"',
    "ALTER TABLE kept_draft DROP COLUMN slot",
    'CREATE UNIQUE INDEX "kept_draft_user_uid" ON "kept_draft" ("user_uid")',
    f"DROP TABLE {server_schema.UPGRADE_TABLE}",
    f"UPDATE {server_schema.SCHEMA_TABLE} SET version = 18",
)


class _Catalog:
    """An administrator's psycopg connection with the one method :func:`snapshot` uses."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute_sql(self, query: str, params: Any = None) -> Any:
        return self.conn.execute(query, params)


def _admin(c: PgCluster, folder: Path) -> Any:
    return c.admin_connect(ServerProfile.load(folder).dbname)


def _state(c: PgCluster, folder: Path) -> tuple[Snapshot, int, dict[str, str]]:
    """The office schema's catalog, its version and the app role's rights per table (and column)."""
    with _admin(c, folder) as conn:
        rights = dict(conn.execute("SELECT relname, coalesce(relacl::text, '') FROM pg_class "
                                   "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'").fetchall())
        rights.update({f"{t}.{a}": acl for t, a, acl in conn.execute(
            "SELECT c.relname, a.attname, a.attacl::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "WHERE c.relnamespace = 'public'::regnamespace AND a.attacl IS NOT NULL").fetchall()})
        return snapshot(_Catalog(conn)), server_schema.schema_version(_Catalog(conn)), rights  # type: ignore[arg-type]


def _login(folder: Path, clock: FakeClock) -> session_service.Session:
    return session_service.login(folder, "admin", ADMIN_PASSWORD, kdf=TEST_KDF, clock=clock, wall=clock.wall)


def office_at_18(folder: Path, clock: FakeClock) -> dict[str, tuple[int, str]]:
    """A server office filled through the app, then taken back to schema 18; returns its tables' digests."""
    session: Any = create_server_office(folder, clock)
    try:
        shown = consent.ScriptShown.of(scripts.current(session, "phone"))
        for address in (SENTINEL_EMAIL, "hanako@example.jp", "taro@example.jp"):
            consent.capture_phone(session, address=address, outcome=Outcome.AGREED, script=shown,
                                  script_read_confirmed=True)
        posts_kept.keep(session, posts_kept.KeptEditor(None, PostDraft(1, "秋の相談会のお知らせ")))
        before = _data(session)
    finally:
        session.logout()
    with _admin(pg_offices.cluster(), folder) as conn, conn.transaction():
        for statement in UNDO_19:
            conn.execute(statement)
    return before


@pytest.fixture
def fresh_schema(cluster: PgCluster) -> tuple[Snapshot, int, dict[str, str]]:
    """``server init``'s schema at this version, as every new office has it."""
    folder = Path(pg_offices.schema_profile().dbname)  # only its name is read
    with cluster.admin_connect(folder.name) as conn:
        rights = dict(conn.execute("SELECT relname, coalesce(relacl::text, '') FROM pg_class "
                                   "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'").fetchall())
        rights.update({f"{t}.{a}": acl for t, a, acl in conn.execute(
            "SELECT c.relname, a.attname, a.attacl::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "WHERE c.relnamespace = 'public'::regnamespace AND a.attacl IS NOT NULL").fetchall()})
        return snapshot(_Catalog(conn)), CURRENT, rights  # type: ignore[arg-type]


def _data(session: Any) -> dict[str, tuple[int, str]]:
    """Each table's row count and digest, but for what every login and logout changes."""
    return {name: value for name, value in digests(session).items() if name not in SESSION_TABLES}


def _upgrade(c: PgCluster, folder: Path) -> server_upgrade.UpgradeResult:
    return server_upgrade.upgrade_server(folder, c.admin_user, c.admin_password)


def test_a_version_18_office_is_upgraded_and_works(cluster: PgCluster, tmp_path: Path, fresh_schema: Any) -> None:
    clock = FakeClock()
    folder = tmp_path / "pc1"
    before = office_at_18(folder, clock)
    old, version, _rights = _state(cluster, folder)
    assert version == 18 and "slot" not in old.columns["kept_draft"]
    with pytest.raises(ServerNotReady):  # the app refuses the old schema until the administrator upgrades it
        _login(folder, clock)

    done = _upgrade(cluster, folder)
    assert (done.from_version, done.to_version) == (18, CURRENT)
    assert done.ended is not None and "open session(s) of the PCs ended" in server_upgrade.report(done)[-1]
    assert f"table {server_schema.UPGRADE_TABLE} created" in done.changes
    assert "column kept_draft.slot added (existing rows: '')" in done.changes
    assert "index kept_draft_user_uid dropped" in done.changes
    assert "index kept_draft_user_uid_slot created" in done.changes
    # the upgraded schema is the one server init makes today: columns, keys, indexes, triggers, app rights
    assert _state(cluster, folder) == fresh_schema

    session = _login(folder, clock)
    try:
        assert _data(session) == before  # every row as the app wrote it (the kept text now in the editor's slot)
        upgraded = store_audit.entries(action_prefix=server_upgrade.UPGRADED)
        assert [(e.details["from_version"], e.details["to_version"]) for e in upgraded] == [(18, CURRENT)]
        assert posts_kept.peek(session) is not None
        where = kept.slot("correction", 1)
        kept.keep(session, where, {"reason": "読み違い"})  # a second slot beside the editor's
        assert kept.take(session, where) == {"reason": "読み違い"}
        assert posts_kept.take(session) == posts_kept.KeptEditor(None, PostDraft(1, "秋の相談会のお知らせ"))
        verified(session)
    finally:
        session.logout()
    session = _login(folder, clock)  # recorded once: the next login writes no second entry
    try:
        assert len(store_audit.entries(action_prefix=server_upgrade.UPGRADED)) == 1
    finally:
        session.logout()

    # the app's role still cannot change the schema, the version or the upgrade rows (only mark them noted)
    profile = ServerProfile.load(folder)
    with psycopg.connect(**{**profile.connect_params(folder), "dbname": profile.dbname}, autocommit=True) as app:
        for statement in ("CREATE TABLE intruder (id INTEGER)", "ALTER TABLE kept_draft ADD COLUMN x INTEGER",
                          "DROP TRIGGER audit_entry_no_update ON audit_entry", "DROP INDEX kept_draft_user_uid_slot",
                          f"UPDATE {server_schema.SCHEMA_TABLE} SET version = 18",
                          f"UPDATE {server_schema.UPGRADE_TABLE} SET to_version = 1", "DELETE FROM audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                app.execute(statement)
        app.execute(f"UPDATE {server_schema.UPGRADE_TABLE} SET noted = true")

    # a second upgrade changes nothing
    again = _upgrade(cluster, folder)
    assert again.changes == [] and server_upgrade.report(again)[0].endswith("nothing was changed")
    assert _state(cluster, folder) == fresh_schema


def test_a_pc_left_open_across_an_upgrade_stops_instead_of_writing(cluster: PgCluster, tmp_path: Path) -> None:
    """What a newer app's ``server upgrade`` does to a PC still open: a newer schema, then its session ended.
    The app, reconnecting, finds a schema that is not the one it opened: it stops with one message, every time,
    and writes nothing into the newer schema."""
    import contextlib

    clock = FakeClock()
    folder = tmp_path / "pc1"
    session: Any = create_server_office(folder, clock)
    try:
        shown = consent.ScriptShown.of(scripts.current(session, "phone"))

        def save(address: str) -> None:
            consent.capture_phone(session, address=address, outcome=Outcome.AGREED, script=shown,
                                  script_read_confirmed=True)

        save("before.upgrade@example.jp")
        dbname = ServerProfile.load(folder).dbname
        with cluster.admin_connect(dbname) as admin:
            admin.execute(f"UPDATE {server_schema.SCHEMA_TABLE} SET version = version + 1")
            admin.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        for _ in range(2):
            with pytest.raises(ServerNewer):  # "install the newer version on this computer"
                save("after.upgrade@example.jp")
        with cluster.admin_connect(dbname) as admin:
            assert admin.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    finally:
        with contextlib.suppress(Exception):
            session.logout()
        pg_offices.drop_created()


def test_a_newer_database_and_unsafe_differences_are_refused(cluster: PgCluster, tmp_path: Path) -> None:
    clock = FakeClock()
    folder = tmp_path / "pc1"
    office_at_18(folder, clock)
    with _admin(cluster, folder) as conn:
        conn.execute(f"UPDATE {server_schema.SCHEMA_TABLE} SET version = {CURRENT + 1}")
    newer = _state(cluster, folder)
    with pytest.raises(UpgradeRefused, match=f"version {CURRENT + 1}.* newer"):
        _upgrade(cluster, folder)
    assert _state(cluster, folder) == newer

    with _admin(cluster, folder) as conn:  # back to 18, with a column whose type is not this version's
        conn.execute(f"UPDATE {server_schema.SCHEMA_TABLE} SET version = 18")
        conn.execute("ALTER TABLE kept_draft ALTER COLUMN kept_at TYPE text")
    changed = _state(cluster, folder)
    with pytest.raises(UpgradeRefused, match=r"kept_draft\.kept_at changes type"):
        _upgrade(cluster, folder)
    assert _state(cluster, folder) == changed  # nothing changed: the slot column was not added either

    with _admin(cluster, folder) as conn:  # a column this version does not have, holding data: refused
        conn.execute("ALTER TABLE kept_draft ALTER COLUMN kept_at TYPE varchar(40)")
        conn.execute("ALTER TABLE kept_draft ADD COLUMN old_note text")
        conn.execute("UPDATE kept_draft SET old_note = 'x'")
    with pytest.raises(UpgradeRefused, match=r"kept_draft\.old_note is no longer used but holds data"):
        _upgrade(cluster, folder)
    with _admin(cluster, folder) as conn:  # once empty, it is dropped
        conn.execute("UPDATE kept_draft SET old_note = NULL")
    assert "column kept_draft.old_note dropped (it was empty)" in _upgrade(cluster, folder).changes
    assert _state(cluster, folder)[1] == CURRENT


@pytest.mark.parametrize("fault", ["error", "connection killed"])
def test_an_interrupted_upgrade_leaves_the_old_schema(cluster: PgCluster, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    clock = FakeClock()
    folder = tmp_path / "pc1"
    before = office_at_18(folder, clock)
    old = _state(cluster, folder)
    ran: list[str] = []

    def hook(db: Any) -> None:  # runs after the new table and column were made, in the same transaction
        ran.append(fault)
        db.execute_sql("SELECT 1 / 0" if fault == "error" else "SELECT pg_terminate_backend(pg_backend_pid())")

    monkeypatch.setitem(server_schema.DATA_HOOKS, CURRENT, [hook])
    with pytest.raises(UpgradeRefused if fault == "error" else ServerUnavailable) as caught:
        _upgrade(cluster, folder)
    assert ran == [fault]
    if fault == "error":
        assert str(caught.value) == (f"the server refused the upgrade at 'data hook of version {CURRENT}': "
                                     "division by zero; nothing was changed")
    assert _state(cluster, folder) == old  # version 18, no slot column, no upgrades table, the same rights
    monkeypatch.setitem(server_schema.DATA_HOOKS, CURRENT, [])
    _upgrade(cluster, folder)  # and it can be run again
    session = _login(folder, clock)
    try:
        assert _data(session) == before
    finally:
        session.logout()


def test_the_upgrade_waits_for_a_pc_that_is_saving(cluster: PgCluster, tmp_path: Path) -> None:
    folder = tmp_path / "pc1"
    office_at_18(folder, FakeClock())
    finished: list[Any] = []
    with _admin(cluster, folder) as pc:
        pc.autocommit = False  # a PC's save in progress holds the office write lock to its commit
        pc.execute("SELECT pg_advisory_xact_lock(%s)", (OFFICE_WRITE_LOCK,))
        worker = threading.Thread(target=lambda: finished.append(_upgrade(cluster, folder)))
        worker.start()
        time.sleep(1.0)
        assert not finished and _state(cluster, folder)[1] == 18
        pc.commit()
    worker.join(timeout=60)
    assert finished and finished[0].to_version == CURRENT


def test_a_pc_reading_a_table_too_long_stops_the_upgrade(cluster: PgCluster, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "pc1"
    office_at_18(folder, FakeClock())
    old = _state(cluster, folder)
    monkeypatch.setattr("desktop.store.server_upgrade.LOCK_TIMEOUT", "1s")
    with _admin(cluster, folder) as pc:
        pc.autocommit = False  # a long read (e.g. a PC loading its search copy) holds its tables until it ends
        pc.execute("SELECT count(*) FROM kept_draft")
        with pytest.raises(UpgradeRefused, match="kept the office's tables busy for 1s.*nothing was changed"):
            _upgrade(cluster, folder)
        pc.rollback()
    assert _state(cluster, folder) == old


def test_cli_upgrade(cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pc1"
    office_at_18(folder, FakeClock())
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", cluster.admin_password)
    args = ["server", "upgrade", "--office", str(folder), "--admin-user", cluster.admin_user]
    assert cli.main(args) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "column kept_draft.slot added" in out and f"from version 18 to {CURRENT}" in out
    assert cli.main(args) == cli.EXIT_OK
    assert "nothing was changed" in capsys.readouterr().out
    # the setup folder works the same; a wrong password or a folder without server.json: one line
    monkeypatch.setenv("MADOGUCHI_SERVER_ADMIN_PASSWORD", "wrong")
    assert cli.main(["server", "upgrade", "--setup", str(folder), "--admin-user", cluster.admin_user]) == cli.EXIT_ERROR
    assert capsys.readouterr().err.count("\n") == 1
    assert cli.main(["server", "upgrade", "--setup", str(tmp_path), "--admin-user", "x"]) == cli.EXIT_ERROR
    assert "no server.json" in capsys.readouterr().err
    monkeypatch.delenv("MADOGUCHI_SERVER_ADMIN_PASSWORD")
    monkeypatch.setattr("sys.stdin", None)
    assert cli.main(args) == cli.EXIT_ERROR
    assert "MADOGUCHI_SERVER_ADMIN_PASSWORD" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # one of --office / --setup, never both
        cli.build_parser().parse_args([*args, "--setup", str(folder)])

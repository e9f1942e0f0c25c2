"""Moving an office from its SQLCipher file onto the office server and back loses nothing (issue 18).

A real office with contacts, consent events, a post, a training attempt and an unsubscribe goes
SQLCipher → server → SQLCipher. On each store: the row count and a hash of every table's rows (plain
values, personal fields opened), the audit chain verified by the function ``madoguchi verify`` uses, and a
login with the same password. On the server the personal fields are sealed (no sentinel in the rows).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.consent import Outcome
from desktop.services import checkpoints, consent, contacts, scripts, server_setup, unsubscribe
from desktop.services import session as session_service
from desktop.services.errors import PermissionDenied
from desktop.store import server_copy
from desktop.store.server import ServerProfile
from tests.conftest import ADMIN_PASSWORD, SENTINEL_EMAIL, FakeClock, login, make_office
from tests.pg import offices as pg_offices
from tests.services.posts_helpers import Office
from tests.services.test_training_service import take


def fresh_server(folder: Path) -> ServerProfile:
    """A new, empty office database on the test cluster (``server init``'s schema), not yet in a folder."""
    profile = pg_offices.schema_profile()
    from dataclasses import replace

    return replace(profile, dbname=pg_offices.copy_database(pg_offices.SCHEMA_DB))


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


def digests(session: session_service.Session) -> dict[str, tuple[int, str]]:
    """Per table: (rows, sha256 of the rows' plain values in key order)."""
    db = session.office.db
    out = {}
    for model in server_copy.copy_models():
        rows = sorted(json.dumps([_plain(v) for v in row], default=str, ensure_ascii=False)
                       for row in server_copy.iter_rows(db, model))
        out[model._meta.table_name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


def verified(session: session_service.Session) -> int:
    full = checkpoints.verify_all(session)
    assert full.ok, (full.chain, full.heads, full.checkpoint_file, full.missing_checkpoints, full.recorded)
    return full.chain.count


def fill(data_dir: Path, clock: FakeClock) -> session_service.Session:
    """An office with contacts, consent events, a post, a training attempt and an unsubscribe; admin logged in."""
    admin, _code = make_office(data_dir, clock)
    clock.advance(minutes=1)  # built in place (the helper's template copy would replace this office's chain)
    world = Office(admin, data_dir, clock)
    world.draft("味噌づくり教室のお知らせです。")
    adv = world.switch("advisor")
    shown = consent.ScriptShown.of(scripts.current(adv, "phone"))
    consent.capture_phone(adv, address=SENTINEL_EMAIL, outcome=Outcome.AGREED, script=shown,
                          script_read_confirmed=True)
    for i in range(30):
        consent.capture_phone(adv, address=f"person{i}@example.jp", outcome=Outcome.AGREED, script=shown,
                              script_read_confirmed=True)
    unsubscribe.record_request(adv, address="person3@example.jp", channel="phone")
    take(adv)
    world.close()
    return login(data_dir, "admin", ADMIN_PASSWORD, clock)


def test_round_trip_loses_nothing(cluster: Any, tmp_path: Path, clock: FakeClock) -> None:
    source = fill(tmp_path / "office", clock)
    before = digests(source)
    assert before["contact"][0] == 31 and before["post"][0] == 1 and before["consent_event"][0] >= 31
    profile = fresh_server(tmp_path)
    seen: list[tuple[int, int]] = []
    moved = server_setup.move_to_server(source, profile, tmp_path / "server-pc",
                                        progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] == moved.total == sum(n for n, _ in before.values())
    source_count = verified(source)
    source.logout()

    on_server = login(tmp_path / "server-pc", "admin", ADMIN_PASSWORD, clock)
    try:
        assert on_server.office.db.server
        moved_digests = digests(on_server)
        for table, (rows, digest) in before.items():
            if table in ("audit_entry", "audit_key_state"):
                assert moved_digests[table][0] >= rows  # the move and this login appended entries
            else:
                assert moved_digests[table] == (rows, digest), table
        assert verified(on_server) > source_count
        # the personal fields are sealed on the server: the sentinel is in no row as stored
        with on_server.office.db.connection().cursor() as cur:
            cur.execute("SELECT key, address, search_text FROM contact")
            stored = b"".join(bytes(v) for row in cur.fetchall() for v in row if v is not None)
        assert SENTINEL_EMAIL.encode() not in stored and b"person3" not in stored
        assert consent.lookup(on_server, SENTINEL_EMAIL) is not None
        assert contacts.open_list(on_server, contacts.ContactQuery(text="person1"))[0] == 11  # the server's search
        server_digests = digests(on_server)
        exported = server_setup.export_to_file(on_server, tmp_path / "back")
        assert exported.total == sum(n for n, _ in server_digests.values())
    finally:
        on_server.logout()

    back = login(tmp_path / "back", "admin", ADMIN_PASSWORD, clock)
    try:
        assert not getattr(back.office.db, "server", False)
        final = digests(back)
        for table, value in server_digests.items():
            if table not in ("audit_entry", "audit_key_state"):
                assert final[table] == value, table
                assert final[table] == before[table] or table == "setting" and value == before[table], table
        verified(back)
        # the file's search index was rebuilt from the copied contacts: person1 and person10..19
        total, page = contacts.open_list(back, contacts.ContactQuery(text="person1"))
        assert total == 11 and {r.address for r in page.rows} >= {"person1@example.jp", "person19@example.jp"}
        # the index's triggers were given back: a contact added in the file is found too
        consent.capture_phone(back, address="person1new@example.jp", outcome=Outcome.AGREED, script_read_confirmed=True,
                              script=consent.ScriptShown.of(scripts.current(back, "phone")))
        assert contacts.open_list(back, contacts.ContactQuery(text="person1new"))[0] == 1
    finally:
        back.logout()


def test_cli_verify_passes_on_the_exported_folder(cluster: Any, tmp_path: Path, clock: FakeClock,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    source, _code = make_office(tmp_path / "office", clock)
    profile = fresh_server(tmp_path)
    server_setup.move_to_server(source, profile, tmp_path / "pc")
    source.logout()
    on_server = login(tmp_path / "pc", "admin", ADMIN_PASSWORD, clock)
    server_setup.export_to_file(on_server, tmp_path / "back")
    on_server.logout()
    from desktop import cli

    monkeypatch.setenv("MADOGUCHI_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["verify", "--data-dir", str(tmp_path / "back"), "--user", "admin"]) == cli.EXIT_OK


def test_only_an_administrator_moves_and_only_into_an_empty_server(cluster: Any, tmp_path: Path,
                                                                   clock: FakeClock) -> None:
    from tests.conftest import add_user

    admin, _code = make_office(tmp_path / "office", clock)
    add_user(admin, "boss", "manager", "blue whale orbit 42")
    admin.logout()
    manager = login(tmp_path / "office", "boss", "blue whale orbit 42", clock)
    profile = fresh_server(tmp_path)
    with pytest.raises(PermissionDenied):
        server_setup.move_to_server(manager, profile, tmp_path / "pc")
    manager.logout()
    assert not (tmp_path / "pc" / "server.json").exists()
    admin = login(tmp_path / "office", "admin", ADMIN_PASSWORD, clock)
    try:
        server_setup.move_to_server(admin, profile, tmp_path / "pc")
        with pytest.raises(server_setup.ServerNotEmpty):
            server_setup.move_to_server(admin, profile, tmp_path / "pc2")
        assert not (tmp_path / "pc2" / "server.json").exists()
    finally:
        admin.logout()


def test_other_pcs_keep_saving_during_an_export_which_is_a_snapshot(cluster: Any, tmp_path: Path,
                                                                     clock: FakeClock) -> None:
    from desktop.store.server import connect_server

    source, _code = make_office(tmp_path / "office", clock)
    profile = fresh_server(tmp_path)
    server_setup.move_to_server(source, profile, tmp_path / "pc")
    source.logout()
    on_server = login(tmp_path / "pc", "admin", ADMIN_PASSWORD, clock)
    (tmp_path / "pc2").mkdir()
    other = connect_server(profile, tmp_path / "pc2", on_server.office.key)  # a second PC, same office
    other.execute_sql("SET statement_timeout = 5000")
    saved: list[bool] = []

    def meanwhile(done: int, total: int) -> None:
        if not saved:  # mid-copy: the other PC's transaction takes the office's write lock and commits
            with other.atomic():
                other.execute_sql("INSERT INTO setting (key, value) VALUES ('saved_meanwhile', '1')")
            saved.append(True)

    try:
        server_setup.export_to_file(on_server, tmp_path / "back", progress=meanwhile)
        assert saved and other.execute_sql("SELECT value FROM setting WHERE key = 'saved_meanwhile'").fetchone()
    finally:
        other.close()
        on_server.logout()
    back = login(tmp_path / "back", "admin", ADMIN_PASSWORD, clock)
    try:
        assert not back.office.db.execute_sql("SELECT 1 FROM setting WHERE key = 'saved_meanwhile'").fetchall()
    finally:
        back.logout()

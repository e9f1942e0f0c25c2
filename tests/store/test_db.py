"""The encrypted database: raw key, no plaintext, one wrong-key error, pragmas, integrity, lock."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store import db as dbmod
from desktop.store.errors import (
    AlreadyOpenElsewhere,
    Corrupt,
    EncryptionUnavailable,
    UnsafeLocation,
    WrongKeyOrCorrupt,
)

MARKER = b"plaintext-marker-4242@example.jp"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


def _make(path: Path, key: bytes) -> None:
    db = dbmod.open_database(path, key, create=True)
    db.execute_sql("CREATE TABLE t (v TEXT)")
    db.execute_sql("INSERT INTO t VALUES (?)", (MARKER.decode(),))
    db.close()


def test_raw_key_opens_in_plain_sqlcipher_and_hex_passphrase_does_not(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "a.db"
    _make(path, key)
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT v FROM t").fetchall() == [(MARKER.decode(),)]
    conn.close()
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = '{key.hex()}'")
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT v FROM t").fetchall()
    conn.close()


@pytest.mark.parametrize("bad", [b"", b"short", bytes(32), "x" * 32])
def test_empty_or_malformed_keys_are_refused(tmp_path: Path, bad: object) -> None:
    with pytest.raises(ValueError):
        dbmod.open_database(tmp_path / "a.db", bad)  # type: ignore[arg-type]
    assert not (tmp_path / "a.db").exists()


def test_refuses_a_driver_without_sqlcipher(tmp_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeConn:
        def execute(self, sql: str):  # type: ignore[no-untyped-def]
            class R:
                def fetchall(self_inner):  # type: ignore[no-untyped-def]
                    return [] if "cipher_version" in sql else [(0,)]
            return R()

    database = dbmod.OfficeDatabase(str(tmp_path / "a.db"), passphrase="x")
    with pytest.raises(EncryptionUnavailable):
        database._add_conn_hooks(FakeConn())


def test_no_plaintext_in_any_file_while_open_and_after_close(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "a.db"
    db = dbmod.open_database(path, key, create=True)
    db.execute_sql("CREATE TABLE t (v TEXT)")
    db.execute_sql("INSERT INTO t VALUES (?)", (MARKER.decode(),))

    def scan() -> None:
        files = list(tmp_path.glob("a.db*"))
        assert files
        for f in files:
            data = f.read_bytes()
            assert MARKER not in data, f.name
            assert not data.startswith(b"SQLite format 3\0"), f.name

    scan()
    db.close()
    scan()


def test_wrong_key_is_one_clear_error_and_prints_nothing(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "a.db"
    _make(path, key)
    with pytest.raises(WrongKeyOrCorrupt):
        dbmod.open_database(path, secrets.token_bytes(32))
    script = textwrap.dedent(f"""
        import secrets
        from pathlib import Path
        from desktop.store import db
        try:
            db.open_database(Path({str(path)!r}), secrets.token_bytes(32))
        except db.WrongKeyOrCorrupt:
            pass
    """)
    result = subprocess.run(check=False, args=[sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr == ""


def test_a_file_that_is_not_a_database(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(WrongKeyOrCorrupt):
        dbmod.open_database(path, key)


def test_pragmas_in_force_and_no_extensions(tmp_path: Path, key: bytes) -> None:
    db = dbmod.open_database(tmp_path / "a.db", key, create=True)

    def one(sql: str) -> object:
        return db.execute_sql(sql).fetchone()[0]

    assert one("PRAGMA journal_mode") == "wal"
    assert one("PRAGMA synchronous") == 2
    assert one("PRAGMA foreign_keys") == 1
    assert one("PRAGMA secure_delete") == 1
    assert one("PRAGMA temp_store") == 2
    assert str(one("PRAGMA cipher_memory_security")) == "1"
    assert one("PRAGMA cipher_version").startswith("4.")
    assert str(one("PRAGMA kdf_iter")) == "256000"  # SQLCipher 4 default kept (R5)
    with pytest.raises(Exception, match="not authorized"):
        db.execute_sql("SELECT load_extension('x')")
    db.close()


def test_integrity_check_detects_a_flipped_byte_and_changes_nothing(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "a.db"
    db = dbmod.open_database(path, key, create=True)
    db.execute_sql("CREATE TABLE t (v TEXT)")
    for i in range(200):
        db.execute_sql("INSERT INTO t VALUES (?)", ("x" * 100 + str(i),))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.integrity_check(db)
    db.close()
    data = bytearray(path.read_bytes())
    data[4096 + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    before = path.stat().st_mtime_ns
    with pytest.raises((Corrupt, WrongKeyOrCorrupt)):
        db = dbmod.open_database(path, key)
        try:
            dbmod.integrity_check(db)
        finally:
            db.close()
    assert path.stat().st_mtime_ns == before


def test_second_process_gets_already_open(tmp_path: Path) -> None:
    lock_path = tmp_path / "office.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from desktop.store.db import OfficeLock
            lock = OfficeLock(Path({str(lock_path)!r})); lock.acquire()
            print("held", flush=True); time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpenElsewhere):
            dbmod.OfficeLock(lock_path).acquire()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    lock = dbmod.OfficeLock(lock_path)
    lock.acquire()
    lock.release()


@pytest.mark.parametrize("path", [r"\\server\share\office", "//server/share/office",
                                  "C:/Users/a/OneDrive/Madoguchi", "/home/a/Dropbox/office",
                                  "/Users/a/Library/Mobile Documents/com~apple~CloudDocs/office"])
def test_network_and_cloud_folders_are_refused(path: str) -> None:
    with pytest.raises(UnsafeLocation):
        dbmod.check_location(Path(path))


def test_local_folder_is_accepted(tmp_path: Path) -> None:
    dbmod.check_location(tmp_path / "office")


def test_database_file_mode_is_private(tmp_path: Path, key: bytes) -> None:
    if os.name != "posix":
        pytest.skip("POSIX modes")
    path = tmp_path / "a.db"
    _make(path, key)
    assert path.stat().st_mode & 0o077 == 0


def test_an_empty_or_plain_file_is_never_opened_and_never_written(tmp_path: Path, key: bytes) -> None:
    from desktop.store.errors import DatabaseEmpty, DatabaseNotEncrypted

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseEmpty):
        dbmod.open_database(empty, key)
    assert empty.read_bytes() == b"" and not (tmp_path / "empty.db-wal").exists()
    with pytest.raises(DatabaseEmpty):
        dbmod.open_database(tmp_path / "missing.db", key)
    assert not (tmp_path / "missing.db").exists()
    plain = tmp_path / "plain.db"
    plain.write_bytes(dbmod.PLAIN_SQLITE_HEADER + b"\0" * 4080)
    before = plain.read_bytes()
    with pytest.raises(DatabaseNotEncrypted):
        dbmod.open_database(plain, key)
    assert plain.read_bytes() == before
    with pytest.raises(FileExistsError):
        dbmod.open_database(plain, key, create=True)

"""Forward-only migrations: an old office upgrades at open (backup first); a newer one is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import migrations
from desktop.store.errors import DatabaseTooNew
from desktop.store.models import DB
from tests.conftest import ADMIN_PASSWORD, FakeClock, login, make_office


@pytest.mark.sqlcipher_only(reason="PRAGMA user_version and the premigration copy of the file (the server's schema is the admin command's)")
def test_an_office_at_schema_1_is_upgraded_with_a_backup_first(data_dir: Path, clock: FakeClock,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    session, _ = make_office(data_dir, clock)
    assert migrations.current_version(DB.obj) == 1
    session.logout()
    monkeypatch.undo()
    session = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:
        assert session.office.migrated == migrations.schema_version() - 1
        assert migrations.current_version(DB.obj) == migrations.schema_version()
        assert session.office.audit.verify().ok
    finally:
        session.logout()
    backup = data_dir / "office.v1.premigration.db"
    assert backup.exists()
    assert not backup.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.sqlcipher_only(reason="PRAGMA user_version of the SQLCipher file")
def test_a_database_newer_than_the_code_is_refused(data_dir: Path, clock: FakeClock) -> None:
    session, _ = make_office(data_dir, clock)
    DB.obj.execute_sql(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    session.logout()
    before = (data_dir / "office.db").read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        login(data_dir, "admin", ADMIN_PASSWORD, clock)
    assert err.value.params[0] == str(migrations.schema_version() + 1)
    assert (data_dir / "office.db").read_bytes() == before

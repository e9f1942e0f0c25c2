"""The contacts search on the office server: the app's decrypted copy follows every PC's changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.domain.consent import Outcome
from desktop.services import consent, contacts, scripts
from desktop.store import contacts_repo as crepo
from desktop.store.models import DB
from desktop.store.server import ServerProfile, connect_server
from tests.conftest import FakeClock, make_office
from tests.pg import offices as pg_offices
from tests.pg.cluster import get_cluster, skip_reason


@pytest.fixture
def server_office(tmp_path: Path):  # type: ignore[no-untyped-def]
    if get_cluster() is None:
        pytest.skip(f"no test PostgreSQL: {skip_reason()}")
    folder = tmp_path / "office"
    pg_offices.new_server_folder(folder)
    session, _code = make_office(folder, FakeClock())
    yield session, folder
    session.logout()
    pg_offices.drop_created()


def _capture(session, address: str, name: str = "") -> int:  # type: ignore[no-untyped-def]
    script = scripts.current(session, "phone")
    return consent.capture_phone(session, address=address, outcome=Outcome.AGREED, script=script,
                                 script_read_confirmed=True, name=name or None).contact_id


def _other_pc(folder: Path, tmp_path: Path, key: bytes):  # type: ignore[no-untyped-def]
    """A second connection with the same data key: what another PC's app writes (its own folder)."""
    other = tmp_path / "other-pc"
    shutil.copytree(folder, other, ignore=shutil.ignore_patterns("office.lock", "office.running"))
    return connect_server(ServerProfile.load(other), other, key)


def test_the_copy_follows_another_pcs_changes(server_office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, folder = server_office
    first = _capture(session, "hanako.yamada@example.jp", "山田 花子")
    assert [c.id for c in crepo.search_contacts(text="yamada")] == [first]
    other = _other_pc(folder, tmp_path, bytes(session.office.key))
    try:
        with other.bind_ctx([crepo_contact()]):
            from desktop.store.contacts import Contact

            with other.atomic():  # another PC corrects the name; the copy learns it at the next search
                Contact.update(search_text="hanako.suzuki@example.jp\x1fsuzuki").where(Contact.id == first).execute()
    finally:
        other.close()
    assert crepo.search_contacts(text="yamada") == []
    assert [c.id for c in crepo.search_contacts(text="suzuki")] == [first]


def test_erasure_and_new_contacts_show_at_once(server_office) -> None:  # type: ignore[no-untyped-def]
    session, _folder = server_office
    ids = [_capture(session, f"user{i:02d}@example.jp") for i in range(5)]
    assert crepo.count_matches(text="user0") == 5
    crepo.update_contact(ids[2], search_text="")  # a rights request blanks the contact
    assert [c.id for c in crepo.search_contacts(text="user0", order="address")] == [ids[0], ids[1], ids[3], ids[4]]
    total, page = contacts.open_list(session, contacts.ContactQuery(text="user04"), limit=10)
    assert total == 1 and page.rows[0].contact_id == ids[4]


def test_the_server_never_receives_the_search_text(server_office) -> None:  # type: ignore[no-untyped-def]
    session, _folder = server_office
    _capture(session, "needle.person@example.jp", "針 太郎")
    contacts.open_list(session, contacts.ContactQuery(text="needle"), limit=10)
    cluster = get_cluster()
    assert cluster is not None
    assert "needle" not in cluster.log_text()  # log_statement=all: no statement carried the searched text
    stored = DB.obj.execute_sql("SELECT search_text::text FROM contact").fetchall()
    assert stored and all("needle" not in str(row[0]) for row in stored)


def test_a_login_opens_the_rows_read_while_the_password_was_checked(server_office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The sealed search fields read when the login reads the key slots (before the slow key derivation) become
    the copy; a change another PC made after that read still shows at the first search."""
    from desktop.store import server_office as store_server_office
    from desktop.store import server_search
    from desktop.store.contacts import Contact
    from tests.conftest import ADMIN_PASSWORD, login

    session, folder = server_office
    first = _capture(session, "hanako.yamada@example.jp", "山田 花子")
    gone = _capture(session, "taro.gone@example.jp", "消 太郎")
    key = bytes(session.office.key)
    session.logout()
    place = str(folder.resolve())
    store_server_office.connector(folder)().close()  # what reading the key slots at a login does
    started, reader, result = server_search._PREFETCHED[place]
    reader.join(timeout=30)
    assert [row[0] for row in result["rows"]] == [first, gone]
    assert all(b"yamada" not in bytes(row[1]) for row in result["rows"])  # still sealed: no key yet
    other = _other_pc(folder, tmp_path, key)
    try:
        assert other.sealer is not None
        renamed = other.sealer.seal("hanako.suzuki@example.jp\x1fsuzuki", Contact.search_text.aad)
        with other.atomic():  # after the prefetch: another PC renames one contact and erases the other
            other.execute_sql("UPDATE contact SET search_text = %s WHERE id = %s", (renamed, first))
            blank = other.sealer.seal("", Contact.search_text.aad)
            other.execute_sql("UPDATE contact SET search_text = %s, key = NULL WHERE id = %s", (blank, gone))
    finally:
        other.close()
    again = login(folder, "admin", ADMIN_PASSWORD, session.clock)
    try:
        assert place not in server_search._PREFETCHED  # taken up by the login
        assert DB.obj.search_copy is not None and DB.obj.search_copy.ids  # filled from the prefetched rows
        assert crepo.search_contacts(text="yamada") == []
        assert [c.id for c in crepo.search_contacts(text="suzuki")] == [first]
        assert crepo.count_matches(text="gone") == 0
        assert [c.id for c in crepo.search_contacts(text="", order="address")] == [first]
    finally:
        again.logout()


def crepo_contact():  # type: ignore[no-untyped-def]
    from desktop.store.contacts import Contact

    return Contact

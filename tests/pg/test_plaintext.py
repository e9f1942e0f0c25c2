"""The office server never sees the personal data in plaintext (issue 18).

Sentinel addresses, names, furigana, memos and a post text are written through the services on a server
office, with every statement logged (the test cluster runs ``log_statement = all``; PostgreSQL then also
logs each statement's parameters). Then, after a CHECKPOINT (tables written out, WAL on disk), none of the
sentinels may appear in any file of the server's data folder (tables, indexes, WAL, the statement log), in
the server's own output, in ``pg_dump`` output, or in this PC's connection folder: not as UTF-8, not as the
hex PostgreSQL shows a bytea in, not JSON-escaped. A statement that fails on purpose (a duplicate, whose
error PostgreSQL logs with the key in its DETAIL) and a search for a sentinel are part of the work.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import peewee as pw
import pytest

from desktop.domain.addresses import canonical_key, mailbox_key
from desktop.domain.consent import Outcome
from desktop.domain.platforms import Platform
from desktop.services import consent, contacts, posts, scripts
from desktop.services import session as session_service
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.server import ServerProfile
from tests.conftest import FakeClock, add_user, login
from tests.pg.cluster import PgCluster
from tests.pg.concurrent_writer import create_server_office

ADDRESS = "Plain.Sentinel.Q7X2K@madoguchi-sentinel.jp"
GMAIL = "hoshou.sentinel.r4@gmail.com"
NAME = "歩哨見本 太郎"
LATIN_NAME = "Zentinel Quorvax"
FURIGANA = "ホショウミホン タロウ"
MEMO = "番兵メモ memo-sentinel-5k 折り返し希望"
CORRECTED_MEMO = "訂正番兵メモ corr-sentinel-8m"
POST_TEXT = "投稿番兵の本文です post-sentinel-3v 来週の味噌づくり教室"
SEARCH = "歩哨見本"
PASSWORD = "blue whale orbit 42"
CONTROL_ROW = "対照行 scan-control-row-2w"
CONTROL_PARAM = "対照引数 scan-control-param-6j"


def needles() -> dict[str, bytes]:
    """Every sentinel as the server could come to hold it: UTF-8, bytea hex, JSON escapes, its keys."""
    texts = [ADDRESS, canonical_key(ADDRESS), mailbox_key(ADDRESS), GMAIL, mailbox_key(GMAIL), NAME, LATIN_NAME,
             FURIGANA, MEMO, CORRECTED_MEMO, POST_TEXT, "Plain.Sentinel", "memo-sentinel-5k", "corr-sentinel-8m",
             "post-sentinel-3v", "Q7X2K", "q7x2k", "歩哨見本", "ホショウミホン", "Zentinel", "Quorvax"]
    out: dict[str, bytes] = {}
    for text in texts:
        raw = text.encode("utf-8")
        out[text] = raw
        out[f"hex {text}"] = raw.hex().encode("ascii")
        out[f"HEX {text}"] = raw.hex().upper().encode("ascii")
        escaped = json.dumps(text)[1:-1].encode("ascii")
        if escaped != raw:
            out[f"json {text}"] = escaped
    return out




def test_no_personal_data_reaches_the_server_in_plaintext(cluster: PgCluster, tmp_path: Path) -> None:
    folder = tmp_path / "office"
    clock = FakeClock()
    admin: session_service.Session = create_server_office(folder, clock)  # type: ignore[assignment]
    dbname = ServerProfile.load(folder).dbname
    try:
        _write_everything(admin, clock)
        add_user(admin, "manager", "manager", PASSWORD)
    finally:
        admin.logout()
    # a post with a sentinel text, written by a manager
    manager = login(folder, "manager", PASSWORD, clock)
    try:
        account = posts.create_account(manager, platform=Platform.X, name="X main", url="https://x.com/coop")
        posts.create_draft(manager, posts.PostDraft(account.id, POST_TEXT))
    finally:
        manager.logout()

    with cluster.admin_connect(dbname) as conn:
        # a control the scan must find (written in plaintext by the administrator, not by the app): it shows
        # that the scan below reads table files, WAL, the statement log with its parameters and the dump
        conn.execute("CREATE TABLE scan_control (t text)")
        conn.execute("INSERT INTO scan_control VALUES (%s)", (CONTROL_ROW,))
        conn.execute("SELECT %s::text", (CONTROL_PARAM,))
        conn.execute("CHECKPOINT")
        conn.execute("SELECT pg_switch_wal()")
        # the work did reach the server: contacts, events, memos and the post are there (sealed)
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
                  for t in ("contact", "consent_event", "contact_memo", "post_version")}
    assert counts["contact"] == 2 and counts["consent_event"] >= 3 and counts["contact_memo"] == 1
    assert counts["post_version"] >= 1
    log = _settled_log(cluster)
    assert "parameters: $1" in log  # the log really holds each statement's parameters ...
    # ... and the failed statement's key, as PostgreSQL logs a unique violation: only its sealed form
    assert re.search(r"DETAIL:  Key \(key\)=\(\\x[0-9a-f]{64,}\) already exists", log)

    found: list[str] = []
    wanted = needles()
    seen_control: dict[str, set[str]] = {CONTROL_ROW: set(), CONTROL_PARAM: set()}
    sources: list[tuple[str, bytes]] = [(str(p), data) for p, data in cluster.files_bytes()]
    sources += [(str(p), p.read_bytes()) for p in cluster.base.glob("*.out")]
    sources.append(("pg_dump", cluster.pg_dump(dbname)))
    sources += [(str(p), p.read_bytes()) for p in folder.rglob("*") if p.is_file()]
    for where, data in sources:
        for label, needle in wanted.items():
            if needle in data:
                found.append(f"{label!r} in {where}")
        for control, places in seen_control.items():
            if control.encode("utf-8") in data:
                places.add(_kind(where, cluster))
    assert {"table", "wal", "dump", "log"} <= seen_control[CONTROL_ROW] and "log" in seen_control[CONTROL_PARAM]
    assert found == []


def _kind(where: str, cluster: PgCluster) -> str:
    if where == "pg_dump":
        return "dump"
    path = Path(where)
    if path.is_relative_to(cluster.log_dir):
        return "log" if path.suffix == ".log" else "other"
    if "pg_wal" in path.parts:
        return "wal"
    return "table" if "base" in path.parts else "other"


def _write_everything(admin: session_service.Session, clock: FakeClock) -> None:
    shown = consent.ScriptShown.of(scripts.current(admin, "phone"))
    first = consent.capture_phone(admin, address=ADDRESS, outcome=Outcome.AGREED, script=shown,
                                  script_read_confirmed=True, name=NAME, furigana=FURIGANA, memo=MEMO,
                                  recording_ref="REC-sentinel-Q7X2K")
    clock.advance(minutes=1)
    consent.capture_phone(admin, address=GMAIL, outcome=Outcome.REFUSED, script=shown,
                          script_read_confirmed=True, name=LATIN_NAME)
    clock.advance(minutes=1)
    # the same caller again under another spelling: looked up by its keys, found, a second event
    again = consent.capture_phone(admin, address=ADDRESS.lower(), outcome=Outcome.AGREED, script=shown,
                                  script_read_confirmed=True, memo=MEMO)
    assert not again.created and again.contact_id == first.contact_id
    assert consent.lookup(admin, ADDRESS) is not None
    contacts.correct(admin, first.contact_id, name=NAME, furigana=FURIGANA, memo=CORRECTED_MEMO)
    # a search for a sentinel (the contacts page): answered on this PC, the term never sent
    _total, page = contacts.open_list(admin, contacts.ContactQuery(text=SEARCH))
    assert [r.contact_id for r in page.rows] == [first.contact_id]
    # a statement that fails on the server with the sentinel as its key (the unique index on the address)
    contact = crepo.contact_by_id(first.contact_id)
    assert contact is not None
    with pytest.raises(pw.IntegrityError), repo.atomic():
        crepo.insert_contact(address=ADDRESS, key=contact.key, key_hash=contact.key_hash, name=NAME,
                             furigana=FURIGANA, search_text=NAME, status=contact.status, eligible=False,
                             channel="phone", address_valid=True, at=clock.now.isoformat())


def _settled_log(cluster: PgCluster) -> str:
    """The statement log once the logging collector has written the last statements out."""
    deadline = time.monotonic() + 10
    text = cluster.log_text()
    while "pg_switch_wal" not in text:
        assert time.monotonic() < deadline, "the statement log did not catch up"
        time.sleep(0.05)
        text = cluster.log_text()
    return text

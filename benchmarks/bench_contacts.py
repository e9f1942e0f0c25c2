"""Contacts at 100,000: one phone entry, exact lookup, substring search, the first page of the list.

    python -m benchmarks.bench_contacts [N]

Builds an office with N (default 100,000) fictitious contacts through the store in one
transaction (each with a consent record), then measures through the real services on the
encrypted database. Not a test: prints a table (median [min–max]).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import fmt, header, peak_rss_mb, row, timed  # noqa: E402
from desktop.domain import addresses  # noqa: E402
from desktop.domain.consent import Channel, ConsentEvent, EventKind, Outcome  # noqa: E402
from desktop.services import consent, contacts, scripts  # noqa: E402
from desktop.services import session as session_service  # noqa: E402
from desktop.store import contacts_repo as crepo  # noqa: E402
from desktop.store import repo  # noqa: E402
from desktop.store.keyslots import KdfParams  # noqa: E402

PASSWORD = "benchmark password 2026"
SURNAMES = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
            ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
            ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト")]
GIVEN = [("翔", "ショウ"), ("美咲", "ミサキ"), ("大翔", "ヒロト"), ("結衣", "ユイ"), ("蓮", "レン"), ("陽菜", "ヒナ"),
         ("悠真", "ユウマ"), ("さくら", "サクラ"), ("湊", "ミナト"), ("芽依", "メイ"), ("樹", "イツキ"), ("葵", "アオイ")]
DOMAINS = ("example.jp", "example.com", "example.ne.jp", "example.co.jp", "example.org")


def populate(session: session_service.Session, n: int) -> float:
    """N contacts with one phone consent record each, in one transaction, through the store."""
    shown = consent.ScriptShown.of(scripts.current(session, "phone"))
    start = time.perf_counter()
    now = consent.iso(session.now())
    hkey = consent.hmac_key(session)
    with repo.atomic():
        stored = scripts.resolve_shown(session, shown.version_row_id, shown.lang, shown.sha256)
        agreed = ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.PHONE, outcome=Outcome.AGREED,
                              occurred_at=session.now(), script_version_id=stored.version_id,
                              script_read_confirmed=True)
        refused = ConsentEvent(kind=EventKind.CAPTURE, channel=Channel.PHONE, outcome=Outcome.REFUSED,
                               occurred_at=session.now(), script_version_id=stored.version_id)
        decisions = {o: consent.decide([e], deleted=False, address_valid=True, on=consent.today(session))
                     for o, e in ((Outcome.AGREED, agreed), (Outcome.REFUSED, refused))}
        first_contact, first_event = crepo.next_contact_id(), crepo.next_event_id()
        contact_rows, event_rows = [], []
        for i in range(n):
            sur, sur_kana = SURNAMES[i % len(SURNAMES)]
            given, given_kana = GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
            address = f"user{i:06d}.{i % 97}@{DOMAINS[i % len(DOMAINS)]}"
            key = addresses.canonical_key(address)
            outcome = Outcome.REFUSED if i % 20 == 0 else Outcome.AGREED
            decision = decisions[outcome]
            name, kana = f"{sur} {given}", f"{sur_kana} {given_kana}"
            cid = first_contact + i
            contact_rows.append((cid, address, key, crepo.key_hash(hkey, key), name, kana,
                                 consent.search_text(key, name, kana), decision.status.value, decision.eligible,
                                 "phone", True, False, now, now))
            event_rows.append((first_event + i, cid, "capture", "phone", outcome.value, now, now, stored.text_id,
                               stored.version_id, stored.sha256, "ja", None, None, outcome is Outcome.AGREED, False,
                               None, None, session.user.uid))
        crepo.bulk_insert_contacts(contact_rows)
        crepo.bulk_insert_events(event_rows)
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-bench-contacts-"))
    try:
        session, _ = session_service.create_office(
            tmp / "office", office_name="ベンチ事務所", privacy_officer_name="担当", privacy_officer_contact="c",
            admin_username="admin", admin_display_name="Admin", admin_password=PASSWORD,
            admin_password_confirm=PASSWORD, kdf=KdfParams(n=2**12))
        seconds = populate(session, n)
        header()
        row(f"build {n:,} contacts + consent records, one transaction (store)", (seconds, seconds, seconds))
        shown = consent.ScriptShown.of(scripts.current(session, "phone"))
        counter = iter(range(10**6))

        def save_one() -> None:
            i = next(counter)
            consent.capture_phone(session, address=f"bench.{i}@example.jp", outcome=Outcome.AGREED, script=shown,
                                  script_read_confirmed=True, name="計測 太郎", furigana="ケイソク タロウ")

        row("save one phone entry (capture_phone: validate, store, status, audit; own transaction)",
            timed(save_one, repeat=50), "median of 50")
        probe = f"user{n // 2:06d}.{(n // 2) % 97}@{DOMAINS[(n // 2) % len(DOMAINS)]}"
        row("exact lookup by canonical key (store)", timed(lambda: crepo.contact_by_key(probe), repeat=200))
        row("exact lookup with status and history (consent.lookup, audited)",
            timed(lambda: consent.lookup(session, probe), repeat=50))
        needle = f"user{n // 3:06d}"
        row("substring search by address (store page of 200)",
            timed(lambda: crepo.search_contacts(text=needle, limit=200), repeat=10), "full scan of search_text")
        row("substring search by name (store page of 200)",
            timed(lambda: crepo.search_contacts(text="山口 芽依", limit=200), repeat=10))
        row("substring count, rare address (store)", timed(lambda: crepo.count_contacts(text=needle), repeat=10))
        row("open list: count + first page + audit, address substring (service)",
            timed(lambda: contacts.open_list(session, contacts.ContactQuery(text=needle)), repeat=10))
        row("open list: count + first page + audit, name substring, kana-blind (service)",
            timed(lambda: contacts.open_list(session, contacts.ContactQuery(text="やまぐち")), repeat=10))
        row("open list: filter status = refused (service)",
            timed(lambda: contacts.open_list(session, contacts.ContactQuery(status="refused")), repeat=10))

        from PySide6.QtWidgets import QApplication

        from desktop.ui.pages.contacts import ContactsModel

        app = QApplication.instance() or QApplication([])
        model = ContactsModel(session)
        row("contacts model: first page (open, unfiltered, newest first)",
            timed(lambda: model.open(contacts.ContactQuery()), repeat=10), f"{model.rowCount()} rows of {model.total:,}")

        def walk() -> None:
            model.open(contacts.ContactQuery())
            while model.canFetchMore() and model.rowCount() < 2000:
                model.fetchMore()

        row("contacts model: first 2,000 rows by fetchMore (10 keyset pages)", timed(walk, repeat=3))
        del app
        session.logout()
        size = (tmp / "office" / "office.db").stat().st_size / 1e6
        print(f"database {size:.0f} MB; peak RSS {peak_rss_mb():.0f} MB; total {fmt(time.perf_counter() - START)}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


START = time.perf_counter()

if __name__ == "__main__":
    main()

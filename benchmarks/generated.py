"""Generated contacts for the benchmarks: fictitious names and addresses, written through the store's bulk path."""

from __future__ import annotations

import time

from desktop.domain import addresses
from desktop.domain.consent import Channel, ConsentEvent, EventKind, Outcome
from desktop.services import consent, scripts
from desktop.services import session as session_service
from desktop.store import contacts_repo as crepo
from desktop.store import repo

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
    seconds = time.perf_counter() - start
    from desktop.store import search_index
    from desktop.store.models import DB

    search_index.catch_up(DB.obj)  # a cached office is searched at once: index its contacts now, not at the first search
    return seconds

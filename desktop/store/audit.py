"""The HMAC-SHA256 audit chain (R21, R22).

Each entry stores ``seq``, ``prev`` (the previous entry's MAC; 32 zero bytes for the first) and
``mac = HMAC-SHA256(K_audit, canonical JSON of the entry without mac)``, with
``K_audit = HKDF-SHA256(db_key, info="audit-mac-v1")``. Triggers forbid UPDATE and DELETE.
Verification re-walks the chain and reports the first bad sequence number. It streams: keyset pages of
plain rows (the next page read by a helper thread meanwhile), only the running state kept, and what a
caller needs besides (checkpoint MACs, checkpoint and loss entries) collected on the same pass, so a
million entries take seconds and no more memory than a few pages (``benchmarks/bench_verify.py``).

Since schema 8 the chain continues forward-secure (evolving key, see :mod:`desktop.store.audit_fs`):
the old entries stay verifiable by the rule above, the new rule starts at ``audit_key_state.start_seq``.
The head (last seq and MAC) is also anchored outside the database (:mod:`desktop.store.anchor`).

Entries hold ids, never personal data: callers pass user uids, record ids and counts.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from json.encoder import encode_basestring as _q  # the encoder json.dumps uses
from typing import Any

import peewee as pw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store import audit_fs
from desktop.store.compiled import Compiled, Param
from desktop.store.models import AuditEntry, tuples
from desktop.store.server import is_server

AUDIT_HEAD_LOCK = 0x4D44_4741  # the office server's advisory lock on the audit head ("MDGA")

GENESIS = bytes(32)
_CONTROL = {i: f"\\x{i:02x}" for i in range(32)} | {0x7F: "\\x7f"}


def derive_audit_key(db_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"audit-mac-v1").derive(bytes(db_key))


def escape_control(text: str) -> str:
    """Escape control characters so a target name cannot forge log lines (R21)."""
    return text.translate(_CONTROL)


def canonical(seq: int, ts: str, actor: str, action: str, target: str, result: str, details: str,
              prev: bytes) -> bytes:
    """``json.dumps`` of the entry with sorted keys, compact separators and ``ensure_ascii=False``, written
    out by hand with json's own string encoder (byte for byte the same, 4× faster: verify calls it per row).
    A value of another type (only a tampered row has one) goes through ``json.dumps`` itself."""
    try:
        return (f'{{"action":{_q(action)},"actor":{_q(actor)},"details":{_q(details)},"prev":"{prev.hex()}",'
                f'"result":{_q(result)},"seq":{int(seq)},"target":{_q(target)},"ts":{_q(ts)}}}').encode()
    except (TypeError, ValueError):
        doc = {"seq": seq, "ts": ts, "actor": actor, "action": action, "target": target, "result": result,
               "details": details, "prev": bytes(prev).hex()}
        return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          default=str).encode("utf-8")


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.digest(key, payload, "sha256")


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    ts: str
    actor: str
    action: str
    target: str
    result: str
    details: dict[str, Any]
    mac_hex: str
    prev_hex: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    first_bad_seq: int | None
    last_seq: int
    last_mac_hex: str
    problem: str = ""  # "" | "gap" | "chain" | "mac" | "skipped" | "tail" | "state"
    lost_from: int | None = None  # original sequence numbers of removed entries, when known
    lost_to: int | None = None
    last_ts: str = ""  # time of the last entry that verified
    unverified: int = 0  # forward-secure entries only linked, not MAC-checked (no signing key)
    fs_start: int | None = None
    watched: list[WatchedEntry] = field(default_factory=list)  # entries of the watched actions, up to the end
    macs: dict[int, str] = field(default_factory=dict)  # MAC hex at the wanted seqs that verified


@dataclass(frozen=True)
class WatchedEntry:
    seq: int
    ts: str
    action: str
    details_json: str

    @property
    def details(self) -> dict[str, Any]:
        found = json.loads(self.details_json)
        return found if isinstance(found, dict) else {}


class AuditLog:
    """Appends to and verifies the chain (old rule with the database-derived key, then forward-secure)."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self.after_append: Any = None  # set by the head anchor: called with nothing after each append
        self.keeper: Any = None  # the head anchor's keeper (store/anchor.py), once attached
        self.k0: bytes | None = None  # K_0 of the forward-secure part (administrators' sessions only)

    def forget_key(self) -> None:
        self._key = b""
        self.k0 = None

    def append(self, *, ts: datetime, actor: str, action: str, target: str = "", result: str = "ok",
               details: Mapping[str, Any] | None = None) -> int:
        """Append one entry; call inside the caller's transaction so the entry commits with the change."""
        return self._append(ts, actor, action, target, result, details, None)

    def start_forward_secure(self, signing_key: bytes, db_uuid: str, *, ts: datetime, actor: str) -> int | None:
        """Begin the evolving-key chain (administrators only: K_0 comes from the signing key). Idempotent."""
        if audit_fs.load() is not None or not audit_fs.available():
            return None
        return self._append(ts, actor, audit_fs.START_ACTION, "", "ok", None,
                            audit_fs.initial_key(signing_key, db_uuid))

    def _append(self, ts: datetime, actor: str, action: str, target: str, result: str,
                details: Mapping[str, Any] | None, k0: bytes | None) -> int:
        with AuditEntry._meta.database.atomic():  # entry and evolved key commit together
            seq = self._write([(ts, actor, action, target, result, details)], k0)
        if self.after_append is not None:
            self.after_append()
        return seq

    def append_many(self, items: Iterable[tuple[datetime, str, str, str, str, Mapping[str, Any] | None]],
                    batch: int = 5000) -> int:
        """Append many entries (ts, actor, action, target, result, details) by the same rule as :meth:`append`,
        in batches (one read of the head and of the key state, one insert per batch). Call it inside the
        caller's transaction. Returns the last seq (0 when nothing was given)."""
        seq, chunk = 0, []
        with AuditEntry._meta.database.atomic():
            for item in items:
                chunk.append(item)
                if len(chunk) >= batch:
                    seq = self._write(chunk, None)
                    chunk = []
            if chunk:
                seq = self._write(chunk, None)
        if seq and self.after_append is not None:
            self.after_append()
        return seq

    def _write(self, items: list[tuple[datetime, str, str, str, str, Mapping[str, Any] | None]],
               k0: bytes | None) -> int:
        if not self._key:
            raise RuntimeError("audit key not available (session locked)")
        db = AuditEntry._meta.database
        if is_server(db.obj if isinstance(db, pw.DatabaseProxy) else db):
            # several PCs append: the head is read and extended by one transaction at a time (until it commits)
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (AUDIT_HEAD_LOCK,))
        last = _HEAD.one()
        seq = int(last[0]) if last else 0
        prev = bytes(last[1]) if last else GENESIS
        state = audit_fs.load() if k0 is None else audit_fs.State(seq + 1, seq + 1, k0, "")
        fs_key = state.key if state is not None else None
        rows = []
        ts_text = ""
        for ts, actor, action, target, result, details in items:
            seq += 1
            ts_text = ts.isoformat(timespec="microseconds")
            details_text = json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":"),
                                      ensure_ascii=False, default=str)
            target = escape_control(target)[:200]
            payload = canonical(seq, ts_text, actor, action, target, result, details_text, prev)
            if fs_key is None:
                mac = _mac(self._key, payload)
            else:
                mac = _mac(audit_fs.mac_key(fs_key), payload)
                fs_key = audit_fs.evolve(fs_key)
            rows.append((seq, ts_text, actor, action, target, result, details_text, prev, mac))
            prev = mac
        if state is not None and fs_key is not None:
            audit_fs.save(audit_fs.State(state.start_seq, seq + 1, fs_key, ts_text))
        if len(rows) == 1:  # one change's entry: the statement compiled once
            _INSERT_ONE.execute(**dict(zip(_NAMES, rows[0], strict=True)))
        else:
            AuditEntry.insert_many(rows, fields=_FIELDS).execute()
        return seq

    def verify(self, progress: Any = None, *, k0: bytes | None = None, watch: frozenset[str] = frozenset(),
               want: frozenset[int] = frozenset()) -> VerifyResult:
        """Re-walk the whole chain, streaming keyset pages of plain rows (running state only: flat memory at
        a million rows). ``watch``: actions whose entries to keep (``VerifyResult.watched``); ``want``: seqs
        whose MAC to keep (``VerifyResult.macs``), so a caller needs no second pass over the log.

        ``k0`` (from the signing key) checks the forward-secure part; without it that part is only linked.
        """
        return verify_rows(self._key, _iter_rows(), progress, k0=k0 or self.k0, state=audit_fs.load(),
                           fs_known=True, watch=watch, want=want, reload=audit_fs.load, more=_rows_after)


def verify_rows(key: bytes, rows: Any, progress: Any = None, *, k0: bytes | None = None,
                state: audit_fs.State | None = None, fs_known: bool = False, watch: frozenset[str] = frozenset(),
                want: frozenset[int] = frozenset(), reload: Callable[[], audit_fs.State | None] | None = None,
                more: Callable[[int], Iterable[tuple[Any, ...]]] | None = None) -> VerifyResult:
    """Verify a chain given as tuples (seq, ts, actor, action, target, result, details, prev, mac) in order.

    Entries from the forward-secure start on (``state.start_seq``, or the first ``audit.forward_secure``
    entry when the state row was removed) are checked with the evolving key from ``k0``. With
    ``fs_known`` the stored current key must be the one for the entry after the last: else the tail was cut.
    With ``reload`` that key is read again after the walk, and entries committed meanwhile (``more``: the
    rows after a seq) are walked too: a window working beside a verify in a worker is no cut tail.
    """
    prev = GENESIS
    expected_seq = 1
    count = 0
    unverified = 0
    last_mac = GENESIS
    last_ts = ""
    start = state.start_seq if state is not None else None
    fs_key: bytes | None = None
    watched: list[WatchedEntry] = []
    macs: dict[int, str] = {}
    mac_key, evolve, same, digest, canon = audit_fs.mac_key, audit_fs.evolve, hmac.compare_digest, hmac.digest, canonical
    start_action = audit_fs.START_ACTION

    def bad(seq: int, problem: str, **kw: Any) -> VerifyResult:
        return VerifyResult(False, count, seq, expected_seq - 1, last_mac.hex(), problem, last_ts=last_ts,
                            unverified=unverified, fs_start=start, watched=watched, macs=macs, **kw)

    latest = [state]

    def walk() -> Iterator[tuple[Any, ...]]:
        yield from rows
        while reload is not None and more is not None:
            now = latest[0] = reload()
            if now is None or now.next_seq <= expected_seq:
                return
            before = expected_seq
            yield from more(expected_seq - 1)  # committed while the walk ran
            if expected_seq == before:
                return  # the key is ahead of every entry there is: the tail was cut (reported below)

    for row in walk():
        seq, ts, actor, action, target, result, details, row_prev, mac = row
        if seq != expected_seq:
            return bad(expected_seq, "gap", lost_from=expected_seq, lost_to=seq - 1)
        row_prev, mac = bytes(row_prev), bytes(mac)
        if not same(row_prev, prev):
            return bad(seq, "chain")
        payload = canon(seq, ts, actor, action, target, result, details, row_prev)
        if start is None and action == start_action:
            start = seq
        if start is not None and seq >= start:
            if seq == start and k0 is not None:
                fs_key = k0
            if fs_key is None:
                unverified += 1
            elif not same(digest(mac_key(fs_key), payload, "sha256"), mac):
                skipped = _skipped_to(fs_key, seq, payload, mac)
                if skipped is not None:
                    return bad(seq, "skipped", lost_from=seq, lost_to=skipped - 1)
                return bad(seq, "mac")
            else:
                fs_key = evolve(fs_key)
        elif not same(digest(key, payload, "sha256"), mac):
            return bad(seq, "mac")
        if action in watch:
            watched.append(WatchedEntry(seq, ts, action, details))
        if seq in want:
            macs[seq] = mac.hex()
        prev = mac
        last_mac = mac
        last_ts = ts
        expected_seq += 1
        count += 1
        if progress is not None and count % 10000 == 0:
            progress(count)
    state = latest[0]
    if fs_known and start is not None:
        if state is None:
            return bad(expected_seq, "state")
        if fs_key is not None and not same(fs_key, state.key):
            found = audit_fs.find_index(fs_key, expected_seq, state.key, expected_seq)
            return bad(expected_seq, "tail", lost_from=expected_seq, lost_to=(found - 1) if found else None)
    return VerifyResult(True, count, None, expected_seq - 1, last_mac.hex(), last_ts=last_ts,
                        unverified=unverified, fs_start=start, watched=watched, macs=macs)


def _skipped_to(key: bytes, seq: int, payload: bytes, mac: bytes, limit: int = 200_000) -> int | None:
    """The original number of an entry MACed with a later key (entries before it were removed)."""
    for n in range(seq + 1, seq + limit):
        key = audit_fs.evolve(key)
        if hmac.compare_digest(_mac(audit_fs.mac_key(key), payload), mac):
            return n
    return None


def head() -> tuple[int, str, str]:
    """(last seq, last MAC hex, last ts) of the open database; (0, GENESIS hex, "") when empty."""
    last = AuditEntry.select(AuditEntry.seq, AuditEntry.mac, AuditEntry.ts).order_by(AuditEntry.seq.desc()).first()
    if last is None:
        return 0, GENESIS.hex(), ""
    return int(last.seq), bytes(last.mac).hex(), str(last.ts)


def mac_at(seq: int) -> tuple[str, str] | None:
    row = AuditEntry.get_or_none(AuditEntry.seq == seq)
    return (bytes(row.mac).hex(), str(row.ts)) if row is not None else None


AUDIT_COLUMNS_SQL = "seq, ts, actor, action, target, result, details, prev, mac"
_FIELDS = (AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action, AuditEntry.target,
           AuditEntry.result, AuditEntry.details, AuditEntry.prev, AuditEntry.mac)
# each change appends one entry after reading the head: compiled once (store/compiled.py)
_HEAD = Compiled(lambda: AuditEntry.select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1))
_NAMES = tuple(f.name for f in _FIELDS)
_INSERT_ONE = Compiled(lambda: AuditEntry.insert({f: Param(f.name, f) for f in _FIELDS}))


def _iter_rows(page: int = 20000) -> Iterator[tuple[Any, ...]]:
    """Every entry in seq order as a plain tuple, in keyset pages of raw rows (no model objects; each
    statement ends with its page, so no read cursor stays open between pages).

    The next page is read (and decrypted, which releases the GIL) by a helper thread while the caller
    checks the current one; at most one page is read ahead, so memory stays flat. Each page is read under
    the database's statement lock (``OfficeDatabase.serial``), so it never runs inside another thread's
    transaction (it would see uncommitted entries). Called inside a transaction (the caller holds that
    lock, and would wait for the helper that waits for it), or while another thread's transaction is
    open, the pages are read in the caller's thread instead.
    """
    db = AuditEntry._meta.database
    sql = f"SELECT {AUDIT_COLUMNS_SQL} FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT {int(page)}"
    serial = getattr(db, "serial", None)
    if serial is None or db.transaction_depth() != 0:
        yield from _pages(lambda after: db.execute_sql(sql, (after,)).fetchall(), page)
        return
    conn = db.connection()
    run = db.execute_sql if is_server(db.obj if isinstance(db, pw.DatabaseProxy) else db) else conn.execute

    def read(after: int) -> list[tuple[Any, ...]]:
        with serial:
            return list(run(sql, (after,)).fetchall())

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-verify") as pool:
        ahead = pool.submit(read, 0)
        while True:
            rows = ahead.result()
            if not rows:
                return
            more = len(rows) == page
            if more:
                ahead = pool.submit(read, rows[-1][0])
            try:
                yield from rows
            finally:
                if more and not ahead.done():
                    ahead.result()  # never leave the reader running on the connection after the walk
            if not more:
                return


def _pages(read: Callable[[int], list[tuple[Any, ...]]], page: int) -> Iterator[tuple[Any, ...]]:
    last = 0
    while True:
        rows = read(last)
        yield from rows
        if len(rows) < page:
            return
        last = rows[-1][0]


def _rows_after(seq: int) -> Iterator[tuple[Any, ...]]:
    """The entries after ``seq`` (few: those committed while a walk ran)."""
    yield from AuditEntry._meta.database.execute_sql(
        f"SELECT {AUDIT_COLUMNS_SQL} FROM audit_entry WHERE seq > ? ORDER BY seq", (seq,)).fetchall()


def macs_at(seqs: Iterable[int]) -> dict[int, str]:
    """The MAC hex of the entries at ``seqs`` that exist."""
    wanted = sorted({int(s) for s in seqs})
    found: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        found.update((int(r[0]), bytes(r[1]).hex()) for r in tuples(
            AuditEntry.select(AuditEntry.seq, AuditEntry.mac).where(AuditEntry.seq.in_(part))))
    return found


def entries(*, action_prefix: str | None = None, since: str | None = None, until: str | None = None,
            limit: int | None = None, newest_first: bool = False) -> list[AuditRecord]:
    query = AuditEntry.select()
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix))
    if since:
        query = query.where(AuditEntry.ts >= since)
    if until:
        query = query.where(AuditEntry.ts < until)
    query = query.order_by(AuditEntry.seq.desc() if newest_first else AuditEntry.seq)
    if limit:
        query = query.limit(limit)
    return [
        AuditRecord(e.seq, e.ts, e.actor, e.action, e.target, e.result, json.loads(e.details),
                    bytes(e.mac).hex(), bytes(e.prev).hex())
        for e in query
    ]


def count() -> int:
    return AuditEntry.select().count()

"""The HMAC-SHA256 audit chain (R21, R22).

Each entry stores ``seq``, ``prev`` (the previous entry's MAC; 32 zero bytes for the first) and
``mac = HMAC-SHA256(K_audit, canonical JSON of the entry without mac)``, with
``K_audit = HKDF-SHA256(db_key, info="audit-mac-v1")``. Triggers forbid UPDATE and DELETE.
Verification re-walks the chain and reports the first bad sequence number.

Entries hold ids, never personal data: callers pass user uids, record ids and counts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.models import AuditEntry, tuples

GENESIS = bytes(32)
_CONTROL = {i: f"\\x{i:02x}" for i in range(32)} | {0x7F: "\\x7f"}


def derive_audit_key(db_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"audit-mac-v1").derive(bytes(db_key))


def escape_control(text: str) -> str:
    """Escape control characters so a target name cannot forge log lines (R21)."""
    return text.translate(_CONTROL)


def canonical(seq: int, ts: str, actor: str, action: str, target: str, result: str, details: str,
              prev: bytes) -> bytes:
    doc = {
        "seq": seq,
        "ts": ts,
        "actor": actor,
        "action": action,
        "target": target,
        "result": result,
        "details": details,
        "prev": prev.hex(),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()


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
    problem: str = ""


class AuditLog:
    """Appends to and verifies the chain with the key derived from the open database key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def forget_key(self) -> None:
        self._key = b""

    def append(self, *, ts: datetime, actor: str, action: str, target: str = "", result: str = "ok",
               details: Mapping[str, Any] | None = None) -> int:
        """Append one entry; call inside the caller's transaction so the entry commits with the change."""
        if not self._key:
            raise RuntimeError("audit key not available (session locked)")
        ts_text = ts.isoformat(timespec="microseconds")
        details_text = json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":"),
                                  ensure_ascii=False, default=str)
        target = escape_control(target)[:200]
        last = AuditEntry.select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).first()
        seq = (last.seq + 1) if last else 1
        prev = bytes(last.mac) if last else GENESIS
        payload = canonical(seq, ts_text, actor, action, target, result, details_text, prev)
        AuditEntry.insert(seq=seq, ts=ts_text, actor=actor, action=action, target=target, result=result,
                          details=details_text, prev=prev, mac=_mac(self._key, payload)).execute()
        return seq

    def verify(self, progress: Any = None) -> VerifyResult:
        """Re-walk the whole chain (keyset pages of tuples: fast at a million rows)."""
        return verify_rows(self._key, _iter_rows(), progress)


def verify_rows(key: bytes, rows: Any, progress: Any = None) -> VerifyResult:
    """Verify a chain given as tuples (seq, ts, actor, action, target, result, details, prev, mac) in order."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_mac = GENESIS
    for row in rows:
        seq, ts, actor, action, target, result, details, row_prev, mac = row
        row_prev, mac = bytes(row_prev), bytes(mac)
        if seq != expected_seq:
            return VerifyResult(False, count, expected_seq, seq, last_mac.hex(), "gap")
        if not hmac.compare_digest(row_prev, prev):
            return VerifyResult(False, count, seq, seq, last_mac.hex(), "chain")
        payload = canonical(seq, ts, actor, action, target, result, details, row_prev)
        if not hmac.compare_digest(_mac(key, payload), mac):
            return VerifyResult(False, count, seq, seq, last_mac.hex(), "mac")
        prev = mac
        last_mac = mac
        expected_seq += 1
        count += 1
        if progress is not None and count % 10000 == 0:
            progress(count)
    return VerifyResult(True, count, None, expected_seq - 1, last_mac.hex())


AUDIT_COLUMNS_SQL = "seq, ts, actor, action, target, result, details, prev, mac"


def _iter_rows(page: int = 5000) -> Iterator[tuple[Any, ...]]:
    last = 0
    fields = (AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action, AuditEntry.target,
              AuditEntry.result, AuditEntry.details, AuditEntry.prev, AuditEntry.mac)
    while True:
        rows = list(tuples(AuditEntry.select(*fields).where(AuditEntry.seq > last).order_by(AuditEntry.seq)
                           .limit(page)))
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


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

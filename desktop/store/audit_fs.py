"""The forward-secure part of the audit chain (Schneier–Kelsey style evolving MAC key).

Entries before ``start_seq`` keep the old rule (one HMAC key derived from the database key, see
:mod:`desktop.store.audit`). From ``start_seq`` on, entry ``i`` is MACed with ``mac_key(K_i)`` and the
key then evolves one way: ``K_{i+1} = SHA-256("madoguchi-audit-evolve" || K_i)``. Only the current key
(the one for the *next* entry) is kept, in the one-row table ``audit_key_state``, updated in the same
transaction as the entry. Whoever holds the database key today (any key-slot holder) can read it and
append, but cannot recompute an older ``K_j`` (``j < i``), so they cannot re-MAC, reorder or delete and
re-chain earlier entries, and cannot roll the stored key back to hide a deleted tail.

``K_start`` (``K_0``) is derived from the office's Ed25519 checkpoint signing key:
``K_0 = HKDF-SHA256(signing key, salt=db_uuid, info="audit-fs-v2")``. The signing key is wrapped only by
administrators' and the recovery slot (R23), so only they can verify the forward-secure part; nobody
needs a new secret to keep. ``K_0`` is never committed: the first forward-secure entry
(``audit.forward_secure``) is written in the same transaction that stores ``K_1``. Until an
administrator opens an office migrated from an older version, entries keep the old rule.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import peewee as pw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.compiled import Compiled, Param
from desktop.store.models import BaseModel

_EVOLVE = b"madoguchi-audit-evolve"
_MAC = b"madoguchi-audit-mac"
START_ACTION = "audit.forward_secure"


class AuditKeyState(BaseModel):
    """One row (id 1): where the forward-secure chain starts and the key for the next entry."""

    start_seq = pw.IntegerField()
    next_seq = pw.IntegerField()
    key = pw.BlobField()
    last_ts = pw.CharField(max_length=40, default="")


MODELS = [AuditKeyState]


def initial_key(signing_key: bytes, db_uuid: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=db_uuid.encode("utf-8"),
                info=b"audit-fs-v2").derive(bytes(signing_key))


def evolve(key: bytes) -> bytes:
    return hashlib.sha256(_EVOLVE + key).digest()


def mac_key(key: bytes) -> bytes:
    return hashlib.sha256(_MAC + key).digest()


@dataclass(frozen=True)
class State:
    start_seq: int
    next_seq: int
    key: bytes
    last_ts: str


def load() -> State | None:
    """The key state, or None before the forward-secure start (or in an office whose schema predates it)."""
    try:
        row = _LOAD.one()
    except pw.OperationalError as exc:  # no such table: an office opened below schema 10 (tests build such offices)
        if "no such table" not in str(exc):
            raise
        return None
    if row is None:
        return None
    return State(int(row[0]), int(row[1]), bytes(row[2]), str(row[3]))


def available() -> bool:
    """True when the office's schema has the key-state table (migration 10 and later)."""
    return bool(AuditKeyState.table_exists())  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


def save(state: State) -> None:
    _SAVE.execute(start_seq=state.start_seq, next_seq=state.next_seq, key=state.key, last_ts=state.last_ts)


# read and written with every audit entry: compiled once (store/compiled.py)
_LOAD = Compiled(lambda: AuditKeyState.select(AuditKeyState.start_seq, AuditKeyState.next_seq, AuditKeyState.key,
                                              AuditKeyState.last_ts).where(AuditKeyState.id == 1))
_STATE = (AuditKeyState.start_seq, AuditKeyState.next_seq, AuditKeyState.key, AuditKeyState.last_ts)
_SAVE = Compiled(lambda: AuditKeyState.insert({AuditKeyState.id: 1, **{f: Param(f.name, f) for f in _STATE}})
                 .on_conflict(conflict_target=[AuditKeyState.id], preserve=list(_STATE)))


def load_raw(conn: object) -> State | None:
    """The state from a raw SQLCipher connection (backup copies); None if absent."""
    try:
        row = conn.execute(  # type: ignore[attr-defined]
            "SELECT start_seq, next_seq, key, last_ts FROM audit_key_state WHERE id = 1").fetchone()
    except Exception:  # noqa: BLE001 - a copy from before the migration has no table
        return None
    return State(int(row[0]), int(row[1]), bytes(row[2]), str(row[3])) if row else None


def find_index(k_start: bytes, start: int, stored: bytes, after: int, limit: int = 2_000_000) -> int | None:
    """The sequence number ``n >= after`` whose key is ``stored`` (walking from ``K_start``), or None."""
    key = k_start
    for seq in range(start, after + limit):
        if seq >= after and key == stored:
            return seq
        key = evolve(key)
    return None

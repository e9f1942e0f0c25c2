"""Key slots: the database key wrapped under each user's password (R10, R13, R15, R16).

File format (JSON, versioned, replaced atomically with a ``.bak`` of the previous generation)::

    {"format": "madoguchi-keyslots", "version": 1, "generation": 7, "db_uuid": "...",
     "slots": [{"slot_id", "user_id", "tag", "kind", "kdf": {...}, "nonce", "ct"}, ...],
     "throttle": {"<tag>": {"failures": 3, "last": 1700000000.0}}}

A slot holds an X25519 key pair: the private key is AES-256-GCM-wrapped under KEK = scrypt(NFC(password),
salt); the database key reaches the slot as an envelope sealed to the slot's public key (ephemeral
X25519 + HKDF + AES-GCM). So an administrator can re-seal a new database key to every remaining slot
without knowing the other users' passwords — which is what a rekey after removing a user needs
(R8, R14). The associated data is the canonical JSON of {format version, slot id, user id, db uuid,
kdf name + params + salt}, so a slot cannot be moved to another user or office, nor have its KDF
parameters lowered; the envelope binds the slot id, user id, db uuid and public key.

No username is stored in plaintext: a slot is found by ``tag`` = HMAC-SHA256(db_uuid, username).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from desktop.domain import accounts
from desktop.fileio import atomic_write, clean_stray_temp_files
from desktop.store.errors import SlotFileError, os_fault

FORMAT = "madoguchi-keyslots"
VERSION = 1
KIND_PASSWORD = "password"
KIND_RECOVERY = "recovery"
RECOVERY_USER_ID = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters. Production: n=2^17, r=8, p=1 (128 MiB, ~0.4 s here)."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def as_dict(self) -> dict[str, Any]:
        return {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p}


PRODUCTION_KDF = KdfParams()
MIN_KDF_N = 2**10  # refuse absurdly weak parameters from an edited file


def normalise_secret(text: str) -> bytes:
    """NFC so that IME input in NFC or NFD form unlocks the same slot (R12)."""
    return unicodedata.normalize("NFC", text).encode("utf-8")


def normalise_username(username: str) -> str:
    """The slot file's form of a username: the domain's rule, written once."""
    return accounts.normalise_username(username)


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p)
    return kdf.derive(normalise_secret(secret))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise SlotFileError()
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise SlotFileError() from None


def _aad(slot_id: str, user_id: str, db_uuid: str, kdf: dict[str, Any]) -> bytes:
    doc = {"v": VERSION, "slot_id": slot_id, "user_id": user_id, "db_uuid": db_uuid, "kdf": kdf}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass
class Slot:
    slot_id: str
    user_id: str
    tag: str
    kind: str
    kdf: dict[str, Any]
    nonce: bytes  # wraps the slot's X25519 private key under the KEK
    ct: bytes
    pub: bytes = b""  # the slot's X25519 public key
    env: dict[str, str] = field(default_factory=dict)  # the database key sealed to ``pub``
    # administrators' slots also wrap the audit-checkpoint signing key (R23), under the same KEK
    sk_nonce: bytes | None = None
    sk_ct: bytes | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "user_id": self.user_id,
            "tag": self.tag,
            "kind": self.kind,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "ct": _b64(self.ct),
            "pub": _b64(self.pub),
            "env": self.env,
            **({"sk_nonce": _b64(self.sk_nonce), "sk_ct": _b64(self.sk_ct)}
               if self.sk_nonce is not None and self.sk_ct is not None else {}),
        }

    @classmethod
    def from_json(cls, doc: Any) -> Slot:
        if not isinstance(doc, dict):
            raise SlotFileError()
        try:
            kdf = doc["kdf"]
            if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
                raise SlotFileError()
            return cls(
                slot_id=str(doc["slot_id"]),
                user_id=str(doc["user_id"]),
                tag=str(doc["tag"]),
                kind=str(doc["kind"]),
                kdf=kdf,
                nonce=_unb64(doc["nonce"]),
                ct=_unb64(doc["ct"]),
                pub=_unb64(doc["pub"]),
                env={str(k): str(v) for k, v in doc["env"].items()} if isinstance(doc.get("env"), dict) else {},
                sk_nonce=_unb64(doc["sk_nonce"]) if "sk_nonce" in doc else None,
                sk_ct=_unb64(doc["sk_ct"]) if "sk_ct" in doc else None,
            )
        except (KeyError, TypeError):
            raise SlotFileError() from None

    def params(self) -> KdfParams:
        try:
            params = KdfParams(n=int(self.kdf["n"]), r=int(self.kdf["r"]), p=int(self.kdf["p"]))
        except (KeyError, TypeError, ValueError):
            raise SlotFileError() from None
        if params.n < MIN_KDF_N or params.n & (params.n - 1) or not 1 <= params.r <= 64 or not 1 <= params.p <= 16:
            raise SlotFileError()
        return params

    def salt(self) -> bytes:
        return _unb64(self.kdf.get("salt"))


def _env_aad(slot_id: str, user_id: str, db_uuid: str, pub: bytes) -> bytes:
    doc = {"v": VERSION, "slot_id": slot_id, "user_id": user_id, "db_uuid": db_uuid, "pub": pub.hex(),
           "use": "envelope"}
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _env_key(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"madoguchi-slot-envelope-v1").derive(shared)


def seal(slot: Slot, db_key: bytes | bytearray, db_uuid: str) -> None:
    """Seal ``db_key`` to the slot's public key (no password needed: used by rekey)."""
    eph = X25519PrivateKey.generate()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(slot.pub))
    nonce = secrets.token_bytes(12)
    ct = AESGCM(_env_key(shared)).encrypt(nonce, bytes(db_key), _env_aad(slot.slot_id, slot.user_id, db_uuid,
                                                                         slot.pub))
    slot.env = {"eph": _b64(eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)), "nonce": _b64(nonce),
                "ct": _b64(ct)}


def wrap(db_key: bytes | bytearray, secret: str, *, slot_id: str, user_id: str, tag: str, kind: str,
         db_uuid: str, params: KdfParams, signing_key: bytes | None = None) -> Slot:
    salt = secrets.token_bytes(16)
    kdf = {**params.as_dict(), "salt": _b64(salt)}
    kek = derive_kek(secret, salt, params)
    aad = _aad(slot_id, user_id, db_uuid, kdf)
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    nonce = secrets.token_bytes(12)
    ct = AESGCM(kek).encrypt(nonce, private_raw, aad)
    slot = Slot(slot_id=slot_id, user_id=user_id, tag=tag, kind=kind, kdf=kdf, nonce=nonce, ct=ct,
                pub=private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    seal(slot, db_key, db_uuid)
    if signing_key is not None:
        slot.sk_nonce = secrets.token_bytes(12)
        slot.sk_ct = AESGCM(kek).encrypt(slot.sk_nonce, signing_key, aad + b"|signing")
    return slot


def unwrap_all(slot: Slot, secret: str, db_uuid: str) -> tuple[bytearray, bytes | None]:
    """Return (database key, signing key or None); ``InvalidTag`` for a wrong secret or an edited slot."""
    params = slot.params()
    kek = derive_kek(secret, slot.salt(), params)
    aad = _aad(slot.slot_id, slot.user_id, db_uuid, slot.kdf)
    private_raw = AESGCM(kek).decrypt(slot.nonce, slot.ct, aad)
    try:
        private = X25519PrivateKey.from_private_bytes(private_raw)
        eph = X25519PublicKey.from_public_bytes(_unb64(slot.env.get("eph")))
        if private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) != slot.pub:
            raise InvalidTag()
        shared = private.exchange(eph)
    except (ValueError, SlotFileError):
        raise InvalidTag() from None
    key = bytearray(AESGCM(_env_key(shared)).decrypt(
        _unb64(slot.env.get("nonce")), _unb64(slot.env.get("ct")),
        _env_aad(slot.slot_id, slot.user_id, db_uuid, slot.pub)))
    signing = None
    if slot.sk_nonce is not None and slot.sk_ct is not None:
        signing = AESGCM(kek).decrypt(slot.sk_nonce, slot.sk_ct, aad + b"|signing")
    return key, signing


def unwrap(slot: Slot, secret: str, db_uuid: str) -> bytearray:
    """Return the database key, or raise ``InvalidTag`` for a wrong secret or an edited slot."""
    return unwrap_all(slot, secret, db_uuid)[0]


def make_tag(db_uuid: str, username: str) -> str:
    return hmac.new(db_uuid.encode("ascii"), normalise_username(username).encode("utf-8"),
                    hashlib.sha256).hexdigest()


# --- throttling (R16) -------------------------------------------------------------------------

THROTTLE_FREE_FAILURES = 5
THROTTLE_MAX_SECONDS = 300.0
THROTTLE_MAX_ENTRIES = 500


def throttle_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: none for 5, then 1 s doubling to 5 min."""
    if failures < THROTTLE_FREE_FAILURES:
        return 0.0
    return float(min(THROTTLE_MAX_SECONDS, 2.0 ** (failures - THROTTLE_FREE_FAILURES)))


@dataclass
class SlotFile:
    """The in-memory form of the slot file, bound to its path."""

    path: Path
    db_uuid: str
    generation: int = 0
    audit_public_key: str = ""  # hex Ed25519 public key of the checkpoint signer (a copy outside the db)
    slots: list[Slot] = field(default_factory=list)
    throttle: dict[str, dict[str, float]] = field(default_factory=dict)
    # failed attempts waiting to be written to the audit log by the next unlock (ids and times only)
    pending: list[dict[str, str]] = field(default_factory=list)
    # On the office server the slots live in the server database: ``remote`` writes them there
    # (store/server_slots.py), merged with what other PCs wrote since this copy was read (``base``).
    remote: Any = None
    base: bytes | None = None

    # --- reading and writing --------------------------------------------------------------
    @classmethod
    def new(cls, path: Path) -> SlotFile:
        return cls(path=path, db_uuid=str(uuid.uuid4()))

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        clean_stray_temp_files(path.parent, path.name)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SlotFileError() from None
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> SlotFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SlotFileError() from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise SlotFileError()
        slots_doc = doc.get("slots")
        if not isinstance(slots_doc, list):
            raise SlotFileError()
        throttle = doc.get("throttle") or {}
        if not isinstance(throttle, dict):
            throttle = {}
        try:
            db_uuid = str(uuid.UUID(str(doc.get("db_uuid"))))
            generation = int(doc.get("generation", 0))
        except (ValueError, TypeError):
            raise SlotFileError() from None
        pending = doc.get("pending") or []
        return cls(
            path=path,
            db_uuid=db_uuid,
            generation=generation,
            slots=[Slot.from_json(s) for s in slots_doc],
            throttle={str(k): v for k, v in throttle.items() if isinstance(v, dict)},
            pending=[p for p in pending if isinstance(p, dict)] if isinstance(pending, list) else [],
            audit_public_key=str(doc.get("audit_public_key", "")),
        )

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "generation": self.generation,
            "db_uuid": self.db_uuid,
            "slots": [s.to_json() for s in self.slots],
            "throttle": self.throttle,
            "pending": self.pending,
            "audit_public_key": self.audit_public_key,
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    def save(self) -> None:
        if self.remote is not None:
            self.remote.save(self)
            return
        self.generation += 1
        try:
            atomic_write(self.path, self.to_bytes(), keep_backup=True)
        except OSError as exc:
            self.generation -= 1
            fault = os_fault(exc)  # a full disk or a read-only folder: one clear error (the old file stays)
            if fault is None:
                raise
            raise fault from None
        except BaseException:
            self.generation -= 1
            raise

    # --- slots ----------------------------------------------------------------------------
    def find(self, tag: str) -> Slot | None:
        for slot in self.slots:
            if hmac.compare_digest(slot.tag, tag):
                return slot
        return None

    def for_user(self, user_id: str) -> Slot | None:
        for slot in self.slots:
            if slot.user_id == user_id:
                return slot
        return None

    def put(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.user_id != slot.user_id]
        self.slots.append(slot)

    def remove_user(self, user_id: str) -> bool:
        before = len(self.slots)
        self.slots = [s for s in self.slots if s.user_id != user_id]
        return len(self.slots) != before

    # --- throttle -------------------------------------------------------------------------
    def wait_seconds(self, tag: str, now: float) -> float:
        entry = self.throttle.get(tag)
        if not entry:
            return 0.0
        delay = throttle_delay(int(entry.get("failures", 0)))
        remaining = float(entry.get("last", 0.0)) + delay - now
        return max(0.0, remaining)

    def record_failure(self, tag: str, now: float) -> None:
        entry = self.throttle.setdefault(tag, {"failures": 0, "last": now})
        entry["failures"] = int(entry.get("failures", 0)) + 1
        entry["last"] = now
        if len(self.throttle) > THROTTLE_MAX_ENTRIES:
            oldest = sorted(self.throttle.items(), key=lambda kv: kv[1].get("last", 0.0))
            for key, _ in oldest[: len(self.throttle) - THROTTLE_MAX_ENTRIES]:
                del self.throttle[key]

    def record_success(self, tag: str) -> bool:
        return self.throttle.pop(tag, None) is not None


def merge(base: SlotFile, mine: SlotFile, theirs: SlotFile) -> SlotFile:
    """``mine`` (a copy read as ``base``, then changed) written over ``theirs`` (what is stored now): my
    changes to slots, throttle entries and queued failures are applied to theirs; theirs are kept otherwise.
    (On one PC there is only ever one copy; on the office server, other PCs write meanwhile.)"""
    base_slots = {s.slot_id: json.dumps(s.to_json(), sort_keys=True) for s in base.slots}
    mine_slots = {s.slot_id: s for s in mine.slots}
    merged = {s.slot_id: s for s in theirs.slots}
    for slot_id in base_slots.keys() - mine_slots.keys():  # removed by me
        merged.pop(slot_id, None)
    for slot_id, slot in mine_slots.items():  # added or changed by me
        if base_slots.get(slot_id) != json.dumps(slot.to_json(), sort_keys=True):
            for other_id in [k for k, s in merged.items() if s.user_id == slot.user_id and k != slot_id]:
                del merged[other_id]  # one slot per user (see :meth:`SlotFile.put`)
            merged[slot_id] = slot
    throttle = dict(theirs.throttle)
    for tag in set(base.throttle) | set(mine.throttle):
        if base.throttle.get(tag) != mine.throttle.get(tag):
            if tag in mine.throttle:
                throttle[tag] = mine.throttle[tag]
            else:
                throttle.pop(tag, None)
    def keys(items: list[dict[str, str]]) -> set[str]:
        return {json.dumps(p, sort_keys=True) for p in items}

    flushed = keys(base.pending) - keys(mine.pending)  # written to the audit log by me
    pending = [p for p in theirs.pending if json.dumps(p, sort_keys=True) not in flushed]
    pending += [p for p in mine.pending if json.dumps(p, sort_keys=True) not in keys(base.pending)]
    return SlotFile(path=theirs.path, db_uuid=theirs.db_uuid, generation=theirs.generation,
                    slots=list(merged.values()), throttle=throttle, pending=pending,
                    audit_public_key=mine.audit_public_key or theirs.audit_public_key)


def new_recovery_code() -> str:
    """A random 128-bit recovery code, shown as 8 groups of 4 base32 characters."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")[:32]
    return "-".join(raw[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(text: str) -> str:
    cleaned = unicodedata.normalize("NFKC", text).upper().replace("-", "").replace(" ", "")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def new_db_key() -> bytearray:
    return bytearray(secrets.token_bytes(32))


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer in place."""
    if buffer is None:
        return
    for i in range(len(buffer)):
        buffer[i] = 0

"""Signed audit checkpoints (R23): external anchors that catch truncation and re-MACing.

A checkpoint is {db_uuid, seq, mac, time} signed with the office's Ed25519 key, which only
administrators' key slots (and the recovery slot) wrap. Checkpoints are appended to
``office.checkpoints.json`` next to the database and the latest is copied into every backup set.
Anyone holding the database key can re-MAC the chain, but cannot forge a checkpoint.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.fileio import atomic_write

FILE_NAME = "office.checkpoints.json"


def _payload(doc: dict[str, Any]) -> bytes:
    body = {k: doc[k] for k in ("db_uuid", "seq", "mac", "time")}
    if doc.get("fs_start") is not None:  # where the forward-secure chain starts (since schema 8)
        body["fs_start"] = doc["fs_start"]
    if doc.get("anchors") is not None:  # 2: the office's head anchors carry a signed part (store/anchor.py)
        body["anchors"] = doc["anchors"]
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(private_raw: bytes, *, db_uuid: str, seq: int, mac_hex: str, time: str,
         fs_start: int | None = None, anchors: int | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"db_uuid": db_uuid, "seq": seq, "mac": mac_hex, "time": time}
    if fs_start is not None:
        doc["fs_start"] = fs_start
    if anchors is not None:
        doc["anchors"] = anchors
    doc["sig"] = Ed25519PrivateKey.from_private_bytes(private_raw).sign(_payload(doc)).hex()
    return doc


def signature_ok(public_hex: str, doc: dict[str, Any]) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bytes.fromhex(doc["sig"]), _payload(doc))
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False
    return True


def load(data_dir: Path) -> list[dict[str, Any]]:
    state, items = load_state(data_dir)
    return [{"invalid": True}] if state == "damaged" else items


def load_state(data_dir: Path) -> tuple[str, list[dict[str, Any]]]:
    """("ok" | "missing" | "damaged", the checkpoints)."""
    path = data_dir / FILE_NAME
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        items = doc["checkpoints"]
        if not isinstance(items, list):
            raise ValueError("checkpoints")
    except FileNotFoundError:
        return "missing", []
    except (OSError, ValueError, KeyError, TypeError):
        return "damaged", []
    return "ok", [c for c in items if isinstance(c, dict)]


SIGNED_ANCHORS = 2


def anchors_signed(data_dir: Path, public_hex: str, db_uuid: str) -> bool:
    """Whether a genuine checkpoint of this office says its head anchors are signed (then an anchor without
    a signed part was replaced; a damaged or missing checkpoint file is reported on its own)."""
    if not public_hex:
        return False
    return any(c.get("anchors") == SIGNED_ANCHORS and c.get("db_uuid") == db_uuid and signature_ok(public_hex, c)
               for c in load_state(data_dir)[1])


def append(data_dir: Path, checkpoint: dict[str, Any]) -> None:
    items = [c for c in load(data_dir) if not c.get("invalid")]
    items.append(checkpoint)
    atomic_write(data_dir / FILE_NAME, json.dumps({"checkpoints": items}, indent=1).encode("utf-8"),
                 keep_backup=True)


def set_aside_after(data_dir: Path, seq: int, stamp: str) -> int:
    """After a restore: move checkpoints beyond ``seq`` (entries the restore dropped) to a side file."""
    state, items = load_state(data_dir)
    later = [c for c in items if isinstance(c.get("seq"), int) and c["seq"] > seq]
    if state != "ok" or not later:
        return 0
    atomic_write(data_dir / f"office.checkpoints.pre-restore-{stamp}.json",
                 json.dumps({"checkpoints": later}, indent=1).encode("utf-8"))
    atomic_write(data_dir / FILE_NAME, json.dumps({"checkpoints": [c for c in items if c not in later]},
                                                  indent=1).encode("utf-8"), keep_backup=True)
    return len(later)


@dataclass(frozen=True)
class AnchorResult:
    seq: int
    time: str
    ok: bool
    problem: str  # "" | "signature" | "anchor mismatch" | "other office" | "beyond" (entries lost after it)


def check(checkpoints: list[dict[str, Any]], public_hex: str, db_uuid: str,
          mac_at: dict[int, str], last_seq: int | None = None) -> list[AnchorResult]:
    """Check each checkpoint's signature and that the chain still holds its MAC at its sequence."""
    results = []
    for c in checkpoints:
        seq = int(c.get("seq", -1)) if str(c.get("seq", "")).lstrip("-").isdigit() else -1
        time = str(c.get("time", ""))
        if not signature_ok(public_hex, c):
            results.append(AnchorResult(seq, time, False, "signature"))
        elif c.get("db_uuid") != db_uuid:
            results.append(AnchorResult(seq, time, False, "other office"))
        elif last_seq is not None and seq > last_seq:
            results.append(AnchorResult(seq, time, False, "beyond"))
        elif mac_at.get(seq) != c.get("mac"):
            results.append(AnchorResult(seq, time, False, "anchor mismatch"))
        else:
            results.append(AnchorResult(seq, time, True, ""))
    return results

"""The audit head anchor: the database's last audit entry, remembered outside the database.

``office.head`` next to the database and a copy in the per-user folder (:func:`desktop.paths.anchors_dir`,
named by the office's uuid and folder, so rolling the whole office folder back to an older copy leaves
the copy newer than the database) hold ``{db_uuid, seq, mac, ts, fs_start, signed}``. They are written with an
atomic replace *after* each outermost commit that appended an audit entry (a hook on the database's
transactions, lock held, reading the committed head). So the anchor may lag the database after a crash
(kill -9 between commit and write: the database is ahead, which is fine) but never leads it.

Checks (unlock and ``verify``): database head behind an anchor = entries lost (truncation, an older copy
of the folder, WAL frames dropped after a crash): seqs ``head+1 .. anchor.seq``, between the time of the
last kept entry and the anchor's ``ts``. A different MAC at the anchor's seq = entries rewritten.
An anchor is only ever moved forward, never back, so a detected loss stays visible until it is recorded.

**Signed part.** ``signed`` is ``{db_uuid, seq, mac, time, sig}`` signed with the office's Ed25519 key (the
checkpoint key, which only administrators' and the recovery slot wrap): an administrator's session signs
the head at every write; other sessions cannot sign and carry forward the newest signed part that still
matches the database. So a key-slot holder who rewrites the tail (or puts back an older database and
appends to it) cannot write an anchor that matches it: the signed part names an entry the database no
longer has (behind / rewritten), or its signature fails, or it is missing. A missing signed part counts
once the office's own signed checkpoints say its anchors are signed (``anchors`` in a checkpoint, see
:mod:`desktop.store.checkpoints`), so offices from before this version raise no alarm at their first
opening. What no signature can stop is replaying a complete older state (database, checkpoint file and
its signed anchor, all copied together): the per-user copy outside the folder and the checkpoints in the
backups catch that.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from desktop import paths
from desktop.fileio import write_synced
from desktop.store import audit, audit_fs
from desktop.store import checkpoints as store_cp
from desktop.store.audit_fs import AuditKeyState
from desktop.store.models import AuditEntry

FILE_NAME = "office.head"


def user_copy_path(data_dir: Path, db_uuid: str) -> Path:
    where = str(Path(data_dir).resolve())
    name = hashlib.sha256(f"{db_uuid}|{where}".encode()).hexdigest()[:32]
    return paths.anchors_dir() / f"{name}.head"


def permit_path(data_dir: Path, db_uuid: str) -> Path:
    """A restore's signed permission to roll the database back (see services/audit_guard.py)."""
    return user_copy_path(data_dir, db_uuid).with_suffix(".restore")


def locations(data_dir: Path, db_uuid: str) -> list[tuple[str, Path]]:
    return [("office", Path(data_dir) / FILE_NAME), ("user", user_copy_path(data_dir, db_uuid))]


@dataclass(frozen=True)
class Anchor:
    where: str  # "office" | "user"
    state: str  # "ok" | "missing" | "damaged" | "other office"
    seq: int = 0
    mac: str = ""
    ts: str = ""
    signed: dict[str, Any] | None = None  # the signed part as stored (checked by :func:`compare`)


def office_named(data_dir: Path) -> str:
    """The office the folder's own anchor file names (``""``: none, or unreadable): which office this PC's
    earlier logins opened, without any key (used to check a replacement connection file)."""
    try:
        doc = json.loads((Path(data_dir) / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    uuid = doc.get("db_uuid") if isinstance(doc, dict) else None
    return uuid if isinstance(uuid, str) else ""


def read(data_dir: Path, db_uuid: str) -> list[Anchor]:
    found = []
    for where, path in locations(data_dir, db_uuid):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            seq, mac, ts = int(doc["seq"]), str(doc["mac"]), str(doc.get("ts", ""))
            uuid = str(doc["db_uuid"])
            signed = doc.get("signed")
        except FileNotFoundError:
            found.append(Anchor(where, "missing"))
            continue
        except (OSError, ValueError, KeyError, TypeError):
            found.append(Anchor(where, "damaged"))
            continue
        found.append(Anchor(where, "ok" if uuid == db_uuid else "other office", seq, mac, ts,
                            signed if isinstance(signed, dict) else {} if signed is not None else None))
    return found


def write(data_dir: Path, db_uuid: str, seq: int, mac: str, ts: str, fs_start: int | None,
          *, force: bool = False, signing_key: bytes | None = None, public_hex: str = "",
          anchors: list[Anchor] | None = None, mac_of: Callable[[int], str | None] | None = None) -> None:
    """Move both anchors forward to ``seq`` (never back: a newer anchor is evidence of a loss; ``force``
    only once that loss is recorded in the log). With ``signing_key`` the head is signed; without it the
    newest signed part that still matches the database is carried forward.

    ``anchors`` (as :func:`read` gives them) and ``mac_of`` (the MAC hex of an entry, None when the database
    has none) may come from the caller (:meth:`HeadKeeper.flush` reads them with the head in one statement)."""
    anchors = read(data_dir, db_uuid) if anchors is None else anchors
    mac_of = mac_of or _mac_at
    if signing_key is not None:
        signed: dict[str, Any] | None = store_cp.sign(signing_key, db_uuid=db_uuid, seq=seq, mac_hex=mac, time=ts)
    else:
        held = [a.signed for a in anchors
                if a.signed and _signed_problem(a.signed, public_hex, db_uuid, seq, mac_of) == ""]
        signed = max(held, key=lambda d: int(d["seq"]), default=None)
    doc = {"db_uuid": db_uuid, "seq": seq, "mac": mac, "ts": ts, "fs_start": fs_start}
    if signed is not None:
        doc["signed"] = signed
    data = json.dumps(doc, sort_keys=True).encode("utf-8")
    for anchor, (_where, path) in zip(anchors, locations(data_dir, db_uuid), strict=True):
        if anchor.state == "ok" and not force:
            if anchor.seq > seq:
                continue
            if anchor.seq > 0 and mac_of(anchor.seq) != anchor.mac:
                continue  # the entry it names is gone or different: keep it as evidence
            if anchor.signed is not None and _signed_problem(anchor.signed, public_hex, db_uuid, seq, mac_of):
                continue  # its signed part no longer matches the database: keep it as evidence
        with contextlib.suppress(OSError):  # a full disk or a missing profile folder must not stop the work
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _replace(path, data)


def _mac_at(seq: int) -> str | None:
    found = audit.mac_at(seq)
    return None if found is None else found[0]


def _signed_problem(signed: dict[str, Any], public_hex: str, db_uuid: str, head_seq: int,
                    mac_of: Callable[[int], str | None] = _mac_at) -> str:
    """"" when the signed part is genuine and names an entry the open database holds, else the problem:
    "signature" (not signed by the office's key, or for another office), "behind" or "rewritten"."""
    if not public_hex:
        return ""  # an office without a signing key (never the case since schema 1): nothing to check
    if not _signature_ok(public_hex, signed) or signed.get("db_uuid") != db_uuid:
        return "signature"
    seq = signed.get("seq")
    if not isinstance(seq, int) or seq > head_seq:
        return "behind"
    if seq > 0 and mac_of(seq) != signed.get("mac"):
        return "rewritten"
    return ""


_VERIFIED: dict[tuple[str, str], bool] = {}  # (public key, signed part as JSON) -> signature good


def _signature_ok(public_hex: str, signed: dict[str, Any]) -> bool:
    """:func:`checkpoints.signature_ok`, remembered: a session carries the same signed part forward at each save."""
    key = (public_hex, json.dumps(signed, sort_keys=True))
    if key not in _VERIFIED:
        if len(_VERIFIED) > 64:
            _VERIFIED.clear()
        _VERIFIED[key] = store_cp.signature_ok(public_hex, signed)
    return _VERIFIED[key]


def _replace(path: Path, data: bytes) -> None:
    """Whole file or the previous one (temp file fsynced, then renamed). No directory fsync: after a power
    cut the rename may be lost, which only makes the anchor lag (allowed); a torn file is never seen."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write_synced(tmp, data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@dataclass(frozen=True)
class HeadFinding:
    where: str
    problem: str  # "behind" | "rewritten" | "missing" | "damaged" | "other office" | "signature" | "unsigned"
    lost_from: int | None = None
    lost_to: int | None = None
    kept_ts: str = ""  # time of the last entry still in the database
    anchor_ts: str = ""


def compare(anchors: list[Anchor], expect_anchor: bool, *, public_hex: str = "", db_uuid: str = "",
            expect_signed: bool = False) -> list[HeadFinding]:
    """Compare the open database's head with the anchors (read inside the open office).

    ``public_hex``: the office's checkpoint key, to check each anchor's signed part; ``expect_signed``: the
    office's signed checkpoints say its anchors are signed, so one without a signed part was replaced."""
    seq, _mac, ts = audit.head()
    findings = []
    for a in anchors:
        if a.state == "ok":
            if a.seq > seq:
                findings.append(HeadFinding(a.where, "behind", seq + 1, a.seq, ts, a.ts))
                continue
            if a.seq > 0:
                found = audit.mac_at(a.seq)
                if found is None or found[0] != a.mac:
                    findings.append(HeadFinding(a.where, "rewritten", a.seq, a.seq, ts, a.ts))
                    continue
            if a.signed is None:
                if expect_signed and public_hex:
                    findings.append(HeadFinding(a.where, "unsigned"))
                continue
            problem = _signed_problem(a.signed, public_hex, db_uuid, seq)
            s_seq = a.signed.get("seq") if isinstance(a.signed.get("seq"), int) else None
            s_ts = str(a.signed.get("time", ""))
            if problem == "behind" and s_seq is not None:
                findings.append(HeadFinding(a.where, "behind", seq + 1, s_seq, ts, s_ts))
            elif problem == "rewritten":
                findings.append(HeadFinding(a.where, "rewritten", s_seq, s_seq, ts, s_ts))
            elif problem:
                findings.append(HeadFinding(a.where, "signature"))
        elif a.state == "missing":
            if expect_anchor and a.where == "office":
                findings.append(HeadFinding(a.where, "missing"))
        else:
            findings.append(HeadFinding(a.where, a.state))
    return findings


class HeadKeeper:
    """Writes the anchor after each commit that appended an audit entry (installed by :func:`attach`)."""

    def __init__(self, data_dir: Path, db_uuid: str) -> None:
        self.data_dir = Path(data_dir)
        self.db_uuid = db_uuid
        self.dirty = False
        self.enabled = True
        self.findings: list[HeadFinding] = []  # what the check at opening found (kept until recorded)
        self.restored: list[HeadFinding] = []  # a rollback an administrator's restore signed for
        self.signed_at: Any = None  # when this session last signed a checkpoint (services/audit_guard.py)
        self.signing_key: Any = lambda: None  # the session's signing key, read at each write (None: cannot sign)
        self.public_hex = ""  # the office's checkpoint key, to check the signed parts carried forward

    def mark(self) -> None:
        self.dirty = True

    def flush(self, force: bool = False) -> None:
        if not (self.dirty and self.enabled):
            return
        self.dirty = False
        with contextlib.suppress(Exception):  # never break the caller's work after its commit
            anchors = read(self.data_dir, self.db_uuid)
            wanted = {a.seq for a in anchors if a.state == "ok" and a.seq > 0}
            wanted |= {a.signed["seq"] for a in anchors if a.signed and isinstance(a.signed.get("seq"), int)}
            (seq, mac, ts), macs, fs_start = _head_facts(wanted)
            write(self.data_dir, self.db_uuid, seq, mac, ts, fs_start, force=force,
                  signing_key=self.signing_key(), public_hex=self.public_hex, anchors=anchors, mac_of=macs.get)


def _head_facts(seqs: set[int]) -> tuple[tuple[int, str, str], dict[int, str], int | None]:
    """(:func:`audit.head`, {seq: MAC hex} of those of ``seqs`` the database holds, the forward-secure start) read
    in one statement: run after every saving commit, on the office server each statement is a round trip."""
    entries, states = AuditEntry._meta.table_name, AuditKeyState._meta.table_name
    wanted = sorted(s for s in seqs if s > 0)[:8]
    marks = ", ".join("?" for _ in wanted)
    also = f" OR seq IN ({marks})" if wanted else ""
    try:
        rows = AuditEntry._meta.database.execute_sql(
            f"SELECT seq, mac, ts, (SELECT start_seq FROM {states} WHERE id = 1) FROM {entries} "
            f"WHERE seq = (SELECT max(seq) FROM {entries}){also}", tuple(wanted)).fetchall()
    except pw.OperationalError as exc:  # no key-state table: an office opened below schema 10 (tests build such)
        if "no such table" not in str(exc):
            raise
        state = audit_fs.load()
        return audit.head(), {s: m for s in seqs if (m := _mac_at(s)) is not None}, state.start_seq if state else None
    macs = {int(r[0]): bytes(r[1]).hex() for r in rows}
    if len(wanted) < len({s for s in seqs if s > 0}):  # more seqs than one statement asks for (never in practice)
        macs |= {s: m for s in seqs if s not in macs and (m := _mac_at(s)) is not None}
    if not rows:
        return (0, audit.GENESIS.hex(), ""), macs, None
    last = max(rows, key=lambda r: int(r[0]))
    return (int(last[0]), bytes(last[1]).hex(), str(last[2])), macs, None if last[3] is None else int(last[3])


def attach(office: Any) -> HeadKeeper:
    """Install the anchor on an open office (its database's after-commit hook and the audit log)."""
    keeper = HeadKeeper(office.files.data_dir, office.slots.db_uuid)
    keeper.signing_key = lambda: office.signing_key  # dropped for a demoted administrator after the unlock
    keeper.public_hex = public_key_of(office)
    office.audit.after_append = keeper.mark
    office.db.after_commit.append(keeper.flush)
    return keeper


def public_key_of(office: Any) -> str:
    """The office's checkpoint public key. An administrator's session derives it from the signing key it
    unwrapped (a key-slot holder could put their own public key into ``office.keys``); others read it there."""
    if office.signing_key is not None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        key = Ed25519PrivateKey.from_private_bytes(bytes(office.signing_key))
        return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    return str(office.slots.audit_public_key or "")

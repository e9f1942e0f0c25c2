"""The audit head anchor: the database's last audit entry, remembered outside the database.

``office.head`` next to the database and a copy in the per-user folder (:func:`desktop.paths.anchors_dir`,
named by the office's uuid and folder, so rolling the whole office folder back to an older copy leaves
the copy newer than the database) hold ``{db_uuid, seq, mac, ts, fs_start}``. They are written with an
atomic replace *after* each outermost commit that appended an audit entry (a hook on the database's
transactions, lock held, reading the committed head). So the anchor may lag the database after a crash
(kill -9 between commit and write: the database is ahead, which is fine) but never leads it.

Checks (unlock and ``verify``): database head behind an anchor = entries lost (truncation, an older copy
of the folder, WAL frames dropped after a crash): seqs ``head+1 .. anchor.seq``, between the time of the
last kept entry and the anchor's ``ts``. A different MAC at the anchor's seq = entries rewritten.
The anchor is not signed (anyone who can delete the tail can also lower the anchor in the office folder;
the per-user copy and the signed checkpoints remain); it is only ever moved forward, never back, so a
detected loss stays visible until it has been recorded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.fileio import write_synced
from desktop.store import audit, audit_fs

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


def read(data_dir: Path, db_uuid: str) -> list[Anchor]:
    found = []
    for where, path in locations(data_dir, db_uuid):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            seq, mac, ts = int(doc["seq"]), str(doc["mac"]), str(doc.get("ts", ""))
            uuid = str(doc["db_uuid"])
        except FileNotFoundError:
            found.append(Anchor(where, "missing"))
            continue
        except (OSError, ValueError, KeyError, TypeError):
            found.append(Anchor(where, "damaged"))
            continue
        found.append(Anchor(where, "ok" if uuid == db_uuid else "other office", seq, mac, ts))
    return found


def write(data_dir: Path, db_uuid: str, seq: int, mac: str, ts: str, fs_start: int | None,
          *, force: bool = False) -> None:
    """Move both anchors forward to ``seq`` (never back: a newer anchor is evidence of a loss; ``force``
    only once that loss is recorded in the log)."""
    data = json.dumps({"db_uuid": db_uuid, "seq": seq, "mac": mac, "ts": ts, "fs_start": fs_start},
                      sort_keys=True).encode("utf-8")
    for anchor, (_where, path) in zip(read(data_dir, db_uuid), locations(data_dir, db_uuid), strict=True):
        if anchor.state == "ok" and not force:
            if anchor.seq > seq:
                continue
            found = audit.mac_at(anchor.seq) if anchor.seq > 0 else None
            if anchor.seq > 0 and (found is None or found[0] != anchor.mac):
                continue  # the entry it names is gone or different: keep it as evidence
        with contextlib.suppress(OSError):  # a full disk or a missing profile folder must not stop the work
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _replace(path, data)


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
    problem: str  # "behind" | "rewritten" | "missing" | "damaged" | "other office"
    lost_from: int | None = None
    lost_to: int | None = None
    kept_ts: str = ""  # time of the last entry still in the database
    anchor_ts: str = ""


def compare(anchors: list[Anchor], expect_anchor: bool) -> list[HeadFinding]:
    """Compare the open database's head with the anchors (read inside the open office)."""
    seq, _mac, ts = audit.head()
    findings = []
    for a in anchors:
        if a.state == "ok":
            if a.seq > seq:
                findings.append(HeadFinding(a.where, "behind", seq + 1, a.seq, ts, a.ts))
            elif a.seq > 0:
                found = audit.mac_at(a.seq)
                if found is None or found[0] != a.mac:
                    findings.append(HeadFinding(a.where, "rewritten", a.seq, a.seq, ts, a.ts))
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

    def mark(self) -> None:
        self.dirty = True

    def flush(self, force: bool = False) -> None:
        if not (self.dirty and self.enabled):
            return
        self.dirty = False
        with contextlib.suppress(Exception):  # never break the caller's work after its commit
            seq, mac, ts = audit.head()
            state = audit_fs.load()
            write(self.data_dir, self.db_uuid, seq, mac, ts, state.start_seq if state else None, force=force)


def attach(office: Any) -> HeadKeeper:
    """Install the anchor on an open office (its database's after-commit hook and the audit log)."""
    keeper = HeadKeeper(office.files.data_dir, office.slots.db_uuid)
    office.audit.after_append = keeper.mark
    office.db.after_commit.append(keeper.flush)
    return keeper

"""Landing-page import: classifying rows as a stream, the same way for the preview and the confirmation.

Rows are taken in chunks of :data:`CHUNK_ROWS`: each row is checked on its own (address, name,
date, opt-in), then the chunk's addresses are looked up in the database at once, and each row gets
its :class:`RowPlan`. Only a chunk is held; what the whole file leaves behind is bounded: the
counts by outcome, a few sample rows per outcome, the first :data:`PROBLEMS_KEPT` problem rows,
one SHA-256 and the counts per chunk (so the confirmation can tell exactly which part of the
file would now be treated differently), and the duplicate check's :class:`FirstRows` (12 bytes
a distinct address, about 24 with the table's free slots; never the addresses themselves).
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain import addresses
from desktop.domain.consent import SUPPRESSING, ContactStatus
from desktop.domain.errors import ValidationError
from desktop.services import consent
from desktop.services.lp_import.parsing import (
    CTX,
    D_BOUNCED,
    D_CONFIRM,
    D_DATE,
    D_DATE_FUTURE,
    D_DELETED,
    D_DUP_FILE,
    D_DUP_LIST,
    D_DUP_WAITING,
    D_KANA_LONG,
    D_NAME_LONG,
    D_NOT_TICKED,
    D_NOT_TICKED_OTHER,
    D_OK,
    D_REFUSED,
    D_REFUSED_IN_FILE,
    D_UNKNOWN_VALUE,
    D_UNSUBSCRIBED,
    PROGRESS_EVERY,
    SAMPLES_PER_OUTCOME,
    CancelFn,
    ImportCancelled,
    ProgressFn,
    RowOutcome,
    Source,
    is_refusal,
    parse_date,
    parse_opt_in,
)
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store.contacts_repo import bulk as cbulk

CHUNK_ROWS = PROGRESS_EVERY  # rows classified (and, on confirmation, written) together
PROBLEMS_KEPT = 200  # problem rows kept for the report (the CLI lists 50); the rest are counted

Record = tuple[int, Sequence[str]]


@dataclass(frozen=True, slots=True)
class RowPlan:
    row: int  # row number in the file (header = 1)
    outcome: RowOutcome
    address: str  # normalised when possible, else as given (trimmed)
    name: str | None
    furigana: str | None
    opt_in: bool | None
    detail: str  # translatable template (context "Import" or "Address")
    detail_params: tuple[str, ...] = ()
    detail_context: str = CTX
    occurred_at: datetime | None = None
    contact_id: int | None = None  # an existing contact this row adds to
    key: str | None = None  # canonical key of a valid address


class FirstRows:
    """The first file row of each address seen so far, for the duplicate-in-file check.

    An open-addressing hash table in two flat arrays: a 64-bit keyed BLAKE2b digest of the
    canonical key (int64) and its first row (int32); at most half full, doubled when needed.
    About 24 bytes a distinct address (a dict of the same would take ~100, a set of the
    addresses several hundred). The key is random per pass, so nobody can make two addresses
    collide on purpose; by chance, two of a million addresses share a digest with a probability
    of about 3 in 100 million (then the later one would be reported as a duplicate of the first).
    """

    def __init__(self, expected: int = 0) -> None:
        """``expected``: the number of rows if known (sized once: no copy while growing)."""
        self.secret = secrets.token_bytes(16)
        self.used = 0
        self._alloc(max(1 << 12, 1 << (2 * max(expected, 1) + 1).bit_length()))

    def _alloc(self, size: int) -> None:
        self.mask = size - 1
        self.digests = array("q", bytes(8 * size))
        self.rows = array("i", bytes(4 * size))  # int32: row numbers stay far below 2**31

    def _digest(self, key: str) -> int:
        d = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8, key=self.secret).digest(), "little",
                          signed=True)
        return d or 1  # 0 marks an empty slot

    def first_row(self, key: str, row: int) -> int | None:
        """The row where ``key`` was first seen, or None when this is its first row (then it is kept)."""
        d = self._digest(key)
        digests, mask = self.digests, self.mask
        i = d & mask
        while True:
            found = digests[i]
            if found == d:
                return int(self.rows[i])
            if found == 0:
                break
            i = (i + 1) & mask
        digests[i] = d
        self.rows[i] = row
        self.used += 1
        if self.used * 2 > mask:
            self._grow()
        return None

    def _grow(self) -> None:
        old_digests, old_rows = self.digests, self.rows
        self._alloc((self.mask + 1) * 2)
        digests, rows, mask = self.digests, self.rows, self.mask
        for d, r in zip(old_digests, old_rows, strict=True):
            if d:
                i = d & mask
                while digests[i]:
                    i = (i + 1) & mask
                digests[i] = d
                rows[i] = r


ChunkMark = tuple[bytes, tuple[int, ...]]  # a chunk's plan digest and its counts by outcome


@dataclass
class Tally:
    """What a pass over the file leaves behind (bounded)."""

    total: int = 0
    counts: dict[RowOutcome, int] = field(default_factory=lambda: {o: 0 for o in RowOutcome})
    samples: dict[RowOutcome, list[RowPlan]] = field(default_factory=lambda: {o: [] for o in RowOutcome})
    problems: list[RowPlan] = field(default_factory=list)
    problem_count: int = 0
    chunks: list[ChunkMark] = field(default_factory=list)
    invalid_rows: array[int] = field(default_factory=lambda: array("i"))  # 4 bytes an invalid address

    def add_chunk(self, plans: Sequence[RowPlan]) -> ChunkMark:
        digest = hashlib.sha256()
        counts = dict.fromkeys(RowOutcome, 0)
        for p in plans:
            digest.update(f"{p.row}\x1f{p.outcome.value}\x1f{p.contact_id}\n".encode())
            counts[p.outcome] += 1
            if p.outcome is RowOutcome.INVALID:
                self.invalid_rows.append(p.row)
            kept = self.samples[p.outcome]
            if len(kept) < SAMPLES_PER_OUTCOME:
                kept.append(p)
            if p.outcome is not RowOutcome.JOIN:
                self.problem_count += 1
                if len(self.problems) < PROBLEMS_KEPT:
                    self.problems.append(p)
        for o, n in counts.items():
            self.counts[o] += n
        self.total += len(plans)
        mark = (digest.digest(), tuple(counts[o] for o in RowOutcome))
        self.chunks.append(mark)
        return mark


def changed_rows(before: ChunkMark, after: ChunkMark) -> int:
    """How many rows of a chunk are treated differently now (at least one when its plans differ)."""
    if before == after:
        return 0
    moved = sum(max(0, b - a) for a, b in zip(before[1], after[1], strict=True))
    return max(1, moved)


class Classifier:
    """Classify a stream of (row number, cells) against the database.

    ``below_id`` (the confirmation): only contacts older than the import are looked up, and
    ``status_before`` gives the status a contact had before the import touched it, so the
    confirmation classifies every row as the preview did although it writes as it goes; and
    ``invalid_rows`` (the preview's invalid rows, ascending) spares it checking the addresses again:
    the bytes are the previewed ones, so a row not listed there is valid, and its normalised form
    is all that is needed (each address goes through the validator once, in the preview)."""

    def __init__(self, session: Session, source: Source, headers: Sequence[str], mapping: dict[str, str], *,
                 now: datetime, below_id: int | None = None, status_before: dict[int, str] | None = None,
                 invalid_rows: Sequence[int] | None = None) -> None:
        index = {h: i for i, h in reversed(list(enumerate(headers)))}
        self.col = {f: index[c] for f, c in mapping.items()}
        self.session = session
        self.source = source
        self.now = now
        self.below_id = below_id
        self.status_before = status_before if status_before is not None else {}
        self.hkey = consent.hmac_key(session)
        self.invalid_rows = invalid_rows
        self._next_invalid = 0

    def _checked(self, number: int, raw: str) -> tuple[str, addresses.AddressCheck | None]:
        """(normalised address, the check when it was made or the row is invalid)."""
        known = self.invalid_rows
        if known is None:
            check = addresses.check(raw)
            return check.normalised, check
        i = self._next_invalid
        while i < len(known) and known[i] < number:
            i += 1
        self._next_invalid = i
        if i < len(known) and known[i] == number:
            return "", addresses.check(raw)  # invalid in the preview: its message again
        return addresses.normalise(raw), None

    def run(self, records: Iterable[Record], seen: FirstRows, *, progress: ProgressFn | None,
            cancelled: CancelFn | None, total: int, on_chunk: Callable[[list[RowPlan], ChunkMark], None] | None = None
            ) -> Tally:
        """Classify every record; ``on_chunk`` gets each chunk's plans (in file order) as they are made.
        ``progress(done, total)`` after each chunk (``total`` 0: unknown)."""
        tally = Tally()
        chunk: list[Record] = []

        def flush() -> None:
            plans = self.classify(chunk, seen)
            chunk.clear()
            mark = tally.add_chunk(plans)
            if on_chunk is not None:
                on_chunk(plans, mark)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(tally.total, max(total, tally.total) if total else 0)

        if cancelled is not None and cancelled():
            raise ImportCancelled()
        for record in records:
            chunk.append(record)
            if len(chunk) >= CHUNK_ROWS:
                flush()
        if chunk:
            flush()
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        return tally

    def _cell(self, cells: Sequence[str], f: str) -> str:
        i = self.col.get(f)
        return cells[i] if i is not None and i < len(cells) else ""

    def _stage(self, number: int, cells: Sequence[str]) -> dict[str, Any]:
        """Check one row on its own (no database)."""
        raw = self._cell(cells, "email")
        normalised, check = self._checked(number, raw)
        item: dict[str, Any] = {"row": number, "address": normalised or raw.strip()[:400], "name": None,
                                "furigana": None, "opt_in": None, "occurred_at": None}
        if check is not None and not check.valid:
            assert check.problem is not None
            item.update(outcome=RowOutcome.INVALID, detail=check.problem.message, params=check.error_params,
                        context="Address")
            return item
        try:
            item["name"] = consent.clean_text(self._cell(cells, "name"), consent.NAME_MAX, D_NAME_LONG, nfkc=True,
                                              context=CTX)
            item["furigana"] = consent.clean_text(self._cell(cells, "furigana"), consent.FURIGANA_MAX, D_KANA_LONG,
                                                  nfkc=True, context=CTX)
        except ValidationError as exc:
            item.update(outcome=RowOutcome.ERROR, detail=exc.message, params=exc.params, context=CTX)
            return item
        if "date" in self.col:
            raw_date = self._cell(cells, "date").strip()
            try:
                when = parse_date(raw_date)
            except ValueError:
                item.update(outcome=RowOutcome.ERROR, detail=D_DATE, params=(raw_date[:40],), context=CTX)
                return item
            if when is not None and when > self.now:
                item.update(outcome=RowOutcome.ERROR, detail=D_DATE_FUTURE, params=(raw_date[:40],), context=CTX)
                return item
            item["occurred_at"] = when
        if "opt_in" in self.col:
            raw_value = self._cell(cells, "opt_in")
            value = parse_opt_in(raw_value)
            item["opt_in"] = value
            item["refused"] = is_refusal(raw_value)  # said no in words, not merely an empty box
            if value is None:
                item["unrecognised"] = raw_value.strip()[:40]
        # canonical_key(normalised) without normalising twice (normalise is idempotent on a valid address)
        item["key"] = key = normalised.lower()
        item["mailbox"] = addresses.mailbox_of_key(key)
        return item

    def _lookup(self, mailboxes: dict[str, str]) -> dict[str, crepo.ContactRow]:
        found = cbulk.contacts_for_import(mailboxes, self.below_id)
        if self.status_before:
            for k, c in found.items():
                old = self.status_before.get(c.id)
                if old is not None:
                    found[k] = dataclasses.replace(c, status=old)
        return found

    def classify(self, records: Sequence[Record], seen: FirstRows) -> list[RowPlan]:
        staged = [self._stage(n, cells) for n, cells in records]
        keyed = [s for s in staged if "outcome" not in s]
        existing = self._lookup({s["key"]: s["mailbox"] for s in keyed})
        # the keyed hash of the mailbox (crepo.key_hash without folding the key again)
        hashes = {s["key"]: crepo.legacy_key_hash(self.hkey, s["mailbox"]) for s in keyed if s["key"] not in existing}
        suppressed = cbulk.suppression_reasons(hashes.values())
        first_of = {id(s): seen.first_row(s["key"], s["row"]) for s in keyed}
        return [self._plan(s, first_of.get(id(s)), existing, hashes, suppressed) for s in staged]

    def _plan(self, s: dict[str, Any], first: int | None, existing: dict[str, crepo.ContactRow],
              hashes: dict[str, str], suppressed: dict[str, str]) -> RowPlan:
        base = {"row": s["row"], "address": s["address"], "name": s["name"], "furigana": s["furigana"],
                "opt_in": s["opt_in"], "occurred_at": s["occurred_at"], "key": s.get("key")}
        if "outcome" in s:
            return RowPlan(**base, outcome=s["outcome"], detail=s["detail"], detail_params=tuple(s["params"]),
                           detail_context=s["context"])
        if first is not None:
            return RowPlan(**base, outcome=RowOutcome.DUPLICATE, detail=D_DUP_FILE, detail_params=(str(first),))
        key = s["key"]
        ticked = s["opt_in"] is True if "opt_in" in self.col else True
        contact = existing.get(key)
        contact_id = contact.id if contact is not None else None
        status = ContactStatus(contact.status) if contact is not None else None
        reason = status.value if status in SUPPRESSING else (
            suppressed.get(hashes[key]) if contact is None else None)
        if reason is not None:
            detail = {"refused": D_REFUSED, "unsubscribed": D_UNSUBSCRIBED, "bounced": D_BOUNCED}.get(reason, D_DELETED)
            return RowPlan(**base, outcome=RowOutcome.SUPPRESSED, detail=detail)
        if s.get("refused"):  # a refusal in the file is honoured for every source, known address or not
            return RowPlan(**base, outcome=RowOutcome.REFUSED, detail=D_REFUSED_IN_FILE, contact_id=contact_id)
        if status is ContactStatus.SUBSCRIBED:
            return RowPlan(**base, outcome=RowOutcome.DUPLICATE, detail=D_DUP_LIST, contact_id=contact_id)
        if not ticked:
            params: tuple[str, ...] = ()
            if s.get("unrecognised") is not None:
                detail, params = D_UNKNOWN_VALUE, (s["unrecognised"],)
            else:
                detail = D_NOT_TICKED if self.source is Source.MUNICIPAL_LP else D_NOT_TICKED_OTHER
            if contact is not None and self.source is Source.MUNICIPAL_LP:
                detail, params = D_DUP_WAITING, ()
            return RowPlan(**base, outcome=RowOutcome.NO_OPT_IN, detail=detail, detail_params=params,
                           contact_id=contact_id)
        return RowPlan(**base, outcome=RowOutcome.JOIN,
                       detail=D_CONFIRM if self.source is Source.MUNICIPAL_LP else D_OK, contact_id=contact_id)

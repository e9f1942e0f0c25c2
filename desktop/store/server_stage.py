"""The distinct addresses of a mail service's suppression file on the office server (issue 18).

On the single-PC office the addresses are staged in a TEMP table of the SQLCipher connection (held in
memory) and matched with one join (:class:`desktop.store.suppression_stage.SuppressionStage`). On the
office server that would send every address of the file to the server in plaintext (its temp tables spill
to files, its logs may show statements), and the join could not compare the sealed ``contact`` columns
anyway. So here the addresses are staged in this app's own memory, in an in-memory SQLite database of the
standard library (no file: the database lives in the process, and its temp store is memory too), and
matched with the office in batches of sealed lookups: each batch's canonical keys and mailbox keys are
sealed (deterministic AES-SIV, the contacts' own lookup encryption) and looked up together through the
``key`` and ``mailbox`` indexes. The server learns which of its contacts' sealed keys the file holds (as
it would from any exact lookup) and how many distinct addresses the file has; never an address.

The results are the single-PC stage's: the same rows, counts and batches, in the same order. Use in one
thread (the in-memory database belongs to its connection).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from desktop.store.contacts import Contact
from desktop.store.models import DB
from desktop.store.sealing import seal_param
from desktop.store.server import is_server
from desktop.store.suppression_stage import KnownRow, StagedRow, SuppressionStage

MATCH_BATCH = 2000  # staged addresses looked up on the server in one statement

CheckFn = Callable[[], None]


class ServerSuppressionStage:
    """:class:`SuppressionStage`'s interface, staged in this app's memory and matched with sealed lookups."""

    def __init__(self, check: CheckFn | None = None) -> None:
        self._check = check  # called between the lookups (raises to cancel)
        self._local = sqlite3.connect(":memory:")
        self._local.execute("PRAGMA temp_store = MEMORY")
        # k, m, s, line, part, w, a as in SuppressionStage; h: the office holds it in some spelling; c: the
        # contact of this very spelling
        self._local.execute('CREATE TABLE stage ("k" TEXT PRIMARY KEY, "m" TEXT, "s" INTEGER NOT NULL, '
                            '"line" INTEGER NOT NULL, "part" INTEGER NOT NULL, "w" TEXT NOT NULL, "a" TEXT, '
                            '"h" INTEGER NOT NULL DEFAULT 0, "c" INTEGER) WITHOUT ROWID')
        self._matched = False
        contacts = f'"{Contact._meta.table_name}"'
        # psycopg's own placeholders, %b: the arrays of sealed values go in binary (no hex text to build and parse)
        self._lookup = (f'SELECT "id", "{Contact.key.column_name}", "{Contact.mailbox.column_name}" FROM {contacts} '
                        f'WHERE "{Contact.key.column_name}" = ANY(%b) OR "{Contact.mailbox.column_name}" = ANY(%b)')

    def __enter__(self) -> ServerSuppressionStage:
        return self

    def __exit__(self, *exc: object) -> None:
        self._local.close()

    def add(self, rows: Sequence[StagedRow]) -> None:
        """Remember each address; a repeated one keeps its strongest outcome (and that row's place and time)."""
        if not rows:
            return
        self._matched = False
        with self._local:
            self._local.executemany(
                'INSERT INTO stage ("k", "m", "s", "line", "part", "w", "a") VALUES (?, ?, ?, ?, ?, ?, ?) '
                'ON CONFLICT("k") DO UPDATE SET "s" = excluded."s", "line" = excluded."line", '
                '"part" = excluded."part", "w" = excluded."w", "a" = excluded."a" WHERE excluded."s" > "s"', rows)

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` are staged already (for a sample of repeated rows)."""
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            cursor = self._local.execute(f'SELECT "k" FROM stage WHERE "k" IN ({",".join("?" * len(part))})', part)
            found.update(str(k) for (k,) in cursor.fetchall())
        return found

    def distinct(self) -> int:
        return int(self._local.execute("SELECT count(*) FROM stage").fetchone()[0])

    def _match(self) -> None:
        """Mark each staged address the office holds (this spelling, or another of its mailbox), batch by batch."""
        if self._matched:
            return
        last = ""
        while True:
            batch = self._local.execute('SELECT "k", coalesce("m", "k") FROM stage WHERE "k" > ? ORDER BY "k" '
                                        'LIMIT ?', (last, MATCH_BATCH)).fetchall()
            if not batch:
                break
            last = str(batch[-1][0])
            if self._check is not None:
                self._check()
            hits = self._held(batch)
            if hits:
                with self._local:
                    self._local.executemany('UPDATE stage SET "h" = 1, "c" = ? WHERE "k" = ?', hits)
        self._matched = True

    def _held(self, batch: list[Any]) -> list[tuple[int | None, str]]:
        """(contact id of this spelling or None, key) for each address of ``batch`` the office holds."""
        keys = [str(k) for k, _m in batch]
        sealed_keys = {k: seal_param(Contact.key, k) for k in keys}
        # a key and a mailbox key seal alike when their columns share a domain: most mailboxes are then their
        # address's key, sealed already
        reuse = sealed_keys if Contact.key.aad == Contact.mailbox.aad else {}
        mailboxes = sorted({str(m) for _k, m in batch})
        sealed_mailboxes = [reuse[m] if m in reuse else seal_param(Contact.mailbox, m) for m in mailboxes]
        rows = DB.execute_sql(self._lookup, (list(sealed_keys.values()), sealed_mailboxes)).fetchall()
        by_key = {str(key): int(cid) for cid, key, _mb in rows if key is not None}
        held_mailboxes = {str(mb) for _cid, _key, mb in rows if mb is not None}
        return [(by_key.get(str(k)), str(k)) for k, m in batch if k in by_key or m in held_mailboxes]

    def unknown_by_strength(self) -> dict[int, int]:
        """{strength: distinct addresses} for the addresses the office does not hold in any spelling."""
        self._match()
        cursor = self._local.execute('SELECT "s", count(*) FROM stage WHERE "h" = 0 GROUP BY "s"')
        return {int(s): int(n) for s, n in cursor.fetchall()}

    def known(self, batch: int = 2000) -> Iterator[list[KnownRow]]:
        """The addresses the office holds (this spelling, or another of its mailbox), in batches."""
        self._match()
        last = ""
        while True:
            rows = self._local.execute(
                'SELECT "k", "s", "line", "part", "w", coalesce("a", "k"), "c" FROM stage '
                'WHERE "k" > ? AND "h" = 1 ORDER BY "k" LIMIT ?', (last, batch)).fetchall()
            if not rows:
                return
            last = str(rows[-1][0])
            yield [(str(k), int(s), int(line), int(part), str(w), str(a), None if c is None else int(c))
                   for k, s, line, part, w, a, c in rows]


def stages_in_memory() -> bool:
    """Whether the open office stages in this app's memory (the office server): no transaction is needed to stage."""
    return is_server(DB.obj)


def open_stage(check: CheckFn | None = None) -> SuppressionStage | ServerSuppressionStage:
    """The stage for the open office: a TEMP table of the SQLCipher file, or this app's memory on the server
    (``check`` is called between the server's lookups; it raises to cancel)."""
    if stages_in_memory():
        return ServerSuppressionStage(check)
    return SuppressionStage()

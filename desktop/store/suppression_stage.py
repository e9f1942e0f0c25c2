"""The distinct addresses of a mail service's suppression file while it is read (issue 16, 1,000,000 rows).

A TEMP table (the connection keeps temp tables in memory, never in a file: ``temp_store = MEMORY``)
keyed by the address's canonical key, holding its mailbox key (NULL when the same), the strongest
outcome seen for it, where it was read, the service's time stamp, and the address as read when
it differs from the key. The Python side keeps only one chunk of rows at a time; the match with
the office's contacts is one join in SQLite. Use in one thread (a temp table belongs to its
connection).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Sequence

from desktop.store.contacts import Contact
from desktop.store.models import DB

# key, mailbox key (None: the key), strength, line, part, when, address as read (None: the key)
StagedRow = tuple[str, "str | None", int, int, int, str, "str | None"]
# key, strength, line, part, when, address as read, contact id (None: only another spelling of the mailbox)
KnownRow = tuple[str, int, int, int, str, str, "int | None"]


class SuppressionStage:
    def __init__(self) -> None:
        self.table = f"temp.mail_stage_{secrets.token_hex(6)}"
        self.contacts = f'"main"."{Contact._meta.table_name}"'
        DB.execute_sql(f'CREATE TEMP TABLE {self.table} ("k" TEXT PRIMARY KEY, "m" TEXT, "s" INTEGER NOT NULL, '
                       '"line" INTEGER NOT NULL, "part" INTEGER NOT NULL, "w" TEXT NOT NULL, "a" TEXT) WITHOUT ROWID')

    def __enter__(self) -> SuppressionStage:
        return self

    def __exit__(self, *exc: object) -> None:
        DB.execute_sql(f"DROP TABLE IF EXISTS {self.table}")

    def add(self, rows: Sequence[StagedRow]) -> None:
        """Remember each address; a repeated one keeps its strongest outcome (and that row's place and time)."""
        if not rows:
            return
        with DB.obj.atomic():  # one transaction a chunk (a savepoint inside the import's own)
            DB.cursor().executemany(
                f'INSERT INTO {self.table} ("k", "m", "s", "line", "part", "w", "a") VALUES (?, ?, ?, ?, ?, ?, ?) '
                'ON CONFLICT("k") DO UPDATE SET "s" = excluded."s", "line" = excluded."line", '
                '"part" = excluded."part", "w" = excluded."w", "a" = excluded."a" WHERE excluded."s" > "s"', rows)

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` are staged already (for a sample of repeated rows)."""
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            cursor = DB.execute_sql(f'SELECT "k" FROM {self.table} WHERE "k" IN ({",".join("?" * len(part))})', part)
            found.update(str(k) for (k,) in cursor.fetchall())
        return found

    def distinct(self) -> int:
        return int(DB.execute_sql(f"SELECT count(*) FROM {self.table}").fetchone()[0])

    def _held(self) -> str:
        return (f'EXISTS (SELECT 1 FROM {self.contacts} c WHERE c."key" = st."k") OR EXISTS (SELECT 1 FROM '
                f'{self.contacts} c WHERE c."mailbox" = coalesce(st."m", st."k"))')

    def unknown_by_strength(self) -> dict[int, int]:
        """{strength: distinct addresses} for the addresses the office does not hold in any spelling."""
        cursor = DB.execute_sql(f'SELECT st."s", count(*) FROM {self.table} st WHERE NOT ({self._held()}) '
                                'GROUP BY st."s"')
        return {int(s): int(n) for s, n in cursor.fetchall()}

    def known(self, batch: int = 2000) -> Iterator[list[KnownRow]]:
        """The addresses the office holds (this spelling, or another of its mailbox), in batches."""
        last = ""
        while True:
            rows = DB.execute_sql(
                f'SELECT st."k", st."s", st."line", st."part", st."w", coalesce(st."a", st."k"), '
                f'(SELECT c."id" FROM {self.contacts} c WHERE c."key" = st."k") FROM {self.table} st '
                f'WHERE st."k" > ? AND ({self._held()}) ORDER BY st."k" LIMIT ?', (last, batch)).fetchall()
            if not rows:
                return
            last = str(rows[-1][0])
            yield [(str(k), int(s), int(line), int(part), str(w), str(a), None if c is None else int(c))
                   for k, s, line, part, w, a, c in rows]

"""Tampering with an office server's tables as its database administrator would (for the tamper tests).

On one PC the insider is anyone holding a key slot (the database key opens the whole file); on the office
server the app's role cannot change the schema, drop a trigger or rewrite the audit log, so the insider the
tests play is the server's administrator, who can (``ALTER TABLE … DISABLE TRIGGER``).
"""

from __future__ import annotations

from typing import Any

from desktop.store.models import DB
from desktop.store.server import to_pyformat
from tests.pg.cluster import get_cluster


def admin_sql(sql: str, params: Any = (), *, tables: tuple[str, ...] = ("audit_entry",)) -> int:
    """Run ``sql`` on the open office's server database as the server administrator, with the user
    triggers of ``tables`` switched off for the statement. Returns the number of rows changed."""
    cluster = get_cluster()
    assert cluster is not None
    with cluster.admin_connect(DB.obj.database) as conn, conn.transaction():
        for table in tables:
            conn.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        cursor = conn.execute(to_pyformat(sql), tuple(params) if params else None)
        for table in tables:
            conn.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
        return int(cursor.rowcount or 0)

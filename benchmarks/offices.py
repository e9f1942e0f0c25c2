"""Generated offices of N contacts for the benchmarks, built once and copied per run.

    from benchmarks.offices import office_copy
    with office_copy(1_000_000) as data_dir:   # a fresh copy of a cached 1M-contact office
        session = session_service.login(data_dir, ADMIN, PASSWORD)

The first call for a size builds the office through the store's bulk path (``bench_contacts.populate``:
95 % agreed by phone, 5 % refused, each with its consent record) into
``$MADOGUCHI_BENCH_CACHE`` (default ``~/.cache/madoguchi-bench``) with the production KDF, so login
timings are real; later calls copy that folder (seconds, not minutes). Delete the cache after a schema
change: the folder name carries the schema version so a stale cache is not reused silently.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

ADMIN = "admin"
PASSWORD = "benchmark password 2026"


def cache_root() -> Path:
    return Path(os.environ.get("MADOGUCHI_BENCH_CACHE", Path.home() / ".cache" / "madoguchi-bench"))


def schema_tag() -> str:
    from desktop.store import migrations

    return f"v{len(migrations.MIGRATIONS)}"


def cached_office(n: int) -> Path:
    """The cached office folder of ``n`` contacts (built on first use)."""
    from benchmarks.generated import populate
    from desktop.services import session as session_service

    target = cache_root() / f"office-{n}-{schema_tag()}"
    if (target / "office.db").exists():
        return target
    building = target.with_name(target.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.parent.mkdir(parents=True, exist_ok=True)
    session, _ = session_service.create_office(
        building, office_name="ベンチ事務所", privacy_officer_name="担当", privacy_officer_contact="c",
        admin_username=ADMIN, admin_display_name="Admin", admin_password=PASSWORD, admin_password_confirm=PASSWORD)
    populate(session, n)
    session.logout()
    building.rename(target)
    return target


@contextlib.contextmanager
def office_copy(n: int) -> Iterator[Path]:
    """A throw-away copy of the cached office of ``n`` contacts; removed afterwards."""
    source = cached_office(n)
    tmp = Path(tempfile.mkdtemp(prefix=f"madoguchi-bench-{n}-"))
    try:
        data_dir = tmp / "office"
        shutil.copytree(source, data_dir)
        yield data_dir
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

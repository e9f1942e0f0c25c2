"""Shared fixtures: real encrypted offices in temp folders, test-sized KDF, a fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_US.UTF-8")

import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

_CONFIG = tempfile.mkdtemp(prefix="madoguchi-test-config-")
os.environ["MADOGUCHI_CONFIG_DIR"] = _CONFIG

from desktop.services import session as session_service  # noqa: E402
from desktop.store import migrations  # noqa: E402
from desktop.store.keyslots import KdfParams  # noqa: E402

# Tests pass small scrypt parameters explicitly; production uses n=2^17 (security.md R10).
TEST_KDF = KdfParams(n=2**12)
ADMIN_PASSWORD = "correct horse battery staple"
SENTINEL_EMAIL = "sentinel.marker.7f3a@example-sentinel.jp"


def _clock_start() -> datetime:
    """Where every fake clock starts: 2026-11-23 09:00 UTC, moved by ``MADOGUCHI_TEST_CLOCK_SHIFT_DAYS``.

    ``.ci/run`` runs the suite again a year ahead and a year back, so that no test depends on
    the calendar date it was written on.
    """
    shift = int(os.environ.get("MADOGUCHI_TEST_CLOCK_SHIFT_DAYS", "0") or 0)
    return datetime(2026, 11, 23, 9, 0, tzinfo=UTC) + timedelta(days=shift)


CLOCK_START = _clock_start()
CLOCK_SHIFT = CLOCK_START - datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def at_text(text: str) -> str:
    """Dates written in a text (2026-11-01, 2026/11/20) moved with the clock, in the same format."""
    import re
    from datetime import date as _date

    def move(m: re.Match[str]) -> str:
        moved = _date(int(m.group(1)), int(m.group(3)), int(m.group(4))) + timedelta(days=CLOCK_SHIFT.days)
        sep = m.group(2)
        return f"{moved.year:04d}{sep}{moved.month:02d}{sep}{moved.day:02d}"

    return re.sub(r"(20\d\d)([-/])(\d\d)\2(\d\d)", move, text)


def at(moment):  # type: ignore[no-untyped-def]
    """A date or time written for the unshifted clock (2026-11-23), moved with the clock."""
    return moment + CLOCK_SHIFT


def friday_before_a_monday_holiday(clear_days: int = 17) -> date:
    """The first Friday after the clock's start day that is a working day, is followed by a Monday
    public holiday, and then by no other closed weekday (holiday or year-end closure) up to
    ``clear_days`` days after it. Business-day tests move the clock there, so that a holiday is in
    the count on whatever date the suite runs. Found with ``jpholiday`` itself, not the app's rules.
    """
    import jpholiday

    from desktop.domain.business_days import YEAR_END_CLOSURE
    from desktop.domain.office_time import office_date

    def closed(d: date) -> bool:
        return bool(jpholiday.is_holiday(d)) or (d.month, d.day) in YEAR_END_CLOSURE

    friday = office_date(CLOCK_START)
    while True:
        friday += timedelta(days=1)
        if friday.weekday() != 4 or closed(friday) or not jpholiday.is_holiday(friday + timedelta(days=3)):
            continue
        later = (friday + timedelta(days=k) for k in range(4, clear_days + 1))
        if not any(d.weekday() < 5 and closed(d) for d in later):
            return friday


class FakeClock:
    """A controllable clock for services (aware datetime) and throttling (wall seconds)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or CLOCK_START

    def __call__(self) -> datetime:
        return self.now

    def wall(self) -> float:
        return self.now.timestamp()

    def advance(self, **kwargs: float) -> None:
        self.now = self.now + timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kdf() -> KdfParams:
    return TEST_KDF


# The services and the store run on both stores (issue 18): every test under these folders that uses an
# office runs once on the SQCipher file and once on the office server (a real TLS PostgreSQL, tests/pg).
BACKENDS = ("sqlcipher", "postgres")
_DUAL = ("services", "store")
_BACKEND = {"name": "sqlcipher"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parts = metafunc.definition.path.parts
    if "backend" in metafunc.fixturenames and "tests" in parts and parts[parts.index("tests") + 1] in _DUAL:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlcipher_only(reason): a test of the SQLCipher file itself (no server leg)")


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """Which store this test's offices use: "sqlcipher" (the default) or "postgres" (the office server)."""
    name = getattr(request, "param", "sqlcipher")
    if name == "postgres":
        marker = request.node.get_closest_marker("sqlcipher_only")
        if marker is not None:
            pytest.skip(f"SQLCipher file only: {marker.kwargs.get('reason', marker.args[0] if marker.args else '')}")
        from tests.pg.cluster import get_cluster, skip_reason

        if get_cluster() is None:
            pytest.skip(f"no test PostgreSQL: {skip_reason()}")
    _BACKEND["name"] = name
    try:
        yield name
    finally:
        _BACKEND["name"] = "sqlcipher"
        if name == "postgres":
            from tests.pg import offices as pg_offices

            pg_offices.drop_created()


@pytest.fixture
def cluster() -> Iterator[object]:
    """The test PostgreSQL (tests/pg/cluster.py) for a test of the office server itself; afterwards it runs again
    with its own certificate, and the databases the test made are dropped."""
    from tests.pg import offices as pg_offices
    from tests.pg.cluster import get_cluster, skip_reason

    found = get_cluster()
    if found is None:
        pytest.skip(f"no test PostgreSQL: {skip_reason()}")
    try:
        yield found
    finally:
        if not found.running:
            found.start()
        if getattr(found, "cert_replaced", False):
            found.reset_server_cert()
        pg_offices.drop_created()


def on_server() -> bool:
    """Whether the running test's offices are on the office server."""
    return _BACKEND["name"] == "postgres"


@pytest.fixture
def data_dir(tmp_path: Path, backend: str) -> Path:
    return tmp_path / "office"


_TEMPLATE: dict[str, tuple[Path, str]] = {}
_MIGRATIONS = migrations.MIGRATIONS


def _template_office() -> tuple[Path, str]:
    """One office built from the migrations per test run (per process); tests get copies of it.

    Creating an office runs every migration and writes the first audit entries (~0.12 s); copying
    the closed files and logging in takes ~0.02 s. The copy is a real encrypted office: the same
    database key, slots and audit chain as a freshly created one, with one more entry (the login).
    """
    if "default" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="madoguchi-test-template-")) / "office"
        clock = FakeClock()
        session, code = _create(folder, clock)
        session.logout()
        _TEMPLATE["default"] = (folder, code)
    return _TEMPLATE["default"]


def make_office(data_dir: Path, clock: FakeClock | None = None, **overrides: str):  # type: ignore[no-untyped-def]
    """A fresh office in ``data_dir``: a copy of the run's template unless the test needs its own."""
    if (overrides or clock is None or data_dir.exists() or clock.now != CLOCK_START
            or migrations.MIGRATIONS is not _MIGRATIONS):  # a test that changes the schema builds its own
        return _create(data_dir, clock, **overrides)
    if on_server():
        from tests.pg import offices as pg_offices

        def create(folder: Path) -> str:
            session, code = _create(folder, FakeClock(), server=False)
            session.logout()
            return code

        template, code = pg_offices.office_template(create)
        pg_offices.copy_office(template, data_dir)
        return login(data_dir, "admin", ADMIN_PASSWORD, clock), code
    template, code = _template_office()
    shutil.copytree(template, data_dir)
    (data_dir / "office.lock").unlink(missing_ok=True)
    return login(data_dir, "admin", ADMIN_PASSWORD, clock), code


def _create(data_dir: Path, clock: FakeClock | None = None, *, server: bool = True, **overrides: str):  # type: ignore[no-untyped-def]
    if server and on_server() and not (data_dir / "server.json").exists():
        from tests.pg import offices as pg_offices

        pg_offices.new_server_folder(data_dir)
    args = dict(
        office_name="テスト事務所",
        privacy_officer_name="山田 花子",
        privacy_officer_contact="03-1234-5678",
        admin_username="admin",
        admin_display_name="管理者 太郎",
        admin_password=ADMIN_PASSWORD,
        admin_password_confirm=ADMIN_PASSWORD,
    )
    args.update(overrides)
    extra = {}
    if clock is not None:
        extra = {"clock": clock, "wall": clock.wall}
    return session_service.create_office(data_dir, kdf=TEST_KDF, **args, **extra)  # type: ignore[arg-type]


@pytest.fixture
def office(data_dir: Path, clock: FakeClock) -> Iterator[session_service.Session]:
    """An unlocked admin session on a fresh office."""
    session, _code = make_office(data_dir, clock)
    yield session
    session.logout()


def login(data_dir: Path, username: str, password: str, clock: FakeClock) -> session_service.Session:
    return session_service.login(data_dir, username, password, kdf=TEST_KDF, clock=clock, wall=clock.wall)


def add_user(session: session_service.Session, username: str, role: str, password: str = "blue whale orbit 42"):  # type: ignore[no-untyped-def]
    from desktop.services import users
    from desktop.store import repo

    info = users.create_user(session, username=username, display_name=f"{username} さん", role=role,
                             initial_password=password, confirm=password)
    with repo.atomic():
        repo.update_user(info.uid, must_change_password=False)
    return info

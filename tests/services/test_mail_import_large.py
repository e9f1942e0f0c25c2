"""A large suppression file (issue 16: 1,000,000 rows): streamed with bounded memory, progress, cancel,
all-or-nothing. The Python objects held while reading do not grow with the file (tracemalloc's peak for
four times the rows stays about the same); the database keeps the staged digests, not Python."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from desktop.domain.consent import ContactStatus, Outcome, RouteChannel
from desktop.services import mail_import
from desktop.services.lp_import.parsing import ImportCancelled
from desktop.services.mail_import import Effect
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo
from desktop.store.audit import entries
from desktop.store.sealing import GCM_MAGIC
from desktop.store.server import OFFICE_WRITE_LOCK, ServerProfile
from desktop.store.server_stage import MATCH_BATCH
from tests.conftest import FakeClock, on_server
from tests.pg.cluster import PgCluster, get_cluster
from tests.services.test_consent import capture


def _write(path: Path, rows: int, known: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("email,created\n")
        for i in range(rows):
            fh.write(f"nobody{i:07d}@example.org,\n")
            if i % 997 == 0:
                fh.write(f"NOBODY{i:07d}@example.org,\n")  # a repeat, in capitals
        for address in known:
            fh.write(f"{address},\n")
    return path


def _peak(office: Session, path: Path) -> tuple[int, mail_import.SuppressionPreview]:
    tracemalloc.start()
    try:
        plan = mail_import.preview(office, path)
        return tracemalloc.get_traced_memory()[1], plan
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_python_memory_does_not_grow_with_the_file(office: Session, tmp_path: Path) -> None:
    small_peak, small = _peak(office, _write(tmp_path / "small.csv", 10_000, []))
    large_peak, large = _peak(office, _write(tmp_path / "large.csv", 40_000, []))
    assert small.counts[Effect.UNKNOWN] == 10_000 and large.counts[Effect.UNKNOWN] == 40_000
    assert large.counts[Effect.DUPLICATE] == len(range(0, 40_000, 997))
    assert len(large.rows) <= mail_import.apply.SAMPLE_SIZE
    # four times the rows: the peak of Python allocations stays within 1.5x (a chunk, the counts, the sample)
    assert large_peak < 1.5 * small_peak, (small_peak, large_peak)
    assert large_peak < 40 * 1024 * 1024


def test_large_file_applies_all_or_nothing_with_progress_and_cancel(office: Session, clock: FakeClock,
                                                                     tmp_path: Path) -> None:
    known = [f"member{i}@example.jp" for i in range(30)]
    for address in known:
        capture(office, address, Outcome.AGREED)
    clock.advance(hours=1)
    path = _write(tmp_path / "stops.csv", 12_000, known)
    plan = mail_import.preview(office, path)
    assert plan.counts[Effect.UNSUBSCRIBE_NOW] == 30 and plan.total == 12_000 + 13 + 30
    seen: list[tuple[int, int]] = []
    calls = 0

    def cancel_late() -> bool:
        nonlocal calls
        calls += 1
        return calls > 6  # after some of the rows were read
    with pytest.raises(ImportCancelled):
        mail_import.confirm(office, plan, progress=lambda d, t: seen.append((d, t)), cancelled=cancel_late)
    assert seen and all(0 < d <= t for d, t in seen)
    assert all(crepo.contact_by_key(a).status == ContactStatus.SUBSCRIBED.value for a in known)  # type: ignore[union-attr]
    assert not [e for e in entries() if e.action == "suppressions.import"]
    result = mail_import.confirm(office, plan)
    assert result.changed == 30 and result.counts[Effect.UNKNOWN] == 12_000
    assert all(crepo.contact_by_key(a).status == ContactStatus.UNSUBSCRIBED.value for a in known)  # type: ignore[union-attr]


def test_a_long_semicolon_file_from_brevo_is_streamed(office: Session, clock: FakeClock, tmp_path: Path) -> None:
    capture(office, "member@example.jp", Outcome.AGREED)
    clock.advance(hours=1)
    path = tmp_path / "brevo_blocklist.csv"
    lines = ["EMAIL;LASTNAME;BLOCKLIST_REASON"] + [f"other{i}@example.org;山田;Unsubscribed via email" for i in range(400)]
    lines.append('member@example.jp;"Sato; Jr";Contact flagged as spam')
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert path.stat().st_size > 4096  # past the small-file path
    plan = mail_import.preview(office, path)
    assert plan.formats == (mail_import.apply.FileFormat.BREVO,)
    assert plan.counts[Effect.COMPLAINT] == 1 and plan.counts[Effect.UNKNOWN] == 400
    mail_import.confirm(office, plan)
    assert crepo.contact_by_key("member@example.jp").status == ContactStatus.UNSUBSCRIBED.value  # type: ignore[union-attr]


SENTINEL_UNKNOWN = "Stage.Sentinel.K3V9@madoguchi-sentinel.jp"  # in the file only
SENTINEL_KNOWN = "known.sentinel.w8p@madoguchi-sentinel.jp"  # one of the office's contacts


def _settled_log(cluster: PgCluster, marker: str) -> str:
    with cluster.admin_connect() as conn:
        conn.execute("SELECT %s::text", (marker,))
    deadline = time.monotonic() + 10
    while marker not in (text := cluster.log_text()):
        assert time.monotonic() < deadline, "the statement log did not catch up"
        time.sleep(0.05)
    return text


def test_on_the_server_the_file_is_matched_with_sealed_lookups(office: Session, clock: FakeClock, data_dir: Path,
                                                               tmp_path: Path) -> None:
    """The file's addresses are staged in this app and looked up sealed: none reaches the server's statement
    log (which holds every statement and its parameters) in plaintext or as hex, no table is made on the
    server for them, and the unsubscribe requests written keep their address sealed."""
    if not on_server():
        pytest.skip("the office server's path (the SQLCipher file stages in its own TEMP table)")
    cluster = get_cluster()
    assert cluster is not None
    capture(office, SENTINEL_KNOWN, Outcome.AGREED)
    clock.advance(hours=1)
    path = tmp_path / "stops.csv"
    rows = [f"filler{i}@example.org" for i in range(2500)] + [SENTINEL_UNKNOWN, SENTINEL_KNOWN.upper()]
    path.write_text("email,created\n" + "".join(f"{a},\n" for a in rows), encoding="utf-8")
    plan = mail_import.preview(office, path)
    assert plan.counts[Effect.UNSUBSCRIBE_NOW] == 1 and plan.counts[Effect.UNKNOWN] == 2501
    result = mail_import.confirm(office, plan)
    assert result.changed == 1
    assert crepo.contact_by_key(SENTINEL_KNOWN).status == ContactStatus.UNSUBSCRIBED.value  # type: ignore[union-attr]
    log = _settled_log(cluster, f"mail-stage-marker-{time.monotonic_ns()}")
    assert "= ANY($1) OR" in log and "parameters: $1 = '{" in log  # the lookups, logged with their parameters
    found = [text for text in (SENTINEL_UNKNOWN, SENTINEL_UNKNOWN.lower(), SENTINEL_KNOWN, SENTINEL_KNOWN.upper(),
                               "filler2499@example.org", "K3V9", "k3v9", "w8p@")
             for needle in (text.encode(), text.encode().hex().encode())
             if needle in log.encode("utf-8")]
    assert found == []
    assert "CREATE TEMP" not in log.upper().replace("CREATE TEMPORARY", "CREATE TEMP")
    with cluster.admin_connect(ServerProfile.load(data_dir).dbname) as conn:
        stored = conn.execute("SELECT address FROM unsubscribe_request WHERE channel = %s",
                              (RouteChannel.MAIL_SERVICE.value,)).fetchall()
    assert len(stored) == 1 and bytes(stored[0][0])[:4] == GCM_MAGIC


def test_on_the_server_a_cancel_stops_the_lookups(office: Session, tmp_path: Path) -> None:
    """The lookups on the server run batch by batch, each after a look at the cancel button."""
    if not on_server():
        pytest.skip("the office server's path (the SQLCipher file matches in one join)")
    path = tmp_path / "stops.csv"
    path.write_text("email\n" + "".join(f"x{i}@example.org\n" for i in range(3 * MATCH_BATCH)), encoding="utf-8")
    asked = 0

    def cancel_in_the_lookups() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3 + 1  # read: every 2,000 rows (3 looks), staged (1 look); then the first lookup's
    with pytest.raises(ImportCancelled):
        mail_import.preview(office, path, cancelled=cancel_in_the_lookups)
    assert asked == 5


def test_on_the_server_other_pcs_keep_saving_while_the_file_is_read(office: Session, clock: FakeClock,
                                                                     data_dir: Path, tmp_path: Path) -> None:
    """The file is read and staged before the office's transaction: meanwhile another PC can take the office's
    write lock (it could save); the match, the changes and the audit entry are then one transaction."""
    if not on_server():
        pytest.skip("the office server's path (one app has the SQLCipher file)")
    cluster = get_cluster()
    assert cluster is not None
    capture(office, "member@example.jp", Outcome.AGREED)
    clock.advance(hours=1)
    path = tmp_path / "stops.csv"
    path.write_text("email\n" + "".join(f"x{i}@example.org\n" for i in range(6000)) + "member@example.jp\n",
                    encoding="utf-8")
    plan = mail_import.preview(office, path)
    with cluster.admin_connect(ServerProfile.load(data_dir).dbname) as other:
        def lock_free() -> bool:
            with other.transaction():
                return bool(other.execute("SELECT pg_try_advisory_xact_lock(%s)", (OFFICE_WRITE_LOCK,)).fetchone()[0])
        with repo.atomic():  # control: while this PC is in a transaction, the other cannot have the lock
            assert not lock_free()
        free: list[bool] = []
        result = mail_import.confirm(office, plan, progress=lambda done, total: free.append(lock_free())
                                     if done < total else None)
    assert free == [True, True, True] and result.changed == 1
    assert crepo.contact_by_key("member@example.jp").status == ContactStatus.UNSUBSCRIBED.value  # type: ignore[union-attr]

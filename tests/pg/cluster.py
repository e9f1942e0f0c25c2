"""A throw-away PostgreSQL cluster for the test suite: TLS on, a random admin password, a temp folder.

``get_cluster()`` starts one per test process, lazily, and stops it at exit. The server runs in its own
process group with a parent-death signal (Linux), so a killed test run does not leave it behind; a
folder left by such a run is removed by the next run that finds its owner gone.

PostgreSQL refuses to run as root: when the suite runs as root, initdb and the server run as the
``postgres`` user and the temp folder is handed to it. The client side (psycopg, pg_dump) runs as us.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from desktop.services.server_certs import make_office_ca, make_server_cert, write_private

MIN_VERSION = 15
PREFIX = "madoguchi-pg-"
ADMIN_USER = "madoguchi_test_admin"
REQUIRE_ENV = "MADOGUCHI_REQUIRE_POSTGRES"
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class _RunAs:
    uid: int | None = None
    gid: int | None = None

    def popen_args(self) -> dict[str, Any]:
        if self.uid is None:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}

    def chown(self, path: Path) -> None:
        if self.uid is not None:
            os.chown(path, self.uid, self.gid if self.gid is not None else -1)


def server_version(binary: Path) -> int | None:
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=True,
                             timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"\)\s+(\d+)", out)
    return int(m.group(1)) if m else None


def find_bindir() -> tuple[Path | None, str]:
    """The folder with initdb/postgres of version 15 or newer: (folder, "") or (None, why not)."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True,
                                 timeout=10).stdout.strip()
            if out:
                candidates.append(Path(out))

    def major(p: Path) -> int:
        return int(p.parent.name) if p.parent.name.isdigit() else 0

    candidates += sorted((p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").exists()),
                         key=major, reverse=True)
    seen: list[str] = []
    for folder in candidates:
        if not (folder / "initdb").exists() or not (folder / "postgres").exists():
            continue
        version = server_version(folder / "initdb")
        if version is not None and version >= MIN_VERSION:
            return folder, ""
        seen.append(f"{folder} (version {version})")
    if seen:
        return None, f"PostgreSQL {MIN_VERSION}+ not found; only " + ", ".join(seen)
    return None, "PostgreSQL server binaries (initdb) not found; run tests/pg/ensure_postgres.sh"


def _run_as() -> tuple[_RunAs | None, str]:
    if os.name != "posix" or os.geteuid() != 0:
        return _RunAs(), ""
    import pwd

    try:
        entry = pwd.getpwnam("postgres")
    except KeyError:
        return None, "running as root and there is no 'postgres' user to run the server as"
    return _RunAs(entry.pw_uid, entry.pw_gid), ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _utf8_locale() -> str:
    try:
        names = subprocess.run(["locale", "-a"], check=False, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "C"
    return "C.UTF-8" if any(n.lower() in ("c.utf8", "c.utf-8") for n in names.split()) else "C"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale(parent: Path | None = None) -> int:
    """Remove cluster folders of test runs that died without cleaning up (their owner pid is gone)."""
    removed = 0
    for folder in Path(parent or tempfile.gettempdir()).glob(PREFIX + "*"):
        owner = folder / "owner.pid"
        try:
            pid = int(owner.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        if _pid_alive(pid):
            continue
        server = folder / "server.pid"
        with contextlib.suppress(OSError, ValueError, IndexError):
            spid = int(server.read_text().split()[0])
            # only if that pid is still this folder's server (not a reused pid)
            if str(folder).encode() in Path(f"/proc/{spid}/cmdline").read_bytes():
                os.kill(spid, signal.SIGQUIT)
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


_LIBC: Any = None
if hasattr(os, "fork") and ctypes.util.find_library("c"):
    with contextlib.suppress(OSError):
        _LIBC = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec (after setuid)
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, int(signal.SIGQUIT))  # SIGQUIT: immediate shutdown


def _preexec() -> Any:
    # The parent-death signal fires when the *thread* that started the child ends: only the main
    # thread (which lives as long as the process) may arm it. A server started from another thread
    # relies on atexit and on the next run's sweep_stale().
    return _die_with_parent if threading.current_thread() is threading.main_thread() else None


class PgCluster:
    """One running test server. Connect as the admin with ``admin_connect()`` or ``dsn()``."""

    host = "localhost"

    def __init__(self, bindir: Path, run_as: _RunAs) -> None:
        self.bindir = bindir
        self._run_as = run_as
        self.base = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.base / "owner.pid").write_text(f"{os.getpid()}\n")
        self.data_dir = self.base / "data"
        self.log_dir = self.data_dir / "log"
        self.socket_dir = self.base / "sock"
        self.ca_cert_path = self.base / "tls" / "office-ca.crt"
        self.admin_user = ADMIN_USER
        self.admin_password = secrets.token_urlsafe(24)
        self.port = _free_port()
        self.start_seconds = 0.0
        self._proc: subprocess.Popen[bytes] | None = None
        self._init()

    # -- setup ------------------------------------------------------------------------------------
    def _run(self, args: list[str]) -> None:
        done = subprocess.run(args, check=False, capture_output=True, cwd=self.base, timeout=120,
                              **self._run_as.popen_args())
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed ({done.returncode}): "
                               + done.stderr.decode(errors="replace")[-2000:])

    def _init(self) -> None:
        started = time.monotonic()
        self._run_as.chown(self.base)
        self.base.chmod(0o700)
        for sub in ("sock", "tls"):
            (self.base / sub).mkdir(mode=0o700)
            self._run_as.chown(self.base / sub)
        pwfile = self.base / "pw"
        write_private(pwfile, self.admin_password.encode())
        self._run_as.chown(pwfile)
        try:
            self._run([str(self.bindir / "initdb"), "-D", str(self.data_dir), "-U", self.admin_user,
                       f"--pwfile={pwfile}", "--auth-local=trust", "--auth-host=scram-sha-256",
                       "-E", "UTF8", f"--locale={_utf8_locale()}", "--no-sync", "--no-instructions"])
        finally:
            pwfile.unlink()
        self._write_tls()
        self._write_conf()
        self.init_seconds = time.monotonic() - started
        self.start()

    def _write_tls(self) -> None:
        now = datetime.now(UTC)  # OpenSSL checks validity against the real clock, not the fake one
        ca_cert, ca_key = make_office_ca("Madoguchi test office", now=now, days=30)
        cert, key = make_server_cert(ca_cert, ca_key, ["localhost", "127.0.0.1"], now=now, days=30)
        self.ca_cert_pem = ca_cert
        self.ca_cert_path.write_bytes(ca_cert)
        self._run_as.chown(self.ca_cert_path)
        self.ca_key_pem = ca_key  # to sign other server certificates in a test
        self._server_cert = (cert, key)
        self._install_server_cert(cert, key)

    def _install_server_cert(self, cert: bytes, key: bytes) -> None:
        tls = self.base / "tls"
        write_private(tls / "server.crt", cert)
        write_private(tls / "server.key", key)
        for name in ("server.crt", "server.key"):
            self._run_as.chown(tls / name)

    def replace_server_cert(self, cert: bytes, key: bytes) -> None:
        """Make the running server present another certificate (a wrong host, another CA, expired):
        new connections see it at once (the server reloads its TLS files on SIGHUP)."""
        self._install_server_cert(cert, key)
        self._reload()
        self.cert_replaced = (cert, key) != tuple(self._server_cert)

    def reset_server_cert(self) -> None:
        self.replace_server_cert(*self._server_cert)

    def _reload(self) -> None:
        if not self.running:
            return
        import psycopg

        with psycopg.connect(self._socket_conninfo(), autocommit=True) as conn:  # TLS may be wrong now
            conn.execute("SELECT pg_reload_conf()")
        wanted = x509.load_pem_x509_certificate((self.base / "tls" / "server.crt").read_bytes())
        deadline = time.monotonic() + 10
        while self.presented_cert() != wanted.public_bytes(serialization.Encoding.DER):
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not take the new certificate")
            time.sleep(0.02)

    def presented_cert(self) -> bytes:
        """The certificate (DER) the server shows in a TLS handshake right now, unverified."""
        import ssl
        import struct

        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as raw:
            raw.sendall(struct.pack("!ii", 8, 80877103))  # PostgreSQL's SSLRequest
            if raw.recv(1) != b"S":
                raise RuntimeError("the server refused TLS")
            with context.wrap_socket(raw, server_hostname=self.host) as tls:
                der = tls.getpeercert(binary_form=True)
        if der is None:
            raise RuntimeError("no server certificate")
        return der

    def _socket_conninfo(self, dbname: str = "postgres") -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(host=str(self.socket_dir), port=self.port, user=self.admin_user, dbname=dbname,
                             connect_timeout=2)

    def _write_conf(self) -> None:
        tls = self.base / "tls"
        conf = f"""
# --- madoguchi test cluster (tests/pg/cluster.py) ---
listen_addresses = '127.0.0.1'
port = {self.port}
unix_socket_directories = '{self.socket_dir}'
ssl = on
ssl_cert_file = '{tls / "server.crt"}'
ssl_key_file = '{tls / "server.key"}'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
log_statement = 'all'
logging_collector = on
log_directory = '{self.log_dir}'
log_filename = 'postgresql-%Y%m%d%H%M%S.log'
fsync = off
synchronous_commit = off
full_page_writes = off
# keep finished WAL segments instead of recycling them at the next checkpoint: the plaintext test scans the WAL
# for a control row written just before, and a checkpoint of the busy suite must not overwrite that segment
wal_keep_size = '512MB'
max_connections = 100
shared_buffers = 64MB
"""
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as f:
            f.write(conf)
        (self.data_dir / "pg_hba.conf").write_text(
            "# madoguchi test cluster: TLS only over TCP; the unix socket is for setup only\n"
            "local     all all                trust\n"
            "hostssl   all all 127.0.0.1/32   scram-sha-256\n"
            "hostssl   all all ::1/128        scram-sha-256\n"
            "hostnossl all all 0.0.0.0/0      reject\n"
            "hostnossl all all ::/0           reject\n",
            encoding="utf-8",
        )

    # -- life cycle -------------------------------------------------------------------------------
    def start(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        started = time.monotonic()
        out = (self.base / "server.out").open("ab")
        try:
            self._proc = subprocess.Popen(
                [str(self.bindir / "postgres"), "-D", str(self.data_dir)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, cwd=self.base,
                process_group=0, preexec_fn=_preexec(), **self._run_as.popen_args())
        finally:
            out.close()
        (self.base / "server.pid").write_text(f"{self._proc.pid}\n")
        self._wait_ready(started)
        self.start_seconds = time.monotonic() - started

    def _wait_ready(self, started: float) -> None:
        import psycopg

        assert self._proc is not None
        while True:
            if self._proc.poll() is not None:
                tail = (self.base / "server.out").read_bytes()[-2000:].decode(errors="replace")
                raise RuntimeError(f"postgres exited with {self._proc.returncode}: {tail}")
            try:
                psycopg.connect(self._socket_conninfo()).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() - started > START_TIMEOUT:
                    raise RuntimeError("postgres did not accept connections in time") from None
                time.sleep(0.03)

    def stop(self) -> None:
        """Fast shutdown (open sessions are ended, the data is kept)."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGQUIT)
            proc.wait(timeout=10)

    def restart(self) -> None:
        """Fast stop and start on the same port (the fault tests cut sessions this way)."""
        self.stop()
        self.start()

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- client side ------------------------------------------------------------------------------
    def dsn(self, dbname: str = "postgres", *, user: str | None = None, password: str | None = None,
            host: str | None = None) -> str:
        """A libpq conninfo over TLS that checks the server certificate and host name."""
        from psycopg.conninfo import make_conninfo

        return make_conninfo(host=host or self.host, port=self.port, dbname=dbname,
                             user=user or self.admin_user,
                             password=self.admin_password if password is None else password,
                             sslmode="verify-full", sslrootcert=str(self.ca_cert_path), connect_timeout=10)

    def admin_connect(self, dbname: str = "postgres") -> Any:
        """A psycopg connection as the superuser, TLS with verify-full, autocommit."""
        import psycopg

        return psycopg.connect(self.dsn(dbname), autocommit=True)

    def create_database(self, name: str) -> str:
        """Create an empty database; returns the admin's TLS conninfo for it."""
        from psycopg import sql

        with self.admin_connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
                         .format(sql.Identifier(name)))
        return self.dsn(name)

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.admin_connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def pg_dump(self, dbname: str) -> bytes:
        """A plain-SQL dump of ``dbname`` taken over TLS as the admin."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(PGPASSWORD=self.admin_password, PGSSLMODE="verify-full", PGSSLROOTCERT=str(self.ca_cert_path),
                   PGCONNECT_TIMEOUT="10")
        done = subprocess.run([str(self.bindir / "pg_dump"), "-h", self.host, "-p", str(self.port),
                               "-U", self.admin_user, "-d", dbname, "--no-password"],
                              check=False, capture_output=True, env=env, timeout=300)
        if done.returncode != 0:
            raise RuntimeError("pg_dump failed: " + done.stderr.decode(errors="replace")[-2000:])
        return done.stdout

    def files_bytes(self) -> Iterator[tuple[Path, bytes]]:
        """Every file under the data folder (tables, WAL, logs) with its content."""
        for path in sorted(self.data_dir.rglob("*")):
            with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                if path.is_file():
                    yield path, path.read_bytes()

    def log_text(self) -> str:
        return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                         for p in sorted(self.log_dir.glob("*.log")))


_lock = threading.Lock()
_cluster: PgCluster | None = None
_skip_reason = ""


def skip_reason() -> str:
    """Why ``get_cluster()`` returned None ("" when it did not)."""
    return _skip_reason


def _required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") == "1"


def get_cluster() -> PgCluster | None:
    """The test process's cluster, started on first use; None (see ``skip_reason()``) without PostgreSQL.

    With ``MADOGUCHI_REQUIRE_POSTGRES=1`` (CI) a missing or broken server raises instead."""
    global _cluster, _skip_reason
    with _lock:
        if _cluster is not None:
            if not _cluster.running:
                _cluster.start()
            return _cluster
        if _skip_reason and not _required():
            return None
        bindir, why = find_bindir()
        run_as, why_user = _run_as()
        reason = why or why_user
        if bindir is None or run_as is None:
            _skip_reason = reason
            if _required():
                raise RuntimeError(f"{REQUIRE_ENV}=1 but no test PostgreSQL: {reason}")
            return None
        sweep_stale()
        cluster = PgCluster(bindir, run_as)
        atexit.register(cluster.destroy)
        _cluster = cluster
        return cluster

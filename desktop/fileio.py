"""Crash-safe file replacement (R13): temp file in the same folder, fsync, os.replace, dir fsync."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

TMP_SUFFIX = ".tmp"


def fsync_dir(folder: Path) -> None:
    """fsync a directory so a rename in it is durable (POSIX only; a no-op on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_synced(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Create or truncate ``path``, write all of ``data`` (``os.write`` may write less than asked) and
    fsync it. The caller renames it into place and removes it on failure."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = False, mode: int = 0o600,
                 before_replace: Callable[[], None] | None = None) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    With ``keep_backup`` the previous file is kept as ``<name>.bak`` (a hard link made before the
    rename, so there is never a moment without a readable file). On failure (disk full, folder not
    writable) the previous file is untouched and the temp file removed; the error propagates.
    ``before_replace`` runs once the complete file is on disk under its temp name and before the
    rename (e.g. to commit an audit entry first); if it raises, nothing is published.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}{TMP_SUFFIX}"
    try:
        write_synced(tmp, data, mode)
        if before_replace is not None:
            before_replace()
        if keep_backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            bak_tmp = folder / f".{path.name}.bak.{os.getpid()}{TMP_SUFFIX}"
            with contextlib.suppress(FileNotFoundError):
                bak_tmp.unlink()
            try:
                os.link(path, bak_tmp)
            except OSError:  # file systems without hard links: copy instead
                bak_tmp.write_bytes(path.read_bytes())
            os.replace(bak_tmp, bak)
        os.replace(tmp, path)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def clean_stray_temp_files(folder: Path, stem: str) -> int:
    """Delete temp files a crash left behind for ``stem``; they are never read. Returns the count."""
    count = 0
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if entry.name.startswith(f".{stem}") and entry.name.endswith(TMP_SUFFIX):
            with contextlib.suppress(OSError):
                entry.unlink()
                count += 1
    return count


# --- exports: one-step publication ----------------------------------------------------------------
PARTIAL_SUFFIX = ".madoguchi-partial"


def partial_path(path: Path) -> Path:
    """The temp name an export is written under before it is renamed: ``.<name>.madoguchi-partial``."""
    return path.with_name(f".{path.name}{PARTIAL_SUFFIX}")


def is_partial_name(path: Path) -> bool:
    name = path.name
    return name.startswith(".") and name.endswith(PARTIAL_SUFFIX) and len(name) > len(PARTIAL_SUFFIX) + 1


def publish(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write final bytes under :func:`partial_path`, fsync and rename at once (no work in between).

    The caller has finished all other work (database, audit) first, so the temp file exists only for
    the time the bytes take to reach the disk. On failure the temp file is removed and the error
    propagates; an earlier file under ``path`` is untouched.
    """
    tmp = partial_path(path)
    try:
        write_synced(tmp, data, mode)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def remove_partial(tmp: Path) -> bool:
    """Delete an export's leftover temp file; never any other file. True if one was removed.

    Raises OSError when the folder cannot be reached or the file cannot be deleted (the caller keeps
    the record and tries again later).
    """
    if not is_partial_name(tmp):
        return False
    try:
        tmp.unlink()
    except FileNotFoundError:
        return False
    fsync_dir(tmp.parent)
    return True

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
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
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

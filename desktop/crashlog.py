"""The one log file for unexpected errors: ids and types only, never personal data (R34).

An unexpected exception's message may hold what the user typed (an address, a name), so only its
type and the code locations of its traceback are written, never ``str(exc)`` nor any local
variable. Expected errors (validation, permission, a wrong password) are plain messages to the
user and are not logged here.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from desktop import paths

__all__ = ["LOG_NAME", "log_file", "record_unexpected", "setup"]

LOG_NAME = "madoguchi.log"
log = logging.getLogger("madoguchi.unexpected")
_file: Path | None = None


def setup(folder: Path | None = None) -> Path | None:
    """Send the app's log to a rotating file in ``folder`` (default: the per-user log folder).

    Returns the folder, or None when it cannot be written (the log then goes to stderr).
    """
    global _file
    folder = folder or paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        _file = folder / LOG_NAME
    except OSError:
        handler = logging.StreamHandler()
        folder = None
        _file = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder


def log_file() -> Path:
    """Where unexpected errors are written (shown to the user in the error message)."""
    return _file or paths.log_dir() / LOG_NAME


def record_unexpected(exc: BaseException, tb: TracebackType | None = None, *, where: str = "") -> None:
    """Log ``exc``'s type and traceback locations, without its message."""
    kind = type(exc)
    frames = "".join(traceback.format_tb(tb if tb is not None else exc.__traceback__))
    log.error("unexpected %s.%s%s\n%s", kind.__module__, kind.__qualname__,
              f" in {where}" if where else "", frames)

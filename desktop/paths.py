"""Where things live: the per-user data folder, and the shipped read-only resources.

Resources are found from a source checkout, from an installed wheel (``desktop/_data``
copied at build time is not needed: the project root is found next to the package) and
from a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Madoguchi"
APP_AUTHOR = "Madoguchi"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    env = os.environ.get("MADOGUCHI_RESOURCES_ROOT")
    if env:
        roots.append(Path(env))
    roots.append(_PACKAGE_DIR.parent)  # source checkout or editable install
    roots.append(_PACKAGE_DIR / "_shipped")  # wheel: resources/ and i18n/ copied in by the build
    return roots


def _find(kind: str) -> Path:
    for root in _candidate_roots():
        candidate = root / kind
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(kind)


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (consent scripts, quiz bank, word lists, icons)."""
    return _find("resources")


def resource_path(relative: str) -> Path:
    """A file below ``resources/``, e.g. ``resource_path("quiz/bank.toml")``."""
    return resources_dir() / relative


def i18n_dir() -> Path:
    """The folder holding the compiled ``.qm`` translations."""
    return _find("i18n")


def default_data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\Madoguchi`` on Windows).

    ``MADOGUCHI_DATA_DIR`` overrides it (tests, portable use). The GUI and the command line
    use this same function so they agree on where the office lives.
    """
    env = os.environ.get("MADOGUCHI_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def log_dir() -> Path:
    """The per-user log folder (``MADOGUCHI_LOG_DIR`` overrides it)."""
    env = os.environ.get("MADOGUCHI_LOG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Per-user settings outside the office database (language, last data folder)."""
    env = os.environ.get("MADOGUCHI_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))

"""Where things live: the per-user data and log folders, and the shipped read-only resources.

The shipped files are package data, inside ``desktop/``: ``desktop/resources`` (consent scripts,
quiz bank, word lists, icons) and ``desktop/i18n`` (the compiled ``.qm`` translations). They are
found with :mod:`importlib.resources`, so the same code works from a source checkout, an
editable install, an installed wheel and the PyInstaller bundle (which collects them under
``desktop/``). The translation sources (``.ts``) stay in the top-level ``i18n/`` folder.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Madoguchi"
APP_AUTHOR = "Madoguchi"


def _package_folder(name: str) -> Path:
    folder = Path(str(resources.files("desktop") / name))
    if not folder.is_dir():
        raise FileNotFoundError(f"desktop/{name} is missing from the installed package")
    return folder


def resources_dir() -> Path:
    """The shipped ``desktop/resources`` folder (consent scripts, quiz bank, word lists, icons)."""
    return _package_folder("resources")


def resource_path(relative: str) -> Path:
    """A file below ``desktop/resources``, e.g. ``resource_path("quiz/phone.toml")``."""
    return resources_dir() / relative


def i18n_dir() -> Path:
    """The folder holding the compiled ``.qm`` translations (``desktop/i18n``)."""
    return _package_folder("i18n")


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


def anchors_dir() -> Path:
    """Per-user copies of each office's audit head anchor (outside the office folder, see store/anchor.py)."""
    return config_dir() / "anchors"

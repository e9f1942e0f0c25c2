"""Version information for ``--version`` and the About dialog."""

from __future__ import annotations

import platform
from importlib import metadata

from desktop.store.db import library_versions

APP_NAME = "Madoguchi"
BUILD_DATE_FILE = "BUILD_DATE"


def app_version() -> str:
    try:
        return metadata.version("madoguchi")
    except metadata.PackageNotFoundError:
        return "0.0.0+source"


def build_date() -> str:
    from desktop import paths

    try:
        return (paths.resources_dir() / BUILD_DATE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return "source"


def versions(qt_version: str) -> dict[str, str]:
    info = {"madoguchi": app_version(), "build": build_date(), "python": platform.python_version(),
            "qt": qt_version}
    info.update(library_versions())
    return info


def version_text(qt_version: str) -> str:
    v = versions(qt_version)
    return (f"{APP_NAME} {v['madoguchi']} (build {v['build']})\nPython {v['python']}\nQt (PySide6) {v['qt']}\n"
            f"SQLCipher {v['sqlcipher']} (SQLite {v['sqlite']})")

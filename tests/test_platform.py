"""The platform the app stands on: PySide6 refcount bug guard, import layers, resources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_void_qt_calls_do_not_drop_none_references() -> None:
    """PySide6 6.12.0 on Python 3.11 drops one reference to None per void call and aborts.

    The pin in pyproject.toml avoids it; this catches an upgrade that brings it back.
    """
    from PySide6.QtCore import QObject

    obj = QObject()
    obj.setObjectName("warmup")
    before = sys.getrefcount(None)
    for _i in range(1000):
        obj.setObjectName("n")
    drift = sys.getrefcount(None) - before
    if sys.version_info >= (3, 12):
        return  # None is immortal (PEP 683); the refcount is meaningless there
    assert abs(drift) < 10, f"None refcount drifted by {drift} across 1000 void Qt calls"


def test_import_layers_contract() -> None:
    """ui -> services -> store/exports -> domain; Qt only in ui/app; peewee only in store."""
    exe = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(check=False, args=[str(exe), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_resources_and_translations_are_found() -> None:
    from desktop import paths

    assert (paths.i18n_dir() / "desktop_ja.qm").is_file()
    assert paths.resources_dir().is_dir()

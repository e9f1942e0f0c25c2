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


def test_resources_are_package_data_read_through_importlib() -> None:
    from importlib import resources

    from desktop import paths

    assert paths.resources_dir() == Path(str(resources.files("desktop") / "resources"))
    assert paths.resources_dir().is_relative_to(ROOT / "desktop")


# --- a bare Linux: the xcb plugin's libraries ------------------------------------------------


def test_missing_xcb_libraries_name_the_exact_packages() -> None:
    from desktop import platform_libs

    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    missing = platform_libs.missing_packages(lambda soname: soname not in absent)
    assert missing == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert platform_libs.apt_command(missing) == "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    assert platform_libs.missing_packages(lambda soname: True) == []


def test_xcb_is_checked_only_when_qt_will_use_it() -> None:
    from desktop.platform_libs import needs_xcb

    assert needs_xcb({"DISPLAY": ":0"}, "linux")
    assert needs_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not needs_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not needs_xcb({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux")
    assert not needs_xcb({"DISPLAY": ":0"}, "win32")


def test_readme_lists_every_system_package_the_plugin_needs() -> None:
    from desktop.platform_libs import XCB_LIBRARIES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "apt-get install" in line and "libxcb1" in line)
    for package in XCB_LIBRARIES.values():
        assert f" {package}" in command, package


def test_the_library_table_matches_the_plugin() -> None:
    """Every system library that the xcb plugin and the Qt libraries it loads need is in the table."""
    import shutil

    import PySide6
    import pytest

    from desktop.platform_libs import XCB_LIBRARIES

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not sys.platform.startswith("linux") or not plugin.is_file() or not shutil.which("readelf"):
        pytest.skip("the xcb plugin is a Linux thing (and readelf reads it)")
    needed: set[str] = set()
    todo, seen = [plugin], set()
    while todo:
        lib = todo.pop()
        seen.add(lib.name)
        out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True, check=False).stdout
        for name in (line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line):
            own = qt / "lib" / name
            if own.is_file():
                if name not in seen:
                    todo.append(own)
            else:
                needed.add(name)
    base = {n for n in needed if n.startswith(("libc.", "libm.", "libstdc++", "libgcc_s", "libpthread", "libdl.",
                                                 "librt.", "ld-linux"))}
    unknown = needed - base - set(XCB_LIBRARIES)
    assert "libxcb-icccm.so.4" in needed  # the scan sees the plugin's own needs
    assert unknown == set(), f"add these to desktop/platform_libs.py and the README: {sorted(unknown)}"


def test_app_prints_one_apt_line_when_the_plugin_cannot_load(tmp_path: Path) -> None:
    import os

    import pytest

    from desktop import platform_libs

    missing = platform_libs.missing_packages()
    if not sys.platform.startswith("linux") or not missing:
        pytest.skip("every library of the xcb plugin is installed here")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":97", MADOGUCHI_CONFIG_DIR=str(tmp_path), MADOGUCHI_LOG_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "o")], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == ("madoguchi: the window cannot open because system libraries that Qt needs "
                                     f"are missing; install them with: {platform_libs.apt_command(missing)}")


def test_self_test_reports_missing_resources_without_a_traceback(tmp_path: Path) -> None:
    import os
    import shutil

    shutil.copytree(ROOT / "desktop", tmp_path / "desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "resources", "i18n"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MADOGUCHI_CONFIG_DIR": str(tmp_path / "c"),
           "MADOGUCHI_LOG_DIR": str(tmp_path / "l")}
    result = subprocess.run([sys.executable, "-m", "desktop", "self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith("self-test FAILED: ") for line in lines), result.stderr
    assert any("desktop/resources is missing" in line for line in lines)
    assert any("Japanese translation" in line for line in lines)

"""The frozen app (installer/): it builds, starts, passes its self-test and carries what it needs.

The frozen tests build with PyInstaller (``installer/build.py``, about 25 s here) or reuse the
build in ``build/``/``dist/`` when it was made from exactly the current sources. They skip when
PyInstaller is not installed in this venv: CI installs only ``.[test]``; build by hand with
``make installer``. The checks of the installer files themselves run everywhere.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BUILD_TIMEOUT = 900


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("madoguchi_installer_build", INSTALLER / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MADOGUCHI_CONFIG_DIR=str(tmp_path / "config"),
               MADOGUCHI_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    return env


def _japanese(context: str, text: str, qm: str) -> str:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(qm), qm
    return translator.translate(context, text)


@pytest.fixture(scope="module")
def frozen() -> ModuleType:
    """installer/build.py as a module, after making sure dist/ holds a build of these sources."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed in this venv (CI installs only .[test]); "
                    "build and check the frozen app by hand with `make installer`")
    build = _build_module()
    if not build.is_fresh():
        result = subprocess.run(check=False, args=[sys.executable, str(INSTALLER / "build.py"), "--no-self-test"], cwd=ROOT,
                                capture_output=True, text=True, encoding="utf-8", errors="replace",
                                timeout=BUILD_TIMEOUT)
        output = (result.stdout + result.stderr)[-4000:]
        assert result.returncode == 0, f"installer/build.py failed:\n{output}"
        assert build.is_fresh(), output
    return build


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT + 120)
def test_frozen_self_test_passes_in_japanese_with_clean_stderr(frozen: ModuleType, tmp_path: Path) -> None:
    result = subprocess.run(check=False, args=[str(frozen.executable()), "self-test"], cwd=tmp_path, env=_frozen_env(tmp_path),
                            capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    expected = _japanese("LoginDialog", "Log in to Madoguchi", str(ROOT / "desktop" / "i18n" / "desktop_ja.qm"))
    assert "ログイン" in expected
    line = result.stdout.strip()
    pattern = rf"self-test ok \({re.escape(VERSION)}, SQLCipher 4\.[^,]+, Qt [0-9.]+, ja: (.+)\)"
    assert re.fullmatch(pattern, line), line
    assert line.endswith(f"ja: {expected})")
    assert not any((tmp_path / "data").glob("**/*")), "the self-test must not touch the data folder"


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT + 120)
def test_frozen_version_shows_pyproject_version_and_build_date(frozen: ModuleType, tmp_path: Path) -> None:
    result = subprocess.run(check=False, args=[str(frozen.executable()), "--version"], cwd=tmp_path, env=_frozen_env(tmp_path),
                            capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    stamp = frozen.BUNDLE / "_internal" / "desktop" / "resources" / "BUILD_DATE"
    build_date = stamp.read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", build_date)
    lines = result.stdout.splitlines()
    assert lines[0] == f"Madoguchi {VERSION} (build {build_date})"
    assert re.fullmatch(r"Python \d+\.\d+\.\d+", lines[1])
    assert re.fullmatch(r"Qt \(PySide6\) 6\.[0-9.]+", lines[2])
    assert re.fullmatch(r"SQLCipher 4\.\S+ .*\(SQLite 3\.[0-9.]+\)", lines[3])


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT + 120)
def test_bundle_carries_resources_and_translations_not_screenshots(frozen: ModuleType) -> None:
    internal = frozen.BUNDLE / "_internal"
    for folder in ("quiz", "scripts", "wordlists"):
        shipped = sorted(p.name for p in (internal / "desktop" / "resources" / folder).iterdir())
        source = sorted(p.name for p in (ROOT / "desktop" / "resources" / folder).iterdir() if p.name != "__pycache__")
        assert shipped == source and shipped, folder
    assert not (internal / "resources" / "screenshots").exists()
    assert not (internal / "desktop" / "resources" / "screenshots").exists()
    i18n = internal / "desktop" / "i18n"
    for name in ("desktop_ja.qm", "desktop_en.qm", "qtbase_ja.qm"):
        assert (i18n / name).is_file(), name
    assert (i18n / "desktop_ja.qm").read_bytes() == (ROOT / "desktop" / "i18n" / "desktop_ja.qm").read_bytes()
    # Qt's own strings load from the bundled copy: the standard Cancel button says キャンセル
    assert _japanese("QPlatformTheme", "Cancel", str(i18n / "qtbase_ja.qm")) == "キャンセル"
    # the version comes from pyproject.toml, once
    assert [p.name for p in internal.glob("madoguchi*-info")] == [f"madoguchi-{VERSION}.dist-info"]


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT + 120)
def test_bundle_leaves_out_unused_qt(frozen: ModuleType) -> None:
    names = [p.relative_to(frozen.BUNDLE).as_posix() for p in frozen.BUNDLE.rglob("*")]
    unused = re.compile(r"Qt6?(Qml|Quick|Network|WebEngine|3D|Multimedia|Charts|Sql|Pdf|Designer|Svg"
                        r"|VirtualKeyboard)|opengl32sw|/qml/|/translations/|qtvirtualkeyboard|qgtk3|wayland",
                        re.IGNORECASE)
    assert [n for n in names if unused.search(n)] == []
    plugins = {Path(n).parent.name for n in names
               if "/plugins/" in n and Path(n).suffix in (".so", ".dll", ".dylib")}
    assert "platforms" in plugins and "imageformats" in plugins
    assert not plugins & {"sqldrivers", "tls", "networkinformation", "qmltooling", "egldeviceintegrations"}


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT + 120)
def test_every_desktop_module_is_frozen(frozen: ModuleType) -> None:
    """Feature pages and store modules are imported by name: the spec must list them all."""
    from PyInstaller.archive.readers import ZlibArchiveReader

    pyz = ZlibArchiveReader(str(frozen.WORK / "pyinstaller" / "madoguchi" / "PYZ-00.pyz"))
    frozen_modules = set(pyz.toc)
    expected = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if not name.startswith("desktop.screenshots"):
            expected.add(name)
    assert expected - frozen_modules == set()
    assert not any(m.startswith(("phonenumbers.geodata", "pytest", "PyInstaller")) for m in frozen_modules)


# --- the installer files (no build needed) -----------------------------------------------------


def test_build_script_reads_version_from_pyproject() -> None:
    build = _build_module()
    assert build.read_version() == VERSION
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", build.build_date())


def test_build_date_honours_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    assert _build_module().build_date() == "2026-01-01"


def test_fingerprint_changes_with_a_source_file(tmp_path: Path) -> None:
    build = _build_module()
    (tmp_path / "desktop").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "1.0"\n', encoding="utf-8")
    module = tmp_path / "desktop" / "a.py"
    module.write_text("x = 1\n", encoding="utf-8")
    first = build.fingerprint(tmp_path)
    assert build.fingerprint(tmp_path) == first
    module.write_text("x = 2\n", encoding="utf-8")
    assert build.fingerprint(tmp_path) != first
    screenshots = tmp_path / "resources" / "screenshots"
    screenshots.mkdir(parents=True)
    second = build.fingerprint(tmp_path)
    (screenshots / "main_ja.png").write_bytes(b"png")
    assert build.fingerprint(tmp_path) == second, "screenshots are not part of the bundle"


@pytest.mark.gui
def test_icons_render_from_the_svg(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    build = _build_module()
    build.write_icons(tmp_path)
    png = QImage(str(tmp_path / "madoguchi.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() == 255 and png.pixelColor(0, 0).alpha() == 0
    ico = (tmp_path / "madoguchi.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7
    reader = QImageReader(str(tmp_path / "madoguchi.ico"))
    assert reader.imageCount() == 7 and not reader.read().isNull()
    icns = (tmp_path / "madoguchi.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    assert b"ic10" in icns and b"icp4" in icns


def test_linux_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(INSTALLER / "linux" / "madoguchi.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "madoguchi" and entry["Icon"] == "madoguchi"
    assert entry["Terminal"] == "false"
    assert "窓口" in entry["Name[ja]"]
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    svg = (INSTALLER / "linux" / "madoguchi.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 256 256"' in svg


def test_windows_installer_script() -> None:
    iss = (INSTALLER / "windows" / "madoguchi.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.MULTILINE)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.MULTILINE)
    assert "#error" in iss.split("#ifndef AppVersion", 1)[1].split("#endif", 1)[0]
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', iss, re.MULTILINE)
    # the uninstaller says the office data stays, in both languages, pointing at platformdirs' folder
    assert re.search(r"^ja\.DataKept=.*削除していません", iss, re.MULTILINE)
    assert re.search(r"^en\.DataKept=.*was NOT removed", iss, re.MULTILINE)
    assert r"{localappdata}\Madoguchi\Madoguchi" in iss
    assert "[UninstallDelete]" not in iss

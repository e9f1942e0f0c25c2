"""Build the frozen Madoguchi app for the current platform (``make installer``).

Steps: read the version from ``pyproject.toml``; stage the generated files in
``build/installer/stage`` (``BUILD_DATE``, the package metadata that carries the version, the icons
rendered from ``installer/linux/madoguchi.svg``); run PyInstaller with ``installer/madoguchi.spec``;
check the bundle (Linux: every bundled library's dependencies resolve); run the frozen
``self-test``; report the build time and the bundle size. On Windows it then runs Inno Setup's
``iscc`` (if installed) with ``/DAppVersion=<version>``.

    python installer/build.py             # build (PyInstaller reuses its cache in build/)
    python installer/build.py --if-stale  # do nothing when dist/ already holds a build of these sources
    python installer/build.py --clean     # start from an empty PyInstaller cache
    python installer/build.py --archive   # also pack dist/madoguchi-<version>-<os>-<arch>.tar.gz/.zip/.dmg

Needs PyInstaller in the same environment (``make installer`` installs it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "madoguchi.spec"
SVG_ICON = INSTALLER / "linux" / "madoguchi.svg"
BUILD = ROOT / "build"
WORK = BUILD / "installer"
STAGE = WORK / "stage"
STAMP = WORK / "stamp.json"
DIST = ROOT / "dist"
BUNDLE = DIST / "madoguchi"
MAC_APP = DIST / "Madoguchi.app"

# Inputs whose change makes a build stale (the fingerprint in build/installer/stamp.json).
FINGERPRINT_GLOBS = ("desktop/**/*.py", "desktop/resources/**/*", "desktop/i18n/*.qm", "installer/madoguchi.spec",
                     "installer/build.py", "installer/hooks/*.py", "installer/linux/*", "pyproject.toml")


def read_version(root: Path = ROOT) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def executable(bundle: Path = BUNDLE) -> Path:
    """The frozen executable that answers ``self-test`` and ``--version`` on a console."""
    if sys.platform == "win32":
        return bundle / "madoguchi-cli.exe"
    if sys.platform == "darwin":
        return bundle / "Madoguchi"
    return bundle / "madoguchi"


def fingerprint(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    files: set[Path] = set()
    for pattern in FINGERPRINT_GLOBS:
        files.update(p for p in root.glob(pattern) if p.is_file())
    for path in sorted(files):
        rel = path.relative_to(root).as_posix()
        if "__pycache__" in rel or rel.startswith("resources/screenshots/"):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(f"{sys.version}|{platform.machine()}|{_package_version('PySide6_Essentials')}|"
                  f"{_package_version('pyinstaller')}".encode())
    return digest.hexdigest()


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def is_fresh(root: Path = ROOT) -> bool:
    """True when ``dist/`` holds a finished build of exactly these sources."""
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp.get("fingerprint") == fingerprint(root) and executable().is_file()


# --- staging -----------------------------------------------------------------------------------


def build_date() -> str:
    """UTC build date; ``SOURCE_DATE_EPOCH`` (reproducible builds) wins over the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC))
    return when.strftime("%Y-%m-%d")


def stage(version: str, date: str) -> None:
    if STAGE.exists():
        shutil.rmtree(STAGE)
    STAGE.mkdir(parents=True)
    (STAGE / "BUILD_DATE").write_text(date + "\n", encoding="utf-8")
    dist_info = STAGE / f"madoguchi-{version}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: madoguchi\nVersion: {version}\n", encoding="utf-8")
    (dist_info / "INSTALLER").write_text("installer/build.py\n", encoding="utf-8")
    write_icons(STAGE / "icons")


def render_png(svg: Path, size: int) -> bytes:
    """The SVG icon as PNG bytes, rendered by Qt (QtSvg from the build environment)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for size in sorted(pngs) if size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(SVG_ICON, size) for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    (folder / "madoguchi.png").write_bytes(pngs[256])
    (folder / "madoguchi.ico").write_bytes(ico_bytes({s: pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    (folder / "madoguchi.icns").write_bytes(icns_bytes(pngs))


# --- building and checking ---------------------------------------------------------------------


def run_pyinstaller(clean: bool, verbose: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
               "--workpath", str(WORK / "pyinstaller"), "--log-level", "INFO" if verbose else "WARN"]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    env = dict(os.environ, MADOGUCHI_STAGE_DIR=str(STAGE))
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def missing_libraries(bundle: Path) -> dict[str, set[str]]:
    """Linux: shared libraries that bundled ELF files need and that resolve neither in the bundle
    nor on this system (``ldd``). Returns {missing library: {who needs it}}."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return {}
    internal = bundle / "_internal"
    lib_dirs = {str(p.parent) for p in internal.rglob("*.so*")} | {str(internal)}
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(sorted(lib_dirs)))
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*")):
        if not path.is_file() or path.is_symlink() or ".so" not in path.name:
            continue
        out = subprocess.run(check=False, args=["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.relative_to(bundle).as_posix())
    return missing


def self_test(exe: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(check=False, args=[str(exe), "self-test"], env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=300)


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def windows_installer(version: str) -> Path | None:
    iss = INSTALLER / "windows" / "madoguchi.iss"
    icon = STAGE / "icons" / "madoguchi.ico"
    command = [f"/DAppVersion={version}", f"/DSourceDir={BUNDLE}", f"/DIconFile={icon}", f"/O{DIST}",
               str(iss)]
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (iscc) not found; to make the setup program run:\n  iscc " + " ".join(
            f'"{c}"' if " " in c else c for c in command))
        return None
    subprocess.run([iscc, *command], check=True)
    return DIST / f"Madoguchi-{version}-setup.exe"


def archive(version: str) -> Path:
    """Linux: .tar.gz of the folder (keeps symlinks and modes); Windows: .zip; macOS: a .dmg of the .app."""
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = DIST / f"madoguchi-{version}-{system}-{machine}"
    if sys.platform == "darwin":
        dmg = base.with_suffix(".dmg")
        subprocess.run(["hdiutil", "create", "-volname", "Madoguchi", "-srcfolder", str(MAC_APP), "-ov",
                        "-format", "UDZO", str(dmg)], check=True)
        return dmg
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, DIST, BUNDLE.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--if-stale", action="store_true", help="skip the build when dist/ is up to date")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true",
                        help="pack the bundle: .tar.gz (Linux), .zip (Windows), .dmg (macOS)")
    parser.add_argument("--no-self-test", action="store_true", help="do not run the frozen self-test")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's INFO log")
    args = parser.parse_args(argv)

    try:
        import PyInstaller
    except ImportError:
        print(f"PyInstaller is not installed in {sys.prefix}: `{sys.executable} -m pip install pyinstaller`"
              " (or `make installer`, which does it)", file=sys.stderr)
        return 2

    version = read_version()
    if args.if_stale and is_fresh():
        print(f"dist/ is up to date (Madoguchi {version}): {executable()}")
        return 0

    date = build_date()
    print(f"Building Madoguchi {version} (build {date}) for {sys.platform}/{platform.machine()} "
          f"with PyInstaller {PyInstaller.__version__} ...", flush=True)
    started = time.monotonic()
    STAMP.unlink(missing_ok=True)
    stage(version, date)
    run_pyinstaller(args.clean, args.verbose)
    if sys.platform.startswith("linux"):
        for name in ("madoguchi.desktop", "madoguchi.svg", "install.sh"):
            shutil.copy2(INSTALLER / "linux" / name, BUNDLE / name)
    elapsed = time.monotonic() - started

    problems = 0
    missing = missing_libraries(BUNDLE)
    for lib, users in sorted(missing.items()):
        bundled_qt = lib.startswith("libQt6") or lib.startswith("libicu") or lib.startswith("libpyside")
        kind = "ERROR (Qt library dropped from the bundle)" if bundled_qt else "note (system library)"
        print(f"{kind}: {lib} not found, needed by {', '.join(sorted(users)[:3])}")
        problems += bundled_qt

    size = folder_size(MAC_APP if MAC_APP.is_dir() else BUNDLE)
    print(f"Bundle: {MAC_APP if MAC_APP.is_dir() else BUNDLE}  {size / 1_000_000:.1f} MB "
          f"({sum(1 for p in BUNDLE.rglob('*') if p.is_file())} files); build took {elapsed:.0f} s")

    if not args.no_self_test:
        result = self_test(executable())
        print(f"Frozen self-test: exit {result.returncode}: {result.stdout.strip()}")
        if result.stderr.strip():
            print("stderr:\n" + result.stderr.rstrip(), file=sys.stderr)
        problems += result.returncode != 0
    if problems:
        return 1

    STAMP.write_text(json.dumps({"fingerprint": fingerprint(), "version": version, "build_date": date,
                                 "seconds": round(elapsed), "bytes": size}, indent=2), encoding="utf-8")
    if sys.platform == "win32":
        setup = windows_installer(version)
        if setup is not None:
            print(f"Setup program: {setup}")
    if args.archive:
        print(f"Archive: {archive(version)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The built wheel, installed in a fresh venv, carries its resources and translations and works.

Run from a temporary folder so that the source checkout cannot stand in for the installed package.
The fresh venv borrows only the third-party packages of the test venv (a ``.pth`` line; the
editable install of this checkout is not seen from there), so nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "wheel test password 2026"
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this checkout; returns its bin/Scripts folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(ROOT / "desktop", source / "desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    dist = work / "dist"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                  "-w", str(dist), str(source)], cwd=work)
    assert built.returncode == 0, built.stderr
    wheel = next(dist.glob("madoguchi-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("desktop/i18n/desktop_ja.qm", "desktop/resources/quiz/phone.toml",
                     "desktop/resources/scripts/phone.toml", "desktop/resources/wordlists/prohibited.toml",
                     "desktop/resources/icons/madoguchi.png"):
        assert expected in names, expected
    assert not any("/screenshots/" in n or n.startswith("resources/") for n in names), "README pictures stay out"

    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                   cwd=work).stdout.strip()
    borrowed = [p for p in site.getsitepackages() + [sysconfig.get_paths()["purelib"]] if Path(p).is_dir()]
    (Path(purelib) / "borrowed_dependencies.pth").write_text("\n".join(dict.fromkeys(borrowed)) + "\n")
    done = _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], cwd=work)
    assert done.returncode == 0, done.stderr
    where = _run([str(python), "-c", "import desktop; print(desktop.__file__)"], cwd=work).stdout.strip()
    assert Path(where).is_relative_to(env_dir), f"desktop imported from {where}, not the fresh venv"
    return bindir


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    env.update(MADOGUCHI_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen",
               MADOGUCHI_CONFIG_DIR=str(tmp / "config"), MADOGUCHI_LOG_DIR=str(tmp / "logs"),
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    return env


def test_self_test_of_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    result = _run([str(installed / "madoguchi"), "self-test"], cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout and "Traceback" not in result.stderr


def test_init_import_export_with_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    exe = str(installed / "madoguchi")
    data = tmp_path / "office"
    result = _run([exe, "init", "--data-dir", str(data), "--office", "Wheel事務所", "--admin", "boss",
                   "--officer", "Officer", "--officer-contact", "03-0000-0000"], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    lp = tmp_path / "lp.csv"
    lp.write_text("メールアドレス,氏名,配信希望\r\nwheel.one@example.jp,一,はい\r\nwheel.two@example.jp,二,はい\r\n",
                  encoding="utf-8-sig")
    result = _run([exe, "import", str(lp), "--source", "municipal-lp", "--user", "boss", "--data-dir", str(data)],
                  cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 on the send list" in result.stdout
    out = tmp_path / "send.csv"
    result = _run([exe, "export", "send-list", "--format", "csv", "--out", str(out), "--user", "boss",
                   "--data-dir", str(data)], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "wheel.one@example.jp" in text and "wheel.two@example.jp" in text

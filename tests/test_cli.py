"""The command line, run as a real subprocess: init, verify, self-test, errors without tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "cli test password 2026"


def run(args: list[str], env_extra: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MADOGUCHI_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    env.update(env_extra or {})
    return subprocess.run(check=False, args=[sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


@pytest.mark.slow
def test_init_then_verify(tmp_path: Path) -> None:
    data = tmp_path / "office"
    result = run(["init", "--data-dir", str(data), "--office", "CLI事務所", "--admin", "boss",
                  "--officer", "Officer", "--officer-contact", "03-0000-0000"])
    assert result.returncode == 0, result.stderr
    assert "Recovery code" in result.stdout
    assert (data / "office.db").exists()
    result = run(["verify", "--data-dir", str(data), "--user", "boss"])
    assert result.returncode == 0, result.stderr
    assert "audit log ok" in result.stdout
    # expected errors: one line, no traceback, non-zero
    result = run(["verify", "--data-dir", str(data), "--user", "boss"], {"MADOGUCHI_PASSWORD": "wrong one"})
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "not correct" in result.stderr
    assert PASSWORD not in result.stderr + result.stdout


def test_missing_office_is_one_line(tmp_path: Path) -> None:
    result = run(["verify", "--data-dir", str(tmp_path / "none"), "--user", "x"])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("madoguchi:")


def test_init_refuses_weak_password(tmp_path: Path) -> None:
    result = run(["init", "--data-dir", str(tmp_path / "o"), "--office", "X", "--admin", "boss",
                  "--officer", "O", "--officer-contact", "c"], {"MADOGUCHI_PASSWORD": "short"})
    assert result.returncode == 1
    assert "at least 8 characters" in result.stderr
    assert not (tmp_path / "o" / "office.db").exists()


def test_self_test_passes_and_loads_japanese() -> None:
    result = run(["self-test"])
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert result.stderr == ""


def test_version() -> None:
    result = run(["--version"])
    assert result.returncode == 0
    assert "SQLCipher 4." in result.stdout and "Python" in result.stdout


@pytest.mark.slow
def test_export_and_backup_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "office"
    assert run(["init", "--data-dir", str(data), "--office", "CLI", "--admin", "boss", "--officer", "O",
                "--officer-contact", "c"]).returncode == 0
    out = tmp_path / "audit.csv"
    result = run(["export", "audit", "--out", str(out), "--user", "boss", "--data-dir", str(data)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("exported ") and out.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run(["export", "send-list", "--out", str(tmp_path / "s.xlsx"), "--from", "2026-13-01",
                  "--user", "boss", "--data-dir", str(data)])
    assert result.returncode == 1 and "not a date" in result.stderr and "Traceback" not in result.stderr
    result = run(["backup", "--user", "boss", "--data-dir", str(data)])
    assert result.returncode == 0, result.stderr
    assert "made and verified" in result.stdout
    assert any(p.name.startswith("madoguchi-") for p in (tmp_path / "office-backups").iterdir())


def test_init_without_the_officer_names_the_option_when_not_in_a_terminal(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "init", "--data-dir", str(tmp_path / "o"), "--office", "X",
         "--admin", "boss", "--officer-contact", "03-0000-0000"],
        env={**os.environ, "MADOGUCHI_PASSWORD": PASSWORD}, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == ("madoguchi: init needs --officer NAME (the privacy officer's name); "
                                     "it is asked for only when run in a terminal")
    assert not (tmp_path / "o").exists()


def test_init_usage_says_which_options_are_required() -> None:
    result = run(["init", "--help"])
    assert result.returncode == 0
    usage = " ".join(result.stdout.split())
    assert "usage: madoguchi init --office NAME --admin USER --officer NAME --officer-contact TEXT" in usage
    assert "(required; asked for in a terminal)" in usage

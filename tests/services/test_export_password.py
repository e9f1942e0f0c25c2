"""Issue 14: export file passwords — zxcvbn score >= 3, never the login password, never empty; the generator."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import msoffcrypto
import pytest

from desktop.domain import export_password
from desktop.domain.errors import ValidationError
from desktop.services import exports
from desktop.services.exports import ExportKind, ExportRequest
from desktop.services.session import Session
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD

REFUSED = [
    ("", export_password.E_EMPTY),
    (" " * 15, export_password.E_BLANK),
    ("aaaaaaaaaaaaaaa", export_password.E_GUESSABLE),
    ("passwordpassword", export_password.E_GUESSABLE),
    ("short pw", export_password.E_SHORT),
    (ADMIN_PASSWORD, export_password.E_LOGIN),  # the user's own login password
]


@pytest.mark.parametrize(("password", "reason"), REFUSED, ids=["empty", "spaces", "aaaa", "passwordpassword",
                                                                "short", "login-password"])
def test_refused_file_passwords_write_nothing(office: Session, tmp_path: Path, password: str, reason: str) -> None:
    before = len(entries())
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "a.xlsx"
    with pytest.raises(ValidationError) as caught:
        exports.export(office, ExportRequest(ExportKind.AUDIT, password=password), out)
    assert caught.value.message == reason
    assert list(out.parent.iterdir()) == []
    assert len(entries()) == before  # nothing exported, nothing to audit
    assert password.strip() == "" or password not in repr(caught.value.params)


def test_the_login_password_is_refused_even_though_it_is_strong(office: Session) -> None:
    assert export_password.score(ADMIN_PASSWORD) >= export_password.MIN_SCORE  # the rule alone would pass it
    with pytest.raises(ValidationError) as caught:
        exports.check_password(office, ADMIN_PASSWORD)
    assert caught.value.message == export_password.E_LOGIN


def test_a_good_password_encrypts_the_file(office: Session, tmp_path: Path) -> None:
    password = exports.generate_password(office)
    out = tmp_path / "a.xlsx"
    exports.export(office, ExportRequest(ExportKind.AUDIT, password=password), out)
    office_file = msoffcrypto.OfficeFile(io.BytesIO(out.read_bytes()))
    office_file.load_key(password=password, verify_password=True)
    assert entries()[-1].details["filters"]["encrypted"] is True


def test_generated_passphrases_are_strong_and_have_no_confusable_characters(office: Session) -> None:
    phrases = {exports.generate_password(office) for _ in range(200)}
    assert len(phrases) == 200
    for phrase in phrases:
        assert export_password.score(phrase) >= export_password.MIN_SCORE
        assert not set(phrase) & export_password.CONFUSABLE
        assert set(phrase) <= set(export_password.PASSPHRASE_ALPHABET) | {"-"}
        assert phrase == phrase.lower() and len(phrase.split("-")) == export_password.PASSPHRASE_GROUPS
        assert exports.check_password(office, phrase) == phrase


def test_the_alphabet_avoids_look_alikes() -> None:
    assert not set(export_password.PASSPHRASE_ALPHABET) & export_password.CONFUSABLE
    assert set("0o1li") <= export_password.CONFUSABLE


def _cli_export(data_dir: Path, out: Path, file_password: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MADOGUCHI_PASSWORD": ADMIN_PASSWORD}
    env.pop("MADOGUCHI_EXPORT_PASSWORD", None)
    if file_password is not None:
        env["MADOGUCHI_EXPORT_PASSWORD"] = file_password
    return subprocess.run([sys.executable, "-m", "desktop", "export", "audit", "--out", str(out), "--user", "admin",
                           "--data-dir", str(data_dir)], capture_output=True, text=True, env=env, timeout=120,
                          check=False)


@pytest.mark.parametrize(("password", "reason"), [REFUSED[0], REFUSED[1], REFUSED[3], REFUSED[5]],
                         ids=["empty", "spaces", "passwordpassword", "login-password"])
def test_cli_refuses_the_same_passwords(office: Session, data_dir: Path, tmp_path: Path, password: str,
                                        reason: str) -> None:
    office.logout()
    out = tmp_path / "a.xlsx"
    result = _cli_export(data_dir, out, password)
    assert result.returncode == 1
    assert result.stderr.strip() == "madoguchi: " + reason.replace("%1", str(export_password.MIN_LENGTH))
    assert "Traceback" not in result.stderr and not out.exists()

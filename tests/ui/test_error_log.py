"""Unexpected errors in the UI are logged (type and code locations only) and the user is told where."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop import crashlog
from desktop.domain.errors import ValidationError
from desktop.ui.text import error_text
from tests.conftest import SENTINEL_EMAIL

pytestmark = pytest.mark.gui


@pytest.fixture
def log_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    before = list(root.handlers)
    folder = crashlog.setup(tmp_path / "logs")
    yield folder
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _boom() -> None:
    raise RuntimeError(f"could not save {SENTINEL_EMAIL}")


def test_unexpected_error_is_logged_without_its_message(qapp: object, log_folder: Path) -> None:
    try:
        _boom()
    except RuntimeError as exc:
        shown = error_text(exc)
    log_file = log_folder / crashlog.LOG_NAME
    assert str(log_file) in shown and "Nothing was saved" in shown
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected builtins.RuntimeError" in logged
    assert "_boom" in logged  # where it happened
    assert SENTINEL_EMAIL not in logged and SENTINEL_EMAIL not in shown


def test_expected_errors_are_plain_messages_and_not_logged(qapp: object, log_folder: Path) -> None:
    shown = error_text(ValidationError("The name is too long (at most %1 characters).", 100))
    assert shown == "The name is too long (at most 100 characters)."
    log_file = log_folder / crashlog.LOG_NAME
    assert not log_file.exists() or "unexpected" not in log_file.read_text(encoding="utf-8")

"""Word lists: shipped defaults, managers' edits stored in the database, validation, audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.screening import Category, Severity, screen
from desktop.services import session as session_service
from desktop.services import wordlists
from desktop.services.errors import NotFound, PermissionDenied
from desktop.store.audit import entries
from tests.conftest import FakeClock, add_user, login


@pytest.fixture
def manager(office: session_service.Session, data_dir: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    add_user(office, "manager", "manager")
    add_user(office, "advisor", "advisor")
    office.logout()
    session = login(data_dir, "manager", "blue whale orbit 42", clock)
    yield session
    session.logout()


def test_defaults_come_from_the_shipped_files(manager: session_service.Session) -> None:
    wl = wordlists.effective_word_lists(manager)
    assert wl is wordlists.default_word_lists()
    assert {c for c in Category if c.in_word_lists} == set(wl.categories)
    infos = wordlists.list_word_lists(manager)
    assert all(not i.changed for i in infos)
    assert next(i for i in infos if i.category is Category.INSULT).label_ja == "他者への侮辱・誹謗中傷"


def test_a_manager_changes_a_list_and_screening_follows(manager: session_service.Session) -> None:
    before = len(entries())
    info = wordlists.change_word_list(
        manager, "advertising", words=["限定セール", "  ", "限定セール", "今だけ"], allow=[], severity="high"
    )
    assert info.changed and info.words == ("限定セール", "今だけ") and info.severity is Severity.HIGH
    assert len(entries()) == before + 1
    e = entries()[-1]
    assert (e.action, e.target, e.details["words"], e.details["severity"]) == (
        "wordlist.change",
        "advertising",
        2,
        "high",
    )
    assert "限定" not in str(e.details)
    wl = wordlists.effective_word_lists(manager)
    found = screen("今だけ！限定ｾｰﾙ", [], wl, own_domains=[])  # half-width katakana matches too
    assert [(x.category, x.severity) for x in found] == [(Category.ADVERTISING, Severity.HIGH)] * 2
    # back to the shipped list
    info = wordlists.reset_word_list(manager, Category.ADVERTISING)
    assert not info.changed and info.words == info.default_words
    assert entries()[-1].details["default"] is True
    assert wordlists.effective_word_lists(manager) is wordlists.default_word_lists()


def test_saving_the_default_removes_the_override(manager: session_service.Session) -> None:
    default = wordlists.default_word_lists().get(Category.INSULT)
    assert default is not None
    info = wordlists.change_word_list(
        manager, Category.INSULT, words=default.words, allow=default.allow, severity=default.severity
    )
    assert not info.changed


@pytest.mark.parametrize(
    "words,severity,message",
    [
        ([], "high", "at least one"),
        (["   "], "high", "at least one"),
        (["ok"], "extreme", "severity"),
        (["x" * 101], "high", "at most"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    manager: session_service.Session, words: list[str], severity: str, message: str
) -> None:
    before = len(entries())
    with pytest.raises(ValidationError, match=message):
        wordlists.change_word_list(manager, "insult", words=words, severity=severity)
    assert len(entries()) == before
    assert not any(i.changed for i in wordlists.list_word_lists(manager))


def test_unknown_or_code_detected_categories_are_not_lists(manager: session_service.Session) -> None:
    for cat in ("weather", "outside_link"):
        with pytest.raises(NotFound):
            wordlists.change_word_list(manager, cat, words=["x"], severity="low")


def test_advisor_may_not_edit_lists_but_screening_uses_them(
    manager: session_service.Session, data_dir: Path, clock: FakeClock
) -> None:
    wordlists.change_word_list(manager, "advertising", words=["今だけ"], severity="high")
    manager.logout()
    advisor = login(data_dir, "advisor", "blue whale orbit 42", clock)
    try:
        with pytest.raises(PermissionDenied):
            wordlists.change_word_list(advisor, "advertising", words=["x"], severity="low")
        with pytest.raises(PermissionDenied):
            wordlists.list_word_lists(advisor)
        wl = wordlists.effective_word_lists(advisor)
        assert wl.get(Category.ADVERTISING).words == ("今だけ",)  # type: ignore[union-attr]
    finally:
        advisor.logout()

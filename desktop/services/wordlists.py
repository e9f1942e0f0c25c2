"""The screening word lists: shipped defaults (``desktop/resources/wordlists/*.toml``) and managers' edits.

A manager may change the words, the allow list and the severity of a category; the change
is stored in the database (the shipped files are read-only) and audited as
``wordlist.change`` with counts only. Every edit is validated by
:func:`desktop.domain.screening.parse_word_lists`, the same parser the defaults go through.
"""

from __future__ import annotations

import copy
import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.domain.screening import Category, Severity, WordLists, parse_word_lists
from desktop.paths import resource_path
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import posts_repo, repo

DEFAULT_FILES = ("prohibited.toml", "confidential.toml")
MAX_WORDS = 2000
MAX_WORD_CHARS = 100


@dataclass(frozen=True)
class WordListInfo:
    category: Category
    label_ja: str
    label_en: str
    rule: str
    severity: Severity
    words: tuple[str, ...]
    allow: tuple[str, ...]
    default_severity: Severity
    default_words: tuple[str, ...]
    default_allow: tuple[str, ...]
    changed: bool
    updated_by: str | None
    updated_at: str | None


@functools.cache
def default_documents() -> tuple[dict[str, Any], ...]:
    """The shipped word-list documents, parsed once per process."""
    docs = []
    for name in DEFAULT_FILES:
        with resource_path(f"wordlists/{name}").open("rb") as fh:
            docs.append(tomllib.load(fh))
    return tuple(docs)


@functools.cache
def default_word_lists() -> WordLists:
    return parse_word_lists(*default_documents())


def _merged(overrides: Iterable[posts_repo.WordListOverrideRow]) -> list[dict[str, Any]]:
    docs = copy.deepcopy(list(default_documents()))
    by_cat = {o.category: o for o in overrides}
    for doc in docs:
        for key, table in doc.get("categories", {}).items():
            o = by_cat.get(key)
            if o is not None:
                table["words"] = list(o.words)
                table["allow"] = list(o.allow)
                table["severity"] = o.severity
    return docs


def effective_word_lists(session: Session) -> WordLists:
    """The word lists screening uses now: defaults with the managers' changes applied."""
    session.require(Action.POST_COMPOSE)
    overrides = posts_repo.word_list_overrides()
    if not overrides:
        return default_word_lists()
    return parse_word_lists(*_merged(overrides))


def list_word_lists(session: Session) -> list[WordListInfo]:
    session.require(Action.WORDLISTS_MANAGE)
    overrides = {o.category: o for o in posts_repo.word_list_overrides()}
    current = parse_word_lists(*_merged(overrides.values())) if overrides else default_word_lists()
    out = []
    for wl in current:
        default = default_word_lists().get(wl.category)
        assert default is not None
        o = overrides.get(wl.category.value)
        out.append(
            WordListInfo(
                wl.category,
                wl.label_ja,
                wl.label_en,
                wl.rule,
                wl.severity,
                wl.words,
                wl.allow,
                default.severity,
                default.words,
                default.allow,
                o is not None,
                o.updated_by if o else None,
                o.updated_at if o else None,
            )
        )
    return out


def _clean(entries: Iterable[str]) -> list[str]:
    out: list[str] = []
    for entry in entries:
        word = entry.strip()
        if word and word not in out:
            out.append(word)
    return out


def change_word_list(
    session: Session,
    category: Category | str,
    *,
    words: Iterable[str],
    allow: Iterable[str] = (),
    severity: Severity | str,
) -> WordListInfo:
    """Replace the words, allow list and severity of one category (validated; audited)."""
    session.require(Action.WORDLISTS_MANAGE, str(getattr(category, "value", category)))
    try:
        cat = Category(category)
    except ValueError:
        raise NotFound() from None
    if default_word_lists().get(cat) is None:
        raise NotFound()
    try:
        sev = severity if isinstance(severity, Severity) else Severity.from_key(str(severity))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WordLists", "Choose a severity: low, medium or high.")
        ) from None
    word_list, allow_list = _clean(words), _clean(allow)
    if not word_list:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "WordLists",
                "A word list needs at least one word or phrase. Screening of this category would stop.",
            )
        )
    if len(word_list) > MAX_WORDS or len(allow_list) > MAX_WORDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WordLists", "A word list may hold at most %1 entries."), MAX_WORDS
        )
    if any(len(w) > MAX_WORD_CHARS for w in word_list + allow_list):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WordLists", "An entry may be at most %1 characters long."), MAX_WORD_CHARS
        )
    candidate = posts_repo.WordListOverrideRow(
        cat.value, sev.key, tuple(word_list), tuple(allow_list), "", ""
    )
    others = [o for o in posts_repo.word_list_overrides() if o.category != cat.value]
    parse_word_lists(*_merged([*others, candidate]))  # raises ValidationError on a bad entry
    default = default_word_lists().get(cat)
    assert default is not None
    same_as_default = (
        tuple(word_list) == default.words and tuple(allow_list) == default.allow and sev is default.severity
    )
    with repo.atomic():
        if same_as_default:
            posts_repo.remove_word_list_override(cat.value)
        else:
            posts_repo.set_word_list_override(
                category=cat.value,
                severity=sev.key,
                words=word_list,
                allow=allow_list,
                updated_by=session.user.uid,
                updated_at=session.now().isoformat(),
            )
        session.audit(
            "wordlist.change",
            target=cat.value,
            words=len(word_list),
            allow=len(allow_list),
            severity=sev.key,
            default=same_as_default,
        )
    return _info(session, cat)


def reset_word_list(session: Session, category: Category | str) -> WordListInfo:
    """Go back to the shipped list of one category (audited)."""
    session.require(Action.WORDLISTS_MANAGE, str(getattr(category, "value", category)))
    try:
        cat = Category(category)
    except ValueError:
        raise NotFound() from None
    default = default_word_lists().get(cat)
    if default is None:
        raise NotFound()
    with repo.atomic():
        removed = posts_repo.remove_word_list_override(cat.value)
        if removed:
            session.audit(
                "wordlist.change",
                target=cat.value,
                words=len(default.words),
                allow=len(default.allow),
                severity=default.severity.key,
                default=True,
            )
    return _info(session, cat)


def _info(session: Session, cat: Category) -> WordListInfo:
    return next(i for i in list_word_lists(session) if i.category is cat)

"""Authorization scopes (the guideline's 了承の範囲): kinds, the scope check and its items."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.scopes.evidence import EvidenceRecord, RecordKind, is_published_page
from desktop.domain.screening import (
    SEED_FILE,
    SourceRef,
)

RULE_APPROVAL = "000 §2-4(1)"
RULE_SCOPE = "000 §2-4(2)"


class ScopeKind(enum.Enum):
    """The four kinds of content staff may post inside a pre-approved scope (§2-4(2) a-d)."""

    PUBLISHED_CONTENT = "a"
    EVENT_FACTS = "b"
    ESTABLISHED_PROCEDURE = "c"
    CONFIRMED_QA = "d"

    @property
    def letter(self) -> str:
        return self.value

    @property
    def rule(self) -> str:
        return f"{RULE_SCOPE}{self.value})"

    @property
    def label(self) -> str:
        return _KIND_TEXT[self][0]

    @property
    def evidence_label(self) -> str:
        """What the author must give as evidence for a post in a scope of this kind."""
        return _KIND_TEXT[self][1]

    @property
    def record_kind(self) -> RecordKind:
        """The kind of the managers' record that is the evidence of a post in a scope of this kind."""
        return _RECORD_KIND[self]


RULE_SOURCES = {
    RULE_APPROVAL: SourceRef(SEED_FILE, 28, "所属部署の責任者または任命された担当責任者の了承を得ることとします"),
    RULE_SCOPE: SourceRef(SEED_FILE, 29, "あらかじめ承認を得た範囲については担当者において情報発信・返信を行うことができる"),
    ScopeKind.PUBLISHED_CONTENT.rule: SourceRef(SEED_FILE, 30, "既にホームページなどに掲載するなど公表済みの内容"),
    ScopeKind.EVENT_FACTS.rule: SourceRef(SEED_FILE, 31, "イベントの状況や結果など既成の事実"),
    ScopeKind.ESTABLISHED_PROCEDURE.rule: SourceRef(SEED_FILE, 32, "定められている手続きなどの内容"),
    ScopeKind.CONFIRMED_QA.rule: SourceRef(SEED_FILE, 33, "既に確認されている質疑応答資料の内容"),
}
"""The seed line behind each rule reference of this module (checked by the tests)."""

_KIND_TEXT = {
    ScopeKind.PUBLISHED_CONTENT: (
        QT_TRANSLATE_NOOP("Scopes", "(a) Content already published on the homepage"),
        QT_TRANSLATE_NOOP("Scopes", "The address of a page on the organisation's own site that is already published"),
    ),
    ScopeKind.EVENT_FACTS: (
        QT_TRANSLATE_NOOP("Scopes", "(b) Facts about an event (how it went, results)"),
        QT_TRANSLATE_NOOP("Scopes", "The event, chosen from the records the managers keep"),
    ),
    ScopeKind.ESTABLISHED_PROCEDURE: (
        QT_TRANSLATE_NOOP("Scopes", "(c) An established procedure"),
        QT_TRANSLATE_NOOP("Scopes", "The procedure document, chosen from the records the managers keep"),
    ),
    ScopeKind.CONFIRMED_QA: (
        QT_TRANSLATE_NOOP("Scopes", "(d) A confirmed question and answer"),
        QT_TRANSLATE_NOOP("Scopes", "The Q&A entry, chosen from the records the managers keep"),
    ),
}


_RECORD_KIND = {
    ScopeKind.PUBLISHED_CONTENT: RecordKind.PAGE,
    ScopeKind.EVENT_FACTS: RecordKind.EVENT,
    ScopeKind.ESTABLISHED_PROCEDURE: RecordKind.PROCEDURE,
    ScopeKind.CONFIRMED_QA: RecordKind.QA,
}


@dataclass(frozen=True)
class Scope:
    """A scope approved in advance by the department head or an appointed responsible person.

    ``account_ids``, ``granted_user_ids`` and ``granted_roles`` are sets; an empty
    ``account_ids`` covers no account. ``valid_from``/``valid_to`` are inclusive dates,
    None meaning open-ended.
    """

    id: int
    kind: ScopeKind
    account_ids: frozenset[int]
    granted_user_ids: frozenset[int | str] = frozenset()
    granted_roles: frozenset[str] = frozenset()
    valid_from: date | None = None
    valid_to: date | None = None
    conditions: str = ""
    revoked: bool = False

    def __post_init__(self) -> None:
        for name in ("account_ids", "granted_user_ids", "granted_roles"):
            value = getattr(self, name)
            if not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(value))

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class PostFacts:
    """The facts about one post that scope matching needs."""

    author_id: int | str  # the store uses user uids (strings)
    author_role: str
    account_id: int
    claimed_scope_id: int | None
    evidence: str
    created: date
    evidence_record: EvidenceRecord | None = None  # the managers' record the post names, (b)-(d)
    published_pages: frozenset[str] = frozenset()  # addresses known to be published on the own site, (a)


class CheckItem(NamedTuple):
    """One condition of a scope: a stable key, whether it holds, and an explanation template."""

    key: str
    ok: bool
    message: str


@dataclass(frozen=True)
class ScopeCheck:
    scope_id: int
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def failed(self) -> tuple[CheckItem, ...]:
        return tuple(item for item in self.items if not item.ok)

    def item(self, key: str) -> CheckItem:
        for it in self.items:
            if it.key == key:
                return it
        raise KeyError(key)


# Item keys, in the order they are listed.
ITEM_CLAIMED = "claimed"
ITEM_AUTHOR = "author_granted"
ITEM_ACCOUNT = "account_covered"
ITEM_DATES = "within_dates"
ITEM_NOT_REVOKED = "not_revoked"
ITEM_EVIDENCE = "evidence"

_MSG = {
    (ITEM_CLAIMED, True): QT_TRANSLATE_NOOP("Scopes", "The post claims this scope."),
    (ITEM_CLAIMED, False): QT_TRANSLATE_NOOP("Scopes", "The post does not claim this scope."),
    (ITEM_AUTHOR, True): QT_TRANSLATE_NOOP("Scopes", "The author is granted this scope."),
    (ITEM_AUTHOR, False): QT_TRANSLATE_NOOP("Scopes", "The author is not granted this scope, by name or by role."),
    (ITEM_ACCOUNT, True): QT_TRANSLATE_NOOP("Scopes", "The scope covers this account."),
    (ITEM_ACCOUNT, False): QT_TRANSLATE_NOOP("Scopes", "The scope does not cover this account."),
    (ITEM_DATES, True): QT_TRANSLATE_NOOP("Scopes", "The scope is valid on the day of the post."),
    (ITEM_DATES, False): QT_TRANSLATE_NOOP(
        "Scopes", "The scope is not valid on the day of the post (not yet started, or expired)."
    ),
    (ITEM_NOT_REVOKED, True): QT_TRANSLATE_NOOP("Scopes", "The scope has not been revoked."),
    (ITEM_NOT_REVOKED, False): QT_TRANSLATE_NOOP("Scopes", "The scope has been revoked."),
    (ITEM_EVIDENCE, True): QT_TRANSLATE_NOOP("Scopes", "The evidence the scope requires is given."),
}
_MSG_EVIDENCE_MISSING = QT_TRANSLATE_NOOP(
    "Scopes",
    "The evidence the scope requires is missing: choose the event, procedure document or Q&A entry from "
    "the records the managers keep.",
)
_MSG_EVIDENCE_WRONG_RECORD = QT_TRANSLATE_NOOP(
    "Scopes", "The record given as evidence is of another kind than the scope needs, or has been retired."
)
_MSG_EVIDENCE_NOT_OWN_URL = QT_TRANSLATE_NOOP(
    "Scopes",
    "Published content needs as evidence the address of a page on the organisation's own site that is "
    "already published (a page the managers recorded, or a post on the homepage recorded as published).",
)


def _evidence_item(kind: ScopeKind, post: PostFacts, own_domains: Sequence[str]) -> CheckItem:
    """Evidence a reviewer can check: a published own-site page for (a), a managers' record for (b)-(d).

    Free text proves nothing ("ok", "--"): for (b)-(d) only a record of the right kind that is not
    retired counts; for (a) only an address on the own site that is known to be published.
    """
    ok = CheckItem(ITEM_EVIDENCE, True, _MSG[(ITEM_EVIDENCE, True)])
    if kind is ScopeKind.PUBLISHED_CONTENT:
        if is_published_page(post.evidence or "", own_domains, post.published_pages):
            return ok
        return CheckItem(ITEM_EVIDENCE, False, _MSG_EVIDENCE_NOT_OWN_URL)
    record = post.evidence_record
    if record is None:
        return CheckItem(ITEM_EVIDENCE, False, _MSG_EVIDENCE_MISSING)
    if record.kind is not kind.record_kind or record.retired:
        return CheckItem(ITEM_EVIDENCE, False, _MSG_EVIDENCE_WRONG_RECORD)
    return ok


def check_scope(scope: Scope, post: PostFacts, own_domains: Sequence[str], today: date) -> ScopeCheck:
    """Check every condition of ``scope`` for ``post``; each is reported, passed or not.

    Dates: the scope must be valid both on the day the post was created and ``today``
    (the day it would go out without approval).
    """

    def item(key: str, ok: bool) -> CheckItem:
        return CheckItem(key, ok, _MSG[(key, ok)])

    items = (
        item(ITEM_CLAIMED, post.claimed_scope_id is not None and post.claimed_scope_id == scope.id),
        item(
            ITEM_AUTHOR,
            post.author_id in scope.granted_user_ids or post.author_role in scope.granted_roles,
        ),
        item(ITEM_ACCOUNT, post.account_id in scope.account_ids),
        item(ITEM_DATES, scope.valid_on(post.created) and scope.valid_on(today)),
        item(ITEM_NOT_REVOKED, not scope.revoked),
        _evidence_item(scope.kind, post, own_domains),
    )
    return ScopeCheck(scope.id, items)

"""The input rules of a scope and of a post draft: what a manager or an author may save.

Pure: whether a named account, user or scope exists is asked of a function the caller passes in;
an unknown record raises :class:`~desktop.domain.errors.UnknownRecord`, a broken rule
:class:`~desktop.domain.errors.ValidationError` (context ``Posts``). Checks run in a fixed order,
so the first broken rule is the one reported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import QT_TRANSLATE_NOOP, UnknownRecord, ValidationError
from desktop.domain.post_limits import (
    MAX_EVIDENCE,
    MAX_LABEL,
    MAX_LINK_CHARS,
    MAX_LINKS,
    MAX_MEDIA,
    MAX_NOTE,
    MAX_TEXT,
)
from desktop.domain.roles import Role
from desktop.domain.scopes.kinds import ScopeKind
from desktop.domain.scopes.media import MediaEntry
from desktop.domain.screening import find_urls, host_of

__all__ = ["CleanDraft", "CleanScope", "PostDraft", "ScopeInput", "is_web_address", "validate_draft",
           "validate_scope"]


def is_web_address(value: str, *, need_scheme: bool) -> bool:
    """A single http(s) address or bare domain (``www.example.jp/x``), nothing else around it."""
    value = value.strip()
    if not value or any(ch.isspace() for ch in value):
        return False
    urls = find_urls(value)
    if len(urls) != 1 or (urls[0].start, urls[0].end) != (0, len(value)):
        return False
    if need_scheme and not urls[0].url.startswith(("http://", "https://")):
        return False
    return host_of(value) is not None


# --------------------------------------------------------------------------- scopes


@dataclass(frozen=True)
class ScopeInput:
    kind: ScopeKind | str
    account_ids: Sequence[int]
    user_uids: Sequence[str] = ()
    roles: Sequence[str] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    conditions: str = ""
    evidence_required: str = ""


@dataclass(frozen=True)
class CleanScope:
    """A scope that passed :func:`validate_scope`: ids sorted without repeats, texts trimmed."""

    kind: ScopeKind
    account_ids: tuple[int, ...]
    user_uids: tuple[str, ...]
    roles: tuple[str, ...]
    valid_from: date | None
    valid_to: date | None
    conditions: str
    evidence_required: str


def validate_scope(
    data: ScopeInput, *, account_exists: Callable[[int], bool], user_active: Callable[[str], bool]
) -> CleanScope:
    """Check a scope a manager grants or changes (kind, accounts, grantees, dates, texts)."""
    try:
        kind = ScopeKind(data.kind)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Choose the kind of scope (a, b, c or d).")) from None
    accounts = tuple(sorted({int(a) for a in data.account_ids}))
    if not accounts:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Choose at least one account the scope covers."))
    if any(not account_exists(a) for a in accounts):
        raise UnknownRecord("account")
    users = tuple(sorted({u for u in data.user_uids if u}))
    for uid in users:
        if not user_active(uid):
            raise ValidationError(QT_TRANSLATE_NOOP("Posts", "A scope can only be granted to active users."))
    roles = tuple(sorted({r for r in data.roles if r}))
    for r in roles:
        try:
            Role(r)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Unknown role.")) from None
    if not users and not roles:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "Grant the scope to at least one user or role."))
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "The scope cannot end before it starts."))
    conditions = data.conditions.strip()
    evidence = data.evidence_required.strip()
    if len(conditions) > MAX_NOTE or len(evidence) > MAX_EVIDENCE:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "The conditions or the evidence text are too long."))
    return CleanScope(kind, accounts, users, roles, data.valid_from, data.valid_to, conditions, evidence)


# --------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class PostDraft:
    account_id: int
    text: str
    links: Sequence[str] = ()
    media: Sequence[MediaEntry] = ()
    claimed_scope_id: int | None = None
    evidence: str = ""
    evidence_record_id: int | None = None  # a record the managers keep: an event, procedure or Q&A entry


@dataclass(frozen=True)
class CleanDraft:
    """The content of a draft that passed :func:`validate_draft` (the account is checked by the caller)."""

    text: str
    links: tuple[str, ...]
    media: tuple[MediaEntry, ...]
    claimed_scope_id: int | None
    evidence: str
    evidence_record_id: int | None = None


def validate_draft(
    draft: PostDraft,
    *,
    scope_exists: Callable[[int], bool],
    record_exists: Callable[[int], bool] = lambda _id: False,
) -> CleanDraft:
    """Check the text, links, media, claimed scope and evidence of a draft an author saves."""
    text = draft.text or ""
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "The post is empty. Write the text of the post."))
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Posts", "The text is too long to keep (at most %1 characters)."), MAX_TEXT
        )
    if "\0" in text:
        text = text.replace("\0", "")
    links = tuple(link.strip() for link in draft.links if link and link.strip())
    if len(links) > MAX_LINKS:
        raise ValidationError(QT_TRANSLATE_NOOP("Posts", "A post may carry at most %1 links."), MAX_LINKS)
    for i, link in enumerate(links, start=1):
        if len(link) > MAX_LINK_CHARS or not is_web_address(link, need_scheme=False):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Posts", "Link %1 is not a web address. Enter it as https://… (one address per line)."
                ),
                i,
            )
    media = tuple(draft.media)
    if len(media) > MAX_MEDIA:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Posts", "A post may list at most %1 photos or videos."), MAX_MEDIA
        )
    for i, m in enumerate(media, start=1):
        if not m.label.strip() or len(m.label) > MAX_LABEL:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Posts",
                    "Give photo or video %1 a short description or file name (at most %2 characters).",
                ),
                i,
                MAX_LABEL,
            )
    media = tuple(
        MediaEntry(
            m.label.strip(),
            m.kind,
            m.identifiable_people,
            m.portrait_consent,
            m.third_party_work,
            m.permission,
            m.personal_info_visible,
        )
        for m in media
    )
    scope_id = draft.claimed_scope_id
    if scope_id is not None and not scope_exists(int(scope_id)):
        raise UnknownRecord("scope")
    evidence = (draft.evidence or "").strip()
    if len(evidence) > MAX_EVIDENCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Posts", "The evidence may be at most %1 characters long."), MAX_EVIDENCE
        )
    record_id = draft.evidence_record_id
    if record_id is not None and not record_exists(int(record_id)):
        raise UnknownRecord("evidence record")
    return CleanDraft(text, links, media, None if scope_id is None else int(scope_id), evidence,
                      None if record_id is None else int(record_id))

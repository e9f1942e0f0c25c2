"""SNS posts: accounts and scopes (managers), drafting and submission (staff), publication,
corrections and incidents. Rules P1-P6 of design.md; the rules themselves live in
:mod:`desktop.domain.screening`, :mod:`desktop.domain.scopes` and :mod:`desktop.domain.platforms`.

Every change writes exactly one audit entry with ids and counts only, never post text:
``account.create``/``account.change``, ``scope.grant``/``scope.change``/``scope.revoke``,
``post.edit`` (each saved version), ``post.submit`` (routed to review) or
``post.auto_approve`` (approved within a scope: the scope use), ``post.publish``,
``post.correct``, ``incident.record``/``incident.update``. Review decisions are in
:mod:`desktop.services.review`.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain import office_time
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.platforms import Platform, length_finding
from desktop.domain.roles import Action, Role
from desktop.domain.scopes import (
    REASON_EDITED_AFTER_APPROVAL,
    REASON_EDITED_IN_REVIEW,
    MediaItem,
    MediaKind,
    PostFacts,
    PostStatus,
    Routing,
    RoutingDecision,
    Scope,
    ScopeKind,
    media_findings,
    route,
    status_after_edit,
)
from desktop.domain.screening import Category, Finding, Severity, Where, WordLists, find_urls, host_of, screen
from desktop.services import wordlists
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.session import CurrentUser, Session
from desktop.store import posts_repo, repo

CTX = "Posts"
MAX_TEXT = 200_000
MAX_LINKS = 20
MAX_LINK_CHARS = 2000
MAX_MEDIA = 30
MAX_LABEL = 200
MAX_EVIDENCE = 2000
MAX_NOTE = 10_000
PUBLIC_CONTACTS_KEY = "posts.public_contacts"


def _err(template: str, *args: object) -> ValidationError:
    return ValidationError(template, *args, context=CTX)


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class AccountInfo:
    id: int
    platform: Platform
    name: str
    url: str
    active: bool


@dataclass(frozen=True)
class ScopeInfo:
    id: int
    kind: ScopeKind
    account_ids: frozenset[int]
    user_uids: frozenset[str]
    roles: frozenset[str]
    valid_from: date | None
    valid_to: date | None
    conditions: str
    evidence_required: str
    revoked: bool
    revoked_at: str | None
    created_at: str

    @property
    def domain(self) -> Scope:
        return Scope(
            self.id,
            self.kind,
            self.account_ids,
            self.user_uids,
            self.roles,
            self.valid_from,
            self.valid_to,
            self.conditions,
            self.revoked,
        )

    def valid_on(self, day: date) -> bool:
        return not self.revoked and self.domain.valid_on(day)

    def granted_to(self, user: CurrentUser) -> bool:
        return user.uid in self.user_uids or user.role.value in self.roles


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
class MediaEntry:
    """One attached photo, video or image with the author's checklist answers (P4)."""

    label: str
    kind: MediaKind = MediaKind.PHOTO
    identifiable_people: bool = False
    portrait_consent: bool | None = None
    third_party_work: bool = False
    permission: bool | None = None
    personal_info_visible: bool = False

    @property
    def item(self) -> MediaItem:
        return MediaItem(
            self.kind,
            self.identifiable_people,
            self.portrait_consent,
            self.third_party_work,
            self.permission,
            self.personal_info_visible,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "kind": self.kind.value,
            "identifiable_people": self.identifiable_people,
            "portrait_consent": self.portrait_consent,
            "third_party_work": self.third_party_work,
            "permission": self.permission,
            "personal_info_visible": self.personal_info_visible,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> MediaEntry:
        try:
            kind = MediaKind(d.get("kind", "photo"))
        except ValueError:
            kind = MediaKind.OTHER
        return cls(
            str(d.get("label", "")),
            kind,
            bool(d.get("identifiable_people")),
            d.get("portrait_consent"),
            bool(d.get("third_party_work")),
            d.get("permission"),
            bool(d.get("personal_info_visible")),
        )


@dataclass(frozen=True)
class PostDraft:
    account_id: int
    text: str
    links: Sequence[str] = ()
    media: Sequence[MediaEntry] = ()
    claimed_scope_id: int | None = None
    evidence: str = ""


@dataclass(frozen=True)
class VersionInfo:
    number: int
    account_id: int
    text: str
    links: tuple[str, ...]
    media: tuple[MediaEntry, ...]
    claimed_scope_id: int | None
    evidence: str
    findings: tuple[Finding, ...]
    self_check: bool
    routing_decision: RoutingDecision | None
    routing_reasons: tuple[str, ...]
    submitted_at: str | None
    created_by: str
    created_at: str


@dataclass(frozen=True)
class PostSummary:
    id: int
    account_id: int
    account_name: str
    platform: Platform
    author_uid: str
    author_name: str
    status: PostStatus
    version_no: int
    excerpt: str
    high: int
    medium: int
    scope_used_id: int | None
    queued_at: datetime | None
    published_url: str | None
    published_at: datetime | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class ReviewInfo:
    version_no: int
    reviewer_uid: str
    reviewer_name: str
    decision: str
    reason: str
    checklist: Mapping[str, bool]
    created_at: str


@dataclass(frozen=True)
class CorrectionInfo:
    id: int
    text: str
    created_by: str
    created_by_name: str
    created_at: str


@dataclass(frozen=True)
class PostDetail:
    post: PostSummary
    version: VersionInfo
    reviewed_version_no: int | None
    reviews: tuple[ReviewInfo, ...] = ()
    corrections: tuple[CorrectionInfo, ...] = ()

    @property
    def id(self) -> int:
        return self.post.id

    @property
    def status(self) -> PostStatus:
        return self.post.status


@dataclass(frozen=True)
class SubmitResult:
    post: PostDetail
    routing: Routing


class IncidentKind(enum.Enum):
    FLAMING = "flaming"
    IMPERSONATION = "impersonation"
    FALSE_POST = "false_post"

    @property
    def label(self) -> str:
        return _INCIDENT_LABELS[self]


_INCIDENT_LABELS = {
    IncidentKind.FLAMING: QT_TRANSLATE_NOOP("Posts", "Flaming (a flood of criticism)"),
    IncidentKind.IMPERSONATION: QT_TRANSLATE_NOOP("Posts", "Impersonation"),
    IncidentKind.FALSE_POST: QT_TRANSLATE_NOOP("Posts", "False post about the office"),
}


class IncidentStatus(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            IncidentStatus.OPEN: QT_TRANSLATE_NOOP("Posts", "Open"),
            IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Posts", "Closed"),
        }[self]


@dataclass(frozen=True)
class IncidentInput:
    kind: IncidentKind | str
    description: str = ""
    account_id: int | None = None
    post_id: int | None = None
    platform_ref: str = ""
    takedown_requested_on: date | None = None
    actions: str = ""
    outcome: str = ""
    status: IncidentStatus | str = IncidentStatus.OPEN


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    kind: IncidentKind
    account_id: int | None
    account_name: str
    post_id: int | None
    platform_ref: str
    description: str
    takedown_requested_on: date | None
    actions: str
    outcome: str
    status: IncidentStatus
    created_by_name: str
    created_at: str
    updated_at: str


# --------------------------------------------------------------------------- helpers


def local_today(session: Session) -> date:
    """The office's calendar day, for scope validity."""
    return office_time.office_date(session.now())


def _local_day(iso: str) -> date:
    return office_time.office_date(datetime.fromisoformat(iso))


def _dt(iso: str | None) -> datetime | None:
    return None if not iso else datetime.fromisoformat(iso)


def _names() -> dict[str, str]:
    return {u.uid: u.display_name for u in repo.list_users()}


def _audit_denied(session: Session, action: str, target: str, why: str) -> None:
    with repo.atomic():
        session.audit(action, target=target, result="denied", reason=why)


def _require_own_or(
    session: Session, author_uid: str, action: Action, audit_action: str, target: str
) -> None:
    """The author may act on their post; otherwise only a role with ``action`` (denials audited)."""
    if author_uid == session.user.uid or session.can(action):
        return
    _audit_denied(session, audit_action, target, "not_author")
    raise PermissionDenied()


def _post_row(post_id: int) -> posts_repo.PostRow:
    try:
        row = posts_repo.get_post(int(post_id))
    except (TypeError, ValueError):
        row = None
    if row is None:
        raise NotFound()
    return row


def _account_info(row: posts_repo.AccountRow) -> AccountInfo:
    try:
        platform = Platform(row.platform)
    except ValueError:
        platform = Platform.HOMEPAGE
    return AccountInfo(row.id, platform, row.name, row.url, row.active)


def _scope_info(row: posts_repo.ScopeRow) -> ScopeInfo:
    return ScopeInfo(
        row.id,
        ScopeKind(row.kind),
        frozenset(row.account_ids),
        frozenset(row.user_uids),
        frozenset(row.roles),
        date.fromisoformat(row.valid_from) if row.valid_from else None,
        date.fromisoformat(row.valid_to) if row.valid_to else None,
        row.conditions,
        row.evidence_required,
        row.revoked,
        row.revoked_at,
        row.created_at,
    )


def finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "category": f.category.value,
        "severity": f.severity.key,
        "start": f.start,
        "end": f.end,
        "rule": f.rule,
        "message": f.message,
        "params": list(f.params),
        "where": f.where.value,
        "item": f.item,
    }


def finding_from_json(d: Mapping[str, Any], text: str, links: Sequence[str]) -> Finding | None:
    try:
        category = Category(d["category"])
        severity = Severity.from_key(d["severity"])
        where = Where(d.get("where", "text"))
        start, end = int(d["start"]), int(d["end"])
    except (KeyError, ValueError, TypeError):
        return None
    item = d.get("item")
    if where is Where.TEXT:
        matched = text[start:end]
    elif where is Where.LINK and isinstance(item, int) and 0 <= item < len(links):
        matched = links[item]
    else:
        matched = ""
    return Finding(
        category,
        severity,
        start,
        end,
        matched,
        str(d.get("rule", "")),
        str(d.get("message", "")),
        tuple(str(p) for p in d.get("params", ())),
        where,
        item,
    )


def _version_info(v: posts_repo.VersionRow) -> VersionInfo:
    findings = tuple(f for f in (finding_from_json(d, v.text, v.links) for d in v.findings) if f is not None)
    decision = None
    reasons: tuple[str, ...] = ()
    if v.routing:
        with contextlib.suppress(ValueError, KeyError):
            decision = RoutingDecision(v.routing["decision"])
        reasons = tuple(str(r) for r in v.routing.get("reasons", ()))
    return VersionInfo(
        v.number,
        v.account_id,
        v.text,
        v.links,
        tuple(MediaEntry.from_json(m) for m in v.media),
        v.claimed_scope_id,
        v.evidence,
        findings,
        v.self_check,
        decision,
        reasons,
        v.submitted_at,
        v.created_by,
        v.created_at,
    )


def _excerpt(text: str, n: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= n else line[: n - 1] + "…"


def _summary(
    row: posts_repo.PostRow,
    version: posts_repo.VersionRow,
    accounts: Mapping[int, AccountInfo],
    names: Mapping[str, str],
) -> PostSummary:
    account = accounts.get(row.account_id)
    high = sum(1 for f in version.findings if f.get("severity") == "high")
    medium = sum(1 for f in version.findings if f.get("severity") == "medium")
    return PostSummary(
        row.id,
        row.account_id,
        account.name if account else "",
        account.platform if account else Platform.HOMEPAGE,
        row.author_uid,
        names.get(row.author_uid, ""),
        PostStatus(row.status),
        row.version_no,
        _excerpt(version.text),
        high,
        medium,
        row.scope_used_id,
        _dt(row.queued_at),
        row.published_url,
        _dt(row.published_at),
        row.created_at,
        row.updated_at,
    )


def _accounts_by_id() -> dict[int, AccountInfo]:
    return {a.id: _account_info(a) for a in posts_repo.list_accounts()}


def _detail(row: posts_repo.PostRow) -> PostDetail:
    version = posts_repo.get_version(row.id, row.version_no)
    assert version is not None
    names = _names()
    summary = _summary(row, version, _accounts_by_id(), names)
    reviews = tuple(
        ReviewInfo(
            r.version_no,
            r.reviewer_uid,
            names.get(r.reviewer_uid, ""),
            r.decision,
            r.reason,
            r.checklist,
            r.created_at,
        )
        for r in posts_repo.list_reviews(row.id)
    )
    corrections = tuple(
        CorrectionInfo(c.id, c.text, c.created_by, names.get(c.created_by, ""), c.created_at)
        for c in posts_repo.list_corrections(row.id)
    )
    return PostDetail(summary, _version_info(version), row.reviewed_version_no, reviews, corrections)


# --------------------------------------------------------------------------- screening


@dataclass(frozen=True)
class Screener:
    """Everything screening needs, loaded once; :meth:`findings` is pure (the UI calls it live)."""

    word_lists: WordLists
    own_domains: tuple[str, ...]
    public_contacts: tuple[str, ...] = field(default=())

    def findings(
        self, platform: Platform, text: str, links: Sequence[str] = (), media: Sequence[MediaEntry] = ()
    ) -> list[Finding]:
        found = screen(
            text,
            [link for link in links if link and link.strip()],
            self.word_lists,
            own_domains=self.own_domains,
            public_contacts=self.public_contacts,
        )
        too_long = length_finding(platform, text)
        if too_long is not None:
            found.append(too_long)
        found.extend(media_findings([m.item for m in media]))
        found.sort(key=Finding.sort_key)
        return found


def own_domains() -> tuple[str, ...]:
    """The office's own web domains: the hosts of its homepage accounts."""
    hosts = []
    for a in posts_repo.list_accounts(include_inactive=False):
        if a.platform == Platform.HOMEPAGE.value:
            host = host_of(a.url)
            if host and host not in hosts:
                hosts.append(host.removeprefix("www."))
    return tuple(hosts)


def get_screener(session: Session) -> Screener:
    session.require(Action.POST_COMPOSE)
    contacts = repo.get_setting(PUBLIC_CONTACTS_KEY, [])
    return Screener(
        wordlists.effective_word_lists(session),
        own_domains(),
        tuple(str(c) for c in contacts if isinstance(c, str)),
    )


def public_contacts(session: Session) -> tuple[str, ...]:
    session.require(Action.POST_COMPOSE)
    return tuple(str(c) for c in repo.get_setting(PUBLIC_CONTACTS_KEY, []))


def set_public_contacts(session: Session, contacts: Iterable[str]) -> None:
    """Set the office's own published phone numbers, e-mail and postal addresses (never flagged)."""
    session.require(Action.ACCOUNTS_MANAGE, "public-contacts")
    cleaned = []
    for c in contacts:
        c = c.strip()
        if c and c not in cleaned:
            if len(c) > MAX_LABEL:
                raise _err(
                    QT_TRANSLATE_NOOP("Posts", "A contact detail may be at most %1 characters long."),
                    MAX_LABEL,
                )
            cleaned.append(c)
    with repo.atomic():
        repo.set_setting(PUBLIC_CONTACTS_KEY, cleaned)
        session.audit("account.change", target="public-contacts", count=len(cleaned))


# --------------------------------------------------------------------------- accounts


def list_accounts(session: Session, *, include_inactive: bool = False) -> list[AccountInfo]:
    session.require(Action.POST_COMPOSE)
    return [_account_info(a) for a in posts_repo.list_accounts(include_inactive)]


def _check_account_fields(platform: Platform | str, name: str, url: str) -> tuple[Platform, str, str]:
    try:
        platform = Platform(platform)
    except ValueError:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose the platform of the account.")) from None
    name = " ".join(name.split())
    if not name or len(name) > MAX_LABEL:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Enter the account name (at most %1 characters)."), MAX_LABEL)
    url = url.strip()
    if url and not _is_web_address(url, need_scheme=True):
        raise _err(
            QT_TRANSLATE_NOOP("Posts", "Enter the address of the account as https://…, or leave it empty.")
        )
    return platform, name, url


def create_account(session: Session, *, platform: Platform | str, name: str, url: str = "") -> AccountInfo:
    session.require(Action.ACCOUNTS_MANAGE)
    platform, name, url = _check_account_fields(platform, name, url)
    with repo.atomic():
        row = posts_repo.insert_account(
            platform=platform.value, name=name, url=url, created_at=session.now().isoformat()
        )
        session.audit("account.create", target=str(row.id), platform=platform.value)
    return _account_info(row)


def change_account(
    session: Session,
    account_id: int,
    *,
    platform: Platform | str,
    name: str,
    url: str = "",
    active: bool = True,
) -> AccountInfo:
    session.require(Action.ACCOUNTS_MANAGE, str(account_id))
    old = posts_repo.get_account(int(account_id))
    if old is None:
        raise NotFound()
    platform, name, url = _check_account_fields(platform, name, url)
    changed = sorted(
        k
        for k, a, b in (
            ("platform", old.platform, platform.value),
            ("name", old.name, name),
            ("url", old.url, url),
            ("active", old.active, bool(active)),
        )
        if a != b
    )
    if changed:
        with repo.atomic():
            posts_repo.update_account(
                old.id, platform=platform.value, name=name, url=url, active=bool(active)
            )
            session.audit("account.change", target=str(old.id), fields=changed)
    row = posts_repo.get_account(old.id)
    assert row is not None
    return _account_info(row)


# --------------------------------------------------------------------------- scopes


def list_scopes(session: Session) -> list[ScopeInfo]:
    """All scopes (managers see and manage them; staff see them to claim one)."""
    session.require(Action.POST_COMPOSE)
    return [_scope_info(s) for s in posts_repo.list_scopes()]


def scopes_for_me(session: Session, account_id: int | None = None) -> list[ScopeInfo]:
    """Scopes the current user may claim today (granted, not revoked, valid, covering the account)."""
    today = local_today(session)
    return [
        s
        for s in list_scopes(session)
        if s.granted_to(session.user)
        and s.valid_on(today)
        and (account_id is None or account_id in s.account_ids)
    ]


@dataclass(frozen=True)
class StaffMember:
    uid: str
    display_name: str
    role: Role


def grantable_users(session: Session) -> list[StaffMember]:
    """Active staff a scope may be granted to (for the managers' scope form)."""
    session.require(Action.SCOPES_MANAGE)
    return [StaffMember(u.uid, u.display_name, Role(u.role)) for u in repo.list_users(include_inactive=False)]


def _validated_scope(data: ScopeInput) -> dict[str, Any]:
    try:
        kind = ScopeKind(data.kind)
    except ValueError:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose the kind of scope (a, b, c or d).")) from None
    accounts = sorted({int(a) for a in data.account_ids})
    if not accounts:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose at least one account the scope covers."))
    known = {a.id for a in posts_repo.list_accounts()}
    if any(a not in known for a in accounts):
        raise NotFound()
    users = sorted({u for u in data.user_uids if u})
    for uid in users:
        row = repo.user_by_uid(uid)
        if row is None or not row.active:
            raise _err(QT_TRANSLATE_NOOP("Posts", "A scope can only be granted to active users."))
    roles = sorted({r for r in data.roles if r})
    for r in roles:
        try:
            Role(r)
        except ValueError:
            raise _err(QT_TRANSLATE_NOOP("Posts", "Unknown role.")) from None
    if not users and not roles:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Grant the scope to at least one user or role."))
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        raise _err(QT_TRANSLATE_NOOP("Posts", "The scope cannot end before it starts."))
    conditions = data.conditions.strip()
    evidence = data.evidence_required.strip()
    if len(conditions) > MAX_NOTE or len(evidence) > MAX_EVIDENCE:
        raise _err(QT_TRANSLATE_NOOP("Posts", "The conditions or the evidence text are too long."))
    return {
        "kind": kind.value,
        "account_ids": accounts,
        "user_uids": users,
        "roles": roles,
        "valid_from": data.valid_from.isoformat() if data.valid_from else None,
        "valid_to": data.valid_to.isoformat() if data.valid_to else None,
        "conditions": conditions,
        "evidence_required": evidence,
    }


def grant_scope(session: Session, data: ScopeInput) -> ScopeInfo:
    session.require(Action.SCOPES_MANAGE)
    fields = _validated_scope(data)
    now = session.now().isoformat()
    with repo.atomic():
        row = posts_repo.insert_scope(**fields, created_by=session.user.uid, created_at=now)
        session.audit(
            "scope.grant",
            target=str(row.id),
            kind=row.kind,
            accounts=list(row.account_ids),
            users=list(row.user_uids),
            roles=list(row.roles),
            valid_from=row.valid_from,
            valid_to=row.valid_to,
        )
    return _scope_info(row)


def change_scope(session: Session, scope_id: int, data: ScopeInput) -> ScopeInfo:
    session.require(Action.SCOPES_MANAGE, str(scope_id))
    old = posts_repo.get_scope(int(scope_id))
    if old is None:
        raise NotFound()
    if old.revoked:
        raise _err(QT_TRANSLATE_NOOP("Posts", "A revoked scope cannot be changed. Grant a new one."))
    fields = _validated_scope(data)
    before = {
        "kind": old.kind,
        "account_ids": list(old.account_ids),
        "user_uids": list(old.user_uids),
        "roles": list(old.roles),
        "valid_from": old.valid_from,
        "valid_to": old.valid_to,
        "conditions": old.conditions,
        "evidence_required": old.evidence_required,
    }
    changed = sorted(k for k in fields if fields[k] != before[k])
    if changed:
        with repo.atomic():
            posts_repo.update_scope(
                old.id,
                account_ids=fields["account_ids"],
                user_uids=fields["user_uids"],
                roles=fields["roles"],
                kind=fields["kind"],
                valid_from=fields["valid_from"],
                valid_to=fields["valid_to"],
                conditions=fields["conditions"],
                evidence_required=fields["evidence_required"],
                updated_at=session.now().isoformat(),
            )
            session.audit(
                "scope.change",
                target=str(old.id),
                fields=changed,
                accounts=fields["account_ids"],
                users=fields["user_uids"],
                roles=fields["roles"],
                valid_from=fields["valid_from"],
                valid_to=fields["valid_to"],
            )
    row = posts_repo.get_scope(old.id)
    assert row is not None
    return _scope_info(row)


def revoke_scope(session: Session, scope_id: int) -> ScopeInfo:
    session.require(Action.SCOPES_MANAGE, str(scope_id))
    old = posts_repo.get_scope(int(scope_id))
    if old is None:
        raise NotFound()
    if not old.revoked:
        now = session.now().isoformat()
        with repo.atomic():
            posts_repo.update_scope(old.id, revoked=True, revoked_at=now, updated_at=now)
            session.audit("scope.revoke", target=str(old.id))
    row = posts_repo.get_scope(old.id)
    assert row is not None
    return _scope_info(row)


# --------------------------------------------------------------------------- drafting


def _is_web_address(value: str, *, need_scheme: bool) -> bool:
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


@dataclass(frozen=True)
class _Clean:
    account: posts_repo.AccountRow
    text: str
    links: tuple[str, ...]
    media: tuple[MediaEntry, ...]
    claimed_scope_id: int | None
    evidence: str


def _clean_draft(draft: PostDraft) -> _Clean:
    account = posts_repo.get_account(int(draft.account_id)) if draft.account_id is not None else None
    if account is None or not account.active:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose the account to post on."))
    text = draft.text or ""
    if not text.strip():
        raise _err(QT_TRANSLATE_NOOP("Posts", "The post is empty. Write the text of the post."))
    if len(text) > MAX_TEXT:
        raise _err(
            QT_TRANSLATE_NOOP("Posts", "The text is too long to keep (at most %1 characters)."), MAX_TEXT
        )
    if "\0" in text:
        text = text.replace("\0", "")
    links = tuple(link.strip() for link in draft.links if link and link.strip())
    if len(links) > MAX_LINKS:
        raise _err(QT_TRANSLATE_NOOP("Posts", "A post may carry at most %1 links."), MAX_LINKS)
    for i, link in enumerate(links, start=1):
        if len(link) > MAX_LINK_CHARS or not _is_web_address(link, need_scheme=False):
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Posts", "Link %1 is not a web address. Enter it as https://… (one address per line)."
                ),
                i,
            )
    media = tuple(draft.media)
    if len(media) > MAX_MEDIA:
        raise _err(QT_TRANSLATE_NOOP("Posts", "A post may list at most %1 photos or videos."), MAX_MEDIA)
    for i, m in enumerate(media, start=1):
        if not m.label.strip() or len(m.label) > MAX_LABEL:
            raise _err(
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
    if scope_id is not None and posts_repo.get_scope(int(scope_id)) is None:
        raise NotFound()
    evidence = (draft.evidence or "").strip()
    if len(evidence) > MAX_EVIDENCE:
        raise _err(
            QT_TRANSLATE_NOOP("Posts", "The evidence may be at most %1 characters long."), MAX_EVIDENCE
        )
    return _Clean(account, text, links, media, None if scope_id is None else int(scope_id), evidence)


def _same_content(v: posts_repo.VersionRow, c: _Clean) -> bool:
    return (
        v.text == c.text
        and v.links == c.links
        and tuple(MediaEntry.from_json(m) for m in v.media) == c.media
        and v.claimed_scope_id == c.claimed_scope_id
        and v.evidence == c.evidence
        and v.account_id == c.account.id
    )


def create_draft(session: Session, draft: PostDraft) -> PostDetail:
    """Save a new post as a draft (version 1). Any staff member may draft."""
    session.require(Action.POST_COMPOSE)
    clean = _clean_draft(draft)
    screener = get_screener(session)
    findings = screener.findings(Platform(clean.account.platform), clean.text, clean.links, clean.media)
    now = session.now().isoformat()
    with repo.atomic():
        row = posts_repo.insert_post(
            account_id=clean.account.id,
            author_uid=session.user.uid,
            status=PostStatus.DRAFT.value,
            created_at=now,
        )
        posts_repo.insert_version(
            post_id=row.id,
            number=1,
            account_id=clean.account.id,
            text=clean.text,
            links=clean.links,
            media=[m.to_json() for m in clean.media],
            claimed_scope_id=clean.claimed_scope_id,
            evidence=clean.evidence,
            findings=[finding_to_json(f) for f in findings],
            created_by=session.user.uid,
            created_at=now,
        )
        posts_repo.update_post(row.id, version_no=1)
        session.audit(
            "post.edit",
            target=str(row.id),
            version=1,
            status=PostStatus.DRAFT.value,
            account=clean.account.id,
            findings=len(findings),
        )
    return get_post(session, row.id)


def edit_post(
    session: Session, post_id: int, draft: PostDraft, *, self_check_confirmed: bool = False
) -> PostDetail:
    """Save a new version. A post waiting for review or already approved goes (back) to review.

    Only the author edits a post. Leaving a draft: no self-check needed; any other post
    needs the guideline self-check confirmed again, because it goes straight to a reviewer.
    """
    session.require(Action.POST_COMPOSE, str(post_id))
    row = _post_row(post_id)
    if row.author_uid != session.user.uid:
        _audit_denied(session, "post.edit", str(row.id), "not_author")
        raise _err(QT_TRANSLATE_NOOP("Posts", "Only the author can change a post."))
    status = PostStatus(row.status)
    new_status = status_after_edit(status)
    if new_status is None:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Posts",
                "This post can no longer be changed. A published post is corrected with a correction "
                "note; a rejected post stays as it is.",
            )
        )
    clean = _clean_draft(draft)
    current = posts_repo.get_version(row.id, row.version_no)
    assert current is not None
    if _same_content(current, clean):
        return get_post(session, row.id)
    back_to_review = new_status is PostStatus.IN_REVIEW
    if back_to_review and not self_check_confirmed:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Posts", "Confirm the guideline's self-check: the changed post goes to a reviewer again."
            )
        )
    screener = get_screener(session)
    findings = screener.findings(Platform(clean.account.platform), clean.text, clean.links, clean.media)
    number = row.version_no + 1
    now = session.now().isoformat()
    with repo.atomic():
        version = posts_repo.insert_version(
            post_id=row.id,
            number=number,
            account_id=clean.account.id,
            text=clean.text,
            links=clean.links,
            media=[m.to_json() for m in clean.media],
            claimed_scope_id=clean.claimed_scope_id,
            evidence=clean.evidence,
            findings=[finding_to_json(f) for f in findings],
            created_by=session.user.uid,
            created_at=now,
        )
        fields: dict[str, Any] = {
            "version_no": number,
            "account": clean.account.id,
            "status": new_status.value,
            "updated_at": now,
        }
        if back_to_review:
            reason = REASON_EDITED_IN_REVIEW if status.waiting_for_review else REASON_EDITED_AFTER_APPROVAL
            posts_repo.mark_submitted(
                version.id,
                findings=[finding_to_json(f) for f in findings],
                routing={
                    "decision": RoutingDecision.NEEDS_REVIEW.value,
                    "scope_id": None,
                    "reasons": [reason],
                },
                submitted_at=now,
            )
            fields["scope_used"] = None
            if not status.waiting_for_review:
                fields["queued_at"] = now
        posts_repo.update_post(row.id, **fields)
        session.audit(
            "post.edit",
            target=str(row.id),
            version=number,
            status=new_status.value,
            previous_status=status.value,
            back_to_review=back_to_review and not status.waiting_for_review,
            findings=len(findings),
        )
    return get_post(session, row.id)


def _scope_for(version: posts_repo.VersionRow) -> ScopeInfo | None:
    if version.claimed_scope_id is None:
        return None
    row = posts_repo.get_scope(version.claimed_scope_id)
    return None if row is None else _scope_info(row)


def routing_for(
    session: Session, row: posts_repo.PostRow, version: posts_repo.VersionRow, findings: Sequence[Finding]
) -> Routing:
    """Route one version now (P1/P2; domain :func:`route`)."""
    scope = _scope_for(version)
    author = repo.user_by_uid(row.author_uid)
    facts = PostFacts(
        author_id=row.author_uid,
        author_role=author.role if author else "",
        account_id=row.account_id,
        claimed_scope_id=version.claimed_scope_id,
        evidence=version.evidence,
        created=_local_day(version.created_at),
    )
    return route(facts, scope.domain if scope else None, findings, own_domains(), local_today(session))


def submit(session: Session, post_id: int, *, self_check_confirmed: bool) -> SubmitResult:
    """Screen and route a draft: approved within a scope, or into the review queue (one audit entry)."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = _post_row(post_id)
    if row.author_uid != session.user.uid:
        _audit_denied(session, "post.submit", str(row.id), "not_author")
        raise _err(QT_TRANSLATE_NOOP("Posts", "Only the author can submit a post."))
    status = PostStatus(row.status)
    if not status.may_submit:
        raise _err(
            QT_TRANSLATE_NOOP("Posts", "Only a draft, or a post with requested changes, can be submitted.")
        )
    if not self_check_confirmed:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Confirm the guideline's self-check before submitting."))
    account = posts_repo.get_account(row.account_id)
    if account is None or not account.active:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose the account to post on."))
    version = posts_repo.get_version(row.id, row.version_no)
    assert version is not None
    media = [MediaEntry.from_json(m) for m in version.media]
    findings = get_screener(session).findings(Platform(account.platform), version.text, version.links, media)
    routing = routing_for(session, row, version, findings)
    now = session.now().isoformat()
    snapshot = [finding_to_json(f) for f in findings]
    routing_json = {
        "decision": routing.decision.value,
        "scope_id": routing.scope_id,
        "reasons": list(routing.reasons),
    }
    high = sum(1 for f in findings if f.severity is Severity.HIGH)
    with repo.atomic():
        posts_repo.mark_submitted(version.id, findings=snapshot, routing=routing_json, submitted_at=now)
        if routing.auto_approved:
            posts_repo.update_post(
                row.id,
                status=PostStatus.APPROVED_IN_SCOPE.value,
                scope_used=routing.scope_id,
                queued_at=None,
                updated_at=now,
            )
            session.audit(
                "post.auto_approve",
                target=str(row.id),
                version=version.number,
                scope=routing.scope_id,
                findings=len(findings),
            )
        else:
            posts_repo.update_post(
                row.id, status=PostStatus.IN_REVIEW.value, scope_used=None, queued_at=now, updated_at=now
            )
            session.audit(
                "post.submit",
                target=str(row.id),
                version=version.number,
                claimed_scope=version.claimed_scope_id,
                findings=len(findings),
                high=high,
                reasons=len(routing.reasons),
            )
    return SubmitResult(get_post(session, row.id), routing)


def get_post(session: Session, post_id: int) -> PostDetail:
    """One post with its current version, reviews and corrections (its author, or a reviewer)."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = _post_row(post_id)
    _require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.view", str(row.id))
    return _detail(row)


def get_version(session: Session, post_id: int, number: int) -> VersionInfo:
    session.require(Action.POST_COMPOSE, str(post_id))
    row = _post_row(post_id)
    _require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.view", str(row.id))
    v = posts_repo.get_version(row.id, int(number))
    if v is None:
        raise NotFound()
    return _version_info(v)


def list_my_posts(session: Session, *, before_id: int | None = None, limit: int = 100) -> list[PostSummary]:
    """The current user's posts, newest first (keyset pagination: pass the last id as ``before_id``)."""
    session.require(Action.POST_COMPOSE)
    rows = posts_repo.list_posts_by_author(
        session.user.uid, before_id=before_id, limit=max(1, min(limit, 500))
    )
    return _summaries(rows)


def list_posts(
    session: Session,
    *,
    statuses: Sequence[PostStatus] | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> list[PostSummary]:
    """All posts (reviewers), newest first, optionally by status."""
    session.require(Action.POST_REVIEW)
    rows = posts_repo.list_posts(
        statuses=None if statuses is None else [s.value for s in statuses],
        before_id=before_id,
        limit=max(1, min(limit, 500)),
    )
    return _summaries(rows)


def _summaries(rows: Sequence[tuple[posts_repo.PostRow, posts_repo.VersionRow]]) -> list[PostSummary]:
    accounts, names = _accounts_by_id(), _names()
    return [_summary(r, v, accounts, names) for r, v in rows]


# --------------------------------------------------------------------------- publication, corrections (P6)


def record_publication(
    session: Session, post_id: int, *, url: str, published_at: datetime | None = None
) -> PostDetail:
    """The author (or a reviewer) records where and when an approved post was published."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = _post_row(post_id)
    _require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.publish", str(row.id))
    if not PostStatus(row.status).may_publish:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Only an approved post can be recorded as published."))
    url = (url or "").strip()
    if len(url) > MAX_LINK_CHARS or not _is_web_address(url, need_scheme=True):
        raise _err(QT_TRANSLATE_NOOP("Posts", "Enter the address of the published post as https://…"))
    now = session.now()
    when = published_at or now
    if when.tzinfo is None:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Enter the time of publication."))
    if when > now + timedelta(minutes=5):
        raise _err(QT_TRANSLATE_NOOP("Posts", "The time of publication cannot be in the future."))
    with repo.atomic():
        posts_repo.update_post(
            row.id,
            status=PostStatus.PUBLISHED.value,
            published_url=url,
            published_at=when.isoformat(),
            updated_at=now.isoformat(),
        )
        session.audit("post.publish", target=str(row.id), version=row.version_no)
    return get_post(session, row.id)


def add_correction(session: Session, post_id: int, text: str) -> PostDetail:
    """A mistake in a published post is corrected, never deleted (P6); the note is kept with the post."""
    session.require(Action.POST_COMPOSE, str(post_id))
    row = _post_row(post_id)
    _require_own_or(session, row.author_uid, Action.POST_REVIEW, "post.correct", str(row.id))
    if PostStatus(row.status) is not PostStatus.PUBLISHED:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Corrections are recorded for published posts."))
    text = (text or "").strip()
    if not text:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Write what was wrong and how it was corrected."))
    if len(text) > MAX_NOTE:
        raise _err(QT_TRANSLATE_NOOP("Posts", "The text may be at most %1 characters long."), MAX_NOTE)
    with repo.atomic():
        c = posts_repo.insert_correction(
            post_id=row.id, text=text, created_by=session.user.uid, created_at=session.now().isoformat()
        )
        session.audit("post.correct", target=str(row.id), correction=c.id)
    return get_post(session, row.id)


# --------------------------------------------------------------------------- incidents (P6)


def _incident_info(
    row: posts_repo.IncidentRow, accounts: Mapping[int, AccountInfo], names: Mapping[str, str]
) -> IncidentInfo:
    account = accounts.get(row.account_id) if row.account_id is not None else None
    return IncidentInfo(
        row.id,
        IncidentKind(row.kind),
        row.account_id,
        account.name if account else "",
        row.post_id,
        row.platform_ref,
        row.description,
        date.fromisoformat(row.takedown_requested_on) if row.takedown_requested_on else None,
        row.actions,
        row.outcome,
        IncidentStatus(row.status),
        names.get(row.created_by, ""),
        row.created_at,
        row.updated_at,
    )


def _validated_incident(data: IncidentInput) -> dict[str, Any]:
    try:
        kind = IncidentKind(data.kind)
    except ValueError:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose the kind of incident.")) from None
    try:
        status = IncidentStatus(data.status)
    except ValueError:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Choose the status of the incident.")) from None
    description = data.description.strip()
    if not description:
        raise _err(QT_TRANSLATE_NOOP("Posts", "Describe what happened."))
    if data.account_id is not None and posts_repo.get_account(int(data.account_id)) is None:
        raise NotFound()
    if data.post_id is not None and posts_repo.get_post(int(data.post_id)) is None:
        raise NotFound()
    ref = data.platform_ref.strip()
    if len(ref) > MAX_LINK_CHARS:
        raise _err(
            QT_TRANSLATE_NOOP("Posts", "The platform reference may be at most %1 characters long."),
            MAX_LINK_CHARS,
        )
    texts = (description, data.actions.strip(), data.outcome.strip())
    if any(len(t) > MAX_NOTE for t in texts):
        raise _err(QT_TRANSLATE_NOOP("Posts", "The text may be at most %1 characters long."), MAX_NOTE)
    return {
        "kind": kind.value,
        "status": status.value,
        "description": description,
        "account": data.account_id,
        "post": data.post_id,
        "platform_ref": ref,
        "takedown_requested_on": data.takedown_requested_on.isoformat()
        if data.takedown_requested_on
        else None,
        "actions": texts[1],
        "outcome": texts[2],
    }


def record_incident(session: Session, data: IncidentInput) -> IncidentInfo:
    """Record flaming, impersonation or a false post about the office, with the actions taken (P6)."""
    session.require(Action.POST_COMPOSE)
    fields = _validated_incident(data)
    now = session.now().isoformat()
    with repo.atomic():
        row = posts_repo.insert_incident(
            **fields, created_by=session.user.uid, created_at=now, updated_at=now
        )
        session.audit(
            "incident.record",
            target=str(row.id),
            kind=row.kind,
            status=row.status,
            account=row.account_id,
            post=row.post_id,
        )
    return _incident_info(row, _accounts_by_id(), _names())


def update_incident(session: Session, incident_id: int, data: IncidentInput) -> IncidentInfo:
    session.require(Action.POST_REVIEW, str(incident_id))
    old = posts_repo.get_incident(int(incident_id))
    if old is None:
        raise NotFound()
    fields = _validated_incident(data)
    before = {
        "kind": old.kind,
        "status": old.status,
        "description": old.description,
        "account": old.account_id,
        "post": old.post_id,
        "platform_ref": old.platform_ref,
        "takedown_requested_on": old.takedown_requested_on,
        "actions": old.actions,
        "outcome": old.outcome,
    }
    changed = sorted(k for k in fields if fields[k] != before[k])
    if changed:
        with repo.atomic():
            posts_repo.update_incident(old.id, **fields, updated_at=session.now().isoformat())
            session.audit("incident.update", target=str(old.id), fields=changed, status=fields["status"])
    row = posts_repo.get_incident(old.id)
    assert row is not None
    return _incident_info(row, _accounts_by_id(), _names())


def list_incidents(session: Session, *, before_id: int | None = None, limit: int = 200) -> list[IncidentInfo]:
    session.require(Action.POST_REVIEW)
    accounts, names = _accounts_by_id(), _names()
    return [
        _incident_info(r, accounts, names)
        for r in posts_repo.list_incidents(before_id=before_id, limit=max(1, min(limit, 500)))
    ]


# --------------------------------------------------------------------------- demo data


def _as(session: Session, username: str, clock: Callable[[], datetime]) -> Session:
    """A session of another demo user on the same open office (demo seeding only; never logged out)."""
    row = repo.user_by_username(username)
    if row is None:
        raise NotFound()
    user = CurrentUser(row.uid, row.username, row.display_name, Role(row.role), False)
    return Session(session.office, user, clock=clock, kdf=session.kdf, wall=session.wall)


def populate_demo(session: Session) -> None:
    """Demo accounts, scopes, posts in every state, a correction and an incident (fictitious).

    Needs the demo users "advisor" and "manager" (see ``desktop.app.create_demo_office``).
    """
    from desktop.services.demo import require_demo

    require_demo(session)
    from desktop.services import review  # noqa: PLC0415 - review imports this module

    real_now = session.now()

    def at(hours_ago: float) -> Callable[[], datetime]:
        return lambda: real_now - timedelta(hours=hours_ago)

    manager = _as(session, "manager", at(200))
    advisor_row = repo.user_by_username("advisor")
    assert advisor_row is not None
    insta = create_account(
        manager,
        platform=Platform.INSTAGRAM,
        name="生活クラブ みどり支部",
        url="https://www.instagram.com/midori_coop_example",
    )
    x_acc = create_account(
        manager, platform=Platform.X, name="みどり支部 お知らせ", url="https://x.com/midori_coop_example"
    )
    home = create_account(
        manager, platform=Platform.HOMEPAGE, name="ホームページ ブログ", url="https://coop.example.jp/blog"
    )
    set_public_contacts(manager, ["048-000-1234", "info@coop.example.jp"])
    today = office_time.office_date(real_now)
    events = grant_scope(
        manager,
        ScopeInput(
            kind=ScopeKind.EVENT_FACTS,
            account_ids=[x_acc.id, insta.id],
            roles=[Role.ADVISOR.value],
            valid_from=today - timedelta(days=30),
            valid_to=today + timedelta(days=150),
            conditions="支部イベントの開催報告・参加人数・次回日程のみ。写真は顔が写らないもの。",
            evidence_required="イベント名と開催日",
        ),
    )
    published = grant_scope(
        manager,
        ScopeInput(
            kind=ScopeKind.PUBLISHED_CONTENT,
            account_ids=[x_acc.id, insta.id, home.id],
            user_uids=[advisor_row.uid],
            valid_from=today - timedelta(days=60),
            valid_to=today + timedelta(days=300),
            conditions="ホームページに掲載済みのお知らせを要約して紹介する場合",
            evidence_required="ホームページの該当ページのURL",
        ),
    )

    def draft_as(hours_ago: float, account: AccountInfo, text: str, **kw: Any) -> tuple[Session, PostDetail]:
        s = _as(session, "advisor", at(hours_ago))
        return s, create_draft(s, PostDraft(account.id, text, **kw))

    # 1. in scope (b): approved automatically, then published with a correction
    s, p = draft_as(
        150,
        x_acc,
        "本日の「親子で味噌づくり教室」は 24 組 52 名の参加で終了しました。ご参加ありがとうございました！"
        "次回は 3 月 8 日（土）です。",
        claimed_scope_id=events.id,
        evidence="親子で味噌づくり教室 2/15",
    )
    submit(s, p.id, self_check_confirmed=True)
    s = _as(session, "advisor", at(148))
    record_publication(
        s,
        p.id,
        url="https://x.com/midori_coop_example/status/1890000000000000001",
        published_at=real_now - timedelta(hours=148),
    )
    add_correction(
        _as(session, "advisor", at(120)),
        p.id,
        "参加人数を「52 名」と投稿しましたが、正しくは「54 名」でした。返信で訂正しました。",
    )
    # 2. in scope: approved automatically, not yet published
    s, p = draft_as(
        5,
        x_acc,
        "2 月の「産地交流会」は予定どおり 20 名で開催しました。報告は後日ホームページに掲載します。",
        claimed_scope_id=events.id,
        evidence="産地交流会 2/20",
    )
    submit(s, p.id, self_check_confirmed=True)
    # 3. waiting for review with findings (personal data, unpublished plan, outside link, photo), in scope (b)
    s, p = draft_as(
        27,
        insta,
        "新商品の試食会を開きました！参加の田中さん（090-1234-5678）から感想をいただきました。"
        "来年度の新店舗計画（未発表）もお楽しみに。詳しくは https://shop.example.com/campaign へ",
        media=[
            MediaEntry(
                "試食会_集合写真.jpg", MediaKind.PHOTO, identifiable_people=True, portrait_consent=None
            )
        ],
        claimed_scope_id=events.id,
        evidence="新商品試食会 2/18",
    )
    submit(s, p.id, self_check_confirmed=True)
    # 4. waiting for review: the scope claimed needs a page of the office's own site as evidence
    s, p = draft_as(
        3,
        home,
        "冬の食卓におすすめの鍋レシピを紹介します。白菜と豚肉を重ねて煮るだけの簡単レシピです。",
        claimed_scope_id=published.id,
        evidence="https://recipes.example.com/nabe/12",
    )
    submit(s, p.id, self_check_confirmed=True)
    # 5. changes requested by the manager
    s, p = draft_as(
        50,
        insta,
        "組合を代表して申し上げます。値上げについての公式見解です。価格改定はやむを得ないと考えています。",
    )
    submit(s, p.id, self_check_confirmed=True)
    review.decide(
        _as(session, "manager", at(30)),
        p.id,
        version_no=1,
        decision="request_changes",
        reason="公式見解の表明は理事会決定の文面を引用し、ホームページの掲載ページへのリンクを付けてください。",
    )
    # 6. a draft
    draft_as(1, x_acc, "来週の料理教室、まだ少し空きがあります。")
    # an incident: impersonation
    record_incident(
        _as(session, "manager", at(72)),
        IncidentInput(
            kind=IncidentKind.IMPERSONATION,
            account_id=insta.id,
            platform_ref="https://www.instagram.com/midori_coop_examp1e",
            description="当支部の名前とロゴを使った偽アカウントがキャンペーン当選の DM を送っている。",
            takedown_requested_on=today - timedelta(days=2),
            actions="Instagram に削除依頼（報告番号 1234567）。公式アカウントで注意喚起を投稿。"
            "本部組織部に報告。",
            outcome="",
            status=IncidentStatus.OPEN,
        ),
    )

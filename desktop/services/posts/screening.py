"""Posts: the screener of the office (word lists, own domains, public contacts, the morphological analyser)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.platforms import Platform, length_finding
from desktop.domain.roles import Action
from desktop.domain.scopes import (
    media_findings,
)
from desktop.domain.screening import Finding, WordLists, host_of, screen
from desktop.services import wordlists
from desktop.services.posts.views import (
    MAX_LABEL,
    PUBLIC_CONTACTS_KEY,
    MediaEntry,
    invalid,
)
from desktop.services.session import Session
from desktop.store import posts_repo, repo

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
                raise invalid(
                    QT_TRANSLATE_NOOP("Posts", "A contact detail may be at most %1 characters long."),
                    MAX_LABEL,
                )
            cleaned.append(c)
    with repo.atomic():
        repo.set_setting(PUBLIC_CONTACTS_KEY, cleaned)
        session.audit("account.change", target="public-contacts", count=len(cleaned))

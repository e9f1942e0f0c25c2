"""Shared set-up for the posts and review service tests: users, accounts, a scope, user switching."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.platforms import Platform
from desktop.domain.scopes import ScopeKind
from desktop.services import posts
from desktop.services import session as session_service
from desktop.store.audit import entries
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, FakeClock, add_user, login, make_office, on_server
from tests.pg import offices as pg_offices

PASSWORD = "blue whale orbit 42"
OWN_SITE = "https://coop.example.jp/news/2026/11/01"
# What an author writes at submission: why approval could not be obtained (000 §2-4(2), needed whenever
# a post would go out within a scope) and a self-check override (needed when a HIGH finding stands).
# Tests of those rules pass their own values; the others pass these, which the service drops when unneeded.
SUBMIT_NOTES: dict[str, str] = {
    "no_approval_reason": "approvers_absent",
    "no_approval_note": "課長が出張中で連絡がつかない",
    "override": "本人の同意を書面で得ています",
}


_TEMPLATES: dict[str, dict[str, object]] = {}  # per store (tests/conftest.py BACKENDS)
_SHARED = ("uids", "x", "insta", "home", "events", "published", "event_record", "page_record")


class Office:
    """One office, one open session at a time (the database is opened exclusively).

    The users, accounts and scopes are made once per test run in a template office; each test
    works on a copy of it (a fresh office at the run's start time is all the template assumes).
    """

    def __init__(self, admin: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
        self.data_dir = data_dir
        self.clock = clock
        if clock.now != CLOCK_START:
            self._build(admin, data_dir, clock)
            return
        admin.logout()
        template = _TEMPLATES.setdefault("postgres" if on_server() else "sqlcipher", {})
        if "folder" not in template:
            folder = Path(tempfile.mkdtemp(prefix="madoguchi-posts-template-")) / "office"
            first, _code = make_office(folder, FakeClock())
            template_clock = FakeClock()
            self._build(first, folder, template_clock)
            self.session.logout()
            template.update({name: getattr(self, name) for name in _SHARED}, folder=folder)
            if on_server():
                pg_offices.keep(folder)  # other tests copy its database
        shutil.rmtree(data_dir)
        if on_server():  # the template's server database is copied too
            pg_offices.copy_office(template["folder"], data_dir)  # type: ignore[arg-type]
        else:
            shutil.copytree(template["folder"], data_dir)  # type: ignore[arg-type]
        (data_dir / "office.lock").unlink(missing_ok=True)
        for name in _SHARED:
            value = template[name]
            setattr(self, name, dict(value) if isinstance(value, dict) else value)
        self.session = login(data_dir, "manager", PASSWORD, clock)

    def _build(self, admin: session_service.Session, data_dir: Path, clock: FakeClock) -> None:
        self.uids = {"admin": admin.user.uid}
        for name, role in (
            ("advisor", "advisor"),
            ("advisor2", "advisor"),
            ("manager", "manager"),
            ("manager2", "manager"),
        ):
            self.uids[name] = add_user(admin, name, role).uid
        admin.logout()
        self.session = login(data_dir, "manager", PASSWORD, clock)
        m = self.session
        self.x = posts.create_account(m, platform=Platform.X, name="X main", url="https://x.com/coop")
        self.insta = posts.create_account(m, platform=Platform.INSTAGRAM, name="Insta", url="")
        self.home = posts.create_account(
            m, platform=Platform.HOMEPAGE, name="Home", url="https://coop.example.jp/"
        )
        today = posts.local_today(m)
        self.events = posts.grant_scope(
            m,
            posts.ScopeInput(
                kind=ScopeKind.EVENT_FACTS,
                account_ids=[self.x.id],
                roles=["advisor"],
                valid_from=today - timedelta(days=10),
                valid_to=today + timedelta(days=10),
                conditions="event facts only",
                evidence_required="event name and date",
            ),
        )
        self.published = posts.grant_scope(
            m,
            posts.ScopeInput(
                kind=ScopeKind.PUBLISHED_CONTENT,
                account_ids=[self.x.id, self.insta.id],
                user_uids=[self.uids["advisor"]],
                conditions="",
                evidence_required="",
            ),
        )
        # the records the managers keep: evidence a reviewer can check
        self.event_record = posts.add_record(
            m, posts.RecordInput(posts.RecordKind.EVENT, "味噌づくり教室", today - timedelta(days=1))
        )
        self.page_record = posts.add_record(m, posts.RecordInput(posts.RecordKind.PAGE, "お知らせ", url=OWN_SITE))

    def switch(self, username: str) -> session_service.Session:
        if self.session.user.username != username:
            self.session.logout()
            password = ADMIN_PASSWORD if username == "admin" else PASSWORD
            self.session = login(self.data_dir, username, password, self.clock)
        return self.session

    def close(self) -> None:
        self.session.logout()

    def draft(self, text: str, *, account: posts.AccountInfo | None = None, **kw) -> posts.PostDetail:  # type: ignore[no-untyped-def]
        """A draft; an events-scope draft with evidence text also names the event record, as the form does."""
        if kw.get("claimed_scope_id") == self.events.id and kw.get("evidence") and "evidence_record_id" not in kw:
            kw["evidence_record_id"] = self.event_record.id
        return posts.create_draft(self.session, posts.PostDraft((account or self.x).id, text, **kw))


def audit_count() -> int:
    return len(entries())


def last_audit():  # type: ignore[no-untyped-def]
    return entries()[-1]


def today_of(session: session_service.Session) -> date:
    return posts.local_today(session)

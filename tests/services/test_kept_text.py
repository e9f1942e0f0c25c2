"""A dialog's unsaved text kept per person and slot in the posts editor's store (issue 17), on both stores."""

from __future__ import annotations

import pytest

from desktop.domain.platforms import Platform
from desktop.services import kept, posts
from desktop.services.posts import kept as posts_kept
from desktop.services.session import Session
from tests.conftest import FakeClock, add_user, login


def test_dialog_slots_beside_the_posts_editor_and_per_person(office: Session, data_dir, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    add_user(office, "advisor", "advisor")
    add_user(office, "manager", "manager")
    office.logout()
    manager = login(data_dir, "manager", "blue whale orbit 42", clock)
    account = posts.create_account(manager, platform=Platform.X, name="X main", url="https://x.com/coop")
    manager.logout()
    office = login(data_dir, "admin", "correct horse battery staple", clock)
    where = kept.slot("correction", 26)
    assert where == "correction:26"
    kept.keep(office, where, {"reason": "本人が訂正"})
    kept.keep(office, kept.slot("contact", 4), {"name": "木村 和子", "memo": "夕方"})
    kept.keep(office, where, {"reason": "本人が拒否と訂正"})  # the same slot: replaced
    assert kept.peek(office, where) == {"reason": "本人が拒否と訂正"}
    office.logout()
    advisor = login(data_dir, "advisor", "blue whale orbit 42", clock)
    assert kept.peek(advisor, where) is None  # another person's text is not theirs
    kept.keep(advisor, where, {"reason": "x"})
    posts_kept.keep(advisor, posts_kept.KeptEditor(None, posts.PostDraft(account.id, "下書き")))
    advisor.logout()
    admin = login(data_dir, "admin", "correct horse battery staple", clock)
    assert kept.take(admin, where) == {"reason": "本人が拒否と訂正"}
    assert kept.take(admin, where) is None  # given back once
    kept.discard(admin, kept.slot("contact", 4))
    assert kept.peek(admin, kept.slot("contact", 4)) is None
    admin.logout()
    advisor = login(data_dir, "advisor", "blue whale orbit 42", clock)
    assert kept.peek(advisor, where) == {"reason": "x"}
    found = posts_kept.take(advisor)  # the posts editor's kept draft sits beside the dialog slots
    assert found is not None and found.draft.text == "下書き"
    assert kept.peek(advisor, where) == {"reason": "x"}
    advisor.logout()


def test_old_dialog_text_is_forgotten_and_the_editor_slot_is_not_a_dialogs(office: Session, clock: FakeClock) -> None:
    where = kept.slot("correction", 1)
    kept.keep(office, where, {"reason": "a"})
    clock.advance(days=kept.KEEP_DAYS + 1)
    kept.keep(office, kept.slot("contact", 2), {"memo": "b"})  # keeping forgets what nobody came back for
    assert kept.peek(office, where) is None
    assert kept.peek(office, kept.slot("contact", 2)) == {"memo": "b"}
    with pytest.raises(ValueError):
        kept.keep(office, "", {"x": "y"})  # the posts editor's slot is not a dialog's
    with pytest.raises(ValueError):
        kept.slot("", 1)
    office.lock()
    with pytest.raises(Exception):  # noqa: B017,PT011 - a locked session reads nothing
        kept.peek(office, kept.slot("contact", 2))

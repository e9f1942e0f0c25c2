"""投稿 page driven like a person: type, watch the counter and findings, confirm the self-check, submit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.platforms import Platform
from desktop.domain.scopes import PostStatus, ScopeKind
from desktop.domain.screening import Category
from desktop.services import posts
from desktop.services import session as session_service
from desktop.ui.pages.posts import PostsPage
from tests.conftest import FakeClock, add_user, login

pytestmark = pytest.mark.gui

PASSWORD = "blue whale orbit 42"


@pytest.fixture
def advisor(
    office: session_service.Session, data_dir: Path, clock: FakeClock
) -> Iterator[session_service.Session]:
    add_user(office, "manager", "manager")
    add_user(office, "advisor", "advisor")
    office.logout()
    m = login(data_dir, "manager", PASSWORD, clock)
    x = posts.create_account(m, platform=Platform.X, name="X main", url="https://x.com/coop")
    posts.create_account(m, platform=Platform.HOMEPAGE, name="Home", url="https://coop.example.jp/")
    today = posts.local_today(m)
    posts.grant_scope(
        m,
        posts.ScopeInput(
            ScopeKind.EVENT_FACTS,
            [x.id],
            roles=["advisor"],
            valid_from=today - timedelta(days=1),
            valid_to=today + timedelta(days=9),
            conditions="event facts",
            evidence_required="event name and date",
        ),
    )
    posts.add_record(m, posts.RecordInput(posts.RecordKind.EVENT, "Miso class", today - timedelta(days=1)))
    posts.add_record(m, posts.RecordInput(posts.RecordKind.QA, "Delivery Q&A", today))  # another kind: not offered
    m.logout()
    s = login(data_dir, "advisor", PASSWORD, clock)
    yield s
    s.logout()


@pytest.fixture
def page(qtbot, advisor: session_service.Session) -> PostsPage:  # type: ignore[no-untyped-def]
    p = PostsPage(advisor)
    qtbot.addWidget(p)
    p.resize(1100, 800)
    p.show()
    p.refresh()
    return p


def _tick_all(page: PostsPage) -> None:
    for box in page.self_check.values():
        box.setChecked(True)


def test_drafting_shows_counter_and_findings_and_submits_for_review(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    assert page.account.currentText().startswith("X main")
    assert not page.submit_button.isEnabled()
    qtbot.keyClicks(page.text, "Call 090-1234-5678 ")
    page.text.insertPlainText("詳しくは https://other.example.com")
    qtbot.waitUntil(lambda: page.findings_list.count() == 2, timeout=2000)
    texts = page.findings_list.texts()
    assert "Phone number" in texts[0] and "[High]" in texts[0] and "The guideline says" in texts[0]
    assert "Link to an outside site" in texts[1] and "other.example.com" in texts[1]
    # the spans are highlighted in the editor itself
    sels = page.text.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in sels] == [(5, 18), (24, 49)]
    qtbot.mouseClick(page.findings_list.labels[0], Qt.MouseButton.LeftButton)  # selects the span in the text
    assert page.text.textCursor().selectedText() == "090-1234-5678"
    # X counts Japanese as two and a link as 23
    assert page.counter.text().startswith("51 / 280 weighted characters")
    # the self-check gates the submit button
    assert not page.submit_button.isEnabled()
    _tick_all(page)
    assert page.submit_button.isEnabled()
    # the phone number contradicts "no personal information": the point is named, an override is asked for
    assert page.notes.override_box.isVisibleTo(page)
    assert "personal information" in page.notes.contradicted.text()
    assert not page.notes.no_approval_box.isVisibleTo(page)  # no scope chosen
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert "contradicts your self-check" in page.message.text()
    assert page.post is not None and page.post.status is PostStatus.DRAFT
    page.notes.override.setPlainText("\u200b \u2060")  # invisible characters are no reason
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert "contradicts your self-check" in page.message.text()
    page.notes.override.setPlainText("本人の同意を書面で得ています")
    _tick_all(page)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert "Sent for approval" in page.message.text()
    assert page.post.version.self_check_override == "本人の同意を書面で得ています"
    assert page.post is not None and page.post.status is PostStatus.IN_REVIEW
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "Waiting for approval"


def test_in_scope_post_is_approved_at_once_and_publication_recorded(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    page.text.insertPlainText("本日の教室は 20 名の参加でした。")
    page.scope.setCurrentIndex(1)
    assert "event facts" in page.scope_conditions.text()
    record = page.scope_box.record
    assert page.scope_box.form.isRowVisible(record)
    assert [record.itemText(i) for i in range(record.count())][1:] == [
        f"Miso class ({(posts.local_today(page.session) - timedelta(days=1)).strftime('%Y/%m/%d')})"
    ]
    qtbot.keyClicks(page.evidence, "ok")  # free text alone is no evidence: the post would go to review
    record.setCurrentIndex(1)
    _tick_all(page)
    assert page.notes.no_approval_box.isVisibleTo(page) and not page.notes.override_box.isVisibleTo(page)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # no reason why approval was not obtained
    assert "Choose why approval cannot be obtained" in page.message.text()
    assert page.post is not None and page.post.status is PostStatus.DRAFT
    page.notes.reason.setCurrentIndex(page.notes.reason.findData("approvers_absent"))
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # the note is required too
    assert "who is absent" in page.message.text() and page.post.status is PostStatus.DRAFT
    page.notes.reason_note.setText("部長が出張中")
    _tick_all(page)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.post.status is PostStatus.APPROVED_IN_SCOPE
    assert page.post.version.no_approval_reason is posts.NoApprovalReason.APPROVERS_ABSENT
    assert page.post.version.no_approval_note == "部長が出張中"
    assert page.post.version.evidence_record_id == record.itemData(1)
    assert "Approved within pre-approved scope" in page.message.text()
    assert page.publication_box.isVisibleTo(page)
    qtbot.keyClicks(page.published_url, "not a url")
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert "address of the published post" in page.message.text()
    page.published_url.clear()
    qtbot.keyClicks(page.published_url, "https://x.com/coop/status/1")
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert page.post.status is PostStatus.PUBLISHED
    assert page.corrections_box.isVisibleTo(page) and page.text.isReadOnly()
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert "what was wrong" in page.message.text()
    page.correction_text.insertPlainText("参加は 21 名でした。")
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert page.corrections.count() == 1 and "21" in page.corrections.item(0).text()


def test_empty_post_is_refused_with_a_clear_message(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.text, "   ")
    assert not page.save_button.isEnabled()
    page.save_draft()  # even if triggered, nothing is saved
    assert "The post is empty" in page.message.text()
    assert page.model.rowCount() == 0


def test_zero_width_characters_and_emoji_in_the_editor(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    page.text.insertPlainText("🎉🎉 お前は馬\u200b鹿だ")
    page.screen_now()
    [f] = page.findings
    assert f.category is Category.INSULT
    [sel] = page.text.extraSelections()
    # Qt counts UTF-16 units: each emoji is two
    assert (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (f.start + 2, f.end + 2)
    assert sel.cursor.selectedText() == "馬\u200b鹿"


def test_a_very_long_post_is_screened_off_the_gui_thread(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    page.text.setPlainText("あ" * 100_000)
    page.screen_now()
    qtbot.waitUntil(lambda: bool(page.findings), timeout=10000)
    assert page.findings[0].category is Category.TOO_LONG
    assert "over the limit" in page.counter.text()
    page.save_draft()
    assert page.post is not None and page.post.version.text == "あ" * 100_000


def test_media_checklist_and_draft_then_edit(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    page.text.insertPlainText("試食会の様子です。")
    row = page.add_media()
    qtbot.keyClicks(row.label, "tasting.jpg")
    row.people.setChecked(True)
    page.screen_now()
    assert [f.category for f in page.findings] == [Category.MEDIA_PORTRAIT]
    assert "tasting.jpg" in page.findings_list.texts()[0]
    row.consent.setChecked(True)
    page.screen_now()
    assert page.findings == []
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.post is not None and page.post.version.number == 1
    assert page.post.version.media[0].portrait_consent is True
    page.text.insertPlainText("とても好評でした。")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.post.version.number == 2 and page.post.status is PostStatus.DRAFT
    # lock: everything personal leaves the view
    page.clear()
    assert page.text.toPlainText() == "" and page.model.rowCount() == 0 and not page.media_rows


def test_my_posts_are_fetched_in_pages(qtbot, page: PostsPage, advisor: session_service.Session) -> None:  # type: ignore[no-untyped-def]
    x = next(a for a in page.accounts if a.platform is Platform.X)
    for i in range(5):
        posts.create_draft(advisor, posts.PostDraft(x.id, f"post {i}"))
    page.model.PAGE = 2
    page.model.reload()
    assert page.model.rowCount() == 2 and page.model.canFetchMore()
    page.model.fetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 5 and not page.model.canFetchMore()
    assert [page.model.data(page.model.index(r, 1)) for r in range(5)] == [
        f"post {i}" for i in range(4, -1, -1)
    ]


def test_editing_an_approved_post_sends_it_back_to_review(qtbot, page: PostsPage) -> None:  # type: ignore[no-untyped-def]
    page.text.insertPlainText("本日の教室は 20 名の参加でした。")
    page.scope.setCurrentIndex(1)
    qtbot.keyClicks(page.evidence, "Miso class 11/23")
    page.scope_box.record.setCurrentIndex(1)
    _tick_all(page)
    page.notes.reason.setCurrentIndex(page.notes.reason.findData("cannot_wait"))
    page.notes.reason_note.setText("教室の終了直後のお礼")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.post is not None and page.post.status is PostStatus.APPROVED_IN_SCOPE
    assert "sends it (back) to a reviewer" in page.banner.text()
    assert not page.save_button.isVisibleTo(page)
    assert page.submit_button.text() == "Submit the changes for approval"
    assert not page.submit_button.isEnabled()  # the self-check is asked again
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    page.text.insertPlainText("次回は 12 月です。")
    _tick_all(page)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.post.status is PostStatus.IN_REVIEW and page.post.version.number == 2
    assert "Sent for approval" in page.message.text()
    assert "changed after it was approved" in page.message.text()

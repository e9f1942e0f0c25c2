"""Demo posts: accounts, scopes, drafts, reviews, publications and an incident."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from desktop.demo.guard import require_demo
from desktop.domain import office_time
from desktop.domain.platforms import Platform
from desktop.domain.roles import Role
from desktop.domain.scopes import (
    MediaKind,
    NoApprovalReason,
    ScopeKind,
)
from desktop.services import review
from desktop.services.errors import NotFound
from desktop.services.posts.accounts import (
    create_account,
)
from desktop.services.posts.drafts import (
    create_draft,
    submit,
)
from desktop.services.posts.incidents import (
    record_incident,
)
from desktop.services.posts.publication import (
    add_correction,
    record_publication,
)
from desktop.services.posts.records import (
    RecordInput,
    RecordKind,
    add_record,
)
from desktop.services.posts.scopes import (
    grant_scope,
)
from desktop.services.posts.screening import (
    set_public_contacts,
)
from desktop.services.posts.views import (
    AccountInfo,
    IncidentInput,
    IncidentKind,
    IncidentStatus,
    MediaEntry,
    PostDetail,
    PostDraft,
    ScopeInput,
)
from desktop.services.session import CurrentUser, Session
from desktop.store import repo

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

    require_demo(session)

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

    # the records the managers keep, which posts within a scope name as evidence
    def event(title: str, days_ago: int) -> int:
        return add_record(manager, RecordInput(RecordKind.EVENT, title, today - timedelta(days=days_ago))).id

    miso, exchange, tasting = event("親子で味噌づくり教室", 7), event("産地交流会", 2), event("新商品試食会", 1)
    add_record(manager, RecordInput(RecordKind.PROCEDURE, "共同購入 注文変更の手続き（第3版）", today - timedelta(days=90)))
    add_record(manager, RecordInput(RecordKind.QA, "よくある質問：配達日の変更", url="https://coop.example.jp/faq/delivery"))
    add_record(manager, RecordInput(RecordKind.PAGE, "2月のお知らせ", url="https://coop.example.jp/blog/news-02"))

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
        evidence_record_id=miso,
    )
    submit(s, p.id, self_check_confirmed=True, no_approval_reason=NoApprovalReason.CANNOT_WAIT,
           no_approval_note="教室の終了直後のお礼で、部長は会場で対応中だった")
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
        evidence_record_id=exchange,
    )
    submit(s, p.id, self_check_confirmed=True, no_approval_reason=NoApprovalReason.APPROVERS_ABSENT,
           no_approval_note="部長・担当責任者とも出張中")
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
        evidence_record_id=tasting,
    )
    submit(s, p.id, self_check_confirmed=True, override="田中さんから電話番号の掲載に口頭で同意をもらいました")
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

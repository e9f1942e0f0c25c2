"""Demo contacts: about 40 fictitious people across channels and outcomes, with requests."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.demo.guard import require_demo
from desktop.domain.business_days import add_business_days
from desktop.domain.consent import Outcome
from desktop.domain.office_time import office_date
from desktop.domain.roles import Action, Role
from desktop.services import lp_import
from desktop.services import requests as request_service
from desktop.services import scripts as script_service
from desktop.services import unsubscribe as unsubscribe_service
from desktop.services.consent import ScriptShown, capture_phone
from desktop.services.session import CurrentUser, Session
from desktop.store import repo

# ---------------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------------

_DEMO_PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("佐藤 美咲", "サトウ ミサキ", "misaki.sato"), ("鈴木 大翔", "スズキ ヒロト", "hiroto.suzuki"),
    ("高橋 結衣", "タカハシ ユイ", "yui.takahashi"), ("田中 蓮", "タナカ レン", "ren.tanaka"),
    ("伊藤 陽菜", "イトウ ヒナ", "hina.ito"), ("渡辺 悠真", "ワタナベ ユウマ", "yuma.watanabe"),
    ("山本 さくら", "ヤマモト サクラ", "sakura.yamamoto"), ("中村 湊", "ナカムラ ミナト", "minato.nakamura"),
    ("小林 芽依", "コバヤシ メイ", "mei.kobayashi"), ("加藤 樹", "カトウ イツキ", "itsuki.kato"),
    ("吉田 葵", "ヨシダ アオイ", "aoi.yoshida"), ("山田 颯太", "ヤマダ ソウタ", "sota.yamada"),
    ("佐々木 凛", "ササキ リン", "rin.sasaki"), ("山口 大和", "ヤマグチ ヤマト", "yamato.yamaguchi"),
    ("松本 心春", "マツモト コハル", "koharu.matsumoto"), ("井上 陸", "イノウエ リク", "riku.inoue"),
    ("木村 紬", "キムラ ツムギ", "tsumugi.kimura"), ("林 蒼", "ハヤシ アオ", "ao.hayashi"),
    ("斎藤 美桜", "サイトウ ミオ", "mio.saito"), ("清水 朝陽", "シミズ アサヒ", "asahi.shimizu"),
    ("山崎 千尋", "ヤマザキ チヒロ", "chihiro.yamazaki"), ("森 悠人", "モリ ユウト", "yuto.mori"),
    ("池田 杏", "イケダ アン", "an.ikeda"), ("橋本 律", "ハシモト リツ", "ritsu.hashimoto"),
    ("阿部 詩", "アベ ウタ", "uta.abe"), ("石川 晴", "イシカワ ハル", "haru.ishikawa"),
    ("山下 楓", "ヤマシタ カエデ", "kaede.yamashita"), ("中島 新", "ナカジマ アラタ", "arata.nakajima"),
    ("石井 澪", "イシイ ミオ", "mio.ishii"), ("小川 奏", "オガワ カナデ", "kanade.ogawa"),
    ("前田 結菜", "マエダ ユナ", "yuna.maeda"), ("岡田 航", "オカダ ワタル", "wataru.okada"),
    ("長谷川 花", "ハセガワ ハナ", "hana.hasegawa"), ("藤田 湊斗", "フジタ ミナト", "minato.fujita"),
    ("後藤 彩", "ゴトウ アヤ", "aya.goto"), ("近藤 翼", "コンドウ ツバサ", "tsubasa.kondo"),
    ("村上 ひかり", "ムラカミ ヒカリ", "hikari.murakami"), ("遠藤 拓海", "エンドウ タクミ", "takumi.endo"),
    ("青木 七海", "アオキ ナナミ", "nanami.aoki"), ("坂本 海斗", "サカモト カイト", "kaito.sakamoto"),
    ("西村 茜", "ニシムラ アカネ", "akane.nishimura"), ("福田 健", "フクダ ケン", "ken.fukuda"),
)
_DEMO_DOMAINS = ("example.jp", "example.com", "example.ne.jp", "example.co.jp", "example.org")


def populate_demo(session: Session) -> dict[str, int]:
    """About 40 fictitious contacts across channels and outcomes, two unsubscribe requests (one
    overdue) and one rights request. Addresses use example.* domains only."""

    require_demo(session)

    real_clock = session.clock
    now = real_clock()

    def at(when: datetime) -> None:  # run the services at chosen past times
        session.clock = lambda: when

    counts = {"phone": 0, "import": 0, "unsubscribe": 0, "request": 0}
    try:
        phone_script = ScriptShown.of(script_service.current(session, "phone", "ja"))
        people = list(enumerate(_DEMO_PEOPLE))
        # 24 phone calls over the last weeks: mostly agreed, some refused
        for i, (name, kana, local) in people[:24]:
            at(now - timedelta(days=40 - i, hours=i % 5))
            refused = i in (3, 11, 19)
            capture_phone(session, address=f"{local}@{_DEMO_DOMAINS[i % len(_DEMO_DOMAINS)]}",
                          outcome=Outcome.REFUSED if refused else Outcome.AGREED, script=phone_script,
                          script_read_confirmed=not refused or i % 2 == 0, name=name, furigana=kana,
                          memo="折り返し希望あり" if i % 7 == 0 else None,
                          recording_ref=f"REC-2026-{1000 + i}" if i % 3 == 0 else None)
            counts["phone"] += 1
        # this morning's calls of the advisor on duty (so the phone screen lists something)
        advisor = repo.user_by_username("advisor")
        if advisor is not None and advisor.active:
            admin_user = session.user
            session.user = CurrentUser(advisor.uid, advisor.username, advisor.display_name, Role(advisor.role), False)
            try:
                for j, (_i, (name, kana, local)) in enumerate(people[40:42] + people[0:1]):
                    at(now - timedelta(minutes=90 - 25 * j))
                    capture_phone(session, address=f"{local}.tel@example.jp",
                                  outcome=Outcome.AGREED if j != 1 else Outcome.REFUSED, script=phone_script,
                                  script_read_confirmed=True, name=name, furigana=kana)
                    counts["phone"] += 1
            finally:
                session.user = admin_user
        # a municipal and an other landing-page import
        municipal_rows = [[f"{local}@{_DEMO_DOMAINS[(i + 1) % len(_DEMO_DOMAINS)]}", name, kana,
                           "希望する" if i % 4 else ""] for i, (name, kana, local) in people[24:34]]
        other_rows = [[f"{local}.lp@example.com", name, kana] for _i, (name, kana, local) in people[34:]]
        at(now - timedelta(days=12))
        preview = lp_import.preview_rows(session, ["メールアドレス", "氏名", "フリガナ", "配信希望"], municipal_rows,
                                         source="municipal_lp", file_name="municipal-demo.csv")
        lp_import.confirm(session, preview)
        at(now - timedelta(days=9))
        preview = lp_import.preview_rows(session, ["email", "name", "furigana"], other_rows, source="other_lp",
                                         file_name="seminar-demo.csv")
        lp_import.confirm(session, preview)
        counts["import"] = len(municipal_rows) + len(other_rows)
        # an unsubscribe by phone, processed at once
        at(now - timedelta(days=5))
        unsubscribe_service.record_request(session, address=f"hina.ito@{_DEMO_DOMAINS[4]}", channel="phone")
        # a letter that could not be processed at once: received two business days more than the
        # due days ago, so overdue now (eight calendar days are not enough over New Year or Golden Week)
        today = office_date(now)
        received = add_business_days(today, -(unsubscribe_service.due_days(session) + 2))
        at(now - timedelta(days=(today - received).days))
        unsubscribe_service.record_request(session, address=f"yuma.watanabe@{_DEMO_DOMAINS[5 % 5]}",
                                           channel="letter", process_now=False,
                                           memo="封書。本人確認の返信待ち")
        counts["unsubscribe"] = 2
        # a disclosure request under way
        at(now - timedelta(days=2))
        if session.can(Action.RIGHTS_REQUESTS):
            request_service.create_request(session, kind="disclosure", requester="本人（電話、受付番号 R-0001）",
                                           address=f"sakura.yamamoto@{_DEMO_DOMAINS[6 % 5]}",
                                           identity_check="登録住所宛の郵送で本人確認予定")
            counts["request"] = 1
    finally:
        session.clock = real_clock
    return counts

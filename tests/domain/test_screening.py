"""Screening of SNS posts: detectors, word lists and their sources in the seed."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.screening import (
    CODE_RULE_SOURCES,
    SEED_FILE,
    Category,
    Finding,
    Group,
    Severity,
    SourceRef,
    Where,
    WordLists,
    find_urls,
    has_high,
    host_of,
    is_own_host,
    parse_word_lists,
    screen,
    source_quote_found,
)
from desktop.domain.text_normalise import normalise_word

ROOT = Path(__file__).resolve().parents[2]
WORDLIST_DIR = ROOT / "desktop" / "resources" / "wordlists"
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
OWN = ["coop.example.jp"]

PLAIN_POSTS = [
    "明日10時から公民館で健康相談会を開催します。",
    "本日の料理教室には20名の組合員さんが参加しました。ありがとうございました！",
    "【お知らせ】年末年始の配達スケジュールはホームページをご覧ください。",
    "イベントは5月3日（土）10時～15時、会場は市民会館です。参加費500円、定員30名。",
    "台風の影響で本日の配達が遅れる場合があります。ご了承ください。",
    "闇バイトに注意！「高額報酬」とうたう求人には応募しないでください。",
    "飲酒運転撲滅キャンペーン実施中です。",
    "パンフレットの無断転載禁止。",
    "期日前投票は市役所で行えます。",
    "アプリを使えばカンタンに注文できます。",
    "ソーシャルメディアでブログを始めました。",
    "会場をお借りしました地域の皆さまに感謝します。",
    "決算セールは行っていません。今回は3-4月の予定です。10:00-12:00",
    "アレルギーのある方はご相談ください。障害のある方もご参加いただけます。",
    "2024年度の事業報告を総代会で承認いただきました。",
]


def _load(name: str) -> dict:
    with (WORDLIST_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def docs() -> tuple[dict, dict]:
    return _load("prohibited.toml"), _load("confidential.toml")


@pytest.fixture(scope="module")
def wl(docs) -> WordLists:
    return parse_word_lists(*docs)


def _cats(findings: list[Finding]) -> list[Category]:
    return [f.category for f in findings]


def _only(findings: list[Finding], category: Category) -> list[Finding]:
    return [f for f in findings if f.category is category]


# --------------------------------------------------------------------------- plain posts


@pytest.mark.parametrize("text", PLAIN_POSTS)
def test_plain_announcements_have_no_findings(wl, text):
    assert screen(text, [], wl, own_domains=OWN) == []


# --------------------------------------------------------------------------- personal data


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("連絡は taro.yamada@example.com まで", "taro.yamada@example.com"),
        ("連絡先：ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰまで", "ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ"),
        ("hanako(at)example.ne.jp へ", "hanako(at)example.ne.jp"),
    ],
)
def test_email_positive(wl, text, matched):
    [f] = _only(screen(text, [], wl, own_domains=OWN), Category.EMAIL_ADDRESS)
    assert f.severity is Severity.HIGH
    assert text[f.start : f.end] == matched == f.matched
    assert f.group is Group.PERSONAL_DATA


@pytest.mark.parametrize("text", ["メールでお問い合わせください", "@coop_saitama をフォロー", "a@b"])
def test_email_negative(wl, text):
    assert not _only(screen(text, [], wl, own_domains=OWN), Category.EMAIL_ADDRESS)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("電話は03-1234-5678まで", "03-1234-5678"),
        ("携帯 090-1234-5678", "090-1234-5678"),
        ("携帯：０９０－１２３４－５６７８です", "０９０－１２３４－５６７８"),
        ("090ー1234ー5678に連絡", "090ー1234ー5678"),
        ("海外から +81 90-1234-5678", "+81 90-1234-5678"),
        ("(03)1234-5678", "(03)1234-5678"),
    ],
)
def test_phone_positive(wl, text, matched):
    [f] = _only(screen(text, [], wl, own_domains=OWN), Category.PHONE_NUMBER)
    assert f.severity is Severity.HIGH
    assert text[f.start : f.end] == matched


@pytest.mark.parametrize(
    "text", ["2024-12-01 10:00-12:00", "参加費1,000円、定員30名", "カタログ番号1234-56", "令和6年5月3日"]
)
def test_phone_negative(wl, text):
    assert not _only(screen(text, [], wl, own_domains=OWN), Category.PHONE_NUMBER)


def test_public_contacts_are_not_flagged(wl):
    text = "お問い合わせは 048-424-2763 または info@coop.example.jp へ"
    findings = screen(text, [], wl, own_domains=OWN, public_contacts=["０４８－４２４－２７６３", "INFO@coop.example.jp"])
    assert findings == []
    assert len(screen(text, [], wl, own_domains=OWN)) == 2


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("〒123-4567", "〒123-4567"),
        ("〒１２３－４５６７ へ", "〒１２３－４５６７"),
        ("郵便番号 330-0063", "330-0063"),
        ("330-0063 さいたま市浦和区", "330-0063"),
    ],
)
def test_postal_code_positive(wl, text, matched):
    [f] = _only(screen(text, [], wl, own_domains=OWN), Category.POSTAL_CODE)
    assert text[f.start : f.end] == matched
    assert f.severity is Severity.HIGH


@pytest.mark.parametrize("text", ["注文番号123-4567です", "品番 123-4567 のお米"])
def test_postal_code_needs_address_context(wl, text):
    assert not _only(screen(text, [], wl, own_domains=OWN), Category.POSTAL_CODE)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("住所は東京都千代田区1-2-3です", "東京都千代田区1-2-3"),
        ("東京都千代田区１－２－３", "東京都千代田区１－２－３"),
        ("住所は東京都千代田区丸の内3丁目5番2号です", "東京都千代田区丸の内3丁目5番2号"),
        ("目黒区自由が丘1-2-3に住んでいます", "目黒区自由が丘1-2-3"),
        ("3丁目5番2号の角", "3丁目5番2号"),
        ("埼玉県戸田市12番地", "埼玉県戸田市12番地"),
    ],
)
def test_street_address_positive(wl, text, matched):
    [f] = _only(screen(text, [], wl, own_domains=OWN), Category.STREET_ADDRESS)
    assert text[f.start : f.end] == matched
    assert f.severity is Severity.HIGH


@pytest.mark.parametrize(
    "text", ["10-12時に開催", "3-4月の予定", "第2会議室で1-2-3の順に", "2024-12-01", "本町内会の3-4月"]
)
def test_street_address_negative(wl, text):
    assert not _only(screen(text, [], wl, own_domains=OWN), Category.STREET_ADDRESS)


# --------------------------------------------------------------------------- word lists

WORD_EXAMPLES = [
    (Category.INSULT, "あの人は本当に役立たずだ"),
    (Category.DISCRIMINATION, "女のくせに生意気だ"),
    (Category.ILLEGAL, "バレなければ大丈夫です"),
    (Category.UNFOUNDED, "これを飲めば絶対に治るそうです"),
    (Category.OBSCENE, "無修正の動画はこちら"),
    (Category.PUBLIC_ORDER, "爆破予告がありました"),
    (Category.POLITICS_RELIGION, "〇〇候補に清き一票を"),
    (Category.ADVERTISING, "在宅で簡単に稼げる副業"),
    (Category.IP_INFRINGEMENT, "ネットの拾い画です"),
    (Category.PRIVACY, "駅で山田さんを見かけました"),
    (Category.CONFIDENTIAL, "これは社外秘の資料です"),
    (Category.UNPUBLISHED, "未発表の新商品を紹介します"),
    (Category.SECURITY, "事務所のパスワードは"),
]


@pytest.mark.parametrize(("category", "text"), WORD_EXAMPLES)
def test_each_word_list_category_positive(wl, category, text):
    findings = _only(screen(text, [], wl, own_domains=OWN), category)
    assert findings, f"{category} not found"
    f = findings[0]
    assert f.severity is wl.get(category).severity
    assert f.rule == wl.get(category).rule
    assert f.message == category.message


def test_every_word_list_category_has_an_example():
    assert {c for c, _ in WORD_EXAMPLES} == {c for c in Category if c.in_word_lists}


def test_severities_of_word_lists(wl):
    medium = {Category.UNFOUNDED, Category.POLITICS_RELIGION, Category.ADVERTISING}
    for w in wl:
        assert w.severity is (Severity.MEDIUM if w.category in medium else Severity.HIGH), w.category


def test_word_lists_match_on_normalised_text_and_map_back(wl):
    text = "注意：ﾜﾝﾀｲﾑﾊﾟｽﾜｰﾄﾞ と ＣＯＮＦＩＤＥＮＴＩＡＬ の資料"
    findings = screen(text, [], wl, own_domains=OWN)
    assert [(f.category, f.matched) for f in findings] == [
        (Category.SECURITY, "ﾜﾝﾀｲﾑﾊﾟｽﾜｰﾄﾞ"),
        (Category.CONFIDENTIAL, "ＣＯＮＦＩＤＥＮＴＩＡＬ"),
    ]


def test_hiragana_and_katakana_match_the_same_entry(wl):
    assert _only(screen("ぱすわーどを教えて", [], wl, own_domains=OWN), Category.SECURITY)


@pytest.mark.parametrize("text", ["決算セールのお知らせ", "職員には守秘義務があります", "秘密基地を作ろう"])
def test_confidential_negative(wl, text):
    assert not [f for f in screen(text, [], wl, own_domains=OWN) if f.group is Group.CONFIDENTIAL]


def _one_list(words, allow=(), category="insult"):
    return parse_word_lists(
        {
            "categories": {
                category: {
                    "label_ja": "テスト",
                    "label_en": "Test",
                    "severity": "high",
                    "rule": "000 §3(1)(6)",
                    "source": {"file": SEED_FILE, "line": 61, "quote": "他者を侮辱する情報"},
                    "words": list(words),
                    "allow": list(allow),
                }
            }
        }
    )


def test_ascii_words_match_only_at_word_boundaries():
    wl = _one_list(["ass"])
    assert screen("a class act", [], wl, own_domains=OWN) == []
    assert _cats(screen("you ass!", [], wl, own_domains=OWN)) == [Category.INSULT]
    assert _cats(screen("クソass", [], wl, own_domains=OWN)) == [Category.INSULT]


def test_allow_list_suppresses_matches_inside_ordinary_words():
    wl = _one_list(["バカ"], allow=["ばかり"])
    assert screen("来たばかりです", [], wl, own_domains=OWN) == []
    [f] = screen("このバカ", [], wl, own_domains=OWN)
    assert f.matched == "バカ"


def test_shipped_words_are_phrases_and_each_matches_itself(wl):
    for w in wl:
        for word in w.words:
            assert len(normalise_word(word)) >= 2, (w.category, word)
            assert w.matches(normalise_word(word)), (w.category, word)


def test_shipped_lists_define_every_word_list_category(wl):
    assert set(wl.categories) == {c for c in Category if c.in_word_lists}
    for w in wl:
        assert w.label_ja and w.label_en and w.words


# --------------------------------------------------------------------------- sources


def _seed_text() -> str:
    path = SEEDS / SEED_FILE
    if not path.is_file():
        pytest.skip(f"seed documents not found at {SEEDS}")
    return path.read_text(encoding="utf-8")


def test_word_list_sources_quote_the_seed_line(wl):
    seed = _seed_text()
    for w in wl:
        for ref in (w.source, *w.see_also):
            assert ref.file == SEED_FILE
            assert source_quote_found(ref, seed), (w.category, ref)


def test_code_rule_sources_quote_the_seed_line():
    seed = _seed_text()
    for rule, ref in CODE_RULE_SOURCES.items():
        assert source_quote_found(ref, seed), rule


def test_source_quote_found_rejects_wrong_lines():
    seed = "一行目\n二行目の本文\n"
    assert source_quote_found(SourceRef(SEED_FILE, 2, "本文"), seed)
    assert not source_quote_found(SourceRef(SEED_FILE, 1, "本文"), seed)
    assert not source_quote_found(SourceRef(SEED_FILE, 3, "本文"), seed)
    assert not source_quote_found(SourceRef(SEED_FILE, 0, "一行目"), seed)


# --------------------------------------------------------------------------- parse_word_lists


def _valid_doc() -> dict:
    return {
        "schema": 1,
        "categories": {
            "insult": {
                "label_ja": "侮辱",
                "label_en": "Insults",
                "severity": "high",
                "rule": "000 §3(1)(6)",
                "source": {"file": SEED_FILE, "line": 61, "quote": "他者を侮辱する情報"},
                "words": ["役立たず"],
            }
        },
    }


def _mutations():
    def unknown_category(d):
        d["categories"]["gossip"] = d["categories"].pop("insult")

    def program_category(d):
        d["categories"]["quote"] = d["categories"].pop("insult")

    def bad_severity(d):
        d["categories"]["insult"]["severity"] = "severe"

    def missing_field(d):
        del d["categories"]["insult"]["rule"]

    def unknown_field(d):
        d["categories"]["insult"]["word"] = ["x"]

    def bad_line(d):
        d["categories"]["insult"]["source"]["line"] = 0

    def source_extra_key(d):
        d["categories"]["insult"]["source"]["page"] = 3

    def words_not_list(d):
        d["categories"]["insult"]["words"] = "役立たず"

    def empty_word(d):
        d["categories"]["insult"]["words"] = ["役立たず", "  "]

    def schema_2(d):
        d["schema"] = 2

    def unknown_top_key(d):
        d["extra"] = 1

    def no_categories(d):
        del d["categories"]

    def empty_label(d):
        d["categories"]["insult"]["label_en"] = " "

    return [
        unknown_category, program_category, bad_severity, missing_field, unknown_field, bad_line,
        source_extra_key, words_not_list, empty_word, schema_2, unknown_top_key, no_categories, empty_label,
    ]  # fmt: skip


def test_valid_doc_parses():
    wls = parse_word_lists(_valid_doc())
    assert wls.categories == (Category.INSULT,)
    assert wls.get(Category.INSULT).severity is Severity.HIGH
    assert wls.get(Category.PRIVACY) is None


@pytest.mark.parametrize("mutate", _mutations(), ids=lambda f: f.__name__)
def test_invalid_docs_are_rejected(mutate):
    doc = copy.deepcopy(_valid_doc())
    mutate(doc)
    with pytest.raises(ValidationError) as exc:
        parse_word_lists(doc)
    assert exc.value.context == "WordLists"


def test_a_category_may_not_be_defined_twice():
    with pytest.raises(ValidationError):
        parse_word_lists(_valid_doc(), _valid_doc())


# --------------------------------------------------------------------------- links


def test_outside_link_in_text(wl):
    text = "詳しくは https://news.example.com/a?b=1 をご覧ください"
    [f] = screen(text, [], wl, own_domains=OWN)
    assert f.category is Category.OUTSIDE_LINK
    assert f.severity is Severity.MEDIUM
    assert f.params == ("news.example.com",)
    assert text[f.start : f.end] == "https://news.example.com/a?b=1"
    assert "%1" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "詳しくは https://coop.example.jp/event/1 をご覧ください",
        "詳しくは https://www.coop.example.jp/event/1 をご覧ください",
        "詳しくは coop.example.jp/event をご覧ください",
    ],
)
def test_own_domain_links_are_not_flagged(wl, text):
    assert screen(text, [], wl, own_domains=OWN) == []


def test_bare_domain_is_a_link_but_an_email_domain_is_not(wl):
    findings = screen("www.other.org/abc を見て", [], wl, own_domains=OWN)
    assert _cats(findings) == [Category.OUTSIDE_LINK]
    assert not _only(screen("mail: taro@other.org", [], wl, own_domains=OWN), Category.OUTSIDE_LINK)


def test_attached_links(wl):
    links = ["https://coop.example.jp/x", "https://shop.example.net/item", "https://pornhub.example/x"]
    findings = screen("新商品のご案内です。", links, wl, own_domains=OWN)
    assert [(f.category, f.item, f.where) for f in findings] == [
        (Category.OUTSIDE_LINK, 1, Where.LINK),
        (Category.OBSCENE, 2, Where.LINK),
        (Category.OUTSIDE_LINK, 2, Where.LINK),
    ]
    assert all(f.start == f.end == -1 for f in findings)


def test_attached_link_already_in_text_is_reported_once(wl):
    url = "https://shop.example.net/item"
    findings = screen(f"こちら {url}", [url], wl, own_domains=OWN)
    assert len(_only(findings, Category.OUTSIDE_LINK)) == 1


def test_find_urls_and_hosts():
    text = "見て→ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ／ａ。次は example.com."
    urls = find_urls(text)
    assert [text[u.start : u.end] for u in urls] == ["ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ／ａ", "example.com"]
    assert host_of("HTTPS://WWW.Example.JP:8080/x") == "www.example.jp"
    assert host_of("mailto:a@b.jp") is None
    assert is_own_host("www.coop.example.jp", ["https://coop.example.jp/"])
    assert not is_own_host("coop.example.jp.evil.com", OWN)
    assert not is_own_host("notcoop.example.jp", OWN)


# --------------------------------------------------------------------------- quotes, claims


@pytest.mark.parametrize(
    "text", ["RT @someone: すごい", "〇〇新聞より引用", "山田さんの投稿よりご紹介します", "リポストします"]
)
def test_quote_positive(wl, text):
    findings = _only(screen(text, [], wl, own_domains=OWN), Category.QUOTE)
    assert findings and findings[0].severity is Severity.MEDIUM


@pytest.mark.parametrize("text", ["無断転載禁止です", "smart @home の展示", "アートの展示"])
def test_quote_negative(wl, text):
    assert not _only(screen(text, [], wl, own_domains=OWN), Category.QUOTE)


@pytest.mark.parametrize("text", ["当組合を代表してお詫び申し上げます", "これが当組合の公式見解です", "当社の方針として"])
def test_official_claim_positive(wl, text):
    findings = _only(screen(text, [], wl, own_domains=OWN), Category.OFFICIAL_CLAIM)
    assert findings and findings[0].severity is Severity.MEDIUM
    assert findings[0].rule == "000 §3(2)(5)"


@pytest.mark.parametrize("text", ["個人の感想であり、公式見解ではありません", "地域の代表として挨拶しました"])
def test_official_claim_negative(wl, text):
    assert not _only(screen(text, [], wl, own_domains=OWN), Category.OFFICIAL_CLAIM)


# --------------------------------------------------------------------------- results


def test_findings_are_sorted_by_position_and_has_high(wl):
    text = "当組合を代表して。連絡は 090-1234-5678、社外秘、https://other.example.com"
    findings = screen(text, ["https://x.example.net"], wl, own_domains=OWN)
    text_findings = [f for f in findings if f.where is Where.TEXT]
    assert [f.start for f in text_findings] == sorted(f.start for f in text_findings)
    assert _cats(findings) == [
        Category.OFFICIAL_CLAIM,
        Category.PHONE_NUMBER,
        Category.CONFIDENTIAL,
        Category.OUTSIDE_LINK,
        Category.OUTSIDE_LINK,
    ]
    assert findings[-1].where is Where.LINK
    assert has_high(findings)
    assert not has_high([f for f in findings if f.severity is not Severity.HIGH])
    assert not has_high([])


def test_finding_repr_leaves_out_the_matched_text(wl):
    [f] = screen("090-1234-5678", [], wl, own_domains=OWN)
    assert "1234" not in repr(f)


def test_labels_and_messages_exist_for_every_category():
    for c in Category:
        assert c.label and c.message and c.group.label
    for s in Severity:
        assert s.label and Severity.from_key(s.key) is s


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\u00ad", "\u200e", "\u202e", "\u3164"])
def test_zero_width_characters_do_not_hide_a_prohibited_word(wl, invisible):
    text = f"お前は馬{invisible}鹿だ"
    [f] = screen(text, [], wl, own_domains=OWN)
    assert f.category is Category.INSULT and f.severity is Severity.HIGH
    assert text[f.start : f.end] == f"馬{invisible}鹿"


def test_bad_input_does_not_crash(wl):
    assert screen("", [], wl, own_domains=OWN) == []
    assert screen("   \n\t", ["", "  "], wl, own_domains=OWN) == []
    emoji = "今日のイベント🎉👨‍👩‍👧‍👦 楽しかった！🇯🇵"
    assert screen(emoji, [], wl, own_domains=OWN) == []
    mixed = "Café Привет 안녕하세요 مرحبا 你好 こんにちは"
    assert screen(mixed, [], wl, own_domains=OWN) == []
    bad_urls = ("http://", "https://[::1", "http://exa mple.jp", "htp:/broken", "://x", "javascript:alert(1)")
    for bad in bad_urls:
        findings = screen(bad, [bad], wl, own_domains=OWN)
        assert all(f.category is Category.OUTSIDE_LINK for f in findings)
    long = "お知らせです。" * 15000  # 105,000 characters
    assert screen(long + "死ね", [], wl, own_domains=OWN)[-1].end == len(long) + 2


def test_every_category_but_the_platform_limit_rests_on_a_quoted_line(wl) -> None:
    from desktop.domain.screening import rule_source

    listed = {w.category: w.source for w in wl}
    for category in Category:
        ref = rule_source(category, "", listed)
        if category is Category.TOO_LONG:
            assert ref is None
        else:
            assert ref is not None and ref.quote, category

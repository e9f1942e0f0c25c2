"""Patterns of prohibited content beyond the word lists: how each kind is usually phrased.

A word list names words; these rules name constructions (a medical claim is an illness plus a
verb of curing, an election appeal is a candidate plus a request for votes). Each rule reads
the collapsed text or the dictionary forms, and says which guideline rule it enforces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from desktop.domain.screening.model import Category, Severity
from desktop.domain.screening.views import TextViews
from desktop.domain.text_normalise import fold_kana

__all__ = ["Hit", "find"]


class Hit(NamedTuple):
    start: int
    end: int
    category: Category
    severity: Severity
    rule: str


@dataclass(frozen=True)
class _Rule:
    category: Category
    severity: Severity
    rule: str
    pattern: re.Pattern[str]
    view: str = "collapsed"  # or "lemmas", "digits"
    unless: re.Pattern[str] | None = None  # the whole post reads as an innocent notice


def _re(*parts: str) -> re.Pattern[str]:
    """One pattern from alternatives, folded like the views (katakana as hiragana, lower case)."""
    return re.compile(fold_kana("|".join(f"(?:{p})" for p in parts)).lower())


_R_PERSONAL = "000 運用ポリシー 削除ルール 9"
_R_INSULT = "000 §3(1)(6); 運用ポリシー 削除ルール 2"
_R_DISCRIMINATION = "000 §3(1)(6); 運用ポリシー 削除ルール 6"
_R_ILLEGAL = "000 §3(1)(6); 運用ポリシー 削除ルール 1"
_R_UNFOUNDED = "000 §3(1)(6); 運用ポリシー 削除ルール 8"
_R_ORDER = "000 §3(1)(6); 運用ポリシー 削除ルール 7"
_R_POLITICS = "000 運用ポリシー 削除ルール 3"
_R_ADVERTISING = "000 運用ポリシー 削除ルール 5"
_R_IP = "000 運用ポリシー 削除ルール 4; §3(1)(3)"
_R_CONFIDENTIAL = "000 §3(2)(6)"
_R_SECURITY = "000 §3(2)(3)"
_R_CLAIM = "000 §3(2)(5)"
_R_QUOTE = "000 §2-5(4)"

# (kana is folded to hiragana and letters are lower case in every view)
_ILLNESS = (r"(?:がん|癌|腫瘍|病気|糖尿病|高血圧|血圧|腰痛|膝痛|関節痛|肩こり|頭痛|アトピー|あとぴー|花粉症|風邪|かぜ"
            r"|いんふるえんざ|インフル|いんふる|ころな|認知症|不眠|便秘|うつ病|鬱|冷え性|肌荒れ|湿疹|アレルギー|あれるぎー"
            r"|喘息|リウマチ|りうまち|病|症状|体調|免疫|むくみ|しみ|老化|ダイエット|だいえっと|脂肪|がん細胞)")
_CURE = r"(?:ひかなく|ならなく|ならない|知らず|治る|治す|治っ|治り|完治|効く|効き|効い|効果|改善|予防|防ぐ|防げ|消え|良くなる|よくなる|下がる|下がっ|若返|痩せ|やせ)"

_RULES: tuple[_Rule, ...] = (
    # medical efficacy claims and rumours (unfounded or false information)
    _Rule(Category.UNFOUNDED, Severity.MEDIUM, _R_UNFOUNDED,
          _re(rf"{_ILLNESS}[^。！!？?\n]{{0,14}}?{_CURE}", rf"{_CURE}[^。！!？?\n]{{0,6}}?{_ILLNESS}",
              r"(?:飲む|食べる|塗る|貼る)だけで", r"医者(?:いらず|要らず)", r"薬(?:は|が)(?:いらない|不要)")),
    _Rule(Category.UNFOUNDED, Severity.MEDIUM, _R_UNFOUNDED,
          _re(r"(?<![素晴])らしい(?:です|よ|って|の|ので|けど|ね|。|！|!|、)", r"噂(?:です|によると|では|が|の|を)",
              r"うわさ", r"未確認(?:です|ですが|の情報|情報)", r"真偽(?:は|の程は)(?:不明|わかりません|分かりません)",
              r"(?:と|って)聞きました", r"(?:という|って)話(?:です|を聞|がある|だ)", r"拡散(?:希望|お願い)",
              r"ってほんと", r"本当かどうか", r"確証はない", r"みたいですよ")),
    # elections and religion
    _Rule(Category.POLITICS_RELIGION, Severity.MEDIUM, _R_POLITICS,
          _re(r"清き一票", r"一票を", r"投票(?:を|して)(?:お願い|ください|下さい)", r"(?:に|へ)(?:ご)?投票(?:を|して|お願い|ください)",
              r"候補(?:者)?(?:を|に|の)(?:応援|支持|推薦|当選)", r"(?:候補|議員|市長|知事)[^。\n]{0,12}(?:応援|支持|当選)",
              r"当選(?:させ|を|に向け)", r"支持(?:を|して)(?:お願い|ください)", r"選挙(?:で|に|の)[^。\n]{0,10}(?:応援|勝た|勝利|支持)",
              r"(?:自民|立憲|公明|共産|維新|国民民主|れいわ|参政)党", r"政党", r"政権(?:を|は)(?:倒|批判|許さ)",
              r"入信", r"布教", r"信仰(?:を|に|しましょう)", r"お祈り会", r"祈り(?:の)?(?:集い|会)", r"礼拝(?:に|へ)",
              r"教会(?:へ|に)(?:お越し|来て|いらして|おいで)", r"お布施", r"神(?:様)?の(?:教え|恵み|愛|御心)", r"救われ",
              r"宗教(?:に|へ|の)(?:勧誘|入|お誘い)", r"御利益", r"ご利益", r"聖書(?:の|を)(?:教え|学)", r"仏の教え")),
    # advertising for profit
    _Rule(Category.ADVERTISING, Severity.MEDIUM, _R_ADVERTISING,
          _re(r"今だけ", r"半額", r"[0-9]+(?:%|％|パーセント)(?:off|オフ|おふ|引き)", r"割引(?:中|します|券|価格|ください)", r"くーぽん", r"せーる(?:中|開催中|実施中|開催します|を開催|です|!|！)",
              r"お買い得", r"特価", r"格安", r"激安", r"円引き", r"お得(?:です|な|に)", r"ご購入", r"購入は(?:こちら|こちらから)",
              r"お求め(?:は|く)", r"限定価格", r"きゃんぺーん中", r"送料無料", r"先着[0-9]+名様?限定", r"ぜひお店へ",
              r"(?:商店|店|屋|カフェ|かふぇ|さろん|サロン)(?:で|に|へ)(?:ぜひ|是非)", r"お店の宣伝", r"宣伝させて")),
    # threats and violence
    _Rule(Category.PUBLIC_ORDER, Severity.HIGH, _R_ORDER,
          _re(r"殺す", r"殺して(?:やる|やろう)", r"ぶっ殺", r"爆破", r"爆弾", r"燃やして(?:やる|やろう)", r"放火", r"火を(?:つけ|付け)て(?:やる|やろう)",
              r"ただじゃ(?:おかない|済まない|すまない)", r"覚えて(?:ろ|おけ|おきなさい)", r"痛い目", r"許さない(?:から|ぞ)",
              r"刺して(?:やる|やろう)", r"襲撃", r"復讐", r"殴って(?:やる|やろう)", r"命(?:は|が)(?:ない|ないと思え)",
              r"後悔させて(?:やる|やろう)", r"(?:家|自宅)(?:を|まで)(?:突き止め|押しかけ)")),
    # insults
    _Rule(Category.INSULT, Severity.HIGH, _R_INSULT,
          _re(r"(?:は|って|も)(?:本当に|ほんとに|ほんと|マジで|まじで)?(?:無能|役立たず|やくたたず|ばか|あほ|最低(?![0-9一二三四五六七八九十限])|くず|ごみ|使えない|のろま)",
              r"(?:あいつ|こいつ|そいつ|奴|やつ)(?:ら)?[^。\n]{0,8}(?:あほ|ばか|くず|ごみ|無能|のろま|最低|なめて)",
              r"のろま", r"やくたたず", r"いないほうがまし", r"いない方がまし", r"客をなめて", r"人をなめて",
              r"頭(?:が)?(?:悪|おかし)", r"脳(?:みそ)?(?:が)?(?:足りない|ない)", r"二度と来るな", r"消えて(?:ほしい|欲しい)",
              r"恥さらし", r"迷惑(?:な|極まりない)(?:人|客|奴|やつ)", r"非常識(?:な|すぎ)(?:人|客|奴|やつ)",
              r"まともに(?:仕事|できない)", r"(?:いい|良い)加減にしろ", r"うせろ", r"だまれ")),
    # discrimination: generalising about a group
    _Rule(Category.DISCRIMINATION, Severity.HIGH, _R_DISCRIMINATION,
          _re(r"(?:外国人|がいこくじん|高齢者|年寄り|としより|老人|女性|女|男|障害者|障がい者|生活保護|移民|よそ者|田舎者|[^\s。、]{1,4}人)"
              r"(?:は|って|なんて)(?:みんな|全員|皆|どうせ|これだから|だから|信用でき|お断り|入れるな|来るな)",
              r"(?:外国人|高齢者|年寄り|障害者|障がい者)(?:お断り|禁止|は参加できません|入店)",
              r"女(?:のくせに|は黙って|のくせ)", r"男(?:のくせに|のくせ)", r"(?:これだから|だから)(?:女|男|年寄り|若者)は")),
    # boasting of breaking rules, or encouraging it
    _Rule(Category.ILLEGAL, Severity.HIGH, _R_ILLEGAL,
          _re(r"(?:駐車違反|路上駐車|路駐|信号無視|スピード違反|速度違反|飲酒運転|無断駐車|立ちション|ポイ捨て|不法投棄|無免許)"
              r"(?:して|した|しちゃ|しまし|しても|だけど|ですが|でも|上等|余裕|常習)",
              r"無断(?:で|使用|コピー|複製|侵入|撮影)(?!禁止|を禁|厳禁|はご遠慮|はお断り)", r"ばれ(?:なかった|ずに|なければ|ないように)", r"ルール(?:を)?無視", r"るーる(?:を)?無視", r"規則を破",
              r"違反(?:して|した|しちゃ|しても)", r"脱税(?:して|した|する)", r"万引き(?:して|した|する)", r"立ち入り禁止[^。\n]{0,12}(?:入っ|入り)",
              r"勝手に(?:入っ|使っ|持ち出)", r"こっそり(?:持ち帰|持ち出|入っ|使っ)", r"違法(?:だけど|ですが|でも)",
              r"見逃して(?:もらっ|くれ)", r"抜け道", r"未成年(?:に|が)(?:お酒|飲酒|たばこ|タバコ)")),
    # someone else's work
    _Rule(Category.IP_INFRINGEMENT, Severity.HIGH, _R_IP,
          _re(r"(?:ねっと|ネット|ぐーぐる|インターネット|いんたーねっと|sns|ツイッター|ついったー|インスタ|いんすた)(?:で|から|上で|上の)"
              r"[^。\n]{0,10}(?:拾|見つけ|保存|借り|もらっ|ダウンロード|だうんろーど)",
              r"拾い画", r"無断(?:転載|使用)(?!禁止|を禁|厳禁|はご遠慮|はお断り|はできません)", r"(?:画像|写真|イラスト|いらすと)(?:は|を)(?:お借り|拝借|勝手に)",
              r"歌詞(?:を|全文|を全部|です)", r"(?:他人|他の方|人|作家|漫画家|アーティスト|あーてぃすと)の(?:イラスト|いらすと|写真|画像|作品|漫画)",
              r"キャラクター(?:の画像|を勝手に)", r"スクショ", r"すくしょ", r"(?:テレビ|てれび|番組)の(?:画像|映像|キャプチャ)",
              r"全文(?:を)?(?:掲載|転載|載せ)", r"コピペ", r"こぴぺ")),
    # door codes, passwords, keys
    _Rule(Category.SECURITY, Severity.HIGH, _R_SECURITY,
          _re(r"(?:暗証番号|ぱすわーど|ぱすこーど|どあこーど|解錠番号|開錠番号|きーぼっくす|おーとろっく|ロック番号|ろっく番号|wi-?fi|わいふぁい)"
              r"(?:は|:|の番号は|番号は|を)?\s?[「『\"]?[0-9a-z#*]{3,}",
              r"(?:鍵|かぎ|合鍵|合い鍵)(?:は|を)[^。\n]{0,14}(?:の下|の中|の裏|に隠|に置い|に入れ|ぽすと)",
              r"(?:金庫|きんこ)の(?:番号|暗証)",
              r"(?:ぱすわーど|暗証番号|password|ぱすこーど)(?:は|:|を(?:教え|共有|お知らせ|送|書い|貼)|です|、)"),
          view="digits",
          unless=_re(r"(?:ぱすわーど|暗証番号)を(?:忘れ|お忘れ|再設定|変更|りせっと)", r"再設定(?:ぺーじ|画面|手続)",
                     r"変更しましょう", r"定期的に", r"危険です", r"避けて", r"推測され")),
    # confidential matters of the office and its partners
    _Rule(Category.CONFIDENTIAL, Severity.HIGH, _R_CONFIDENTIAL,
          _re(r"社外秘", r"部外秘", r"関係者外秘", r"内部資料", r"内部情報", r"おふれこ", r"ここだけの話", r"内緒(?:です|ですが|の話|で)",
              r"(?:取引先|業者|委託先|仕入れ先|仕入先|協力会社|パートナー|ぱーとなー)[^。\n]{0,14}"
              r"(?:とらぶる|揉め|訴訟|倒産|赤字|不祥事|経営(?:が)?(?:苦し|危な|悪化)|支払い(?:が)?遅|未払い|クレーム|くれーむ|不正|事故)",
              r"(?:理事会|会議|役員会)(?:で|の)[^。\n]{0,10}(?:決まった|揉め|議論|内容)", r"まだ(?:非公開|公表されていない)")),
    # plans that are not published yet
    _Rule(Category.UNPUBLISHED, Severity.HIGH, _R_CONFIDENTIAL,
          _re(r"未発表", r"発表前", r"正式発表(?:は|前|の前)", r"(?:来月|来週|来年|近日)(?:に)?(?:正式)?発表(?:予定|される)",
              r"まだ(?:言えない|言えません|公表|発表|内緒)", r"(?:ふらいんぐ|フライング)(?:ですが|で)", r"決定(?:前|前ですが)",
              r"内定(?:しました|した|が出)", r"(?:値上げ|閉店|移転|統合|合併|人事)(?:が|を)?(?:決まり|決まっ|予定)[^。\n]{0,8}(?:まだ|内緒|非公開|発表前)")),
    # speaking for the organisation
    _Rule(Category.OFFICIAL_CLAIM, Severity.MEDIUM, _R_CLAIM,
          _re(r"当(?:会|組合|法人|団体|協議会|事務所|自治会|支部|協会|ｾﾝﾀｰ|センター|せんたー)(?:として|と致しまして|としまして)は?[^。\n]{0,20}"
              r"(?:考え|思い|反対|賛成|支持|認め|断固|抗議|非難|遺憾)",
              r"(?:私たち|我々|われわれ)(?:の|は)(?:総意|会として|組合として)", r"(?:会|組合|団体|支部)の(?:見解|立場|総意)として",
              r"(?:組合|当会|団体)を代表して(?:申し上げ|言わせ|抗議|反対)")),
    # words of others, quoted as they were
    _Rule(Category.QUOTE, Severity.MEDIUM, _R_QUOTE,
          _re(r"」(?:と|って)(?:の)?(?:こめんと|コメント|ご意見|声|書き込み|投稿|言われ|いただき|頂き|つぶやき|りぷらい|リプ|メッセージ)",
              r"(?:さん|様|氏)(?:から|より)[^。\n]{0,10}(?:こめんと|コメント|メッセージ|めっせーじ|お声|投稿)を(?:いただ|頂|もらい)",
              r"(?:こめんと|コメント|投稿|書き込み|つぶやき)(?:を)?(?:紹介|引用|ご紹介)", r"以下(?:、)?(?:引用|転載)",
              r"(?:さん|様)の(?:投稿|ポスト|ぽすと|ツイート|ついーと)(?:を|より|から)")),
)


_HONORIFICS = frozenset({"さん", "様", "さま", "ちゃん", "くん", "君", "氏", "殿", "先生"})
_SENSITIVE = _re(r"入院", r"病気", r"通院", r"亡くな", r"他界", r"妊娠", r"出産", r"離婚", r"介護", r"借金", r"障害", r"障がい",
                 r"手術", r"住んで", r"お住まい", r"在住", r"宅(?:は|に|の)", r"の(?:家|自宅|お宅)", r"丁目", r"番地", r"病院",
                 r"認知症", r"がん", r"癌", r"ご主人", r"奥さん", r"旦那", r"息子さん", r"娘さん", r"お子さん", r"ご家族",
                 r"失業", r"リストラ", r"生活保護", r"別居", r"不登校", r"引きこもり", r"ひきこもり", r"逮捕", r"年収", r"給料")


def _named_people(views: TextViews) -> Iterator[Hit]:
    """A personal name followed by an honorific; HIGH when the sentence says something private."""
    ms = views.morphemes
    for i in range(1, len(ms)):
        if fold_kana(ms[i].lemma) not in _HONORIFICS and ms[i].lemma not in _HONORIFICS:
            continue
        j = i
        while j > 0 and len(ms[j - 1].pos) > 2 and ms[j - 1].pos[2] == "人名":
            j -= 1
        if j == i:
            continue
        start, end = views.from_collapsed(ms[j].start, ms[i].end)
        sentence_start = max(views.norm.rfind(c, 0, start) for c in "。!?！？\n")
        ends = [k for k in (views.norm.find(c, end) for c in "。!?！？\n") if k >= 0]
        sentence = views.norm[sentence_start + 1:min(ends) if ends else len(views.norm)]
        severity = Severity.HIGH if _SENSITIVE.search(sentence) else Severity.MEDIUM
        yield Hit(start, end, Category.PRIVACY, severity, _R_PERSONAL)


# Sentence-level rules: a group named and something said against it, in one sentence.
_GROUPS = _re(r"外国人", r"外国籍", r"外人", r"国の人", r"障害", r"障がい", r"シングルマザー", r"シングルファーザー", r"母子家庭",
              r"父子家庭", r"同性", r"LGBT", r"ゲイ", r"レズ", r"地区の出身", r"出身の人", r"宗教の信者", r"信者さん",
              r"高齢者", r"年寄り", r"老人", r"女は", r"女って", r"男は", r"男が", r"女が", r"若い(?:人|者)は", r"生活保護",
              r"移民", r"在日", r"(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|アジア|アフリカ)(?:人|系)")
_AGAINST = _re(r"ほしくない", r"欲しくない", r"お断り", r"ご遠慮", r"関わらない", r"気持ち悪", r"怪しい", r"盗る", r"盗む",
               r"近寄らない", r"しつけがなって", r"似合う", r"考えられない", r"悪い影響", r"断った", r"多いよね", r"だらしな",
               r"迷惑", r"入れない", r"いらない", r"出ていけ", r"帰れ", r"嫌い", r"汚い", r"うるさい", r"信用でき", r"劣",
               r"守られなく", r"守らない", r"一番", r"べき", r"向いてない", r"無理", r"危ない", r"怖い", r"犯罪")
_SEXUAL = _re(r"えっち", r"えろ", r"セクシー", r"色っぽ", r"下ネタ", r"アダルト", r"混浴", r"胸が大き", r"谷間", r"目の保養",
              r"キス(?:まで|した|を)", r"ムラムラ", r"欲情", r"裸", r"水着の(?:女|男)の(?:子|人)", r"鼻血", r"ぬーど(?!る)",
              r"夜のお店", r"風俗", r"キャバクラ", r"おっぱい", r"パンチラ", r"変な想像", r"いやらし", r"うなじ", r"脚が")
_THREAT = _re(r"ぶっ飛ば", r"ぶっとば", r"ころす", r"ころしてやる", r"ぶっころ", r"殺(?:す|し|され|せ|そう|る)", r"燃やし", r"覚悟しと", r"覚悟しろ",
              r"晒して", r"晒す", r"さらして", r"押しかけ", r"嫌がらせ", r"見張", r"仕返し", r"痛めつけ", r"ガソリン",
              r"死にたい", r"消えてしまいたい", r"消えたい", r"死んでしまいたい", r"自殺", r"しね", r"特定して",
              r"(?:殴|蹴|刺|潰|締め)(?:って|し)?やる", r"ただでは済ま", r"黙らせ")
_HEARSAY = _re(r"って言ってました", r"と言ってました", r"って言ってた", r"んですって", r"だそうです(?:よ)?[!！]", r"らしいよ",
               r"って話", r"聞いた話", r"みんな言って", r"テレビで言って", r"ネットで見た", r"知り合いの[^。]{0,10}が", r"本当かな",
               r"噂", r"うわさ", r"らしい[!！]", r"みたいです(?:よ)?[!！]")
_HEALTH = _re(r"ワクチン", r"不妊", r"認知症", r"がん", r"癌", r"風邪", r"病気", r"病院知らず", r"病院いらず", r"免疫", r"放射能",
              r"毒", r"治", r"効", r"血圧", r"糖尿", r"健康", r"体に(?:いい|良い|悪い)", r"予防", r"ならない")
_POLITICS = _re(r"候補", r"選挙", r"投票", r"一票", r"いっぴょう", r"当選", r"落選", r"演説", r"議員", r"市長", r"知事", r"首相", r"総理",
                r"政権", r"政府", r"政策", r"憲法", r"改正", r"原発", r"基地", r"法案", r"署名", r"デモ", r"党")
_MOBILISE = _re(r"応援", r"味方", r"お誘い合わせ", r"ボランティア", r"事務所", r"署名", r"集めて", r"ご協力", r"落選させ",
                r"反対の声", r"投票所へ", r"行きましょう", r"しましょう", r"を[!！]", r"お願い", r"支持", r"最悪", r"辞め")
_SPIRITUAL = _re(r"霊", r"おはらい", r"お祓い", r"除霊", r"運が開け", r"開運", r"パワーストーン", r"壺", r"前世", r"守護霊", r"波動",
                 r"お清め", r"祟り", r"たたり", r"因縁", r"入信", r"信じれば救", r"浄化")
_SELLING = _re(r"特別価格", r"[0-9,]+円で(?:買え|お譲り|販売|提供)", r"代理店", r"見直しませんか", r"ぜひ私まで", r"私までご連絡",
               r"(?:売って|販売して|扱って)(?:います|いる|ます)", r"お安く", r"ご注文は私", r"無料で相談", r"副業", r"稼げ",
               r"紹介料", r"お小遣い", r"もうかる", r"儲か", r"物件", r"投資", r"定価より", r"私から買")
_BREAKING = _re(r"二人乗り", r"ダビング", r"無料で見られ", r"公式じゃない", r"転売", r"飲んで[^。]{0,10}(?:運転|車で)",
                r"車で帰", r"ばれない(?!よう)", r"ばれなかった", r"申告しなくても", r"河川敷に置", r"置いてきちゃ", r"捨ててきちゃ",
                r"ブランドのロゴ", r"コピー品", r"偽物", r"ちゅうしゃいはん", r"駐禁", r"無免許", r"無車検", r"ノーヘル",
                r"(?:高校生|中学生|未成年|子ども|子供)[^。]{0,30}(?:ビール|お酒|飲ませ|たばこ|タバコ)", r"脱税", r"海賊版",
                r"違法(?:サイト|ダウンロード)", r"無許可", r"勝手に")
_LEAKED = _re(r"ここだけ", r"内緒", r"秘密", r"オフレコ", r"非公開", r"まだ発表", r"正式発表", r"社外秘", r"内部")


@dataclass(frozen=True)
class _Together:
    """Two kinds of words in one sentence (a group and a slur, an illness and a cure)."""

    category: Category
    severity: Severity
    rule: str
    first: re.Pattern[str]
    second: re.Pattern[str]


_TOGETHER: tuple[_Together, ...] = (
    _Together(Category.DISCRIMINATION, Severity.HIGH, _R_DISCRIMINATION, _GROUPS, _AGAINST),
    _Together(Category.UNFOUNDED, Severity.MEDIUM, _R_UNFOUNDED, _HEARSAY, _HEALTH),
    _Together(Category.POLITICS_RELIGION, Severity.MEDIUM, _R_POLITICS, _POLITICS, _MOBILISE),
)
# A sentence that warns against the act, or teaches about it, is a notice, not a boast.
_WARNING = _re(r"違反です", r"禁止", r"いけません", r"やめましょう", r"しないで", r"ご注意", r"危険", r"教室", r"講座", r"防止",
               r"ご遠慮", r"お断り", r"できません", r"なりません", r"犯罪です", r"注意しましょう", r"避けて", r"守りましょう")
_IP = _re(r"検索して出てきた", r"ネットの(?:画像|写真|イラスト)", r"勝手に(?:お借り|拝借|使)", r"(?:キャラクター|きゃら)(?:を|の)[^。]{0,14}(?:描|プリント|販売|グッズ)",
          r"録画[^。]{0,14}(?:アップ|載せ|公開|配信)", r"スキャンして", r"紙面を", r"全文(?:読める|を載せ|掲載)", r"コピーして(?:配|配布|販売)",
          r"[0-9]+部コピー", r"(?:許可|了承|承諾)(?:は)?(?:取って|もらって|得て|とって)(?:い)?(?:ない|ません)", r"ロゴ(?:を)?[^。]{0,12}(?:変えて|真似|まね|そっくり)",
          r"全ページ", r"(?:写真家|イラストレーター|作家|漫画家|カメラマン)(?:さん)?の[^。]{0,20}(?:使わせ|お借り|載せ|拝借|勝手)",
          r"本物そっくり", r"動画サイトにアップ")
_CLAIM = _re(r"(?:自治会|支部|生協|組合|商工会|当会|協会|協議会|法人|センター)(?:は全員|としては|の方針として|は[^。]{0,12}断固|の総意)",
             r"(?:組合員|会員|住民|地域|みんな|皆)(?:みんな|全員)?の(?:意見|総意|声)として", r"公式に申し上げ", r"(?:私たち|我々|われわれ)[^。]{0,8}は全員",
             r"(?:生協|組合|当会|支部|自治会)は[^。]{0,20}(?:抗議します|反対します|賛成します|支持します|許しません)")
_SECRET_DEALS = _re(r"資金繰り", r"契約金額", r"契約(?:料|額)", r"パワハラ", r"辞めたい", r"融資", r"出荷できない", r"倒産", r"内部事情",
                    r"経営が(?:厳し|苦し|危な)", r"(?:名簿|リスト|一覧)(?:を)?[^。]{0,10}(?:写真|載せ|公開|アップ|出回)", r"こっそり教え",
                    r"裏口から誰でも", r"(?:警備|防犯)(?:システム|カメラ)[^。]{0,16}(?:止まって|切れて|止め|ない)")
_PLANS = _re(r"(?:報告|発表|公表)予定", r"まだ(?:理事会|検討|調整|揉ん|決まって)", r"調整中", r"決まりそう", r"人事異動", r"合併",
             r"らいげつはっぴょう", r"資料を(?:見ちゃ|見せてもら)", r"ちらっと", r"計画案", r"(?:前年比|売上|供給高)[^。]{0,12}(?:だった|そう)",
             r"正式に決まったら", r"(?:まだ|正式には)(?:内緒|未定|非公表)")
_CREDENTIALS = _re(r"(?:id|pw|pass|パス|ぱす)\s?[:：]\s?[^\s。、]{3,}", r"(?:キーボックス|きーぼっくす|ダイヤル|だいやる|ドアコード|どあこーど)[^。]{0,12}[0-9]",
                   r"合鍵[^。]{0,16}(?:郵便受け|中に入れ|置いて|隠し)", r"金庫の(?:ダイヤル|だいやる)")


_ALONE: tuple[tuple[Category, Severity, str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    (Category.OBSCENE, Severity.HIGH, "000 §3(1)(6); 運用ポリシー 削除ルール 10", _SEXUAL, None),
    (Category.PUBLIC_ORDER, Severity.HIGH, _R_ORDER, _THREAT, None),
    (Category.POLITICS_RELIGION, Severity.MEDIUM, _R_POLITICS, _SPIRITUAL, None),
    (Category.ADVERTISING, Severity.MEDIUM, _R_ADVERTISING, _SELLING, None),
    (Category.ILLEGAL, Severity.HIGH, _R_ILLEGAL, _BREAKING, _WARNING),
    (Category.IP_INFRINGEMENT, Severity.HIGH, _R_IP, _IP, _WARNING),
    (Category.OFFICIAL_CLAIM, Severity.MEDIUM, _R_CLAIM, _CLAIM, None),
    (Category.CONFIDENTIAL, Severity.HIGH, _R_CONFIDENTIAL, _SECRET_DEALS, _WARNING),
    (Category.UNPUBLISHED, Severity.HIGH, _R_CONFIDENTIAL, _PLANS, None),
    (Category.SECURITY, Severity.HIGH, _R_SECURITY, _CREDENTIALS, _WARNING),
)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in re.finditer(r"[。!?！？\n]+", text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _sentence_rules(views: TextViews) -> Iterator[Hit]:
    text = views.collapsed
    for s, e in _sentences(text):
        sentence = text[s:e]
        for t in _TOGETHER:
            a = t.first.search(sentence)
            b = t.second.search(sentence) if a else None
            if a and b:
                lo, hi = min(a.start(), b.start()), max(a.end(), b.end())
                yield Hit(*views.from_collapsed(s + lo, s + hi), t.category, t.severity, t.rule)
        for category, severity, rule, pattern, unless in _ALONE:
            if unless is not None and unless.search(sentence):
                continue
            for m in pattern.finditer(sentence):
                yield Hit(*views.from_collapsed(s + m.start(), s + m.end()), category, severity, rule)


_ROOM = _re(r"[^\s。、,:：]{2,16}?[0-9０-９]{1,2}階?[0-9０-９]{2,4}号室", r"[^\s。、,:：]{2,16}?(?:棟|号棟)[0-9０-９]{2,4}号?室?")


def find(views: TextViews) -> Iterator[Hit]:
    yield from _named_people(views)
    yield from _sentence_rules(views)
    for m in _ROOM.finditer(views.collapsed):  # a flat: building and room number
        s, e = views.from_collapsed(*m.span())
        yield Hit(s, e, Category.STREET_ADDRESS, Severity.HIGH, _R_PERSONAL)
    for r in _RULES:
        if r.unless is not None and r.unless.search(views.collapsed):
            continue
        if r.view == "lemmas":
            if views.lemmas is None:
                continue
            for m in r.pattern.finditer(views.lemmas.text):
                s, e = m.span()
                yield Hit(views.lemmas.to_norm[s], views.lemmas.to_norm[max(e - 1, s)] + 1, r.category,
                          r.severity, r.rule)
        elif r.view == "digits":
            for m in r.pattern.finditer(views.digits):
                s, e = views.from_digits(*m.span())
                yield Hit(s, e, r.category, r.severity, r.rule)
        else:
            for m in r.pattern.finditer(views.collapsed):
                s, e = views.from_collapsed(*m.span())
                yield Hit(s, e, r.category, r.severity, r.rule)

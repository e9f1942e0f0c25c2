"""Rules as the office knows them: the rule book's name, its section number and the section's title.

The office reads 「SNSガイドライン 3.(1)(6) 発信してはならない情報」, never a file name, a line number or
the code's shorthand (``000 §3(1)(6)``). Every entry below traces to a line of the rule books in
``shared/seeds/`` (the line number is the entry's first field; ``tests/domain/test_rule_names.py``
reads the seed and checks that the title's words are on that line). Titles are the books' own
Japanese words; the book names are translatable.

* :func:`section_at` — the section holding a line of a rule book (quiz sources, script sources).
* :func:`rule_names` — the sections a rule reference of the code names (``"000 §3(1)(6); 運用ポリシー
  削除ルール 2"`` → two sections).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop.domain.errors import QT_TRANSLATE_NOOP

__all__ = ["GUIDELINE_FILE", "MANUAL_FILE", "RuleName", "book_name", "rule_names", "section_at"]

GUIDELINE_FILE = "000_7078b34c99567e82.txt"
MANUAL_FILE = "003_5cb2449b1dcf02bb.txt"

GUIDELINE = QT_TRANSLATE_NOOP("Rules", "SNS guideline")
MEMBERS_GUIDE = QT_TRANSLATE_NOOP("Rules", "SNS guide for members")
POLICY = QT_TRANSLATE_NOOP("Rules", "SNS operating policy")
MANUAL = QT_TRANSLATE_NOOP("Rules", "E-mail address handling manual")

_BOOKS = {GUIDELINE_FILE: GUIDELINE, MANUAL_FILE: MANUAL}


class RuleName(NamedTuple):
    """A section as the office names it: ``book`` (a translatable source string), ``number`` (may be
    empty) and ``title`` (the book's own words)."""

    book: str
    number: str
    title: str


# (first line, book, number, title) — a section runs until the next entry of the same file.
_GUIDELINE_SECTIONS: tuple[tuple[int, str, str, str], ...] = (
    (1, GUIDELINE, "", "ソーシャルメディア・ガイドライン"),
    (3, GUIDELINE, "1.", "ソーシャルメディアについて"),
    (4, GUIDELINE, "1.1", "利用状況"),
    (7, GUIDELINE, "1.2", "ソーシャルメディアの特徴"),
    (18, GUIDELINE, "2.", "ソーシャルメディアを積極的に活用するための運用ルール、留意点"),
    (19, GUIDELINE, "2.1", "運用ポリシーの作成と公表"),
    (21, GUIDELINE, "2.2", "運用体制"),
    (23, GUIDELINE, "2.3", "投稿に対する返信"),
    (27, GUIDELINE, "2.4", "情報発信、返信の権限"),
    (28, GUIDELINE, "2.4(1)", "所属部署の責任者または任命された担当責任者の了承"),
    (29, GUIDELINE, "2.4(2)", "あらかじめ承認を得た範囲"),
    (34, GUIDELINE, "2.5", "運用の留意点"),
    (35, GUIDELINE, "2.5(1)", "利用者からの意見に対しては誠実に対応する"),
    (36, GUIDELINE, "2.5(2)", "すぐに回答できない場合"),
    (37, GUIDELINE, "2.5(3)", "個人情報、肖像権、著作権などに注意する"),
    (38, GUIDELINE, "2.5(4)", "書込みの引用や他のホームページへのリンク"),
    (39, GUIDELINE, "2.6", "トラブル対応の留意点"),
    (40, GUIDELINE, "2.6 a)", "炎上"),
    (44, GUIDELINE, "2.6 b)", "なりすましが発生した場合"),
    (48, GUIDELINE, "2.6 c)", "事実と反する内容が投稿された場合"),
    (51, GUIDELINE, "3.", "職員のソーシャルメディア利用に関する留意点"),
    (54, GUIDELINE, "3.(1)", "基本的な留意点"),
    (55, GUIDELINE, "3.(1)(1)", "職員であることの自覚と責任"),
    (56, GUIDELINE, "3.(1)(2)", "関係法令および職員の職務規定や情報の取扱いに関する規程等を遵守"),
    (57, GUIDELINE, "3.(1)(3)", "基本的人権、肖像権、プライバシー権、著作権等"),
    (58, GUIDELINE, "3.(1)(4)", "公開された情報は完全には削除できない"),
    (59, GUIDELINE, "3.(1)(5)", "誠実に対応する"),
    (60, GUIDELINE, "3.(1)(6)", "発信してはならない情報"),
    (67, GUIDELINE, "3.(2)", "生活クラブに関する情報を発信する場合の留意点"),
    (68, GUIDELINE, "3.(2)(1)", "秘密に関する情報"),
    (69, GUIDELINE, "3.(2)(2)", "権利を侵害する情報"),
    (70, GUIDELINE, "3.(2)(3)", "セキュリティを脅かすおそれのある情報"),
    (71, GUIDELINE, "3.(2)(4)", "不正確な記述が多大な影響を及ぼす"),
    (72, GUIDELINE, "3.(2)(5)", "個人的見解であることを明確にする"),
    (73, GUIDELINE, "3.(2)(6)", "業務上の機密情報を漏らさない"),
    (74, GUIDELINE, "3.(2)(7)", "否定的・中傷的な投稿を目にした場合"),
    (76, GUIDELINE, "4.", "ネット環境の運営について"),
    (124, MEMBERS_GUIDE, "", "ソーシャルメディアを楽しくご利用いただくために"),
    (132, MEMBERS_GUIDE, "(1)", "他者を誹謗・中傷する発言をしない"),
    (134, MEMBERS_GUIDE, "(2)", "モラルに違反する内容や軽率な発言をしない"),
    (136, MEMBERS_GUIDE, "(3)", "他者の個人情報を許可なく発言しない"),
    (138, MEMBERS_GUIDE, "(4)", "公開して良い情報かどうかについて注意を払う"),
    (140, MEMBERS_GUIDE, "", "生活クラブに関する情報を発信する場合の留意点"),
    (152, POLICY, "", "ソーシャルメディア運用ポリシー"),
    (154, POLICY, "1.", "運用に関して"),
    (158, POLICY, "2.", "削除ルール"),
    (161, POLICY, "2. 1)", "法令等に違反する内容"),
    (162, POLICY, "2. 2)", "特定の個人・団体等を誹謗中傷するもの"),
    (163, POLICY, "2. 3)", "政治、宗教活動を目的とするもの"),
    (164, POLICY, "2. 4)", "著作権、商標権、肖像権など"),
    (165, POLICY, "2. 5)", "自己の広告、宣伝、勧誘、営業活動"),
    (166, POLICY, "2. 6)", "人種・思想・信条等の差別"),
    (167, POLICY, "2. 7)", "公の秩序又は善良の風俗に反するもの"),
    (168, POLICY, "2. 8)", "虚偽や事実と異なる内容及び根拠のないもの"),
    (169, POLICY, "2. 9)", "本人の承諾なく個人情報を特定・開示・漏えい"),
    (170, POLICY, "2. 10)", "その他"),
    (171, POLICY, "3.", "知的財産権"),
    (173, POLICY, "4.", "情報内容について"),
    (176, POLICY, "5.", "免責事項"),
)

# The manual has no numbers: its sections are its headings.
_MANUAL_SECTIONS: tuple[tuple[int, str, str, str], ...] = (
    (1, MANUAL, "", "自治体LPから取得するメールアドレス"),
    (2, MANUAL, "", "自治体LP以外で取得するメールアドレス"),
    (3, MANUAL, "", "電話でメールアドレスを聞く場合"),
    (4, MANUAL, "", "配信停止を希望されたら即時対応"),
    (5, MANUAL, "", "遵守すべきルールと手順"),
    (6, MANUAL, "", "個人情報"),
    (8, MANUAL, "", "オプトイン"),
    (10, MANUAL, "", "一斉メール"),
    (12, MANUAL, "", "自治体LP"),
    (14, MANUAL, "", "利用目的の明示と同意の取得"),
    (16, MANUAL, "", "オプトインの原則"),
    (19, MANUAL, "", "電話などの口頭でメールアドレスを取得する場合"),
    (22, MANUAL, "", "法令・ガイドラインの遵守"),
    (24, MANUAL, "", "配信停止の受付"),
    (26, MANUAL, "", "オプトインの設置"),
    (29, MANUAL, "", "オプトイン状況の記録"),
    (31, MANUAL, "", "アドバイザーの確認と対応"),
    (34, MANUAL, "", "配信予定の告知"),
    (38, MANUAL, "", "自治体LP以外ではオプトインを設けない理由"),
    (41, MANUAL, "", "取得後の登録"),
    (44, MANUAL, "", "電話口で「メールアドレス」を尋ねる際"),
    (47, MANUAL, "", "配信停止(オプトアウト)の手順"),
    (50, MANUAL, "", "問い合わせ対応"),
    (53, MANUAL, "", "データの保管場所"),
    (55, MANUAL, "", "アクセス制御"),
    (57, MANUAL, "", "バックアップとログ管理"),
    (59, MANUAL, "", "情報漏えい防止策"),
    (61, MANUAL, "", "個人情報保護法・特定電子メール法"),
    (65, MANUAL, "", "マニュアルの周知"),
    (67, MANUAL, "", "定期的なレビュー"),
    (69, MANUAL, "", "教育・研修"),
    (71, MANUAL, "", "本マニュアルに違反する事案が発生した場合"),
    (73, MANUAL, "(1)", "自治体LP用同意文例"),
    (75, MANUAL, "(2)", "オプトインを取らずに配信予定である旨の文言例"),
    (77, MANUAL, "(3)", "電話口での文言例"),
    (79, MANUAL, "(4)", "配信停止方法の明示例"),
)

_SECTIONS = {GUIDELINE_FILE: _GUIDELINE_SECTIONS, MANUAL_FILE: _MANUAL_SECTIONS}

#: Every entry with its file and first line, for the test that traces them to the seed.
TRACE: tuple[tuple[str, int, str], ...] = tuple(
    (file, line, title) for file, rows in _SECTIONS.items() for (line, _b, _n, title) in rows
)

_SECTION_RE = re.compile(r"^§(\d+)(?:-(\d+))?((?:\(\d+\))*)$")
_POLICY_RE = re.compile(r"^運用ポリシー\s*削除ルール\s*(\d+)$")


def book_name(file: str) -> str:
    """The rule book stored as ``file`` (translatable source string); the file name is never shown."""
    return _BOOKS.get(file, QT_TRANSLATE_NOOP("Rules", "rule book"))


def section_at(file: str, line: int) -> RuleName:
    """The section of rule book ``file`` holding ``line`` (1-based)."""
    rows = _SECTIONS.get(file)
    if not rows:
        return RuleName(book_name(file), "", "")
    found = rows[0]
    for row in rows:
        if row[0] > line:
            break
        found = row
    return RuleName(found[1], found[2], found[3])


def _by_number(book: str, number: str) -> RuleName | None:
    for _line, b, n, title in _GUIDELINE_SECTIONS:
        if b == book and n == number:
            return RuleName(b, n, title)
    return None


def _one(part: str) -> RuleName | None:
    part = part.strip()
    if part.startswith("000"):
        part = part[3:].strip()
    m = _SECTION_RE.match(part)
    if m is not None:
        chapter, sub, items = m.group(1), m.group(2), m.group(3)
        number = f"{chapter}.{sub}{items}" if sub else f"{chapter}.{items}"
        return _by_number(GUIDELINE, number) or RuleName(GUIDELINE, number, "")
    m = _POLICY_RE.match(part)
    if m is not None:
        number = f"2. {int(m.group(1))})"
        return _by_number(POLICY, number) or RuleName(POLICY, number, "")
    return None


def rule_names(reference: str) -> list[RuleName]:
    """The sections named by one of the code's rule references (``"000 §2-5(4)"``,
    ``"000 §3(1)(6); 運用ポリシー 削除ルール 2"``); unknown parts are left out (never shown raw)."""
    names = [_one(part) for part in reference.split(";")]
    return [n for n in names if n is not None]

"""Personal data in a post: postal codes, street addresses, and the office's own public contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from desktop.domain.screening.model import Severity
from desktop.domain.text_normalise import normalise_word

# --------------------------------------------------------------------------- personal data

EMAIL_RE = re.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*\s?(?:@|\(at\)|\[at\])\s?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?![a-z0-9\-])"
)

_PREFECTURES = (
    "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|"
    "新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|"
    "奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|"
    "熊本県|大分県|宮崎県|鹿児島県|沖縄県"
)
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"  # hyphens, minus, ー (after NFKC)
_JP = "\u4e00-\u9fff\u3041-\u3096\u30f5\u30f6\u3005"  # kanji, hiragana (katakana is folded), ヵヶ々
_KANJI_NUM = "一二三四五六七八九十"
_BLOCK_RE = re.compile(
    rf"""
    (?<![0-9{_DASH}])
    (?:
        (?P<chome>[0-9{_KANJI_NUM}]+丁目(?:[0-9]+番地?(?:[0-9]+号)?|[0-9]+(?:[{_DASH}][0-9]+){{0,2}})?)
      | (?P<banchi>[0-9]+番地(?:の?[0-9]+)?(?:[{_DASH}][0-9]+)?)
      | (?P<bango>[0-9]+番[0-9]+号)
      | (?P<dashed>[0-9]+(?:[{_DASH}][0-9]+){{1,3}})
    )
    (?![0-9])
    (?!\s*[月日時年分秒歳人回円%:~〜/])
    """,
    re.VERBOSE,
)
_PREF_RE = re.compile(_PREFECTURES)
_PLACE_CHARS = re.compile(rf"[{_JP}ー]")
_CITY_MARKS = "市区町村郡"
_PARTICLES = "はをにでへ"
_ADDRESS_LOOKBACK = 20

_POSTAL_MARK_RE = re.compile(rf"〒\s*[0-9]{{3}}\s*[{_DASH}]?\s*[0-9]{{4}}(?![0-9])")
_POSTAL_BARE_RE = re.compile(rf"(?<![0-9{_DASH}])[0-9]{{3}}[{_DASH}][0-9]{{4}}(?![0-9{_DASH}])")
_POSTAL_BEFORE_RE = re.compile(r"(?:郵便番号|住所|所在地)[:\s]*$")
_POSTAL_AFTER_RE = re.compile(rf"^\s*(?:{_PREFECTURES}|[{_JP}]{{1,7}}?[市区町村郡])")


def address_spans(norm: str) -> list[tuple[int, int]]:
    """Block numbers (1-2-3, 3丁目5番2号, 12番地) with the prefecture/city written before them."""
    spans = []
    for m in _BLOCK_RE.finditer(norm):
        s = m.start()
        ws = s
        while ws > 0 and s - ws < _ADDRESS_LOOKBACK and _PLACE_CHARS.match(norm[ws - 1]):
            ws -= 1
        window = norm[ws:s]
        pref = _PREF_RE.search(window)
        city_at = next((i for i, ch in enumerate(window) if ch in _CITY_MARKS and i >= 1), None)
        start = s
        if pref:
            start = ws + pref.start()
        elif city_at is not None:
            head = window[:city_at]
            cut = max(head.rfind(p) for p in _PARTICLES)
            start = ws + cut + 1
        has_place = pref is not None or city_at is not None
        if m.group("bango") or (m.group("chome") and "番" in m.group("chome")):
            ok = True  # 3丁目5番2号 / 5番2号: an address even without the city
        elif m.group("dashed"):
            dashes = len(re.findall(rf"[{_DASH}]", m.group("dashed")))
            ok = pref is not None or (city_at is not None and dashes >= 2)
        else:  # 3丁目, 12番地
            ok = has_place
        if ok:
            spans.append((start, m.end()))
    return spans


def postal_spans(norm: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _POSTAL_MARK_RE.finditer(norm)]
    for m in _POSTAL_BARE_RE.finditer(norm):
        s, e = m.span()
        if any(a <= s < b for a, b in spans):
            continue
        before = norm[max(0, s - 12) : s]
        after = norm[e : e + 12]
        if _POSTAL_BEFORE_RE.search(before) or _POSTAL_AFTER_RE.search(after):
            spans.append((s, e))
    return spans


def _canonical(value: str) -> str:
    n = normalise_word(value)
    return re.sub(rf"[\s{_DASH}〒()]", "", n)


class PublicContacts:
    """The office's own published contact details, which are not flagged as personal data."""

    def __init__(self, items: Iterable[str]) -> None:
        self.phones: set[str] = set()
        self.texts: list[str] = []
        for item in items:
            if not item or not item.strip():
                continue
            self.texts.append(_canonical(item))
            for m in phonenumbers.PhoneNumberMatcher(normalise_word(item), "JP"):
                self.phones.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))

    def has_phone(self, e164: str) -> bool:
        return e164 in self.phones

    def has_text(self, value: str) -> bool:
        c = _canonical(value)
        return bool(c) and any(c == t or c in t for t in self.texts)


# --------------------------------------------------------------------------- whose data is it


_ORGANISATION = re.compile(
    r"tel|fax|電話番号?[:：]|代表|[^\s。、]{1,8}課|せんたー|センター|支部|事務局|事務所|窓口|役所|役場|会館|公民館|"
    r"問い?合わせ|問合せ|受付|ふりーだいやる|通話無料|ご注文|ほーる|ホール|体育館|学校|駅|公園|施設|会場|所在地|本部|店舗|営業時間|平日|市民"
)
_PRIVATE = re.compile(
    r"自宅|携帯|けいたい|個人|宅(?:は|に|の|で|まで)|お宅|さん|様|さま|ちゃん|くん|号室|住んで|お住まい|在住|実家|家の|私の|わたしの|"
    r"僕の|ぼくの|俺の|おれの|夫の|妻の|主人の|息子|娘|ご近所|お隣|隣の|めあど|メアド|line|らいん"
)
_AREA = re.compile(r"\s?(?:付近|周辺|あたり|辺り|方面|一帯|地区|えりあ|界隈|全域)")
_ROLE_MAILBOX = re.compile(r"^(?:info|office|contact|support|jimukyoku|soudan|toiawase|otoiawase|event|admin|"
                           r"webmaster|koho|kouhou|press|desk|center|center-[a-z]+|shibu|uketsuke|mail)[@.+-]")


def _sentence(norm: str, span: tuple[int, int]) -> str:
    start = max(norm.rfind(c, 0, span[0]) for c in "。!?！？\n") + 1
    ends = [k for k in (norm.find(c, span[1]) for c in "。!?！？\n") if k >= 0]
    return norm[start:min(ends) if ends else len(norm)]


def severity(norm: str, span: tuple[int, int], address: str = "") -> Severity:
    """HIGH for a person's contact data; MEDIUM when the sentence presents it as an organisation's.

    A venue's address or a city hall's switchboard is not personal data, but only the office's
    own published contacts are known for sure; so an organisation's is still a finding (the
    reviewer checks it is published), just not one that marks the post as personal data.
    """
    sentence = _sentence(norm, span)
    if _AREA.match(norm, span[1]):  # "さくら町3丁目付近": an area, not a house
        return Severity.MEDIUM
    if _PRIVATE.search(sentence):
        return Severity.HIGH
    if _ROLE_MAILBOX.match(address) or _ORGANISATION.search(sentence):
        return Severity.MEDIUM
    return Severity.HIGH

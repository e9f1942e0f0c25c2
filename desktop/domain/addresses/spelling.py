"""The read-back: spelling an address out letter by letter for the caller."""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------
# Read-back (復唱)
# ---------------------------------------------------------------------------------------

_LETTERS_JA = {
    "A": "エー", "B": "ビー", "C": "シー", "D": "ディー", "E": "イー", "F": "エフ", "G": "ジー",
    "H": "エイチ", "I": "アイ", "J": "ジェー", "K": "ケー", "L": "エル", "M": "エム", "N": "エヌ",
    "O": "オー", "P": "ピー", "Q": "キュー", "R": "アール", "S": "エス", "T": "ティー", "U": "ユー",
    "V": "ブイ", "W": "ダブリュー", "X": "エックス", "Y": "ワイ", "Z": "ゼット",
}  # fmt: skip

# English readers know the ICAO spelling alphabet; only the letters below ever get a word.
_NATO_EN = {
    "B": "Bravo", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf", "M": "Mike", "N": "November",
    "P": "Papa", "S": "Sierra", "T": "Tango", "V": "Victor", "Z": "Zulu",
}  # fmt: skip
# Japanese callers know short everyday words (the ABC words of school English and place names used
# by Japanese call centres: 「ボーイのB」「トウキョウのT」「ニッポンのN」), not the NATO words in katakana.
_WORDS_JA = {
    "B": "ボーイ", "D": "ドッグ", "E": "エッグ", "F": "フランス", "G": "ゴルフ", "M": "マイク",
    "N": "ニッポン", "P": "ペン", "S": "スポーツ", "T": "トウキョウ", "V": "ビクトリー", "Z": "ゼブラ",
}  # fmt: skip

#: Letters misheard on the phone, and only these get a word: the "-ee" group B D P V E G T Z
#: (ビー/ディー/ピー/ブイ/イー/ジー/ティー/ゼット or ズィー), M/N (エム/エヌ) and S/F (エス/エフ).
#: I, L and O are heard clearly (アイ/エル/オー); their confusion with 1 and 0 is one of the eye, so
#: the digits say that they are digits (数字のいち, 数字のゼロ). Every other letter is said plainly.
CONFUSABLE_LETTERS = frozenset("BDPVEGTZMNSF")

_DIGITS_JA = ("ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_DIGITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Zero against the letter O, one against l and I: say that it is a digit.
_CONFUSABLE_DIGITS = {"0": ("数字", "digit"), "1": ("数字", "digit")}

_SYMBOLS = {
    "@": ("アットマーク", "at"),
    ".": ("ドット", "dot"),
    "-": ("ハイフン", "hyphen"),
    "_": ("アンダーバー", "underscore"),
    "+": ("プラス", "plus"),
    "!": ("エクスクラメーション", "exclamation mark"),
    "#": ("シャープ", "hash"),
    "$": ("ドル", "dollar"),
    "%": ("パーセント", "percent"),
    "&": ("アンド", "ampersand"),
    "'": ("アポストロフィ", "apostrophe"),
    "*": ("アスタリスク", "asterisk"),
    "/": ("スラッシュ", "slash"),
    "=": ("イコール", "equals"),
    "?": ("クエスチョン", "question mark"),
    "^": ("キャレット", "caret"),
    "`": ("バッククォート", "backquote"),
    "{": ("左波かっこ", "left brace"),
    "|": ("縦線", "vertical bar"),
    "}": ("右波かっこ", "right brace"),
    "~": ("チルダ", "tilde"),
}
# Hyphen and underscore are confused with each other: say which line it is.
_CONFUSABLE_SYMBOLS = {"-": ("マイナス", "minus sign"), "_": ("下線", "low line")}


@dataclass(frozen=True)
class SpelledChar:
    """One character of the read-back."""

    char: str
    reading: str  # "ビー" / "B"
    kind: str  # "letter", "digit", "symbol" or "other"
    confusable: bool = False
    phonetic: str | None = None  # "ボーイのB" / "B as in Bravo", only when confusable
    upper: bool = False
    lang: str = field(default="ja", compare=False)

    @property
    def display(self) -> str:
        """The text to read: ``ビー（ボーイのB）``, ``大文字のエー``, ``B as in Bravo``,
        ``hyphen (minus sign)``."""
        if self.lang == "ja":
            text = ("大文字の" if self.upper else "") + self.reading
            return f"{text}（{self.phonetic}）" if self.phonetic else text
        if self.phonetic and self.kind == "letter":
            text = self.phonetic  # "B as in Bravo"
        elif self.phonetic:
            text = f"{self.reading} ({self.phonetic})"  # "hyphen (minus sign)"
        else:
            text = self.reading
        return ("capital " if self.upper else "") + text


def _spell_char(ch: str, lang: str) -> SpelledChar:
    ja = lang == "ja"
    if ch.isascii() and ch.isalpha():
        up = ch.upper()
        confusable = up in CONFUSABLE_LETTERS
        phonetic = None
        if confusable:
            phonetic = f"{_WORDS_JA[up]}の{up}" if ja else f"{up} as in {_NATO_EN[up]}"
        reading = _LETTERS_JA[up] if ja else up
        return SpelledChar(ch, reading, "letter", confusable, phonetic, ch.isupper(), lang)
    if ch.isascii() and ch.isdigit():
        reading = (_DIGITS_JA if ja else _DIGITS_EN)[int(ch)]
        conf = _CONFUSABLE_DIGITS.get(ch)
        phonetic = None if conf is None else conf[0 if ja else 1]
        return SpelledChar(ch, reading, "digit", conf is not None, phonetic, False, lang)
    if ch in _SYMBOLS:
        reading = _SYMBOLS[ch][0 if ja else 1]
        conf = _CONFUSABLE_SYMBOLS.get(ch)
        phonetic = None if conf is None else conf[0 if ja else 1]
        return SpelledChar(ch, reading, "symbol", conf is not None, phonetic, False, lang)
    return SpelledChar(ch, ch, "other", False, None, False, lang)


def spell_out(address: str, lang: str = "ja") -> list[SpelledChar]:
    """Each character of ``address`` with its reading, for reading back to the caller.

    ``lang="ja"``: katakana letter names (エー, ビー, …), digits いち/に/…, symbols
    アットマーク/ドット/ハイフン/アンダーバー/プラス; only the letters misheard on the phone
    (:data:`CONFUSABLE_LETTERS`) carry a short everyday word (``ボーイのB``). ``lang="en"``: the
    letter itself, and ``B as in Bravo`` for those letters. The address is read as given (call
    :func:`normalise` first if needed).
    """
    if lang not in ("ja", "en"):
        raise ValueError(f"unsupported language: {lang!r}")
    return [_spell_char(ch, lang) for ch in address]


def spell_out_line(address: str, lang: str = "ja") -> str:
    """:func:`spell_out` joined for display: ``ティー（トウキョウのT）、エー、…``."""
    sep = "、" if lang == "ja" else ", "
    return sep.join(c.display for c in spell_out(address, lang))

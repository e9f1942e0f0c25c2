"""Address normalisation, checks, suggestions and read-back (desktop.domain.addresses)."""

from __future__ import annotations

import pytest

from desktop.domain.addresses import (
    CONFUSABLE_LETTERS,
    AddressHint,
    AddressProblem,
    AddressWarning,
    canonical_key,
    check,
    mentions,
    normalise,
    spell_out,
    spell_out_line,
    suggest_domain,
)
from desktop.domain.errors import ValidationError

# --- normalisation -----------------------------------------------------------------------


def test_full_width_input_with_ideographic_spaces_is_normalised_and_valid() -> None:
    raw = "\u3000ＴＡＲＯ．ＹＡＭＡＤＡ\u3000＠ＧＭＡＩＬ．ＣＯＭ\u3000"
    assert normalise(raw) == "TARO.YAMADA@gmail.com"  # local part keeps its case
    result = check(raw)
    assert result.valid
    assert result.normalised == "TARO.YAMADA@gmail.com"
    assert result.error is None
    assert result.suggestion is None
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("taro@gmail。com", "taro@gmail.com"),  # ideographic full stop
        ("taro＿yamada@ｇｍａｉｌ．ｃｏｍ", "taro_yamada@gmail.com"),
        ("taro\u30fcyamada@gmail.com", "taro-yamada@gmail.com"),  # long-vowel mark for hyphen
        ("ta ro @ Gmail.Com\n", "taro@gmail.com"),
        ("taro\u200b@gmail.com", "taro@gmail.com"),  # zero-width space
        ("mailto:taro@gmail.com", "taro@gmail.com"),
        ("taro@gmail.com.", "taro@gmail.com"),
        ("Taro@DoCoMo.NE.JP", "Taro@docomo.ne.jp"),
        ("", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_canonical_key_folds_the_case_of_the_whole_address_only() -> None:
    assert canonical_key("Taro.Yamada@GMAIL.com") == "taro.yamada@gmail.com"
    assert canonical_key("ＴＡＲＯ＠ｇｍａｉｌ．ｃｏｍ") == canonical_key("taro@gmail.com")
    # distinct mailboxes stay distinct: no provider-specific folding
    assert canonical_key("taro.yamada@gmail.com") != canonical_key("taroyamada@gmail.com")
    assert canonical_key("taro+news@gmail.com") != canonical_key("taro@gmail.com")


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", AddressProblem.EMPTY),
        ("\u3000 \t", AddressProblem.EMPTY),
        ("taro.gmail.com", AddressProblem.NO_AT),
        ("taro@yamada@gmail.com", AddressProblem.MULTIPLE_AT),
        ("@gmail.com", AddressProblem.EMPTY_LOCAL),
        ("taro@", AddressProblem.EMPTY_DOMAIN),
        ("taro@gmail", AddressProblem.BAD_DOMAIN),
        ("taro@-gmail.com", AddressProblem.BAD_DOMAIN),
        ("taro@gmail..com", AddressProblem.BAD_DOMAIN),
        ("taro@[192.0.2.1]", AddressProblem.INVALID_CHARACTERS),
        ("taro@mail.123", AddressProblem.BAD_DOMAIN),
        ("x" * 65 + "@gmail.com", AddressProblem.TOO_LONG),
        ("taro@" + "a" * 250 + ".com", AddressProblem.TOO_LONG),
        ("たろう@gmail.com", AddressProblem.INVALID_CHARACTERS),
        ("taro,yamada@gmail.com", AddressProblem.INVALID_CHARACTERS),
        ("taro@gmail_.com", AddressProblem.INVALID_CHARACTERS),
        ("taro@ジーメール.com", AddressProblem.INVALID_CHARACTERS),
        (".taro@docomo.ne.jp", AddressProblem.LEADING_DOT),
        ("taro..x@gmail.com", AddressProblem.DOT_PLACEMENT),
        ("taro.@gmail.com", AddressProblem.DOT_PLACEMENT),
    ],
)
def test_each_error_kind(raw: str, problem: AddressProblem) -> None:
    result = check(raw)
    assert not result.valid
    assert result.problem is problem
    assert result.error == problem.message


def test_error_messages_are_distinct_and_never_contain_the_address() -> None:
    messages = [p.message for p in AddressProblem]
    assert len(set(messages)) == len(messages)
    raw = "たろう@gmail.com"
    result = check(raw)
    assert "%1" in result.error  # the offending characters travel as a parameter
    assert "た" in result.error_params[0]
    with pytest.raises(ValidationError) as info:
        result.require_valid()
    assert "gmail" not in str(info.value) and "た" not in str(info.value)
    assert info.value.params == result.error_params
    assert info.value.context == "Address"


def test_require_valid_returns_the_normalised_address() -> None:
    assert check(" taro@Gmail.com ").require_valid() == "taro@gmail.com"


# --- suggestions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "domain"),
    [
        ("taro@gmial.com", "gmail.com"),
        ("taro@docomo.co.jp", "docomo.ne.jp"),
        ("taro@yahoo.jp", "yahoo.co.jp"),
        ("taro@ezweb.co.jp", "ezweb.ne.jp"),
        ("taro@softbank.co.jp", "softbank.ne.jp"),
        ("taro@gmail.co.jp", "gmail.com"),
        ("taro@i.sohutobanku.jp", "i.softbank.jp"),
        ("taro@dokomo.ne.jp", "docomo.ne.jp"),
        ("taro@docomo.ne.jo", "docomo.ne.jp"),
        ("taro@hotmal.co.jp", "hotmail.co.jp"),
        ("taro@gmail.con", "gmail.com"),
        ("taro@gmail", "gmail.com"),
        ("taro@example.con", "example.com"),
    ],
)
def test_typo_suggestions(raw: str, domain: str) -> None:
    result = check(raw)
    assert result.suggestion is not None, raw
    assert result.suggestion.domain == domain
    local = raw.split("@")[0]
    assert result.suggestion.address == f"{local}@{domain}"
    assert result.suggestion.text == f"{raw.split('@')[1]} → {domain}"


def test_suggestion_text_reads_like_a_fix() -> None:
    assert check("taro@gmial.com").suggestion.text == "gmial.com → gmail.com"


@pytest.mark.parametrize(
    "domain",
    [
        "gmail.com",
        "docomo.ne.jp",
        "yahoo.co.jp",
        "i.softbank.jp",
        "city.sapporo.lg.jp",  # unrelated
        "example.org",
        "u-tokyo.ac.jp",
        "kcn.ne.jp",  # a real regional ISP, one letter from ocn.ne.jp
        "mail.com",  # a real provider, close to gmail.com
        "yahoo.ne.jp",  # Y!mobile, not a misspelling of yahoo.co.jp
        "zoho.com",  # a real provider, loosely like yahoo.com
        "nttdocomo.co.jp",  # a company, not a typo of docomo.ne.jp
        "yahoo.co.uk",
        "gaia.ne.jp",
        "eonet.ne.jp",
        "sannet.ne.jp",
        "line.me",
    ],
)
def test_no_suggestion_for_correct_or_unrelated_domains(domain: str) -> None:
    assert suggest_domain(domain) is None
    assert check(f"taro@{domain}").suggestion is None


def test_suggestion_does_not_make_a_valid_address_invalid() -> None:
    result = check("taro@gmial.com")
    assert result.valid  # syntactically fine: the advisor asks, the app does not block


# --- au / SoftBank doubt ---------------------------------------------------------------------


def test_au_doubt_offers_both_domains() -> None:
    result = check("taro@au.com")
    assert result.doubt is not None
    assert result.doubt.text == "au.com or ezweb.ne.jp?"
    assert result.doubt.choices == ("au.com", "ezweb.ne.jp")
    assert result.doubt.addresses == ("taro@au.com", "taro@ezweb.ne.jp")
    assert result.doubt.question == "%1 or %2?"
    assert result.doubt.params == ("au.com", "ezweb.ne.jp")
    other = check("taro@ezweb.ne.jp").doubt
    assert other is not None and set(other.choices) == {"au.com", "ezweb.ne.jp"}


def test_doubt_follows_the_suggested_domain() -> None:
    result = check("taro@ezweb.co.jp")
    assert result.doubt is not None and "au.com" in result.doubt.choices


def test_no_doubt_for_unambiguous_domains() -> None:
    assert check("taro@gmail.com").doubt is None
    assert check("taro@docomo.ne.jp").doubt is None


def test_carrier_domains_get_the_reception_filter_hint() -> None:
    assert AddressHint.CARRIER_FILTER in check("taro@docomo.ne.jp").hints
    assert check("taro@gmail.com").hints == ()


# --- legacy carrier addresses ------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["taro..x@docomo.ne.jp", "taro.@ezweb.ne.jp", "a...b.@softbank.ne.jp"])
def test_legacy_carrier_addresses_are_accepted_with_a_warning(raw: str) -> None:
    result = check(raw)
    assert result.valid, result.problem
    assert result.normalised == raw  # stored unquoted, exactly as given
    assert result.warnings == (AddressWarning.LEGACY_DOTS,)
    assert result.require_valid() == raw


def test_legacy_local_part_still_needs_valid_characters() -> None:
    assert check("ta ro..x@docomo.ne.jp").normalised == "taro..x@docomo.ne.jp"
    assert check("ta,ro..x@docomo.ne.jp").problem is AddressProblem.INVALID_CHARACTERS
    assert check("x" * 63 + "..@docomo.ne.jp").problem is AddressProblem.TOO_LONG


def test_normal_address_has_no_warning() -> None:
    assert check("taro.x@docomo.ne.jp").warnings == ()


# --- spell-out -----------------------------------------------------------------------------------


def test_spell_out_japanese_readings() -> None:
    chars = spell_out("ab1@x.jp")
    assert [c.reading for c in chars] == ["エー", "ビー", "いち", "アットマーク", "エックス", "ドット", "ジェー", "ピー"]
    assert [c.kind for c in chars][:4] == ["letter", "letter", "digit", "symbol"]


@pytest.mark.parametrize("letter", list("BDPTVEGZMNSF"))
def test_confusable_letters_get_a_phonetic_word(letter: str) -> None:
    assert letter in CONFUSABLE_LETTERS
    (ja,) = spell_out(letter.lower(), "ja")
    assert ja.confusable
    assert ja.phonetic is not None and ja.phonetic.endswith(f"の{letter}")
    (en,) = spell_out(letter.lower(), "en")
    assert en.phonetic is not None and en.phonetic.startswith(f"{letter} as in ")


def test_specific_phonetic_words() -> None:
    assert spell_out("b")[0].display == "ビー（ボーイのB）"
    assert spell_out("d")[0].display == "ディー（ドッグのD）"
    assert spell_out("n")[0].display == "エヌ（ニッポンのN）"
    assert spell_out("b", "en")[0].display == "B as in Bravo"
    assert spell_out("v", "en")[0].display == "V as in Victor"
    assert spell_out("m", "en")[0].display == "M as in Mike"
    assert spell_out("n", "en")[0].display == "N as in November"


@pytest.mark.parametrize("letter", list("ACHIJKLOQRUWXY"))
def test_letters_not_misheard_are_said_plainly(letter: str) -> None:
    """Plain spelling: no word for letters that are not confused on the phone."""
    (ja,) = spell_out(letter.lower(), "ja")
    assert not ja.confusable and ja.phonetic is None and "の" not in ja.display
    (en,) = spell_out(letter.lower(), "en")
    assert en.phonetic is None and en.display == letter


def test_a_common_address_reads_with_few_words() -> None:
    """Most letters of a usual address are said plainly; only the misheard ones carry a word."""
    chars = [c for c in spell_out("shiori.mori@gmail.com") if c.kind == "letter"]
    with_word = [c.char for c in chars if c.phonetic]
    assert with_word == ["s", "m", "g", "m", "m"]
    assert len(with_word) * 3 < len(chars)
    assert spell_out_line("ch@a.jp") == "シー、エイチ、アットマーク、エー、ドット、ジェー、ピー（ペンのP）"


def test_non_confusable_letter_has_no_phonetic_word() -> None:
    (h,) = spell_out("h")
    assert not h.confusable and h.phonetic is None and h.display == "エイチ"
    (w,) = spell_out("w", "en")
    assert w.display == "W"


def test_symbols_and_digits() -> None:
    readings = {c.char: c.reading for c in spell_out("-_+.@0")}
    assert readings == {"-": "ハイフン", "_": "アンダーバー", "+": "プラス", ".": "ドット", "@": "アットマーク", "0": "ゼロ"}
    en = {c.char: c.display for c in spell_out("-_0", "en")}
    assert en == {"-": "hyphen (minus sign)", "_": "underscore (low line)", "0": "zero (digit)"}


def test_upper_case_is_said() -> None:
    assert spell_out("A")[0].display == "大文字のエー"
    assert spell_out("B", "en")[0].display == "capital B as in Bravo"


def test_spell_out_line() -> None:
    assert spell_out_line("b.h@x.jp") == "ビー（ボーイのB）、ドット、エイチ、アットマーク、エックス、ドット、ジェー、ピー（ペンのP）"
    assert spell_out_line("b-1", "en") == "B as in Bravo, hyphen (minus sign), one (digit)"


def test_spell_out_rejects_unknown_language() -> None:
    with pytest.raises(ValueError):
        spell_out("a", "fr")


# --------------------------------------------------------------------------- mentions (deletion, A6)
# A deletion request (design A6; seed 003 line 51 "個人情報の開示・変更・削除依頼") erases the address
# wherever it is held, also in requests recorded as free text without a contact.


@pytest.mark.parametrize(("text", "named"), [
    ("taro@example.jp", True),
    ("ＴＡＲＯ＠ｅｘａｍｐｌｅ．ｊｐ", True),  # full width, as an IME gives it
    ("ta ro@example.jp", True),  # a space from dictation
    ("mailto:Taro@Example.JP.", True),
    ("手紙: taro@example.jp 宛の案内を止めてほしい", True),  # inside what the request says
    ("taro@example.jp。", True),
    ("<taro@example.jp>", True),
    ("xtaro@example.jp", False),  # another local part
    ("a.taro@example.jp", False),
    ("taro@example.jp.net", False),  # another domain
    ("taro@example.jpn", False),
    ("taro@example.jp-x", False),
    ("宛先不明", False),
    ("", False),
    (None, False),
])
def test_mentions_names_the_address_in_any_spelling_but_not_another(text: str | None, named: bool) -> None:
    assert mentions(text, canonical_key("Taro@example.jp")) is named


def test_mentions_needs_a_key() -> None:
    assert not mentions("taro@example.jp", None)
    assert not mentions("taro@example.jp", "")
    assert not mentions("taro", "taro")  # not an address

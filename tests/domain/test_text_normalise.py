"""Normalisation for matching, and mapping spans back to the original text."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.domain.text_normalise import fold_kana, normalise_for_matching, normalise_word, to_original_span


def _find_original(text: str, needle: str) -> str:
    """Find ``needle`` (already normalised) in the normalised text; return the original slice."""
    norm, imap = normalise_for_matching(text)
    i = norm.index(needle)
    s, e = to_original_span(imap, i, i + len(needle))
    return text[s:e]


def test_full_width_ascii_and_case_are_folded():
    assert normalise_for_matching("ＡＢＣ１２３　ｘｙｚ")[0] == "abc123 xyz"


def test_katakana_is_folded_to_hiragana_but_long_vowel_and_ke_are_kept():
    assert normalise_for_matching("パスワード")[0] == "ぱすわーど"
    assert normalise_for_matching("霞ヶ関")[0] == "霞ヶ関"
    assert fold_kana("ヴァヽヾ") == "ゔぁゝゞ"


def test_half_width_katakana_with_voiced_marks_is_composed():
    norm, imap = normalise_for_matching("ﾊﾟｽﾜｰﾄﾞ")
    assert norm == "ぱすわーど"
    # ﾊﾟ is two original characters that became one: the span covers both.
    assert to_original_span(imap, 0, 1) == (0, 2)
    assert to_original_span(imap, 0, len(norm)) == (0, 7)


def test_index_map_shape():
    text = "電話：０９０－１２３４"
    norm, imap = normalise_for_matching(text)
    assert len(imap) == len(norm) + 1
    assert imap[-1] == len(text)
    assert imap == sorted(imap)


def test_full_width_email_maps_back_to_the_original_span():
    text = "連絡先：ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰまで"
    assert _find_original(text, "taro@example.jp") == "ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ"


def test_full_width_phone_maps_back_to_the_original_span():
    text = "お電話は ０９０－１２３４－５６７８ へ"
    assert _find_original(text, "090-1234-5678") == "０９０－１２３４－５６７８"


def test_a_match_inside_an_expansion_maps_to_the_whole_character():
    text = "元号は㍻でした"
    norm, imap = normalise_for_matching(text)
    assert norm == "元号は平成でした"
    i = norm.index("平")
    assert text[slice(*to_original_span(imap, i, i + 1))] == "㍻"


def test_zero_width_characters_are_dropped():
    text = "死\u200bね"
    norm, imap = normalise_for_matching(text)
    assert norm == "死ね"
    assert to_original_span(imap, 0, 2) == (0, 3)


@pytest.mark.parametrize(
    "text",
    ["ＡＢＣ　アイウ", "ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟ", "ﾜﾞｲﾝ", "㍻①", "東京都千代田区１－２－３", "Straße İ", "ヴァイオリン"],
)
def test_matches_whole_string_nfkc(text):
    expected = fold_kana(unicodedata.normalize("NFKC", text).lower())
    assert normalise_for_matching(text)[0] == expected


def test_empty_text_and_empty_span():
    assert normalise_for_matching("") == ("", [0])
    _, imap = normalise_for_matching("abc")
    assert to_original_span(imap, 1, 1) == (1, 1)
    with pytest.raises(ValueError):
        to_original_span(imap, 2, 5)


def test_normalise_word_strips_and_normalises():
    assert normalise_word("  ＳＥＣＲＥＴ　") == "secret"


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",  # zero-width space
        "\u200c",  # zero-width non-joiner
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\ufeff",  # byte-order mark / zero-width no-break space
        "\u00ad",  # soft hyphen
        "\u200e",  # left-to-right mark
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u2063",  # invisible separator
        "\u180e",  # Mongolian vowel separator
        "\u034f",  # combining grapheme joiner
        "\ufe0f",  # variation selector 16
        "\U000e0041",  # tag character
        "\u3164",  # Hangul filler
        "\uffa0",  # half-width Hangul filler
    ],
)
def test_every_invisible_character_is_dropped(invisible):
    text = f"死{invisible}{invisible}ね"
    norm, imap = normalise_for_matching(text)
    assert norm == "死ね"
    assert to_original_span(imap, 0, 2) == (0, len(text))


def test_visible_spaces_are_kept():
    assert normalise_for_matching("死 ね")[0] == "死 ね"

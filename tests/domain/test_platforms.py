"""Platform length rules; X weighting follows twitter-text v3 approximately."""

from __future__ import annotations

import pytest

from desktop.domain.platforms import LengthUnit, Platform, length_rule, measure, x_weighted_length


def test_every_platform_has_a_label_and_a_rule():
    for p in Platform:
        assert p.label
        assert length_rule(p).platform is p


@pytest.mark.parametrize(
    ("platform", "limit", "unit"),
    [
        (Platform.X, 280, LengthUnit.WEIGHTED),
        (Platform.INSTAGRAM, 2200, LengthUnit.CHARACTERS),
        (Platform.FACEBOOK, 63206, LengthUnit.CHARACTERS),
        (Platform.YOUTUBE, 5000, LengthUnit.UTF8_BYTES),
        (Platform.BLOG, None, LengthUnit.CHARACTERS),
        (Platform.HOMEPAGE, None, LengthUnit.CHARACTERS),
    ],
)
def test_length_rules(platform, limit, unit):
    rule = length_rule(platform)
    assert (rule.limit, rule.unit) == (limit, unit)


def test_x_latin_counts_one():
    assert measure(Platform.X, "a" * 280).over is False
    r = measure(Platform.X, "a" * 281)
    assert (r.used, r.limit, r.over) == (281, 280, True)


def test_x_cjk_and_full_width_count_two():
    assert x_weighted_length("あ" * 140) == 280
    assert measure(Platform.X, "あ" * 140).over is False
    assert measure(Platform.X, "あ" * 141).over is True
    assert x_weighted_length("漢字カナ") == 8
    assert x_weighted_length("ＡＢＣ") == 6  # full-width Latin
    assert x_weighted_length("ｱｲ") == 4  # half-width katakana is outside the light ranges
    assert x_weighted_length("「」。") == 6


def test_x_general_punctuation_ranges():
    assert x_weighted_length("\u2018\u2019\u201c\u201d") == 4  # U+2010-U+201F weigh 1
    assert x_weighted_length("\u2026") == 2  # … is outside the ranges


@pytest.mark.parametrize(
    "url",
    ["https://example.jp", "https://example.jp/" + "a" * 200, "http://coop.example.jp/event?id=1", "example.com/x"],
)
def test_x_every_url_counts_23(url):
    assert x_weighted_length(url) == 23
    assert x_weighted_length(f"詳細 {url} へ") == 2 * 2 + 1 + 23 + 1 + 2


def test_x_two_urls():
    assert x_weighted_length("https://a.example.jp https://b.example.jp/" + "x" * 50) == 23 + 1 + 23


def test_x_emoji():
    assert x_weighted_length("😀") == 2
    assert x_weighted_length("👨\u200d👩\u200d👧") == 2  # one ZWJ family
    assert x_weighted_length("👍🏽") == 2  # with a skin tone
    assert x_weighted_length("🇯🇵") == 2  # a flag


def test_instagram_counts_code_points():
    assert measure(Platform.INSTAGRAM, "あ" * 2200).over is False
    assert measure(Platform.INSTAGRAM, "😀" * 2201).over is True


def test_facebook_limit():
    assert measure(Platform.FACEBOOK, "a" * 63206).over is False
    assert measure(Platform.FACEBOOK, "a" * 63207).over is True


def test_youtube_counts_utf8_bytes():
    assert measure(Platform.YOUTUBE, "a" * 5000).over is False
    r = measure(Platform.YOUTUBE, "あ" * 1667)
    assert (r.used, r.over) == (5001, True)
    assert measure(Platform.YOUTUBE, "あ" * 1666).over is False


@pytest.mark.parametrize("platform", [Platform.BLOG, Platform.HOMEPAGE])
def test_blog_and_homepage_have_no_limit(platform):
    r = measure(platform, "あ" * 100000)
    assert (r.used, r.limit, r.over, r.remaining) == (100000, None, False, None)


def test_length_finding_marks_the_part_after_the_limit():
    from desktop.domain.platforms import length_finding
    from desktop.domain.screening import Category, Severity

    assert length_finding(Platform.X, "あ" * 140) is None
    f = length_finding(Platform.X, "あ" * 150)
    assert f is not None and f.category is Category.TOO_LONG and f.severity is Severity.HIGH
    assert (f.start, f.end) == (140, 150)
    assert f.params == ("300", "280")
    huge = "a" * 100_000
    f = length_finding(Platform.INSTAGRAM, huge)
    assert f is not None and (f.start, f.end) == (2200, 100_000)
    assert length_finding(Platform.HOMEPAGE, huge) is None
    assert length_finding(Platform.X, "") is None

"""A finding tells the reader in plain words why, quoting the guideline, never a rule code or a file name."""

from __future__ import annotations

import re

import pytest

from desktop.app import install_translators
from desktop.domain.screening import Category, screen
from desktop.services import morphology, wordlists
from desktop.ui.post_text import finding_text

OWN = ["coop.example.jp"]


def _screen(text: str):  # type: ignore[no-untyped-def]
    return screen(text, [], wordlists.default_word_lists(), own_domains=OWN, analyze=morphology.analyze)


RULE_CODE = re.compile(r"§|\d{3}_[0-9a-f]{8}|\.txt|削除ルール|\b000\b|\bP\d\b")

POSTS = {
    Category.INSULT: "あいつは本当に無能で役立たずだ。",
    Category.PHONE_NUMBER: "詳しくは090-1234-5678の田中まで。",
    Category.OUTSIDE_LINK: "こちらをご覧ください https://example.com/page",
    Category.ADVERTISING: "駅前の○○商店で今だけ半額セール！ぜひお買い求めください。",
}


@pytest.mark.parametrize("category", list(POSTS))
def test_finding_quotes_the_guideline_without_codes(qapp, category: Category) -> None:  # type: ignore[no-untyped-def]
    findings = [f for f in _screen(POSTS[category]) if f.category is category]
    assert findings, category
    line = finding_text(findings[0])
    assert 'The guideline says: "' in line
    assert not RULE_CODE.search(line), line


def test_finding_in_japanese_quotes_the_rule_in_brackets(qapp) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "ja", [])
    try:
        insult = next(f for f in _screen(POSTS[Category.INSULT])
                      if f.category is Category.INSULT)
        line = finding_text(insult)
        assert "ガイドラインの定め：「他者を侮辱する情報」" in line
        assert not RULE_CODE.search(line), line
    finally:
        install_translators(qapp, "en", translators)

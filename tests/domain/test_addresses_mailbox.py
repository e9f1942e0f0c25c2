"""Mailbox equivalence: Gmail dots and +tags, documented sub-addressing, nothing folded elsewhere."""

from __future__ import annotations

import pytest

from desktop.domain.addresses import canonical_key, mailbox_key, mailbox_of_key, normalise, same_mailbox


@pytest.mark.parametrize("a, b", [
    ("taro.refuse@gmail.com", "TaroRefuse@gmail.com"),
    ("taro.refuse@gmail.com", "t.a.r.o.refuse+news@gmail.com"),
    ("taro.refuse@gmail.com", "taro.refuse@googlemail.com"),
    ("ＴＡＲＯ．ＲＥＦＵＳＥ＠ＧＭＡＩＬ．ＣＯＭ", "tarorefuse@gmail.com"),
    ("hanako@outlook.jp", "hanako+lp@outlook.jp"),
    ("hanako@hotmail.co.jp", "Hanako+kids@HOTMAIL.CO.JP"),
    ("ken@proton.me", "ken+x@proton.me"),
])
def test_same_mailbox(a: str, b: str) -> None:
    assert same_mailbox(a, b)
    assert canonical_key(a) != canonical_key(b)  # still two spellings (the contact key stays per spelling)


@pytest.mark.parametrize("a, b", [
    ("info+kids@office.example.jp", "info@office.example.jp"),  # an office's own domain: '+' may be real
    ("taro.yamada@example.jp", "taroyamada@example.jp"),  # dots count on unknown domains
    ("taro.yamada@outlook.jp", "taroyamada@outlook.jp"),  # Outlook: only +tags are documented
    ("taro+x@docomo.ne.jp", "taro@docomo.ne.jp"),  # carriers document no sub-addressing
    ("taro@gmail.com", "taro@gmail.co.jp"),
])
def test_different_mailboxes(a: str, b: str) -> None:
    assert not same_mailbox(a, b)


def test_key_of_a_plus_only_local_part_is_left_whole() -> None:
    assert mailbox_key("+@gmail.com") == "+@gmail.com"
    assert mailbox_key("Taro.Refuse+News@GoogleMail.com") == "tarorefuse@gmail.com"


def test_normalise_keeps_the_spelling() -> None:
    assert normalise("Taro.Refuse+News@GMAIL.com") == "Taro.Refuse+News@gmail.com"


@pytest.mark.parametrize("raw", ["Taro.Refuse+x@GoogleMail.com", "info+kids@office.example.jp", "ken+a@outlook.jp",
                                 "no-at-sign"])
def test_folding_a_stored_key_gives_the_same_mailbox(raw: str) -> None:
    assert mailbox_of_key(canonical_key(raw)) == mailbox_key(raw)

"""A raw statement's row with its sealed values opened (the office server's opening cursor, store/sealing.py)."""

from __future__ import annotations

import os

from desktop.store import contacts  # noqa: F401 - binds the sealed columns (their labels open raw results)
from desktop.store.sealing import Sealer, open_row


def test_sealed_values_open_and_everything_else_comes_back_as_it_was() -> None:
    sealer = Sealer(os.urandom(32))
    address = sealer.seal("山田.花子@example.jp", "contact.address")
    name = sealer.seal("山田 花子", "contact.name")
    key = sealer.seal_lookup("yamada@example.jp", "contact.address-key")
    tampered = address[:-1] + bytes([address[-1] ^ 1])
    other_key = Sealer(os.urandom(32)).seal("x@example.jp", "contact.address")
    unknown_tag = b"mdg1\0\0" + address[6:]
    row = (7, address, memoryview(name), key, None, "phone", b"plain bytes", tampered, other_key, unknown_tag, b"", 1.5)
    assert open_row(sealer, row) == (7, "山田.花子@example.jp", "山田 花子", "yamada@example.jp", None, "phone",
                                     b"plain bytes", tampered, other_key, unknown_tag, b"", 1.5)
    assert sealer.open_any(address) == "山田.花子@example.jp" and sealer.open_any(tampered) == tampered
    assert open_row(None, [1, address]) == (1, address)  # the SQLCipher file: nothing is sealed


def test_a_value_sealed_for_another_column_does_not_open_as_this_one() -> None:
    sealer = Sealer(os.urandom(32))
    name = sealer.seal("山田 花子", "contact.name")
    moved = sealer.seal("x", "contact.address")[:6] + name[6:]  # the address column's header on a name's value
    assert open_row(sealer, (moved,)) == (moved,)

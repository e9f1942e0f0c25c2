"""Statements compiled once (store/compiled.py), on both stores: the same rows as peewee's own queries, a
personal value sealed afresh at every run on the office server, and the constants a compiled statement
refuses to freeze."""

from __future__ import annotations

import peewee as pw
import pytest

from desktop.store import compiled
from desktop.store import contacts_repo as crepo
from desktop.store.compiled import Compiled, Param
from desktop.store.contacts import Contact
from desktop.store.models import DB, BaseModel
from desktop.store.server import is_server
from tests.conftest import on_server


def _insert(address: str, name: str) -> int:
    key = address.lower()
    return crepo.insert_contact(address=address, key=key, key_hash="h-" + key, name=name, furigana=None,
                                search_text=key, status="no_consent", eligible=False, channel="phone",
                                address_valid=True, at="2026-12-06T00:00:00+00:00")


def test_a_compiled_lookup_reads_what_peewee_reads_and_is_built_once(office) -> None:  # type: ignore[no-untyped-def]
    builds: list[int] = []

    def build() -> pw.Query:
        builds.append(1)
        return Contact.select(Contact.id, Contact.address, Contact.name).where(Contact.key == Param("key"))

    stmt = Compiled(build)
    first = _insert("Taro@Example.jp", "山田 太郎")
    _insert("hanako@example.jp", "山田 花子")
    assert stmt.one(key="taro@example.jp") == (first, "Taro@Example.jp", "山田 太郎")
    assert stmt.all(key="hanako@example.jp")[0][2] == "山田 花子"
    assert stmt.one(key="nobody@example.jp") is None
    assert len(builds) == 1  # the SQL was made once; each run only converted its value
    peewee_row = Contact.select(Contact.id, Contact.address, Contact.name).where(
        Contact.key == "taro@example.jp").tuples().get()
    assert tuple(peewee_row) == stmt.one(key="taro@example.jp")


def test_a_personal_value_is_sealed_afresh_at_every_run(office) -> None:  # type: ignore[no-untyped-def]
    a = _insert("same.name.1@example.jp", "同じ 名前")
    b = _insert("same.name.2@example.jp", "同じ 名前")
    compiled.update_by_id(Contact, a, {"name": "新しい 名前"})
    assert crepo.contact_by_id(a).name == "新しい 名前"  # type: ignore[union-attr]
    if not on_server():
        return
    raw = {row[0]: bytes(row[1]) for row in DB.obj.connection().execute(
        "SELECT id, name FROM contact WHERE id IN (%s, %s)", (a, b)).fetchall()}
    assert all("名前".encode() not in v for v in raw.values())  # sealed, never plain
    compiled.update_by_id(Contact, b, {"name": "新しい 名前"})
    again = {row[0]: bytes(row[1]) for row in DB.obj.connection().execute(
        "SELECT id, name FROM contact WHERE id IN (%s, %s)", (a, b)).fetchall()}
    assert again[a] != again[b]  # the same name, two different sealings (a fresh nonce per run)


def test_a_statement_with_frozen_bytes_or_a_callable_default_is_refused(office) -> None:  # type: ignore[no-untyped-def]
    if is_server(DB.obj):  # a sealed constant would be one ciphertext reused for every run
        frozen = Compiled(lambda: Contact.select(Contact.id).where(Contact.name == "山田 太郎"))
        with pytest.raises(TypeError):
            frozen.one()

    class Stamped(BaseModel):
        stamp = pw.CharField(default=lambda: "made at run time")

    with pytest.raises(TypeError):
        compiled.insert(Stamped, {})

"""Personal fields encrypted by the app, for the office server (issue 18).

On the single-PC office the whole SQLCipher file is encrypted and these fields are stored as they are. On
the office server (PostgreSQL) the server, its backups, its WAL and its logs must never see them in
plaintext, so each personal column is sealed in the app before it leaves:

* :class:`SealedText` — randomised AES-256-GCM (a fresh 96-bit nonce per value), the column's name as
  associated data (a value copied into another column does not open). The server learns a value's length
  (rounded up to 16 bytes) and nothing else. Used for addresses as typed, names, furigana, memos, the
  folded search text and post texts.
* :class:`LookupText` — deterministic authenticated encryption (AES-256-SIV, RFC 5297): the same
  normalised value always gives the same bytes, so exact lookups (``Contact.key == k``), the unique index
  (no duplicate contact even when two PCs save the same address at once) and the mailbox index work in
  the database. Its synthetic IV is a keyed PRF (AES-CMAC) of the value: the keyed blind index of the
  normalised address, stored together with the value's encryption so the app can read the key back. The
  server learns which rows share a normalised address (what any blind index reveals) and nothing else.

Both keys are derived (HKDF-SHA256) from the office data key, which the key slots unwrap as on one PC;
the server never holds it. The :class:`Sealer` of the open database is reached through the models'
database proxy; with no sealer (SQLCipher) the fields pass values through unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.models import DB

GCM_MAGIC = b"mdg1"  # randomised: magic + column tag(2) + nonce(12) + ciphertext + tag(16)
SIV_MAGIC = b"mds1"  # deterministic: magic + column tag(2) + SIV(16) + ciphertext
MAGICS = (GCM_MAGIC, SIV_MAGIC)
NONCE = 12


class SealError(Exception):
    """A sealed value did not open: the data key does not fit or the stored bytes were changed."""


def _derive(key: bytes | bytearray, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(bytes(key))


class Sealer:
    """Seals and opens personal values under keys derived from the office data key."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        self._gcm = AESGCM(_derive(data_key, b"madoguchi field seal v1", 32))
        self._siv = AESSIV(_derive(data_key, b"madoguchi field lookup v1", 64))

    def seal(self, value: str, column: str) -> bytes:
        nonce = os.urandom(NONCE)
        return GCM_MAGIC + label_tag(column) + nonce + self._gcm.encrypt(nonce, value.encode("utf-8"), column.encode())

    def seal_lookup(self, value: str, column: str) -> bytes:
        return SIV_MAGIC + label_tag(column) + self._siv.encrypt(value.encode("utf-8"), [column.encode()])

    def open(self, blob: bytes, column: str) -> str:
        body = blob[HEADER:]
        try:
            if blob[:4] == GCM_MAGIC:
                return self._gcm.decrypt(body[:NONCE], body[NONCE:], column.encode()).decode("utf-8")
            if blob[:4] == SIV_MAGIC:
                return self._siv.decrypt(body, [column.encode()]).decode("utf-8")
        except (InvalidTag, UnicodeDecodeError, ValueError):
            raise SealError() from None
        raise SealError()

    def open_any(self, blob: bytes) -> str | bytes:
        """Open a sealed value read by a raw statement: its header names its column (a two-byte tag of the column's
        label, which is also the associated data it is bound to). Bytes that are not a sealed value, or whose tag no
        sealed column has, are returned unchanged. (Every value of a raw result passes here: see :func:`open_row`.)"""
        return open_row(self, (blob,))[0]  # type: ignore[no-any-return]


TAG = 2
HEADER = 4 + TAG


def label_tag(column: str) -> bytes:
    """Two bytes naming a sealed column in its values (so a raw statement's result opens in one try)."""
    return hashlib.sha256(column.encode()).digest()[:TAG]


_LABELS: dict[bytes, str] = {}  # magic + tag -> column label, filled as the sealed fields are bound
_OPENING: dict[bytes, tuple[bool, bytes]] = {}  # magic + tag -> (AES-GCM?, the label as associated data)


def current() -> Sealer | None:
    """The sealer of the open database (None on the single-PC office, or with no office open)."""
    db = DB.obj
    return getattr(db, "sealer", None) if db is not None else None


class _SealedBase(pw.TextField):
    """A text column whose values the app seals on the office server (see the module's text)."""

    field_type = "SEALED"
    magic = GCM_MAGIC

    def bind(self, model: Any, name: str, set_attribute: bool = True) -> None:
        super().bind(model, name, set_attribute)
        key = self.magic + label_tag(self.aad)
        if _LABELS.setdefault(key, self.aad) != self.aad:
            raise RuntimeError("two sealed columns share a label tag: rename one")
        _OPENING[key] = (self.magic == GCM_MAGIC, self.aad.encode())

    @property
    def aad(self) -> str:
        return f"{self.model._meta.table_name}.{self.column_name}"

    def _seal(self, sealer: Sealer, text: str) -> bytes:
        return sealer.seal(text, self.aad)

    def db_value(self, value: Any) -> Any:
        value = super().db_value(value)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs
        sealer = current()
        if sealer is None or value is None or not isinstance(value, str):
            return value
        return self._seal(sealer, value)

    def python_value(self, value: Any) -> Any:
        if isinstance(value, memoryview):
            value = bytes(value)
        if isinstance(value, bytes):
            sealer = current()
            if sealer is None:
                raise SealError()
            return sealer.open(value, self.aad)
        return super().python_value(value)  # type: ignore[no-untyped-call]  # untyped in peewee's stubs


class SealedText(_SealedBase):
    """Randomised AES-256-GCM on the office server; plain TEXT inside the SQLCipher file."""


class LookupText(_SealedBase):
    """Deterministic AES-256-SIV on the office server (exact lookups, unique index); plain on one PC.

    ``domain``: columns of one domain seal equal values to equal bytes (a contact's canonical key and its
    mailbox key compare in SQL: ``mailbox != key`` finds the folded spellings)."""

    magic = SIV_MAGIC

    def __init__(self, *args: Any, domain: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.domain = domain

    @property
    def aad(self) -> str:
        return self.domain or super().aad

    def _seal(self, sealer: Sealer, text: str) -> bytes:
        return sealer.seal_lookup(text, self.aad)


def open_row(sealer: Sealer | None, row: Sequence[Any]) -> tuple[Any, ...]:
    """A row read by a raw statement with its sealed values opened (unchanged on one PC).

    Every value of every raw result passes here (a send list of 100,000 rows: 300,000 sealed values), so the loop
    is written for the interpreter: one header slice and one dictionary look-up per bytes value, the nonce and the
    ciphertext cut as plain bytes (for values this small a slice costs less than a memoryview), no call per value
    besides the decryption. A value that does not open (another key, changed bytes) is returned as it came."""
    if sealer is None:
        return tuple(row)
    opening = _OPENING
    gcm, siv = sealer._gcm.decrypt, sealer._siv.decrypt
    out: list[Any] = []
    for v in row:
        if type(v) is memoryview:
            v = bytes(v)
        if type(v) is bytes:
            found = opening.get(v[:HEADER])
            if found is not None:
                is_gcm, ad = found
                try:
                    if is_gcm:
                        v = gcm(v[HEADER:_BODY], v[_BODY:], ad).decode("utf-8")
                    else:
                        v = siv(v[HEADER:], [ad]).decode("utf-8")
                except (InvalidTag, UnicodeDecodeError, ValueError):
                    pass  # not a value of ours after all: returned as it came (as open_any promises)
        out.append(v)
    return tuple(out)


_BODY = HEADER + NONCE  # a GCM value's ciphertext starts after its header and nonce


def seal_values(model: type[pw.Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """Rows for a raw INSERT/UPDATE of ``model`` with each sealed column's value sealed (unchanged on one PC)."""
    sealer = current()
    if sealer is None:
        return [tuple(r) for r in rows]
    fields = [model._meta.columns.get(c) for c in columns]
    converters = [f if isinstance(f, _SealedBase) else None for f in fields]
    return [tuple(conv.db_value(v) if conv is not None else v for conv, v in zip(converters, r, strict=True))
            for r in rows]


def seal_param(field: pw.Field, value: Any) -> Any:
    """One raw statement's parameter for ``field``'s column (sealed on the office server when it is personal)."""
    return field.db_value(value) if isinstance(field, _SealedBase) else value

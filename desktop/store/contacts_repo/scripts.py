"""Script versions (the consent scripts staff read out) and the exact texts events point at."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from desktop.store.compiled import Compiled, Param
from desktop.store.contacts import ScriptText, ScriptVersion
from desktop.store.contacts_repo.rows import CHUNK, ScriptTextRow, ScriptVersionRow
from desktop.store.models import tuples


def _script_version(r: ScriptVersion) -> ScriptVersionRow:
    return ScriptVersionRow(r.id, r.key, r.version, r.purpose, r.channel, r.form, json.loads(r.title_json),
                            json.loads(r.paragraphs_json), json.loads(r.source_json or "{}"), r.origin,
                            r.published_at, r.published_by, r.reviewed_at, r.reviewed_by)


def _script_text(r: ScriptText) -> ScriptTextRow:
    return ScriptTextRow(r.id, r.sha256, r.text, r.lang, r.script_version_id)


def latest_script_version(key: str) -> ScriptVersionRow | None:
    r = (ScriptVersion.select().where(ScriptVersion.key == key)
         .order_by(ScriptVersion.published_at.desc(), ScriptVersion.id.desc()).first())
    return None if r is None else _script_version(r)


_VERSION_FIELDS = (ScriptVersion.id, ScriptVersion.key, ScriptVersion.version, ScriptVersion.purpose,
                   ScriptVersion.channel, ScriptVersion.form, ScriptVersion.title_json, ScriptVersion.paragraphs_json,
                   ScriptVersion.source_json, ScriptVersion.origin, ScriptVersion.published_at,
                   ScriptVersion.published_by, ScriptVersion.reviewed_at, ScriptVersion.reviewed_by)
_VERSION_BY_ID = Compiled(lambda: ScriptVersion.select(*_VERSION_FIELDS).where(ScriptVersion.id == Param("id")))
_TEXT_ID = Compiled(lambda: ScriptText.select(ScriptText.id).where(ScriptText.sha256 == Param("sha")))


def script_version_by_id(version_id: int) -> ScriptVersionRow | None:
    """(Every phone save checks the script shown: compiled once, store/compiled.py.)"""
    t = _VERSION_BY_ID.one(id=version_id)
    if t is None:
        return None
    return ScriptVersionRow(t[0], t[1], t[2], t[3], t[4], t[5], json.loads(t[6]), json.loads(t[7]),
                            json.loads(t[8] or "{}"), t[9], t[10], t[11], t[12], t[13])


def script_version_by_label(key: str, version: str) -> ScriptVersionRow | None:
    r = ScriptVersion.get_or_none((ScriptVersion.key == key) & (ScriptVersion.version == version))
    return None if r is None else _script_version(r)


def script_versions(key: str | None = None) -> list[ScriptVersionRow]:
    q = ScriptVersion.select().order_by(ScriptVersion.key, ScriptVersion.published_at.desc(), ScriptVersion.id.desc())
    if key is not None:
        q = q.where(ScriptVersion.key == key)
    return [_script_version(r) for r in q]


def script_keys() -> list[str]:
    return [r[0] for r in tuples(ScriptVersion.select(ScriptVersion.key).distinct())]


def insert_script_version(*, key: str, version: str, purpose: str, channel: str | None, form: str,
                          title: dict[str, str], paragraphs: dict[str, list[str]], source: dict[str, Any],
                          origin: str, at: str, by: str) -> int:
    return int(ScriptVersion.insert(
        key=key, version=version, purpose=purpose, channel=channel, form=form,
        title_json=json.dumps(title, ensure_ascii=False), paragraphs_json=json.dumps(paragraphs, ensure_ascii=False),
        source_json=json.dumps(source, ensure_ascii=False), origin=origin, published_at=at, published_by=by,
        reviewed_at=at, reviewed_by=by).execute())


def mark_script_reviewed(version_id: int, at: str, by: str) -> None:
    ScriptVersion.update(reviewed_at=at, reviewed_by=by).where(ScriptVersion.id == version_id).execute()


def script_text_by_hash(sha256: str) -> ScriptTextRow | None:
    r = ScriptText.get_or_none(ScriptText.sha256 == sha256)
    return None if r is None else _script_text(r)


def script_text_by_id(text_id: int) -> ScriptTextRow | None:
    r = ScriptText.get_or_none(ScriptText.id == text_id)
    return None if r is None else _script_text(r)


def script_texts_by_ids(ids: Iterable[int]) -> dict[int, ScriptTextRow]:
    wanted = sorted(set(ids))
    out: dict[int, ScriptTextRow] = {}
    for i in range(0, len(wanted), CHUNK):
        for r in ScriptText.select().where(ScriptText.id.in_(wanted[i:i + CHUNK])):
            out[r.id] = _script_text(r)
    return out


def ensure_script_text(*, sha256: str, text: str, lang: str, script_version_id: int, at: str) -> int:
    """The id of the stored text with this hash, inserting it the first time."""
    found = _TEXT_ID.one(sha=sha256)
    if found is not None:
        return int(found[0])
    # another PC's save may store the same text meanwhile (the phone desk's save does not run alone on the
    # office server: contacts_repo.mailbox_atomic): the second insert waits for the first and does nothing
    ScriptText.insert(sha256=sha256, text=text, lang=lang, script_version=script_version_id,
                      created_at=at).on_conflict_ignore().execute()
    return int(ScriptText.get(ScriptText.sha256 == sha256).id)

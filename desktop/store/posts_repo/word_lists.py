"""Managers' overrides of the screening word lists, one per category (the shipped TOML is the default)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from desktop.store.models import upsert
from desktop.store.posts import WordListOverride
from desktop.store.posts_repo.rows import WordListOverrideRow, json_text


def word_list_overrides() -> list[WordListOverrideRow]:
    return [
        WordListOverrideRow(
            o.category,
            o.severity,
            tuple(json.loads(o.words)),
            tuple(json.loads(o.allow)),
            o.updated_by,
            o.updated_at,
        )
        for o in WordListOverride.select().order_by(WordListOverride.category)
    ]


def set_word_list_override(
    *,
    category: str,
    severity: str,
    words: Sequence[str],
    allow: Sequence[str],
    updated_by: str,
    updated_at: str,
) -> None:
    upsert(
        WordListOverride,
        WordListOverride.category,
        category=category,
        severity=severity,
        words=json_text(list(words)),
        allow=json_text(list(allow)),
        updated_by=updated_by,
        updated_at=updated_at,
    )


def remove_word_list_override(category: str) -> bool:
    return int(WordListOverride.delete().where(WordListOverride.category == category).execute()) > 0

"""Tables of the posts feature (created by migration; see desktop/store/migrations.py)."""

from __future__ import annotations

import peewee as pw

from desktop.store.models import BaseModel

MODELS: list[type[BaseModel]] = []
EXTRA_SQL: list[str] = []

__all__ = ["MODELS", "EXTRA_SQL", "BaseModel", "pw"]

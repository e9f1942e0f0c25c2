"""Statements compiled once: peewee queries turned into SQL at their first use, then run with new values.

Building a statement from peewee's expression tree costs more CPU than the statement itself on a small
lookup: the phone desk's save sends about twenty, and their building was about half of the app's CPU per
save, which five PCs saving at once on the office server's two cores feel. A :class:`Compiled` statement is
written as an ordinary peewee query whose values are :class:`Param` placeholders; its SQL is made once per
kind of database (the SQLCipher file and the office server write different SQL) and each run only converts
the given values, through the same field ``db_value`` a built query would call (a personal field is sealed
then, with a fresh nonce each time, on the office server). The result is the database's cursor: raw rows,
opened on the office server like every raw statement's (store/server.py).

A constant in the query stays as it was compiled: only plain values may be constants (a personal value never
is), and an insert whose model would fill a column from a callable default must name that column.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import peewee as pw


class _Slot:
    """Where a run's value goes in the compiled parameters, and how it is converted."""

    __slots__ = ("convert", "name")

    def __init__(self, name: str, convert: Callable[[Any], Any] | None) -> None:
        self.name = name
        self.convert = convert


class Param(pw.Node):
    """A named value of a :class:`Compiled` statement. ``field``: the column it is written to or compared with
    (its ``db_value`` converts it); without it, the field it is compared with in the query."""

    def __init__(self, name: str, field: pw.Field | None = None) -> None:
        self.name = name
        self.field = field

    def __sql__(self, ctx: Any) -> Any:
        convert = self.field.db_value if self.field is not None else ctx.state.converter
        ctx._values.append(_Slot(self.name, convert))  # noqa: SLF001 - peewee's own way of adding a parameter
        return ctx.literal(ctx.state.param or "?")


class Compiled:
    """A statement built by ``build()`` (a peewee query with :class:`Param` values), compiled on first use."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._sql: dict[type, tuple[str, list[Any]]] = {}
        self._lock = threading.Lock()
        self._model: Any = None  # the query's model, known after the first build

    def _prepared(self) -> tuple[Any, str, list[Any]]:
        """(database, SQL, parameters) for where the query's model is bound now: the open office (the models'
        proxy) or, while a copy binds the models to another database (``bind_ctx``: moving an office to or from
        the server), that one. Built and compiled once per kind of database."""
        query = None
        if self._model is None:
            query = self._build()
            self._model = query.model
        db = self._model._meta.database
        if isinstance(db, pw.DatabaseProxy):
            db = db.obj
        found = self._sql.get(type(db))
        if found is None:
            with self._lock:
                sql, params = (query if query is not None else self._build()).sql()
                for p in params:
                    if not isinstance(p, _Slot | int | str | float | bool | type(None)):
                        raise TypeError("a compiled statement may hold only plain constants")
                found = self._sql[type(db)] = (sql, list(params))
        return db, found[0], found[1]

    def execute(self, **values: Any) -> Any:
        """Run with ``values`` (one per :class:`Param` name); the cursor of raw rows."""
        db, sql, params = self._prepared()
        args = [(p.convert(values[p.name]) if p.convert is not None else values[p.name]) if type(p) is _Slot else p
                for p in params]
        return db.execute_sql(sql, args)

    def one(self, **values: Any) -> tuple[Any, ...] | None:
        row = self.execute(**values).fetchone()
        return None if row is None else tuple(row)

    def all(self, **values: Any) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.execute(**values).fetchall()]


_INSERTS: dict[tuple[type[pw.Model], tuple[str, ...]], Compiled] = {}
_UPDATES: dict[tuple[type[pw.Model], tuple[str, ...], str], Compiled] = {}


def insert(model: type[pw.Model], values: Mapping[str, Any]) -> int:
    """Insert one row of ``values`` (field names) into ``model``; its new id. The statement is compiled once per
    set of names."""
    defaults = {f.name: d for f, d in model._meta.defaults.items() if f.name not in values}
    if any(callable(d) for d in defaults.values()):
        raise TypeError(f"name the columns with callable defaults: {sorted(defaults)}")
    values = {**defaults, **values}  # a default is a value like any other (a personal one is sealed per row)
    names = tuple(sorted(values))
    stmt = _INSERTS.get((model, names))
    if stmt is None:
        fields = model._meta.fields
        key = model._meta.primary_key
        stmt = _INSERTS[(model, names)] = Compiled(lambda: model.insert(
            {fields[n]: Param(n, fields[n]) for n in names}).returning(key))
    row = stmt.execute(**values).fetchone()
    return int(row[0])


def update_by_id(model: type[pw.Model], row_id: int, values: Mapping[str, Any]) -> int:
    """Set ``values`` (field names) on the row of ``model`` with id ``row_id``; the rows changed (0 or 1)."""
    names = tuple(sorted(values))
    key: pw.Field = model._meta.primary_key  # type: ignore[assignment]  # (False only for a model without one)
    stmt = _UPDATES.get((model, names, key.name))
    if stmt is None:
        fields = model._meta.fields
        stmt = _UPDATES[(model, names, key.name)] = Compiled(lambda: model.update(
            {fields[n]: Param(n, fields[n]) for n in names}).where(key == Param("_id", key)))
    return int(stmt.execute(**values, _id=row_id).rowcount)

"""Columnar pages (protocol 2): the rows of one entity as columns, repeated values said once.

    {"e": "booking", "n": 3,
     "s": [41, 42, 45],                 # sequence numbers (change feed only)
     "o": ["op-1", null, "op-2"],       # origin op ids (change feed only; absent when all null)
     "const": {"version": 1, "deleted_at": null},          # one value for every row of the page
     "dict": {"space_id": ["a…", "b…"]},                   # the column holds indexes into this list
     "cols": {"id": ["…", "…", "…"], "space_id": [0, 1, 0], …}}

Why: a page of bookings repeats the same space ids, statuses, instants and nulls row after row.
Column names are said once, a column with one value once, a column with few distinct values
as small indexes; what is left compresses well with gzip because alike values sit together.
Decoding is cheaper too: one list per column instead of one dict per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sync.errors import BadAnswerError

#: Below this many rows a dictionary costs more than it saves.
_DICT_MIN_ROWS = 8


def encode_table(
    entity: str, rows: list[dict[str, Any]], seqs: list[int] | None = None, ops: list[str | None] | None = None
) -> dict[str, Any]:
    """One entity's rows (wire dicts) as a columnar table."""
    names: dict[str, None] = dict.fromkeys(rows[0]) if rows else {}
    for row in rows:
        if len(row) != len(names) or row.keys() != names.keys():
            names.update(dict.fromkeys(row))
    n = len(rows)
    const: dict[str, Any] = {}
    dicts: dict[str, list[Any]] = {}
    cols: dict[str, list[Any]] = {}
    for name in names:
        values = [row.get(name) for row in rows]
        # True, 1 and 1.0 are equal in Python but not on the wire: a column mixing them is keyed by (type, value).
        kinds = set(map(type, values))
        keys = values if len(kinds - {type(None)}) <= 1 else list(zip(map(type, values), values, strict=True))
        try:
            distinct = dict.fromkeys(keys)
        except TypeError:  # lists, objects: sent as they are
            cols[name] = values
            continue
        if len(distinct) == 1:
            const[name] = values[0]
        elif n >= _DICT_MIN_ROWS and len(distinct) <= n // 2:
            position = {key: i for i, key in enumerate(distinct)}
            dicts[name] = list(distinct) if keys is values else [v for _t, v in distinct]
            cols[name] = list(map(position.__getitem__, keys))
        else:
            cols[name] = values
    table: dict[str, Any] = {"e": entity, "n": n}
    if seqs is not None:
        table["s"] = seqs
    if ops is not None and any(o is not None for o in ops):
        table["o"] = ops
    table["const"] = const
    table["dict"] = dicts
    table["cols"] = cols
    return table


def group_by_entity(items: Iterable[tuple[str, int, str | None, dict[str, Any]]]) -> dict[str, list[Any]]:
    """Items (entity, seq, op id, row) grouped by entity, in order within each entity."""
    grouped: dict[str, list[Any]] = {}
    for item in items:
        grouped.setdefault(item[0], []).append(item)
    return grouped


class Table:
    """A decoded columnar table: checked shape, columns expanded lazily."""

    __slots__ = ("const", "dicts", "entity", "n", "ops", "raw", "seqs")

    def __init__(self, data: Any) -> None:
        if not isinstance(data, dict):
            raise BadAnswerError("a table is not an object")
        entity, n = data.get("e"), data.get("n")
        const, dicts, raw = data.get("const", {}), data.get("dict", {}), data.get("cols")
        if not isinstance(entity, str) or not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise BadAnswerError("a table without a valid entity or row count")
        if not isinstance(const, dict) or not isinstance(dicts, dict) or not isinstance(raw, dict):
            raise BadAnswerError("a table without valid columns")
        for name, column in raw.items():
            if not isinstance(column, list) or len(column) != n:
                raise BadAnswerError(f"column {name!r} does not hold one value per row")
        for name, values in dicts.items():
            if name not in raw or not isinstance(values, list):
                raise BadAnswerError(f"dictionary of {name!r} without its column")
        seqs, ops = data.get("s"), data.get("o")
        if seqs is not None and (not isinstance(seqs, list) or len(seqs) != n):
            raise BadAnswerError("sequence numbers do not match the rows")
        if ops is not None and (not isinstance(ops, list) or len(ops) != n):
            raise BadAnswerError("op ids do not match the rows")
        if n and not all(k in raw or k in const for k in ("id", "version")):
            raise BadAnswerError("rows without id or version")
        self.entity, self.n, self.const, self.dicts, self.raw = entity, n, const, dicts, raw
        self.seqs, self.ops = seqs, ops

    @property
    def names(self) -> list[str]:
        return [*self.const, *self.raw]

    def column(self, name: str) -> list[Any]:
        """The column's values, one per row (None for a column the page does not have)."""
        if name in self.const:
            return [self.const[name]] * self.n
        if name not in self.raw:
            return [None] * self.n
        column = self.raw[name]
        values = self.dicts.get(name)
        if values is None:
            return column
        try:
            return [values[i] for i in column]
        except (IndexError, TypeError) as exc:
            raise BadAnswerError(f"column {name!r} points outside its dictionary") from exc

    def mapped(self, name: str, convert: Any) -> list[Any]:
        """The column converted by `convert`, each dictionary or constant value converted once."""
        if name in self.const:
            return [convert(self.const[name])] * self.n
        if name not in self.raw:
            return [convert(None)] * self.n
        values = self.dicts.get(name)
        if values is None:
            return [convert(v) for v in self.raw[name]]
        converted = [convert(v) for v in values]
        try:
            return [converted[i] for i in self.raw[name]]
        except (IndexError, TypeError) as exc:
            raise BadAnswerError(f"column {name!r} points outside its dictionary") from exc

    def rows(self) -> Iterator[dict[str, Any]]:
        names = self.names
        columns = [self.column(name) for name in names]
        for values in zip(*columns, strict=True):
            yield dict(zip(names, values, strict=True))

    def items(self, default_seq: int) -> list[tuple[str, int, str | None, dict[str, Any]]]:
        seqs = self.seqs or [default_seq] * self.n
        ops = self.ops or [None] * self.n
        return [
            (self.entity, int(s), o if isinstance(o, str) else None, row)
            for s, o, row in zip(seqs, ops, self.rows(), strict=True)
        ]

"""INSERT statements prepared once per table and column set, for the hot write paths.

Placing a booking inserts two rows (the booking and its outbox mutation). A Core `insert()`
executed through the session costs a few hundred microseconds each in statement caching and
result set-up, more than the insert itself; the same SQL text, with each column's own bind
conversion (instants as naive UTC text, JSON as text, booleans as 0/1), run on the session's
DB-API connection stores exactly the same values for a few tens of microseconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, NamedTuple

from sqlalchemy import Table
from sqlalchemy.engine import Dialect


class _Prepared(NamedTuple):
    sql: str
    processors: tuple[Callable[[Any], Any] | None, ...]


_PREPARED: dict[tuple[str, str, tuple[str, ...]], _Prepared] = {}


def _prepare(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> _Prepared:
    columns = [table.columns[key] for key in keys]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({', '.join(quote(c.name) for c in columns)})"
           f" VALUES ({', '.join('?' * len(columns))})")
    # The conversions SQLAlchemy itself applies when binding these columns.
    processors = tuple(c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns)
    return _Prepared(sql, processors)


def insert_values(conn: sqlite3.Connection, dialect: Dialect, table: Table, row: dict[str, Any]) -> None:
    """INSERT `row` ({column key: Python value}) into `table` on the DB-API connection `conn`."""
    keys = tuple(row)
    cache_key = (dialect.name, table.name, keys)
    prepared = _PREPARED.get(cache_key)
    if prepared is None:
        prepared = _PREPARED[cache_key] = _prepare(dialect, table, keys)
    conn.execute(prepared.sql, tuple(
        value if process is None else process(value)
        for process, value in zip(prepared.processors, row.values(), strict=True)
    ))

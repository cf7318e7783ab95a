"""The apply path: server rows into the local store, then pending local intents replayed on top.

Both HTTP pages and bundle files go through `apply_items`. A page, its server shadow rows and
the cursor are written in ONE transaction (the caller's), so a crash at any moment leaves either
the page applied with its cursor or neither; applying the same page again changes nothing.

Rows are written with plain SQL over the DB-API (`executemany` of an upsert), values converted
once per column: the hot loop of an initial download of a million rows. Foreign keys are off on
the applying connection because a page is ordered by sequence, not by parent: a booking may
arrive one page before the space it references was last changed. The server is the authority
on references.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Connection
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from nomad_desktop.model import SYNCED_ENTITIES
from nomad_desktop.model.base import UtcDateTime
from nomad_desktop.store.database import Store, translate_error
from sync.api import Item, Rows
from sync.errors import BadAnswerError


def _instant(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadAnswerError("an instant is not a string")
    if len(value) == 20 and value[10] == "T" and value[19] == "Z":
        return f"{value[:10]} {value[11:19]}.000000"  # the common case, without parsing
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadAnswerError("an instant is malformed") from exc
    if parsed.tzinfo is None:
        raise BadAnswerError("an instant has no time zone")
    return parsed.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class TableInfo:
    entity: str
    table: str
    columns: tuple[str, ...]
    converters: tuple[Callable[[Any], Any], ...]
    upsert: str

    def values(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(conv(row.get(col)) for col, conv in zip(self.columns, self.converters, strict=True))

    def convert(self, column: str, value: Any) -> Any:
        return self.converters[self.columns.index(column)](value)


def _table_info(entity: str, cls: type) -> TableInfo:
    table = cls.__table__  # type: ignore[attr-defined]
    columns = tuple(c.name for c in table.columns)
    converters: list[Callable[[Any], Any]] = []
    for c in table.columns:
        if isinstance(c.type, UtcDateTime):
            converters.append(_instant)
        elif isinstance(c.type, JSON):
            converters.append(_json)
        elif isinstance(c.type, Boolean):
            converters.append(_bool)
        else:
            converters.append(_same)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    upsert = f"INSERT INTO {table.name} ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}"
    return TableInfo(entity, table.name, columns, tuple(converters), upsert)


TABLES: dict[str, TableInfo] = {name: _table_info(name, cls) for name, cls in SYNCED_ENTITIES.items()}
_SHADOW_UPSERT = (
    "INSERT INTO server_rows (entity, id, version, data) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(entity, id) DO UPDATE SET version = excluded.version, data = excluded.data"
)


#: One encoder for every shadow row (json.dumps with separators builds a new one per call).
_compact = json.JSONEncoder(separators=(",", ":")).encode


@contextmanager
def applying(store: Store, *, durable: bool = True) -> Iterator[Connection]:
    """One write transaction on a connection with foreign keys off (see the module docstring).

    `durable=False` (pages of the download and of the change feed) commits without waiting for
    the disk (synchronous=NORMAL; WAL keeps the file consistent): a power cut may only lose the
    last pages, which are fetched again since their cursor went with them. Answers to pushed ops
    stay durable (the outbox is the station's promise).
    """
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        # On the DB-API connection: through SQLAlchemy the PRAGMA would open the transaction.
        raw.execute("PRAGMA foreign_keys = OFF")
        if not durable:
            raw.execute("PRAGMA synchronous = NORMAL")
        try:
            with conn.begin():
                yield conn
        except IntegrityError as exc:
            raise BadAnswerError(f"the server's rows could not be stored: {exc.orig}") from exc
        except (OperationalError, DatabaseError) as exc:
            raise translate_error(exc) from exc
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
            if not durable:
                raw.execute("PRAGMA synchronous = FULL")


def apply_items(conn: Connection, items: Iterable[Item]) -> set[tuple[str, str]]:
    """Write server rows (entity tables + server shadow), then replay pending ops over them.

    Returns the (entity, id) pairs written. Rows of entities this client does not know are skipped.
    """
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entity, _seq, _op, row in items:
        if entity in TABLES:
            grouped.setdefault(entity, []).append(row)
    touched: set[tuple[str, str]] = set()
    with _stored_or_refused():
        for entity, rows in grouped.items():
            info = TABLES[entity]
            ids = [r["id"] for r in rows]
            _write(conn, info, [info.values(r) for r in rows], ids, [r["version"] for r in rows],
                   list(map(_compact, rows)))
            touched.update((entity, i) for i in ids)
    replay_outbox(conn, only=touched)
    return touched


def apply_page(conn: Connection, rows: Rows) -> set[tuple[str, str]]:
    """Write a page's rows, whichever wire form they came in (columnar tables are converted column by column)."""
    if rows.tables is None:
        return apply_items(conn, rows.items)
    touched: set[tuple[str, str]] = set()
    with _stored_or_refused():
        for table in rows.tables:
            info = TABLES.get(table.entity)
            if info is None or not table.n:
                continue
            ids, versions = table.column("id"), table.column("version")
            if not all(type(i) is str for i in ids) or not all(type(v) is int for v in versions):
                raise BadAnswerError("row without id or version")
            columns = [table.mapped(name, convert) for name, convert in zip(info.columns, info.converters, strict=True)]
            # The shadow keeps every column the server sent, also those this client does not know.
            shadow = list(map(_compact, table.rows()))
            _write(conn, info, list(zip(*columns, strict=True)), ids, versions, shadow)
            touched.update((table.entity, i) for i in ids)
    replay_outbox(conn, only=touched)
    return touched


def _write(conn: Connection, info: TableInfo, values: list[tuple[Any, ...]], ids: list[str], versions: list[Any],
           shadow: list[str]) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(info.upsert, values)
    raw.executemany(_SHADOW_UPSERT, zip([info.entity] * len(ids), ids, versions, shadow, strict=True))


@contextmanager
def _stored_or_refused() -> Iterator[None]:
    """A malformed server row refuses the whole page (nothing of it is kept: the caller's transaction)."""
    try:
        yield
    except BadAnswerError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise BadAnswerError(f"a row of the server is malformed: {exc}") from exc
    except Exception as exc:
        if type(exc).__module__ == "sqlite3":
            raise BadAnswerError(f"a row of the server could not be stored: {exc}") from exc
        raise


def pending_ops(conn: Connection, only: set[tuple[str, str]] | None = None) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """(intent, entity, entity_id, fields, created_at) of pending ops, in outbox order."""
    sql = "SELECT intent, entity, entity_id, fields, created_at FROM outbox"
    params: tuple[Any, ...] = ()
    if only is not None and len(only) <= 500:
        # The usual case (a page, one answer): look the few rows up by the entity_id index.
        ids = sorted({entity_id for _entity, entity_id in only})
        if not ids:
            return []
        sql += f" WHERE entity_id IN ({', '.join('?' for _ in ids)})"
        params = tuple(ids)
    rows = conn.exec_driver_sql(sql + " ORDER BY seq", params).all()
    result = []
    for intent, entity, entity_id, fields, created_at in rows:
        if only is not None and (entity, entity_id) not in only:
            continue
        result.append((intent, entity, entity_id, json.loads(fields) if fields else {}, created_at))
    return result


def replay_outbox(conn: Connection, *, only: set[tuple[str, str]] | None = None) -> None:
    """Re-apply pending local intents over the rows (all, or only the pairs in `only`)."""
    for intent, entity, entity_id, fields, created_at in pending_ops(conn, only):
        info = TABLES.get(entity)
        if info is None:
            continue
        action = intent.split(".", 1)[-1]
        if action == "create":
            row = {**fields, "id": entity_id, "version": None, "updated_at": _wire_of(created_at), "deleted_at": None}
            conn.exec_driver_sql(info.upsert, info.values(row))
        elif action == "delete":
            conn.exec_driver_sql(f"UPDATE {info.table} SET deleted_at = ? WHERE id = ?", (created_at, entity_id))
        else:
            known = [k for k in fields if k in info.columns and k != "id"]
            if not known:
                continue
            sets = ", ".join(f"{k} = ?" for k in known)
            conn.exec_driver_sql(
                f"UPDATE {info.table} SET {sets} WHERE id = ?",
                (*(info.convert(k, fields[k]) for k in known), entity_id),
            )


def _wire_of(stored: str | None) -> str | None:
    if not stored:
        return None
    return stored[:10] + "T" + stored[11:19] + "Z"


def restore_server_value(conn: Connection, entity: str, entity_id: str, row: dict[str, Any] | None) -> None:
    """After a refusal: the server's value replaces ours (or the row goes, if the server never had it),
    then the remaining pending ops on it are replayed."""
    info = TABLES.get(entity)
    if info is None:
        return
    if row is not None:
        conn.exec_driver_sql(info.upsert, info.values(row))
        conn.exec_driver_sql(_SHADOW_UPSERT, (entity, entity_id, row.get("version"), json.dumps(row)))
    else:
        shadow = conn.exec_driver_sql(
            "SELECT data FROM server_rows WHERE entity = ? AND id = ?", (entity, entity_id)
        ).scalar()
        if shadow is not None:
            conn.exec_driver_sql(info.upsert, info.values(json.loads(shadow)))
        else:
            conn.exec_driver_sql(f"DELETE FROM {info.table} WHERE id = ?", (entity_id,))
    replay_outbox(conn, only={(entity, entity_id)})


def wipe_server_data(conn: Connection) -> None:
    """Forget every synced row and the server shadow (a site reset); the outbox stays."""
    for info in TABLES.values():
        conn.exec_driver_sql(f"DELETE FROM {info.table}")
    conn.exec_driver_sql("DELETE FROM server_rows")


def get_state(conn: Connection, key: str) -> str | None:
    return conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).scalar()


def set_state(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
    else:
        conn.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

"""SQLite engine and units of work, tuned for durability.

WAL so readers never block the writer; `synchronous=FULL` so a confirmed booking survives a
power cut; `foreign_keys=ON`; writes start with `BEGIN IMMEDIATE` so two writers queue on the
busy timeout instead of failing half-way with SQLITE_BUSY on upgrade from a read lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from nomad_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DiskFullError,
    StoreError,
)

BUSY_TIMEOUT_MS = 5_000


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling defers it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on the SQLite file at `path` with the pragmas and BEGIN mode above."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def translate_error(exc: Exception) -> StoreError:
    """Map SQLite's failures to the core's errors, which the UI can explain to a person."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return DiskFullError(message)
    if "locked" in message or "busy" in message:
        return DatabaseLockedError(message)
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return DatabaseCorruptError(message)
    return StoreError(message)


class Store:
    """One site's SQLite file. Thread-safe: each unit of work gets its own session."""

    #: Called at the start of every unit of work when set. The UI's tests use it to prove that
    #: no database call runs on the UI thread (the core cannot know which thread that is).
    unit_of_work_hook: Callable[[], None] | None = None

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = create_sqlite_engine(self.path)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: committed on success, rolled back on any error."""
        if Store.unit_of_work_hook is not None:
            Store.unit_of_work_hook()
        try:
            with self._writer.begin() as session:
                yield session
        except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
            # sqlite3's own errors too: the hot paths run driver SQL on the session's connection.
            raise translate_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work with a consistent snapshot."""
        if Store.unit_of_work_hook is not None:
            Store.unit_of_work_hook()
        try:
            with self._reader.begin() as session:
                yield session
        except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
            raise translate_error(exc) from exc

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file: "ok" when sound."""
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        self.engine.dispose()

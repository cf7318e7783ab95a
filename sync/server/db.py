"""The reference server's own database: sites with their sequence, rows, applied ops, tokens, blobs.

Rows are stored as their wire JSON text, so a page of the change feed is assembled without
re-encoding. `server_rows.seq` is the site sequence number of the row's last change: the change
feed is "rows whose seq is above the cursor", and because every change takes the next number
inside the site-row lock of its own transaction, no reader sees N+1 before N is committed.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)

metadata = MetaData()

sites = Table(
    "sites", metadata,
    Column("code", String(32), primary_key=True),
    Column("site_id", String(36), nullable=False),
    Column("generation", Integer, nullable=False, default=1),
    Column("seq", Integer, nullable=False, default=0),
    #: Oldest cursor still served: tombstones and op results older than this are purged.
    Column("min_cursor", Integer, nullable=False, default=0),
)

rows = Table(
    "rows", metadata,
    Column("site_code", String(32), primary_key=True),
    Column("entity", String(32), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("op_id", String(36), nullable=True),
    Column("data", Text, nullable=False),
    Index("ix_rows_site_seq", "site_code", "seq"),
)

#: Earlier values of mergeable rows, the base of the server's three-way merge.
row_history = Table(
    "row_history", metadata,
    Column("site_code", String(32), primary_key=True),
    Column("entity", String(32), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("data", Text, nullable=False),
)

#: Active-booking index used for capacity checks (the rows table holds JSON only).
bookings = Table(
    "bookings", metadata,
    Column("site_code", String(32), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("space_id", String(36), nullable=False),
    Column("starts_at", DateTime, nullable=False),  # naive UTC
    Column("ends_at", DateTime, nullable=False),
    Column("active", Boolean, nullable=False),
    #: Capacity one: PostgreSQL's exclusion constraint applies (see _postgres_constraints).
    Column("single_place", Boolean, nullable=False, default=False),
    Index("ix_bookings_space", "site_code", "space_id", "starts_at"),
)

#: Every op ever answered, with its answer, written in the transaction of its effect.
ops = Table(
    "ops", metadata,
    Column("site_code", String(32), primary_key=True),
    Column("op_id", String(36), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("result", Text, nullable=False),
)

users = Table(
    "users", metadata,
    Column("username", String(120), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(32), nullable=False),
    Column("sites", JSON, nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("username", String(120), nullable=False),
    Column("role", String(32), nullable=False),
    Column("sites", JSON, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

blobs = Table(
    "blobs", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Every transaction takes the write lock up front: the sequence is handed out serially.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_database(url: str) -> Engine:
    """An engine on `url` (a SQLite path or URL, or a PostgreSQL URL), with the tables created."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_size=10, max_overflow=20)
    metadata.create_all(engine)
    if engine.dialect.name == "postgresql":
        _postgres_constraints(engine)
    return engine


def _postgres_constraints(engine: Engine) -> None:
    """Let PostgreSQL itself exclude double booking of single-capacity spaces (btree_gist)."""
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM pg_constraint WHERE conname = 'bookings_no_overlap_single'"
        ).scalar()
        if not exists:
            conn.exec_driver_sql(
                "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap_single EXCLUDE USING gist ("
                " site_code WITH =, space_id WITH =,"
                " tsrange(starts_at, ends_at) WITH &&)"
                " WHERE (active AND single_place)"
            )

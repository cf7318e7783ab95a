"""Bring a site file to the current schema before anything else touches it.

A new file is created from the model and stamped; an existing file at an older revision is
backed up first, then upgraded by the Alembic scripts shipped inside the package.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from nomad_desktop.errors import MigrationError
from nomad_desktop.model import Base
from nomad_desktop.store.backup import make_backup
from nomad_desktop.store.database import Store

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to(store: Store, revision: str) -> None:
    """Run the migration scripts up to `revision` (tests use it to build an old file)."""
    config = alembic_config()
    with store.engine.connect() as conn:
        # Table rebuilds in batch mode must not cascade through foreign keys; the pragma only
        # takes effect outside a transaction, hence on the raw connection before any BEGIN.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            conn.commit()
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.rollback()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    if problems:
        raise MigrationError(f"foreign key violations after upgrade: {problems[:5]}")


def migrate(store: Store) -> str:
    """Create or upgrade the schema; returns what was done: "created", "upgraded" or "current"."""
    head = head_revision()
    current = current_revision(store)
    if current == head:
        return "current"
    if current is None:
        with store.engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
        if has_tables:
            raise MigrationError(f"{store.path} has tables but no schema revision")
        Base.metadata.create_all(store.engine)
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.stamp(config, head)
        return "created"
    try:
        make_backup(store.path, reason=f"before-{head}")
        upgrade_to(store, head)
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(str(exc)) from exc
    return "upgraded"

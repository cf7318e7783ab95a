"""Alembic environment: runs on the connection the application hands over (never opens its own)."""

from __future__ import annotations

from alembic import context

from nomad_desktop.model import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("NOMAD migrations run through nomad_desktop.store.migrate, with a connection")

# Batch mode: SQLite can't ALTER most things, so Alembic rebuilds the table.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

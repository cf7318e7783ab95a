"""Sync bookkeeping (conflict inbox, server shadow rows, sync state) and accent-folded search keys.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import nomad_desktop.model.base
from nomad_desktop.text import search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("intent", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("local_fields", sa.JSON(), nullable=False),
        sa.Column("server_row", sa.JSON(), nullable=True),
        sa.Column("created_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("resolved_at", nomad_desktop.model.base.UtcDateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_op_id"), ["op_id"], unique=False)
    op.create_table(
        "server_rows",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "id", name=op.f("pk_server_rows")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )

    for table, columns in (("agents", ("first_name", "last_name", "unit")), ("visitors", ("first_name", "last_name", "company"))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("search_key", sa.String(length=400), nullable=False, server_default=""))
            batch_op.create_index(batch_op.f(f"ix_{table}_search_key"), ["search_key"], unique=False)
        # Backfill: the key is computed in Python (accent folding is not SQL).
        conn = op.get_bind()
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).fetchall()
        conn.execute(
            sa.text(f"UPDATE {table} SET search_key = :key WHERE id = :id"),
            [{"id": row[0], "key": search_key(*row[1:])} for row in rows],
        ) if rows else None


def downgrade() -> None:
    for table in ("visitors", "agents"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_search_key"))
            batch_op.drop_column("search_key")
    op.drop_table("sync_state")
    op.drop_table("server_rows")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_op_id"))
    op.drop_table("conflicts")

"""Waitlist of full sessions and rooms (bookings feature).

Revision ID: bookings_1
Revises: 0002
Create Date: 2026-11-28 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import nomad_desktop.model.base

revision = "bookings_1"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "waitlist_entries",
        sa.Column("space_id", sa.String(length=36), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        sa.Column("guest_name", sa.String(length=200), nullable=False),
        sa.Column("starts_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("ends_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("requested_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("booking_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("updated_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", nomad_desktop.model.base.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_waitlist_entries_agent_id_agents")),
        sa.ForeignKeyConstraint(["booking_id"], ["bookings.id"], name=op.f("fk_waitlist_entries_booking_id_bookings")),
        sa.ForeignKeyConstraint(["space_id"], ["spaces.id"], name=op.f("fk_waitlist_entries_space_id_spaces")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist_entries")),
    )
    with op.batch_alter_table("waitlist_entries", schema=None) as batch_op:
        batch_op.create_index("ix_waitlist_entries_space_start", ["space_id", "starts_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("waitlist_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_waitlist_entries_space_start")
    op.drop_table("waitlist_entries")

"""Covering partial indexes of active bookings (bookings feature): the day's availability of every
space, and an agent's quota and other bookings, read an index alone.

Revision ID: bookings_2
Revises: 0003
Create Date: 2026-11-28 23:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "bookings_2"
down_revision = "0003"
branch_labels = None
depends_on = None

ACTIVE_DAY_WHERE = "status IN ('confirmed', 'checked_in') AND deleted_at IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index("ix_bookings_active_day", ["starts_at", "ends_at", "space_id", "status", "deleted_at"],
                              unique=False, sqlite_where=sa.text(ACTIVE_DAY_WHERE))
        batch_op.create_index("ix_bookings_active_agent",
                              ["agent_id", "starts_at", "ends_at", "space_id", "status", "deleted_at"],
                              unique=False, sqlite_where=sa.text(ACTIVE_DAY_WHERE))


def downgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index("ix_bookings_active_agent")
        batch_op.drop_index("ix_bookings_active_day")

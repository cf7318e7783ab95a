"""Join the bookings (waitlist) and reception (watch list, purge journal) schema branches.

Revision ID: 0003
Revises: bookings_1, reception_1
Create Date: 2026-11-28 22:30:00
"""

from __future__ import annotations

revision = "0003"
down_revision = ("bookings_1", "reception_1")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # both branches' own scripts hold the changes; this only makes one head again


def downgrade() -> None:
    pass

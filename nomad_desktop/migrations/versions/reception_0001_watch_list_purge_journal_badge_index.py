"""Reception: the watch list (synced), the GDPR purge journal (local), an index of badges on site.

Revision ID: reception_1
Revises: 0002
Create Date: 2026-11-28 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import nomad_desktop.model.base

revision = "reception_1"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_entries",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("first_name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=260), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("updated_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("deleted_at", nomad_desktop.model.base.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_watch_entries_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_entries")),
    )
    with op.batch_alter_table("watch_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_entries_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_watch_entries_name_key"), ["name_key"], unique=False)
    op.create_table(
        "purge_journal",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("ran_at", nomad_desktop.model.base.UtcDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("visitors", sa.Integer(), nullable=False),
        sa.Column("backups_deleted", sa.Integer(), nullable=False),
        sa.Column("cutoff", nomad_desktop.model.base.UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_journal")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index("ix_visits_status_badge", ["status", "badge_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_status_badge")
    op.drop_table("purge_journal")
    with op.batch_alter_table("watch_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_entries_name_key"))
        batch_op.drop_index(batch_op.f("ix_watch_entries_site_id"))
    op.drop_table("watch_entries")

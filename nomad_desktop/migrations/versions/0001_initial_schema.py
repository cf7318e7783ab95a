"""Initial schema: the domain tables and the outbox (kept from day one)

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 20:40:37.567877
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import nomad_desktop.model.base

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agents',
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agents'))
    )
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('intent', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('created_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_entity'), ['entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_entity_id'), ['entity_id'], unique=False)

    op.create_table('sites',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('locale', sa.String(length=16), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('holiday_region', sa.String(length=8), nullable=False),
    sa.Column('visit_retention_days', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('code', name=op.f('uq_sites_code'))
    )
    op.create_table('visitors',
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visitors'))
    )
    op.create_table('buildings',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_buildings_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buildings'))
    )
    with op.batch_alter_table('buildings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_buildings_site_id'), ['site_id'], unique=False)

    op.create_table('visits',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('visitor_id', sa.String(length=36), nullable=False),
    sa.Column('host_agent_id', sa.String(length=36), nullable=True),
    sa.Column('expected_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('expected_until', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('escort_required', sa.Boolean(), nullable=False),
    sa.Column('id_check_required', sa.Boolean(), nullable=False),
    sa.Column('id_checked_by', sa.String(length=200), nullable=False),
    sa.Column('id_checked_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('checked_in_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('checked_out_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('badge_number', sa.String(length=32), nullable=False),
    sa.Column('retention_until', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['host_agent_id'], ['agents.id'], name=op.f('fk_visits_host_agent_id_agents')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_visits_site_id_sites')),
    sa.ForeignKeyConstraint(['visitor_id'], ['visitors.id'], name=op.f('fk_visits_visitor_id_visitors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_site_expected', ['site_id', 'expected_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_visitor_id'), ['visitor_id'], unique=False)

    op.create_table('floors',
    sa.Column('building_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('width_m', sa.Float(), nullable=False),
    sa.Column('height_m', sa.Float(), nullable=False),
    sa.Column('backdrop_sha256', sa.String(length=64), nullable=True),
    sa.Column('backdrop_scale', sa.Float(), nullable=True),
    sa.Column('backdrop_origin_x', sa.Float(), nullable=False),
    sa.Column('backdrop_origin_y', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['backdrop_sha256'], ['blobs.sha256'], name=op.f('fk_floors_backdrop_sha256_blobs')),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_floors_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_floors'))
    )
    with op.batch_alter_table('floors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_floors_building_id'), ['building_id'], unique=False)

    op.create_table('spaces',
    sa.Column('floor_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('geometry', sa.JSON(), nullable=False),
    sa.Column('rotation', sa.Double(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('equipment', sa.JSON(), nullable=False),
    sa.Column('accessibility', sa.JSON(), nullable=False),
    sa.Column('bookable', sa.Boolean(), nullable=False),
    sa.Column('zone_id', sa.String(length=36), nullable=True),
    sa.Column('owner_agent_id', sa.String(length=36), nullable=True),
    sa.Column('restricted_units', sa.JSON(), nullable=False),
    sa.Column('label_code', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['floor_id'], ['floors.id'], name=op.f('fk_spaces_floor_id_floors')),
    sa.ForeignKeyConstraint(['owner_agent_id'], ['agents.id'], name=op.f('fk_spaces_owner_agent_id_agents')),
    sa.ForeignKeyConstraint(['zone_id'], ['spaces.id'], name=op.f('fk_spaces_zone_id_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spaces'))
    )
    with op.batch_alter_table('spaces', schema=None) as batch_op:
        batch_op.create_index('ix_spaces_floor_kind', ['floor_id', 'kind'], unique=False)

    op.create_table('booking_rules',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('space_kind', sa.String(length=32), nullable=True),
    sa.Column('space_id', sa.String(length=36), nullable=True),
    sa.Column('unit', sa.String(length=16), nullable=True),
    sa.Column('opening_time', sa.String(length=5), nullable=True),
    sa.Column('closing_time', sa.String(length=5), nullable=True),
    sa.Column('closed_weekdays', sa.JSON(), nullable=True),
    sa.Column('max_advance_days', sa.Integer(), nullable=True),
    sa.Column('max_duration_minutes', sa.Integer(), nullable=True),
    sa.Column('max_active_per_agent', sa.Integer(), nullable=True),
    sa.Column('cancel_cutoff_minutes', sa.Integer(), nullable=True),
    sa.Column('no_show_release_minutes', sa.Integer(), nullable=True),
    sa.Column('guests_allowed', sa.Boolean(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_booking_rules_site_id_sites')),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], name=op.f('fk_booking_rules_space_id_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_rules'))
    )
    with op.batch_alter_table('booking_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_rules_site_id'), ['site_id'], unique=False)

    op.create_table('bookings',
    sa.Column('space_id', sa.String(length=36), nullable=False),
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('starts_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('ends_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=True),
    sa.Column('checked_in_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('checked_out_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_bookings_agent_id_agents')),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], name=op.f('fk_bookings_space_id_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings'))
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index('ix_bookings_agent_start', ['agent_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_bookings_series_id'), ['series_id'], unique=False)
        batch_op.create_index('ix_bookings_space_start', ['space_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_bookings_start', ['starts_at'], unique=False)

    op.create_table('out_of_service_periods',
    sa.Column('space_id', sa.String(length=36), nullable=False),
    sa.Column('starts_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('ends_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('updated_at', nomad_desktop.model.base.UtcDateTime(), nullable=False),
    sa.Column('deleted_at', nomad_desktop.model.base.UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], name=op.f('fk_out_of_service_periods_space_id_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_out_of_service_periods'))
    )
    with op.batch_alter_table('out_of_service_periods', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_out_of_service_periods_space_id'), ['space_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('out_of_service_periods', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_out_of_service_periods_space_id'))

    op.drop_table('out_of_service_periods')
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_start')
        batch_op.drop_index('ix_bookings_space_start')
        batch_op.drop_index(batch_op.f('ix_bookings_series_id'))
        batch_op.drop_index('ix_bookings_agent_start')

    op.drop_table('bookings')
    with op.batch_alter_table('booking_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_rules_site_id'))

    op.drop_table('booking_rules')
    with op.batch_alter_table('spaces', schema=None) as batch_op:
        batch_op.drop_index('ix_spaces_floor_kind')

    op.drop_table('spaces')
    with op.batch_alter_table('floors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_floors_building_id'))

    op.drop_table('floors')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_visitor_id'))
        batch_op.drop_index('ix_visits_site_expected')

    op.drop_table('visits')
    with op.batch_alter_table('buildings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_buildings_site_id'))

    op.drop_table('buildings')
    op.drop_table('visitors')
    op.drop_table('sites')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_entity_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_entity'))

    op.drop_table('outbox')
    op.drop_table('blobs')
    op.drop_table('agents')

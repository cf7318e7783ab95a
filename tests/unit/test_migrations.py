"""Migrations: an old file upgrades with its data intact; a new file matches the model exactly."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from nomad_desktop.model import Base
from nomad_desktop.store.backup import list_backups
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import current_revision, head_revision, migrate, upgrade_to


def test_first_revision_filled_then_upgraded_keeps_every_row(tmp_path: Path) -> None:
    store = Store(tmp_path / "old.sqlite")
    upgrade_to(store, "0001")
    assert current_revision(store) == "0001"
    with store.write() as session:
        session.execute(text(
            "INSERT INTO sites (id, code, name, timezone, locale, address, holiday_region, visit_retention_days, updated_at)"
            " VALUES ('s1', 'metz', 'Quartier Ney', 'Europe/Paris', 'fr_FR', '', '57', 90, '2026-01-01 00:00:00')"
        ))
        session.execute(text(
            "INSERT INTO agents (id, last_name, first_name, unit, email, updated_at)"
            " VALUES ('a1', 'Dupré', 'Hélène', 'DIRISI', 'h@x', '2026-01-01 00:00:00')"
        ))
        session.execute(text(
            "INSERT INTO outbox (op_id, intent, entity, entity_id, fields, created_at, state, attempts, last_error)"
            " VALUES ('op1', 'agent.create', 'agent', 'a1', '{}', '2026-01-01 00:00:00', 'pending', 0, '')"
        ))

    assert migrate(store) == "upgraded"
    assert current_revision(store) == head_revision()
    with store.read() as session:
        assert session.execute(text("SELECT code, holiday_region FROM sites")).one() == ("metz", "57")
        assert session.execute(text("SELECT first_name, search_key FROM agents")).one() == ("Hélène", "helene dupre dirisi")
        assert session.execute(text("SELECT op_id FROM outbox")).scalar() == "op1"
    assert store.integrity_check() == "ok"
    backups = list_backups(store.path)
    assert len(backups) == 1 and "before-" in backups[0].name
    # The backup is the file as it was: still at the first revision.
    assert current_revision(Store(backups[0])) == "0001"


def test_new_file_is_created_at_head_and_matches_the_model(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.sqlite")
    assert migrate(store) == "created"
    assert migrate(store) == "current"
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_migrations_from_scratch_match_the_model(tmp_path: Path) -> None:
    store = Store(tmp_path / "scripts.sqlite")
    upgrade_to(store, "head")
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []

"""Durability: pragmas, a full disk, corrupt files, rotating backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from nomad_desktop.errors import DatabaseCorruptError, DiskFullError
from nomad_desktop.model import Agent
from nomad_desktop.services import agents, sites
from nomad_desktop.store.backup import list_backups, make_backup
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate


def test_pragmas_favour_durability(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_full_disk_gives_a_clear_error_and_keeps_earlier_data(store: Store) -> None:
    sites.create_site(store, code="s", name="Site")
    for i in range(20):
        agents.create_agent(store, first_name=f"Agent{i}", last_name="Dupont")
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    # Cap the file at its current size on every new connection: the next growth fails.
    from sqlalchemy import event

    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    with pytest.raises(DiskFullError):
        for i in range(5000):
            agents.create_agent(store, first_name="X" * 200, last_name=f"Full{i}", unit="Y" * 100)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Agent).where(Agent.last_name == "Dupont")) == 20
    assert store.integrity_check() == "ok"


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"This is not SQLite at all" * 100)
    store = Store(path)
    with pytest.raises(DatabaseCorruptError):
        with store.read() as session:
            session.execute(select(Agent)).all()
    assert path.read_bytes().startswith(b"This is not SQLite")  # never overwritten


def test_backups_rotate_and_are_usable(store: Store) -> None:
    sites.create_site(store, code="s", name="Site")
    agents.create_agent(store, first_name="Zoé", last_name="Garnier")
    for _ in range(10):
        make_backup(store.path, keep=3)
    backups = list_backups(store.path)
    assert len(backups) == 3
    copy = Store(backups[-1])
    assert migrate(copy) == "current"
    assert [a.last_name for a in agents.search_agents(copy, query="zoe")] == ["Garnier"]
    assert copy.integrity_check() == "ok"

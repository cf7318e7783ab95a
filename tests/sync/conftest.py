"""Fixtures of the sync tests: the reference server as a real process, seeded sites, clients."""

from __future__ import annotations

import itertools
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
from sqlalchemy import Engine

from nomad_desktop.store.database import Store
from sync.server import admin
from sync.server.db import open_database

# The helper modules next to this file (loopback_server, sync_helpers, fault_proxy) are imported
# by name, also under --import-mode=importlib.
sys.path.insert(0, str(Path(__file__).resolve().parent))

_codes = itertools.count(1)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Test double of the OS keyring (no keyring daemon on CI machines): keeps secrets in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def server_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("server") / "server.sqlite"


@pytest.fixture(scope="session")
def server_engine(server_db: Path) -> Iterator[Engine]:
    engine = open_database(str(server_db))
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def server(server_db: Path, server_engine: Engine) -> Iterator[Any]:
    from loopback_server import start_server

    proc = start_server(server_db)
    yield proc
    proc.stop()


@pytest.fixture(scope="session")
def manager_token(server_engine: Engine) -> str:
    return admin.issue_token(server_engine, username="manager", role="site_manager", sites=["*"])


@pytest.fixture
def seeded_site(server_engine: Engine, demo_template: Path, server: Any) -> str:
    """A new site on the server, seeded with the demo site's rows; returns its code."""
    code = f"T{next(_codes)}"
    admin.import_store(server_engine, demo_template, code=code)
    return code


@pytest.fixture
def empty_copy(empty_template: Path, tmp_path: Path) -> Callable[[str], Store]:
    """Makes fresh empty client site files (each its own SQLite file)."""
    stores: list[Store] = []

    def make(name: str) -> Store:
        target = tmp_path / "clients" / f"{name}.sqlite"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(empty_template, target)
        store = Store(target)
        stores.append(store)
        return store

    yield make  # type: ignore[misc]
    for s in stores:
        s.close()


@pytest.fixture(scope="session")
def tiny_template(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small site (3 desks, a meeting room for 2, 3 agents) for the convergence machine."""
    from nomad_desktop.services import agents, sites, spaces

    path = tmp_path_factory.mktemp("templates") / "tiny.sqlite"
    shutil.copy(empty_template, path)
    store = Store(path)
    sites.create_site(store, code="TINY", name="Petit site")
    building = sites.create_building(store, code="B", name="Bâtiment").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC", width_m=20, height_m=10).value
    square = [[0, 0], [1, 0], [1, 1], [0, 1]]
    for i in range(3):
        spaces.create_space(store, floor_id=floor.id, kind="desk", name=f"Bureau {i + 1}", geometry=square)
    spaces.create_space(store, floor_id=floor.id, kind="meeting_room", name="Salle", geometry=square, capacity=2)
    for first in ("Anne", "Bruno", "Chloé"):
        agents.create_agent(store, first_name=first, last_name="Martin")
    store.close()
    return path


@pytest.fixture
def tiny_site(server_engine: Engine, tiny_template: Path, server: Any) -> str:
    code = f"S{next(_codes)}"
    admin.import_store(server_engine, tiny_template, code=code)
    return code

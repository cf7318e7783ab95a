"""Shared test set-up: offscreen Qt, temporary data and settings folders, template databases.

Databases are built once per session as templates and copied per test (Anki's pattern):
every test gets its own real SQLite file, quickly.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from nomad_desktop.clock import set_clock
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    yield
    set_clock(None)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    store = Store(path)
    migrate(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nomad_desktop.demo.generator import generate_demo_site

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite"
    store = Store(path)
    migrate(store)
    generate_demo_site(store)
    store.close()
    # Fold the WAL into the file so copying the one file copies everything. A plain sqlite3
    # connection: the Store's connections BEGIN IMMEDIATE first, and a checkpoint inside a
    # transaction fails with "database table is locked".
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _copy_store(template: Path, target: Path) -> Store:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, target)
    return Store(target)


@pytest.fixture
def store(empty_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty site file of this test's own."""
    s = _copy_store(empty_template, tmp_path / "sites" / "test.sqlite")
    yield s
    s.close()


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the demo site for this test."""
    s = _copy_store(demo_template, tmp_path / "sites" / "demo.sqlite")
    yield s
    s.close()


@pytest.fixture
def demo_data_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A data folder holding a copy of the demo site, as `nomad-desktop --demo` leaves it."""
    data_dir = tmp_path / "data"
    (data_dir / "sites").mkdir(parents=True)
    shutil.copy(demo_template, data_dir / "sites" / "demo.sqlite")
    return data_dir

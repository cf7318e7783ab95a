"""Shared test set-up: offscreen Qt, temporary data and settings folders, template databases.

Databases are built once per session as templates and copied per test (Anki's pattern):
every test gets its own real SQLite file, quickly.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from nomad_desktop.clock import set_clock, utc_now
from nomad_desktop.store.database import Store
from nomad_desktop.store.migrate import migrate


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_main_thread_only() -> Iterator[None]:
    """The application's policy (ui/app/ui_thread_gc.py): no automatic cyclic collection, which
    could free Qt objects from a worker thread; each test's cycles are collected after it, here."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    yield
    set_clock(None)
    gc.collect()  # on the main thread: see _collect_on_the_main_thread_only


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    store = Store(path)
    migrate(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_generation(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, datetime]:
    """The demo site generated once per run, and the instant it was generated at (its "now")."""
    from nomad_desktop.demo.generator import generate_demo_site

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite"
    store = Store(path)
    migrate(store)
    instant = utc_now()
    set_clock(lambda: instant)  # statuses (no-shows, arrivals) are those of one instant
    try:
        generate_demo_site(store)
    finally:
        set_clock(None)
    store.close()  # the last connection to close checkpoints the WAL into the file we copy
    return path, instant


@pytest.fixture(scope="session")
def demo_template(demo_generation: tuple[Path, datetime]) -> Path:
    return demo_generation[0]


@pytest.fixture
def demo_now(demo_generation: tuple[Path, datetime]) -> datetime:
    """Freeze the clock at the demo's generation instant: nothing becomes due (a no-show to
    release) between the generation and the test, whatever the hour the suite runs at."""
    instant = demo_generation[1]
    set_clock(lambda: instant)
    return instant


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

"""The Bookings page on a copy of the demo site, as the page tests open it: shared fixtures and helpers."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nomad_desktop.clock import set_clock
from nomad_desktop.services import agents
from nomad_desktop.services.records import AgentInfo
from nomad_desktop.sitetime import local_instant
from nomad_desktop.text import search_key
from nomad_desktop.workspace import Workspace
from ui.app.context import AppContext
from ui.app.settings import Settings
from ui.bookings.view import BookingsView

PARIS = "Europe/Paris"


def next_monday() -> date:
    today = datetime.now(UTC).date()
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


@pytest.fixture(name="monday")
def monday_fixture() -> date:
    return next_monday()


@pytest.fixture(name="app")
def app_fixture(demo_data_dir: Path, monday: date, qapp: object) -> Iterator[AppContext]:
    # 07:00 on a Monday at the site: the morning is ahead, the demo has bookings that day.
    set_clock(lambda: local_instant(monday, time(7), PARIS))
    workspace = Workspace.open(demo_data_dir)
    workspace.open_site("demo")
    context = AppContext(workspace, Settings(demo_data_dir / "settings.ini"))
    yield context
    context.shutdown()


def open_page(qtbot, app: AppContext) -> BookingsView:  # type: ignore[no-untyped-def]
    view = BookingsView(app)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.grid_model.rowCount() > 0 and not app.tasks.running, timeout=10_000)
    return view


def agent_free_to_book(app: AppContext, bookings_wanted: int, besides: Collection[str] = ()) -> AgentInfo:
    """An agent (not in `besides`) whose quota of active bookings leaves room for `bookings_wanted` more.

    The demo is generated around the real date, so who is busy changes from day to day.
    """
    from nomad_desktop.clock import utc_now
    from nomad_desktop.services.booking_checks import active_count

    with app.store.read() as session:
        for agent in agents.search_agents(app.store, limit=500):
            if agent.id not in besides and active_count(session, agent.id, utc_now()) + bookings_wanted <= 20:
                return agent
    raise AssertionError("every demo agent has reached the quota")


def typed_name(agent: AgentInfo) -> str:
    """The name typed without accents, as people do ("joel bonnet" for Joël Bonnet)."""
    return search_key(agent.first_name, agent.last_name)


def walk_to(qtbot, view: BookingsView, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert (view.grid.currentIndex().row(), view.grid.currentIndex().column()) == (row, column)

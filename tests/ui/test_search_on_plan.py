"""From the availability search to the floor plan: the free places found, selected on their floor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nomad_desktop.clock import utc_now
from nomad_desktop.services import sites
from nomad_desktop.services.availability import search_availability
from ui.app.context import AppContext
from ui.shell.main_window import MainWindow


def _next_working_day(app: AppContext):  # type: ignore[no-untyped-def]
    from datetime import time

    day = utc_now().date() + timedelta(days=1)
    while not search_availability(app.store, day=day, start=time(9), end=time(10), kind="meeting_room"):
        day += timedelta(days=1)
    return day


def test_free_rooms_found_are_shown_selected_on_their_floor_in_availability_mode(
    qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None],
    open_demo_window: Callable[[], MainWindow],
) -> None:
    window = open_demo_window()
    day = _next_working_day(app_context)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Réservations
    panel = window.pages["bookings"].search_panel  # type: ignore[attr-defined]
    panel.set_day(day)
    panel.search_button.setFocus()
    qtbot.keyClick(panel.search_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.list.count() > 0 and panel.on_plan_button.isEnabled(), timeout=5000)
    chosen = panel.results[panel.list.currentRow()]
    expected = {r.id for r in panel.results if r.floor_id == chosen.floor_id}

    panel.on_plan_button.setFocus()
    qtbot.keyClick(panel.on_plan_button, Qt.Key.Key_Space)
    plan = window.pages["plan"]
    assert window.current_view_key() == "plan"
    qtbot.waitUntil(lambda: plan.current_floor().id == chosen.floor_id and set(plan.scene.selected_ids()) == expected,  # type: ignore[attr-defined]
                    timeout=5000)
    wait_idle(app_context)
    assert plan.is_live() and plan.day_picker.day() == day  # type: ignore[attr-defined]
    assert plan.period_combo.currentData() == "morning"  # type: ignore[attr-defined]
    # The map shows that morning's status of each place found (free 9–10, maybe booked later in the morning).
    assert expected <= set(plan.statuses)  # type: ignore[attr-defined]
    assert not any(plan.statuses[space_id] == "out_of_service" for space_id in expected)  # type: ignore[attr-defined]
    floor_names = {f.id for b in sites.list_buildings(app_context.store) for f in b.floors}
    assert chosen.floor_id in floor_names

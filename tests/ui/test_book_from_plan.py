"""Booking from the floor plan: a free desk on the map, booked for an agent found in the directory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from bookings_support import agent_free_to_book, typed_name
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nomad_desktop.services import bookings
from nomad_desktop.sitetime import zone
from ui.app.context import AppContext
from ui.shell.main_window import MainWindow


def test_a_free_desk_on_the_plan_is_booked_for_an_agent_through_the_booking_dialog(
    qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None],
    open_demo_window: Callable[[], MainWindow], demo_now: datetime,
) -> None:
    window = open_demo_window()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Plan
    plan = window.pages["plan"]
    plan.set_live(True)  # type: ignore[attr-defined]
    plan.period_combo.setCurrentIndex(plan.period_combo.findData("morning"))  # type: ignore[attr-defined]
    # The next day with a free desk on the floor shown (weekends and holidays are closed).
    day = demo_now.date()
    for _ in range(10):
        day += timedelta(days=1)
        plan.day_picker.set_day(day)  # type: ignore[attr-defined]
        wait_idle(app_context)
        free = [sid for sid, status in plan.statuses.items() if status == "free" and plan.spaces[sid].kind == "desk"]  # type: ignore[attr-defined]
        if free:
            break
    desk_id = free[0]
    busy = {b.agent_id for b in bookings.list_bookings_for_day(app_context.store, day=day)}
    agent = agent_free_to_book(app_context, 1, besides=busy)

    plan.space_list.select_ids([desk_id])  # type: ignore[attr-defined]
    plan._list_selection_changed()  # type: ignore[attr-defined]  # as a click in the list does
    book = plan.live_panel.book_button  # type: ignore[attr-defined]
    assert book.isEnabled()
    book.setFocus()
    qtbot.keyClick(book, Qt.Key.Key_Space)
    page = window.pages["bookings"]
    qtbot.waitUntil(lambda: page.booking_dialog is not None and page.booking_dialog.isVisible(), timeout=5000)  # type: ignore[attr-defined]
    dialog = page.booking_dialog  # type: ignore[attr-defined]
    assert dialog.space_id == desk_id
    assert window.current_view_key() == "plan"  # the plan stays in view under the dialog
    wait_idle(app_context)
    qtbot.keyClicks(dialog.search, typed_name(agent))
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and agent.last_name in dialog.results.item(0).text()
                    and not app_context.tasks.running, timeout=5000)
    rows = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the results
    for _ in range(next(i for i, text in enumerate(rows) if text.startswith(agent.display_name))):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    # Saved, and the map says so.
    qtbot.waitUntil(lambda: plan.statuses.get(desk_id) == "booked", timeout=5000)  # type: ignore[attr-defined]
    made = [b for b in bookings.list_bookings_for_day(app_context.store, day=day) if b.agent_id == agent.id]
    assert [b.space_id for b in made] == [desk_id]
    # The desk's own morning (its rules' hours), in the site's time.
    local_start = made[0].starts_at.astimezone(zone("Europe/Paris"))
    assert local_start.date() == day and local_start.hour < 12 <= made[0].ends_at.astimezone(zone("Europe/Paris")).hour

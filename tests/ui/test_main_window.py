"""The main window on the demo site: French, every page reachable by keyboard, every control named."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from nomad_desktop.services import agents, bookings
from ui.app.context import AppContext
from ui.shell.main_window import VIEW_KEYS, MainWindow


@pytest.fixture(autouse=True)
def _still_clock(demo_now: object) -> None:
    """Pending-change counts below assume no no-show fell due since the demo was generated."""


def test_window_opens_on_the_demo_site_in_french(qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None], open_demo_window: Callable[[], MainWindow]) -> None:
    window = open_demo_window()
    assert window.navigation.item(1).text() == "Réservations"
    assert window.navigation.item(2).text() == "Accueil"
    assert "Site : " in window.status.site_label.text()
    assert "Balard" in window.status.site_label.text()
    assert window.status.pending_label.text() == "0 modification en attente"
    assert "Hors ligne" in window.status.connection_label.text()
    plan = window.pages["plan"]
    assert plan.floor_picker.count() == 4  # type: ignore[attr-defined]
    assert len(plan.scene.items_by_id) > 10  # type: ignore[attr-defined]


def test_every_page_is_reachable_by_keyboard(qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None], open_demo_window: Callable[[], MainWindow]) -> None:
    window = open_demo_window()
    for index, key in enumerate(VIEW_KEYS):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_key() == key
        assert window.stack.currentWidget() is window.pages[key]
    # The navigation list itself is driven with the arrow keys.
    window.navigation.setFocus()
    window.navigation.setCurrentRow(0)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_view_key() == "bookings"


def test_every_focusable_widget_has_an_accessible_name(qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None], open_demo_window: Callable[[], MainWindow]) -> None:
    window = open_demo_window()
    unnamed = []
    for key in VIEW_KEYS:
        window.show_view(key)
        for widget in window.findChildren(QWidget):
            interactive = isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView))
            if not interactive or widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
                continue
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if widget.objectName().startswith("qt_") and widget.parentWidget() is not None:
                # Qt's internal parts (a date field's line edit): the composite widget carries the name.
                name = name or widget.parentWidget().accessibleName()
            if not name.strip():
                unnamed.append(f"{key}: {type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_a_booking_made_elsewhere_shows_up_as_a_pending_change(qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None], open_demo_window: Callable[[], MainWindow]) -> None:
    """A write broadcast through `changed` refreshes the status bar without polling."""
    window = open_demo_window()
    store = app_context.store
    from datetime import timedelta

    from nomad_desktop.clock import utc_now
    from nomad_desktop.services import sites, spaces

    agent = agents.create_agent(store, first_name="Inès", last_name="Testeur", unit="SGA").value
    floor = sites.list_buildings(store)[0].floors[0]
    desks = [s for s in spaces.list_spaces(store, floor_id=floor.id) if s.kind == "desk" and s.bookable]
    # The first desk and morning the site's rules accept (working day, within the advance limit).
    slot = next(
        slot
        for offset in range(1, 15)
        for desk in desks
        if not (slot := bookings.propose_slot(store, space_id=desk.id, day=utc_now().date() + timedelta(days=offset), part="morning")).refusals
    )
    outcome = bookings.book_space(store, space_id=slot.space_id, agent_id=agent.id, starts_at=slot.starts_at, ends_at=slot.ends_at)
    app_context.changed.emit(outcome.changes, None)
    wait_idle(app_context)
    assert window.status.pending_label.text() == "2 modifications en attente"  # the agent, then the booking


def test_no_database_call_runs_on_the_ui_thread(qtbot: QtBot, app_context: AppContext, wait_idle: Callable[[AppContext], None], open_demo_window: Callable[[], MainWindow]) -> None:
    """Opening the window and visiting every page reads the database only from workers."""
    import threading
    import traceback

    from nomad_desktop.store.database import Store

    on_ui_thread: list[str] = []

    def record() -> None:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append("".join(traceback.format_stack(limit=8)))

    Store.unit_of_work_hook = record
    try:
        window = open_demo_window()
        for index in range(len(VIEW_KEYS)):
            qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_F5)  # refresh everything
        wait_idle(app_context)
    finally:
        Store.unit_of_work_hook = None
    assert on_ui_thread == []


def test_closing_while_pages_are_loading_returns_promptly(qtbot: QtBot, app_context: AppContext) -> None:
    """Shutting down with queued work drops it quietly: no dialog, no hang."""
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.load()  # queues every page's first load on the database worker
    window.load()
    assert app_context.tasks.running > 0
    app_context.tasks.shutdown()
    assert QApplication.activeModalWidget() is None
    window.load()  # late requests after shutdown are ignored, not queued

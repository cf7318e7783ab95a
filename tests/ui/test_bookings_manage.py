"""Managing bookings on the Bookings page, by keyboard and in French: moving one, cancelling a date range of a
series, an agent's bookings, and editing the booking rules. Real widgets on a copy of the demo site."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from bookings_support import PARIS, app_fixture, monday_fixture, open_page, typed_name  # noqa: F401 - the page's fixtures
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from nomad_desktop.model import Booking
from nomad_desktop.services import agents, bookings
from nomad_desktop.services.availability import booking_grid, search_availability
from nomad_desktop.services.records import AgentInfo, BookingInfo
from nomad_desktop.services.recurrence import book_series
from nomad_desktop.services.rules import list_rules, rules_in_force
from nomad_desktop.sitetime import local_instant
from ui.app.context import AppContext
from ui.app.i18n import install_translators
from ui.bookings.view import BookingsView


@pytest.fixture(autouse=True)
def french(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def _free_desk_booking(app: AppContext, monday: date, *, skip: int = 0) -> tuple[BookingInfo, AgentInfo]:
    """A new morning booking of a free desk for an agent with nothing else then, made by the service."""
    grid = booking_grid(app.store, first_day=monday, kind="desk")
    desks = [s for s, cells in zip(grid.spaces, grid.cells, strict=True) if cells[0].state == "free" and cells[1].state == "free"]
    desk = desks[skip]
    slot = bookings.propose_slot(app.store, space_id=desk.id, day=monday, part="morning")
    for agent in agents.search_agents(app.store, limit=500):
        if not bookings.why_not(app.store, space_id=desk.id, agent_id=agent.id, starts_at=slot.starts_at,
                                ends_at=slot.ends_at + timedelta(hours=6)):
            booked = bookings.book_space(app.store, space_id=desk.id, agent_id=agent.id, starts_at=slot.starts_at,
                                         ends_at=slot.ends_at).value
            return booked, agent
    raise AssertionError("no demo agent is free that day")


def _select_in_day_list(qtbot, view: BookingsView, booking_id: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(b.id == booking_id for b in view.bookings), timeout=5000)
    row = next(i for i, b in enumerate(view.bookings) if b.id == booking_id)
    view.table.setFocus()
    view.table.selectRow(row)


def _press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_manager_moves_a_desk_booking_to_the_afternoon_by_keyboard(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    booked, agent = _free_desk_booking(app, monday)
    view = open_page(qtbot, app)
    _select_in_day_list(qtbot, view, booked.id)
    _press(qtbot, view.move_button)
    qtbot.waitUntil(lambda: view.move_dialog is not None and view.move_dialog.isVisible(), timeout=5000)
    dialog = view.move_dialog
    qtbot.waitUntil(lambda: dialog.places.count() > 0 and not app.tasks.running, timeout=5000)
    # Same morning first: other desks of the kind, nearest first; the booking's own desk is not offered.
    assert booked.space_id not in [c.space.id for c in dialog.choices]
    assert "Matin" in dialog.period.currentText()
    dialog.period.setFocus()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # the afternoon
    assert "Après-midi" in dialog.period.currentText()
    qtbot.waitUntil(lambda: not dialog._debounce.isActive() and not app.tasks.running
                    and dialog.choices and dialog.choices[0].current, timeout=5000)
    assert "même place" in dialog.places.item(0).text()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)
    assert dialog.places.hasFocus()
    qtbot.keyClick(dialog.places, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    moved = next(b for b in bookings.list_bookings_for_day(app.store, day=monday) if b.id == booked.id)
    afternoon = bookings.propose_slot(app.store, space_id=booked.space_id, day=monday, part="afternoon")
    assert (moved.space_id, moved.starts_at, moved.ends_at, moved.status) == (
        booked.space_id, afternoon.starts_at, afternoon.ends_at, "confirmed")
    qtbot.waitUntil(lambda: view.feedback.text().startswith("Déplacée"), timeout=5000)
    assert agent.id == moved.agent_id


def test_a_move_to_a_place_taken_meanwhile_is_refused_in_french_and_nothing_changes(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    booked, _agent = _free_desk_booking(app, monday)
    view = open_page(qtbot, app)
    _select_in_day_list(qtbot, view, booked.id)
    _press(qtbot, view.move_button)
    qtbot.waitUntil(lambda: view.move_dialog is not None and view.move_dialog.isVisible(), timeout=5000)
    dialog = view.move_dialog
    qtbot.waitUntil(lambda: dialog.places.count() > 0 and not app.tasks.running, timeout=5000)
    wanted = dialog.choices[0].space
    # Another station books that desk for the morning before the manager confirms (it arrives by sync).
    other, _ = _free_desk_booking(app, monday, skip=5)
    bookings.move_booking(app.store, booking_id=other.id, space_id=wanted.id)
    dialog.places.setFocus()
    qtbot.keyClick(dialog.places, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert f"{wanted.name} est déjà complet sur cette période." in dialog.error.text()
    assert dialog.isVisible()
    still = next(b for b in bookings.list_bookings_for_day(app.store, day=monday) if b.id == booked.id)
    assert (still.space_id, still.starts_at) == (booked.space_id, booked.starts_at)
    qtbot.waitUntil(lambda: not app.tasks.running and wanted.id not in [c.space.id for c in dialog.choices], timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _room_free_evenings(app: AppContext, agent: AgentInfo, days: list[date]) -> str:
    for room in search_availability(app.store, day=days[0], start=time(19), end=time(20), kind="meeting_room", limit=None):
        if all(not bookings.why_not(app.store, space_id=room.id, agent_id=agent.id, starts_at=local_instant(d, time(19), PARIS),
                                    ends_at=local_instant(d, time(20), PARIS)) for d in days):
            return room.id
    raise AssertionError("no room is free these evenings")


def test_manager_cancels_a_holiday_range_of_a_series_by_keyboard(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    from bookings_support import agent_free_to_book

    agent = agent_free_to_book(app, 5)
    days = [monday + timedelta(days=i) for i in range(5)]
    room = _room_free_evenings(app, agent, days)
    series = book_series(app.store, space_id=room, agent_id=agent.id, first_day=monday, start=time(19), end=time(20),
                         frequency="daily", count=5).value
    view = open_page(qtbot, app)
    _select_in_day_list(qtbot, view, series.bookings[0].id)
    _press(qtbot, view.series_button)
    qtbot.waitUntil(lambda: view.series_dialog is not None and view.series_dialog.isVisible(), timeout=5000)
    dialog = view.series_dialog
    assert not dialog.from_day.isVisible()
    _press(qtbot, dialog.range)
    assert dialog.range.isChecked() and dialog.from_day.isVisible() and dialog.to_day.isVisible()
    dialog.from_day.setDate(QDate(days[1].year, days[1].month, days[1].day))
    dialog.to_day.setDate(QDate(days[2].year, days[2].month, days[2].day))
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "vacances")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert view.feedback.text() == "2 réservations de la série annulées."
    with app.store.read() as session:
        rows = session.execute(select(Booking.status, Booking.cancel_reason).where(Booking.series_id == series.series_id)
                               .order_by(Booking.starts_at)).all()
    assert [tuple(r) for r in rows] == [("confirmed", ""), ("cancelled", "vacances"), ("cancelled", "vacances"),
                                        ("confirmed", ""), ("confirmed", "")]


def test_manager_moves_one_occurrence_of_a_series_to_another_time(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    from bookings_support import agent_free_to_book

    agent = agent_free_to_book(app, 3)
    days = [monday + timedelta(days=i) for i in range(3)]
    room = _room_free_evenings(app, agent, days)
    series = book_series(app.store, space_id=room, agent_id=agent.id, first_day=monday, start=time(19), end=time(20),
                         frequency="daily", count=3).value
    view = open_page(qtbot, app)
    _select_in_day_list(qtbot, view, series.bookings[0].id)
    _press(qtbot, view.series_button)
    qtbot.waitUntil(lambda: view.series_dialog is not None and view.series_dialog.isVisible(), timeout=5000)
    dialog = view.series_dialog
    dialog.action.setFocus()
    qtbot.keyClick(dialog.action, Qt.Key.Key_Down)  # change the time
    assert dialog.start.isVisible() and not dialog.range.isEnabled()
    dialog.start.setFocus()
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "19:30")
    dialog.end.setFocus()
    dialog.end.selectAll()
    qtbot.keyClicks(dialog.end, "20:30")
    _press(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=5000)
    assert not dialog.isVisible(), dialog.error.text()
    mine = [b for d in days for b in bookings.list_bookings_for_day(app.store, day=d) if b.series_id == series.series_id]
    assert [b.starts_at for b in mine] == [local_instant(monday, time(19, 30), PARIS),
                                          local_instant(days[1], time(19), PARIS), local_instant(days[2], time(19), PARIS)]


def test_an_agents_bookings_found_without_accents_then_cancelled(qtbot, app: AppContext, monday: date, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    booked, agent = _free_desk_booking(app, monday)
    view = open_page(qtbot, app)
    panel = view.agent_panel
    view.side.setCurrentWidget(panel)
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, typed_name(agent))
    qtbot.waitUntil(lambda: panel.results.count() > 0 and not app.tasks.running and not panel.finder.debounce.isActive(), timeout=5000)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.results.hasFocus()
    row = next(i for i, a in enumerate(panel.finder.agents) if a.id == agent.id)
    for _ in range(row):
        qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    expected = bookings.list_agent_bookings(app.store, agent_id=agent.id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected) and panel.table.hasFocus(), timeout=5000)
    assert [b.id for b in panel.bookings] == [b.id for b in expected] and booked.id in [b.id for b in expected]
    assert panel.title.text() == f"Réservations à venir de {agent.display_name} : {len(expected)}"
    assert panel.model.item(0, 0).text().split()[0] in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    panel.export_requested.disconnect(view._export_agent_ics)  # no native file dialog in a test: the page asks where
    with qtbot.waitSignal(panel.export_requested) as export:
        _press(qtbot, panel.export_button)
    assert export.args == [agent.id]
    ics = tmp_path / "agent.ics"
    view.export_ics(agent.id, ics)  # where the page's file dialog would have saved it
    qtbot.waitUntil(lambda: "agent.ics" in panel.feedback.text(), timeout=5000)
    assert booked.id.encode() in ics.read_bytes()
    # Cancel the booking just made, chosen with the arrows, with a reason.
    row = next(i for i, b in enumerate(panel.bookings) if b.id == booked.id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.selected_booking() == booked
    panel.cancel_reason.setFocus()
    qtbot.keyClicks(panel.cancel_reason, "mission")
    _press(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: panel.bookings[row].status == "cancelled", timeout=5000)
    with app.store.read() as session:
        assert session.get(Booking, booked.id).cancel_reason == "mission"
    assert panel.cancel_reason.text() == "" and panel.model.item(row, 3).text() == "Annulée"
    assert panel.selected_booking().id == booked.id  # the selection stays on it after the refresh
    panel.when.setFocus()
    qtbot.keyClick(panel.when, Qt.Key.Key_Down)  # the past
    qtbot.waitUntil(lambda: panel.title.text().startswith("Réservations passées"), timeout=5000)
    assert [b.id for b in panel.bookings] == [b.id for b in bookings.list_agent_bookings(app.store, agent_id=agent.id,
                                                                                          upcoming=False)]


def test_site_manager_edits_the_desk_rule_and_a_space_override_in_french(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    view = open_page(qtbot, app)
    _press(qtbot, view.rules_button)
    qtbot.waitUntil(lambda: view.rules_dialog is not None and view.rules_dialog.isVisible() and not app.tasks.running,
                    timeout=5000)
    dialog = view.rules_dialog
    assert dialog.scope_list.item(0).text() == "Tout le site"
    dialog.scope_list.setFocus()
    qtbot.keyClick(dialog.scope_list, Qt.Key.Key_Down)
    assert dialog.current_scope()[0] == "desk" and dialog.scope_list.currentItem().text() == "Type : Poste de travail"
    desk = next(s for s in booking_grid(app.store, first_day=monday, kind="desk").spaces)
    before = rules_in_force(app.store, space_id=desk.id)
    # Nonsense first: closing before opening, refused with a French sentence, nothing saved.
    dialog.opening.setFocus()
    dialog.opening.selectAll()
    qtbot.keyClicks(dialog.opening, "18:00")
    dialog.closing.setFocus()
    dialog.closing.selectAll()
    qtbot.keyClicks(dialog.closing, "08:00")
    qtbot.keyClick(dialog.closing, Qt.Key.Key_Return)  # the default button saves
    qtbot.waitUntil(lambda: "fermeture" in dialog.message.text(), timeout=5000)
    assert dialog.message.text() == "L'heure de fermeture doit venir après l'heure d'ouverture."
    assert rules_in_force(app.store, space_id=desk.id) == before
    dialog.opening.selectAll()
    dialog.opening.setFocus()
    dialog.opening.selectAll()
    qtbot.keyClicks(dialog.opening, "07:30")
    dialog.closing.setFocus()
    dialog.closing.selectAll()
    qtbot.keyClicks(dialog.closing, "19:00")
    spin = dialog.numbers["max_advance_days"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "14")
    _press(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Règle enregistrée"), timeout=5000)
    after = rules_in_force(app.store, space_id=desk.id)
    assert (after.opening, after.closing, after.max_advance_days) == (time(7, 30), time(19), 14)
    assert after.unit == before.unit  # left as it was
    # A space's own rule: found by name, edited, then removed.
    dialog.space_search.setFocus()
    qtbot.keyClicks(dialog.space_search, desk.name.lower())
    qtbot.keyClick(dialog.space_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.space_results.count() > 0 and not app.tasks.running, timeout=5000)
    qtbot.keyClick(dialog.space_results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_scope()[1] == desk.id and not app.tasks.running, timeout=5000)
    assert dialog.scope_list.currentItem().text() == f"Espace : {desk.name}"
    # Each field says what "inherited" stands for: here the desks' rule just saved.
    assert dialog.opening.placeholderText() == "Hérité (07:30)"
    assert dialog.numbers["max_advance_days"].specialValueText() == "Hérité (14)"
    dialog.guests.setFocus()
    qtbot.keyClick(dialog.guests, Qt.Key.Key_End)  # not allowed
    _press(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Règle enregistrée"), timeout=5000)
    assert rules_in_force(app.store, space_id=desk.id).guests_allowed is False
    assert any(r.space_id == desk.id for r in list_rules(app.store))
    _press(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Règle supprimée"), timeout=5000)
    assert not any(r.space_id == desk.id for r in dialog.rules) and dialog.current_scope()[:2] == (None, None)
    assert rules_in_force(app.store, space_id=desk.id).guests_allowed == before.guests_allowed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

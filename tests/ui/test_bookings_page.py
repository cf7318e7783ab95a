"""The Bookings page driven like a person would: keyboard only, real widgets, the demo site's real file."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from bookings_support import PARIS, agent_free_to_book, app_fixture, monday_fixture, open_page, typed_name, walk_to  # noqa: F401 - the page's fixtures
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from nomad_desktop.clock import set_clock
from nomad_desktop.services import agents, bookings
from nomad_desktop.services.availability import booking_grid
from nomad_desktop.sitetime import local_instant
from ui.app.context import AppContext


def test_manager_books_desk_from_grid_by_keyboard_only(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    view = open_page(qtbot, app)
    grid = view.grid_model.grid
    target = next((r, c) for r in range(len(grid.spaces)) for c in range(len(grid.columns))
                  if grid.cells[r][c].state == "free" and grid.columns[c].part == "morning")
    space = grid.spaces[target[0]]
    # Someone with no booking that morning, typed without accents as people do.
    busy = {b.agent_id for b in bookings.list_bookings_for_day(app.store, day=monday)}
    agent = agent_free_to_book(app, 1, besides=busy)
    query = typed_name(agent)

    walk_to(qtbot, view, *target)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.booking_dialog is not None and view.booking_dialog.isVisible(), timeout=5000)
    dialog = view.booking_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not app.tasks.running)
    qtbot.keyClicks(dialog.search, query)
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and agent.last_name in dialog.results.item(0).text()
                    and not app.tasks.running, timeout=5000)
    rows = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the results
    assert dialog.results.hasFocus()
    for _ in range(next(i for i, text in enumerate(rows) if text.startswith(agent.display_name))):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: view.grid_model.grid.cells[target[0]][target[1]].state == "booked", timeout=5000)
    assert view.grid_model.grid.cells[target[0]][target[1]].people == agent.display_name
    assert agent.display_name in view.feedback.text()
    made = [b for b in bookings.list_bookings_for_day(app.store, day=monday) if b.agent_id == agent.id]
    assert [(b.space_id, b.status) for b in made] == [(space.id, "confirmed")]


def test_why_not_answer_for_a_booked_slot_in_french(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    from ui.app.i18n import install_translators

    install_translators(QApplication.instance(), "fr")
    try:
        view = open_page(qtbot, app)
        grid = view.grid_model.grid
        row, column = next((r, c) for r in range(len(grid.spaces)) for c in range(len(grid.columns))
                           if grid.cells[r][c].state == "booked")
        walk_to(qtbot, view, row, column)
        qtbot.keyClick(view.grid, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "•" in view.why_not.text(), timeout=5000)
        assert view.booking_dialog is None
        assert f"{grid.spaces[row].name} est déjà complet sur cette période." in view.why_not.text()
    finally:
        install_translators(QApplication.instance(), "en")


def test_reception_checks_in_by_scanning_the_desk_label(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    view = open_page(qtbot, app)
    grid = booking_grid(app.store, first_day=monday, kind="desk")
    free = next(s for s, cells in zip(grid.spaces, grid.cells, strict=True) if cells[0].state == "free")
    busy = {b.agent_id for b in bookings.list_bookings_for_day(app.store, day=monday)}
    agent = next(a for a in agents.search_agents(app.store, limit=500) if a.id not in busy)
    booked = bookings.book_space(app.store, space_id=free.id, agent_id=agent.id, starts_at=local_instant(monday, time(8), PARIS),
                                 ends_at=local_instant(monday, time(12), PARIS)).value
    from nomad_desktop.services.spaces import get_space
    code = get_space(app.store, space_id=free.id).label_code
    set_clock(lambda: local_instant(monday, time(8, 10), PARIS))
    view.scan.setFocus()
    qtbot.keyClicks(view.scan, code)  # what a USB scanner types…
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)  # …then Enter
    qtbot.waitUntil(lambda: "checked in" in view.feedback.text(), timeout=5000)
    assert view.scan.text() == ""
    status = {b.id: b.status for b in bookings.list_bookings_for_day(app.store, day=monday)}
    assert status[booked.id] == "checked_in"
    qtbot.keyClicks(view.scan, "PAS-UN-CODE")
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PAS-UN-CODE" in view.feedback.text(), timeout=5000)


def test_no_shows_are_released_when_the_page_opens_late_in_the_morning(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    before = [b for b in bookings.list_bookings_for_day(app.store, day=monday)
              if b.status == "confirmed" and b.starts_at <= local_instant(monday, time(8), PARIS)]
    assert before
    set_clock(lambda: local_instant(monday, time(11), PARIS))
    view = open_page(qtbot, app)
    qtbot.waitUntil(lambda: not app.tasks.running)
    after = {b.id: b.status for b in bookings.list_bookings_for_day(app.store, day=monday)}
    assert {after[b.id] for b in before} == {"no_show"}
    assert view.release_timer.isActive()


def test_manager_prints_the_day_labels_and_exports_a_calendar(qtbot, app: AppContext, monday: date, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar
    from pypdf import PdfReader

    view = open_page(qtbot, app)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    day_pdf, labels_pdf, ics = tmp_path / "jour.pdf", tmp_path / "etiquettes.pdf", tmp_path / "agent.ics"
    view.print_day(day_pdf)
    qtbot.waitUntil(lambda: "jour.pdf" in view.feedback.text(), timeout=10_000)
    text = " ".join("".join(page.extract_text() for page in PdfReader(day_pdf).pages).split())
    first = view.grid_model.grid.spaces[0].name
    assert view.floor.currentText() in text and any(b.space_name in text for b in view.bookings)
    view.print_labels(labels_pdf)
    qtbot.waitUntil(lambda: "etiquettes.pdf" in view.feedback.text(), timeout=10_000)
    assert first in " ".join("".join(page.extract_text() for page in PdfReader(labels_pdf).pages).split())
    agent_id = next(b.agent_id for b in view.bookings if b.agent_id)
    view.export_ics(agent_id, ics)
    qtbot.waitUntil(lambda: "agent.ics" in view.feedback.text(), timeout=10_000)
    assert list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))


def test_manager_finds_a_free_room_and_opens_its_booking_by_keyboard(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    view = open_page(qtbot, app)
    panel = view.search_panel
    view.side.setCurrentWidget(panel)
    panel.seats.setFocus()
    panel.seats.selectAll()
    qtbot.keyClicks(panel.seats, "6")  # six seats needed
    assert panel.seats.value() == 6
    panel.search_button.setFocus()
    qtbot.keyClick(panel.search_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.list.count() > 0 and panel.list.hasFocus(), timeout=5000)
    assert all(r.kind == "meeting_room" and r.capacity >= 6 for r in panel.results)
    assert [r.capacity for r in panel.results] == sorted(r.capacity for r in panel.results)  # smallest fit first
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.booking_dialog is not None and view.booking_dialog.isVisible(), timeout=5000)
    assert view.booking_dialog.space_id == panel.results[0].id
    assert view.booking_dialog.starts_at == local_instant(monday, time(9), PARIS)
    qtbot.keyClick(view.booking_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.booking_dialog.isVisible(), timeout=5000)


def test_week_grid_by_keyboard_shows_seven_days_of_half_days(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    view = open_page(qtbot, app)
    view.week.setFocus()
    qtbot.keyClick(view.week, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.grid_model.columnCount() == 14 and not app.tasks.running, timeout=5000)
    columns = view.grid_model.grid.columns
    assert columns[0].day == monday and columns[-1].day == monday + timedelta(days=6)
    header = view.grid_model.headerData(0, Qt.Orientation.Horizontal)
    assert "Morning" in header and "\n" in header
    saturday = view.grid_model.grid.cells[0][10]
    assert saturday.state in ("closed", "not_bookable")
    # What the view paints and what a screen reader reads: the state in words, the space and the day.
    model = view.grid_model
    index = model.index(0, 10)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) in ("Closed", "Not bookable") or \
        model.data(index, Qt.ItemDataRole.DisplayRole).startswith("Closed · ")
    assert model.grid.spaces[0].name in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert isinstance(model.data(index, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.data(index, Qt.ItemDataRole.FontRole) is None


def test_manager_books_a_weekly_meeting_for_three_weeks_by_keyboard(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    from nomad_desktop.services.availability import search_availability

    view = open_page(qtbot, app)
    agent = agent_free_to_book(app, 3)
    room = next(r for r in search_availability(app.store, day=monday, start=time(19), end=time(20), kind="meeting_room")
                if all(bookings.why_not(app.store, space_id=r.id, agent_id=agent.id,
                                        starts_at=local_instant(monday + timedelta(weeks=w), time(19), PARIS),
                                        ends_at=local_instant(monday + timedelta(weeks=w), time(20), PARIS)) == []
                       for w in range(3)))
    view.open_booking_dialog(room.id, room.name, local_instant(monday, time(19), PARIS), local_instant(monday, time(20), PARIS))
    dialog = view.booking_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and not app.tasks.running)
    qtbot.keyClicks(dialog.search, typed_name(agent))
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and agent.last_name in dialog.results.item(0).text()
                    and not app.tasks.running, timeout=5000)
    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)
    assert dialog.repeat.currentData() == "weekly"
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Tab)
    assert dialog.occurrences.hasFocus()
    dialog.occurrences.selectAll()
    qtbot.keyClicks(dialog.occurrences, "3")
    qtbot.keyClick(dialog.occurrences, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=5000)
    assert not dialog.isVisible(), dialog.error.text()
    made = [b for week in range(3) for b in bookings.list_bookings_for_day(app.store, day=monday + timedelta(weeks=week))
            if b.agent_id == agent.id and b.space_id == room.id]
    assert len(made) == 3 and len({b.series_id for b in made}) == 1 and made[0].series_id


def test_manager_cancels_this_and_following_of_a_series_from_the_list(qtbot, app: AppContext, monday: date) -> None:  # type: ignore[no-untyped-def]
    from nomad_desktop.services.availability import search_availability
    from nomad_desktop.services.recurrence import book_series

    agent = agent_free_to_book(app, 3)
    room = next(r for r in search_availability(app.store, day=monday, start=time(19), end=time(20), kind="meeting_room")
                if bookings.why_not(app.store, space_id=r.id, agent_id=agent.id, starts_at=local_instant(monday, time(19), PARIS),
                                    ends_at=local_instant(monday, time(20), PARIS)) == [])
    series = book_series(app.store, space_id=room.id, agent_id=agent.id, first_day=monday, start=time(19), end=time(20),
                         frequency="daily", count=3).value
    view = open_page(qtbot, app)
    qtbot.waitUntil(lambda: any(b.series_id == series.series_id for b in view.bookings), timeout=5000)
    row = next(i for i, b in enumerate(view.bookings) if b.series_id == series.series_id)
    view.table.setFocus()
    view.table.selectRow(row)
    view.cancel_following_button.setFocus()
    qtbot.keyClick(view.cancel_following_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "series" in view.feedback.text(), timeout=5000)
    statuses = [b.status for d in range(3) for b in bookings.list_bookings_for_day(app.store, day=monday + timedelta(days=d))
                if b.series_id == series.series_id]
    assert statuses == ["cancelled", "cancelled", "cancelled"]

"""Live mode: availability by colour, hatch and text, and the list twin used with the keyboard only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from plan_support import at, click, drag, plan, wait_saved
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from nomad_desktop.services import bookings as booking_services
from nomad_desktop.services import space_status
from ui.app.i18n import install_translators
from ui.common.formatting import today_at_site
from ui.plan.view import PlanView
from ui.theme import contrast_ratio, status_style

__all__ = ["plan"]


@pytest.fixture(autouse=True)
def _in_french(qapp: Any) -> Iterator[None]:
    """Statuses are read in words: in French, as a person runs the application."""
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _mid_morning() -> None:
    """Live mode shows this morning: run these tests at 09:00 on the site on a working Monday,
    whatever the real date (on a weekend or a holiday the site is closed and nothing is free)."""
    from datetime import UTC, datetime

    from nomad_desktop.clock import set_clock

    set_clock(lambda: datetime(2026, 12, 7, 8, tzinfo=UTC))  # 09:00 in Paris


def _book(store: Any, space_id: str, tz: str = "Europe/Paris", *, check_in: bool = False) -> str:
    start, end = space_status.period_bounds(today_at_site(tz), "morning", tz)
    booking = booking_services.book_space(store, space_id=space_id, agent_id=None, guest_name="Invité", starts_at=start, ends_at=end).value
    if check_in:
        booking_services.check_in_booking(store, booking_id=booking.id)
    return booking.id


def _show_morning(qtbot: Any, view: PlanView) -> None:
    view.set_live(True)
    view.period_combo.setCurrentIndex(view.period_combo.findData("morning"))
    wait_saved(qtbot, view)


def test_map_shows_each_status_by_colour_hatch_and_text_with_a_legend(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    _book(store, ids["d1"])
    _book(store, ids["d2"], check_in=True)
    _show_morning(qtbot, view)
    items = view.scene.items_by_id
    assert items[ids["d1"]].status == "booked"
    assert items[ids["d2"]].status == "occupied"
    assert items[ids["office"]].status == "free"
    assert items[ids["zone"]].status is None  # zones are not booked
    assert view.legend.counts["booked"].text().endswith("(1)")
    assert view.legend.counts["occupied"].text().endswith("(1)")
    # Never colour alone: each status has its own hatch, and the list says it in words.
    hatches = {status_style(s, "light")[1] for s in ("free", "booked", "occupied", "out_of_service")}
    assert len(hatches) == 4
    texts = view.space_list.texts()
    assert any("Poste d1" in t and "Réservé" in t for t in texts)
    assert any("Poste d2" in t and "Occupé" in t for t in texts)
    for status in ("free", "booked", "occupied", "out_of_service"):
        assert contrast_ratio(status_style(status, "light")[0].name(), "#FFFFFF") >= 3.0
    # The map really paints the booked desk's colour.
    view.canvas.zoom_to_selection()
    image = QImage(view.canvas.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    view.canvas.render(painter)
    painter.end()
    colour = status_style("booked", "light")[0]
    found = any(
        image.pixelColor(x, y) == colour for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )
    assert found


def test_reception_checks_in_a_booking_from_the_list_twin_by_keyboard_only(qtbot: Any, plan: Any) -> None:
    view, store, ids = plan
    _book(store, ids["d1"])
    _show_morning(qtbot, view)
    view.side_tabs.setCurrentIndex(0)
    view.filter_edit.setFocus()
    qtbot.keyClicks(view.filter_edit, "poste d1")
    assert view.space_list.count() == 1
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Tab)
    assert view.space_list.hasFocus()
    qtbot.keyClick(view.space_list, Qt.Key.Key_Down)
    qtbot.keyClick(view.space_list, Qt.Key.Key_Space)
    assert view.scene.selected_ids() == [ids["d1"]]  # the map follows the list
    assert "Poste d1" in view.live_panel.title.text()
    view.side_tabs.setCurrentIndex(1)
    view.live_panel.bookings.setFocus()
    qtbot.keyClick(view.live_panel.bookings, Qt.Key.Key_Down)
    assert view.live_panel.check_in_button.isEnabled()
    view.live_panel.check_in_button.setFocus()
    qtbot.keyClick(view.live_panel.check_in_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.scene.items_by_id[ids["d1"]].status == "occupied")
    assert view.statuses[ids["d1"]] == "occupied"


def test_clicking_a_space_on_the_map_selects_it_in_the_list(qtbot: Any, plan: Any) -> None:
    view, _store, ids = plan
    _show_morning(qtbot, view)
    click(view, at(view, 14, 2))
    assert view.space_list.selected_ids() == [ids["office"]]
    assert "Bureau 1" in view.live_panel.title.text()
    # Live mode does not move things.
    drag(view, at(view, 14, 2), at(view, 18, 6))
    wait_saved(qtbot, view)
    assert view.undo_stack.count() == 0


def test_minimap_frames_the_visible_area_and_moves_the_view_by_keyboard(qtbot: Any, plan: Any) -> None:
    view, _store, _ids = plan
    view.canvas.zoom_by(4)
    qtbot.waitUntil(lambda: not view.minimap.image.isNull())
    before = view._visible_scene_rect().center()
    view.minimap.setFocus()
    qtbot.keyClick(view.minimap, Qt.Key.Key_Right)
    assert view._visible_scene_rect().center().x() > before.x()


def test_a_closed_day_is_said_in_words_above_the_map(qtbot: Any, plan: Any) -> None:
    from datetime import date

    view, _store, _ids = plan
    _show_morning(qtbot, view)
    view.day_picker.set_day(date(2026, 12, 25))
    qtbot.waitUntil(lambda: view.closed_label.isVisible(), timeout=5000)
    assert "holiday (Noël)" in view.closed_label.text() or "férié (Noël)" in view.closed_label.text()
    assert "Noël" in view.closed_label.accessibleDescription()
    view.day_picker.set_day(date(2026, 12, 28))  # a Monday
    qtbot.waitUntil(lambda: not view.closed_label.isVisible(), timeout=5000)


def test_on_a_closed_day_nothing_shows_as_free(qtbot: Any, plan: Any) -> None:
    from datetime import UTC, date, datetime

    from nomad_desktop.model import Booking
    from nomad_desktop.services.outbox import create_row

    view, store, ids = plan
    # A booking made before the day was closed (or by the server) stays visible as booked.
    with store.write() as session:
        create_row(session, Booking, space_id=ids["d1"], starts_at=datetime(2026, 12, 25, 8, tzinfo=UTC),
                   ends_at=datetime(2026, 12, 25, 11, tzinfo=UTC), status="confirmed", guest_name="Invité")
    _show_morning(qtbot, view)
    view.day_picker.set_day(date(2026, 12, 25))
    qtbot.waitUntil(lambda: view.scene.items_by_id[ids["office"]].status == "closed", timeout=5000)
    assert view.scene.items_by_id[ids["d1"]].status == "booked"
    assert view.legend.counts["closed"].text().startswith("Fermé")
    assert view.legend.counts["free"].text().endswith("(0)")
    texts = set(view.space_list.texts())
    assert any("Bureau" in t and t.endswith("Fermé") for t in texts), texts
    assert "Fermé" in view.scene.items_by_id[ids["office"]].label_text()
    # Its own hatch and enough contrast: not colour alone (RGAA 3.1).
    hatches = {status_style(s, "light")[1] for s in ("free", "booked", "occupied", "out_of_service", "closed")}
    assert len(hatches) == 5
    # The minimap follows the statuses too.
    closed = status_style("closed", "light")[0]

    def minimap_shows_closed() -> bool:
        image = view.minimap.image
        return any(image.pixelColor(x, y) == closed for x in range(image.width()) for y in range(image.height()))

    qtbot.waitUntil(minimap_shows_closed, timeout=5000)


def test_at_a_chosen_time_a_room_booked_for_an_hour_shows_booked_then_free(qtbot: Any, plan: Any) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import QTime

    view, store, ids = plan
    booking_services.book_space(store, space_id=ids["meeting"], agent_id=None, guest_name="Invité",
                                starts_at=datetime(2026, 12, 7, 9, tzinfo=UTC), ends_at=datetime(2026, 12, 7, 10, tzinfo=UTC))
    _show_morning(qtbot, view)
    assert not view.time_edit.isVisible()
    view.period_combo.setFocus()
    qtbot.keyClick(view.period_combo, Qt.Key.Key_End)  # "At a time", by keyboard
    assert view.period_combo.currentData() == "time" and view.time_edit.isVisible()
    view.time_edit.setTime(QTime(10, 30))  # 10:30 in Paris: during the booking
    qtbot.waitUntil(lambda: view.statuses.get(ids["meeting"]) == "booked", timeout=5000)
    view.time_edit.setTime(QTime(11, 30))
    qtbot.waitUntil(lambda: view.statuses.get(ids["meeting"]) == "free", timeout=5000)
    assert view.statuses[ids["office"]] == "free"

"""The booking grid and the availability search as the Bookings page and the plan use them."""

from __future__ import annotations

from datetime import date, time

import pytest
from booking_site import make_site

from nomad_desktop.errors import BookingRefused
from nomad_desktop.services import bookings, spaces
from nomad_desktop.services.availability import booking_grid, day_availability, search_availability
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store

PARIS = "Europe/Paris"
TUESDAY = date(2026, 3, 3)


def at(hh: int, mm: int = 0, day: date = TUESDAY) -> object:
    return local_instant(day, time(hh, mm), PARIS)


def test_a_meeting_room_is_booked_whole_whatever_its_seats(store: Store) -> None:
    s = make_site(store)
    bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(9), ends_at=at(10))
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=s.room, agent_id=s.francois, starts_at=at(9, 30), ends_at=at(10, 30))
    assert refused.value.code == "full"


def test_week_grid_shows_half_days_with_names_closed_days_and_places(store: Store) -> None:
    s = make_site(store)
    bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(8), ends_at=at(12))
    bookings.book_space(store, space_id=s.gym, agent_id=s.francois, starts_at=at(17), ends_at=at(18))
    grid = booking_grid(store, first_day=date(2026, 3, 2), days=7, floor_id=s.floor_id)
    assert len(grid.columns) == 14 and [c.part for c in grid.columns[:2]] == ["morning", "afternoon"]
    row = {sp.name: cells for sp, cells in zip(grid.spaces, grid.cells, strict=True)}
    tuesday_morning = 2
    assert row["Poste A1"][tuesday_morning].state == "booked"
    assert row["Poste A1"][tuesday_morning].people == "Hélène Dupré"
    assert row["Poste A1"][tuesday_morning + 1].state == "free"
    assert row["Salle de sport"][tuesday_morning + 1].state == "partial"
    assert (row["Salle de sport"][tuesday_morning + 1].taken, row["Salle de sport"][tuesday_morning + 1].capacity) == (1, 3)
    assert row["Poste A1"][10].state == "closed"  # Saturday


def test_day_grid_of_rooms_is_hourly(store: Store) -> None:
    s = make_site(store)
    bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(9, 15), ends_at=at(10, 15))
    grid = booking_grid(store, first_day=TUESDAY, kind="meeting_room")
    assert [c.local_start for c in grid.columns][:3] == [time(7), time(8), time(9)]
    cells = grid.cells[0]
    assert [cells[i].state for i in (1, 2, 3, 4)] == ["free", "booked", "booked", "free"]


def test_search_filters_and_ranks_the_smallest_fitting_room_first(store: Store) -> None:
    s = make_site(store)
    big = spaces.create_space(store, floor_id=s.floor_id, kind="meeting_room", name="Salle Foch", geometry=[[0, 0], [1, 0], [1, 1]],
                              capacity=20, equipment=["visio"]).value
    found = search_availability(store, day=TUESDAY, start=time(9), end=time(10), kind="meeting_room", min_capacity=6)
    assert [r.name for r in found] == ["Salle Vauban", "Salle Foch"]
    assert [r.name for r in search_availability(store, day=TUESDAY, kind="meeting_room", equipment=["visio"])] == ["Salle Foch"]
    bookings.book_space(store, space_id=s.room, agent_id=s.helene, starts_at=at(9), ends_at=at(10))
    assert [r.id for r in search_availability(store, day=TUESDAY, start=time(9), end=time(10), kind="meeting_room")] == [big.id]
    assert search_availability(store, day=date(2026, 3, 7), kind="meeting_room") == []  # Saturday: closed
    everything = day_availability(store, day=TUESDAY)
    assert {r.name for r in everything} >= {"Poste A1", "Poste A2", "Salle Vauban", "Salle de sport", "Bureau 12"}


def test_search_near_an_agent_puts_the_closest_desk_first(store: Store) -> None:
    s = make_site(store)
    far = spaces.create_space(store, floor_id=s.floor_id, kind="desk", name="Poste Z9", geometry=[[50, 50], [51, 50], [51, 51]]).value
    bookings.book_space(store, space_id=s.desk, agent_id=s.helene, starts_at=at(8), ends_at=at(12))
    found = search_availability(store, day=TUESDAY, start=time(13), end=time(18), kind="desk", near_agent_id=s.helene)
    assert found[-1].id == far.id and found[0].distance_m is not None and found[0].distance_m < 1

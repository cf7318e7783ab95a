"""The domain model round-trips through a real SQLite file, and instants stay instants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from nomad_desktop.clock import set_clock
from nomad_desktop.model import Booking, Site
from nomad_desktop.services import agents, bookings, sites, spaces, visits
from nomad_desktop.store.database import Store


@pytest.fixture(autouse=True)
def _before_the_bookings() -> None:
    """These tests book fixed dates in early December 2026: the clock stands before them, whenever they run."""
    set_clock(lambda: datetime(2026, 11, 25, 12, tzinfo=UTC))


def _site_with_floor(store: Store) -> tuple[str, str]:
    sites.create_site(store, code="cayenne", name="Base de Cayenne", timezone="America/Cayenne")
    building = sites.create_building(store, code="A", name="Bâtiment A").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC", width_m=40, height_m=20).value
    return building.id, floor.id


def test_every_entity_round_trips_with_its_fields(store: Store) -> None:
    _, floor_id = _site_with_floor(store)
    desk = spaces.create_space(
        store, floor_id=floor_id, kind="desk", name="A-001", geometry=[(0, 0), (1.6, 0), (1.6, 0.8), (0, 0.8)],
        equipment=["screen", "docking_station"], accessibility=["wheelchair"], rotation=90.0,
    ).value
    agent = agents.create_agent(store, first_name="Zoé", last_name="Lefèvre", unit="DIRISI").value
    start = datetime(2026, 12, 1, 12, tzinfo=UTC)
    booking = bookings.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=start + timedelta(hours=4)).value
    visit = visits.register_visit(store, last_name="Moreau", first_name="Loïc", company="Thales", host_agent_id=agent.id, expected_at=start).value

    assert spaces.get_space(store, space_id=desk.id) == desk
    assert desk.geometry == ((0, 0), (1.6, 0), (1.6, 0.8), (0, 0.8))
    assert desk.equipment == ("screen", "docking_station") and desk.rotation == 90.0
    with store.read() as session:
        row = session.get(Booking, booking.id)
        assert row is not None
        assert row.starts_at == start and row.starts_at.tzinfo is not None
        assert row.version is None and row.deleted_at is None and row.updated_at is not None
        assert session.scalars(select(Site.timezone)).one() == "America/Cayenne"
    assert visits.list_visits_for_day(store, day=start.astimezone(timezone(timedelta(hours=-3))).date())[0].id == visit.id


def test_naive_datetimes_are_refused(store: Store) -> None:
    _, floor_id = _site_with_floor(store)
    desk = spaces.create_space(store, floor_id=floor_id, kind="desk", name="D", geometry=[(0, 0), (1, 0), (1, 1)]).value
    agent = agents.create_agent(store, first_name="A", last_name="B").value
    with pytest.raises(Exception, match="naive datetime"):
        bookings.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=datetime(2026, 1, 1, 8), ends_at=datetime(2026, 1, 1, 9))


def test_day_lists_follow_the_site_time_zone(store: Store) -> None:
    """A booking at 23:30 in Cayenne (02:30 UTC next day) belongs to the Cayenne day."""
    _, floor_id = _site_with_floor(store)
    room = spaces.create_space(store, floor_id=floor_id, kind="meeting_room", name="Salle", geometry=[(0, 0), (5, 0), (5, 5)], capacity=8).value
    agent = agents.create_agent(store, first_name="Hélène", last_name="Durand").value
    start = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)
    bookings.book_space(store, space_id=room.id, agent_id=agent.id, starts_at=start, ends_at=start + timedelta(minutes=30))
    from datetime import date

    assert len(bookings.list_bookings_for_day(store, day=date(2026, 12, 1))) == 1
    assert bookings.list_bookings_for_day(store, day=date(2026, 12, 2)) == []


def test_a_desk_is_never_booked_twice_for_the_same_time(store: Store) -> None:
    from nomad_desktop.errors import BookingRefused

    _, floor_id = _site_with_floor(store)
    desk = spaces.create_space(store, floor_id=floor_id, kind="desk", name="D", geometry=[(0, 0), (1, 0), (1, 1)]).value
    a = agents.create_agent(store, first_name="A", last_name="B").value
    b = agents.create_agent(store, first_name="C", last_name="D").value
    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    bookings.book_space(store, space_id=desk.id, agent_id=a.id, starts_at=start, ends_at=start + timedelta(hours=4))
    with pytest.raises(BookingRefused) as refused:
        bookings.book_space(store, space_id=desk.id, agent_id=b.id, starts_at=start + timedelta(hours=1), ends_at=start + timedelta(hours=2))
    assert refused.value.code == "full"
    # Back to back is fine.
    bookings.book_space(store, space_id=desk.id, agent_id=b.id, starts_at=start + timedelta(hours=4), ends_at=start + timedelta(hours=8))


def test_accent_insensitive_agent_search(store: Store) -> None:
    _site_with_floor(store)
    agents.create_agent(store, first_name="Hélène", last_name="Bérard", unit="SGA")
    agents.create_agent(store, first_name="Helena", last_name="Martin", unit="EMA")
    agents.create_agent(store, first_name="Paul", last_name="Durand", unit="SGA")
    assert [a.last_name for a in agents.search_agents(store, query="helene")] == ["Bérard"]
    assert [a.last_name for a in agents.search_agents(store, query="HÉLÈNE bér")] == ["Bérard"]
    assert [a.last_name for a in agents.search_agents(store, query="sga")] == ["Bérard", "Durand"]
    assert agents.search_agents(store, query="100%_") == []

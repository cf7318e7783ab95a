"""Occupancy per day counts each desk or office once, in the site's local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from nomad_desktop.clock import set_clock
from nomad_desktop.services import agents, bookings, sites, spaces, statistics
from nomad_desktop.sitetime import local_instant
from nomad_desktop.store.database import Store


def test_occupancy_counts_desks_once_per_day_whatever_the_number_of_bookings(store: Store) -> None:
    sites.create_site(store, code="s", name="Site", timezone="Pacific/Noumea")
    building = sites.create_building(store, code="A", name="A").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC").value
    desks = [
        spaces.create_space(store, floor_id=floor.id, kind="desk", name=f"D{i}", geometry=[(i, 0), (i + 1, 0), (i + 1, 1)]).value
        for i in range(4)
    ]
    spaces.create_space(store, floor_id=floor.id, kind="leisure", name="Salle de sport", geometry=[(0, 5), (9, 5), (9, 9)], capacity=20)
    agent = agents.create_agent(store, first_name="Aïcha", last_name="Benali").value
    day = date(2026, 12, 7)
    set_clock(lambda: datetime(2026, 12, 1, 12, tzinfo=UTC))  # the bookings are ahead, whenever this runs
    morning = (local_instant(day, time(8), "Pacific/Noumea"), local_instant(day, time(12), "Pacific/Noumea"))
    afternoon = (local_instant(day, time(13), "Pacific/Noumea"), local_instant(day, time(17), "Pacific/Noumea"))
    for start, end in (morning, afternoon):  # the same desk twice: counted once
        bookings.book_space(store, space_id=desks[0].id, agent_id=agent.id, starts_at=start, ends_at=end)
    colleague = agents.create_agent(store, first_name="Loïc", last_name="Le Gall").value
    checked = bookings.book_space(store, space_id=desks[1].id, agent_id=colleague.id, starts_at=morning[0], ends_at=morning[1]).value
    bookings.check_in_booking(store, booking_id=checked.id)

    days = statistics.occupancy_by_day(store, first_day=day - timedelta(days=1), days=3)
    assert [d.day for d in days] == [day - timedelta(days=1), day, day + timedelta(days=1)]
    today = days[1]
    assert (today.workplaces, today.booked, today.checked_in) == (4, 2, 1)
    assert today.booked_rate == 0.5 and today.used_rate == 0.25
    assert days[0].booked == 0 and days[2].booked == 0


def test_demo_site_has_realistic_past_occupancy(demo_store: Store) -> None:
    site = sites.get_site(demo_store)
    assert site is not None
    from nomad_desktop.clock import utc_now
    from nomad_desktop.sitetime import local_date

    today = local_date(utc_now(), site.timezone)
    from nomad_desktop.rules.calendar import holiday_name

    days = [d for d in statistics.occupancy_by_day(demo_store, first_day=today - timedelta(days=14), days=14)
            if d.day.weekday() < 5 and holiday_name(d.day) is None]  # the site is closed on public holidays
    assert days and all(0 < d.booked_rate < 1 for d in days)
    assert all(d.checked_in <= d.booked for d in days)

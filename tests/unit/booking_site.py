"""A small site for booking tests: one floor with desks, a room, a gym and an office, two agents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from nomad_desktop.clock import set_clock
from nomad_desktop.services import agents, sites, spaces
from nomad_desktop.services.rules import set_rule
from nomad_desktop.store.database import Store

SQUARE = [[0, 0], [1, 0], [1, 1], [0, 1]]


@dataclass
class BookingSite:
    store: Store
    floor_id: str
    desk: str
    desk2: str
    room: str
    gym: str
    office: str
    helene: str
    francois: str


def make_site(store: Store, *, timezone: str = "Europe/Paris", region: str = "",
              now: datetime = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)) -> BookingSite:
    """Site with the usual rules; the clock is frozen at `now` (a Monday, 08:00 in Paris)."""
    set_clock(lambda: now)
    sites.create_site(store, code="t", name="Test", timezone=timezone, holiday_region=region)
    building = sites.create_building(store, code="A", name="Bâtiment A").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC").value
    helene = agents.create_agent(store, first_name="Hélène", last_name="Dupré", unit="DIRISI").value
    francois = agents.create_agent(store, first_name="François", last_name="Lefèvre", unit="SGA").value
    office = spaces.create_space(store, floor_id=floor.id, kind="office", name="Bureau 12", geometry=SQUARE,
                                 owner_agent_id=helene.id).value

    def space(kind: str, name: str, capacity: int = 1) -> str:
        return spaces.create_space(store, floor_id=floor.id, kind=kind, name=name, geometry=SQUARE,
                                   capacity=capacity).value.id

    site = BookingSite(
        store=store, floor_id=floor.id, desk=space("desk", "Poste A1"), desk2=space("desk", "Poste A2"),
        room=space("meeting_room", "Salle Vauban", 8), gym=space("leisure", "Salle de sport", 3),
        office=office.id, helene=helene.id, francois=francois.id,
    )
    set_rule(store, unit="slot", opening_time="07:00", closing_time="21:00", closed_weekdays=[5, 6],
             max_advance_days=30, max_duration_minutes=600, max_active_per_agent=20, cancel_cutoff_minutes=0,
             no_show_release_minutes=120, guests_allowed=True)
    set_rule(store, space_kind="desk", unit="half_day", opening_time="08:00", closing_time="18:00")
    set_rule(store, space_kind="office", unit="half_day", opening_time="08:00", closing_time="18:00")
    set_rule(store, space_kind="meeting_room", max_duration_minutes=240, cancel_cutoff_minutes=60)
    set_rule(store, space_kind="leisure", max_duration_minutes=120, max_active_per_agent=3, guests_allowed=False)
    return site

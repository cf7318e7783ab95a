"""A small site for reception tests: one site, a desk, two hosts, a frozen 'now' on a weekday."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from nomad_desktop.clock import set_clock
from nomad_desktop.model import Visit
from nomad_desktop.services import agents, bookings, sites, spaces, visits
from nomad_desktop.store.database import Store

#: 10:00 in Paris on Tuesday 1 December 2026.
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)


@dataclass
class Site:
    host_id: str
    agent_id: str
    booking_id: str
    helene: str  # visit id, expected 09:30 local (late at 10:00)
    marc: str  # visit id, expected 14:00 local, ID check required


def freeze(at: datetime = NOW) -> None:
    set_clock(lambda: at)


def small_site(store: Store) -> Site:
    freeze()
    sites.create_site(store, code="ney", name="Quartier Ney")
    building = sites.create_building(store, code="A", name="Bâtiment A").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC").value
    desk = spaces.create_space(store, floor_id=floor.id, kind="desk", name="A-001",
                               geometry=[(0, 0), (1, 0), (1, 1)]).value
    host = agents.create_agent(store, first_name="François", last_name="Lemaître", unit="DIRISI").value
    agent = agents.create_agent(store, first_name="Zoé", last_name="Garnier", unit="SGA").value
    booking = bookings.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=NOW - timedelta(hours=1),
                                  ends_at=NOW + timedelta(hours=7)).value
    helene = visits.register_visit(store, last_name="Dupré", first_name="Hélène", company="Thales",
                                   host_agent_id=host.id, expected_at=NOW - timedelta(minutes=30)).value
    marc = visits.register_visit(store, last_name="Martin", first_name="Marc", company="=HYPERLINK(\"x\")",
                                 host_agent_id=host.id, expected_at=NOW + timedelta(hours=4), id_check_required=True,
                                 purpose="Audit réseau").value
    return Site(host.id, agent.id, booking.id, helene.id, marc.id)


def visit_row(store: Store, visit_id: str) -> Visit:
    with store.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit

"""Every local change writes its outbox mutation in the same transaction — or neither is written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from nomad_desktop.clock import set_clock
from nomad_desktop.errors import BookingRefused
from nomad_desktop.model import Booking, OutboxMutation
from nomad_desktop.services import agents, bookings, sites, spaces, visits
from nomad_desktop.store.database import Store


@pytest.fixture(autouse=True)
def _before_the_bookings() -> None:
    """These tests book fixed dates in early December 2026: the clock stands before them, whenever they run."""
    set_clock(lambda: datetime(2026, 11, 25, 12, tzinfo=UTC))


def _mutations(store: Store) -> list[OutboxMutation]:
    with store.read() as session:
        return list(session.scalars(select(OutboxMutation).order_by(OutboxMutation.seq)))


def test_each_service_queues_its_intent_in_order(store: Store) -> None:
    site = sites.create_site(store, code="s", name="Site").value
    building = sites.create_building(store, code="A", name="A").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC").value
    desk = spaces.create_space(store, floor_id=floor.id, kind="desk", name="D1", geometry=[(0, 0), (1, 0), (1, 1)]).value
    spaces.update_space(store, space_id=desk.id, name="D2", capacity=1)  # capacity unchanged: not sent
    agent = agents.create_agent(store, first_name="Loïc", last_name="Renaud").value
    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    booking = bookings.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=start + timedelta(hours=4)).value
    bookings.check_in_booking(store, booking_id=booking.id)
    visit = visits.register_visit(store, last_name="Petit", host_agent_id=agent.id, expected_at=start).value
    visits.check_in_visit(store, visit_id=visit.id, badge_number="B-12")
    spaces.delete_spaces(store, space_ids=[desk.id])

    intents = [(m.intent, m.entity_id) for m in _mutations(store)]
    assert intents == [
        ("site.create", site.id),
        ("building.create", building.id),
        ("floor.create", floor.id),
        ("space.create", desk.id),
        ("space.patch", desk.id),
        ("agent.create", agent.id),
        ("booking.create", booking.id),
        ("booking.check_in", booking.id),
        ("visitor.create", visit.visitor_id),
        ("visit.create", visit.id),
        ("visit.check_in", visit.id),
        ("notification.host_arrival", visit.id),  # the host is told by the central service
        ("space.delete", desk.id),
    ]
    mutations = _mutations(store)
    assert mutations[4].fields == {"name": "D2"}
    assert mutations[6].fields["starts_at"] == "2026-12-01T08:00:00Z"
    assert mutations[6].fields["space_id"] == desk.id
    assert len({m.op_id for m in mutations}) == len(mutations)
    # The deleted space is a tombstone, not gone: the deletion can still travel.
    assert spaces.list_spaces(store, floor_id=floor.id) == []


def test_a_refused_change_leaves_neither_row_nor_mutation(store: Store) -> None:
    sites.create_site(store, code="s", name="Site")
    building = sites.create_building(store, code="A", name="A").value
    floor = sites.create_floor(store, building_id=building.id, name="RDC").value
    desk = spaces.create_space(store, floor_id=floor.id, kind="desk", name="D1", geometry=[(0, 0), (1, 0), (1, 1)]).value
    agent = agents.create_agent(store, first_name="A", last_name="B").value
    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    bookings.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=start + timedelta(hours=4))
    before = len(_mutations(store))
    with pytest.raises(BookingRefused):
        bookings.book_space(store, space_id=desk.id, agent_id=agent.id, starts_at=start, ends_at=start + timedelta(hours=1))
    assert len(_mutations(store)) == before
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1


def test_a_failure_after_the_row_rolls_back_the_mutation_too(store: Store) -> None:
    """The row and its mutation are one unit of work: an error between them undoes both."""
    from nomad_desktop.model import Agent
    from nomad_desktop.services.outbox import create_row

    sites.create_site(store, code="s", name="Site")
    with pytest.raises(RuntimeError), store.write() as session:
        create_row(session, Agent, first_name="X", last_name="Y")
        raise RuntimeError("power cut simulated")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Agent)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxMutation).where(OutboxMutation.entity == "agent")) == 0

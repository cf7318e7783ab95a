"""The prepared insert path of bookings (`insert_row`) writes exactly what the ORM path (`create_row`) writes:
the same row with its defaults, and the same `booking.create` mutation, in the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from booking_site import make_site
from sqlalchemy import select

from nomad_desktop.model import Booking, OutboxMutation
from nomad_desktop.services.outbox import create_row, insert_row
from nomad_desktop.services.wire import row_to_wire
from nomad_desktop.store.database import Store

START = datetime(2026, 3, 3, 7, tzinfo=UTC)


def _row_and_mutation(store: Store, booking_id: str) -> tuple[dict, tuple]:
    with store.read() as session:
        row = row_to_wire(session.get(Booking, booking_id))
        m = session.scalars(select(OutboxMutation).where(OutboxMutation.entity_id == booking_id)).one()
        return row, (m.intent, m.entity, m.fields, m.base_version, m.state, m.attempts, m.last_error)


def test_insert_row_writes_the_same_row_and_mutation_as_create_row(store: Store) -> None:
    s = make_site(store)
    values = dict(space_id=s.desk, agent_id=s.helene, starts_at=START, ends_at=START + timedelta(hours=4),
                  status="confirmed", series_id=None)
    with store.write() as session:
        by_orm = create_row(session, Booking, **values).id
        by_core = insert_row(session, Booking, **{**values, "space_id": s.desk2})
        assert (by_core.space_id, by_core.starts_at, by_core.guest_name, by_core.version) == (s.desk2, START, "", None)
    orm_row, orm_mutation = _row_and_mutation(store, by_orm)
    core_row, core_mutation = _row_and_mutation(store, by_core.id)
    differing = {k for k in orm_row if orm_row[k] != core_row[k]}
    assert differing == {"id", "space_id"}  # the clock is frozen: same updated_at too
    assert core_mutation[2] == {**orm_mutation[2], "space_id": s.desk2}
    assert core_mutation[:2] == orm_mutation[:2] == ("booking.create", "booking")
    assert core_mutation[3:] == orm_mutation[3:] == (None, "pending", 0, "")


def test_a_failed_transaction_leaves_neither_the_row_nor_its_mutation(store: Store) -> None:
    s = make_site(store)
    with pytest.raises(RuntimeError), store.write() as session:
        made = insert_row(session, Booking, space_id=s.desk, agent_id=s.helene, starts_at=START,
                          ends_at=START + timedelta(hours=4))
        raise RuntimeError("power cut")
    with store.read() as session:
        assert session.get(Booking, made.id) is None
        assert session.scalars(select(OutboxMutation).where(OutboxMutation.entity_id == made.id)).first() is None
